"""Compile the Qt Linguist catalogues: ``resources/translations/*.ts`` -> ``*.qm`` beside them.

The app loads the compiled ``.qm`` files shipped with it (the bundle, the wheel); this is the
step that makes them. ``tools/build_bundle.py`` and the package build (``hatch_build.py``, so
``pip install .`` and ``pip install -e .`` too) run it; a developer runs it by hand after editing
a ``.ts`` (the app rebuilds a stale catalogue of a checkout by itself as a fallback).

Run: python tools/compile_translations.py [--folder DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"


def find_lrelease() -> str | None:
    """Qt's lrelease as PySide6 ships it, or None when PySide6 is not installed."""
    for name in ("pyside6-lrelease",):
        beside = Path(sys.executable).with_name(name)
        if beside.exists():
            return str(beside)
        found = shutil.which(name)
        if found:
            return found
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for candidate in (
        folder / "lrelease",
        folder / "lrelease.exe",
        folder / "Qt" / "bin" / "lrelease",
    ):
        if candidate.exists():
            return str(candidate)
    return None


def compile_translations(folder: Path = TRANSLATIONS, lrelease: str | None = None) -> list[Path]:
    """Write ``X.qm`` for every ``X.ts`` in ``folder``; return the files written."""
    tool = lrelease or find_lrelease()
    if tool is None:
        raise RuntimeError(
            "pyside6-lrelease was not found: install PySide6-Essentials in this environment "
            "(pip install -e .) to compile the translations."
        )
    written = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        result = subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or not target.is_file():
            raise RuntimeError(f"lrelease failed on {source}: {result.stderr.strip()}")
        written.append(target)
    if not written:
        raise RuntimeError(f"no .ts catalogue in {folder}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=TRANSLATIONS)
    args = parser.parse_args(argv)
    try:
        for path in compile_translations(args.folder):
            print(f"compiled {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    except RuntimeError as error:
        print(f"compile_translations: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the one-folder bundle of Dialogue Desk: ``dist/dialogue-app/dialogue-app`` (``.exe`` on
Windows), which runs without Python installed.

    pip install -e '.[bundle]'
    python tools/build_bundle.py [--dist DIR] [--work DIR]

Steps: compile the translations (``tools/compile_translations.py``), write the Windows version
resource, run PyInstaller on ``packaging/dialogue-app.spec``, then check the result: the
executable exists, answers ``--version`` with this version, and the folder's size is printed
beside its limit. The installer is made from this folder on Windows
(``packaging/windows/build-installer.ps1``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from compile_translations import compile_translations  # noqa: E402

SPEC = ROOT / "packaging" / "dialogue-app.spec"
NAME = "dialogue-app"
SIZE_LIMIT_MB = 180  # issue 17


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "dialogue_app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def executable(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``; a symbolic link (PyInstaller links the Qt libraries
    into place on Linux) counts as the link, not a second copy."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def write_version_info(path: Path, number: str) -> Path:
    """The Windows version resource (file properties: product, version, company)."""
    parts = [int(part) for part in number.split(".")[:3] if part.isdigit()]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(str(part) for part in parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Dialogue Desk'),
      StringStruct('FileDescription', 'Dialogue Desk'),
      StringStruct('FileVersion', '{number}'),
      StringStruct('InternalName', '{NAME}'),
      StringStruct('OriginalFilename', '{NAME}.exe'),
      StringStruct('ProductName', 'Dialogue Desk'),
      StringStruct('ProductVersion', '{number}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path


def build(dist: Path, work: Path, quiet: bool = False) -> Path:
    """Build the bundle into ``dist/dialogue-app``; return that folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as error:
        raise SystemExit(
            "build_bundle: PyInstaller is not installed here: pip install -e '.[bundle]'"
        ) from error
    compile_translations()
    number = version()
    env = dict(os.environ)
    env["DIALOGUE_APP_VERSION_INFO"] = str(write_version_info(work / "version-info.txt", number))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN" if quiet else "INFO",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    bundle = dist / NAME
    program = executable(bundle)
    if not program.is_file():
        raise SystemExit(f"build_bundle: PyInstaller made no {program}")
    answer = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, timeout=120
    )
    if answer.stdout.strip() != f"{NAME} {number}":
        raise SystemExit(
            f"build_bundle: {program} --version said {answer.stdout!r} {answer.stderr!r}, "
            f"not {NAME} {number}"
        )
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Dialogue Desk bundle (PyInstaller).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller's warnings only")
    args = parser.parse_args(argv)
    bundle = build(args.dist.resolve(), args.work.resolve(), quiet=args.quiet)
    size = folder_size(bundle) / 1e6
    print(f"built {executable(bundle)} ({version()})")
    verdict = "" if size < SIZE_LIMIT_MB else " TOO BIG"
    print(f"size: {size:.1f} MB (limit {SIZE_LIMIT_MB} MB){verdict}")
    return 0 if size < SIZE_LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())

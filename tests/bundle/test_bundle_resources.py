"""The bundle holds every file the app opens, and nothing of the Qt it never uses.

The files the app opens are not listed by hand: the app runs from this checkout with a Python
audit hook recording every file it opens (the demo, a PDF report, the window's first paint), and
each file of ours or of a library's data must be in the bundle where the frozen app looks for it.
A resource added to the app but not to ``packaging/dialogue-app.spec`` fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.bundle.conftest import ROOT, Bundle

SIZE_LIMIT = 180_000_000  # bytes on disk (issue 17)
SITE = Path(sysconfig.get_paths()["purelib"]).resolve()
CODE = {".py", ".pyc", ".so", ".pyd", ".pyi"}

AUDIT = """
import atexit, json, sys
opened = set()
def hook(event, args):
    if event == "open" and args and isinstance(args[0], str):
        opened.add(args[0])
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w", encoding="utf-8").write(json.dumps(sorted(opened))))
sys.addaudithook(hook)
from dialogue_app.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def files_opened(tmp_path: Path, *arguments: str) -> set[Path]:
    out = tmp_path / f"opened-{len(list(tmp_path.glob('opened-*')))}.json"
    env = dict(os.environ)
    env.update(
        DIALOGUE_APP_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONTZPATH="",  # the time zone from the tzdata package, as in the bundle
        DIALOGUE_APP_EXIT_AFTER_FIRST_PAINT="1",
    )
    result = subprocess.run(
        [sys.executable, "-c", AUDIT, str(out), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    return {Path(path).resolve() for path in json.loads(out.read_text(encoding="utf-8"))}


def place_in_bundle(path: Path) -> Path | None:
    """Where ``path`` of the checkout or the environment lives in the bundle; None for files that
    are not the app's resources (code, the user's data, system files)."""
    places = [
        (ROOT / "resources", Path("dialogue_app/_resources")),
        (ROOT / "seeds", Path("dialogue_app/_seeds")),
        (ROOT / "dialogue_app", Path("dialogue_app")),
        (SITE, Path()),
    ]
    for source, target in places:
        if path.is_relative_to(source):
            relative = path.relative_to(source)
            migration = relative.parts[:2] == ("store", "migrations")
            if path.suffix in CODE and not migration:
                return None  # code: compiled into the bundle's archive
            if "__pycache__" in relative.parts:
                return None
            if relative.parts[0].endswith((".dist-info", ".egg-info")):
                return None  # plug-in discovery (Alembic scans every entry point installed)
            return target / relative
    return None


def test_the_bundle_holds_every_file_the_app_opens(bundle: Bundle, tmp_path: Path) -> None:
    opened = (
        files_opened(tmp_path, "db", "upgrade")
        | files_opened(tmp_path, "demo")
        | files_opened(tmp_path, "report", "--format", "pdf", "-o", str(tmp_path / "r.pdf"))
        | files_opened(tmp_path, "--no-demo-offer")
    )
    needed = {place for path in opened if (place := place_in_bundle(path)) is not None}
    # what these runs must have opened, or the check proves nothing
    assert Path("dialogue_app/_seeds/demo/ha_tinh.json") in needed
    assert any(p.parts[:3] == ("dialogue_app", "store", "migrations") for p in needed)
    assert any(p.parts[:2] == ("holidays", "locale") for p in needed)
    assert any(p.parts[0] == "tzdata" for p in needed)
    missing = sorted(str(p) for p in needed if not (bundle.internal / p).exists())
    assert missing == [], f"the bundle lacks files the app opens: {missing}"


def test_the_bundle_holds_the_whole_resources_tree(bundle: Bundle) -> None:
    """resources/ (templates, fonts, translations and their compiled catalogues...) and seeds/,
    all of them: only the README's screenshots stay out."""
    expected = [
        Path("dialogue_app/_resources") / path.relative_to(ROOT / "resources")
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "screenshots" not in path.relative_to(ROOT / "resources").parts
    ] + [
        Path("dialogue_app/_seeds") / path.relative_to(ROOT / "seeds")
        for path in (ROOT / "seeds").rglob("*")
        if path.is_file()
    ]
    expected += [
        Path("dialogue_app/_resources/translations/dialogue_app_vi.qm"),
        Path("dialogue_app/_resources/translations/dialogue_app_en.qm"),
        Path("tzdata/zoneinfo/Asia/Ho_Chi_Minh"),
        Path("holidays/locale/vi/LC_MESSAGES/VN.mo"),
    ]
    versions = ROOT / "dialogue_app" / "store" / "migrations" / "versions"
    expected += [
        Path("dialogue_app/store/migrations/versions") / path.name for path in versions.glob("*.py")
    ]
    missing = sorted(str(p) for p in expected if not (bundle.internal / p).is_file())
    assert missing == []
    assert not (bundle.internal / "dialogue_app" / "_resources" / "screenshots").exists()


def bundle_files(bundle: Bundle) -> list[Path]:
    return [p for p in bundle.folder.rglob("*") if p.is_file() and not p.is_symlink()]


def test_the_bundle_is_under_its_size_limit(bundle: Bundle) -> None:
    size = sum(path.stat().st_size for path in bundle_files(bundle))
    assert size < SIZE_LIMIT, f"{size / 1e6:.1f} MB"


@pytest.mark.parametrize(
    "unused",
    ["Qt6Qml", "Qt6Quick", "VirtualKeyboard", "WebEngine", "Qt6Pdf", "Qt63D", "Multimedia"],
)
def test_unused_qt_modules_are_left_out(bundle: Bundle, unused: str) -> None:
    found = [str(p.relative_to(bundle.folder)) for p in bundle_files(bundle) if unused in p.name]
    assert found == []


def test_no_lrelease_in_the_bundle(bundle: Bundle) -> None:
    """The catalogues are compiled at build time; the bundle carries no Qt tool."""
    names = {p.name for p in bundle_files(bundle)}
    assert not names & {"lrelease", "lrelease.exe", "pyside6-lrelease", "lupdate"}

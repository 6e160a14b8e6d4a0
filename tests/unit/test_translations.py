"""Vietnamese first: every string the code shows has its Vietnamese translation, and it loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dialogue_app.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = translations_dir() / "dialogue_app_vi.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def test_every_string_in_the_code_has_a_vietnamese_translation(tmp_path: Path) -> None:
    probe = tmp_path / "probe_vi.ts"
    shutil.copyfile(CATALOGUE, probe)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            str(ROOT / "dialogue_app"),
            "-ts",
            str(probe),
            "-no-obsolete",
            "-silent",
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    missing = []
    for context in ET.parse(probe).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                missing.append(f"{name}: {message.findtext('source')}")
    assert not missing, (
        f"{len(missing)} string(s) lack a Vietnamese translation in {CATALOGUE.name} "
        "(run pyside6-lupdate, then translate them):\n" + "\n".join(missing[:40])
    )


def test_catalogue_compiles_and_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "vi.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Cases") == "Vụ việc"
    assert translator.translate("Messages", "Enter the office's name.") == "Hãy nhập tên cơ quan."


ENGLISH = translations_dir() / "dialogue_app_en.ts"


def test_every_count_in_english_has_its_singular_and_plural(tmp_path: Path) -> None:
    """English is the source language, but "%n case(s)" must read "1 case", "2 cases": the
    English catalogue holds the plural forms of every counted string."""
    probe = tmp_path / "probe_en.ts"
    shutil.copyfile(ENGLISH, probe)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-pluralonly", "-extensions", "py", str(ROOT / "dialogue_app"),
         "-ts", str(probe), "-no-obsolete", "-silent"],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    wrong = []
    for context in ET.parse(probe).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
            if len(forms) != 2 or not all(forms) or any("(s)" in form for form in forms):
                wrong.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not wrong, (
        f"{len(wrong)} counted string(s) lack their English singular and plural in "
        f"{ENGLISH.name} (run pyside6-lupdate -pluralonly, then write both forms):\n"
        + "\n".join(wrong[:40])
    )


def test_english_counts_read_naturally(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from dialogue_app.ui.common.i18n import LanguageManager

    languages = LanguageManager(qapp, tmp_path / "cache")
    languages.apply("en")

    def count(n: int) -> str:
        return QCoreApplication.translate("CasesPage", "%Ln case(s)", "", n)

    assert (count(1), count(2), count(35000)) == ("1 case", "2 cases", "35,000 cases")

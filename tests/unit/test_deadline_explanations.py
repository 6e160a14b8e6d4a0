"""Deadline explanations are stored in parts: English for the command line and exports, and
translated part by part in the window."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dialogue_app.domain.cases import CaseType, Stage
from dialogue_app.domain.deadlines import (
    DEFAULT_RULES,
    CaseFacts,
    Extension,
    compute_deadline,
    explanation_parts,
    explanation_text,
)
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.resources import translations_dir

CAL = WorkingDayCalendar()
ACCEPTED = date(2025, 9, 8)


@pytest.fixture
def vietnamese(qapp: object, tmp_path: Path) -> Iterator[None]:
    """The Vietnamese catalogue, compiled and loaded into the application."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    name = "pyside6-lrelease"
    tool = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(tool).exists():
        pytest.skip(f"{name} is not installed")
    qm = tmp_path / "vi.qm"
    subprocess.run(
        [tool, "-silent", str(translations_dir() / "dialogue_app_vi.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_stored_parts_read_in_english_as_before() -> None:
    facts = CaseFacts(CaseType.COMPLAINT, remote_area=True, accepted_on=ACCEPTED)
    result = compute_deadline(DEFAULT_RULES, facts, Stage.SETTLE, CAL)
    assert result is not None
    stored = result.stored_explanation
    assert json.loads(stored)["v"] == 1
    english = "Luật Khiếu nại 02/2011/QH13, Điều 28: 30 days from acceptance; remote area: 45"
    assert result.explanation == english
    assert explanation_text(stored) == english
    assert explanation_parts(stored) == list(result.parts)


def test_the_window_shows_the_explanation_in_vietnamese(vietnamese: None) -> None:
    from dialogue_app.ui.common.messages import parts_translated

    facts = CaseFacts(CaseType.DENUNCIATION, complexity=1, accepted_on=ACCEPTED)
    result = compute_deadline(
        DEFAULT_RULES, facts, Stage.SETTLE, CAL, [Extension(30, "12/QĐ-UBND")]
    )
    assert result is not None
    stored = result.stored_explanation
    assert explanation_text(stored) == (
        "Luật Tố cáo 25/2018/QH14, Điều 30: 30 days from acceptance"
        "; extended by 30 days (decision 12/QĐ-UBND)"
    )
    assert parts_translated(explanation_parts(stored)) == (
        "Luật Tố cáo 25/2018/QH14, Điều 30: 30 ngày kể từ ngày thụ lý"
        "; gia hạn 30 ngày (quyết định số 12/QĐ-UBND)"
    )


def test_a_day_off_at_the_end_is_explained_in_vietnamese(vietnamese: None) -> None:
    from dialogue_app.ui.common.messages import parts_translated

    facts = CaseFacts(CaseType.COMPLAINT, received_on=date(2026, 2, 7))
    result = compute_deadline(DEFAULT_RULES, facts, Stage.ACCEPT, CAL)
    assert result is not None and result.due == date(2026, 2, 23)
    translated = parts_translated(explanation_parts(result.stored_explanation))
    assert translated.startswith("Luật Khiếu nại 02/2011/QH13, Điều 27: 10 ngày kể từ ngày nhận")
    assert "ngày 17/02/2026 không phải là ngày làm việc" in translated
    assert "kết thúc vào ngày 23/02/2026" in translated


def test_an_older_plain_text_explanation_still_shows(vietnamese: None) -> None:
    from dialogue_app.ui.common.messages import parts_translated

    old = "Law on Complaints 02/2011/QH13, Art. 28: 30 days from acceptance"
    assert explanation_parts(old) == [(old, ())]
    assert explanation_text(old) == old
    assert parts_translated(explanation_parts(old)) == old
    vietnamese_text = "Luật Khiếu nại 2011, Điều 28: 30 ngày kể từ ngày thụ lý"
    assert explanation_text(vietnamese_text) == vietnamese_text
    assert explanation_text('{"not": "ours"}') == '{"not": "ours"}'
    assert explanation_text(None) is None
    assert explanation_parts("") == []

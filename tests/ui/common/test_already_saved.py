"""A save refused because the record moved on, where what is saved is exactly what the form
typed (a COMMIT that landed before the line broke, tried again; or a colleague who typed the
same): no conflict dialog, the form does what it does after a save (``AlreadySaved``,
``ui/common/conflict_dialog.py``). The other workstation is a second ``Services`` on its own
connection to the same database (SQLite file or PostgreSQL)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from dialogue_app.services.container import Services
from dialogue_app.ui.common.conflict_dialog import ConflictDialog
from tests.ui.cases import test_case_conflict as cases
from tests.ui.conferences import test_conference_conflict as conferences


@pytest.fixture(autouse=True)
def no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ConflictDialog, "exec", lambda _d: pytest.fail("no dialog: it is saved"))


def test_a_case_saved_meanwhile_exactly_as_typed_closes_as_saved(
    other: Services, services: Services, qtbot
) -> None:
    dialog, case_id = cases.opened_form(services, qtbot)
    cases.theirs_saved(other, case_id, summary="Đường làng sạt lở", handler="Anh Bình")
    dialog.summary.setPlainText("Đường làng sạt lở")
    dialog.handler.setText("Anh Bình")
    dialog.show()
    assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    saved = other.cases.get(case_id)
    assert dialog.saved.version == saved.version and saved.summary == "Đường làng sạt lở"


def test_a_conference_saved_meanwhile_exactly_as_typed_is_saved(
    other: Services, services: Services, qtbot
) -> None:
    dialog, conference_id = conferences.opened_form(services, qtbot)
    conferences.theirs_saved(other, conference_id, title="Đối thoại về bồi thường")
    dialog.title_edit.setText("Đối thoại về bồi thường")
    assert dialog.save()
    assert not dialog.has_unsaved_changes()
    assert other.scheduling.get(conference_id).draft.title == "Đối thoại về bồi thường"

"""The conference form's reopening (a head, with a reason), its "Undo" of the last change, its
timeline, and attendance ticked in the People tab and in the outcome form, printed to PDF
(issue 18; offscreen, real database, the PDF read back with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.container import Services
from dialogue_app.ui.conferences.attendance_view import COL_CAME
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from tests.services.scheduling_fixtures import add_official, at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock
from tests.ui.conferences.test_conference_safety import held_conference


def test_reopening_needs_a_reason_and_is_on_the_timeline(services: Services, qtbot) -> None:
    conference_id = held_conference(services)
    services.scheduling.close(conference_id, services.scheduling.get(conference_id).version)
    dialog = ConferenceDialog(services, conference_id)
    qtbot.addWidget(dialog)
    assert dialog.reopen_button.isVisibleTo(dialog)
    dialog.ask_reopen_reason = lambda: "  "
    dialog.reopen()
    assert "Say why the conference is reopened" in dialog.error_label.text()
    assert services.scheduling.get(conference_id).status is ConferenceStatus.CLOSED
    dialog.ask_reopen_reason = lambda: "Bổ sung kết quả giải trình"
    dialog.reopen()
    assert services.scheduling.get(conference_id).status is ConferenceStatus.HELD
    last = dialog.results.timeline.item(dialog.results.timeline.count() - 1).text()
    assert "Reopened" in last and "Bổ sung kết quả giải trình" in last


def test_undo_shows_what_it_takes_back_and_takes_it_back(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    assert not dialog.undo_button.isVisibleTo(dialog)  # creating is not undone this way
    dialog.ask_text = lambda title, prompt: "Lãnh đạo họp đột xuất"
    dialog.cancel_conference()
    assert dialog.undo_button.isVisibleTo(dialog)
    assert "Cancelled" in dialog.undo_button.text()
    dialog.undo_last_change()
    assert services.scheduling.get(created.id).status is ConferenceStatus.SCHEDULED
    assert not dialog.undo_button.isVisibleTo(dialog)
    assert "undone" in dialog.results.timeline.item(dialog.results.timeline.count() - 1).text()


def test_undo_refused_when_a_colleague_changed_it_since(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    edited = services.scheduling.update(created.id, created.version, draft(at(11, 9), at(11, 11)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    assert dialog.undo_button.isVisibleTo(dialog)
    services.scheduling.change_status(created.id, edited.version, ConferenceStatus.POSTPONED, "X")
    dialog.undo_last_change()
    assert "Somebody changed this conference" in dialog.error_label.text()
    assert services.scheduling.get(created.id).status is ConferenceStatus.POSTPONED


def attendance_dialog(services: Services, qtbot) -> ConferenceDialog:  # type: ignore[no-untyped-def]
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Văn An")
    created = services.scheduling.create(
        draft(at(11, 8), at(11, 10), chairs=(leader,), guests=("Lê Thị Hoa", "Phan Văn Tú"))
    )
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    return dialog


def test_ticks_are_saved_at_once_and_counted(services: Services, qtbot) -> None:
    dialog = attendance_dialog(services, qtbot)
    view = dialog.attendance
    assert view.table.rowCount() == 3 and "0 of 3" in view.count_label.text()
    view.tick("Lê Thị Hoa")
    view.tick("Nguyễn Văn An")
    assert "2 of 3" in view.count_label.text()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(view)) == "Attendance (2/3)"
    saved = services.scheduling.get(dialog.conference_id or 0)
    assert {r.name for r in saved.attendance if r.attended} == {"Lê Thị Hoa", "Nguyễn Văn An"}
    assert not dialog.has_unsaved_changes()  # a tick is not an unsaved edit
    # the form saved afterwards keeps the ticks
    dialog.title_edit.setText("Đối thoại về đất đai (sửa)")
    assert dialog.save()
    assert (
        dialog.attendance.table.item(dialog.attendance.row_of("Lê Thị Hoa"), COL_CAME).checkState()
        == Qt.CheckState.Checked
    )


def test_a_tick_on_a_cancelled_conference_is_refused_and_undone(services: Services, qtbot) -> None:
    dialog = attendance_dialog(services, qtbot)
    dialog.ask_text = lambda title, prompt: "Mưa bão"
    dialog.cancel_conference()
    dialog.attendance.tick("Lê Thị Hoa")
    assert "cancelled" in dialog.attendance.error_label.text()
    item = dialog.attendance.table.item(dialog.attendance.row_of("Lê Thị Hoa"), COL_CAME)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert services.scheduling.get(dialog.conference_id or 0).attended_count == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_attendance_list_prints_to_a_one_page_pdf(
    services: Services, qtbot, tmp_path: Path
) -> None:
    dialog = attendance_dialog(services, qtbot)
    dialog.attendance.tick("Phan Văn Tú")
    dialog.attendance.ask_path = lambda suggested: str(tmp_path / "diem-danh")
    written = dialog.attendance.save_pdf()
    assert written == tmp_path / "diem-danh.pdf" and written.exists()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(written), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ATTENDANCE LIST" in text and "Lê Thị Hoa" in text and "Phan Văn Tú" in text
    assert "Invited: 3 · Came: 1" in text
    assert text.count("\f") == 1  # one page


def test_the_outcome_form_ticks_attendance_too(services: Services, qtbot) -> None:
    from dialogue_app.ui.conferences.holding_dialog import HoldingDialog

    dialog = attendance_dialog(services, qtbot)
    assert dialog._detail is not None
    holding = HoldingDialog(services, dialog._detail)
    qtbot.addWidget(holding)
    holding.attendance.tick("Phan Văn Tú")
    assert services.scheduling.get(dialog._detail.id).attended_count == 1
    assert not holding.unsaved.has_changes()  # ticks are saved apart from the outcome
    # the outcome form cancelled: the conference form shows the ticks made there
    dialog.ask_holding = lambda detail: None
    dialog.record_outcome()
    assert "1 of 3" in dialog.attendance.count_label.text()

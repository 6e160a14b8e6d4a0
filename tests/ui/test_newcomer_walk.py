"""A newcomer's walk through the main jobs, in the real window on SQLite (issue 18): plan a
conference (adding the missing venue and leader from the form), send the invitation, hold it
and record the issues raised, give them an agency, follow them up on the board until one is
settled and the other late, and read the period's report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from dialogue_app.domain.cases import CaseStatus, CaseType, Outcome
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.periods import PeriodKind
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.clock import FixedClock
from dialogue_app.services.conferences import ConferenceDetail, HoldingRecord
from dialogue_app.services.container import Services
from dialogue_app.ui.calendar_exchange.invitation_dialog import InvitationDialog
from dialogue_app.ui.cases.case_dialog import CaseDialog, StatusDialog
from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
from dialogue_app.ui.conferences.scheduling_common import qdatetime
from dialogue_app.ui.followup import BoardDialog
from dialogue_app.ui.main_window import MainWindow
from tests.services.cases.case_fixtures import ensure_rules


def _add(form, kind: str, name: str, detail: str = "", email: str = "") -> None:  # type: ignore[no-untyped-def]
    """Press "Thêm…" beside a pick list, fill the short form, save."""
    button = form.findChild(QPushButton, f"add_{kind}")
    assert button is not None and button.text() == "Thêm…"
    button.click()
    dialog = button.property("dialog")
    dialog.name.setText(name)
    dialog.detail.setText(detail)
    dialog.email.setText(email)
    assert dialog.save()


def test_a_newcomer_plans_invites_holds_follows_up_and_reports(  # type: ignore[no-untyped-def]
    engine: str,
    make_window: Callable[[], MainWindow],
    services: Services,
    qtbot,
    tmp_path: Path,
) -> None:
    if engine != "sqlite":
        pytest.skip("the walk is a person's desk: the embedded SQLite file")
    ensure_rules(services.database)
    clock = services.clock
    assert isinstance(clock, FixedClock)
    window = make_window()

    # 0. the office's name and the address invitations come from, saved with Ctrl+S
    settings = window.show_page("settings")
    settings.name_edit.setText("Văn phòng UBND xã Thạch Xuân")
    settings.organizer_name_edit.setText("Văn phòng UBND xã")
    settings.organizer_email_edit.setText("vanphong@thachxuan.hatinh.gov.vn")
    assert window.run_command("save")

    # 1. plan: Ctrl+N on the Conferences page, the venue and the chair added from the form
    conferences = window.show_page("conferences")
    assert window.run_command("new")
    form = conferences.last_dialog
    assert form is not None
    day = clock.today() + timedelta(days=7)
    start = datetime.combine(day, time(8, 0), VN_TZ)
    form.title_edit.setText("Đối thoại về bồi thường giải phóng mặt bằng")
    form.start_edit.setDateTime(qdatetime(start))
    form.end_edit.setDateTime(qdatetime(start + timedelta(hours=3)))
    _add(form, "venue", "Hội trường UBND xã Thạch Xuân")
    _add(form, "official", "Trần Văn Hùng", "Chủ tịch UBND xã", "tvhung@thachxuan.hatinh.gov.vn")
    assert form.venue_combo.currentText() == "Hội trường UBND xã Thạch Xuân"
    form.ask_reason = lambda warnings: "Lịch lãnh đạo đã chốt"  # a weekend or holiday: say why
    assert form.save()
    conference_id = form.conference_id
    assert conference_id is not None
    form.reject()

    # 2. invite: the invitation as a calendar file
    invitation = InvitationDialog(services, conference_id)
    qtbot.addWidget(invitation)
    invitation.as_ics.setChecked(True)
    target = tmp_path / "giay-moi.ics"
    assert invitation.go(target), invitation.result_label.text()
    text = target.read_bytes().decode("utf-8")
    assert "METHOD:REQUEST" in text and "Trần Văn Hùng" not in text.split("DESCRIPTION")[0][:0]
    invitation.close()

    # 3. hold: the day after, the outcome recorded with two issues raised
    clock.set(day + timedelta(days=1))
    conferences.open_conference(conference_id)
    form = conferences.last_dialog

    def hold(detail: ConferenceDetail) -> HoldingRecord:
        holding = HoldingDialog(services, detail, form)
        holding.attendees.setValue(85)
        holding.add_issue(CaseType.COMPLAINT, "Khiếu nại đơn giá bồi thường đất", "Đặng Văn Đức")
        holding.add_issue(
            CaseType.RECOMMENDATION, "Kiến nghị làm đường vào khu tái định cư", "Lê Thị Hoa"
        )
        record = holding.record()
        holding.reject()
        return record

    form.ask_holding = hold
    form.record_outcome()
    assert services.scheduling.get(conference_id).status is ConferenceStatus.HELD
    form.reject()

    # 4. each issue is a case with its register number; the agency is added from the case form
    detail = services.scheduling.get(conference_id)
    case_ids = [c.id for c in detail.cases]
    assert len(case_ids) == 2
    for case_id in case_ids:
        edit = CaseDialog(services, services.cases.get(case_id))
        qtbot.addWidget(edit)
        if case_id == case_ids[0]:
            _add(edit, "agency", "Trung tâm Phát triển quỹ đất")
        else:
            edit.agency.setCurrentIndex(edit.agency.findText("Trung tâm Phát triển quỹ đất"))
        edit.save()
        assert services.cases.get(case_id).agency == "Trung tâm Phát triển quỹ đất"
    numbers = [services.cases.get(i).number for i in case_ids]
    assert all(n and not n.startswith("#") for n in numbers)

    # 5. follow up: the recommendation is answered; forty days on, the complaint is late
    clock.set(day + timedelta(days=5))
    for target in (CaseStatus.ACCEPTED, CaseStatus.RESOLVED):  # accepted, then settled
        move = StatusDialog(services.cases, services.cases.get(case_ids[1]))
        qtbot.addWidget(move)
        move.target.setCurrentIndex(move.target.findData(target))
        if move.outcome.findData(Outcome.ANSWERED) >= 0:
            move.outcome.setCurrentIndex(move.outcome.findData(Outcome.ANSWERED))
        move.save()
        assert services.cases.get(case_ids[1]).status is target, move.problem.text()
    assert services.cases.get(case_ids[1]).status is CaseStatus.RESOLVED
    clock.set(day + timedelta(days=45))
    window.refresh()
    board = conferences.open_board(conference_id)
    assert isinstance(board, BoardDialog)
    model = board.panel.model
    assert board.panel.progress.text().startswith(
        "Đã giải quyết xong 1/2 vụ việc; 1 vụ việc quá hạn"
    )
    assert model.index(0, model.COL_NUMBER).data() == numbers[0]  # the late one first
    assert model.index(0, model.COL_DAYS).data().startswith("Quá hạn")
    assert model.index(1, model.COL_DAYS).data() == "Đã xong"
    pdf = tmp_path / "bang-theo-doi.pdf"
    assert board.panel.save_pdf(str(pdf)) and pdf.read_bytes().startswith(b"%PDF")
    board.close()
    # the same board across the period, on its tab
    conferences.tabs.setCurrentWidget(conferences.board)
    conferences.board.set_period(day - timedelta(days=1), day + timedelta(days=1))
    assert conferences.board.panel.model.rowCount() == 2

    # 6. report: the period's figures count the two petitions received at the conference
    reports = window.show_page("reports")
    reports.set_period(PeriodKind.RANGE, start=day, end=day + timedelta(days=45))
    assert reports.report is not None and reports.report.cases.total == 2
    for widget in QApplication.topLevelWidgets():
        if (
            widget is not window
            and widget.isVisible()
            and widget.windowModality() == Qt.WindowModality.NonModal
        ):
            widget.close()

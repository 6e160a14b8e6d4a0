"""Nothing lost silently in the conference form (issue 18, item 2): the question on closing with
unsaved changes, the end that follows the start, a held or closed conference read in full, and
the confirmation before closing ("Hoàn tất") it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.conferences import ConferenceService, HoldingRecord, IssueRaised
from dialogue_app.services.container import Services
from dialogue_app.ui.common.unsaved import UnsavedChoice
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.scheduling_common import pydatetime, qdatetime
from tests.clock import fixed_clock
from tests.services.scheduling_fixtures import add_official, at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock


class SpontaneousClose(QCloseEvent):
    """The close event the window system sends when the user clicks the window's close button
    (offscreen Qt sends none)."""

    def spontaneous(self) -> bool:  # noqa: D102
        return True


def window_button(dialog: QDialog) -> None:
    dialog.closeEvent(SpontaneousClose())


def shown(qtbot, dialog: ConferenceDialog) -> ConferenceDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_unchanged_form_closes_at_once(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = shown(qtbot, ConferenceDialog(services, created.id))
    asked: list[bool] = []
    dialog.unsaved.ask = lambda: asked.append(True) or UnsavedChoice.CANCEL
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not asked and not dialog.isVisible()


def test_escape_close_and_the_window_button_ask_before_losing_edits(
    services: Services, qtbot
) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = shown(qtbot, ConferenceDialog(services, created.id))
    dialog.title_edit.setText("Đối thoại đã sửa")
    answers = [UnsavedChoice.CANCEL]
    asked: list[bool] = []

    def answer() -> UnsavedChoice:
        asked.append(True)
        return answers[0]

    dialog.unsaved.ask = answer
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc
    assert dialog.isVisible() and dialog.title_edit.text() == "Đối thoại đã sửa"
    dialog.buttons.rejected.emit()  # "Đóng"
    assert dialog.isVisible()
    window_button(dialog)  # the window's close button
    assert dialog.isVisible() and len(asked) == 3

    answers[0] = UnsavedChoice.SAVE
    window_button(dialog)
    assert not dialog.isVisible()
    assert services.scheduling.get(created.id).draft.title == "Đối thoại đã sửa"


def test_discarding_keeps_the_saved_conference(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = shown(qtbot, ConferenceDialog(services, created.id))
    dialog.add_agenda_item("Khai mạc", 15)
    dialog.unsaved.ask = lambda: UnsavedChoice.DISCARD
    dialog.reject()
    assert not dialog.isVisible()
    assert services.scheduling.get(created.id).draft.agenda == ()


def test_a_save_that_fails_keeps_the_form_open(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    dialog = shown(qtbot, ConferenceDialog(services, start=at(11, 8)))
    dialog.topic_edit.setText("Đất đai")  # no title: the service refuses
    dialog.unsaved.ask = lambda: UnsavedChoice.SAVE
    dialog.reject()
    assert dialog.isVisible() and dialog.error_label.text()


def test_the_end_follows_the_start(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10, 30)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDateTime(qdatetime(at(13, 14)))  # another day and hour
    assert pydatetime(dialog.end_edit.dateTime()) == at(13, 16, 30)
    # the end moved by hand sets a new length, which the next move of the start keeps
    dialog.end_edit.setDateTime(qdatetime(at(13, 15)))
    dialog.start_edit.setDateTime(qdatetime(at(13, 14, 30)))
    assert pydatetime(dialog.end_edit.dateTime()) == at(13, 15, 30)


def test_a_new_conference_keeps_two_hours_when_its_day_changes(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    dialog = ConferenceDialog(services, start=at(11, 8))
    qtbot.addWidget(dialog)
    dialog.start_edit.setDate(qdatetime(at(20, 8)).date())
    start = pydatetime(dialog.start_edit.dateTime())
    assert pydatetime(dialog.end_edit.dateTime()) - start == timedelta(hours=2)


def held_conference(services: Services) -> int:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Văn An")
    created = services.scheduling.create(
        draft(at(11, 8), at(11, 10), chairs=(leader,), guests=("Lê Thị Hoa",))
    )
    later = ConferenceService(
        services.uow, user_name=services.user_name, clock=fixed_clock(at(11, 12))
    )
    services.__dict__["scheduling"] = later
    detail = services.scheduling.get(created.id)
    services.scheduling.record_held(
        created.id,
        detail.version,
        HoldingRecord(
            attendee_count=42,
            organisations_present="UBND xã",
            minutes_summary="Biên bản đối thoại",
            issues=(IssueRaised(CaseType.COMPLAINT, "Bồi thường chưa thỏa đáng"),),
        ),
    )
    return created.id


def test_a_held_conference_is_readable_in_full(services: Services, qtbot) -> None:
    conference_id = held_conference(services)
    dialog = ConferenceDialog(services, conference_id)
    qtbot.addWidget(dialog)
    assert dialog.tabs.isEnabled()
    for index in range(dialog.tabs.count()):
        assert dialog.tabs.isTabEnabled(index)
    assert dialog.title_edit.isReadOnly() and dialog.start_edit.isReadOnly()
    # the leaders chosen are listed, none can be ticked; the invited are listed read-only
    chairs = [
        dialog.chairs_list.item(i)
        for i in range(dialog.chairs_list.count())
        if not dialog.chairs_list.isRowHidden(i)
    ]
    assert [item.text().split(" — ")[0] for item in chairs] == ["Nguyễn Văn An"]
    assert not chairs[0].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.invited_list.isHidden() and dialog.citizen_picker.isHidden()
    assert dialog.invited_list.item(0).text().startswith("Lê Thị Hoa")
    assert "42" in dialog.results.attendees.text()
    assert dialog.results.minutes.toPlainText() == "Biên bản đối thoại"
    issue = dialog.results.issues.item(0).text()
    assert "Bồi thường chưa thỏa đáng" in issue
    assert "/ĐKN-" in issue.split(" · ")[0] and "#" not in issue  # cited by its register number
    assert not dialog.has_unsaved_changes()


def test_closing_a_conference_asks_first_and_it_stays_readable(services: Services, qtbot) -> None:
    conference_id = held_conference(services)
    dialog = ConferenceDialog(services, conference_id)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.ask_confirm = lambda title, text, yes: asked.append(text) and False
    dialog.close_conference()
    assert asked and services.scheduling.get(conference_id).status is ConferenceStatus.HELD
    dialog.ask_confirm = lambda title, text, yes: True
    dialog.close_conference()
    assert services.scheduling.get(conference_id).status is ConferenceStatus.CLOSED
    assert dialog.results.issues.count() == 1 and dialog.tabs.isEnabled()
    assert "closed" in dialog.results.state.text()


def test_a_status_change_over_unsaved_edits_asks_first(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Tên mới")
    dialog.ask_text = lambda title, prompt: "Lãnh đạo bận"
    dialog.unsaved.ask = lambda: UnsavedChoice.CANCEL
    dialog.postpone()
    assert services.scheduling.get(created.id).status is ConferenceStatus.SCHEDULED
    assert dialog.title_edit.text() == "Tên mới"
    dialog.unsaved.ask = lambda: UnsavedChoice.SAVE
    dialog.postpone()
    detail = services.scheduling.get(created.id)
    assert detail.status is ConferenceStatus.POSTPONED and detail.draft.title == "Tên mới"
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_outcome_form_asks_before_dropping_the_issues_typed(services: Services, qtbot) -> None:
    from dialogue_app.ui.conferences.holding_dialog import HoldingDialog

    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = HoldingDialog(services, created)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.unsaved.ask = lambda: UnsavedChoice.CANCEL
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing entered: closes at once
    dialog.show()
    dialog.add_issue(CaseType.COMPLAINT, "Đền bù đất chậm")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.unsaved.ask = lambda: UnsavedChoice.SAVE
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.record().issues[0].summary == "Đền bù đất chậm"


def test_a_close_by_the_program_asks_nothing(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    dialog = shown(qtbot, ConferenceDialog(services, start=at(11, 8)))
    dialog.title_edit.setText("Bản nháp")
    dialog.unsaved.ask = lambda: (_ for _ in ()).throw(AssertionError("asked"))
    dialog.close()  # e.g. the window tearing its dialogs down: the program's own decision
    assert not dialog.isVisible()

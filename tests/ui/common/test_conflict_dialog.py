"""The "somebody else changed this" dialog on every form whose record two staff can edit: the
deadline rules, the office settings, a reception-duty mark and a reception schedule. Another
person saves first (through the services, as another workstation would); the form's save then
shows theirs beside mine, per field, and keeps theirs, keeps mine or merges — nothing lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QThread, QTime

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.services.conferences import change_of
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.deadline_rules_editor import DeadlineRulesEditor
from dialogue_app.ui.common.conflict_dialog import ConflictDialog
from dialogue_app.ui.conferences.duties_view import DutiesView
from dialogue_app.ui.conferences.reception_schedules_view import ScheduleDialog
from dialogue_app.ui.conferences.scheduling_common import qdate
from dialogue_app.ui.settings.settings_page import SettingsPage
from tests.services.scheduling_fixtures import add_official, add_venue
from tests.ui.common.conflict_support import rows_of
from tests.ui.conferences.scheduling_support import with_fixed_clock


def test_a_rule_changed_by_both_merges_with_the_field_i_tick(
    services: Services, qtbot, answer
) -> None:
    services.cases.restore_default_rules()
    editor = DeadlineRulesEditor(services)
    qtbot.addWidget(editor)
    assert editor.select_code("complaint-1")
    # another workstation saves the same rule first
    theirs = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
    services.cases.save_deadline_rule(replace(theirs, days=35, legal_source="Sửa bởi An"))
    editor.days_spin.setValue(40)
    editor.extension_days_spin.setValue(5)

    def tick_days_and_merge(dialog: ConflictDialog) -> None:
        assert rows_of(dialog) == {
            "Days (both changed it)": ("35", "40"),
            "Days per extension": ("0", "5"),
            "Legal source": ("Sửa bởi An", theirs.legal_source),
        }
        dialog.set_use_mine("days", True)
        dialog.merge_button.click()

    shown = answer(tick_days_and_merge)
    editor.save()
    assert len(shown) == 1
    saved = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
    assert (saved.days, saved.extension_days, saved.legal_source) == (40, 5, "Sửa bởi An")
    assert editor.message.text() == "Saved."


def test_a_rule_saved_meanwhile_with_exactly_my_values_is_saved_without_a_dialog(
    services: Services, qtbot, answer
) -> None:
    """Theirs equals mine in every field (as after a COMMIT that landed before the line
    broke, see tests/ui/accounts/test_waiting_save.py): nothing to choose, no dialog; the
    save is done and the form says so."""
    services.cases.restore_default_rules()
    editor = DeadlineRulesEditor(services)
    qtbot.addWidget(editor)
    assert editor.select_code("complaint-1")
    rule = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
    services.cases.save_deadline_rule(replace(rule, days=40))
    editor.days_spin.setValue(40)

    shown = answer(lambda _dialog: pytest.fail("no dialog: it is saved"))
    assert editor.save()
    assert not shown and editor.message.text() == "Saved."
    saved = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
    assert saved.days == 40 and saved.version == rule.version + 1  # written once


def test_a_rule_kept_as_theirs_shows_theirs_and_back_keeps_my_typing(
    services: Services, qtbot, answer
) -> None:
    services.cases.restore_default_rules()
    editor = DeadlineRulesEditor(services)
    qtbot.addWidget(editor)
    assert editor.select_code("complaint-1")
    rule = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
    services.cases.save_deadline_rule(replace(rule, days=35))
    editor.days_spin.setValue(40)

    answer(lambda dialog: dialog.back_button.click())
    assert not editor.save()
    assert editor.days_spin.value() == 40  # my typing is still there
    assert "still in the form" in editor.message.text()

    answer(lambda dialog: dialog.theirs_button.click())
    editor.save()
    assert editor.days_spin.value() == 35  # the form shows theirs
    assert next(r for r in services.cases.deadline_rules() if r.code == "complaint-1").days == 35


def test_settings_saved_meanwhile_keep_mine(services: Services, qtbot, answer) -> None:
    services.office.save_profile(services.office.get_profile().__class__(name="UBND xã Cẩm Lộc"))
    page = SettingsPage(services)
    qtbot.addWidget(page)
    services.office.save_profile(replace(services.office.get_profile(), phone="0239 3856 001"))
    page.name_edit.setText("Văn phòng UBND xã Cẩm Lộc")

    def keep_mine(dialog: ConflictDialog) -> None:
        assert rows_of(dialog) == {
            "Office name": ("UBND xã Cẩm Lộc", "Văn phòng UBND xã Cẩm Lộc"),
            "Telephone": ("0239 3856 001", "—"),
        }
        dialog.mine_button.click()

    answer(keep_mine)
    page.save()
    saved = services.office.get_profile()
    assert (saved.name, saved.phone) == ("Văn phòng UBND xã Cẩm Lộc", None)
    assert page.profile_message.text() == "Saved."
    # the calendar links' upkeep follows the office's changes in a thread of the page; the
    # events the save posted to the page's guarded spin boxes are handled while it exists
    qtbot.waitUntil(lambda: not any(t.isRunning() for t in page.findChildren(QThread)))
    qtbot.wait(50)


def test_a_duty_marked_meanwhile_shows_both_marks(services: Services, qtbot, answer) -> None:
    services = with_fixed_clock(services)  # reception "today" is 20 March 2026
    leader = add_official(services.database, "Nguyễn Thị Lan")
    schedule = services.reception.add_schedule(
        leader, ReceptionRule.weekly(1), valid_from=date(2026, 3, 1)
    )
    services.reception.generate(schedule.id, date(2026, 3, 1), date(2026, 3, 31))
    view = DutiesView(services)
    qtbot.addWidget(view)
    view.reference.setDate(qdate(date(2026, 3, 17)))
    view.duty_view.setCurrentIndex(view.duty_model.index(0, 0))
    [duty] = services.reception.duties(date(2026, 3, 17), date(2026, 3, 17))
    services.reception.mark_duty(duty.id, DutyStatus.HELD)  # another workstation

    def read_and_keep_theirs(dialog: ConflictDialog) -> None:
        assert rows_of(dialog) == {
            "Status (both changed it)": ("Held", "Missed"),
            "Reason": ("—", "Ốm"),
        }
        dialog.theirs_button.click()

    answer(read_and_keep_theirs)
    view.ask_reason = lambda duty: "Ốm"
    view.mark(DutyStatus.MISSED)
    [after] = services.reception.duties(date(2026, 3, 17), date(2026, 3, 17))
    assert after.status is DutyStatus.HELD

    # another conflict on the same day: this time mine is kept
    services.reception.mark_duty(after.id, DutyStatus.HELD)  # saved again elsewhere (v3)
    answer(lambda dialog: dialog.mine_button.click())
    view.duty_view.setCurrentIndex(view.duty_model.index(0, 0))
    view.mark(DutyStatus.MISSED)
    [final] = services.reception.duties(date(2026, 3, 17), date(2026, 3, 17))
    assert (final.status, final.reason) == (DutyStatus.MISSED, "Ốm")


def test_a_schedule_edited_meanwhile_merges_both(services: Services, qtbot, answer) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Thị Lan")
    hall = add_venue(services.database, "Hội trường UBND xã")
    schedule = services.reception.add_schedule(
        leader, ReceptionRule.weekly(1), valid_from=date(2026, 3, 1)
    )
    services.reception.generate(schedule.id, date(2026, 3, 1), date(2026, 4, 30))
    dialog = ScheduleDialog(services, None, services.reception.schedule(schedule.id))
    qtbot.addWidget(dialog)
    opened = change_of(services.reception.schedule(schedule.id))
    services.reception.update_schedule(schedule.id, replace(opened, venue_id=hall))
    dialog.start_time.setTime(QTime(13, 30))
    dialog.end_time.setTime(QTime(16, 30))

    def merge(conflict: ConflictDialog) -> None:
        rows = rows_of(conflict)
        assert rows["Venue"][0] == "Hội trường UBND xã"
        assert rows["From"] == ("07:30", "13:30") and rows["To"] == ("11:30", "16:30")
        conflict.merge_button.click()

    shown = answer(merge)
    assert dialog.save()
    assert len(shown) == 1
    saved = services.reception.schedule(schedule.id)
    assert (saved.venue_id, saved.start_time, saved.end_time) == (hall, time(13, 30), time(16, 30))

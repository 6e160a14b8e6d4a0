"""A missing agency, venue, leader or field is added from the form that needs it (issue 18):
"Add…" beside the pick list, a short dialog, the new entry chosen once saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from dialogue_app.services.container import Services
from dialogue_app.ui.cases.case_dialog import CaseDialog
from dialogue_app.ui.common.register_add import AddToRegisterDialog
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.scheduling_fixtures import at


def _add(form, kind: str) -> AddToRegisterDialog:  # type: ignore[no-untyped-def]
    button = form.findChild(QPushButton, f"add_{kind}")
    assert button is not None and button.text() == "Add…"
    button.click()
    dialog = button.property("dialog")
    assert isinstance(dialog, AddToRegisterDialog) and dialog.isVisible()
    return dialog


def test_an_agency_added_from_the_case_form_is_chosen(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    ensure_rules(services.database)
    form = CaseDialog(services)
    qtbot.addWidget(form)
    dialog = _add(form, "agency")
    assert not dialog.save()  # no name: said under the form, which stays open
    assert dialog.problem.text() == "Enter the agency's name." and dialog.isVisible()
    dialog.name.setText("Ban Quản lý dự án giao thông")
    dialog.detail.setText("Ban QLDA")
    assert dialog.save()
    assert form.agency.currentText() == "Ban Quản lý dự án giao thông"
    agency_id = form.agency.currentData()
    assert [c.id for c in services.registers.agencies()] == [agency_id]
    # the same name again (other case, no accents): the entry already there, not a copy
    again = _add(form, "agency")
    again.name.setText("ban quan ly du an giao thong")
    assert again.save()
    assert form.agency.currentData() == agency_id and len(services.registers.agencies()) == 1
    field = _add(form, "field")
    field.name.setText("Môi trường")
    assert field.save()
    assert form.field.currentText() == "Môi trường"


def test_a_venue_and_a_leader_added_from_the_conference_form(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(form)
    venue = _add(form, "venue")
    venue.name.setText("Hội trường UBND xã Thạch Xuân")
    venue.capacity.setValue(120)
    assert venue.save()
    assert form.venue_combo.currentText() == "Hội trường UBND xã Thạch Xuân"
    leader = _add(form, "official")
    leader.name.setText("Trần Văn Hùng")
    leader.detail.setText("Chủ tịch UBND xã")
    assert leader.save()
    items = [form.chairs_list.item(i) for i in range(form.chairs_list.count())]
    checked = [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]
    assert checked == ["Trần Văn Hùng — Chủ tịch UBND xã"]
    agency = _add(form, "agency")
    agency.name.setText("Sở Xây dựng")
    assert agency.save()
    items = [form.agencies_list.item(i) for i in range(form.agencies_list.count())]
    assert [i.text() for i in items if i.checkState() == Qt.CheckState.Checked] == ["Sở Xây dựng"]


def test_a_field_added_while_recording_an_outcome_is_offered_on_every_issue(
    services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from dialogue_app.domain.cases import CaseType
    from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
    from tests.services.scheduling_fixtures import draft
    from tests.ui.conferences.scheduling_support import with_fixed_clock

    ensure_rules(services.database)
    planner = with_fixed_clock(services)
    conference = planner.scheduling.create(draft(at(10, 8), at(10, 10)))
    form = HoldingDialog(services, conference)
    qtbot.addWidget(form)
    form.add_issue(CaseType.RECOMMENDATION, "Đèn chiếu sáng ngõ xóm hỏng")
    form.add_issue(CaseType.COMPLAINT, "Bồi thường khi mở rộng đường")
    form.issues.setCurrentCell(1, form.COL_SUMMARY)
    button = form.findChild(QPushButton, "add_field")
    assert button is form.add_field_button and button.text() == "Add a field…"
    button.click()
    dialog = button.property("dialog")
    assert isinstance(dialog, AddToRegisterDialog) and dialog.isVisible()
    dialog.name.setText("Đất đai")
    assert dialog.save()
    combos = [form.issues.cellWidget(row, form.COL_FIELD) for row in (0, 1)]
    assert all(isinstance(c, QComboBox) for c in combos)
    assert combos[1].currentText() == "Đất đai"  # chosen on the issue being recorded
    assert combos[0].currentData() is None and combos[0].findText("Đất đai") >= 0  # offered
    form.add_issue(CaseType.FEEDBACK, "Thu gom rác")
    assert form.issues.cellWidget(2, form.COL_FIELD).findText("Đất đai") >= 0  # and on new rows
    assert [c.name for c in services.registers.fields()] == ["Đất đai"]

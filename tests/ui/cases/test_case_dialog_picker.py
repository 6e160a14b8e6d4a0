"""The case form's citizens: chosen from the register with the citizen picker, or typed
(offscreen, real database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import func, select

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.store.models import Case, CaseCitizen, Citizen
from dialogue_app.ui.cases.case_dialog import COL_NAME, COL_REPRESENTATIVE, CaseDialog
from tests.services.cases.case_fixtures import Places
from tests.ui.cases.test_citizen_picker import DUC_ID, namesakes, register, type_and_search


def citizen_count(services: Services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(Citizen)) or 0


def citizen_ids_of(services: Services, case_id: int) -> list[int]:
    with services.uow.read() as session:
        return list(
            session.scalars(
                select(CaseCitizen.citizen_id)
                .where(CaseCitizen.case_id == case_id)
                .order_by(CaseCitizen.citizen_id)
            )
        )


def duc_id(services: Services) -> int:
    with services.uow.read() as session:
        found = session.scalar(select(Citizen.id).where(Citizen.national_id == DUC_ID))
    assert found is not None
    return found


def fill_case(dialog: CaseDialog, places: Places, summary: str = "Tranh chấp ranh giới") -> None:
    dialog.summary.setPlainText(summary)
    dialog.field.setCurrentIndex(dialog.field.findData(places.land_id))
    dialog.commune.setCurrentIndex(dialog.commune.findData(places.commune_id))


def test_a_citizen_chosen_from_the_register_is_linked_not_registered_again(
    services: Services, qtbot
) -> None:
    places = namesakes(services)  # two Đặng Văn Đức, each with a land case
    before = citizen_count(services)
    dialog = CaseDialog(services)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):  # shown: Enter would press Save unless the picker takes it
        dialog.show()
    assert dialog.picker is not None and dialog.citizens.rowCount() == 1  # an empty row
    labels = type_and_search(dialog.picker, qtbot, "dang van duc")
    assert len(labels) == 2
    row = next(i for i, text in enumerate(labels) if "Cẩm Lộc" in text)
    dialog.picker.results.setCurrentIndex(dialog.picker.matches.index(row, 0))
    qtbot.mouseClick(dialog.picker.add_button, Qt.MouseButton.LeftButton)
    assert dialog.citizens.rowCount() == 1  # the empty row was used
    name = dialog.citizens.item(0, COL_NAME)
    assert name.text() == "Đặng Văn Đức"
    assert not name.flags() & Qt.ItemFlag.ItemIsEditable  # as registered
    assert dialog.citizens.item(0, 1).text() == "040••••••789"  # the picker's masked number
    assert dialog.picker.search_edit.text() == ""

    dialog.picker.search_edit.setFocus()
    qtbot.keyClicks(dialog.picker.search_edit, "040123")  # the same person again: refused
    qtbot.waitUntil(lambda: dialog.picker.matches.rowCount() == 1, timeout=2000)
    qtbot.keyClick(dialog.picker.search_edit, Qt.Key.Key_Return)
    assert "already in the list" in dialog.picker.error_label.text()
    assert dialog.citizens.rowCount() == 1
    # Enter chose in the picker: it did not press Save as well
    assert not dialog.problem.isVisibleTo(dialog) and dialog.saved is None

    fill_case(dialog, places)
    dialog.save()
    assert dialog.saved is not None, dialog.problem.text()
    assert citizen_count(services) == before  # nobody new
    assert citizen_ids_of(services, dialog.saved.id) == [duc_id(services)]
    assert dialog.saved.citizens[0].national_id == DUC_ID
    # the earlier land case of the same citizen: a repeat petition
    assert dialog.saved.repeat_of is not None and dialog.repeat_message
    with services.uow.read() as session:
        earlier = session.scalar(
            select(CaseCitizen.case_id).where(
                CaseCitizen.citizen_id == duc_id(services),
                CaseCitizen.case_id != dialog.saved.id,
            )
        )
    assert dialog.saved.repeat_of.id == earlier


def test_a_person_typed_is_one_new_citizen_beside_one_chosen(services: Services, qtbot) -> None:
    places = namesakes(services)
    before = citizen_count(services)
    dialog = CaseDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.picker is not None
    type_and_search(dialog.picker, qtbot, "040123")
    qtbot.keyClick(dialog.picker.search_edit, Qt.Key.Key_Return)
    assert dialog.chosen_citizen_ids() == [duc_id(services)]
    dialog.picker.search_edit.setText("Trần Thị Mới")  # nobody in the register: typed
    dialog.add_typed_person()
    assert dialog.citizens.rowCount() == 2
    assert dialog.citizens.item(1, COL_NAME).text() == "Trần Thị Mới"
    assert dialog.citizens.item(1, COL_NAME).flags() & Qt.ItemFlag.ItemIsEditable
    dialog.citizens.item(1, 2).setText("thôn 5")
    dialog.citizens.item(1, COL_REPRESENTATIVE).setCheckState(Qt.CheckState.Checked)
    fill_case(dialog, places, "Ô nhiễm nước thải")
    dialog.save()
    assert dialog.saved is not None, dialog.problem.text()
    assert citizen_count(services) == before + 1
    people = {c.full_name: c for c in dialog.saved.citizens}
    assert people["Trần Thị Mới"].address == "thôn 5" and people["Trần Thị Mới"].is_representative
    assert people["Đặng Văn Đức"].citizen_id == duc_id(services)
    assert not people["Đặng Văn Đức"].is_representative


def test_editing_a_case_keeps_its_citizens(services: Services, qtbot) -> None:
    places = namesakes(services)
    # a person without ID number nor commune: nothing would recognise them again
    register(services, places, CitizenInput("Lê Vô Danh"), commune_id=None, field_id=None)
    with services.uow.read() as session:
        case_id = session.scalar(select(func.max(Case.id)))
    assert case_id is not None
    detail = services.cases.get(case_id)
    kept = citizen_ids_of(services, case_id)
    before = citizen_count(services)
    dialog = CaseDialog(services, detail)
    qtbot.addWidget(dialog)
    assert dialog.chosen_citizen_ids() == kept
    dialog.citizens.item(0, COL_REPRESENTATIVE).setCheckState(Qt.CheckState.Checked)
    dialog.summary.setPlainText("Đề nghị xem xét lại")
    dialog.save()
    assert dialog.saved is not None, dialog.problem.text()
    assert citizen_ids_of(services, case_id) == kept and citizen_count(services) == before
    assert dialog.saved.citizens[0].is_representative


def test_editing_a_denunciation_reveals_and_changes_no_citizen(services: Services, qtbot) -> None:
    places = namesakes(services)
    register(
        services, places, CitizenInput("Phan Văn Tố", "040999888777"),
        case_type=CaseType.DENUNCIATION,
    )  # fmt: skip
    with services.uow.read() as session:
        case_id = session.scalar(select(func.max(Case.id)))
    assert case_id is not None
    detail = services.cases.get(case_id)
    assert detail.identity_hidden  # the tester may not see denunciators
    kept = citizen_ids_of(services, case_id)
    dialog = CaseDialog(services, detail)
    qtbot.addWidget(dialog)
    assert dialog.picker is None and dialog.citizens.rowCount() == 0
    shown = " ".join(
        [w.text() for w in dialog.findChildren(QLabel)]
        + [w.text() for w in dialog.findChildren(QLineEdit)]
        + [dialog.windowTitle()]
    )
    assert "Tố" not in shown and "040999888777" not in shown and "999888" not in shown
    assert dialog.draft().citizens is None  # kept as they are
    dialog.summary.setPlainText("Tố cáo sai phạm đất đai")
    dialog.save()
    assert dialog.saved is not None, dialog.problem.text()
    assert citizen_ids_of(services, case_id) == kept

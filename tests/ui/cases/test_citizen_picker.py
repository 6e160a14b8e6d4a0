"""The citizen picker in the conference form and the outcome form (offscreen, real database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from dialogue_app.domain.cases import CaseType, Channel
from dialogue_app.domain.conferences import ParticipantRole
from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput
from dialogue_app.services.conferences import ConferenceService
from dialogue_app.services.container import Services
from dialogue_app.store.models import Case, Citizen
from dialogue_app.ui.cases.citizen_picker import CitizenPicker
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, make_places
from tests.services.scheduling_fixtures import at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock

DUC_ID = "040123456789"


def register(services: Services, places: Places, person: CitizenInput, **changes: object) -> None:
    base = CaseDraft(
        received_on=TODAY - timedelta(days=2),
        case_type=CaseType.COMPLAINT,
        citizens=(person,),
        summary="Tranh chấp đất",
        channel=Channel.MAIL,
        field_id=places.land_id,
        commune_id=places.commune_id,
    )
    CaseService(services.uow, clock=fixed_clock()).register(replace(base, **changes))  # type: ignore[arg-type]


def namesakes(services: Services) -> Places:
    places = make_places(services.database)
    register(services, places, CitizenInput("Đặng Văn Đức", DUC_ID, "thôn 3"))
    register(
        services, places, CitizenInput("Đặng Văn Đức", address="xóm Bắc"),
        commune_id=places.other_commune_id,
    )  # fmt: skip
    return places


def type_and_search(picker: CitizenPicker, qtbot, text: str) -> list[str]:
    qtbot.keyClicks(picker.search_edit, text)
    qtbot.waitUntil(
        lambda: picker.matches.rowCount() > 0 or bool(picker.status.text()), timeout=2000
    )
    return [picker.matches.index(i, 0).data() for i in range(picker.matches.rowCount())]


def test_conference_invites_from_the_register_and_types_a_new_person(
    services: Services, qtbot
) -> None:
    services = with_fixed_clock(services)
    places = namesakes(services)
    dialog = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Đối thoại về đất đai")
    picker = dialog.citizen_picker

    labels = type_and_search(picker, qtbot, "dang van duc")
    assert len(labels) == 2  # namesakes told apart by ID number and commune
    assert any("040••••••789" in x and "Cẩm Lộc" in x and "thôn 3" in x for x in labels)
    assert any("Thạch Hà" in x and "xóm Bắc" in x for x in labels)
    assert not any(DUC_ID in x for x in labels)
    row = next(i for i, x in enumerate(labels) if "Thạch Hà" in x)
    picker.results.setCurrentIndex(picker.matches.index(row, 0))
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert picker.search_edit.text() == "" and picker.chosen.count() == 1

    picker.search_edit.setText("Trần Thị Mới")  # keyClicks types ASCII only
    picker.id_edit.setText("12345")
    qtbot.mouseClick(picker.add_new_button, Qt.MouseButton.LeftButton)
    assert "12 digits" in picker.error_label.text() and picker.chosen.count() == 1
    picker.id_edit.setText("040222333444")
    picker.commune_combo.setCurrentIndex(picker.commune_combo.findData(places.commune_id))
    qtbot.mouseClick(picker.add_new_button, Qt.MouseButton.LeftButton)
    picker.search_edit.setText("Khách mời")
    qtbot.mouseClick(picker.add_new_button, Qt.MouseButton.LeftButton)
    assert picker.chosen.count() == 3

    assert dialog.save(), dialog.error_label.text()
    detail = services.scheduling.get(dialog.conference_id)
    invited = [p for p in detail.draft.participants if p.role is ParticipantRole.INVITED_CITIZEN]
    with services.uow.read() as session:
        thach_ha = session.scalar(
            select(Citizen.id).where(Citizen.unit_id == places.other_commune_id)
        )
        new_one = session.scalar(select(Citizen.id).where(Citizen.national_id == "040222333444"))
    assert [(p.citizen_id, p.name) for p in invited] == [
        (thach_ha, None),
        (new_one, None),
        (None, "Khách mời"),
    ]

    again = ConferenceDialog(services, dialog.conference_id)
    qtbot.addWidget(again)
    shown = [again.citizen_picker.chosen.item(i).text() for i in range(3)]
    assert "Thạch Hà" in shown[0] and "Trần Thị Mới" in shown[1] and "Cẩm Lộc" in shown[1]
    assert "Khách mời" in shown[2]
    assert [p.citizen_id for p in again.citizen_picker.people()] == [thach_ha, new_one, None]
    again.citizen_picker.chosen.setCurrentRow(2)
    again.citizen_picker.remove_current()
    assert again.save()
    assert len(services.scheduling.get(dialog.conference_id).draft.participants) == 2


def test_outcome_form_records_issues_without_duplicating_citizens(
    services: Services, qtbot
) -> None:
    places = namesakes(services)
    planner = with_fixed_clock(services)
    conference = planner.scheduling.create(draft(at(10, 8), at(10, 10)))
    dialog = HoldingDialog(services, conference)
    qtbot.addWidget(dialog)
    assert not dialog.picker.isEnabled()  # nothing to attach people to yet
    dialog.add_issue(CaseType.COMPLAINT, "Giá bồi thường thấp", field_id=places.land_id)
    picker = dialog.picker
    assert picker.isEnabled()
    labels = type_and_search(picker, qtbot, "040123")
    assert len(labels) == 1 and "Cẩm Lộc" in labels[0]
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(picker.search_edit, "dang van duc")
    picker.commune_combo.setCurrentIndex(picker.commune_combo.findData(places.other_commune_id))
    # typed without an ID number: a new citizen, not the namesake registered in that commune
    qtbot.mouseClick(picker.add_new_button, Qt.MouseButton.LeftButton)
    assert dialog.issues.item(0, dialog.COL_CITIZENS).text() == "Đặng Văn Đức; dang van duc"

    dialog.add_issue(CaseType.FEEDBACK, "Ô nhiễm", "Người lạ")
    assert picker.chosen.count() == 1 and "Người lạ" in picker.chosen.item(0).text()
    dialog.issues.setCurrentCell(0, dialog.COL_SUMMARY)
    assert picker.chosen.count() == 2

    record = dialog.record()
    assert [len(i.citizens) for i in record.issues] == [2, 1]
    assert record.issues[0].field_id == places.land_id
    after = ConferenceService(services.uow, user_name="thuky", clock=fixed_clock(at(10, 11)))
    after.record_held(conference.id, conference.version, record)
    with services.uow.read() as session:
        names = session.scalars(select(Citizen.full_name).order_by(Citizen.id)).all()
        case = session.scalars(select(Case).where(Case.conference_id == conference.id)).first()
        assert case is not None and case.repeat_of_id is not None  # the earlier land case
        assert len(case.citizens) == 2
        addresses = session.scalars(select(Citizen.address).order_by(Citizen.id)).all()
    assert names == ["Đặng Văn Đức", "Đặng Văn Đức", "dang van duc", "Người lạ"]
    assert addresses == ["thôn 3", "xóm Bắc", None, None]  # the namesakes' own, untouched


def test_picker_hides_a_citizen_known_only_as_a_denunciator(services: Services, qtbot) -> None:
    places = make_places(services.database)
    register(services, places, CitizenInput("Phan Văn Tố"), case_type=CaseType.DENUNCIATION)
    register(services, places, CitizenInput("Phan Văn Tú"))
    picker = CitizenPicker(services)
    qtbot.addWidget(picker)
    labels = type_and_search(picker, qtbot, "phan van")
    assert len(labels) == 1 and labels[0].startswith("Phan Văn Tú")
    assert not any("Tố" in x or "cáo" in x for x in labels)

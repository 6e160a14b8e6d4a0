"""The citizen register: one person (one ID number) stays one citizen across cases, imports and
conferences, namesakes are never merged; search as you type for the pickers; denunciators kept
confidential."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from dialogue_app.domain.cases import CaseType, Channel
from dialogue_app.domain.conferences import ParticipantRole
from dialogue_app.services.cases import (
    CaseDraft,
    CaseFilter,
    CaseImporter,
    CaseService,
    CitizenInput,
    CitizenService,
    find_or_create_citizen,
    masked_national_id,
    match_key,
)
from dialogue_app.services.conferences import (
    ConferenceService,
    HoldingRecord,
    IssueRaised,
    ParticipantData,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import Case, Citizen
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, add_user, make_places
from tests.services.scheduling_fixtures import EARLY, at, draft

DUC_ID = "040123456789"


@pytest.fixture
def places(db: DatabaseHandle) -> Places:
    return make_places(db)


def citizens_in(db: DatabaseHandle) -> list[tuple[str, str | None, int | None]]:
    with db.uow.read() as session:
        return [
            (c.full_name, c.national_id, c.unit_id)
            for c in session.scalars(select(Citizen).order_by(Citizen.id))
        ]


def register(db: DatabaseHandle, places: Places, *people: CitizenInput, **changes: object) -> int:
    base = CaseDraft(
        received_on=TODAY - timedelta(days=3),
        case_type=CaseType.COMPLAINT,
        citizens=people,
        summary="Tranh chấp ranh giới thửa đất",
        channel=Channel.MAIL,
        field_id=places.land_id,
        commune_id=places.commune_id,
    )
    return (
        CaseService(db.uow, "chuyenvien", clock=fixed_clock())
        .register(replace(base, **changes))
        .case.id
    )  # type: ignore[arg-type]


def hold(db: DatabaseHandle, day: int, *issues: IssueRaised, unit_id: int | None = None) -> int:
    planner = ConferenceService(db.uow, clock=fixed_clock(EARLY))
    conference = planner.create(replace(draft(at(day, 8), at(day, 10)), unit_id=unit_id))
    after = ConferenceService(db.uow, user_name="thuky", clock=fixed_clock(at(day, 11)))
    held = after.record_held(
        conference.id, conference.version, HoldingRecord(attendee_count=50, issues=issues)
    )
    return held.id


# --- the rule ------------------------------------------------------------------------------


def test_match_key_is_the_12_digit_id_number_alone() -> None:
    assert match_key(DUC_ID) == match_key(f"  {DUC_ID} ") == DUC_ID
    assert match_key(None) is None and match_key("  ") is None  # a name: never a key
    assert match_key("04012345678") is None  # not 12 digits: not an ID number


def test_same_national_id_is_the_same_citizen(db: DatabaseHandle, places: Places) -> None:
    with db.uow.begin() as session:
        first = find_or_create_citizen(session, CitizenInput("Đặng Văn Đức", DUC_ID))
        again = find_or_create_citizen(
            session,
            CitizenInput("Dang Van Duc", DUC_ID, address="thôn 3"),
            places.other_commune_id,
        )
        assert again.id == first.id
        assert again.full_name == "Đặng Văn Đức"  # the registered spelling is kept
        assert again.address == "thôn 3" and again.unit_id == places.other_commune_id
    assert len(citizens_in(db)) == 1


def test_an_id_match_fills_in_what_the_register_lacks_and_replaces_nothing(
    db: DatabaseHandle, places: Places
) -> None:
    with db.uow.begin() as session:
        first = find_or_create_citizen(
            session, CitizenInput("Đặng Văn Đức", DUC_ID, address="thôn 3")
        )
        again = find_or_create_citizen(
            session,
            CitizenInput("Dang Van Duc", DUC_ID, address="thôn 8", phone="0912345678"),
            places.commune_id,
        )
        assert again.id == first.id
        assert (again.full_name, again.address, again.phone, again.unit_id) == (
            "Đặng Văn Đức",
            "thôn 3",  # held: kept
            "0912345678",  # lacking: filled in
            places.commune_id,
        )


def test_namesakes_in_one_commune_stay_two_citizens_with_their_own_details(
    db: DatabaseHandle, places: Places
) -> None:
    """ "Nguyễn Văn Hùng" lives many times in one commune: a typed person without an ID number
    is never taken for a registered namesake, whose details stay untouched."""
    first = register(
        db, places, CitizenInput("Nguyễn Văn Hùng", address="thôn 1", phone="0912000001")
    )
    second = register(
        db, places, CitizenInput("NGUYEN VAN HUNG", address="thôn 9", phone="0912000009")
    )
    with db.uow.begin() as session:
        third = find_or_create_citizen(session, CitizenInput("Nguyễn Văn Hùng"), places.commune_id)
        third_id = third.id
    with db.uow.read() as session:
        people = [
            (c.id, c.full_name, c.address, c.phone, c.unit_id)
            for c in session.scalars(select(Citizen).order_by(Citizen.id))
        ]
        links = [
            [link.citizen_id for link in session.get(Case, case_id).citizens]  # type: ignore[union-attr]
            for case_id in (first, second)
        ]
    assert [p[1:] for p in people] == [
        ("Nguyễn Văn Hùng", "thôn 1", "0912000001", places.commune_id),
        ("NGUYEN VAN HUNG", "thôn 9", "0912000009", places.commune_id),
        ("Nguyễn Văn Hùng", None, None, places.commune_id),
    ]
    assert links == [[people[0][0]], [people[1][0]]] and third_id == people[2][0]


def test_namesake_in_another_commune_is_not_merged(db: DatabaseHandle, places: Places) -> None:
    register(db, places, CitizenInput("Lê Thị Mai"))
    register(db, places, CitizenInput("Lê Thị Mai"), commune_id=places.other_commune_id)
    register(db, places, CitizenInput("Lê Thị Mai"), commune_id=None)  # no commune: no match
    assert citizens_in(db) == [
        ("Lê Thị Mai", None, places.commune_id),
        ("Lê Thị Mai", None, places.other_commune_id),
        ("Lê Thị Mai", None, None),
    ]


def test_a_different_id_number_is_a_different_person(db: DatabaseHandle, places: Places) -> None:
    register(db, places, CitizenInput("Lê Thị Mai", "040000000001"))
    register(db, places, CitizenInput("Lê Thị Mai", "040000000002"))
    assert len(citizens_in(db)) == 2


def test_a_picked_citizen_is_used_as_is(db: DatabaseHandle, places: Places) -> None:
    with db.uow.begin() as session:
        chosen = find_or_create_citizen(
            session, CitizenInput("Lê Thị Mai", "040000000001"), places.other_commune_id
        )
        chosen_id = chosen.id
    case_id = register(db, places, CitizenInput("anything typed", citizen_id=chosen_id))
    with db.uow.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert [(c.citizen_id, c.citizen.full_name) for c in case.citizens] == [
            (chosen_id, "Lê Thị Mai")
        ]
    with pytest.raises(ValidationError, match="removed from the register"):
        register(db, places, CitizenInput("", citizen_id=chosen_id + 1000))


def test_one_person_listed_twice_in_a_case_is_linked_once(
    db: DatabaseHandle, places: Places
) -> None:
    with db.uow.begin() as session:
        mai_id = find_or_create_citizen(session, CitizenInput("Lê Thị Mai", "040000000001")).id
    case_id = register(
        db,
        places,
        CitizenInput("", citizen_id=mai_id),
        CitizenInput("Le Thi Mai", "040000000001", is_representative=True),  # the same number
        CitizenInput("Lê Thị Mai"),  # no number: a namesake, not her
    )
    with db.uow.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert [(c.citizen_id == mai_id, c.is_representative) for c in case.citizens] == [
            (True, True),
            (False, False),
        ]


# --- conferences -----------------------------------------------------------------------------


def test_issues_reuse_the_register_across_conferences_and_link_repeats(
    db: DatabaseHandle, places: Places
) -> None:
    duc = CitizenInput("Đặng Văn Đức", DUC_ID, commune_id=places.commune_id)
    mai = CitizenInput("Lê Thị Mai", commune_id=places.commune_id)
    hold(db, 10, IssueRaised(CaseType.COMPLAINT, "Giá bồi thường đất thấp", citizens=(duc, mai),
                             field_id=places.land_id))  # fmt: skip
    hold(db, 17, IssueRaised(CaseType.COMPLAINT, "Vẫn chưa được bồi thường",
                             citizens=(replace(duc, full_name="Dang Van Duc"),),
                             field_id=places.land_id))  # fmt: skip
    hold(db, 24, IssueRaised(CaseType.RECOMMENDATION, "Đường vào khu tái định cư",
                             citizens=(replace(mai, full_name="LÊ THỊ MAI"),),
                             field_id=places.land_id))  # fmt: skip
    assert citizens_in(db) == [
        ("Đặng Văn Đức", DUC_ID, places.commune_id),
        ("Lê Thị Mai", None, places.commune_id),
        ("LÊ THỊ MAI", None, places.commune_id),  # no ID number: not merged, but a repeat
    ]
    with db.uow.read() as session:
        cases = session.scalars(select(Case).order_by(Case.id)).all()
        assert [c.repeat_of_id for c in cases] == [None, cases[0].id, cases[0].id]
        assert [c.commune_id for c in cases] == [places.commune_id] * 3
        assert all(c.deadline is not None and c.events for c in cases)
        duc_cases = {cases[0].id, cases[1].id}
    # the register's search finds the conference's cases by the citizen's name
    found = (
        CaseService(db.uow, clock=fixed_clock()).list_page(CaseFilter(search="dang van duc")).rows
    )
    assert {row.id for row in found} == duc_cases


def test_a_case_registered_by_hand_is_linked_from_a_later_conference(
    db: DatabaseHandle, places: Places
) -> None:
    first = register(db, places, CitizenInput("Đặng Văn Đức", DUC_ID))
    with db.uow.read() as session:
        duc_id = session.scalar(select(Citizen.id))
    hold(db, 10, IssueRaised(CaseType.COMPLAINT, "Khiếu nại lại", citizen_ids=(duc_id,),
                             field_id=places.land_id))  # fmt: skip
    with db.uow.read() as session:
        latest = session.scalars(select(Case).order_by(Case.id.desc())).first()
        assert latest is not None and latest.repeat_of_id == first
    assert len(citizens_in(db)) == 1


def test_typed_names_alone_stay_apart_and_a_bad_id_is_refused(
    db: DatabaseHandle, places: Places
) -> None:
    hold(db, 10, IssueRaised(CaseType.FEEDBACK, "Ô nhiễm", ("Trần Văn Bình",)))
    hold(db, 17, IssueRaised(CaseType.FEEDBACK, "Ô nhiễm nữa", ("Trần Văn Bình",)))
    assert len(citizens_in(db)) == 2  # no ID, no commune: namesakes cannot be told apart
    with pytest.raises(ValidationError, match="12 digits"):
        hold(db, 24, IssueRaised(CaseType.FEEDBACK, "x", citizens=(CitizenInput("A", "123"),)))


def test_invited_citizens_typed_with_an_id_join_the_register_once(
    db: DatabaseHandle, places: Places
) -> None:
    service = ConferenceService(db.uow, clock=fixed_clock(EARLY))
    guest = ParticipantData(
        ParticipantRole.INVITED_CITIZEN, name="Đặng Văn Đức", national_id=DUC_ID
    )
    walk_in = ParticipantData(ParticipantRole.INVITED_CITIZEN, name="Người không rõ")
    first = service.create(replace(draft(at(10, 8), at(10, 10)), participants=(guest, walk_in)))
    second = service.create(replace(draft(at(17, 8), at(17, 10)), participants=(guest,)))
    assert citizens_in(db) == [("Đặng Văn Đức", DUC_ID, None)]
    citizen_ids = {
        p.citizen_id
        for detail in (first, second)
        for p in detail.draft.participants
        if p.role is ParticipantRole.INVITED_CITIZEN and p.citizen_id is not None
    }
    assert len(citizen_ids) == 1
    assert [p.name for p in first.draft.participants if p.citizen_id is None] == ["Người không rõ"]
    with pytest.raises(ValidationError, match="12 digits"):
        service.create(
            replace(
                draft(at(20, 8), at(20, 10)),
                participants=(replace(guest, national_id="04012345678"),),
            )
        )


# --- import ----------------------------------------------------------------------------------


def test_import_shares_the_rule(db: DatabaseHandle, places: Places, tmp_path) -> None:
    register(db, places, CitizenInput("Lê Thị Mai", address="xóm Đông"))
    register(db, places, CitizenInput("Đặng Văn Đức", DUC_ID, address="thôn 3"))
    file = tmp_path / "cases.csv"
    file.write_text(
        "received_on,citizen_name,national_id,address,commune,type,field,summary\n"
        f"{TODAY - timedelta(days=2)},Le Thi Mai,,xóm Tây,Cẩm Lộc,complaint,Đất đai,Lại nữa\n"
        f"{TODAY - timedelta(days=2)},Lê Thị Mai,,,Thạch Hà,complaint,Đất đai,Người khác\n"
        f"{TODAY - timedelta(days=1)},Lê Thị Mai,,,Thạch Hà,complaint,Đất đai,Lần hai\n"
        f"{TODAY - timedelta(days=1)},Dang Van Duc,{DUC_ID},thôn 8,,complaint,Đất đai,Lần hai\n",
        encoding="utf-8",
    )
    summary = CaseImporter(db.uow, clock=fixed_clock()).run(file)
    # by the ID number alone: the namesakes are new citizens, the register's are untouched;
    # the same name in the same commune, and the same ID number, still link the repeats: to
    # the register's cases, and the second petition from Thạch Hà to the first, in the file
    assert summary.cases == 4 and summary.new_citizens == 3 and summary.repeats_linked == 3
    assert citizens_in(db) == [
        ("Lê Thị Mai", None, places.commune_id),
        ("Đặng Văn Đức", DUC_ID, places.commune_id),
        ("Le Thi Mai", None, places.commune_id),
        ("Lê Thị Mai", None, places.other_commune_id),
        ("Lê Thị Mai", None, places.other_commune_id),
    ]
    with db.uow.read() as session:
        addresses = list(session.scalars(select(Citizen.address).order_by(Citizen.id)))
    assert addresses[:3] == ["xóm Đông", "thôn 3", "xóm Tây"]


# --- search for the picker -------------------------------------------------------------------


def test_search_by_name_ignoring_diacritics_and_by_id_number(
    db: DatabaseHandle, places: Places
) -> None:
    register(db, places, CitizenInput("Đặng Văn Đức", DUC_ID, "thôn 3"))
    register(db, places, CitizenInput("Đặng Thị Hoa"), commune_id=places.other_commune_id)
    search = CitizenService(db.uow, "chuyenvien").search
    assert [c.full_name for c in search("dang van duc")] == ["Đặng Văn Đức"]
    assert [c.full_name for c in search("ĐỨC")] == ["Đặng Văn Đức"]
    assert [c.full_name for c in search("dang")] == ["Đặng Thị Hoa", "Đặng Văn Đức"]
    found = search("040123")
    assert [c.full_name for c in found] == ["Đặng Văn Đức"]
    assert found[0].national_id == "040••••••789" and found[0].commune == "Cẩm Lộc"
    assert found[0].address == "thôn 3"
    assert search("hoa")[0].commune == "Thạch Hà"
    assert search("  ") == () and search("khong co ai") == ()


def test_a_citizen_known_only_as_a_denunciator_is_found_only_with_the_permission(
    db: DatabaseHandle, places: Places
) -> None:
    add_user(db, "truongphong", can_view=True)
    add_user(db, "chuyenvien", can_view=False)
    register(db, places, CitizenInput("Phan Văn Tố", "040999888777"),
             case_type=CaseType.DENUNCIATION)  # fmt: skip
    tu = CitizenInput("Phan Văn Tú", "042777666555")
    register(db, places, tu, case_type=CaseType.DENUNCIATION)
    register(db, places, tu)  # also a complainant: not revealing
    assert [c.full_name for c in CitizenService(db.uow, "chuyenvien").search("phan van")] == [
        "Phan Văn Tú"
    ]
    assert CitizenService(db.uow, "chuyenvien").search("040999") == ()
    assert [c.full_name for c in CitizenService(db.uow, "truongphong").search("phan")] == [
        "Phan Văn Tố",
        "Phan Văn Tú",
    ]
    assert [c.full_name for c in CitizenService(db.uow).search("phan")] == ["Phan Văn Tú"]


def test_get_returns_choices_in_the_order_asked(db: DatabaseHandle, places: Places) -> None:
    register(db, places, CitizenInput("Lê Thị Mai"))
    register(db, places, CitizenInput("Đặng Văn Đức", DUC_ID))
    with db.uow.read() as session:
        ids = list(session.scalars(select(Citizen.id).order_by(Citizen.id.desc())))
        assert session.scalar(select(func.count()).select_from(Citizen)) == 2
    chosen = CitizenService(db.uow).get([*ids, 99999])
    assert [c.full_name for c in chosen] == ["Đặng Văn Đức", "Lê Thị Mai"]


def test_masked_national_id() -> None:
    assert masked_national_id("040123456789") == "040••••••789"
    assert masked_national_id(None) is None and masked_national_id("123") == "•••"


GIVEN = "An Bình Cường Dũng Đức Giang Hà Hải Hạnh Hiền Hoa Hùng Hương Khánh Lan Linh".split()  # noqa: SIM905


def test_both_search_plans_find_the_same_page_past_hidden_denunciators(
    db: DatabaseHandle, places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rarest word's entries (selective) and the walk of the register in name order give
    the same first page, also when more citizens known only as denunciators come first in
    name order than one batch of candidates holds."""
    add_user(db, "chuyenvien", can_view=False)
    hidden = [CitizenInput(f"Phan An {g}", is_representative=i == 0) for i, g in enumerate(GIVEN)]
    hidden += [CitizenInput(f"Phan Bá {g}") for g in GIVEN[:14]]
    hidden += [CitizenInput(f"Phan Ca {g}") for g in GIVEN[:12]]
    # 42 in all, first in name order: more than one batch of candidates (40)
    register(db, places, *hidden, case_type=CaseType.DENUNCIATION)
    shown = [CitizenInput(f"Phan Văn {g}", is_representative=i == 0) for i, g in enumerate(GIVEN)]
    shown.append(CitizenInput("Trần Văn Phan", "042188000111"))
    register(db, places, *shown)
    expected = sorted(["Phan Văn " + g for g in GIVEN] + ["Trần Văn Phan"], key=fold_name)
    search = CitizenService(db.uow, "chuyenvien").search
    selective = {text: [c.full_name for c in search(text)] for text in SEARCHES}
    assert selective["phan"] == expected[:20]
    assert selective["tran phan"] == ["Trần Văn Phan"]
    assert selective["042188 van"] == ["Trần Văn Phan"]
    assert selective["h phan van"] == [n for n in expected if " H" in n or n.startswith("H")][:20]
    assert selective["an phan"] == ["Phan Văn An"]  # "Phan An …" are denunciators only
    monkeypatch.setattr("dialogue_app.services.cases.citizens.SELECTIVE", 1)  # always walk
    assert {text: [c.full_name for c in search(text)] for text in SEARCHES} == selective


SEARCHES = ("phan", "tran phan", "042188 van", "h phan van", "an phan")


def fold_name(name: str) -> str:
    from dialogue_app.domain.text import fold

    return fold(name)


def test_every_writer_of_citizens_indexes_them_for_the_pickers(
    db: DatabaseHandle, places: Places, tmp_path
) -> None:
    register(db, places, CitizenInput("Đặng Văn Đức", DUC_ID))
    file = tmp_path / "cases.csv"
    file.write_text(
        "received_on,citizen_name,national_id,commune,type,field,summary\n"
        f"{TODAY - timedelta(days=1)},Hồ Thị Nhập,042111222333,Cẩm Lộc,complaint,Đất đai,Một\n",
        encoding="utf-8",
    )
    assert CaseImporter(db.uow, clock=fixed_clock()).run(file).new_citizens == 1
    search = CitizenService(db.uow).search
    assert [c.full_name for c in search("nhap")] == ["Hồ Thị Nhập"]
    assert [c.full_name for c in search("042111")] == ["Hồ Thị Nhập"]
    assert [c.full_name for c in search("duc 0401")] == ["Đặng Văn Đức"]

"""The case register: registering, workflow, follow-ups, deadlines, search, repeats, secrecy."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome
from dialogue_app.services.cases import (
    AttachmentInput,
    CaseDraft,
    CaseFilter,
    CaseService,
    CaseSort,
    CitizenInput,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ConcurrentEdit, ServiceError, ValidationError
from dialogue_app.store.models import AuditEntry, Case, CaseEvent, Citizen
from dialogue_app.store.security import CHANGE_ACTIONS
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, add_user, ensure_rules, make_places

DUC = CitizenInput("Đặng Văn Đức", "040123456789", "thôn 3")


@pytest.fixture(autouse=True)
def _rules(db: DatabaseHandle) -> None:
    ensure_rules(db)


@pytest.fixture
def places(db: DatabaseHandle) -> Places:
    return make_places(db)


@pytest.fixture
def service(db: DatabaseHandle) -> CaseService:
    return CaseService(db.uow, "chuyenvien", clock=fixed_clock())


def draft(places: Places, **changes: object) -> CaseDraft:
    base = CaseDraft(
        received_on=TODAY - timedelta(days=40),
        case_type=CaseType.COMPLAINT,
        citizens=(DUC,),
        summary="Tranh chấp ranh giới thửa đất",
        channel=Channel.RECEPTION,
        field_id=places.land_id,
        commune_id=places.commune_id,
        agency_id=places.agency_id,
        number="KN-2026/015",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_register_sets_the_accept_deadline_and_the_timeline(
    service: CaseService, places: Places
) -> None:
    result = service.register(draft(places))
    case = result.case
    assert case.status == CaseStatus.RECEIVED
    assert case.deadline is not None and "Điều 27" in (case.deadline_explanation or "")
    assert case.timeline[0].to_status == CaseStatus.RECEIVED
    assert case.timeline[0].note == "Registered"  # in English here; the window translates it
    assert case.timeline[0].note_parts == (("Registered", ()),)
    assert case.timeline[0].user_name == "chuyenvien"
    assert case.citizens[0].full_name == "Đặng Văn Đức"
    assert result.repeat_of is None


def test_full_workflow_with_follow_ups_and_attachment(
    db: DatabaseHandle, service: CaseService, places: Places
) -> None:
    case = service.register(draft(places)).case
    accepted_on = TODAY - timedelta(days=35)
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=accepted_on, note="thụ lý")
    assert case.accepted_on == accepted_on
    assert "Điều 28" in (case.deadline_explanation or "")
    case = service.change_status(case.id, CaseStatus.IN_PROGRESS)
    case = service.add_follow_up(
        case.id,
        FollowUpKind.URGED,
        note="Công văn đôn đốc",
        attachments=[AttachmentInput("don-doc.pdf", b"%PDF-1.4 test", "application/pdf")],
    )
    case = service.add_follow_up(case.id, FollowUpKind.AGENCY_REPORTED, note="Báo cáo")
    case = service.change_status(
        case.id, CaseStatus.RESOLVED, on=TODAY, outcome=Outcome.PARTLY_UPHELD
    )
    case = service.add_follow_up(case.id, FollowUpKind.REPLY_SENT, note="Đã trả lời công dân")
    assert case.status == CaseStatus.RESOLVED and case.resolved_on == TODAY
    assert case.outcome == Outcome.PARTLY_UPHELD
    kinds = [entry.kind for entry in case.timeline]
    assert kinds.count(FollowUpKind.STATUS_CHANGE) == 4
    assert FollowUpKind.URGED in kinds and FollowUpKind.REPLY_SENT in kinds
    attachment = next(e for e in case.timeline if e.attachments).attachments[0]
    name, media, content = service.attachment_content(attachment.id)
    assert (name, media, content) == ("don-doc.pdf", "application/pdf", b"%PDF-1.4 test")
    assert case.allowed_next == ()


def test_refused_moves_are_explained_and_nothing_changes(
    db: DatabaseHandle, service: CaseService, places: Places
) -> None:
    case = service.register(draft(places)).case
    with pytest.raises(ValidationError, match="received case can only become accepted"):
        service.change_status(case.id, CaseStatus.RESOLVED, on=TODAY, outcome=Outcome.UPHELD)
    with pytest.raises(ValidationError, match="date the case was resolved"):
        service.change_status(case.id, CaseStatus.RESOLVED, outcome=Outcome.UPHELD)
    with pytest.raises(ValidationError, match="legal ground"):
        service.change_status(case.id, CaseStatus.REFUSED)
    with pytest.raises(ValidationError, match="future"):
        service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY + timedelta(days=1))
    service.change_status(case.id, CaseStatus.REFUSED, refusal_ground="Điều 11 Luật Khiếu nại")
    with pytest.raises(ValidationError, match="closed"):
        service.change_status(case.id, CaseStatus.ACCEPTED)
    with db.uow.read() as session:
        events = session.scalar(select(func.count()).select_from(CaseEvent))
    assert events == 2  # registered, refused


def test_denunciation_extensions_once_then_refused(service: CaseService, places: Places) -> None:
    case = service.register(
        draft(places, case_type=CaseType.DENUNCIATION, complexity=1, number=None)
    ).case
    with pytest.raises(ValidationError, match="nothing to extend"):
        service.add_follow_up(
            case.id, FollowUpKind.EXTENSION, decision_number="1/QĐ", extension_days=30
        )
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=20))
    before = case.deadline
    assert before is not None
    with pytest.raises(ValidationError, match="decision"):
        service.add_follow_up(case.id, FollowUpKind.EXTENSION, extension_days=30)
    case = service.add_follow_up(
        case.id, FollowUpKind.EXTENSION, decision_number="12/QĐ-UBND", extension_days=30
    )
    # later, though not always by the full 30 days (see the next test)
    assert case.deadline is not None and case.deadline > before
    assert "12/QĐ-UBND" in (case.deadline_explanation or "")
    assert case.extensions_used == 1 and case.extensions_allowed == 1
    with pytest.raises(ValidationError, match="at most once"):
        service.add_follow_up(
            case.id, FollowUpKind.EXTENSION, decision_number="13/QĐ", extension_days=10
        )


def test_an_extension_counts_from_the_last_day_before_it_was_rolled_forward(
    db: DatabaseHandle, places: Places
) -> None:
    """DESIGN §3 (Civil Code Art. 148): accepted on Friday 13/11/2026, 30 days end on Sunday
    13/12/2026, shown as Monday 14/12. A 30-day extension lengthens the period, so it counts
    from Sunday 13/12: 12/01/2027 (a Tuesday), which is 29 days after the deadline shown."""
    service = CaseService(db.uow, "chuyenvien", clock=fixed_clock(date(2026, 12, 3)))
    case = service.register(
        draft(
            places,
            case_type=CaseType.DENUNCIATION,
            complexity=1,
            number=None,
            received_on=date(2026, 11, 10),
        )
    ).case
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=date(2026, 11, 13))
    assert case.deadline == date(2026, 12, 14)
    case = service.add_follow_up(
        case.id, FollowUpKind.EXTENSION, decision_number="12/QĐ-UBND", extension_days=30
    )
    assert case.deadline == date(2027, 1, 12)
    assert (case.deadline - date(2026, 12, 14)).days == 29


def test_second_round_remote_complaint_deadline(service: CaseService, places: Places) -> None:
    case = service.register(draft(places, round=2, remote_area=True, number=None)).case
    accepted = TODAY - timedelta(days=10)
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=accepted)
    assert case.deadline is not None and (case.deadline - accepted).days >= 60
    assert "Điều 37" in (case.deadline_explanation or "")


@pytest.mark.parametrize(
    "typed",
    [
        "dang van duc",
        "ĐẶNG VĂN ĐỨC",
        unicodedata.normalize("NFD", "đặng văn đức"),
        unicodedata.normalize("NFD", "ĐẶNG"),
        "0401234",
        "kn-2026/015",
        "KN 2026",
        "ranh gioi",
        "tranh chap dat",
    ],
)
def test_search_ignores_case_and_diacritics(
    service: CaseService, places: Places, typed: str
) -> None:
    case = service.register(draft(places)).case
    service.register(
        draft(places, citizens=(CitizenInput("Lê Thị Mai"),), summary="Đường giao thông",
              number="KN-9", field_id=places.resettlement_id)
    )  # fmt: skip
    page = service.list_page(CaseFilter(search=typed))
    assert [row.id for row in page.rows] == [case.id]


def test_search_nothing_and_everything(service: CaseService, places: Places) -> None:
    service.register(draft(places))
    assert service.list_page(CaseFilter(search="khong co gi")).rows == ()
    assert len(service.list_page(CaseFilter(search="  ,; ")).rows) == 1


def test_search_key_is_kept_up_to_date(
    db: DatabaseHandle, service: CaseService, places: Places
) -> None:
    case = service.register(draft(places)).case
    edited = replace(case.to_draft(), summary="Bồi thường giải phóng mặt bằng")
    service.update(case.id, edited, case.version)
    assert service.list_page(CaseFilter(search="giai phong")).rows
    assert not service.list_page(CaseFilter(search="ranh gioi")).rows
    with db.uow.read() as session:
        key = session.scalar(select(Case.search_key).where(Case.id == case.id))
    assert key is not None and "dang van duc" in key and "giai phong mat bang" in key


def test_concurrent_edit_is_refused(service: CaseService, places: Places) -> None:
    case = service.register(draft(places)).case
    service.update(case.id, replace(case.to_draft(), summary="một"), case.version)
    with pytest.raises(ConcurrentEdit):
        service.update(case.id, replace(case.to_draft(), summary="hai"), case.version)


def test_repeat_petition_by_national_id_and_by_name_and_commune(
    service: CaseService, places: Places
) -> None:
    first = service.register(draft(places)).case
    again = service.register(
        draft(places, number=None, citizens=(CitizenInput("Dang Van Duc", "040123456789"),))
    )
    assert again.repeat_of is not None and again.repeat_of.id == first.id
    assert again.case.repeat_of is not None
    assert again.case.timeline[0].note == "Registered; repeat of case KN-2026/015"
    other_field = service.register(draft(places, number=None, field_id=places.resettlement_id))
    assert other_field.repeat_of is None
    anon = service.register(draft(places, number="A1", citizens=(CitizenInput("Lê Thị Mai"),)))
    by_name = service.register(draft(places, number="A2", citizens=(CitizenInput("LE THI MAI"),)))
    assert by_name.repeat_of is not None and by_name.repeat_of.id == anon.case.id
    elsewhere = service.register(
        draft(places, number="A3", citizens=(CitizenInput("Lê Thị Mai"),),
              commune_id=places.other_commune_id)
    )  # fmt: skip
    assert elsewhere.repeat_of is None


def test_a_namesakes_complaint_is_not_linked_to_a_denunciation_nor_shows_the_denunciator(
    db: DatabaseHandle, places: Places
) -> None:
    """A complaint by the denunciator's namesake (no ID number, same commune, same field) is
    neither the same citizen nor a "repeat of" the denunciation: its detail shows a user
    without the permission nothing of the denunciator."""
    add_user(db, "clerk", can_view=False)
    clerk = CaseService(db.uow, "clerk", clock=fixed_clock())
    hung = CitizenInput("Nguyễn Văn Hùng", "042190123456", "thôn 1", "0912000001")
    denunciation = clerk.register(
        draft(places, number="TC-2026/001", case_type=CaseType.DENUNCIATION, citizens=(hung,),
              summary="Tố cáo cán bộ địa chính")
    ).case  # fmt: skip
    typed = clerk.register(
        draft(places, number="TC-2026/002", case_type=CaseType.DENUNCIATION,
              citizens=(CitizenInput("Nguyễn Văn Hùng"),), summary="Tố cáo lần nữa")
    ).case  # fmt: skip
    assert typed.repeat_of is not None and typed.repeat_of.id == denunciation.id  # name+commune
    complaint = clerk.register(
        draft(places, number="KN-2026/003", citizens=(CitizenInput("NGUYEN VAN HUNG"),))
    )
    assert complaint.repeat_of is None and complaint.case.repeat_of is None
    shown = clerk.get(complaint.case.id)
    assert shown.repeat_of is None and shown.timeline[0].note == "Registered"
    assert [(c.full_name, c.national_id, c.address, c.phone) for c in shown.citizens] == [
        ("NGUYEN VAN HUNG", None, None, None)
    ]
    assert "TC-2026" not in repr(shown) and "042190123456" not in repr(shown)
    assert clerk.get(denunciation.id).citizens == ()
    with db.uow.read() as session:  # three people: none merged, none overwritten
        assert session.scalar(select(func.count()).select_from(Citizen)) == 3
    add_user(db, "head", can_view=True)
    (revealed,) = CaseService(db.uow, "head", clock=fixed_clock()).reveal_citizens(denunciation.id)
    assert (revealed.national_id, revealed.address, revealed.phone) == (
        "042190123456",
        "thôn 1",
        "0912000001",
    )


def test_repeats_by_id_number_link_only_cases_of_the_same_confidentiality(
    service: CaseService, places: Places
) -> None:
    complaint = service.register(draft(places, number="KN-1")).case
    denounce = CaseType.DENUNCIATION
    first = service.register(draft(places, number="TC-1", case_type=denounce))
    assert first.repeat_of is None  # not "repeat of KN-1": that would name the denunciator
    second = service.register(draft(places, number="TC-2", case_type=denounce))
    assert second.repeat_of is not None and second.repeat_of.id == first.case.id
    again = service.register(
        draft(places, number="KN-2", case_type=CaseType.RECOMMENDATION,
              citizens=(CitizenInput("Dang Van Duc", "040123456789"),))
    )  # fmt: skip
    assert again.repeat_of is not None and again.repeat_of.id == complaint.id
    people = (CitizenInput("Đặng Văn Đức", "040123456789"),)
    find = service.find_repeats
    assert [r.number for r in find(people, places.commune_id, places.land_id, denounce)] == [
        "TC-2",
        "TC-1",
    ]
    assert [
        r.number for r in find(people, places.commune_id, places.land_id, CaseType.FEEDBACK)
    ] == ["KN-2", "KN-1"]


def test_group_petition_representatives(service: CaseService, places: Places) -> None:
    people = tuple(CitizenInput(f"Công dân {i}") for i in range(6))
    with pytest.raises(ValidationError, match="1 to 2 representatives"):
        service.register(draft(places, citizens=people, number=None))
    people = (replace(people[0], is_representative=True), *people[1:])
    case = service.register(draft(places, citizens=people, number=None)).case
    assert case.group_size == 6 and sum(c.is_representative for c in case.citizens) == 1
    big = tuple(CitizenInput(f"Người {i}", is_representative=i < 5) for i in range(12))
    assert service.register(draft(places, citizens=big, number=None)).case.group_size == 12


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"citizens": ()}, "at least one citizen"),
        ({"citizens": (CitizenInput("A", "04012345678A"),)}, "12 digits"),
        ({"citizens": (CitizenInput(" "),)}, "full name"),
        ({"received_on": TODAY + timedelta(days=2)}, "future"),
        ({"round": 3}, "round"),
        ({"group_size": 0, "citizens": (DUC, CitizenInput("B"))}, None),
    ],
)
def test_bad_input_saves_nothing(
    db: DatabaseHandle, service: CaseService, places: Places, changes: dict, message: str | None
) -> None:
    if message is None:  # group_size 0 = default: accepted
        service.register(draft(places, **changes))
        return
    with pytest.raises(ValidationError, match=message):
        service.register(draft(places, **changes))
    with db.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_duplicate_case_number_is_refused(service: CaseService, places: Places) -> None:
    service.register(draft(places))
    with pytest.raises(ValidationError, match="already used"):
        service.register(draft(places))


def test_denunciator_hidden_in_lists_and_search_unless_permitted(
    db: DatabaseHandle, places: Places
) -> None:
    clerk = CaseService(db.uow, "clerk", clock=fixed_clock())
    case = clerk.register(
        draft(places, case_type=CaseType.DENUNCIATION, summary="Cán bộ nhận tiền")
    ).case
    assert case.identity_hidden and case.citizens == ()
    row = clerk.list_page().rows[0]
    assert row.identity_hidden and row.citizens is None
    assert row.as_json()["citizens"] == "[confidential]"
    assert clerk.list_page(CaseFilter(search="dang van duc")).rows == ()
    assert clerk.list_page(CaseFilter(search="nhan tien")).rows  # the matter itself is not secret
    with pytest.raises(ServiceError, match="not allowed"):
        clerk.reveal_citizens(case.id)
    add_user(db, "head", can_view=True)
    head = CaseService(db.uow, "head", clock=fixed_clock())
    assert head.list_page(CaseFilter(search="dang van duc")).rows
    revealed = head.reveal_citizens(case.id)
    assert revealed[0].full_name == "Đặng Văn Đức"
    with db.uow.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.user_name, AuditEntry.entity_id).where(
                AuditEntry.action.not_in(CHANGE_ACTIONS)  # PostgreSQL's own rows of changes
            )
        ).all()
    assert [tuple(e) for e in entries] == [("reveal_denunciator", "head", case.id)]


def test_filters_overdue_due_soon_and_late_agencies(service: CaseService, places: Places) -> None:
    old = service.register(draft(places, number="OLD")).case  # accept deadline 30 days ago
    fresh = service.register(
        draft(places, number="NEW", received_on=TODAY - timedelta(days=5),
              agency_id=places.other_agency_id, citizens=(CitizenInput("Lê Văn B"),))
    ).case  # fmt: skip
    overdue = service.list_page(CaseFilter(overdue=True)).rows
    assert [r.id for r in overdue] == [old.id] and overdue[0].overdue
    assert overdue[0].days_left is not None and overdue[0].days_left < 0
    # due soon: deadlines from today to today + N days (N reaching the fresh case's deadline,
    # which a holiday such as Tết can push past a week)
    assert fresh.deadline is not None
    days = (fresh.deadline - TODAY).days
    soon = service.list_page(CaseFilter(due_within_days=days)).rows
    assert [r.id for r in soon] == [fresh.id]
    assert not service.list_page(CaseFilter(due_within_days=days - 1)).rows
    late = service.late_agencies()
    assert len(late) == 1 and late[0].agency == "UBND xã Cẩm Lộc" and late[0].overdue == 1
    assert late[0].days_late_max == (TODAY - (old.deadline or TODAY)).days
    assert service.count(CaseFilter(statuses=frozenset({CaseStatus.RECEIVED}))) == 2
    assert service.count(CaseFilter(agency_ids=frozenset({places.other_agency_id}))) == 1
    assert service.count(CaseFilter(case_types=frozenset({CaseType.DENUNCIATION}))) == 0


@pytest.mark.parametrize("key", ["received_on", "number", "deadline", "status", "type", "id"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_cover_every_row_once_in_order(
    service: CaseService, places: Places, key: str, descending: bool
) -> None:
    for i in range(23):
        service.register(
            draft(places, number=None if i % 4 == 0 else f"N{i:02d}",
                  received_on=TODAY - timedelta(days=i % 5),
                  citizens=(CitizenInput(f"Người {i}"),))
        )  # fmt: skip
    sort = CaseSort(key, descending)
    seen, cursor = [], None
    while True:
        page = service.list_page(CaseFilter(), sort, cursor, limit=4)
        seen += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    everything = service.list_page(CaseFilter(), sort, limit=1000).rows
    assert seen == [r.id for r in everything]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 23
    # the ids alone, page by page, in the same order; their rows in the order asked
    ids: list[int] = []
    id_cursor = None
    while True:
        page_ids, id_cursor = service.list_ids_page(CaseFilter(), sort, id_cursor, limit=4)
        ids += page_ids
        if id_cursor is None:
            break
    assert ids == seen
    backwards = ids[::-1][:7]
    assert [r.id for r in service.rows_by_ids(backwards)] == backwards
    assert service.rows_by_ids(backwards[:2])[0] == next(r for r in everything if r.id == ids[-1])


def test_deadline_rules_are_editable_and_recompute_open_cases(
    service: CaseService, places: Places
) -> None:
    case = service.register(draft(places)).case
    rules = {r.code: r for r in service.deadline_rules()}
    assert len(rules) == 14 and rules["complaint-accept"].days == 10
    service.save_deadline_rule(replace(rules["complaint-accept"], days=15))
    updated = service.get(case.id)
    assert updated.deadline == case.received_on + timedelta(days=15) or (
        updated.deadline is not None and updated.deadline > case.deadline  # moved off a day off
    )
    with pytest.raises(ValidationError):
        service.save_deadline_rule(replace(rules["complaint-accept"], days=0))


def test_database_rules_match_the_domain_defaults(service: CaseService) -> None:
    from dialogue_app.domain.deadlines import DEFAULT_RULES

    stored = {r.code: r for r in service.deadline_rules()}
    for rule in DEFAULT_RULES:
        row = stored[rule.code]
        assert (row.stage, row.case_type, row.round, row.remote_area, row.complexity) == (
            rule.stage, rule.case_type, rule.round, rule.remote_area, rule.complexity,
        )  # fmt: skip
        assert (row.days, row.day_basis, row.starts_from, row.max_extensions) == (
            rule.days, rule.day_basis, rule.starts_from, rule.max_extensions,
        )  # fmt: skip
        assert row.legal_source == rule.legal_source


# --- the denunciation's second deadline: notify the denunciator (Law on Denunciations, Art. 29)


def test_accepting_a_denunciation_starts_the_notify_deadline(
    service: CaseService, places: Places
) -> None:
    case = service.register(draft(places, case_type=CaseType.DENUNCIATION, number="TC-1")).case
    assert case.notify_deadline is None and not case.notify_pending  # not accepted yet
    accepted = TODAY - timedelta(days=2)
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=accepted)
    # both deadlines run at once, each with its own legal basis
    assert case.deadline is not None and "Điều 30" in (case.deadline_explanation or "")
    assert case.notify_deadline is not None and case.notify_pending
    assert accepted + timedelta(days=5) <= case.notify_deadline <= accepted + timedelta(days=14)
    notify_text = "".join(t for t, _ in case.notify_parts)
    assert "working days from acceptance" in notify_text
    assert any("Luật Tố cáo 25/2018/QH14, Điều 29" in v for _, vs in case.notify_parts for v in vs)
    row = service.list_page(CaseFilter(search="TC-1")).rows[0]
    assert row.notify_deadline == case.notify_deadline and row.notify_pending
    assert row.as_json()["notify_deadline"] == case.notify_deadline.isoformat()
    # a complaint accepted the same way has no such duty
    other = service.register(draft(places, number="KN-2")).case
    other = service.change_status(other.id, CaseStatus.ACCEPTED, on=accepted)
    assert other.notify_deadline is None


def test_a_late_notification_is_in_the_list_to_notify_until_it_is_recorded(
    db: DatabaseHandle, service: CaseService, places: Places
) -> None:
    case = service.register(
        draft(places, case_type=CaseType.DENUNCIATION, number="TC-2",
              received_on=TODAY - timedelta(days=30))
    ).case  # fmt: skip
    accepted = TODAY - timedelta(days=20)
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=accepted)
    # the settlement deadline (30 days) is ahead; notifying (5 working days) is late
    assert case.deadline is not None and case.deadline >= TODAY
    assert case.notify_deadline is not None and case.notify_deadline < TODAY
    assert case.notify_overdue and not case.overdue
    to_notify = service.list_page(CaseFilter(notify_pending=True)).rows
    assert [r.id for r in to_notify] == [case.id] and to_notify[0].notify_overdue
    # "overdue" is the settlement deadline, as the reports count it
    assert service.count(CaseFilter(overdue=True)) == 0
    assert service.late_agencies() == []

    notified = accepted + timedelta(days=3)
    case = service.add_follow_up(
        case.id, FollowUpKind.NOTIFIED, on=notified, note="Thông báo số 5/TB-TTr"
    )
    assert case.notified_on == notified and not case.notify_pending and not case.notify_overdue
    assert case.timeline[-1].kind == FollowUpKind.NOTIFIED
    assert service.count(CaseFilter(notify_pending=True)) == 0
    row = service.rows_by_ids([case.id])[0]
    assert row.notified_on == notified and not row.notify_overdue


def test_only_open_accepted_denunciations_are_to_notify(
    service: CaseService, places: Places
) -> None:
    case = service.register(draft(places, case_type=CaseType.DENUNCIATION, number="TC-3")).case
    assert service.count(CaseFilter(notify_pending=True)) == 0  # not accepted yet
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY)
    complaint = service.register(draft(places, number="KN-30")).case
    service.change_status(complaint.id, CaseStatus.ACCEPTED, on=TODAY)
    assert [r.id for r in service.list_page(CaseFilter(notify_pending=True)).rows] == [case.id]
    service.change_status(case.id, CaseStatus.WITHDRAWN)
    assert service.count(CaseFilter(notify_pending=True)) == 0  # closed: nothing more to do


def test_wrong_notifications_are_refused_and_nothing_is_saved(
    db: DatabaseHandle, service: CaseService, places: Places
) -> None:
    complaint = service.register(draft(places, number="KN-3")).case
    complaint = service.change_status(complaint.id, CaseStatus.ACCEPTED, on=TODAY)
    with pytest.raises(ValidationError, match="Only an accepted denunciation"):
        service.add_follow_up(complaint.id, FollowUpKind.NOTIFIED)
    case = service.register(draft(places, case_type=CaseType.DENUNCIATION, number="TC-4")).case
    with pytest.raises(ValidationError, match="Accept the denunciation first"):
        service.add_follow_up(case.id, FollowUpKind.NOTIFIED)
    accepted = TODAY - timedelta(days=3)
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=accepted)
    with pytest.raises(ValidationError, match="future"):
        service.add_follow_up(case.id, FollowUpKind.NOTIFIED, on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="before the denunciation was accepted"):
        service.add_follow_up(case.id, FollowUpKind.NOTIFIED, on=accepted - timedelta(days=1))
    service.add_follow_up(case.id, FollowUpKind.NOTIFIED, on=accepted)
    with pytest.raises(ValidationError, match="already notified"):
        service.add_follow_up(case.id, FollowUpKind.NOTIFIED)
    with db.uow.read() as session:
        kinds = list(session.scalars(select(CaseEvent.kind).where(CaseEvent.case_id == case.id)))
        notified_on = session.scalar(select(Case.notified_on).where(Case.id == case.id))
    assert kinds.count(FollowUpKind.NOTIFIED) == 1 and notified_on == accepted


def test_a_denunciation_is_not_resolved_as_answered(service: CaseService, places: Places) -> None:
    case = service.register(draft(places, case_type=CaseType.DENUNCIATION, number="TC-9")).case
    case = service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="not “answered”"):
        service.change_status(case.id, CaseStatus.RESOLVED, on=TODAY, outcome=Outcome.ANSWERED)
    assert service.get(case.id).status == CaseStatus.ACCEPTED
    case = service.change_status(case.id, CaseStatus.RESOLVED, on=TODAY, outcome=Outcome.REJECTED)
    assert case.outcome == Outcome.REJECTED


def test_the_timeline_is_in_the_order_things_happened_and_says_what_an_edit_changed(
    service: CaseService, places: Places
) -> None:
    received = TODAY - timedelta(days=40)
    case = service.register(draft(places, received_on=received)).case
    accepted = TODAY - timedelta(days=30)
    service.change_status(case.id, CaseStatus.ACCEPTED, on=accepted)
    # recorded today, happened ten days ago: it goes between acceptance and today
    service.add_follow_up(case.id, FollowUpKind.URGED, on=TODAY - timedelta(days=10))
    case = service.get(case.id)
    edited = replace(case.to_draft(), complexity=1, summary="Tranh chấp ranh giới, lối đi chung")
    case = service.update(case.id, edited, case.version)
    days = [entry.happened_on for entry in case.timeline]
    assert days == [received, accepted, TODAY - timedelta(days=10), TODAY]
    assert [entry.kind for entry in case.timeline][2] == FollowUpKind.URGED
    assert case.timeline[-1].note == "Edited: summary, complexity"
    with pytest.raises(ValidationError, match="before the case was received"):
        service.add_follow_up(case.id, FollowUpKind.REPLY_SENT, on=received - timedelta(days=1))
    with pytest.raises(ValidationError, match="future"):
        service.add_follow_up(case.id, FollowUpKind.REPLY_SENT, on=TODAY + timedelta(days=1))
    unchanged = service.update(case.id, case.to_draft(), case.version)
    assert unchanged.timeline[-1].note == "Edited"


def test_a_repeat_link_never_crosses_a_denunciators_secrecy(
    service: CaseService, places: Places
) -> None:
    denunciation = service.register(
        draft(places, case_type=CaseType.DENUNCIATION, number="TC-40")
    ).case
    with pytest.raises(ValidationError, match="reveal who made the denunciation"):
        service.register(draft(places, number="KN-40", repeat_of_id=denunciation.id))
    complaint = service.register(draft(places, number="KN-41", citizens=(DUC,))).case
    earlier = service.register(draft(places, number="KN-42", repeat_of_id=complaint.id)).case
    assert earlier.repeat_of is not None and earlier.repeat_of.id == complaint.id
    # the complaint turns out to be a denunciation: its link to a complaint goes
    edited = replace(earlier.to_draft(), case_type=CaseType.DENUNCIATION, repeat_of_id=None)
    after = service.update(earlier.id, edited, earlier.version)
    assert after.repeat_of is None

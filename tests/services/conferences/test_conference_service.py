"""Planning conferences: conflicts, overrides, sequence, locking, postponing, holding, closing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dialogue_app.domain.calendar_days import DayException
from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.scheduling import ConflictKind
from dialogue_app.services.conferences import (
    AgendaItemData,
    ConferenceService,
    ConflictsNeedReason,
    HoldingRecord,
    IssueRaised,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ConcurrentEdit, EditConflict, ValidationError
from dialogue_app.services.working_days import WorkingDayService
from dialogue_app.store.models import BusyBlock, Case, Conference, ConflictOverride, Official
from tests.clock import fixed_clock
from tests.services.scheduling_fixtures import EARLY, add_official, add_venue, at, draft


@pytest.fixture
def service(db: DatabaseHandle) -> ConferenceService:
    return ConferenceService(db.uow, user_name="chuyenvien", clock=fixed_clock(EARLY))


def kinds(warnings: list) -> list[ConflictKind]:  # type: ignore[type-arg]
    return [w.kind for w in warnings]


def test_leader_and_venue_booked_but_touching_is_fine(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    leader = add_official(db, "Nguyễn Văn An")
    hall = add_venue(db, "Hội trường UBND xã", capacity=100)
    service.create(draft(at(10, 8), at(10, 10), chairs=(leader,), venue_id=hall))
    touching = draft(at(10, 10), at(10, 11), chairs=(leader,), venue_id=hall)
    assert service.check(touching) == []
    overlapping = draft(at(10, 9, 59), at(10, 11), chairs=(leader,), venue_id=hall)
    assert kinds(service.check(overlapping)) == [
        ConflictKind.LEADER_BOOKED,
        ConflictKind.VENUE_BOOKED,
    ]


def test_cancelled_and_postponed_conferences_do_not_block(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    hall = add_venue(db, "Hội trường")
    first = service.create(draft(at(10, 8), at(10, 10), venue_id=hall))
    service.cancel(first.id, first.version, "Mưa bão")
    assert service.check(draft(at(10, 8), at(10, 10), venue_id=hall)) == []


def test_holiday_busy_time_and_small_venue_warn(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    leader = add_official(db, "Trần Thị Bình")
    room = add_venue(db, "Phòng tiếp dân", capacity=2)
    with db.uow.begin() as session:
        session.add(
            BusyBlock(
                official_id=leader,
                starts_at=at(17, 8, month=2),
                ends_at=at(17, 9, month=2),
                summary="Họp tỉnh",
            )
        )
    warnings = service.check(
        draft(
            at(17, 8, month=2),
            at(17, 10, month=2),
            chairs=(leader,),
            venue_id=room,
            guests=("A", "B"),
        )
    )
    assert sorted(kinds(warnings)) == sorted(
        [ConflictKind.LEADER_BUSY, ConflictKind.VENUE_TOO_SMALL, ConflictKind.NON_WORKING_DAY]
    )
    assert all(w.message for w in warnings)


def test_a_swapped_working_saturday_gives_no_day_warning(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    saturday = at(17, 8, month=10)
    assert kinds(service.check(draft(saturday, saturday + timedelta(hours=2)))) == [
        ConflictKind.NON_WORKING_DAY
    ]
    WorkingDayService(db.uow).add_exception(date(2026, 10, 17), DayException.WORKING_DAY)
    assert service.check(draft(saturday, saturday + timedelta(hours=2))) == []


def test_saving_over_a_warning_needs_and_records_a_reason(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    sunday = draft(at(15, 8), at(15, 10))
    with pytest.raises(ConflictsNeedReason) as raised:
        service.create(sunday)
    assert kinds(list(raised.value.warnings)) == [ConflictKind.NON_WORKING_DAY]
    with db.uow.read() as session:
        assert session.scalar(select(Conference.id)) is None  # nothing half-saved
    saved = service.create(sunday, override_reason="Theo chỉ đạo của Chủ tịch tỉnh")
    assert saved.overrides == ("Theo chỉ đạo của Chủ tịch tỉnh",)
    with db.uow.read() as session:
        override = session.scalars(select(ConflictOverride)).one()
        assert override.user_name == "chuyenvien" and "not a working day" in override.warnings


def test_bad_times_are_refused(db: DatabaseHandle, service: ConferenceService) -> None:
    with pytest.raises(ValidationError, match="ends before"):
        service.create(draft(at(10, 10), at(10, 9)))
    with pytest.raises(ValidationError, match="same time"):
        service.create(draft(at(10, 10), at(10, 10)))
    past = ConferenceService(db.uow, clock=fixed_clock(at(11, 8)))
    with pytest.raises(ValidationError, match="past"):
        past.create(draft(at(10, 8), at(10, 9)))
    with pytest.raises(ValidationError, match="title"):
        service.create(draft(at(10, 8), at(10, 9), title="  "))


def test_leader_or_venue_deleted_meanwhile(db: DatabaseHandle, service: ConferenceService) -> None:
    leader = add_official(db, "Lê Văn Cường")
    with db.uow.begin() as session:
        session.delete(session.get(Official, leader))
    with pytest.raises(ValidationError, match="removed"):
        service.create(draft(at(10, 8), at(10, 9), chairs=(leader,)))
    with pytest.raises(ValidationError, match="venue"):
        service.create(draft(at(10, 8), at(10, 9), venue_id=999))
    with db.uow.read() as session:
        assert session.scalar(select(Conference.id)) is None


def test_sequence_rises_on_time_place_and_status_only(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    hall = add_venue(db, "Hội trường")
    created = service.create(draft(at(10, 8), at(10, 10)))
    assert created.sequence == 0 and created.uid.startswith("conf-")
    renamed = service.update(created.id, created.version, draft(at(10, 8), at(10, 10), title="Mới"))
    assert renamed.sequence == 0 and renamed.draft.title == "Mới"
    moved = service.update(renamed.id, renamed.version, draft(at(10, 9), at(10, 11), title="Mới"))
    assert moved.sequence == 1
    placed = service.update(
        moved.id, moved.version, draft(at(10, 9), at(10, 11), title="Mới", venue_id=hall)
    )
    assert placed.sequence == 2
    postponed = service.postpone(placed.id, placed.version, "Lãnh đạo đi công tác")
    assert postponed.sequence == 3 and postponed.status is ConferenceStatus.POSTPONED
    assert postponed.uid == created.uid


def test_two_people_editing_the_same_conference(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    created = service.create(draft(at(10, 8), at(10, 10)))
    service.update(created.id, created.version, draft(at(10, 8), at(10, 10), title="Anh Một"))
    with pytest.raises(EditConflict, match="Somebody else") as refused:
        service.update(created.id, created.version, draft(at(10, 8), at(10, 10), title="Chị Hai"))
    assert refused.value.theirs.draft.title == "Anh Một"  # theirs, for the form to show
    assert refused.value.theirs.version != created.version
    with pytest.raises(ConcurrentEdit):
        service.cancel(created.id, created.version, "Trùng lịch")
    assert service.get(created.id).draft.title == "Anh Một"


def test_agenda_is_kept_and_overrun_reported(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    long_agenda = (AgendaItemData("Khai mạc", 30), AgendaItemData("Đối thoại", 120))
    value = draft(at(10, 8), at(10, 10))
    value = type(value)(**{**value.__dict__, "agenda": long_agenda})
    assert value.agenda_overrun_minutes == 30
    saved = service.create(value)
    assert [a.title for a in saved.draft.agenda] == ["Khai mạc", "Đối thoại"]


def test_postpone_to_a_new_time_and_cancel_need_reasons(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    created = service.create(draft(at(10, 8), at(10, 10)))
    with pytest.raises(ValidationError, match="why"):
        service.cancel(created.id, created.version, " ")
    moved = service.postpone(created.id, created.version, "Chờ báo cáo", at(12, 8), at(12, 10))
    assert moved.status is ConferenceStatus.SCHEDULED
    assert moved.draft.start == at(12, 8) and moved.status_reason == "Chờ báo cáo"
    cancelled = service.cancel(moved.id, moved.version, "Đã giải quyết xong")
    assert cancelled.status is ConferenceStatus.CANCELLED
    with pytest.raises(ValidationError):
        service.change_status(cancelled.id, cancelled.version, ConferenceStatus.SCHEDULED)


def test_holding_creates_cases_and_closing(db: DatabaseHandle) -> None:
    planner = ConferenceService(db.uow, clock=fixed_clock(EARLY))
    created = planner.create(draft(at(10, 8), at(10, 10)))
    too_early = ConferenceService(db.uow, clock=fixed_clock(at(9, 8)))
    record = HoldingRecord(
        attendee_count=120,
        organisations_present="Sở TN&MT; UBND xã",
        minutes_summary="Đối thoại về bồi thường",
        issues=(
            IssueRaised(CaseType.COMPLAINT, "Giá bồi thường đất thấp", ("Đặng Văn Đức",)),
            IssueRaised(CaseType.RECOMMENDATION, "Làm đường tái định cư"),
        ),
    )
    with pytest.raises(ValidationError, match="not started"):
        too_early.record_held(created.id, created.version, record)
    after = ConferenceService(db.uow, clock=fixed_clock(at(10, 11)))
    held = after.record_held(created.id, created.version, record)
    assert held.status is ConferenceStatus.HELD and held.attendee_count == 120
    assert [c.case_type for c in held.cases] == [CaseType.COMPLAINT, CaseType.RECOMMENDATION]
    with db.uow.read() as session:
        case = session.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None
        assert case.channel is Channel.CONFERENCE and case.status is CaseStatus.RECEIVED
        assert case.conference_id == created.id and case.received_on == date(2026, 3, 10)
        assert "dang van duc" in case.search_key
        assert [c.citizen.full_name for c in case.citizens] == ["Đặng Văn Đức"]
    closed = after.close(held.id, held.version)
    assert closed.status is ConferenceStatus.CLOSED and closed.sequence == held.sequence + 1


def test_find_slots_avoids_bookings(db: DatabaseHandle, service: ConferenceService) -> None:
    leader = add_official(db, "Phạm Văn Dũng")
    service.create(draft(at(16, 7, 30), at(16, 11, 30), chairs=(leader,)))
    slots = service.find_slots(
        [leader], None, timedelta(hours=2), date(2026, 3, 14), date(2026, 3, 20), limit=2
    )
    assert [s.start for s in slots] == [at(16, 13, 30), at(16, 15, 30)][:1] + [at(17, 7, 30)]

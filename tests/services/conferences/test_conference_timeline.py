"""A conference's timeline, undoing its last step, reopening by a head, and attendance
(issue 18), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.conferences import ConferenceStatus, ParticipantRole
from dialogue_app.services.conferences import (
    AgendaItemData,
    ConferenceService,
    HoldingRecord,
    IssueRaised,
    StepKind,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import ConferenceEvent
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import add_user
from tests.services.scheduling_fixtures import EARLY, add_official, add_venue, at, draft


@pytest.fixture
def service(db: DatabaseHandle) -> ConferenceService:
    return ConferenceService(db.uow, user_name="chuyenvien", clock=fixed_clock(EARLY))


def after_it(db: DatabaseHandle, user_name: str = "chuyenvien") -> ConferenceService:
    """The same service on the afternoon of the 11th, after the morning's conference."""
    return ConferenceService(db.uow, user_name=user_name, clock=fixed_clock(at(11, 14)))


def held(db: DatabaseHandle, service: ConferenceService) -> int:
    leader = add_official(db, "Nguyễn Văn An")
    created = service.create(
        draft(at(11, 8), at(11, 10), chairs=(leader,), guests=("Lê Thị Hoa", "Phan Văn Tú"))
    )
    later = after_it(db)
    later.record_held(
        created.id,
        created.version,
        HoldingRecord(attendee_count=30, issues=(IssueRaised(CaseType.COMPLAINT, "Đền bù chậm"),)),
    )
    return created.id


def test_every_step_is_on_the_timeline(service: ConferenceService) -> None:
    created = service.create(draft(at(11, 8), at(11, 10)))
    edited = service.update(created.id, created.version, draft(at(11, 9), at(11, 11)))
    service.postpone(created.id, edited.version, "Lãnh đạo đi công tác")
    steps = service.timeline(created.id)
    assert [s.kind for s in steps] == [StepKind.CREATED, StepKind.EDITED, StepKind.STATUS]
    assert steps[-1].from_status is ConferenceStatus.SCHEDULED
    assert steps[-1].to_status is ConferenceStatus.POSTPONED
    assert steps[-1].note == "Lãnh đạo đi công tác"
    assert [s.undoable for s in steps] == [False, False, True]
    assert all(s.user_name == "chuyenvien" for s in steps)


def test_undo_an_edit_puts_the_conference_back(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    hall = add_venue(db, "Hội trường")
    before = service.create(draft(at(11, 8), at(11, 10), venue_id=hall, title="Đối thoại đất đai"))
    changed = draft(at(12, 14), at(12, 16), title="Đối thoại đã đổi")
    changed = type(changed)(**{**changed.__dict__, "agenda": (AgendaItemData("Khai mạc", 15),)})
    edited = service.update(before.id, before.version, changed)
    step = service.timeline(before.id)[-1]
    undone = service.undo(before.id, step.id)
    assert undone.draft.title == "Đối thoại đất đai"
    assert (undone.draft.start, undone.draft.end) == (at(11, 8), at(11, 10))
    assert undone.draft.venue_id == hall and undone.draft.agenda == ()
    assert undone.sequence > edited.sequence  # the calendars hear of the move back
    steps = service.timeline(before.id)
    assert steps[-1].kind == StepKind.UNDONE and not any(s.undoable for s in steps)
    with pytest.raises(ValidationError) as refused:  # once undone, it stays undone
        service.undo(before.id, step.id)
    assert "after that step" in str(refused.value.template)


def test_undo_a_status_change(service: ConferenceService) -> None:
    created = service.create(draft(at(11, 8), at(11, 10)))
    service.cancel(created.id, created.version, "Trùng lịch")
    undone = service.undo(created.id, service.timeline(created.id)[-1].id)
    assert undone.status is ConferenceStatus.SCHEDULED and undone.status_reason is None


def test_undo_of_what_another_user_has_since_changed_is_refused(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    created = service.create(draft(at(11, 8), at(11, 10)))
    edited = service.update(created.id, created.version, draft(at(11, 9), at(11, 11)))
    mine = service.timeline(created.id)[-1]
    colleague = ConferenceService(db.uow, user_name="dongnghiep", clock=fixed_clock(EARLY))
    colleague.update(created.id, edited.version, draft(at(11, 9), at(11, 11), title="Khác"))
    with pytest.raises(ValidationError) as refused:
        service.undo(created.id, mine.id)
    assert "Somebody changed this conference" in refused.value.template
    assert service.get(created.id).draft.title == "Khác"  # nothing undone
    # the colleague's own step is theirs to undo, not mine
    theirs = service.timeline(created.id)[-1]
    assert not theirs.undoable
    with pytest.raises(ValidationError) as refused:
        service.undo(created.id, theirs.id)
    assert refused.value.values == ("dongnghiep",)
    assert colleague.timeline(created.id)[-1].undoable


def test_recording_the_outcome_is_not_undoable(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    conference_id = held(db, service)
    later = after_it(db)
    step = later.timeline(conference_id)[-1]
    assert step.kind == StepKind.HELD and not step.undoable
    with pytest.raises(ValidationError) as refused:
        later.undo(conference_id, step.id)
    assert "nothing to undo" in refused.value.template


def test_a_head_reopens_with_a_reason_recorded(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    conference_id = held(db, service)
    later = after_it(db)
    closed = later.close(conference_id, later.get(conference_id).version)
    with pytest.raises(ValidationError) as refused:
        later.reopen(conference_id, closed.version, "   ")
    assert "Say why" in refused.value.template
    assert later.get(conference_id).status is ConferenceStatus.CLOSED

    add_user(db, "chuyenvien2", can_view=False)  # a clerk
    clerk = after_it(db, "chuyenvien2")
    with pytest.raises(ValidationError) as refused:
        clerk.reopen(conference_id, closed.version, "Bổ sung kết quả")
    assert "Only a head" in refused.value.template

    add_user(db, "truongphong", can_view=True)  # a head
    head = after_it(db, "truongphong")
    reopened = head.reopen(conference_id, closed.version, "Bổ sung ý kiến của cử tri")
    assert reopened.status is ConferenceStatus.HELD and reopened.sequence > closed.sequence
    step = head.timeline(conference_id)[-1]
    assert step.kind == StepKind.REOPENED and step.note == "Bổ sung ý kiến của cử tri"
    assert (step.from_status, step.to_status) == (ConferenceStatus.CLOSED, ConferenceStatus.HELD)
    assert step.user_name == "truongphong"
    # held, reopened once more: back to scheduled, its plan correctable
    again = head.reopen(conference_id, reopened.version, "Ghi nhầm là đã họp")
    assert again.status is ConferenceStatus.SCHEDULED
    with db.uow.read() as session:
        notes = session.scalars(
            select(ConferenceEvent.note).where(ConferenceEvent.kind == StepKind.REOPENED)
        ).all()
    assert notes == ["Bổ sung ý kiến của cử tri", "Ghi nhầm là đã họp"]


def test_attendance_is_ticked_counted_kept_across_edits_and_printed_data(
    db: DatabaseHandle, service: ConferenceService
) -> None:
    leader = add_official(db, "Nguyễn Văn An")
    created = service.create(
        draft(at(11, 8), at(11, 10), chairs=(leader,), guests=("Lê Thị Hoa", "Phan Văn Tú"))
    )
    rows = {r.name: r for r in created.attendance}
    assert set(rows) == {"Nguyễn Văn An", "Lê Thị Hoa", "Phan Văn Tú"}
    assert created.attended_count == 0
    ticked = service.set_attendance(
        created.id,
        {rows["Nguyễn Văn An"].participant_id: True, rows["Lê Thị Hoa"].participant_id: True},
    )
    assert ticked.attended_count == 2 and ticked.version == created.version
    # an edit rewrites the participants: who came stays ticked
    edited = service.update(
        created.id,
        ticked.version,
        draft(at(11, 8), at(11, 10), chairs=(leader,), guests=("Lê Thị Hoa", "Phan Văn Tú")),
    )
    came = {r.name for r in edited.attendance if r.attended}
    assert came == {"Nguyễn Văn An", "Lê Thị Hoa"}
    sheet = service.attendance_sheet(created.id)
    assert (sheet.invited, sheet.came) == (3, 2)
    assert {r.role for r in sheet.rows} == {ParticipantRole.CHAIR, ParticipantRole.INVITED_CITIZEN}
    # untick
    hoa = next(r for r in edited.attendance if r.name == "Lê Thị Hoa")
    assert service.set_attendance(created.id, {hoa.participant_id: False}).attended_count == 1


def test_a_tick_on_a_cancelled_conference_is_refused(service: ConferenceService) -> None:
    created = service.create(draft(at(11, 8), at(11, 10), guests=("Lê Thị Hoa",)))
    cancelled = service.cancel(created.id, created.version, "Mưa bão")
    with pytest.raises(ValidationError) as refused:
        service.set_attendance(created.id, {cancelled.attendance[0].participant_id: True})
    assert "cancelled" in refused.value.template
    assert service.get(created.id).attended_count == 0


def test_a_tick_for_someone_no_longer_invited_is_refused(service: ConferenceService) -> None:
    created = service.create(draft(at(11, 8), at(11, 10), guests=("Lê Thị Hoa",)))
    old_id = created.attendance[0].participant_id
    service.update(created.id, created.version, draft(at(11, 8), at(11, 10), guests=("Tú",)))
    with pytest.raises(ValidationError) as refused:
        service.set_attendance(created.id, {old_id: True})
    assert "no longer invited" in refused.value.template

"""The values the conferences feature takes and returns: summaries for the lists, what the
conference form holds, a conference with its details, a holding record, and the reception
schedules, days, duties and quotas. Plain frozen dataclasses; nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.conferences import (
    CONFERENCE_TRANSITIONS,
    ConferenceKind,
    ConferenceStatus,
    ParticipantRole,
)
from dialogue_app.domain.reception_rules import DutyCount, ReceptionRule
from dialogue_app.domain.scheduling import agenda_overrun
from dialogue_app.domain.text import clean
from dialogue_app.services.cases import CitizenInput
from dialogue_app.services.conferences.attendance import AttendanceRow

# --- conferences -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConferenceSummary:
    """One conference as lists, calendars and the command line show it."""

    id: int
    uid: str
    title: str
    kind: ConferenceKind
    status: ConferenceStatus
    start: datetime  # aware, Asia/Ho_Chi_Minh
    end: datetime
    venue: str | None
    unit: str | None
    chairs: tuple[str, ...]
    sequence: int
    status_reason: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "uid": self.uid,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "venue": self.venue,
            "unit": self.unit,
            "chairs": list(self.chairs),
            "sequence": self.sequence,
        }


@dataclass(frozen=True)
class ParticipantData:
    """Someone taking part. Exactly one of official/agency/citizen, or a free ``name``.

    A citizen typed with an ID number or a commune (``national_id``, ``commune_id``) joins the
    citizen register when saved (``citizens.find_or_create_citizen``): the registered citizen
    with the same ID number, else a new citizen (a namesake in the commune is never taken for
    them); a name alone stays a free name.
    """

    role: ParticipantRole
    official_id: int | None = None
    agency_id: int | None = None
    citizen_id: int | None = None
    name: str | None = None
    email: str | None = None
    display: str = ""  # filled when read back: the name to show
    national_id: str | None = None
    commune_id: int | None = None


@dataclass(frozen=True)
class AgendaItemData:
    title: str
    minutes: int
    presenter: str | None = None


@dataclass(frozen=True)
class ConferenceDraft:
    """What the conference form holds; everything the user can type or choose."""

    kind: ConferenceKind
    title: str
    start: datetime  # aware
    end: datetime
    topic: str | None = None
    unit_id: int | None = None
    venue_id: int | None = None
    online_url: str | None = None
    notes: str | None = None
    participants: tuple[ParticipantData, ...] = ()
    agenda: tuple[AgendaItemData, ...] = ()

    @property
    def chair_ids(self) -> tuple[int, ...]:
        return tuple(
            p.official_id
            for p in self.participants
            if p.role is ParticipantRole.CHAIR and p.official_id is not None
        )

    @property
    def invited_count(self) -> int:
        """People expected in the room: every participant listed."""
        return len(self.participants)

    @property
    def agenda_overrun_minutes(self) -> int:
        """How many minutes the agenda runs over the conference (0 when it fits)."""
        if self.end <= self.start:
            return 0
        return agenda_overrun((a.minutes for a in self.agenda), self.start, self.end)


@dataclass(frozen=True)
class CaseLink:
    id: int
    case_type: CaseType
    summary: str
    status: CaseStatus
    number: str | None = None  # the register number ("27/ĐKN-2026"), as the office cites it


@dataclass(frozen=True)
class ConferenceDetail:
    """One conference with everything the dialog shows. ``version`` goes back with an update."""

    id: int
    uid: str
    sequence: int
    version: int
    status: ConferenceStatus
    status_reason: str | None
    draft: ConferenceDraft
    attendee_count: int | None
    organisations_present: str | None
    minutes_summary: str | None
    reception_schedule_id: int | None
    cases: tuple[CaseLink, ...] = ()
    overrides: tuple[str, ...] = ()  # reasons given for saving over warnings, oldest first
    attendance: tuple[AttendanceRow, ...] = ()  # who was invited, who came (issue 18)

    @property
    def attended_count(self) -> int:
        return sum(1 for row in self.attendance if row.attended)

    @property
    def allowed_statuses(self) -> frozenset[ConferenceStatus]:
        return CONFERENCE_TRANSITIONS[self.status]


@dataclass(frozen=True)
class IssueRaised:
    """An issue citizens raised at a conference: it becomes a Case.

    Who raised it: ``citizens`` (chosen from the register or typed; see ``CitizenInput``),
    and, shorter, ``citizen_ids`` (chosen) and ``citizen_names`` (typed names alone). A typed
    person with the ID number of a registered citizen is that citizen (``citizens.match_key``);
    anyone else typed is a new citizen, the earlier case they repeat linked all the same.
    """

    case_type: CaseType
    summary: str
    citizen_names: tuple[str, ...] = ()
    citizen_ids: tuple[int, ...] = ()
    agency_id: int | None = None
    citizens: tuple[CitizenInput, ...] = ()
    field_id: int | None = None
    # the people of a crowd delegation, named or not (None: the people named); form 01/TCD
    group_size: int | None = None

    @property
    def people(self) -> tuple[CitizenInput, ...]:
        """Everyone who raised it, in one list."""
        return (
            tuple(CitizenInput("", citizen_id=i) for i in self.citizen_ids)
            + tuple(CitizenInput(n) for n in self.citizen_names if clean(n))
            + self.citizens
        )


@dataclass(frozen=True)
class HoldingRecord:
    attendee_count: int | None
    organisations_present: str | None = None
    minutes_summary: str | None = None
    issues: tuple[IssueRaised, ...] = field(default_factory=tuple)


# --- reception schedules and duties -------------------------------------------------------------


@dataclass(frozen=True)
class QuotaData:
    id: int
    code: str
    name: str
    days: int
    period: DutyPeriod
    legal_source: str


@dataclass(frozen=True)
class ScheduleData:
    id: int
    official_id: int
    official_name: str
    rule: ReceptionRule
    description: str | None
    start_time: time
    end_time: time
    venue_id: int | None
    valid_from: date
    valid_to: date | None
    active: bool
    venue_name: str | None = None
    planned_until: date | None = None  # the last reception day generated from it
    version: int | None = None  # goes back with an edit (``ScheduleChange.version``)

    @property
    def stopped_from(self) -> date | None:
        """The first day without reception of a stopped schedule (None while it is in force)."""
        if self.active or self.valid_to is None:
            return None
        return self.valid_to + timedelta(days=1)


@dataclass(frozen=True)
class ScheduleChange:
    """What an office edits in a schedule: the leader, the rule, the times, the venue."""

    official_id: int
    rule: ReceptionRule
    valid_from: date
    start_time: time = time(7, 30)
    end_time: time = time(11, 30)
    venue_id: int | None = None
    description: str | None = None
    version: int | None = None  # the schedule's version the form opened; None: no check


def change_of(schedule: ScheduleData) -> ScheduleChange:
    """What the schedule's form edits, as it is saved (with its version)."""
    return ScheduleChange(
        official_id=schedule.official_id,
        rule=schedule.rule,
        valid_from=schedule.valid_from,
        start_time=schedule.start_time,
        end_time=schedule.end_time,
        venue_id=schedule.venue_id,
        description=schedule.description,
        version=schedule.version,
    )


@dataclass(frozen=True)
class ReplanResult:
    """What an edit, a stop or a resumption did to the schedule's reception days.

    ``removed`` are days no longer required of the leader; ``cancelled`` those of them whose
    session is now cancelled (kept with its calendar UID, so that the office can send the
    cancellation to whoever was invited). ``kept`` are days not yet marked that were left as
    they were because someone already handled their session by hand (postponed, cancelled,
    held, or a case recorded at it).
    """

    schedule: ScheduleData
    created: tuple[date, ...] = ()
    updated: tuple[date, ...] = ()
    removed: tuple[date, ...] = ()
    kept: tuple[date, ...] = ()
    cancelled: tuple[date, ...] = ()


@dataclass(frozen=True)
class DutyData:
    id: int
    official_id: int
    official_name: str
    day: date
    status: DutyStatus
    delegate_id: int | None
    delegate_name: str | None
    reason: str | None
    conference_id: int | None
    version: int | None = None  # goes back with a mark (``mark_duty(expected_version=…)``)


@dataclass(frozen=True)
class GenerationResult:
    created: tuple[date, ...]
    already_there: tuple[date, ...]


@dataclass(frozen=True)
class ComplianceRow:
    """How one leader stands against their quota in the period containing the reference day."""

    official_id: int
    official_name: str
    position: str
    quota_name: str
    period: DutyPeriod
    period_start: date
    period_end: date
    count: DutyCount

"""The case register's values: what the window, the command line and other features give to it
and get back. Everything returned is a frozen dataclass; none of them ever holds a Session.
A denunciator's identity is hidden (``identity_hidden``) unless the current user may see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dialogue_app.domain.cases import (
    CaseStatus,
    CaseType,
    Channel,
    DayBasis,
    FollowUpKind,
    Outcome,
    Stage,
    StartsFrom,
    notification_due,
)
from dialogue_app.domain.deadlines import ExplanationPart, render_explanation
from dialogue_app.domain.messages import MessagePart
from dialogue_app.domain.statistics import ReportSlice
from dialogue_app.services.cases.citizens import CitizenInput

HIDDEN = "[confidential]"  # what lists, exports and the command line show for a denunciator
PAGE_SIZE = 200


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows. Empty sets mean "any"."""

    search: str = ""
    statuses: frozenset[CaseStatus] = frozenset()
    case_types: frozenset[CaseType] = frozenset()
    field_ids: frozenset[int] = frozenset()
    commune_ids: frozenset[int] = frozenset()  # exactly these units (a report's row)
    # the cases of this unit, of the units below it and of those merged into it (the list's
    # place filter: a district's cases are its communes')
    unit_id: int | None = None
    agency_ids: frozenset[int] = frozenset()
    conference_id: int | None = None
    overdue: bool = False  # open cases past their (settlement) deadline
    due_within_days: int | None = None  # open cases due from today to today + N
    notify_pending: bool = False  # accepted denunciations whose denunciator is to be notified
    received_from: date | None = None
    received_to: date | None = None
    # the cases behind one figure of a report (dashboard drill-down; cases/slices.py)
    report_slice: ReportSlice | None = None
    # exactly these cases: the cases behind one cell of a statutory form (reports/forms)
    case_ids: frozenset[int] | None = None


SORT_KEYS = ("received_on", "number", "deadline", "status", "type", "id")


@dataclass(frozen=True)
class CaseSort:
    key: str = "received_on"
    descending: bool = True


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts (keyset paging: the last row's sort value and id)."""

    value: Any
    id: int


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list (slots: a scrolled list holds many of them)."""

    id: int
    number: str | None
    received_on: date
    case_type: CaseType
    status: CaseStatus
    channel: Channel
    citizens: str | None  # first representative or citizen, "+N"; None when hidden
    citizen_count: int
    identity_hidden: bool
    commune: str | None
    field: str | None
    agency: str | None
    handler: str | None
    summary: str
    deadline: date | None
    # the explanation in parts (template, values): the window translates them
    deadline_parts: tuple[ExplanationPart, ...]
    overdue: bool  # an open case past its (settlement) deadline
    days_left: int | None  # to the settlement deadline; negative: days late (open cases only)
    repeat_of_id: int | None
    outcome: Outcome | None
    resolved_on: date | None
    # a denunciation once accepted: notify the denunciator by this day (None: no such duty)
    notify_deadline: date | None = None
    notified_on: date | None = None
    notify_overdue: bool = False  # still to notify, and the day has passed
    notify_parts: tuple[ExplanationPart, ...] = ()  # the notify deadline's explanation

    @property
    def deadline_explanation(self) -> str | None:
        """The explanation in English (command line, exports)."""
        return render_explanation(self.deadline_parts) if self.deadline_parts else None

    @property
    def notify_pending(self) -> bool:
        """The denunciator is still to be notified (the case is open and nobody recorded it)."""
        return notification_due(self.notify_deadline, self.notified_on, self.status)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "number": self.number,
            "type": self.case_type.value,
            "status": self.status.value,
            "received_on": self.received_on.isoformat(),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "overdue": self.overdue,
            "days_left": self.days_left,
            "agency": self.agency,
            "commune": self.commune,
            "field": self.field,
            "citizens": HIDDEN if self.identity_hidden else self.citizens,
            "summary": self.summary,
            "outcome": self.outcome.value if self.outcome else None,
            "resolved_on": self.resolved_on.isoformat() if self.resolved_on else None,
            "deadline_explanation": self.deadline_explanation,
            "notify_deadline": self.notify_deadline.isoformat() if self.notify_deadline else None,
            "notified_on": self.notified_on.isoformat() if self.notified_on else None,
            "notify_overdue": self.notify_overdue,
            "repeat_of_id": self.repeat_of_id,
        }


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    next_cursor: Cursor | None  # None: this was the last page


@dataclass(frozen=True)
class CitizenData:
    citizen_id: int
    full_name: str
    national_id: str | None
    address: str | None
    phone: str | None
    is_representative: bool


@dataclass(frozen=True)
class CaseDraft:
    """What the register form (or an import row) gives to create or edit a case."""

    received_on: date
    case_type: CaseType
    citizens: tuple[CitizenInput, ...] | None  # None on edit: keep the citizens as they are
    summary: str = ""
    channel: Channel = Channel.MAIL
    conference_id: int | None = None
    field_id: int | None = None
    field_name: str | None = None  # a new field, created when not found
    commune_id: int | None = None
    within_competence: bool = True
    round: int = 1
    remote_area: bool = False
    complexity: int = 0
    group_size: int | None = None  # default: the number of citizens
    agency_id: int | None = None
    handler: str | None = None
    number: str | None = None
    repeat_of_id: int | None = None  # None: found automatically (same citizen, same field)


@dataclass(frozen=True)
class AttachmentInput:
    file_name: str
    content: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    at: datetime  # when it was recorded; aware, Asia/Ho_Chi_Minh
    user_name: str | None
    kind: FollowUpKind
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    note: str | None
    decision_number: str | None
    extension_days: int | None
    attachments: tuple[AttachmentInfo, ...] = ()
    # the note in parts: a note the application wrote is translated by the window
    note_parts: tuple[MessagePart, ...] = ()
    happened_on: date | None = None  # the day it happened (the timeline's order)


@dataclass(frozen=True)
class CaseRef:
    id: int
    number: str | None
    received_on: date
    status: CaseStatus


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str | None
    received_on: date
    channel: Channel
    conference_id: int | None
    conference: str | None
    case_type: CaseType
    field_id: int | None
    field: str | None
    summary: str
    commune_id: int | None
    commune: str | None
    within_competence: bool
    round: int
    remote_area: bool
    complexity: int
    group_size: int
    agency_id: int | None
    agency: str | None
    handler: str | None
    status: CaseStatus
    outcome: Outcome | None
    refusal_ground: str | None
    accepted_on: date | None
    resolved_on: date | None
    deadline: date | None
    overdue: bool  # open, and ``deadline`` has passed (notifying a denunciator: notify_overdue)
    repeat_of: CaseRef | None
    citizens: tuple[CitizenData, ...]  # empty when hidden
    citizen_count: int
    identity_hidden: bool
    timeline: tuple[TimelineEntry, ...]
    allowed_next: tuple[CaseStatus, ...]
    extensions_used: int
    extensions_allowed: int
    version: int
    # the explanation in parts (template, values), for the window to translate
    deadline_parts: tuple[ExplanationPart, ...] = ()
    # a denunciation once accepted: notify the denunciator (Law on Denunciations 2018, Art. 29)
    notify_deadline: date | None = None
    notify_parts: tuple[ExplanationPart, ...] = ()
    notified_on: date | None = None
    notify_overdue: bool = False

    @property
    def deadline_explanation(self) -> str | None:
        """The explanation in English (command line, logs)."""
        return render_explanation(self.deadline_parts) if self.deadline_parts else None

    @property
    def notify_pending(self) -> bool:
        return notification_due(self.notify_deadline, self.notified_on, self.status)

    def to_draft(self) -> CaseDraft:
        return CaseDraft(
            received_on=self.received_on,
            case_type=self.case_type,
            citizens=None
            if self.identity_hidden
            else tuple(
                CitizenInput(
                    c.full_name,
                    c.national_id,
                    c.address,
                    c.phone,
                    c.is_representative,
                    citizen_id=c.citizen_id,  # the same citizens, not people recognised again
                )
                for c in self.citizens
            ),
            summary=self.summary,
            channel=self.channel,
            conference_id=self.conference_id,
            field_id=self.field_id,
            commune_id=self.commune_id,
            within_competence=self.within_competence,
            round=self.round,
            remote_area=self.remote_area,
            complexity=self.complexity,
            group_size=self.group_size,
            agency_id=self.agency_id,
            handler=self.handler,
            number=self.number,
            repeat_of_id=self.repeat_of.id if self.repeat_of else None,
        )


@dataclass(frozen=True)
class AgencyLateness:
    agency_id: int | None
    agency: str | None
    overdue: int  # open cases past their deadline
    days_late_total: int
    days_late_max: int
    oldest_deadline: date


@dataclass(frozen=True)
class DeadlineRuleData:
    id: int | None
    code: str
    stage: Stage
    case_type: CaseType | None
    round: int | None
    remote_area: bool | None
    complexity: int | None
    days: int
    day_basis: DayBasis
    starts_from: StartsFrom
    max_extensions: int
    extension_days: int
    legal_source: str
    version: int | None = None  # the version the form opened; None: no check (a new rule)


@dataclass(frozen=True)
class RegisterResult:
    case: CaseDetail
    repeat_of: CaseRef | None = None  # set when the case was linked as a repeat petition
    created: tuple[str, ...] = field(default_factory=tuple)  # e.g. a new field's name

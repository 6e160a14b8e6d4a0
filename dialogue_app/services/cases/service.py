"""Cases (petitions): register them, move them through their workflow, follow them up, list and
search them at any size, and keep every statutory deadline with its explanation.

Everything returned is a frozen dataclass; the window and the command line never see a Session.
A denunciator's identity is hidden (``identity_hidden``) unless the current user may see it; each
reveal is written to the audit log.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from dialogue_app.domain import case_workflow
from dialogue_app.domain.cases import (
    OPEN_STATUSES,
    REPEATABLE_STATUSES,
    CaseStatus,
    CaseType,
    Channel,
    DayBasis,
    FollowUpKind,
    Outcome,
    Stage,
    StartsFrom,
    is_valid_national_id,
    notification_due,
    representatives_allowed,
)
from dialogue_app.domain.deadlines import (
    NO_DEADLINE,
    CaseFacts,
    ExplanationPart,
    Extension,
    Rule,
    compute_deadline,
    explanation_parts,
    extension_refusal,
    render_explanation,
    select_rule,
    stage_for,
    store_explanation,
)
from dialogue_app.domain.messages import MessagePart, store_parts, stored_parts, stored_text
from dialogue_app.domain.statistics import ReportSlice
from dialogue_app.domain.text import clean, fold
from dialogue_app.domain.timezone import VN_TZ, now_utc
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.cases import search_index, text_limits
from dialogue_app.services.cases.citizens import (
    CitizenInput,
    find_or_create_citizen,
    match_key,
    may_view_denunciators,
)
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEdit,
    NotFound,
    ServiceError,
    ValidationError,
)
from dialogue_app.services.registers import Choice, find_or_create_field
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    Attachment,
    AuditEntry,
    Case,
    CaseCitizen,
    CaseEvent,
    CaseField,
    Citizen,
    Conference,
    DeadlineRule,
)
from dialogue_app.store.unit_of_work import UnitOfWork

HIDDEN = "[confidential]"  # what lists, exports and the command line show for a denunciator
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
PAGE_SIZE = 200

# --- values --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows. Empty sets mean "any"."""

    search: str = ""
    statuses: frozenset[CaseStatus] = frozenset()
    case_types: frozenset[CaseType] = frozenset()
    field_ids: frozenset[int] = frozenset()
    commune_ids: frozenset[int] = frozenset()
    agency_ids: frozenset[int] = frozenset()
    conference_id: int | None = None
    overdue: bool = False  # open cases past their (settlement) deadline
    due_within_days: int | None = None  # open cases due from today to today + N
    notify_pending: bool = False  # accepted denunciations whose denunciator is to be notified
    received_from: date | None = None
    received_to: date | None = None
    # the cases behind one figure of a report (dashboard drill-down; services/reports.py)
    report_slice: ReportSlice | None = None


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


@dataclass(frozen=True)
class RegisterResult:
    case: CaseDetail
    repeat_of: CaseRef | None = None  # set when the case was linked as a repeat petition
    created: tuple[str, ...] = field(default_factory=tuple)  # e.g. a new field's name


# --- helpers shared with import and demo --------------------------------------------------------


def rule_from_row(row: DeadlineRule) -> Rule:
    return Rule(
        code=row.code,
        stage=Stage(row.stage),
        case_type=row.case_type,
        round=row.round,
        remote_area=row.remote_area,
        complexity=row.complexity,
        days=row.days,
        day_basis=row.day_basis,
        starts_from=StartsFrom(row.starts_from),
        max_extensions=row.max_extensions,
        extension_days=row.extension_days,
        legal_source=row.legal_source,
    )


def load_rules(session: Session) -> list[Rule]:
    return [rule_from_row(row) for row in session.scalars(select(DeadlineRule))]


def facts_of(case: Case) -> CaseFacts:
    return CaseFacts(
        case_type=case.case_type,
        round=case.round,
        remote_area=case.remote_area,
        complexity=case.complexity,
        received_on=case.received_on,
        accepted_on=case.accepted_on,
    )


def deadline_fields(
    status: CaseStatus,
    facts: CaseFacts,
    rules: Sequence[Rule],
    calendar: WorkingDayCalendar,
    extensions: Sequence[Extension] = (),
) -> tuple[date | None, str | None] | None:
    """(deadline, explanation as stored) for a case in ``status``; None: keep what is stored
    (closed). The explanation is stored in parts (``domain.deadlines.store_explanation``)."""
    stage = stage_for(status, facts, rules)
    if stage is None:
        return None
    result = compute_deadline(
        rules, facts, stage, calendar, extensions if stage == Stage.SETTLE else ()
    )
    if result is None:
        return None, store_explanation([(NO_DEADLINE, ())])
    return result.due, result.stored_explanation


def notify_fields(
    status: CaseStatus, facts: CaseFacts, rules: Sequence[Rule], calendar: WorkingDayCalendar
) -> tuple[date | None, str | None] | None:
    """(deadline, explanation as stored) of notifying the denunciator once a denunciation is
    accepted (the NOTIFY rules); (None, None) when no such duty runs; None: keep what is stored
    (a closed case keeps its record)."""
    if status not in OPEN_STATUSES:
        return None
    result = compute_deadline(rules, facts, Stage.NOTIFY, calendar)
    if result is None:
        return None, None
    return result.due, result.stored_explanation


def refresh_deadline(
    case: Case,
    rules: Sequence[Rule],
    calendar: WorkingDayCalendar,
    notify_from: date | None = None,
) -> None:
    """Recompute the deadlines of ``case``: the one of its stage, and notifying a denunciator.

    ``notify_from``: a notification deadline is not started when it would fall before that day
    (cases accepted before this version tracked notifications: nobody could record one, so
    they are not shown as late)."""
    extensions = [
        Extension(event.extension_days or 0, event.decision_number)
        for event in case.events
        if event.kind == FollowUpKind.EXTENSION
    ]
    facts = facts_of(case)
    fields = deadline_fields(case.status, facts, rules, calendar, extensions)
    if fields is not None:
        case.deadline, case.deadline_explanation = fields
    notify = notify_fields(case.status, facts, rules, calendar)
    if notify is not None:
        due = notify[0]
        untracked = notify_from is not None and case.notify_deadline is None
        if not (untracked and due is not None and notify_from is not None and due < notify_from):
            case.notify_deadline, case.notify_deadline_explanation = notify


def index_case(session: Session, case: Case) -> None:
    """Rewrite ``search_key`` and the search terms of ``case`` (after every write)."""
    confidential = case.case_type == CaseType.DENUNCIATION
    citizens = [
        search_index.IndexedCitizen(link.citizen.full_name, link.citizen.national_id, confidential)
        for link in case.citizens
    ]
    case.search_key = search_index.search_key(case.number, case.summary, citizens)
    search_index.replace_terms(
        session, case.id, search_index.case_terms(case.number, case.summary, citizens)
    )


def _local(moment: datetime) -> datetime:
    return moment.astimezone(VN_TZ)


# Notes the application writes into a timeline: stored in parts, shown translated
EDITED_NOTE = store_parts([(QT_TRANSLATE_NOOP("Messages", "Edited"), ())])

# what an edit may change, by the words its timeline note uses
_EDITABLE: dict[str, Callable[[Case], object]] = {
    QT_TRANSLATE_NOOP("Messages", "case number"): lambda c: c.number,
    QT_TRANSLATE_NOOP("Messages", "date received"): lambda c: c.received_on,
    QT_TRANSLATE_NOOP("Messages", "received through"): lambda c: c.channel,
    QT_TRANSLATE_NOOP("Messages", "conference"): lambda c: c.conference_id,
    QT_TRANSLATE_NOOP("Messages", "type"): lambda c: c.case_type,
    QT_TRANSLATE_NOOP("Messages", "field"): lambda c: c.field_id,
    QT_TRANSLATE_NOOP("Messages", "summary"): lambda c: c.summary,
    QT_TRANSLATE_NOOP("Messages", "commune"): lambda c: c.commune_id,
    QT_TRANSLATE_NOOP("Messages", "competence"): lambda c: c.within_competence,
    QT_TRANSLATE_NOOP("Messages", "round"): lambda c: c.round,
    QT_TRANSLATE_NOOP("Messages", "remote area"): lambda c: c.remote_area,
    QT_TRANSLATE_NOOP("Messages", "complexity"): lambda c: c.complexity,
    QT_TRANSLATE_NOOP("Messages", "group size"): lambda c: c.group_size,
    QT_TRANSLATE_NOOP("Messages", "agency"): lambda c: c.agency_id,
    QT_TRANSLATE_NOOP("Messages", "handler"): lambda c: c.handler,
    QT_TRANSLATE_NOOP("Messages", "citizens"): lambda c: sorted(
        (link.citizen_id or id(link.citizen), link.is_representative) for link in c.citizens
    ),
}


def _edited_state(case: Case) -> dict[str, object]:
    return {label: value(case) for label, value in _EDITABLE.items()}


def edited_note(changed: Sequence[str]) -> str:
    """The note of an edit: "Edited: complexity, summary" (each word translated when shown)."""
    if not changed:
        return EDITED_NOTE
    parts: list[MessagePart] = [(QT_TRANSLATE_NOOP("Messages", "Edited: "), ())]
    for position, label in enumerate(changed):
        if position:
            parts.append((", ", ()))
        parts.append((label, ()))
    return store_parts(parts)


def registered_note(repeat_of: object | None = None) -> str:
    """The note of a case's first entry; ``repeat_of``: the number of the case it repeats."""
    if repeat_of is None:
        return store_parts([(QT_TRANSLATE_NOOP("Messages", "Registered"), ())])
    return store_parts(
        [(QT_TRANSLATE_NOOP("Messages", "Registered; repeat of case %1"), (repeat_of,))]
    )


def _days_left(status: CaseStatus, deadline: date | None, today: date) -> int | None:
    if deadline is None or status not in OPEN_STATUSES:
        return None
    return (deadline - today).days


def _notify_overdue(case: Case, today: date) -> bool:
    due = notification_due(case.notify_deadline, case.notified_on, case.status)
    return due and case.notify_deadline is not None and case.notify_deadline < today


def _pending_notification() -> ColumnElement[bool]:
    """SQL: the denunciator is still to be notified (used with an open-status condition)."""
    return and_(Case.notify_deadline.is_not(None), Case.notified_on.is_(None))


# --- the service ---------------------------------------------------------------------------------


class CaseService:
    """Use cases of the case register. ``user_name`` goes into timelines and the audit log."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None, *, clock: Clock) -> None:
        self._uow = uow
        self.user_name = user_name
        self._clock = clock

    def today(self) -> date:
        """The office's date the service counts from (its clock's)."""
        return self._clock.today()

    # permissions ---------------------------------------------------------------------------------

    def can_view_denunciators(self) -> bool:
        with self._uow.read() as session:
            return may_view_denunciators(session, self.user_name)

    # listing -------------------------------------------------------------------------------------

    def _conditions(
        self, session: Session, flt: CaseFilter, today: date, include_confidential: bool
    ) -> tuple[list[ColumnElement[bool]], search_index.SearchPlan | None]:
        """The filter's WHERE conditions but the search, and the search's plan."""
        conditions: list[ColumnElement[bool]] = []
        plan = None
        if flt.statuses:
            conditions.append(Case.status.in_([s.value for s in flt.statuses]))
        if flt.case_types:
            conditions.append(Case.case_type.in_([t.value for t in flt.case_types]))
        if flt.field_ids:
            conditions.append(Case.field_id.in_(sorted(flt.field_ids)))
        if flt.commune_ids:
            conditions.append(Case.commune_id.in_(sorted(flt.commune_ids)))
        if flt.agency_ids:
            conditions.append(Case.agency_id.in_(sorted(flt.agency_ids)))
        if flt.conference_id is not None:
            conditions.append(Case.conference_id == flt.conference_id)
        if flt.received_from is not None:
            conditions.append(Case.received_on >= flt.received_from)
        if flt.received_to is not None:
            conditions.append(Case.received_on <= flt.received_to)
        open_values = [s.value for s in OPEN_STATUSES]
        # overdue and due soon: the settlement deadline, as the reports count it; the
        # denunciators still to notify are a list of their own (``notify_pending``)
        if flt.overdue:
            conditions += [Case.status.in_(open_values), Case.deadline < today]
        if flt.due_within_days is not None:
            until = today + timedelta(days=flt.due_within_days)
            conditions += [Case.status.in_(open_values), Case.deadline.between(today, until)]
        if flt.notify_pending:
            conditions += [Case.status.in_(open_values), _pending_notification()]
        if flt.report_slice is not None:
            from dialogue_app.services.cases.slices import slice_conditions

            conditions += slice_conditions(flt.report_slice)
        if flt.search.strip():
            plan = search_index.search_plan(
                session, flt.search, Case.id.expression, include_confidential=include_confidential
            )
        return conditions, plan

    def list_page(
        self,
        flt: CaseFilter = CaseFilter(),
        sort: CaseSort = CaseSort(),
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> CasePage:
        """One page of the filtered, sorted list; pass ``next_cursor`` back for the next one."""
        today = self._clock.today()
        include_confidential = self._check_sort(sort)
        with self._uow.read() as session:
            page_ids, ordering = self._page_ids(
                session, flt, sort, after, limit, today, include_confidential
            )
            # Two steps: the page's ids first (only the sort key and the filters), then the
            # columns and per-row subqueries for those rows alone. In one query the database
            # computes the citizen subqueries for every match before sorting: thousands of
            # rows for a page of 200 when a search matches many cases.
            page = page_ids.subquery("page")
            query = (
                _row_query()
                .join(page, page.c.id == Case.id)
                .order_by(*ordering(page.c.key, page.c.id))
            )
            result = session.execute(query).all()
            rows = [_row(*values, today) for values in result[:limit]]
        next_cursor = None
        if len(result) > limit and rows:
            last = rows[-1]
            value = {
                "received_on": last.received_on,
                "number": last.number,
                "deadline": last.deadline,
                "status": last.status.value,
                "type": last.case_type.value,
                "id": last.id,
            }[sort.key]
            next_cursor = Cursor(value, last.id)
        return CasePage(tuple(rows), next_cursor)

    def list_ids_page(
        self,
        flt: CaseFilter = CaseFilter(),
        sort: CaseSort = CaseSort(),
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> tuple[tuple[int, ...], Cursor | None]:
        """The ids of one page of the list (same filter, order and keyset as ``list_page``),
        and the cursor of the next page (None: this was the last). Rows: ``rows_by_ids``."""
        today = self._clock.today()
        include_confidential = self._check_sort(sort)
        with self._uow.read() as session:
            page_ids, _ordering = self._page_ids(
                session, flt, sort, after, limit, today, include_confidential
            )
            result = session.execute(page_ids).all()
        ids = tuple(row_id for row_id, _key in result[:limit])
        next_cursor = None
        if len(result) > limit and ids:
            last_id, key = result[limit - 1]
            # as list_page: enums by their value
            next_cursor = Cursor(key.value if isinstance(key, Enum) else key, last_id)
        return ids, next_cursor

    def rows_by_ids(self, ids: Sequence[int]) -> list[CaseRow]:
        """The list rows of these cases, in the order given (ids no longer there are left out)."""
        if not ids:
            return []
        today = self._clock.today()
        with self._uow.read() as session:
            result = session.execute(_row_query().where(Case.id.in_(list(ids)))).all()
            rows = {values[0].id: _row(*values, today) for values in result}
        return [rows[case_id] for case_id in ids if case_id in rows]

    def _check_sort(self, sort: CaseSort) -> bool:
        """Refuse an unknown sort key; whether this user's searches include denunciators."""
        if sort.key not in SORT_KEYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Cannot sort by “%1”."), "sort", sort.key
            )
        return self.can_view_denunciators()

    def _page_ids(
        self,
        session: Session,
        flt: CaseFilter,
        sort: CaseSort,
        after: Cursor | None,
        limit: int,
        today: date,
        include_confidential: bool,
    ) -> tuple[Select[int, Any], Callable[[Any, Any], list[Any]]]:
        """The query of one page's ids and sort keys (``limit + 1`` rows: one more tells
        whether a next page exists), and the ORDER BY of that order over other columns."""
        column = {
            "received_on": Case.received_on,
            "number": Case.number,
            "deadline": Case.deadline,
            "status": Case.status,
            "type": Case.case_type,
            "id": Case.id,
        }[sort.key]
        conditions, plan = self._conditions(session, flt, today, include_confidential)
        if plan is not None:
            # a search matching many cases: walk the received-on index (the usual order)
            walk = plan.walk_conditions if sort.key == "received_on" else None
            conditions += walk or plan.conditions
        if after is not None:
            conditions.append(_after(column, sort, after))

        def ordering(key: Any, row_id: Any) -> list[Any]:
            if sort.key == "id":
                return [row_id.desc() if sort.descending else row_id.asc()]
            direction = key.desc() if sort.descending else key.asc()
            if sort.key in ("number", "deadline"):
                direction = direction.nulls_last()
            return [direction, row_id.desc() if sort.descending else row_id.asc()]

        query = (
            select(Case.id.label("id"), column.label("key"))
            .where(*conditions)
            .order_by(*ordering(column, Case.id))
            .limit(limit + 1)
        )
        return query, ordering

    def iter_rows(self, flt: CaseFilter = CaseFilter(), sort: CaseSort = CaseSort()):  # type: ignore[no-untyped-def]  # a generator of CaseRow
        """Every row of the filtered list, page by page (for exports and the command line)."""
        cursor: Cursor | None = None
        while True:
            page = self.list_page(flt, sort, cursor, limit=1000)
            yield from page.rows
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def count(self, flt: CaseFilter = CaseFilter(), limit: int | None = None) -> int:
        """How many cases match; with ``limit``, stop counting there (search as you type
        over a million cases must not count them all on every keystroke)."""
        today = self._clock.today()
        include_confidential = self.can_view_denunciators()
        with self._uow.read() as session:
            conditions, plan = self._conditions(session, flt, today, include_confidential)
            if plan is not None:
                conditions += plan.conditions
            inner = select(Case.id)
            if conditions:
                inner = inner.where(*conditions)
            if limit is not None:
                inner = inner.limit(limit)
            query = select(func.count()).select_from(inner.subquery())
            return session.scalar(query) or 0

    def late_agencies(self) -> list[AgencyLateness]:
        """Agencies with open cases past their deadline: how many, and how many days late."""
        today = self._clock.today()
        query = (
            select(Case.agency_id, Agency.name, Case.deadline, func.count())
            .outerjoin(Agency, Agency.id == Case.agency_id)
            .where(Case.status.in_([s.value for s in OPEN_STATUSES]), Case.deadline < today)
            .group_by(Case.agency_id, Agency.name, Case.deadline)
        )
        totals: dict[int | None, list[Any]] = {}
        with self._uow.read() as session:
            for agency_id, name, deadline, count in session.execute(query):
                assert deadline is not None  # the query keeps cases past their deadline
                late = (today - deadline).days
                entry = totals.setdefault(agency_id, [name, 0, 0, 0, deadline])
                entry[1] += count
                entry[2] += late * count
                entry[3] = max(entry[3], late)
                entry[4] = min(entry[4], deadline)
        result = [
            AgencyLateness(agency_id, name, count, total, worst, oldest)
            for agency_id, (name, count, total, worst, oldest) in totals.items()
        ]
        result.sort(key=lambda a: (-a.overdue, -a.days_late_total, a.agency or ""))
        return result

    # detail --------------------------------------------------------------------------------------

    def get(self, case_id: int) -> CaseDetail:
        with self._uow.read() as session:
            case = self._load(session, case_id)
            return _detail(session, case, self._clock.today(), reveal=False)

    def reveal_citizens(self, case_id: int) -> tuple[CitizenData, ...]:
        """The citizens of a denunciation, for a user allowed to see them; logged every time."""
        if not self.can_view_denunciators():
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "You are not allowed to see who made this denunciation (Law on Denunciations "
                    "2018). Ask the head of the office for the permission.",
                )
            )
        with self._uow.begin() as session:
            case = self._load(session, case_id)
            session.add(
                AuditEntry(
                    user_name=self.user_name,
                    action="reveal_denunciator",
                    entity="case",
                    entity_id=case.id,
                    detail=f"Case {case.number or case.id}: identity of the denunciator viewed",
                )
            )
            return tuple(_citizen_data(link) for link in case.citizens)

    def attachment_content(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, content) of an attached file."""
        with self._uow.read() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "This attached file no longer exists.")
                )
            return row.file_name, row.media_type, row.content

    def _load(self, session: Session, case_id: int) -> Case:
        case = session.scalars(
            select(Case)
            .where(Case.id == case_id)
            .options(
                selectinload(Case.citizens).selectinload(CaseCitizen.citizen),
                selectinload(Case.events).selectinload(CaseEvent.attachments),
            )
        ).first()
        if case is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "Case %1 does not exist (it may have been deleted)."),
                case_id,
            )
        return case

    # registering and editing ---------------------------------------------------------------------

    def find_repeats(
        self,
        citizens: Sequence[CitizenInput],
        commune_id: int | None,
        field_id: int | None,
        case_type: CaseType,
        exclude_case_id: int | None = None,
    ) -> list[CaseRef]:
        """Open or settled cases in the same field from the same citizen (ID, or name + commune),
        of the same confidentiality as ``case_type`` (denunciations only with denunciations)."""
        with self._uow.read() as session:
            return _repeats(session, citizens, commune_id, field_id, case_type, exclude_case_id)

    def register(self, draft: CaseDraft) -> RegisterResult:
        """Record a new case; link it to an earlier one from the same citizen in the same field."""
        today = self._clock.today()
        _validate(draft, today, new=True)
        assert draft.citizens is not None
        with self._uow.begin() as session:
            created: list[str] = []
            case = Case(status=CaseStatus.RECEIVED)
            with session.no_autoflush:
                self._apply(session, case, draft, created)
            session.add(case)
            session.flush()
            self._set_citizens(session, case, draft.citizens)
            repeat = complete_registration(
                session, case, draft.citizens, draft.repeat_of_id, self.user_name
            )
            detail = _detail(session, case, today, reveal=False)
            return RegisterResult(detail, repeat, tuple(created))

    def update(self, case_id: int, draft: CaseDraft, expected_version: int) -> CaseDetail:
        """Save an edited case; refuse when somebody else saved it meanwhile."""
        today = self._clock.today()
        _validate(draft, today, new=False)
        try:
            with self._uow.begin() as session:
                case = self._load(session, case_id)
                if case.version != expected_version:
                    raise ConcurrentEdit(_CONCURRENT)
                created: list[str] = []
                before = _edited_state(case)
                self._apply(session, case, draft, created)
                if draft.citizens is not None:
                    self._set_citizens(session, case, draft.citizens)
                if draft.repeat_of_id is not None and draft.repeat_of_id != case.repeat_of_id:
                    if draft.repeat_of_id == case.id:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Messages", "A case cannot repeat itself."),
                            "repeat_of_id",
                        )
                    _ref(session, draft.repeat_of_id, case.case_type)
                    case.repeat_of_id = draft.repeat_of_id
                elif case.repeat_of_id is not None:
                    # the type changed across a denunciator's secrecy: the link goes
                    earlier = session.get(Case, case.repeat_of_id)
                    if earlier is not None and _secret(earlier.case_type) != _secret(
                        case.case_type
                    ):
                        case.repeat_of_id = None
                changed = [
                    label for label, value in _edited_state(case).items() if before[label] != value
                ]
                case.events.append(
                    CaseEvent(
                        user_name=self.user_name, kind=FollowUpKind.NOTE, note=edited_note(changed)
                    )
                )
                refresh_deadline(case, load_rules(session), working_day_calendar(session))
                session.flush()
                index_case(session, case)
                return _detail(session, case, today, reveal=False)
        except StaleDataError as error:
            raise ConcurrentEdit(_CONCURRENT) from error

    def _apply(self, session: Session, case: Case, draft: CaseDraft, created: list[str]) -> None:
        number = clean(draft.number)
        if number:
            clash = session.scalar(
                select(Case.id).where(Case.number == number, Case.id != (case.id or -1))
            )
            if clash is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Case number %1 is already used by another case. Choose another.",
                    ),
                    "number",
                    number,
                )
        field_id = draft.field_id
        if field_id is None and clean(draft.field_name):
            row, new = find_or_create_field(session, draft.field_name or "")
            field_id = row.id
            if new:
                created.append(row.name)
        for model, key, label in (
            (CaseField, field_id, "field"),
            (AdminUnit, draft.commune_id, "commune"),
            (Agency, draft.agency_id, "agency"),
            (Conference, draft.conference_id, "conference"),
        ):
            if key is not None and session.get(model, key) is None:
                raise ValidationError(_GONE[label], label)
        if case.accepted_on and draft.received_on > case.accepted_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The received date cannot be after the date the case was accepted."
                ),
                "received_on",
            )
        case.number = number
        case.received_on = draft.received_on
        case.channel = draft.channel
        case.conference_id = draft.conference_id
        case.case_type = draft.case_type
        case.field_id = field_id
        case.summary = clean(draft.summary) or ""
        case.commune_id = draft.commune_id
        case.within_competence = draft.within_competence
        case.round = draft.round
        case.remote_area = draft.remote_area
        case.complexity = draft.complexity
        count = len(draft.citizens) if draft.citizens is not None else len(case.citizens)
        case.group_size = draft.group_size or max(count, 1)
        case.agency_id = draft.agency_id
        case.handler = clean(draft.handler)

    def _set_citizens(self, session: Session, case: Case, citizens: Sequence[CitizenInput]) -> None:
        case.citizens.clear()
        session.flush()
        link_citizens(session, case, citizens)

    # workflow ------------------------------------------------------------------------------------

    def change_status(
        self,
        case_id: int,
        target: CaseStatus,
        *,
        on: date | None = None,
        note: str | None = None,
        outcome: Outcome | None = None,
        refusal_ground: str | None = None,
        expected_version: int | None = None,
    ) -> CaseDetail:
        """Move a case along its workflow (only the moves of ``domain.case_workflow``)."""
        today = self._clock.today()
        needs = case_workflow.requirements(target)
        if target == CaseStatus.RESOLVED and on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Enter the date the case was resolved."),
                "resolved_on",
            )
        if needs.outcome and outcome is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Choose the outcome: upheld, partly upheld, rejected or answered."
                ),
                "outcome",
            )
        if needs.refusal_ground and not clean(refusal_ground):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Enter the legal ground for refusing to accept the case."
                ),
                "refusal_ground",
            )
        day = on or today
        try:
            with self._uow.begin() as session:
                case = self._load(session, case_id)
                if expected_version is not None and case.version != expected_version:
                    raise ConcurrentEdit(_CONCURRENT)
                current = case.status
                if not case_workflow.is_allowed(current, target):
                    raise ValidationError(_CANNOT_BECOME[current], "status")
                _check_day(case, day, today)
                if target == CaseStatus.ACCEPTED:
                    case.accepted_on = day
                if needs.closes:
                    case.resolved_on = day
                if needs.outcome:
                    if outcome not in case_workflow.outcomes_for(case.case_type):
                        raise ValidationError(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "A complaint or a denunciation is resolved as upheld, partly "
                                "upheld or rejected, not “answered”.",
                            ),
                            "outcome",
                        )
                    case.outcome = outcome
                if needs.refusal_ground:
                    case.refusal_ground = clean(refusal_ground)
                case.status = target
                case.events.append(
                    CaseEvent(
                        user_name=self.user_name,
                        kind=FollowUpKind.STATUS_CHANGE,
                        from_status=current,
                        to_status=target,
                        note=clean(note),
                        happened_on=day,
                    )
                )
                refresh_deadline(case, load_rules(session), working_day_calendar(session))
                session.flush()
                return _detail(session, case, today, reveal=False)
        except StaleDataError as error:
            raise ConcurrentEdit(_CONCURRENT) from error

    def add_follow_up(
        self,
        case_id: int,
        kind: FollowUpKind,
        *,
        note: str | None = None,
        decision_number: str | None = None,
        extension_days: int | None = None,
        attachments: Sequence[AttachmentInput] = (),
        on: date | None = None,
    ) -> CaseDetail:
        """Record an urging, an agency's report, the reply sent, an extension, the notification
        of a denunciator that their denunciation was accepted, or a note; ``on``: the day it
        happened (default today; not in the future, not before the case was received)."""
        if kind == FollowUpKind.STATUS_CHANGE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Use a status change to move the case along."),
                "kind",
            )
        for attachment in attachments:
            if len(attachment.content) > MAX_ATTACHMENT_BYTES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The file %1 is larger than 25 MB; attach a smaller scan or a PDF.",
                    ),
                    "attachments",
                    attachment.file_name,
                )
        decision = clean(decision_number)
        if kind == FollowUpKind.EXTENSION and not decision:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Enter the number of the extension decision."),
                "decision_number",
            )
        today = self._clock.today()
        with self._uow.begin() as session:
            case = self._load(session, case_id)
            rules = load_rules(session)
            if kind == FollowUpKind.EXTENSION:
                if case.status not in OPEN_STATUSES:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Messages", "A closed case cannot be extended."),
                        "extension_days",
                    )
                rule = (
                    select_rule(rules, facts_of(case), Stage.SETTLE)
                    if case.status != CaseStatus.RECEIVED
                    else None
                )
                previous = sum(1 for e in case.events if e.kind == FollowUpKind.EXTENSION)
                refusal = extension_refusal(rule, previous, extension_days or 0)
                if refusal:
                    raise ValidationError(refusal.template, "extension_days", *refusal.values)
            day = on or today
            _check_day(case, day, today)
            if kind == FollowUpKind.NOTIFIED:
                _check_notification(case, day)
                case.notified_on = day
            event = CaseEvent(
                user_name=self.user_name,
                kind=kind,
                note=clean(note),
                decision_number=decision,
                extension_days=extension_days if kind == FollowUpKind.EXTENSION else None,
                happened_on=day,
            )
            for attachment in attachments:
                event.attachments.append(
                    Attachment(
                        file_name=clean(attachment.file_name) or "file",
                        media_type=attachment.media_type,
                        content=attachment.content,
                    )
                )
            case.events.append(event)
            if kind == FollowUpKind.EXTENSION:
                refresh_deadline(case, rules, working_day_calendar(session))
            case.updated_at = now_utc()  # a follow-up is a change of the case (version bump)
            session.flush()
            return _detail(session, case, today, reveal=False)

    # pick lists and rules ------------------------------------------------------------------------

    def conferences(self, limit: int = 300) -> list[Choice]:
        """Recent conferences and reception days, newest first (where a case was raised)."""
        query = (
            select(Conference.id, Conference.title, Conference.starts_at)
            .order_by(Conference.starts_at.desc())
            .limit(limit)
        )
        with self._uow.read() as session:
            return [
                Choice(i, f"{_local(at).date().isoformat()} {title}")
                for i, title, at in session.execute(query)
            ]

    def deadline_rules(self) -> list[DeadlineRuleData]:
        with self._uow.read() as session:
            rows = session.scalars(select(DeadlineRule).order_by(DeadlineRule.code))
            return [_rule_data(row) for row in rows]

    def restore_default_rules(self) -> int:
        """Add back every statutory default rule that is missing (edited ones are kept)."""
        from dialogue_app.domain.deadlines import DEFAULT_RULES

        with self._uow.begin() as session:
            codes = set(session.scalars(select(DeadlineRule.code)))
            missing = [rule for rule in DEFAULT_RULES if rule.code not in codes]
            for rule in missing:
                session.add(
                    DeadlineRule(
                        code=rule.code,
                        stage=rule.stage.value,
                        case_type=rule.case_type,
                        round=rule.round,
                        remote_area=rule.remote_area,
                        complexity=rule.complexity,
                        days=rule.days,
                        day_basis=rule.day_basis,
                        starts_from=rule.starts_from.value,
                        max_extensions=rule.max_extensions,
                        extension_days=rule.extension_days,
                        legal_source=rule.legal_source,
                    )
                )
            session.flush()
            if missing:
                recompute_open_deadlines(session)
            return len(missing)

    def save_deadline_rule(self, data: DeadlineRuleData) -> DeadlineRuleData:
        """Create or change a rule, then recompute the deadlines of open cases."""
        if data.days <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A deadline must be at least one day."), "days"
            )
        if data.max_extensions < 0 or data.extension_days < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Extensions cannot be negative."), "extension_days"
            )
        code = clean(data.code)
        if not code:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Give the rule a short code."), "code"
            )
        with self._uow.begin() as session:
            row = session.get(DeadlineRule, data.id) if data.id is not None else DeadlineRule()
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "This rule no longer exists."))
            clash = session.scalar(
                select(DeadlineRule.id).where(
                    DeadlineRule.code == code, DeadlineRule.id != (data.id or -1)
                )
            )
            if clash is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "A rule with the code %1 exists already."),
                    "code",
                    code,
                )
            row.code = code
            row.stage = data.stage.value
            row.case_type = data.case_type
            row.round = data.round
            row.remote_area = data.remote_area
            row.complexity = data.complexity
            row.days = data.days
            row.day_basis = data.day_basis
            row.starts_from = data.starts_from.value
            row.max_extensions = data.max_extensions
            row.extension_days = data.extension_days
            row.legal_source = clean(data.legal_source) or ""
            session.add(row)
            session.flush()
            recompute_open_deadlines(session)
            return _rule_data(row)


def recompute_open_deadlines(session: Session, notify_from: date | None = None) -> int:
    """Recompute the deadline of every open case (after the rules or the calendar changed);
    ``notify_from``: see ``refresh_deadline``."""
    rules = load_rules(session)
    calendar = working_day_calendar(session)
    changed = 0
    last_id = 0
    while True:
        cases = session.scalars(
            select(Case)
            .where(Case.status.in_([s.value for s in OPEN_STATUSES]), Case.id > last_id)
            .order_by(Case.id)
            .limit(500)
            .options(selectinload(Case.events))
        ).all()
        if not cases:
            return changed
        for case in cases:
            before = _deadline_state(case)
            refresh_deadline(case, rules, calendar, notify_from)
            if _deadline_state(case) != before:
                changed += 1
        last_id = cases[-1].id
        session.flush()


def _deadline_state(case: Case) -> tuple[object, ...]:
    return (
        case.deadline,
        case.deadline_explanation,
        case.notify_deadline,
        case.notify_deadline_explanation,
    )


_CONCURRENT = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else changed this case while you were editing it. Close it, open it again to see "
    "their changes, then make yours.",
)

# Refusals naming a status: one whole sentence per status, so that the status names (English words
# of the code) are translated with the rest. Keep them in step with case_workflow.CASE_TRANSITIONS
# (tests/unit/test_case_messages.py checks that every allowed move is named).
_CANNOT_BECOME: dict[CaseStatus, str] = {
    CaseStatus.RECEIVED: QT_TRANSLATE_NOOP(
        "Messages",
        "A received case can only become accepted, transferred, guided, withdrawn or refused.",
    ),
    CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP(
        "Messages", "An accepted case can only become in progress, resolved or withdrawn."
    ),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP(
        "Messages", "A case in progress can only become resolved or withdrawn."
    ),
    CaseStatus.RESOLVED: QT_TRANSLATE_NOOP(
        "Messages",
        "A resolved case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.TRANSFERRED: QT_TRANSLATE_NOOP(
        "Messages",
        "A transferred case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.GUIDED: QT_TRANSLATE_NOOP(
        "Messages",
        "A guided case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.WITHDRAWN: QT_TRANSLATE_NOOP(
        "Messages",
        "A withdrawn case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "A refused case is closed; register a new case if the citizen petitions again.",
    ),
}

# "The chosen … no longer exists.", one sentence per pick list
_GONE = {
    "field": QT_TRANSLATE_NOOP("Messages", "The chosen field no longer exists."),
    "commune": QT_TRANSLATE_NOOP("Messages", "The chosen commune no longer exists."),
    "agency": QT_TRANSLATE_NOOP("Messages", "The chosen agency no longer exists."),
    "conference": QT_TRANSLATE_NOOP("Messages", "The chosen conference no longer exists."),
}


def _validate(draft: CaseDraft, today: date, *, new: bool) -> None:
    text_limits.check_case_draft(draft)  # lengths and characters, the same on every database
    if draft.received_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The received date %1 is in the future."),
            "received_on",
            draft.received_on.isoformat(),
        )
    if draft.round not in (1, 2):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The round must be 1 (first time) or 2 (second time)."),
            "round",
        )
    if draft.complexity not in (0, 1, 2):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Complexity must be normal, complex or particularly complex."
            )
        )
    if draft.channel in (Channel.CONFERENCE, Channel.RECEPTION) and draft.conference_id is None:
        pass  # allowed: the session may not be in the register (older records)
    citizens = draft.citizens
    if citizens is None:
        if new:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Add at least one citizen."), "citizens"
            )
        return
    if not citizens:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Add at least one citizen."), "citizens"
        )
    seen: set[str] = set()
    for position, person in enumerate(citizens, start=1):
        if person.citizen_id is not None:
            continue  # chosen from the register: as registered
        if not clean(person.full_name):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Citizen %1: enter the full name."),
                "citizens",
                position,
            )
        national_id = clean(person.national_id)
        if national_id:
            if not is_valid_national_id(national_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Citizen %1: the ID number “%2” must be exactly 12 digits."
                    ),
                    "national_id",
                    position,
                    national_id,
                )
            if national_id in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Citizen %1: the ID number %2 is listed twice."),
                    "national_id",
                    position,
                    national_id,
                )
            seen.add(national_id)
    size = draft.group_size or len(citizens)
    if size < len(citizens):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The group size (%1) is smaller than the number of citizens listed (%2).",
            ),
            "group_size",
            size,
            len(citizens),
        )
    allowed = representatives_allowed(size)
    representatives = sum(1 for person in citizens if person.is_representative)
    if allowed is not None:
        low, high = allowed
        if not low <= representatives <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A group of %1 people must choose %2 to %3 representatives "
                    "(Decree 124/2020/NĐ-CP); %4 chosen.",
                ),
                "representatives",
                size,
                low,
                high,
                representatives,
            )


def _repeats(
    session: Session,
    citizens: Sequence[CitizenInput],
    commune_id: int | None,
    field_id: int | None,
    case_type: CaseType,
    exclude: int | None,
) -> list[CaseRef]:
    """Open or settled cases in ``field_id`` from the same people (DESIGN §3): the citizen
    chosen, the same ID number, or, for a person typed without one, the same (folded) name in
    the same commune (the case's or the citizen's). A repeat is a link between cases; the
    people stay the citizens they are (a namesake is never merged, ``citizens.match_key``).

    Only cases of the same confidentiality: a denunciation repeats earlier denunciations only,
    any other type earlier non-denunciations only. A complaint shown as "repeat of" a
    denunciation would tell every reader of the complaint who the denunciator is."""
    if field_id is None or not citizens:
        return []
    chosen = {c.citizen_id for c in citizens if c.citizen_id is not None}
    typed = [c for c in citizens if c.citizen_id is None]
    ids = sorted({n for c in typed if (n := match_key(c.national_id)) is not None})
    names: set[tuple[str, int]] = set()
    for c in typed:
        if clean(c.national_id):
            continue  # someone with an ID number is that number, whatever their name
        commune = c.commune_id if c.commune_id is not None else commune_id
        name = fold(c.full_name)
        if name and commune is not None:
            names.add((name, commune))
    matches: list[ColumnElement[bool]] = []
    if chosen:
        matches.append(CaseCitizen.citizen_id.in_(sorted(chosen)))
    if ids:
        matches.append(Citizen.national_id.in_(ids))
    for name, commune in sorted(names):
        matches.append(
            and_(
                Citizen.search_key == name,
                or_(Case.commune_id == commune, Citizen.unit_id == commune),
            )
        )
    if not matches:
        return []
    denunciation = CaseType.DENUNCIATION.value
    same_secrecy = (
        Case.case_type == denunciation
        if CaseType(case_type) == CaseType.DENUNCIATION
        else Case.case_type != denunciation
    )
    statuses = [s.value for s in REPEATABLE_STATUSES]
    query = (
        select(Case.id, Case.number, Case.received_on, Case.status)
        .join(CaseCitizen, CaseCitizen.case_id == Case.id)
        .join(Citizen, Citizen.id == CaseCitizen.citizen_id)
        .where(Case.field_id == field_id, Case.status.in_(statuses), same_secrecy, or_(*matches))
        .distinct()
        .order_by(Case.received_on.desc(), Case.id.desc())
    )
    if exclude is not None:
        query = query.where(Case.id != exclude)
    return [CaseRef(i, n, r, s) for i, n, r, s in session.execute(query)]


def link_citizens(session: Session, case: Case, citizens: Sequence[CitizenInput]) -> None:
    """Make ``citizens`` the people of ``case``: each the citizen chosen, the registered one
    with the same ID number, or a new one (``find_or_create_citizen``). A person listed twice
    (the same citizen) is linked once, a representative if either listing says so."""
    links: dict[int, CaseCitizen] = {}
    for person in citizens:
        citizen = find_or_create_citizen(session, person, case.commune_id)
        link = links.get(citizen.id)
        if link is not None:
            link.is_representative = link.is_representative or person.is_representative
            continue
        link = CaseCitizen(citizen=citizen, is_representative=person.is_representative)
        links[citizen.id] = link
        case.citizens.append(link)
    session.flush()


def complete_registration(
    session: Session,
    case: Case,
    citizens: Sequence[CitizenInput],
    repeat_of_id: int | None,
    user_name: str | None,
) -> CaseRef | None:
    """The rest of registering a new ``case`` whose row and citizens are written: link it to
    the earlier case it repeats (given, or found by ``_repeats``), write the first entry of its
    timeline, compute its deadline and index it for search. Returns the case it repeats."""
    repeat: CaseRef | None = None
    if repeat_of_id is None:
        found = _repeats(session, citizens, case.commune_id, case.field_id, case.case_type, case.id)
        if found:
            repeat = found[0]
            case.repeat_of_id = repeat.id
    else:
        repeat = _ref(session, repeat_of_id, case.case_type)
        case.repeat_of_id = repeat.id
    case.events.append(
        CaseEvent(
            user_name=user_name,
            kind=FollowUpKind.STATUS_CHANGE,
            to_status=CaseStatus.RECEIVED,
            note=registered_note(repeat.number or repeat.id if repeat else None),
            happened_on=case.received_on,
        )
    )
    refresh_deadline(case, load_rules(session), working_day_calendar(session))
    session.flush()
    index_case(session, case)
    return repeat


def _ref(session: Session, case_id: int, case_type: CaseType | None = None) -> CaseRef:
    """The earlier case a case repeats; with ``case_type``, refused across a denunciator's
    secrecy (a denunciation repeats only a denunciation, any other case only a non-one)."""
    row = session.get(Case, case_id)
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The earlier case this one repeats no longer exists."),
            "repeat_of",
        )
    if case_type is not None and _secret(row.case_type) != _secret(case_type):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A denunciation can only repeat a denunciation, and another case only a case "
                "that is not one: the link would reveal who made the denunciation.",
            ),
            "repeat_of",
        )
    return CaseRef(row.id, row.number, row.received_on, row.status)


def _secret(case_type: CaseType) -> bool:
    return case_type == CaseType.DENUNCIATION


def _after(column: Any, sort: CaseSort, after: Cursor) -> ColumnElement[bool]:
    if sort.key == "id":
        return Case.id < after.id if sort.descending else Case.id > after.id
    beyond: Callable[[Any, Any], ColumnElement[bool]] = (
        (lambda c, v: c < v) if sort.descending else (lambda c, v: c > v)
    )
    id_beyond = Case.id < after.id if sort.descending else Case.id > after.id
    if after.value is None:  # nulls come last: only later nulls remain
        return and_(column.is_(None), id_beyond)
    condition = or_(beyond(column, after.value), and_(column == after.value, id_beyond))
    if sort.key in ("number", "deadline"):
        condition = or_(condition, column.is_(None))
    return condition


def _row_query() -> Select[Case, str | None, int, str | None, str | None, str | None]:
    """The columns of a list row: the case, its first citizen and their number, and names."""
    first_citizen = (
        select(Citizen.full_name)
        .join(CaseCitizen, CaseCitizen.citizen_id == Citizen.id)
        .where(CaseCitizen.case_id == Case.id)
        .order_by(CaseCitizen.is_representative.desc(), CaseCitizen.id)
        .limit(1)
        .scalar_subquery()
    )
    citizen_count = (
        select(func.count())
        .select_from(CaseCitizen)
        .where(CaseCitizen.case_id == Case.id)
        .scalar_subquery()
    )
    return (
        select(
            Case,
            first_citizen.label("first_citizen"),
            citizen_count.label("citizen_count"),
            AdminUnit.name,
            CaseField.name,
            Agency.name,
        )
        .outerjoin(AdminUnit, AdminUnit.id == Case.commune_id)
        .outerjoin(CaseField, CaseField.id == Case.field_id)
        .outerjoin(Agency, Agency.id == Case.agency_id)
    )


def _row(
    case: Case,
    first: str | None,
    count: int,
    commune: str | None,
    field_name: str | None,
    agency: str | None,
    today: date,
) -> CaseRow:
    hidden = case.case_type == CaseType.DENUNCIATION
    label = None
    if not hidden and first:
        label = first if count <= 1 else f"{first} +{count - 1}"
    days_left = _days_left(case.status, case.deadline, today)
    notify_overdue = _notify_overdue(case, today)
    return CaseRow(
        id=case.id,
        number=case.number,
        received_on=case.received_on,
        case_type=case.case_type,
        status=case.status,
        channel=case.channel,
        citizens=label,
        citizen_count=count or 0,
        identity_hidden=hidden,
        # names repeat from row to row: one string each, not one per row
        commune=_shared(commune),
        field=_shared(field_name),
        agency=_shared(agency),
        handler=_shared(case.handler),
        summary=case.summary,
        deadline=case.deadline,
        deadline_parts=_parts(case.deadline_explanation),
        overdue=days_left is not None and days_left < 0,
        days_left=days_left,
        repeat_of_id=case.repeat_of_id,
        outcome=case.outcome,
        resolved_on=case.resolved_on,
        notify_deadline=case.notify_deadline,
        notified_on=case.notified_on,
        notify_overdue=notify_overdue,
        notify_parts=_parts(case.notify_deadline_explanation),
    )


@lru_cache(maxsize=4096)
def _parts(stored: str | None) -> tuple[ExplanationPart, ...]:
    """The parts of a stored explanation; rows share them (few distinct explanations)."""
    return tuple(explanation_parts(stored))


def _shared(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def _check_day(case: Case, day: date, today: date) -> None:
    """Refuse a step or follow-up dated in the future or before the case was received."""
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."), "on"
        )
    if day < case.received_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The date %1 is before the case was received (%2)."),
            "on",
            day.isoformat(),
            case.received_on.isoformat(),
        )


def _check_notification(case: Case, day: date) -> None:
    """Refuse recording a notification that the case does not call for, or on a wrong day."""
    if case.case_type != CaseType.DENUNCIATION or case.accepted_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only an accepted denunciation calls for notifying the denunciator. Accept the "
                "denunciation first.",
            ),
            "kind",
        )
    if case.notified_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The denunciator was already notified on %1."),
            "kind",
            case.notified_on.isoformat(),
        )
    if day < case.accepted_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The date %1 is before the denunciation was accepted (%2)."
            ),
            "on",
            day.isoformat(),
            case.accepted_on.isoformat(),
        )


def _citizen_data(link: CaseCitizen) -> CitizenData:
    citizen = link.citizen
    return CitizenData(
        citizen.id,
        citizen.full_name,
        citizen.national_id,
        citizen.address,
        citizen.phone,
        link.is_representative,
    )


def _detail(session: Session, case: Case, today: date, *, reveal: bool) -> CaseDetail:
    hidden = case.case_type == CaseType.DENUNCIATION and not reveal
    rules = load_rules(session)
    rule = (
        select_rule(rules, facts_of(case), Stage.SETTLE)
        if case.status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS)
        else None
    )
    extensions = sum(1 for e in case.events if e.kind == FollowUpKind.EXTENSION)
    days_left = _days_left(case.status, case.deadline, today)
    names = {
        "field": session.get(CaseField, case.field_id) if case.field_id else None,
        "commune": session.get(AdminUnit, case.commune_id) if case.commune_id else None,
        "agency": session.get(Agency, case.agency_id) if case.agency_id else None,
    }
    conference = session.get(Conference, case.conference_id) if case.conference_id else None
    repeat = None
    if case.repeat_of_id:
        other = session.get(Case, case.repeat_of_id)
        if other is not None:
            repeat = CaseRef(other.id, other.number, other.received_on, other.status)
    events = sorted(case.events, key=lambda e: (e.happened_on or _local(e.at).date(), e.id))
    timeline = tuple(
        TimelineEntry(
            id=event.id,
            at=_local(event.at),
            happened_on=event.happened_on or _local(event.at).date(),
            user_name=event.user_name,
            kind=event.kind,
            from_status=event.from_status,
            to_status=event.to_status,
            note=stored_text(event.note),
            note_parts=tuple(stored_parts(event.note)),
            decision_number=event.decision_number,
            extension_days=event.extension_days,
            attachments=tuple(
                AttachmentInfo(a.id, a.file_name, a.media_type, len(a.content or b""))
                for a in event.attachments
            ),
        )
        for event in events
    )
    return CaseDetail(
        id=case.id,
        number=case.number,
        received_on=case.received_on,
        channel=case.channel,
        conference_id=case.conference_id,
        conference=conference.title if conference else None,
        case_type=case.case_type,
        field_id=case.field_id,
        field=names["field"].name if names["field"] else None,
        summary=case.summary,
        commune_id=case.commune_id,
        commune=names["commune"].name if names["commune"] else None,
        within_competence=case.within_competence,
        round=case.round,
        remote_area=case.remote_area,
        complexity=case.complexity,
        group_size=case.group_size,
        agency_id=case.agency_id,
        agency=names["agency"].name if names["agency"] else None,
        handler=case.handler,
        status=case.status,
        outcome=case.outcome,
        refusal_ground=case.refusal_ground,
        accepted_on=case.accepted_on,
        resolved_on=case.resolved_on,
        deadline=case.deadline,
        overdue=days_left is not None and days_left < 0,
        repeat_of=repeat,
        citizens=() if hidden else tuple(_citizen_data(link) for link in case.citizens),
        citizen_count=len(case.citizens),
        identity_hidden=hidden,
        timeline=timeline,
        allowed_next=tuple(sorted(case_workflow.allowed_next(case.status))),
        extensions_used=extensions,
        extensions_allowed=rule.max_extensions if rule else 0,
        version=case.version,
        deadline_parts=_parts(case.deadline_explanation),
        notify_deadline=case.notify_deadline,
        notify_parts=_parts(case.notify_deadline_explanation),
        notified_on=case.notified_on,
        notify_overdue=_notify_overdue(case, today),
    )


def _rule_data(row: DeadlineRule) -> DeadlineRuleData:
    rule = rule_from_row(row)
    return DeadlineRuleData(
        id=row.id,
        code=rule.code,
        stage=rule.stage,
        case_type=rule.case_type,
        round=rule.round,
        remote_area=rule.remote_area,
        complexity=rule.complexity,
        days=rule.days,
        day_basis=rule.day_basis,
        starts_from=rule.starts_from,
        max_extensions=rule.max_extensions,
        extension_days=rule.extension_days,
        legal_source=rule.legal_source,
    )


__all__ = [
    "HIDDEN",
    "AgencyLateness",
    "AttachmentInput",
    "CaseDetail",
    "CaseDraft",
    "CaseFilter",
    "CasePage",
    "CaseRow",
    "CaseService",
    "CaseSort",
    "CitizenInput",
    "Cursor",
    "DeadlineRuleData",
    "RegisterResult",
    "find_or_create_citizen",
]

"""Reading the case register: the paged, filtered and sorted list (keyset paging at any size),
its count, the rows of given cases, the agencies late with their cases, a case loaded whole,
earlier cases a new one repeats, and the deadline rules. Every function takes the Session of the
caller's unit of work (``service.CaseService`` opens one per call) and writes nothing."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from dialogue_app.domain.cases import (
    OPEN_STATUSES,
    REPEATABLE_STATUSES,
    CaseStatus,
    CaseType,
    Stage,
    StartsFrom,
    notification_due,
)
from dialogue_app.domain.deadlines import CaseFacts, ExplanationPart, Rule, explanation_parts
from dialogue_app.domain.text import clean, fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.cases import search_index
from dialogue_app.services.cases.citizens import CitizenInput, match_key
from dialogue_app.services.cases.slices import slice_conditions
from dialogue_app.services.cases.types import (
    SORT_KEYS,
    AgencyLateness,
    CaseFilter,
    CasePage,
    CaseRef,
    CaseRow,
    CaseSort,
    Cursor,
    DeadlineRuleData,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.registers import Choice
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    Case,
    CaseCitizen,
    CaseEvent,
    CaseField,
    Citizen,
    Conference,
    DeadlineRule,
)
from dialogue_app.store.units import units_within

# --- the list ------------------------------------------------------------------------------------


def check_sort(sort: CaseSort) -> None:
    """Refuse an unknown sort key."""
    if sort.key not in SORT_KEYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Cannot sort by “%1”."), "sort", sort.key
        )


def conditions(
    session: Session, flt: CaseFilter, today: date, include_confidential: bool
) -> tuple[list[ColumnElement[bool]], search_index.SearchPlan | None]:
    """The filter's WHERE conditions but the search, and the search's plan."""
    found: list[ColumnElement[bool]] = []
    plan = None
    if flt.statuses:
        found.append(Case.status.in_([s.value for s in flt.statuses]))
    if flt.case_types:
        found.append(Case.case_type.in_([t.value for t in flt.case_types]))
    if flt.field_ids:
        found.append(Case.field_id.in_(sorted(flt.field_ids)))
    if flt.commune_ids:
        found.append(Case.commune_id.in_(sorted(flt.commune_ids)))
    if flt.unit_id is not None:
        found.append(Case.commune_id.in_(units_within((flt.unit_id,))))
    if flt.agency_ids:
        found.append(Case.agency_id.in_(sorted(flt.agency_ids)))
    if flt.conference_id is not None:
        found.append(Case.conference_id == flt.conference_id)
    if flt.received_from is not None:
        found.append(Case.received_on >= flt.received_from)
    if flt.received_to is not None:
        found.append(Case.received_on <= flt.received_to)
    open_values = [s.value for s in OPEN_STATUSES]
    # overdue and due soon: the settlement deadline, as the reports count it; the
    # denunciators still to notify are a list of their own (``notify_pending``)
    if flt.overdue:
        found += [Case.status.in_(open_values), Case.deadline < today]
    if flt.due_within_days is not None:
        until = today + timedelta(days=flt.due_within_days)
        found += [Case.status.in_(open_values), Case.deadline.between(today, until)]
    if flt.notify_pending:
        found += [Case.status.in_(open_values), _pending_notification()]
    if flt.report_slice is not None:
        found += slice_conditions(flt.report_slice)
    if flt.case_ids is not None:
        found.append(Case.id.in_(sorted(flt.case_ids)))
    if flt.search.strip():
        plan = search_index.search_plan(
            session, flt.search, Case.id.expression, include_confidential=include_confidential
        )
    return found, plan


@dataclass(frozen=True)
class PageQuery:
    """Which page of the case list: filter, order, where the previous page ended, how many rows;
    the day overdue counts from, and whether denunciators' names may be searched and sorted."""

    flt: CaseFilter
    sort: CaseSort
    after: Cursor | None
    limit: int
    today: date
    include_confidential: bool


def list_page(session: Session, page: PageQuery) -> CasePage:
    """One page of the filtered, sorted list, and the cursor of the next one."""
    ids, ordering = page_ids(session, page)
    limit, today = page.limit, page.today
    # Two steps: the page's ids first (only the sort key and the filters), then the
    # columns and per-row subqueries for those rows alone. In one query the database
    # computes the citizen subqueries for every match before sorting: thousands of
    # rows for a page of 200 when a search matches many cases.
    found = ids.subquery("page")
    query = _row_query().join(found, found.c.id == Case.id)
    query = query.order_by(*ordering(found.c.key, found.c.id))
    result = session.execute(query).all()
    rows = [_row(values, today) for values in result[:limit]]
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
        }[page.sort.key]
        next_cursor = Cursor(value, last.id)
    return CasePage(tuple(rows), next_cursor)


def list_ids_page(session: Session, page: PageQuery) -> tuple[tuple[int, ...], Cursor | None]:
    """The ids of one page of the list (same filter, order and keyset as ``list_page``),
    and the cursor of the next page (None: this was the last)."""
    ids_query, _ordering = page_ids(session, page)
    result = session.execute(ids_query).all()
    limit = page.limit
    ids = tuple(row_id for row_id, _key in result[:limit])
    next_cursor = None
    if len(result) > limit and ids:
        last_id, key = result[limit - 1]
        # as list_page: enums by their value
        next_cursor = Cursor(key.value if isinstance(key, Enum) else key, last_id)
    return ids, next_cursor


def rows_by_ids(session: Session, ids: Sequence[int], today: date) -> list[CaseRow]:
    """The list rows of these cases, in the order given (ids no longer there are left out)."""
    if not ids:
        return []
    result = session.execute(_row_query().where(Case.id.in_(list(ids)))).all()
    rows = {values.id: _row(values, today) for values in result}
    return [rows[case_id] for case_id in ids if case_id in rows]


def page_ids(
    session: Session, page: PageQuery
) -> tuple[Select[int, Any], Callable[[Any, Any], list[Any]]]:
    """The query of one page's ids and sort keys (``limit + 1`` rows: one more tells
    whether a next page exists), and the ORDER BY of that order over other columns."""
    sort, after = page.sort, page.after
    column = {
        "received_on": Case.received_on,
        "number": Case.number,
        "deadline": Case.deadline,
        "status": Case.status,
        "type": Case.case_type,
        "id": Case.id,
    }[sort.key]
    where, plan = conditions(session, page.flt, page.today, page.include_confidential)
    if plan is not None:
        # a search matching many cases: walk the received-on index (the usual order)
        walk = plan.walk_conditions if sort.key == "received_on" else None
        where += walk or plan.conditions
    if after is not None:
        where.append(_after(column, sort, after))

    def ordering(key: Any, row_id: Any) -> list[Any]:
        if sort.key == "id":
            return [row_id.desc() if sort.descending else row_id.asc()]
        direction = key.desc() if sort.descending else key.asc()
        if sort.key in ("number", "deadline"):
            direction = direction.nulls_last()
        return [direction, row_id.desc() if sort.descending else row_id.asc()]

    query = (
        select(Case.id.label("id"), column.label("key"))
        .where(*where)
        .order_by(*ordering(column, Case.id))
        .limit(page.limit + 1)
    )
    return query, ordering


def count(
    session: Session,
    flt: CaseFilter,
    today: date,
    include_confidential: bool,
    limit: int | None = None,
) -> int:
    """How many cases match; with ``limit``, stop counting there."""
    where, plan = conditions(session, flt, today, include_confidential)
    if plan is not None:
        where += plan.conditions
    inner = select(Case.id)
    if where:
        inner = inner.where(*where)
    if limit is not None:
        inner = inner.limit(limit)
    query = select(func.count()).select_from(inner.subquery())
    return session.scalar(query) or 0


def late_agencies(session: Session, today: date) -> list[AgencyLateness]:
    """Agencies with open cases past their deadline: how many, and how many days late."""
    query = (
        select(Case.agency_id, Agency.name, Case.deadline, func.count())
        .outerjoin(Agency, Agency.id == Case.agency_id)
        .where(Case.status.in_([s.value for s in OPEN_STATUSES]), Case.deadline < today)
        .group_by(Case.agency_id, Agency.name, Case.deadline)
    )
    totals: dict[int | None, list[Any]] = {}
    for agency_id, name, deadline, number in session.execute(query):
        assert deadline is not None  # the query keeps cases past their deadline
        late = (today - deadline).days
        entry = totals.setdefault(agency_id, [name, 0, 0, 0, deadline])
        entry[1] += number
        entry[2] += late * number
        entry[3] = max(entry[3], late)
        entry[4] = min(entry[4], deadline)
    result = [
        AgencyLateness(agency_id, name, overdue, total, worst, oldest)
        for agency_id, (name, overdue, total, worst, oldest) in totals.items()
    ]
    result.sort(key=lambda a: (-a.overdue, -a.days_late_total, a.agency or ""))
    return result


# --- one case ------------------------------------------------------------------------------------


def load_case(session: Session, case_id: int) -> Case:
    """The case with its citizens and timeline (and the timeline's files) loaded."""
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


def number_taken(session: Session, number: str, case_id: int | None) -> bool:
    """Another case than ``case_id`` has this number."""
    clash = session.scalar(select(Case.id).where(Case.number == number, Case.id != (case_id or -1)))
    return clash is not None


def open_cases_after(session: Session, last_id: int, limit: int) -> Sequence[Case]:
    """The next ``limit`` open cases by id after ``last_id``, with their timelines."""
    return session.scalars(
        select(Case)
        .where(Case.status.in_([s.value for s in OPEN_STATUSES]), Case.id > last_id)
        .order_by(Case.id)
        .limit(limit)
        .options(selectinload(Case.events))
    ).all()


def conference_choices(session: Session, limit: int) -> list[Choice]:
    """Recent conferences and reception days, newest first (where a case was raised)."""
    query = (
        select(Conference.id, Conference.title, Conference.starts_at)
        .order_by(Conference.starts_at.desc())
        .limit(limit)
    )
    return [
        Choice(i, f"{local_date(at).isoformat()} {title}")
        for i, title, at in session.execute(query)
    ]


def local_date(moment: datetime) -> date:
    """The day of an aware moment in Viet Nam."""
    return moment.astimezone(VN_TZ).date()


# --- the deadline rules --------------------------------------------------------------------------


def deadline_rules(session: Session) -> list[DeadlineRuleData]:
    rows = session.scalars(select(DeadlineRule).order_by(DeadlineRule.code))
    return [rule_data(row) for row in rows]


def rule_code_taken(session: Session, code: str, rule_id: int | None) -> bool:
    """Another rule than ``rule_id`` has this code."""
    clash = session.scalar(
        select(DeadlineRule.id).where(DeadlineRule.code == code, DeadlineRule.id != (rule_id or -1))
    )
    return clash is not None


def rule_codes(session: Session) -> set[str]:
    return set(session.scalars(select(DeadlineRule.code)))


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


def rule_data(row: DeadlineRule) -> DeadlineRuleData:
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
        version=row.version,
    )


# --- earlier cases a new one repeats --------------------------------------------------------------


def repeats(
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


# --- rows ----------------------------------------------------------------------------------------


def _after(column: Any, sort: CaseSort, after: Cursor) -> ColumnElement[bool]:
    if sort.key == "id":
        return Case.id < after.id if sort.descending else Case.id > after.id
    beyond: Callable[[Any, Any], ColumnElement[bool]] = (
        (lambda c, v: c < v) if sort.descending else (lambda c, v: c > v)
    )
    id_beyond = Case.id < after.id if sort.descending else Case.id > after.id
    if after.value is None:  # nulls come last: only later nulls remain
        return and_(column.is_(None), id_beyond)
    # the bound alone is what the database can seek to in the (key, id) index: without it, a
    # page deep in a long list walked every row before it (a million-case list's last page
    # took 40 ms); the rest is exact
    bound = column <= after.value if sort.descending else column >= after.value
    condition = and_(
        bound, or_(beyond(column, after.value), and_(column == after.value, id_beyond))
    )
    if sort.key in ("number", "deadline"):
        condition = or_(condition, column.is_(None))
    return condition


def _row_query() -> Select[*tuple[Any, ...]]:
    """The columns of a list row: the case's own, its first citizen and their number, and
    names. Columns, not the mapped case: a page of rows builds no ORM objects."""
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
            Case.id,
            Case.number,
            Case.received_on,
            Case.case_type,
            Case.status,
            Case.channel,
            Case.handler,
            Case.summary,
            Case.deadline,
            Case.deadline_explanation,
            Case.repeat_of_id,
            Case.outcome,
            Case.resolved_on,
            Case.notify_deadline,
            Case.notified_on,
            Case.notify_deadline_explanation,
            first_citizen.label("first_citizen"),
            citizen_count.label("citizen_count"),
            AdminUnit.name.label("commune"),
            CaseField.name.label("field_name"),
            Agency.name.label("agency"),
        )
        .outerjoin(AdminUnit, AdminUnit.id == Case.commune_id)
        .outerjoin(CaseField, CaseField.id == Case.field_id)
        .outerjoin(Agency, Agency.id == Case.agency_id)
    )


def _row(values: Any, today: date) -> CaseRow:
    """A list row from a row of ``_row_query``."""
    hidden = values.case_type == CaseType.DENUNCIATION
    first, count = values.first_citizen, values.citizen_count
    label = None
    if not hidden and first:
        label = first if count <= 1 else f"{first} +{count - 1}"
    left = days_left(values.status, values.deadline, today)
    return CaseRow(
        id=values.id,
        number=values.number,
        received_on=values.received_on,
        case_type=values.case_type,
        status=values.status,
        channel=values.channel,
        citizens=label,
        citizen_count=count or 0,
        identity_hidden=hidden,
        # names repeat from row to row: one string each, not one per row
        commune=_shared(values.commune),
        field=_shared(values.field_name),
        agency=_shared(values.agency),
        handler=_shared(values.handler),
        summary=values.summary,
        deadline=values.deadline,
        deadline_parts=parts_of(values.deadline_explanation),
        overdue=left is not None and left < 0,
        days_left=left,
        repeat_of_id=values.repeat_of_id,
        outcome=values.outcome,
        resolved_on=values.resolved_on,
        notify_deadline=values.notify_deadline,
        notified_on=values.notified_on,
        notify_overdue=notify_overdue(values, today),
        notify_parts=parts_of(values.notify_deadline_explanation),
    )


@lru_cache(maxsize=4096)
def parts_of(stored: str | None) -> tuple[ExplanationPart, ...]:
    """The parts of a stored explanation; rows share them (few distinct explanations)."""
    return tuple(explanation_parts(stored))


def _shared(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def days_left(status: CaseStatus, deadline: date | None, today: date) -> int | None:
    if deadline is None or status not in OPEN_STATUSES:
        return None
    return (deadline - today).days


def notify_overdue(case: Case, today: date) -> bool:
    due = notification_due(case.notify_deadline, case.notified_on, case.status)
    return due and case.notify_deadline is not None and case.notify_deadline < today


def _pending_notification() -> ColumnElement[bool]:
    """SQL: the denunciator is still to be notified (used with an open-status condition)."""
    return and_(Case.notify_deadline.is_not(None), Case.notified_on.is_(None))

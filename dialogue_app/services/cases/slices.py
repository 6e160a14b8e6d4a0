"""The cases behind one figure of a report, as SQL conditions on ``Case``.

What each figure means is written once, in ``domain/statistics.py``; here is its SQL, shared by
the reports (which sum it, ``services/reports/queries.py``) and the case list (which lists it
when ``CaseFilter.report_slice`` is set), so a figure and its drill-down list cannot disagree.

A shared module: it imports the store and the domain only, never a feature (the case register
uses it, and the case register never imports the reports).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, not_, or_, select

from dialogue_app.domain.cases import OPEN_STATUSES, CaseStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.statistics import CROWD_SIZE, Measure, ReportSlice
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.store.models import Case, Conference

SETTLED_STATUSES = (CaseStatus.RESOLVED.value, CaseStatus.WITHDRAWN.value)
OTHERWISE_STATUSES = (
    CaseStatus.REFUSED.value,
    CaseStatus.TRANSFERRED.value,
    CaseStatus.GUIDED.value,
)
OPEN_VALUES = tuple(sorted(s.value for s in OPEN_STATUSES))
SESSION_KINDS = (ConferenceKind.RECEPTION, ConferenceKind.ADHOC_RECEPTION, ConferenceKind.DIALOGUE)
HELD = (ConferenceStatus.HELD, ConferenceStatus.CLOSED)


def closed_on() -> ColumnElement[Any]:
    # A closed case is closed on its resolved_on date; an old record without one, on receipt.
    return func.coalesce(Case.resolved_on, Case.received_on)


def is_open() -> ColumnElement[bool]:
    return Case.status.in_(OPEN_VALUES)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VN_TZ)


def measures(start: date, end: date, as_of: date) -> dict[Measure, ColumnElement[bool]]:
    """The condition of each measure on a case (``AT_SESSIONS`` aside)."""
    closed = closed_on()
    open_ = is_open()
    # received in the period, or before it and not closed before its first day; written as
    # three ranges (received_on; status and received_on; resolved_on) so that each can use an
    # index (a case without resolved_on counts as closed on receipt, before the period)
    before = and_(Case.received_on < start, Case.received_on <= end)
    in_scope = or_(
        and_(Case.received_on >= start, Case.received_on <= end),
        and_(open_, before),
        and_(Case.resolved_on.is_not(None), Case.resolved_on >= start, before),
    )
    settled = and_(in_scope, Case.status.in_(SETTLED_STATUSES), closed <= end)
    otherwise = and_(in_scope, Case.status.in_(OTHERWISE_STATUSES), closed <= end)
    open_at_end = and_(in_scope, or_(open_, closed > end))
    return {
        Measure.IN_SCOPE: in_scope,
        Measure.RECEIVED: and_(Case.received_on >= start, Case.received_on <= end),
        Measure.CARRIED_OVER: and_(Case.received_on < start, or_(open_, closed >= start)),
        Measure.SETTLED: settled,
        Measure.SETTLED_ON_TIME: and_(settled, Case.deadline.is_not(None), closed <= Case.deadline),
        Measure.SETTLED_LATE: and_(settled, Case.deadline.is_not(None), closed > Case.deadline),
        Measure.SETTLED_NO_DEADLINE: and_(settled, Case.deadline.is_(None)),
        Measure.CLOSED_OTHERWISE: otherwise,
        Measure.TO_SETTLE: and_(in_scope, not_(otherwise)),
        Measure.OPEN_AT_END: open_at_end,
        Measure.OVERDUE: and_(open_at_end, Case.deadline < as_of),
        Measure.CROWD: and_(in_scope, Case.group_size >= CROWD_SIZE),
    }


def held_session_conditions(begins: Any, ends: Any) -> list[ColumnElement[bool]]:
    """SQL: a held reception or dialogue session starting from ``begins`` until before ``ends``
    (datetimes, or parameters of a statement built once: the dashboard's)."""
    return [
        Conference.kind.in_([k.value for k in SESSION_KINDS]),
        Conference.status.in_([s.value for s in HELD]),
        Conference.starts_at >= begins,
        Conference.starts_at < ends,
    ]


def held_sessions(start: date, end: date, unit_ids: frozenset[int] | None) -> Select[Any]:
    """The ids of the period's held reception and dialogue sessions (a subquery)."""
    query = select(Conference.id).where(
        *held_session_conditions(day_start(start), day_start(end + timedelta(days=1)))
    )
    if unit_ids is not None:
        query = query.where(Conference.unit_id.in_(sorted(unit_ids)))
    return query


def slice_conditions(report_slice: ReportSlice) -> list[ColumnElement[bool]]:
    """The conditions on ``Case`` selecting exactly the cases of a figure (the case list's
    drill-down; ``CaseService`` adds them when ``CaseFilter.report_slice`` is set)."""
    s = report_slice
    conditions: list[ColumnElement[bool]]
    if s.measure is Measure.AT_SESSIONS:
        conditions = [Case.conference_id.in_(held_sessions(s.start, s.end, None))]
    else:
        conditions = [measures(s.start, s.end, s.as_of)[s.measure]]
    if s.within_competence is not None:
        conditions.append(Case.within_competence.is_(s.within_competence))
    for name, column in (
        ("field", Case.field_id),
        ("commune", Case.commune_id),
        ("agency", Case.agency_id),
    ):
        if name in s.missing:
            conditions.append(column.is_(None))
    return conditions


__all__ = [
    "HELD",
    "OPEN_VALUES",
    "OTHERWISE_STATUSES",
    "SESSION_KINDS",
    "SETTLED_STATUSES",
    "closed_on",
    "day_start",
    "held_session_conditions",
    "held_sessions",
    "is_open",
    "measures",
    "slice_conditions",
]

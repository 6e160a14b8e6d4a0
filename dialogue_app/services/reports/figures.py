"""Reports: the figures superiors ask for, for any period, reconciled and ready to drill into.

What each figure means is written once, in ``domain/statistics.py``; periods and the cut-off day
in ``domain/periods.py``. Here the figures are summed in SQL: one statement gives every case
table (the cases in scope with their facts, then one GROUP BY per table, see ``_case_tables``),
one gives every held session with its counts; Python only names and sorts the rows.

Every case figure has a drill-down: ``ReportService.drill_filter`` gives the ``CaseFilter`` whose
list is exactly the cases counted, built from the same SQL conditions as the figure itself
(``slice_conditions``), so the list and the figure cannot disagree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    SQLColumnExpression,
    String,
    and_,
    case,
    func,
    literal,
    not_,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.cases import OPEN_STATUSES, CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.periods import Period, PeriodError, PeriodKind, period_containing
from dialogue_app.domain.reception_rules import DutyCount, count_duties
from dialogue_app.domain.statistics import (
    CROWD_SIZE,
    CaseCounts,
    Measure,
    Rate,
    ReceptionCounts,
    ReportSlice,
    SessionFacts,
    format_decimal,
    quota_periods_ending_in,
    summarise_sessions,
)
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    Case,
    CaseCitizen,
    CaseField,
    Conference,
    ConferenceParticipant,
    DutyQuota,
    OfficeProfile,
    Official,
    ReceptionDuty,
)
from dialogue_app.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from dialogue_app.services.cases import CaseFilter

SETTLED_STATUSES = (CaseStatus.RESOLVED.value, CaseStatus.WITHDRAWN.value)
OTHERWISE_STATUSES = (
    CaseStatus.REFUSED.value,
    CaseStatus.TRANSFERRED.value,
    CaseStatus.GUIDED.value,
)
OPEN_VALUES = tuple(sorted(s.value for s in OPEN_STATUSES))
SESSION_KINDS = (ConferenceKind.RECEPTION, ConferenceKind.ADHOC_RECEPTION, ConferenceKind.DIALOGUE)
HELD = (ConferenceStatus.HELD, ConferenceStatus.CLOSED)
DIMENSIONS = ("type", "field", "unit", "agency")

# --- the SQL behind every case figure ------------------------------------------------------------


def _closed_on() -> ColumnElement[Any]:
    # A closed case is closed on its resolved_on date; an old record without one, on receipt.
    return func.coalesce(Case.resolved_on, Case.received_on)


def _is_open() -> ColumnElement[bool]:
    return Case.status.in_(OPEN_VALUES)


def _measures(start: date, end: date, as_of: date) -> dict[Measure, ColumnElement[bool]]:
    """The condition of each measure on a case (``AT_SESSIONS`` aside)."""
    closed_on = _closed_on()
    is_open = _is_open()
    # received in the period, or before it and not closed before its first day; written as
    # three ranges (received_on; status and received_on; resolved_on) so that each can use an
    # index (a case without resolved_on counts as closed on receipt, before the period)
    before = and_(Case.received_on < start, Case.received_on <= end)
    in_scope = or_(
        and_(Case.received_on >= start, Case.received_on <= end),
        and_(is_open, before),
        and_(Case.resolved_on.is_not(None), Case.resolved_on >= start, before),
    )
    settled = and_(in_scope, Case.status.in_(SETTLED_STATUSES), closed_on <= end)
    otherwise = and_(in_scope, Case.status.in_(OTHERWISE_STATUSES), closed_on <= end)
    open_at_end = and_(in_scope, or_(is_open, closed_on > end))
    return {
        Measure.IN_SCOPE: in_scope,
        Measure.RECEIVED: and_(Case.received_on >= start, Case.received_on <= end),
        Measure.CARRIED_OVER: and_(Case.received_on < start, or_(is_open, closed_on >= start)),
        Measure.SETTLED: settled,
        Measure.SETTLED_ON_TIME: and_(
            settled, Case.deadline.is_not(None), closed_on <= Case.deadline
        ),
        Measure.SETTLED_LATE: and_(settled, Case.deadline.is_not(None), closed_on > Case.deadline),
        Measure.SETTLED_NO_DEADLINE: and_(settled, Case.deadline.is_(None)),
        Measure.CLOSED_OTHERWISE: otherwise,
        Measure.TO_SETTLE: and_(in_scope, not_(otherwise)),
        Measure.OPEN_AT_END: open_at_end,
        Measure.OVERDUE: and_(open_at_end, Case.deadline < as_of),
        Measure.CROWD: and_(in_scope, Case.group_size >= CROWD_SIZE),
    }


def _held_sessions(start: date, end: date, unit_ids: frozenset[int] | None) -> Any:
    """The ids of the period's held reception and dialogue sessions (a subquery)."""
    query = select(Conference.id).where(
        Conference.kind.in_([k.value for k in SESSION_KINDS]),
        Conference.status.in_([s.value for s in HELD]),
        Conference.starts_at >= _day_start(start),
        Conference.starts_at < _day_start(end + timedelta(days=1)),
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
        conditions = [Case.conference_id.in_(_held_sessions(s.start, s.end, None))]
    else:
        conditions = [_measures(s.start, s.end, s.as_of)[s.measure]]
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


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VN_TZ)


def _days_between(
    session: Session, later: SQLColumnExpression[Any], earlier: SQLColumnExpression[Any]
) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.cast(func.julianday(later) - func.julianday(earlier), Case.round.type)
    return later - earlier  # PostgreSQL: date - date is a number of days


# --- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakdownRow:
    """One row of a table by type, field, unit or agency. ``key`` None: not recorded."""

    key: int | str | None
    label: str
    counts: CaseCounts


NO_CHAIR = "(chưa ghi lãnh đạo chủ trì)"  # sessions without a chair, in exported reports


@dataclass(frozen=True)
class LeaderRow:
    official_id: int | None
    name: str
    counts: ReceptionCounts


@dataclass(frozen=True)
class DutyRow:
    """A leader's reception days in the period against their quota."""

    official_id: int
    name: str
    position: str
    quota: str
    count: DutyCount  # required = quota days × quota periods ending in the period

    @property
    def rate(self) -> Rate:
        return Rate(self.count.fulfilled, self.count.required)


@dataclass(frozen=True)
class Report:
    """Every figure of one period (and, in ``previous``, the headline figures of the period it
    is compared with: case and reception totals, cases by type; its other tables are empty)."""

    period: Period
    as_of: date  # overdue is counted on this day: the period's end, or today if sooner
    office: str
    unit_ids: frozenset[int] | None  # the report is limited to these units (None: all)
    unit_name: str | None
    cases: CaseCounts
    within: CaseCounts
    outside: CaseCounts
    by_type: tuple[BreakdownRow, ...]
    by_field: tuple[BreakdownRow, ...]
    by_unit: tuple[BreakdownRow, ...]
    by_agency: tuple[BreakdownRow, ...]
    reception: ReceptionCounts
    reception_by_kind: tuple[tuple[str, ReceptionCounts], ...]
    reception_by_leader: tuple[LeaderRow, ...]
    duties: tuple[DutyRow, ...]
    previous: Report | None = None

    @property
    def empty(self) -> bool:
        return self.cases.total == 0 and self.reception.sessions == 0 and not self.duties

    @property
    def settlement(self) -> Rate:
        """Settled within competence: x/y."""
        return self.within.settled_rate

    @property
    def overdue_by_agency(self) -> tuple[BreakdownRow, ...]:
        rows = [row for row in self.by_agency if row.counts.overdue]
        return tuple(sorted(rows, key=lambda r: (-r.counts.overdue, r.label)))

    def as_json(self) -> dict[str, object]:
        """The ``report --format json`` object (DESIGN §6): counts, with rates computed."""
        data = _headline(self)
        data.update(
            {
                "office": self.office,
                "unit": self.unit_name,
                "reception": {
                    **_reception_json(self.reception),
                    "by_kind": {k: _reception_json(c) for k, c in self.reception_by_kind},
                    "by_leader": [
                        {"official_id": r.official_id, "name": r.name, **_reception_json(r.counts)}
                        for r in self.reception_by_leader
                    ],
                },
                "cases_by_type_detail": {str(r.key): _counts_json(r.counts) for r in self.by_type},
                "all_cases": _counts_json(self.cases),
                "outside_competence": _counts_json(self.outside),
                "by_field": [_row_json(r) for r in self.by_field],
                "by_unit": [_row_json(r) for r in self.by_unit],
                "by_agency": [_row_json(r) for r in self.by_agency],
                "overdue_by_agency": [
                    {"agency_id": r.key, "agency": r.label, "overdue": r.counts.overdue}
                    for r in self.overdue_by_agency
                ],
                "reception_duties": [
                    {
                        "official_id": r.official_id,
                        "name": r.name,
                        "position": r.position,
                        "quota": r.quota,
                        "required": r.count.required,
                        "held": r.count.held,
                        "delegated": r.count.delegated,
                        "missed": r.count.missed,
                        "planned": r.count.planned,
                        "unmarked": r.count.unmarked,
                        "fulfilled": r.rate.as_json(),
                    }
                    for r in self.duties
                ],
                "previous": _headline(self.previous) if self.previous else None,
            }
        )
        return data


def _rate_percent(rate: Rate) -> float | None:
    p = rate.percent
    return float(p) if p is not None else None


def _headline(report: Report) -> dict[str, Any]:
    within = report.within
    return {
        "period": {
            "from": report.period.start.isoformat(),
            "to": report.period.end.isoformat(),
            "kind": report.period.kind.value,
            "label": report.period.label(),
            "as_of": report.as_of.isoformat(),
        },
        "citizens_received": report.reception.visits,
        "reception_sessions": report.reception.sessions,
        "crowd_delegations": report.reception.crowd,
        "cases_carried_over": report.cases.carried_over,
        "cases_received": report.cases.received,
        "cases_total": report.cases.total,
        "cases_by_type": {str(r.key): r.counts.received for r in report.by_type},
        "within_competence": {
            "cases": within.total,
            "total": within.to_settle,
            "resolved": within.settled,
            "rate_percent": _rate_percent(within.settled_rate),
            "rate": within.settled_rate.text(),
            "on_time": within.settled_on_time,
            "late": within.settled_late,
            "no_deadline": within.settled_no_deadline,
            "open": within.open_at_end,
            "average_days_to_resolve": _decimal(within.average_days_to_settle),
        },
        "overdue": report.cases.overdue,
    }


def _decimal(value: Any) -> float | None:
    return float(value) if value is not None else None


def _counts_json(counts: CaseCounts) -> dict[str, object]:
    return {
        "carried_over": counts.carried_over,
        "received": counts.received,
        "total": counts.total,
        "settled": counts.settled,
        "settled_on_time": counts.settled_on_time,
        "settled_late": counts.settled_late,
        "settled_no_deadline": counts.settled_no_deadline,
        "closed_otherwise": counts.closed_otherwise,
        "open_at_end": counts.open_at_end,
        "overdue": counts.overdue,
        "crowd": counts.crowd,
        "settled_rate_percent": _rate_percent(counts.settled_rate),
        "average_days_to_settle": _decimal(counts.average_days_to_settle),
    }


def _row_json(row: BreakdownRow) -> dict[str, object]:
    return {"id": row.key, "name": row.label, **_counts_json(row.counts)}


def _reception_json(counts: ReceptionCounts) -> dict[str, int]:
    return {
        "sessions": counts.sessions,
        "visits": counts.visits,
        "cases": counts.cases,
        "crowd_delegations": counts.crowd,
        "crowd_people": counts.crowd_people,
    }


# --- the service ---------------------------------------------------------------------------------


class ReportService:
    """Figures for a period, the period picker's defaults and the drill-down filters."""

    def __init__(self, uow: UnitOfWork, *, clock: Clock) -> None:
        self._uow = uow
        self._today = clock.today

    def cutoff_day(self) -> int:
        with self._uow.read() as session:
            value = session.scalar(
                select(OfficeProfile.report_cutoff_day).order_by(OfficeProfile.id).limit(1)
            )
        return int(value or 0)

    def period(
        self,
        kind: PeriodKind = PeriodKind.MONTH,
        on: date | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
    ) -> Period:
        """The period of ``kind`` containing ``on`` (default today), with the office's cut-off
        day; for ``RANGE``, ``start``..``end``. A range ending before it starts is refused."""
        try:
            if kind is PeriodKind.RANGE:
                if start is None or end is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Give both the first and the last day of the period."
                        )
                    )
                return Period(PeriodKind.RANGE, start, end)
            return period_containing(kind, on or self._today(), self.cutoff_day())
        except PeriodError as error:
            raise ValidationError(error.template, "period", *error.values) from error

    def units(self) -> list[tuple[int, str]]:
        """Administrative units a report can be limited to."""
        with self._uow.read() as session:
            rows = session.execute(
                select(AdminUnit.id, AdminUnit.name).order_by(AdminUnit.search_key, AdminUnit.id)
            )
            return [(i, n) for i, n in rows]

    def report(
        self,
        period: Period,
        *,
        unit_id: int | None = None,
        compare: bool = True,
    ) -> Report:
        """Every figure of ``period``; with ``compare``, also of the period it is compared with.

        ``unit_id`` limits the report to the cases of one administrative unit (and of the units
        merged into it), the sessions held there and its leaders' reception days.
        """
        today = self._today()
        with self._uow.read() as session:
            unit_ids, unit_name = _unit_scope(session, unit_id)
            office = session.scalar(select(OfficeProfile.name).order_by(OfficeProfile.id).limit(1))
            current = _compute(session, period, today, unit_ids, unit_name, office or "")
            if not compare:
                return current
            previous = _compute(
                session, period.previous(), today, unit_ids, unit_name, office or "", full=False
            )
        return _with_previous(current, previous)

    def drill_filter(
        self,
        report: Report,
        measure: Measure,
        *,
        within_competence: bool | None = None,
        dimension: str | None = None,
        key: int | str | None = None,
    ) -> CaseFilter:
        """The case list filter that shows exactly the cases behind a figure.

        ``dimension`` (``type``, ``field``, ``unit``, ``agency``) and ``key`` pick one row of a
        table or one bar of a chart; ``key`` None is the "not recorded" row.
        """
        from dialogue_app.services.cases import CaseFilter

        if dimension is not None and dimension not in DIMENSIONS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Cannot break figures down by “%1”."), None, dimension
            )
        missing: set[str] = set()
        values: dict[str, Any] = {}
        unit_ids = report.unit_ids
        if dimension == "type":
            if key is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Every case has a type; choose one.")
                )
            values["case_types"] = frozenset({CaseType(str(key))})
        elif dimension is not None:
            name = {"field": "field", "unit": "commune", "agency": "agency"}[dimension]
            if key is None:
                missing.add(name)
            elif dimension == "unit":
                unit_ids = frozenset({int(key)})
            else:
                values[f"{name}_ids"] = frozenset({int(key)})
        if unit_ids is not None:
            values["commune_ids"] = unit_ids
        report_slice = ReportSlice(
            measure,
            report.period.start,
            report.period.end,
            report.as_of,
            within_competence,
            frozenset(missing),
        )
        return CaseFilter(report_slice=report_slice, **values)


def _with_previous(current: Report, previous: Report) -> Report:
    from dataclasses import replace

    return replace(current, previous=previous)


def _unit_scope(session: Session, unit_id: int | None) -> tuple[frozenset[int] | None, str | None]:
    """The unit and every unit merged into it (following successors back), with its name."""
    if unit_id is None:
        return None, None
    unit = session.get(AdminUnit, unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no administrative unit with the number %1."),
            unit_id,
        )
    ids = {unit.id}
    frontier = {unit.id}
    while frontier:
        found = set(
            session.scalars(select(AdminUnit.id).where(AdminUnit.successor_id.in_(frontier)))
        )
        frontier = found - ids
        ids |= found
    return frozenset(ids), unit.name


def _compute(
    session: Session,
    period: Period,
    today: date,
    unit_ids: frozenset[int] | None,
    unit_name: str | None,
    office: str,
    *,
    full: bool = True,
) -> Report:
    """The figures of ``period``. Without ``full`` (the period compared with), only what is
    shown beside the current figures: the case totals (also by type), the reception totals;
    the tables by field, unit, agency and leader and the duties are left empty."""
    as_of = min(period.end, today)
    tables = _case_tables(session, period, as_of, unit_ids, breakdowns=full)
    totals = tables.by_type_competence
    sessions = _sessions(session, period, unit_ids)
    summary = summarise_sessions(sessions)
    leaders: list[LeaderRow] = []
    if full:
        chairs = _official_names(session, [c for c in summary.by_chair if c is not None])
        leaders = sorted(
            (
                # the name exports print (Vietnamese, like the rest of the report file)
                LeaderRow(chair, chairs.get(chair, "") if chair is not None else NO_CHAIR, counts)
                for chair, counts in summary.by_chair.items()
            ),
            key=lambda r: (-r.counts.visits, r.name),
        )
    names = _names(session, tables) if full else {"field": {}, "unit": {}, "agency": {}}
    return Report(
        period=period,
        as_of=as_of,
        office=office,
        unit_ids=unit_ids,
        unit_name=unit_name,
        cases=_sum_counts(totals.values()),
        within=_sum_counts(c for (_, within), c in totals.items() if within),
        outside=_sum_counts(c for (_, within), c in totals.items() if not within),
        by_type=tuple(
            BreakdownRow(
                t.value,
                t.value,
                _sum_counts(c for (kind, _), c in totals.items() if kind == t.value),
            )
            for t in CaseType
        ),
        by_field=_rows(tables.by_field, names["field"]),
        by_unit=_rows(tables.by_unit, names["unit"]),
        by_agency=_rows(tables.by_agency, names["agency"]),
        reception=summary.total,
        reception_by_kind=tuple(
            (k.value, summary.by_kind.get(k.value, ReceptionCounts())) for k in SESSION_KINDS
        ),
        reception_by_leader=tuple(leaders),
        duties=tuple(_duties(session, period, today, unit_ids)) if full else (),
    )


def _rows(grouped: dict[Any, CaseCounts], names: dict[int, str]) -> tuple[BreakdownRow, ...]:
    rows = [
        BreakdownRow(key, names.get(key, f"#{key}") if key is not None else "", counts)
        for key, counts in grouped.items()
    ]
    # largest first; the "not recorded" row last
    rows.sort(key=lambda r: (r.key is None, -r.counts.total, r.label))
    return tuple(rows)


def _scope_ranges(start: date, end: date) -> tuple[ColumnElement[bool], ...]:
    """``IN_SCOPE`` of ``_measures`` as three disjoint conditions, each a range of an index:
    received in the period (``received_on``); received before it and open (``status``,
    ``received_on``); received before it, closed and resolved on or after its first day
    (``resolved_on``, ``received_on``; a closed case without ``resolved_on`` counts as closed
    on receipt, before the period)."""
    before = and_(Case.received_on < start, Case.received_on <= end)
    return (
        and_(Case.received_on >= start, Case.received_on <= end),
        and_(_is_open(), before),
        and_(not_(_is_open()), Case.resolved_on.is_not(None), Case.resolved_on >= start, before),
    )


def _in_scope_facts(
    session: Session, start: date, end: date, as_of: date
) -> list[ColumnElement[Any]]:
    """The facts of a case summed into ``CaseCounts``, in field order, for a case already known
    to be in scope: 1 or 0 for each measure, the days to settle, the people of a crowd.

    Each condition is its measure of ``_measures`` with the part implied by ``IN_SCOPE`` left
    out, so SQL evaluates a few comparisons a case instead of the scope condition twelve times.
    """
    closed_on = _closed_on()
    is_open = _is_open()
    settled = and_(Case.status.in_(SETTLED_STATUSES), closed_on <= end)
    open_at_end = or_(is_open, closed_on > end)
    crowd = Case.group_size >= CROWD_SIZE
    days = _days_between(session, closed_on, Case.received_on)

    def flag(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return case((condition, 1), else_=0)

    return [
        flag(Case.received_on < start),  # carried over
        flag(Case.received_on >= start),  # received
        flag(settled),
        flag(and_(settled, Case.deadline.is_not(None), closed_on <= Case.deadline)),
        flag(and_(settled, Case.deadline.is_not(None), closed_on > Case.deadline)),
        flag(and_(settled, Case.deadline.is_(None))),
        flag(and_(Case.status.in_(OTHERWISE_STATUSES), closed_on <= end)),
        flag(open_at_end),
        flag(and_(open_at_end, Case.deadline < as_of)),
        case((settled, days), else_=0),
        flag(crowd),
        case((crowd, Case.group_size), else_=0),
    ]


@dataclass(frozen=True)
class _Tables:
    """The case figures of a period: totals by type and competence, and by field, unit, agency."""

    by_type_competence: dict[tuple[str, bool], CaseCounts]
    by_field: dict[int | None, CaseCounts]
    by_unit: dict[int | None, CaseCounts]
    by_agency: dict[int | None, CaseCounts]


def _case_tables(
    session: Session,
    period: Period,
    as_of: date,
    unit_ids: frozenset[int] | None,
    *,
    breakdowns: bool = True,
) -> _Tables:
    """Every case figure in one statement: the cases in scope with their facts (a CTE), and
    one GROUP BY of it per table (``UNION ALL``), so only the table rows come back to Python.
    Without ``breakdowns``: only the totals by type and competence."""
    # each case in scope once, with its twelve facts as 0/1 (or days, people): the scope's
    # three disjoint ranges (see ``_scope_ranges``), each read through its index.
    # MATERIALIZED: computed once for all the tables (and SQLite would otherwise fold it into
    # each grouping and scan by case type instead).
    facts = _in_scope_facts(session, period.start, period.end, as_of)
    width = len(facts)
    columns: list[Any] = [
        Case.case_type.label("case_type"),
        Case.within_competence.label("within"),
        Case.field_id.label("field_id"),
        Case.commune_id.label("commune_id"),
        Case.agency_id.label("agency_id"),
        *(fact.label(f"n{i}") for i, fact in enumerate(facts)),
    ]
    ranges = []
    for condition in _scope_ranges(period.start, period.end):
        part = select(*columns).where(condition)
        if unit_ids is not None:
            part = part.where(Case.commune_id.in_(sorted(unit_ids)))
        ranges.append(part)
    scope = union_all(*ranges)
    cases = scope.cte("in_scope").prefix_with("MATERIALIZED")

    def sums(source: Any) -> list[ColumnElement[Any]]:
        return [func.sum(source.c[f"n{i}"]).label(f"n{i}") for i in range(width)]

    no_text = literal(None, String)
    no_flag = literal(None, Boolean)
    no_id = literal(None, Integer)
    if not breakdowns:
        tables: Any = select(literal(0), cases.c.case_type, cases.c.within, no_id, *sums(cases))
        tables = tables.group_by(cases.c.case_type, cases.c.within)
    else:
        # Grouping (a sort in SQLite) costs by the case: the cases are grouped twice, by unit
        # and by (type, competence, field, agency), whose few groups give the other tables.
        cells = (
            select(
                cases.c.case_type, cases.c.within, cases.c.field_id, cases.c.agency_id, *sums(cases)
            )
            .group_by(cases.c.case_type, cases.c.within, cases.c.field_id, cases.c.agency_id)
            .cte("cells")
        )
        tables = union_all(
            select(literal(0), cells.c.case_type, cells.c.within, no_id, *sums(cells)).group_by(
                cells.c.case_type, cells.c.within
            ),
            select(literal(1), no_text, no_flag, cells.c.field_id, *sums(cells)).group_by(
                cells.c.field_id
            ),
            select(literal(2), no_text, no_flag, cases.c.commune_id, *sums(cases)).group_by(
                cases.c.commune_id
            ),
            select(literal(3), no_text, no_flag, cells.c.agency_id, *sums(cells)).group_by(
                cells.c.agency_id
            ),
        )
    found: list[dict[Any, CaseCounts]] = [{}, {}, {}, {}]
    for table, case_type, within, key, *numbers in session.execute(tables):
        counts = CaseCounts(*map(int, numbers))  # sums over at least one case: never NULL
        if table == 0:
            found[0][(_value(case_type), bool(within))] = counts
        else:
            found[table][key] = counts
    return _Tables(*found)


def _value(enum_or_text: Any) -> str:
    return str(enum_or_text.value if hasattr(enum_or_text, "value") else enum_or_text)


def _sum_counts(counts: Any) -> CaseCounts:
    result = CaseCounts()
    for c in counts:
        result = result + c
    return result


def _names(session: Session, tables: _Tables) -> dict[str, dict[int, str]]:
    field_ids = {k for k in tables.by_field if k is not None}
    unit_ids = {k for k in tables.by_unit if k is not None}
    agency_ids = {k for k in tables.by_agency if k is not None}
    fields_ = dict(
        session.execute(
            select(CaseField.id, CaseField.name).where(CaseField.id.in_(field_ids))
        ).all()
    )
    agencies = dict(
        session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(agency_ids))).all()
    )
    successor = AdminUnit.__table__.alias("successor")
    units: dict[int, str] = {}
    for unit_id, name, new_name in session.execute(
        select(AdminUnit.id, AdminUnit.name, successor.c.name)
        .outerjoin(successor, successor.c.id == AdminUnit.successor_id)
        .where(AdminUnit.id.in_(unit_ids))
    ):
        # a unit merged away keeps its own row, so time series stay true; say where it went
        units[unit_id] = f"{name} (→ {new_name})" if new_name else name
    return {"field": fields_, "unit": units, "agency": agencies}


def _sessions(
    session: Session, period: Period, unit_ids: frozenset[int] | None
) -> list[SessionFacts]:
    """The period's held sessions, each with its chairs and its counts worked out in SQL."""
    held = _held_sessions(period.start, period.end, unit_ids)
    chairs: dict[int, list[int]] = defaultdict(list)
    for conference_id, official_id in session.execute(
        select(ConferenceParticipant.conference_id, ConferenceParticipant.official_id)
        .where(
            ConferenceParticipant.conference_id.in_(held),
            ConferenceParticipant.role == ParticipantRole.CHAIR.value,
            ConferenceParticipant.official_id.is_not(None),
        )
        .order_by(ConferenceParticipant.id)
    ):
        if official_id is not None:  # always: the query keeps officials only
            chairs[conference_id].append(official_id)
    # each person once a session: a citizen by id, someone not in the register by participant
    # (UNION drops the repeats, as a set of (citizen, participant) pairs would)
    people = union(
        select(
            ConferenceParticipant.conference_id.label("conference_id"),
            ConferenceParticipant.citizen_id.label("citizen_id"),
            case(
                (ConferenceParticipant.citizen_id.is_(None), ConferenceParticipant.id),
                else_=literal(None, Integer),
            ).label("participant_id"),
        ).where(
            ConferenceParticipant.conference_id.in_(held),
            or_(
                ConferenceParticipant.role.in_(
                    [ParticipantRole.INVITED_CITIZEN.value, ParticipantRole.REPRESENTATIVE.value]
                ),
                ConferenceParticipant.citizen_id.is_not(None),
            ),
        ),
        select(Case.conference_id, CaseCitizen.citizen_id, literal(None, Integer))
        .join(CaseCitizen, CaseCitizen.case_id == Case.id)
        .where(Case.conference_id.in_(held)),
    ).subquery("people")
    known = (
        select(people.c.conference_id, func.count().label("n"))
        .group_by(people.c.conference_id)
        .subquery("known")
    )
    crowd = Case.group_size >= CROWD_SIZE
    raised = (
        select(
            Case.conference_id.label("conference_id"),
            func.count().label("n"),
            func.sum(case((crowd, 1), else_=0)).label("crowd"),
            func.sum(case((crowd, Case.group_size), else_=0)).label("people"),
        )
        .where(Case.conference_id.in_(held))
        .group_by(Case.conference_id)
        .subquery("raised")
    )
    query = (
        select(
            Conference.id,
            Conference.kind,
            Conference.attendee_count,
            known.c.n,
            raised.c.n,
            raised.c.crowd,
            raised.c.people,
        )
        .outerjoin(known, known.c.conference_id == Conference.id)
        .outerjoin(raised, raised.c.conference_id == Conference.id)
        .where(Conference.id.in_(held))
        .order_by(Conference.id)
    )
    return [
        SessionFacts(
            conference_id,
            _value(kind),
            tuple(chairs.get(conference_id, ())),
            attendees,
            int(n_known or 0),
            int(n or 0),
            int(c or 0),
            int(p or 0),
        )
        for conference_id, kind, attendees, n_known, n, c, p in session.execute(query)
    ]


def _official_names(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(
        session.execute(select(Official.id, Official.full_name).where(Official.id.in_(ids))).all()
    )


def _duties(
    session: Session, period: Period, today: date, unit_ids: frozenset[int] | None
) -> list[DutyRow]:
    """Leaders with a quota, or with reception days in the period, and how they stand."""
    days: dict[int, list[tuple[date, DutyStatus]]] = defaultdict(list)
    for official_id, day, status in session.execute(
        select(ReceptionDuty.official_id, ReceptionDuty.day, ReceptionDuty.status).where(
            ReceptionDuty.day >= period.start, ReceptionDuty.day <= period.end
        )
    ):
        days[official_id].append((day, DutyStatus(status)))
    query = (
        select(Official, DutyQuota)
        .outerjoin(DutyQuota, DutyQuota.id == Official.duty_quota_id)
        .where(or_(Official.duty_quota_id.is_not(None), Official.id.in_(list(days))))
        .order_by(Official.full_name, Official.id)
    )
    if unit_ids is not None:
        query = query.where(Official.unit_id.in_(sorted(unit_ids)))
    rows = []
    for official, quota in session.execute(query):
        required = (
            quota.days * quota_periods_ending_in(quota.period.value, period.start, period.end)
            if quota is not None
            else 0
        )
        rows.append(
            DutyRow(
                official.id,
                official.full_name,
                official.position,
                quota.name if quota is not None else "",
                count_duties(required, days.get(official.id, []), today=today),
            )
        )
    rows.sort(key=lambda r: (-r.count.shortfall, r.name))
    return rows


def describe_rate(rate: Rate, decimal_point: str = ",") -> str:
    """A rate for Vietnamese text (decimal comma): ``12/40 (30,00 %)``."""
    return rate.text(decimal_point)


__all__ = [
    "DIMENSIONS",
    "BreakdownRow",
    "DutyRow",
    "LeaderRow",
    "Measure",
    "Report",
    "ReportService",
    "describe_rate",
    "format_decimal",
    "slice_conditions",
]

"""What a report is: every figure of one period, and how it is worked out.

What each figure means is written once, in ``domain/statistics.py``; periods and the cut-off day
in ``domain/periods.py``. The sums are made in SQL (``queries.py``); here they are named, sorted
and put together into a ``Report``, which the window shows, the exports write and
``report --format json`` prints (``Report.as_json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.periods import Period
from dialogue_app.domain.reception_rules import DutyCount, count_duties
from dialogue_app.domain.statistics import (
    CaseCounts,
    Rate,
    ReceptionCounts,
    quota_periods_ending_in,
    summarise_sessions,
)
from dialogue_app.services.cases import SESSION_KINDS
from dialogue_app.services.reports import queries
from dialogue_app.store.units import merged_units_on

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
    # a row of ``by_unit`` standing for communes merged into it: their ids (itself included)
    unit_members: dict[int, frozenset[int]] = field(default_factory=dict)
    unit_id: int | None = None  # the unit chosen (``unit_ids``: it and the units within it)

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


# --- computing -----------------------------------------------------------------------------------


def compute(
    session: Session,
    period: Period,
    today: date,
    unit_ids: frozenset[int] | None,
    unit_name: str | None,
    office: str,
    *,
    full: bool = True,
    unit_id: int | None,
) -> Report:
    """The figures of ``period``. Without ``full`` (the period compared with), only what is
    shown beside the current figures: the case totals (also by type), the reception totals;
    the tables by field, unit, agency and leader and the duties are left empty."""
    as_of = min(period.end, today)
    tables = queries.case_tables(session, period, as_of, unit_ids, breakdowns=full)
    totals = tables.by_type_competence
    sessions = queries.held_session_facts(session, period, unit_ids)
    summary = summarise_sessions(sessions)
    leaders: list[LeaderRow] = []
    if full:
        chairs = queries.official_names(session, [c for c in summary.by_chair if c is not None])
        leaders = sorted(
            (
                # the name exports print (Vietnamese, like the rest of the report file)
                LeaderRow(chair, chairs.get(chair, "") if chair is not None else NO_CHAIR, counts)
                for chair, counts in summary.by_chair.items()
            ),
            key=lambda r: (-r.counts.visits, r.name),
        )
    members: dict[int, frozenset[int]] = {}
    if full:  # a commune merged away by the period's end counts in the unit that took it over
        merged = merged_units_on(session, period.end)
        tables, members = _merge_units(tables, merged)
    names = (
        queries.table_names(session, tables) if full else {"field": {}, "unit": {}, "agency": {}}
    )
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
        unit_members=members,
        unit_id=unit_id,
    )


def _merge_units(
    tables: queries.CaseTables, merged: Mapping[int, int]
) -> tuple[queries.CaseTables, dict[int, frozenset[int]]]:
    """``tables`` with the rows of merged communes added to their successor's (the counts are
    sums over cases, so adding them is exact), and the communes each row stands for."""
    if not merged:
        return tables, {}
    grouped: dict[int | None, list[CaseCounts]] = {}
    members: dict[int, set[int]] = {}
    for key, counts in tables.by_unit.items():
        unit = merged.get(key, key) if key is not None else None
        grouped.setdefault(unit, []).append(counts)
        if unit is not None and key is not None:
            members.setdefault(unit, {unit}).add(key)
    by_unit = {unit: _sum_counts(parts) for unit, parts in grouped.items()}
    return (
        replace(tables, by_unit=by_unit),
        {unit: frozenset(ids) for unit, ids in members.items() if len(ids) > 1},
    )


def _rows(grouped: dict[Any, CaseCounts], names: dict[int, str]) -> tuple[BreakdownRow, ...]:
    rows = [
        BreakdownRow(key, names.get(key, f"#{key}") if key is not None else "", counts)
        for key, counts in grouped.items()
    ]
    # largest first; the "not recorded" row last
    rows.sort(key=lambda r: (r.key is None, -r.counts.total, r.label))
    return tuple(rows)


def _sum_counts(counts: Any) -> CaseCounts:
    result = CaseCounts()
    for c in counts:
        result = result + c
    return result


def describe_rate(rate: Rate, decimal_point: str = ",") -> str:
    """A rate for Vietnamese text (decimal comma): ``12/40 (30,00 %)``."""
    return rate.text(decimal_point)


def _duties(
    session: Session, period: Period, today: date, unit_ids: frozenset[int] | None
) -> list[DutyRow]:
    """Leaders with a quota, or with reception days in the period, and how they stand."""
    days = queries.duty_days(session, period)
    rows = []
    for official, quota in queries.duty_leaders(session, list(days), unit_ids):
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


def with_previous(current: Report, previous: Report) -> Report:
    return replace(current, previous=previous)

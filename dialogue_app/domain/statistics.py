"""Report statistics as pure computations over counts (DESIGN §3 "Statistics reconcile").

Only counts are ever stored or passed around; a rate is computed from its two counts when it is
shown, as ``x/y (p %)`` with ``p`` rounded half-up to 2 decimals, and an empty rate is
``0/0 (—)`` (never a division by zero).

**What the figures mean** (the services compute the per-case facts in SQL; these are the words):

* *In scope* for a period: every case received in it, plus every case *carried over*: received
  before the period's first day and still open on that day (not closed before it). A closed case
  counts as closed on its ``resolved_on`` date, or on its received date when an old record has
  none. Hence ``carried_over + received = total`` for every row of every table.
* *Settled* (đã giải quyết): resolved or withdrawn (rút đơn, counted as settled as official
  report forms do) on or before the period's last day. *On time*: settled on or before its
  deadline; *late*: after it; cases without a deadline are counted apart.
* *Closed otherwise*: refused, transferred or guided elsewhere by the period's end; these left the
  office's hands and are not counted as "to settle".
* *Open at the end*: not closed by the period's last day. ``settled + closed_otherwise +
  open_at_end = total``.
* *Overdue*: open at the end and past the deadline on the day the figures are "as of" (the
  period's last day, or today while the period is still running).
* *Crowd delegation* (đoàn đông người): a case brought by a group of 5 or more people (the size
  from which Decree 124/2020/NĐ-CP asks for representatives).
* *Within competence, to settle* = within-competence cases in scope minus those closed otherwise;
  the settlement rate is settled / to settle.
* *Citizens received* (lượt công dân được tiếp): counted per held reception or dialogue session
  (kinds reception, ad hoc reception, dialogue; status held or closed; starting in the period).
  A session's *visits* are its recorded attendee count (from the minutes) when there is one;
  otherwise the citizens known to have come: its invited citizens and representatives plus the
  citizens of the cases raised at it, each person once. A person coming to two sessions is two
  visits. A session with two chairs counts once in the totals and once for each chair.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import TypeVar

CROWD_SIZE = 5  # Decree 124/2020/NĐ-CP: from 5 people a group chooses representatives
DASH = "—"
_CENT = Decimal("0.01")


def percent(numerator: int, denominator: int) -> Decimal | None:
    """``numerator / denominator`` in per cent, rounded half-up to 2 decimals; None for 0/0."""
    if denominator == 0:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(_CENT, ROUND_HALF_UP)


def mean(total: int, count: int) -> Decimal | None:
    """An average rounded half-up to 2 decimals; None when there is nothing to average."""
    if count == 0:
        return None
    return (Decimal(total) / Decimal(count)).quantize(_CENT, ROUND_HALF_UP)


def format_decimal(value: Decimal | None, decimal_point: str = ".") -> str:
    if value is None:
        return DASH
    return f"{value:.2f}".replace(".", decimal_point)


@dataclass(frozen=True)
class Rate:
    """A rate kept as its two counts."""

    numerator: int
    denominator: int

    @property
    def percent(self) -> Decimal | None:
        return percent(self.numerator, self.denominator)

    def text(self, decimal_point: str = ".") -> str:
        """``x/y (p %)``, or ``0/0 (—)`` when there is nothing to count."""
        p = self.percent
        shown = DASH if p is None else f"{format_decimal(p, decimal_point)} %"
        return f"{self.numerator}/{self.denominator} ({shown})"

    def as_json(self) -> dict[str, object]:
        p = self.percent
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "rate_percent": float(p) if p is not None else None,
        }


@dataclass(frozen=True)
class CaseCounts:
    """Additive counts of a set of cases in a period (see the module's docstring)."""

    carried_over: int = 0
    received: int = 0
    settled: int = 0
    settled_on_time: int = 0
    settled_late: int = 0
    settled_no_deadline: int = 0
    closed_otherwise: int = 0
    open_at_end: int = 0
    overdue: int = 0
    settle_days_total: int = 0  # sum of days from receipt to settlement, for the average
    crowd: int = 0
    crowd_people: int = 0

    @property
    def total(self) -> int:
        return self.carried_over + self.received

    @property
    def to_settle(self) -> int:
        return self.total - self.closed_otherwise

    @property
    def settled_rate(self) -> Rate:
        return Rate(self.settled, self.to_settle)

    @property
    def on_time_rate(self) -> Rate:
        return Rate(self.settled_on_time, self.settled)

    @property
    def average_days_to_settle(self) -> Decimal | None:
        return mean(self.settle_days_total, self.settled)

    def __add__(self, other: CaseCounts) -> CaseCounts:
        return CaseCounts(*(getattr(self, name) + getattr(other, name) for name in _COUNT_FIELDS))

    def reconciles(self) -> bool:
        """The counts add up (carried over + received = settled + closed otherwise + open)."""
        return (
            self.total == self.settled + self.closed_otherwise + self.open_at_end
            and self.settled == self.settled_on_time + self.settled_late + self.settled_no_deadline
            and self.overdue <= self.open_at_end
        )


@dataclass(frozen=True)
class Cell:
    """One group of cases with the same type, field, unit, agency and competence."""

    case_type: str
    field_id: int | None
    commune_id: int | None
    agency_id: int | None
    within_competence: bool
    counts: CaseCounts


K = TypeVar("K", bound=Hashable)


_COUNT_FIELDS = tuple(f.name for f in fields(CaseCounts))


def _as_list(counts: CaseCounts) -> list[int]:
    return [getattr(counts, name) for name in _COUNT_FIELDS]


def group(cells: Iterable[Cell], key: Callable[[Cell], K]) -> dict[K, CaseCounts]:
    """Sum the counts of ``cells`` by ``key`` (type, field, agency…)."""
    sums: dict[K, list[int]] = {}
    for cell in cells:
        values = _as_list(cell.counts)
        k = key(cell)
        current = sums.get(k)
        if current is None:
            sums[k] = values
        else:
            for index, value in enumerate(values):
                current[index] += value
    return {k: CaseCounts(*values) for k, values in sums.items()}


def total(cells: Iterable[Cell]) -> CaseCounts:
    return group(cells, lambda _cell: None).get(None, CaseCounts())


# --- drill-down --------------------------------------------------------------------------------


class Measure(StrEnum):
    """Which cases of a period a figure counts (the words are in the module's docstring)."""

    IN_SCOPE = "in_scope"  # carried over + received
    RECEIVED = "received"
    CARRIED_OVER = "carried_over"
    SETTLED = "settled"
    SETTLED_ON_TIME = "settled_on_time"
    SETTLED_LATE = "settled_late"
    SETTLED_NO_DEADLINE = "settled_no_deadline"
    CLOSED_OTHERWISE = "closed_otherwise"
    TO_SETTLE = "to_settle"  # in scope, not closed otherwise
    OPEN_AT_END = "open_at_end"
    OVERDUE = "overdue"
    CROWD = "crowd"
    AT_SESSIONS = "at_sessions"  # raised at the period's held reception or dialogue sessions


@dataclass(frozen=True)
class ReportSlice:
    """The cases behind one figure of a report, for the case list (``CaseFilter.report_slice``).

    ``missing`` names dimensions that must be empty (``"field"``, ``"commune"``, ``"agency"``):
    the "not recorded" bar of a chart.
    """

    measure: Measure
    start: date
    end: date
    as_of: date
    within_competence: bool | None = None
    missing: frozenset[str] = frozenset()


# --- citizens received -------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionFacts:
    """One held session (reception or dialogue) as the database knows it."""

    conference_id: int
    kind: str
    chair_ids: tuple[int, ...]
    attendee_count: int | None  # from the minutes; None when not recorded
    known_citizens: int  # distinct invited citizens, representatives and case citizens
    cases: int  # cases raised at the session
    crowd: int  # of which from groups of 5 or more
    crowd_people: int

    @property
    def visits(self) -> int:
        if self.attendee_count is not None:
            return self.attendee_count
        return self.known_citizens


@dataclass(frozen=True)
class ReceptionCounts:
    sessions: int = 0
    visits: int = 0
    cases: int = 0
    crowd: int = 0
    crowd_people: int = 0

    def __add__(self, other: ReceptionCounts) -> ReceptionCounts:
        return ReceptionCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(ReceptionCounts))
        )

    @classmethod
    def of(cls, session: SessionFacts) -> ReceptionCounts:
        return cls(1, session.visits, session.cases, session.crowd, session.crowd_people)


@dataclass(frozen=True)
class ReceptionSummary:
    total: ReceptionCounts = ReceptionCounts()
    by_kind: dict[str, ReceptionCounts] = field(default_factory=dict)
    by_chair: dict[int | None, ReceptionCounts] = field(default_factory=dict)


def summarise_sessions(sessions: Iterable[SessionFacts]) -> ReceptionSummary:
    """Totals, by kind of session and by chairing leader (None: no chair recorded)."""
    overall = [0] * 5
    by_kind: dict[str, list[int]] = {}
    by_chair: dict[int | None, list[int]] = {}
    for session in sessions:
        counts = (1, session.visits, session.cases, session.crowd, session.crowd_people)
        sums = [overall, by_kind.setdefault(session.kind, [0] * 5)]
        sums += [by_chair.setdefault(chair, [0] * 5) for chair in session.chair_ids or (None,)]
        for target in sums:
            for index, value in enumerate(counts):
                target[index] += value
    return ReceptionSummary(
        ReceptionCounts(*overall),
        {kind: ReceptionCounts(*values) for kind, values in by_kind.items()},
        {chair: ReceptionCounts(*values) for chair, values in by_chair.items()},
    )


# --- reception duties --------------------------------------------------------------------------


def quota_periods_ending_in(period: str, start: date, end: date) -> int:
    """How many quota periods (``"week"`` Monday–Sunday, or ``"month"`` calendar month) end
    within ``start``..``end``. Each quota period is owed once, in the report period that holds
    its last day, so consecutive report periods never count a quota twice."""
    if end < start:
        return 0
    if period == "week":
        first_sunday = start + timedelta(days=(6 - start.weekday()) % 7)
        if first_sunday > end:
            return 0
        return (end - first_sunday).days // 7 + 1
    count = 0
    year, month = start.year, start.month
    while True:
        next_first = date(year + month // 12, month % 12 + 1, 1)
        last = next_first - timedelta(days=1)
        if last > end:
            return count
        if last >= start:
            count += 1
        year, month = next_first.year, next_first.month


__all__ = [
    "CROWD_SIZE",
    "CaseCounts",
    "Cell",
    "Measure",
    "Rate",
    "ReceptionCounts",
    "ReceptionSummary",
    "ReportSlice",
    "SessionFacts",
    "format_decimal",
    "group",
    "mean",
    "percent",
    "quota_periods_ending_in",
    "summarise_sessions",
    "total",
]

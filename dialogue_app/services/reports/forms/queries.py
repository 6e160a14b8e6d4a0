"""The SQL of the statutory forms: what each cell counts, as a condition on ``Case`` (and, for
the reception sessions of 01/TCD, on ``Conference``), summed per unit for the form and listed
for a cell's drill-down, so a figure and its list cannot disagree.

The words behind each condition are in ``domain/forms/facts.py``; the columns in
``domain/forms/layout.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import (
    CTE,
    ColumnElement,
    SQLColumnExpression,
    and_,
    case,
    exists,
    func,
    literal,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.conferences import ConferenceKind
from dialogue_app.domain.forms import AMOUNTS, COUNTS, OutsideAction, ReceptionMode, Verdict
from dialogue_app.domain.statistics import CROWD_SIZE
from dialogue_app.services.cases import OTHERWISE_STATUSES, SETTLED_STATUSES
from dialogue_app.services.cases.slices import HELD, OPEN_VALUES, day_start
from dialogue_app.store.models import AdminUnit, Case, Conference, FormOpeningBalance, ReceptionDuty

Kind = Literal["count", "sum", "distinct", "sessions"]


@dataclass(frozen=True)
class CellSql:
    """What one column counts: ``count`` the cases meeting ``condition``, ``sum`` ``value``
    over them, count the ``distinct`` matters (a repeat counts with the case it repeats), or
    count reception ``sessions`` (``condition`` on ``Conference``)."""

    kind: Kind
    condition: ColumnElement[bool]
    value: SQLColumnExpression[Any] | None = None


@dataclass(frozen=True)
class FormSql:
    """A form's cells, and their ``source``: the cases near the period (``facts``), chosen by
    ranges that each can use an index (received in the period; open and received before it;
    closed in or after it; a reply received in it), so a form reads only those cases."""

    cells: dict[str, CellSql]
    source: CTE  # ``facts(scope)``: the cells' conditions are on its columns


def facts(scope: ColumnElement[bool]) -> CTE:
    """The cases of ``scope`` with every fact the forms count, derived ones worked out once per
    case (``MATERIALIZED``: neither SQLite nor PostgreSQL folds them back into each of the
    form's many sums)."""
    return (
        select(
            Case.id,
            Case.commune_id,
            func.coalesce(Case.repeat_of_id, Case.id).label("matter"),
            Case.group_size,
            Case.channel,
            Case.received_on,
            Case.status,
            Case.case_type,
            Case.within_competence,
            Case.eligible,
            Case.prior_settlement,
            Case.resolved_on,
            func.coalesce(Case.resolved_on, Case.received_on).label("closed_on"),
            Case.deadline,
            Case.reply_received_on,
            reception_mode().label("mode"),
            case((is_repeat(), 1), else_=0).label("repeat"),
            handled_on().label("handled_on"),
            outside_action().label("action"),
            verdict().label("verdict"),
            *(getattr(Case, name) for name in AMOUNTS),
            *(getattr(Case, name) for name in COUNTS),
            Case.investigation_transferred,
        )
        .where(scope)
        .cte("form_facts")
        .prefix_with("MATERIALIZED")
    )


def near(start: date, end: date) -> ColumnElement[bool]:
    """Received in the period, or before it and open or closed in or after it (the index
    ranges of ``services/cases/slices.py``)."""
    before = Case.received_on < start
    return or_(
        _in(Case.received_on, start, end),
        and_(Case.status.in_(OPEN_VALUES), before),
        and_(Case.resolved_on.is_not(None), Case.resolved_on >= start, before),
    )


# --- the derived facts ---------------------------------------------------------------------------


def reception_mode() -> ColumnElement[Any]:
    delegated = Case.conference_id.in_(
        select(ReceptionDuty.conference_id).where(
            ReceptionDuty.status == DutyStatus.DELEGATED.value,
            ReceptionDuty.conference_id.is_not(None),
        )
    )
    return func.coalesce(
        Case.reception_mode,
        case(
            (Case.conference_id.is_(None), literal(ReceptionMode.REGULAR.value)),
            (delegated, literal(ReceptionMode.DELEGATED.value)),
            else_=literal(ReceptionMode.HEAD.value),
        ),
    )


def is_repeat() -> ColumnElement[bool]:
    return or_(
        Case.repeat_visit.is_(True),
        and_(Case.repeat_visit.is_(None), Case.repeat_of_id.is_not(None)),
    )


def handled_on() -> ColumnElement[Any]:
    """The day a petition was handled (classified and routed): accepted, or closed (resolved,
    transferred, guided, refused, withdrawn); None while it is still just received."""
    return case(
        (Case.status == CaseStatus.RECEIVED.value, null()),
        else_=func.coalesce(Case.accepted_on, Case.resolved_on, Case.received_on),
    )


def outside_action() -> ColumnElement[Any]:
    return func.coalesce(
        Case.outside_action,
        case(
            (Case.status == CaseStatus.GUIDED.value, literal(OutsideAction.GUIDE.value)),
            else_=literal(OutsideAction.TRANSFER.value),
        ),
    )


def verdict() -> ColumnElement[Any]:
    second = Case.round == 2
    return func.coalesce(
        Case.verdict,
        case(
            (
                and_(second, Case.outcome.in_(("upheld", "partly_upheld"))),
                literal(Verdict.ANNULLED.value),
            ),
            (and_(second, Case.outcome == "rejected"), literal(Verdict.UPHELD.value)),
            (and_(~second, Case.outcome == "upheld"), literal(Verdict.RIGHT.value)),
            (and_(~second, Case.outcome == "partly_upheld"), literal(Verdict.PARTLY_RIGHT.value)),
            (and_(~second, Case.outcome == "rejected"), literal(Verdict.WRONG.value)),
            else_=null(),
        ),
    )


def _in(column: SQLColumnExpression[Any], start: date, end: date) -> ColumnElement[bool]:
    return and_(column >= start, column <= end)


def _one() -> ColumnElement[Any]:
    return literal(1)


# --- 01/TCD --------------------------------------------------------------------------------------


def tcd_cells(start: date, end: date) -> FormSql:
    scope = and_(Case.channel == Channel.RECEPTION.value, _in(Case.received_on, start, end))
    source = facts(scope)
    t = source.c
    repeat = t.repeat == 1
    first = t.repeat == 0
    crowd = t.group_size >= CROWD_SIZE
    modes = (ReceptionMode.REGULAR.value, ReceptionMode.HEAD.value, ReceptionMode.DELEGATED.value)
    counted = t.mode.in_(modes)  # every case of the source is a visit of the period
    cells = {
        "1": CellSql("count", counted),
        "2": CellSql("sum", counted, t.group_size),
        "3": CellSql("count", counted),
    }

    def block(number: int, value: str) -> None:
        v = t.mode == value
        c = [str(number + i) for i in range(8)]
        cells[c[0]] = CellSql("count", v)
        cells[c[1]] = CellSql("sum", v, t.group_size)
        cells[c[2]] = CellSql("count", and_(v, first))
        cells[c[3]] = CellSql("count", and_(v, repeat))
        cells[c[4]] = CellSql("count", and_(v, crowd))
        cells[c[5]] = CellSql("sum", and_(v, crowd), t.group_size)
        cells[c[6]] = CellSql("count", and_(v, crowd, first))
        cells[c[7]] = CellSql("count", and_(v, crowd, repeat))

    block(4, ReceptionMode.REGULAR.value)
    block(13, ReceptionMode.HEAD.value)
    block(22, ReceptionMode.DELEGATED.value)
    cells["12"] = CellSql("sessions", reception_sessions(start, end, delegated=False))
    cells["21"] = CellSql("sessions", reception_sessions(start, end, delegated=True))
    return FormSql({code: cells[code] for code in sorted(cells, key=int)}, source)


def reception_sessions(start: date, end: date, *, delegated: bool) -> ColumnElement[bool]:
    """The period's held reception sessions, by the head in person or delegated (a session
    holding a reception duty marked delegated)."""
    by_delegate = exists().where(
        ReceptionDuty.conference_id == Conference.id,
        ReceptionDuty.status == DutyStatus.DELEGATED.value,
    )
    return and_(
        Conference.kind.in_((ConferenceKind.RECEPTION.value, ConferenceKind.ADHOC_RECEPTION.value)),
        Conference.status.in_([s.value for s in HELD]),
        Conference.starts_at >= day_start(start),
        Conference.starts_at < day_start(end + timedelta(days=1)),
        by_delegate if delegated else ~by_delegate,
    )


# --- 01/XLD --------------------------------------------------------------------------------------


def xld_cells(start: date, end: date) -> FormSql:
    # a reply to a petition handled before the period: the reply's own (indexed) range
    source = facts(or_(near(start, end), _in(Case.reply_received_on, start, end)))
    t = source.c
    handled = t.handled_on
    carried = and_(t.received_on < start, or_(handled.is_(None), handled >= start))
    received = _in(t.received_on, start, end)
    scope = or_(carried, received)
    done = and_(scope, handled.is_not(None), handled <= end)
    eligible = and_(done, t.eligible.is_(True))
    within = and_(eligible, t.within_competence.is_(True))
    outside = and_(eligible, t.within_competence.is_(False))
    rec = t.case_type.in_((CaseType.RECOMMENDATION.value, CaseType.FEEDBACK.value))
    complaint = t.case_type == CaseType.COMPLAINT.value
    denunciation = t.case_type == CaseType.DENUNCIATION.value
    cells = {
        "1": CellSql("count", scope),
        "2": CellSql("count", carried),
        "3": CellSql("count", received),
        "4": CellSql("count", done),
        "5": CellSql("count", and_(scope, or_(handled.is_(None), handled > end))),
        "6": CellSql("count", eligible),
        "7": CellSql("distinct", eligible, t.matter),
        "8": CellSql("count", and_(eligible, complaint)),
        "9": CellSql("count", and_(eligible, denunciation)),
        "10": CellSql("count", and_(eligible, rec)),
        "11": CellSql("count", and_(eligible, t.prior_settlement == "once")),
        "12": CellSql("count", and_(eligible, t.prior_settlement == "several")),
        "13": CellSql("count", and_(eligible, t.prior_settlement == "none")),
        "14": CellSql("count", within),
        "15": CellSql("count", and_(within, complaint)),
        "16": CellSql("count", and_(within, denunciation)),
        "17": CellSql("count", and_(within, rec)),
        "18": CellSql("count", outside),
        "19": CellSql("count", and_(outside, t.action == OutsideAction.GUIDE.value)),
        "20": CellSql("count", and_(outside, t.action == OutsideAction.TRANSFER.value)),
        "21": CellSql("count", and_(outside, t.action == OutsideAction.URGE.value)),
        "22": CellSql(
            "count",
            and_(
                _in(t.reply_received_on, start, end),
                t.within_competence.is_(False),
                t.action == OutsideAction.TRANSFER.value,
            ),
        ),
    }
    return FormSql(cells, source)


# --- 01/KQGQ and the denunciation table -----------------------------------------------------------


def settlement_cells(start: date, end: date, case_type: CaseType) -> FormSql:
    """01/KQGQ (complaints) or the denunciation table: the same columns up to 19, then the
    verdicts and the time limit."""
    ours = and_(Case.case_type == case_type.value, Case.within_competence.is_(True))
    source = facts(and_(near(start, end), ours))
    t = source.c
    closed = t.closed_on
    is_closed = t.status.in_(SETTLED_STATUSES + OTHERWISE_STATUSES)
    carried = and_(t.received_on < start, or_(~is_closed, closed >= start))
    received = _in(t.received_on, start, end)
    scope = or_(carried, received)
    by_decision = and_(
        scope,
        t.status == CaseStatus.RESOLVED.value,
        t.resolved_on <= end,
        t.verdict.is_not(None),
    )
    withdrawn = and_(scope, t.status == CaseStatus.WITHDRAWN.value, closed <= end)
    settled = or_(by_decision, withdrawn)
    kept = or_(t.deadline.is_(None), closed <= t.deadline)
    cells = {
        "1": CellSql("count", scope),
        "2": CellSql("count", carried),
        "3": CellSql("count", received),
        "4": CellSql("distinct", scope, t.matter),
        "5": CellSql("count", by_decision),
        "6": CellSql("count", withdrawn),
    }
    for code, name in zip(("7", "8", "9", "10", "11", "12"), AMOUNTS, strict=True):
        column = t[name]
        cells[code] = CellSql("sum", and_(by_decision, column.is_not(None), column != 0), column)
    for code, name in zip(("13", "14", "15", "16"), COUNTS[:4], strict=True):
        column = t[name]
        cells[code] = CellSql("sum", and_(by_decision, column != 0), column)
    investigated = and_(by_decision, t.investigation_transferred.is_(True))
    cells["17"] = CellSql("count", investigated)
    cells["18"] = CellSql(
        "sum", and_(investigated, t.investigation_people != 0), t.investigation_people
    )
    cells["19"] = CellSql(
        "sum", and_(investigated, t.investigation_officials != 0), t.investigation_officials
    )
    verdicts = [Verdict.RIGHT, Verdict.WRONG, Verdict.PARTLY_RIGHT]
    if case_type is CaseType.COMPLAINT:
        verdicts += [Verdict.UPHELD, Verdict.ANNULLED]
    next_code = 20
    for item in verdicts:
        cells[str(next_code)] = CellSql("count", and_(by_decision, t.verdict == item.value))
        next_code += 1
    cells[str(next_code)] = CellSql("count", and_(settled, kept))
    cells[str(next_code + 1)] = CellSql("count", and_(settled, ~kept))
    return FormSql(cells, source)


# --- running them --------------------------------------------------------------------------------

Values = dict[str, int | Decimal]


def _aggregate(cell: CellSql) -> ColumnElement[Any]:
    if cell.kind == "distinct":  # ``value``: the matter a case belongs to
        return func.count(func.distinct(case((cell.condition, cell.value))))
    value = cell.value if cell.value is not None else _one()
    return func.coalesce(func.sum(case((cell.condition, value), else_=0)), 0)


def sum_cells(session: Session, form: FormSql) -> dict[int | None, Values]:
    """Every column per unit (the case's commune; a session's unit), None: no unit recorded."""
    cells = form.cells
    case_cells = {code: c for code, c in cells.items() if c.kind != "sessions"}
    codes = list(case_cells)
    unit = form.source.c.commune_id
    rows = session.execute(
        select(unit, *(_aggregate(case_cells[c]) for c in codes))
        .select_from(form.source)
        .group_by(unit)
    )
    result: dict[int | None, Values] = {}
    for unit_id, *values in rows:
        result[unit_id] = {code: _number(value) for code, value in zip(codes, values, strict=True)}
    for code, cell in cells.items():
        if cell.kind != "sessions":
            continue
        for unit_id, count in session.execute(
            select(Conference.unit_id, func.count())
            .where(cell.condition)
            .group_by(Conference.unit_id)
        ):
            result.setdefault(unit_id, {})[code] = int(count)
    return result


def _number(value: object) -> int | Decimal:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return value if value != value.to_integral_value() else int(value)
    if isinstance(value, float):
        return Decimal(str(value))
    return int(str(value))


def cell_ids(
    session: Session, form: FormSql, column: str, unit_id: int | None, *, all_units: bool
) -> list[int]:
    """The ids of the cases (or, for sessions, the conferences) one cell counts."""
    cell = form.cells[column]
    if cell.kind == "sessions":
        query = select(Conference.id).where(cell.condition)
        if not all_units:
            query = query.where(
                Conference.unit_id.is_(None) if unit_id is None else Conference.unit_id == unit_id
            )
        return list(session.scalars(query.order_by(Conference.starts_at, Conference.id)))
    t = form.source.c
    condition = cell.condition
    if cell.kind == "sum" and cell.value is not None:
        condition = and_(condition, cell.value != 0)  # the cases whose numbers it sums
    query = select(t.id).select_from(form.source).where(condition)
    if not all_units:
        query = query.where(t.commune_id.is_(None) if unit_id is None else t.commune_id == unit_id)
    return list(session.scalars(query.order_by(t.received_on, t.id)))


def unit_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {
        i: n
        for i, n in session.execute(
            select(AdminUnit.id, AdminUnit.name).where(AdminUnit.id.in_(sorted(ids)))
        )
    }


def opening_balances(session: Session, form: str) -> list[tuple[int | None, date, int]]:
    rows = session.execute(
        select(
            FormOpeningBalance.unit_id,
            FormOpeningBalance.starts_on,
            FormOpeningBalance.carried_over,
        ).where(FormOpeningBalance.form == form)
    )
    return [(u, s, c) for u, s, c in rows]


__all__ = [
    "CellSql",
    "FormSql",
    "near",
    "cell_ids",
    "handled_on",
    "is_repeat",
    "opening_balances",
    "outside_action",
    "reception_mode",
    "reception_sessions",
    "settlement_cells",
    "sum_cells",
    "tcd_cells",
    "unit_names",
    "verdict",
    "xld_cells",
]

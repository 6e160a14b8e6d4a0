"""The SQL of the statutory forms: what each cell counts, as a condition on ``Case`` (and, for
the reception sessions of 01/TCD, on ``Conference``), summed per unit for the form and listed
for a cell's drill-down, so a figure and its list cannot disagree.

The words behind each condition are in ``domain/forms/facts.py``; the columns in
``domain/forms/layout.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import (
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
from dialogue_app.domain.forms import OutsideAction, ReceptionMode, Verdict
from dialogue_app.domain.statistics import CROWD_SIZE
from dialogue_app.services.cases import OTHERWISE_STATUSES, SETTLED_STATUSES
from dialogue_app.services.cases.slices import HELD, day_start
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


# --- the derived facts ---------------------------------------------------------------------------


def reception_mode() -> ColumnElement[Any]:
    delegated = exists().where(
        ReceptionDuty.conference_id == Case.conference_id,
        ReceptionDuty.status == DutyStatus.DELEGATED.value,
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


def tcd_cells(start: date, end: date) -> dict[str, CellSql]:
    visit = and_(Case.channel == Channel.RECEPTION.value, _in(Case.received_on, start, end))
    mode = reception_mode()
    repeat = is_repeat()
    crowd = Case.group_size >= CROWD_SIZE
    modes = (ReceptionMode.REGULAR.value, ReceptionMode.HEAD.value, ReceptionMode.DELEGATED.value)
    counted = and_(visit, mode.in_(modes))
    cells = {
        "1": CellSql("count", counted),
        "2": CellSql("sum", counted, Case.group_size),
        "3": CellSql("count", counted),
    }

    def block(first: int, value: str) -> None:
        v = and_(visit, mode == value)
        c = [str(first + i) for i in range(8)]
        cells[c[0]] = CellSql("count", v)
        cells[c[1]] = CellSql("sum", v, Case.group_size)
        cells[c[2]] = CellSql("count", and_(v, ~repeat))
        cells[c[3]] = CellSql("count", and_(v, repeat))
        cells[c[4]] = CellSql("count", and_(v, crowd))
        cells[c[5]] = CellSql("sum", and_(v, crowd), Case.group_size)
        cells[c[6]] = CellSql("count", and_(v, crowd, ~repeat))
        cells[c[7]] = CellSql("count", and_(v, crowd, repeat))

    block(4, ReceptionMode.REGULAR.value)
    block(13, ReceptionMode.HEAD.value)
    block(22, ReceptionMode.DELEGATED.value)
    cells["12"] = CellSql("sessions", reception_sessions(start, end, delegated=False))
    cells["21"] = CellSql("sessions", reception_sessions(start, end, delegated=True))
    return {code: cells[code] for code in sorted(cells, key=int)}


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


def xld_cells(start: date, end: date) -> dict[str, CellSql]:
    handled = handled_on()
    carried = and_(Case.received_on < start, or_(handled.is_(None), handled >= start))
    received = _in(Case.received_on, start, end)
    scope = or_(carried, received)
    done = and_(scope, handled.is_not(None), handled <= end)
    eligible = and_(done, Case.eligible.is_(True))
    within = and_(eligible, Case.within_competence.is_(True))
    outside = and_(eligible, Case.within_competence.is_(False))
    action = outside_action()
    rec = Case.case_type.in_((CaseType.RECOMMENDATION.value, CaseType.FEEDBACK.value))
    complaint = Case.case_type == CaseType.COMPLAINT.value
    denunciation = Case.case_type == CaseType.DENUNCIATION.value
    return {
        "1": CellSql("count", scope),
        "2": CellSql("count", carried),
        "3": CellSql("count", received),
        "4": CellSql("count", done),
        "5": CellSql("count", and_(scope, or_(handled.is_(None), handled > end))),
        "6": CellSql("count", eligible),
        "7": CellSql("distinct", eligible),
        "8": CellSql("count", and_(eligible, complaint)),
        "9": CellSql("count", and_(eligible, denunciation)),
        "10": CellSql("count", and_(eligible, rec)),
        "11": CellSql("count", and_(eligible, Case.prior_settlement == "once")),
        "12": CellSql("count", and_(eligible, Case.prior_settlement == "several")),
        "13": CellSql("count", and_(eligible, Case.prior_settlement == "none")),
        "14": CellSql("count", within),
        "15": CellSql("count", and_(within, complaint)),
        "16": CellSql("count", and_(within, denunciation)),
        "17": CellSql("count", and_(within, rec)),
        "18": CellSql("count", outside),
        "19": CellSql("count", and_(outside, action == OutsideAction.GUIDE.value)),
        "20": CellSql("count", and_(outside, action == OutsideAction.TRANSFER.value)),
        "21": CellSql("count", and_(outside, action == OutsideAction.URGE.value)),
        "22": CellSql(
            "count",
            and_(
                _in(Case.reply_received_on, start, end),
                Case.within_competence.is_(False),
                action == OutsideAction.TRANSFER.value,
            ),
        ),
    }


# --- 01/KQGQ and the denunciation table -----------------------------------------------------------


def settlement_cells(start: date, end: date, case_type: CaseType) -> dict[str, CellSql]:
    """01/KQGQ (complaints) or the denunciation table: the same columns up to 19, then the
    verdicts and the time limit."""
    closed = func.coalesce(Case.resolved_on, Case.received_on)
    is_closed = Case.status.in_(SETTLED_STATUSES + OTHERWISE_STATUSES)
    ours = and_(Case.case_type == case_type.value, Case.within_competence.is_(True))
    carried = and_(ours, Case.received_on < start, or_(~is_closed, closed >= start))
    received = and_(ours, _in(Case.received_on, start, end))
    scope = or_(carried, received)
    v = verdict()
    by_decision = and_(
        scope,
        Case.status == CaseStatus.RESOLVED.value,
        Case.resolved_on <= end,
        v.is_not(None),
    )
    withdrawn = and_(scope, Case.status == CaseStatus.WITHDRAWN.value, closed <= end)
    settled = or_(by_decision, withdrawn)
    kept = or_(Case.deadline.is_(None), closed <= Case.deadline)
    cells = {
        "1": CellSql("count", scope),
        "2": CellSql("count", carried),
        "3": CellSql("count", received),
        "4": CellSql("distinct", scope),
        "5": CellSql("count", by_decision),
        "6": CellSql("count", withdrawn),
    }
    column: SQLColumnExpression[Any]
    for code, column in zip(
        ("7", "8", "9", "10", "11", "12"),
        (
            Case.money_to_state,
            Case.land_to_state,
            Case.money_to_organisations,
            Case.land_to_organisations,
            Case.money_to_individuals,
            Case.land_to_individuals,
        ),
        strict=True,
    ):
        cells[code] = CellSql("sum", and_(by_decision, column.is_not(None), column != 0), column)
    for code, column in zip(
        ("13", "14", "15", "16"),
        (
            Case.organisations_restored,
            Case.individuals_restored,
            Case.sanction_recommended,
            Case.sanction_officials,
        ),
        strict=True,
    ):
        cells[code] = CellSql("sum", and_(by_decision, column != 0), column)
    investigated = and_(by_decision, Case.investigation_transferred.is_(True))
    cells["17"] = CellSql("count", investigated)
    cells["18"] = CellSql(
        "sum", and_(investigated, Case.investigation_people != 0), Case.investigation_people
    )
    cells["19"] = CellSql(
        "sum", and_(investigated, Case.investigation_officials != 0), Case.investigation_officials
    )
    verdicts = [Verdict.RIGHT, Verdict.WRONG, Verdict.PARTLY_RIGHT]
    if case_type is CaseType.COMPLAINT:
        verdicts += [Verdict.UPHELD, Verdict.ANNULLED]
    next_code = 20
    for item in verdicts:
        cells[str(next_code)] = CellSql("count", and_(by_decision, v == item.value))
        next_code += 1
    cells[str(next_code)] = CellSql("count", and_(settled, kept))
    cells[str(next_code + 1)] = CellSql("count", and_(settled, ~kept))
    return cells


# --- running them --------------------------------------------------------------------------------

Values = dict[str, int | Decimal]


def _aggregate(cell: CellSql) -> ColumnElement[Any]:
    if cell.kind == "distinct":
        return func.count(
            func.distinct(case((cell.condition, func.coalesce(Case.repeat_of_id, Case.id))))
        )
    value = cell.value if cell.value is not None else _one()
    return func.coalesce(func.sum(case((cell.condition, value), else_=0)), 0)


def sum_cells(session: Session, cells: Mapping[str, CellSql]) -> dict[int | None, Values]:
    """Every column per unit (the case's commune; a session's unit), None: no unit recorded."""
    case_cells = {code: c for code, c in cells.items() if c.kind != "sessions"}
    scope = or_(*(c.condition for c in case_cells.values()))
    codes = list(case_cells)
    rows = session.execute(
        select(Case.commune_id, *(_aggregate(case_cells[c]) for c in codes))
        .where(scope)
        .group_by(Case.commune_id)
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


def cell_ids(session: Session, cell: CellSql, unit_id: int | None, *, all_units: bool) -> list[int]:
    """The ids of the cases (or, for sessions, the conferences) one cell counts."""
    if cell.kind == "sessions":
        query = select(Conference.id).where(cell.condition)
        if not all_units:
            query = query.where(
                Conference.unit_id.is_(None) if unit_id is None else Conference.unit_id == unit_id
            )
        return list(session.scalars(query.order_by(Conference.starts_at, Conference.id)))
    condition = cell.condition
    if cell.kind == "sum":
        condition = and_(condition, cell.value != 0) if cell.value is not None else condition
    query = select(Case.id).where(condition)
    if not all_units:
        query = query.where(
            Case.commune_id.is_(None) if unit_id is None else Case.commune_id == unit_id
        )
    return list(session.scalars(query.order_by(Case.received_on, Case.id)))


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

"""The SQL of the statutory forms: what each cell counts, as a condition on ``Case`` (and, for
the reception sessions of 01/TCD, on ``Conference``), summed per unit for the form and listed
for a cell's drill-down (``statements``), so a figure and its list cannot disagree.

The words behind each condition are in ``domain/forms/facts.py``; the columns in
``domain/forms/layout.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import (
    CTE,
    ColumnElement,
    Date,
    SQLColumnExpression,
    and_,
    bindparam,
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
from dialogue_app.domain.forms import (
    AMOUNTS,
    COUNTS,
    FIRST_ROUND_VERDICTS,
    SECOND_ROUND_VERDICTS,
    OutsideAction,
    ReceptionMode,
    Verdict,
)
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


# The period, bound when the form runs (``period_params``), so a form's statement is built and
# compiled once and reused for every period.
START = bindparam("start", type_=Date, required=False)
END = bindparam("end", type_=Date, required=False)
FROM_AT = bindparam("from_at", type_=Conference.starts_at.type, required=False)
UNTIL_AT = bindparam("until_at", type_=Conference.starts_at.type, required=False)


def period_params(start: date, end: date) -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "from_at": day_start(start),
        "until_at": day_start(end + timedelta(days=1)),
    }


def unit_at_end() -> tuple[ColumnElement[Any], Any]:
    """The unit a case counts in at the period's end, and the FROM clause that gives it: its
    commune, or the unit that took the commune over if it had been merged away by then.

    This is ``domain.units.successor_on`` in SQL for the two mergers a record can have been
    through (the communes of 2019–2020, then those of 2025), looked up by primary key so the
    form's indexed scans of ``cases`` stay as they are; ``FormService`` applies the domain rule
    to the units this returns, which carries any longer chain the rest of the way."""
    first = AdminUnit.__table__.alias("merged_once")
    second = AdminUnit.__table__.alias("merged_twice")

    def gone(unit: Any) -> ColumnElement[bool]:
        return and_(
            unit.c.successor_id.is_not(None),
            or_(unit.c.valid_to.is_(None), unit.c.valid_to < END),
        )

    unit = case(
        (
            gone(first),
            case((gone(second), second.c.successor_id), else_=first.c.successor_id),
        ),
        else_=Case.commune_id,
    )
    from_ = Case.__table__.outerjoin(first, first.c.id == Case.commune_id).outerjoin(
        second, second.c.id == first.c.successor_id
    )
    return unit, from_


def _fact_columns() -> dict[str, Any]:
    """Every fact a form may count, by the name its cells use."""
    return {
        "matter": func.coalesce(Case.repeat_of_id, Case.id).label("matter"),
        "group_size": Case.group_size,
        "received_on": Case.received_on,
        "status": Case.status,
        "case_type": Case.case_type,
        "within_competence": Case.within_competence,
        "eligible": Case.eligible,
        "prior_settlement": Case.prior_settlement,
        "resolved_on": Case.resolved_on,
        "closed_on": func.coalesce(Case.resolved_on, Case.received_on).label("closed_on"),
        "deadline": Case.deadline,
        "reply_received_on": Case.reply_received_on,
        "mode": reception_mode().label("mode"),
        "repeat": case((is_repeat(), 1), else_=0).label("repeat"),
        "handled_on": handled_on().label("handled_on"),
        "action": outside_action().label("action"),
        "verdict": verdict().label("verdict"),
        **{name: getattr(Case, name) for name in (*AMOUNTS, *COUNTS)},
        "investigation_transferred": Case.investigation_transferred,
    }


TCD_FACTS = ("group_size", "received_on", "mode", "repeat")
XLD_FACTS = (
    "matter", "received_on", "case_type", "within_competence", "eligible", "prior_settlement",
    "reply_received_on", "handled_on", "action",
)  # fmt: skip
SETTLEMENT_FACTS = (
    "matter", "received_on", "status", "resolved_on", "closed_on", "deadline", "verdict",
    *AMOUNTS, *COUNTS, "investigation_transferred",
)  # fmt: skip


def facts(
    scope: ColumnElement[bool],
    needs: tuple[str, ...],
    flags: dict[str, ColumnElement[bool]] | None = None,
) -> CTE:
    """The cases of ``scope`` with the facts a form counts (``needs``; derived ones worked out
    once per case), and the unit each counts in (``unit_at_end``). ``MATERIALIZED``: neither
    SQLite nor PostgreSQL folds them back into each of the form's many sums; only the columns
    the form reads, so the rows copied are narrow. ``flags``: conditions many cells share,
    worked out once per case as 0/1 (neither engine shares them between the sums)."""
    unit, from_ = unit_at_end()
    columns = _fact_columns()
    flagged = [case((c, 1), else_=0).label(name) for name, c in (flags or {}).items()]
    return (
        select(Case.id, unit.label("unit"), *(columns[name] for name in needs), *flagged)
        .select_from(from_)
        .where(scope)
        .cte("form_facts")
        .prefix_with("MATERIALIZED")
    )


def near() -> ColumnElement[bool]:
    """Received in the period, or before it and open or closed in or after it (the index
    ranges of ``services/cases/slices.py``)."""
    before = Case.received_on < START
    return or_(
        _in(Case.received_on),
        and_(one_of(Case.status, OPEN_VALUES), before),
        and_(Case.resolved_on.is_not(None), Case.resolved_on >= START, before),
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
    # a second round upholds or annuls the first decision: complaints only (a denunciation
    # made again is concluded right, wrong or partly right like the first: Luật Tố cáo 2018).
    # A recorded verdict counts when it fits the case (the case form refuses one that does
    # not; a record written otherwise, by an older version or by hand, is read from its
    # outcome), so that every verdict lands in a column its form has.
    second = and_(Case.round == 2, Case.case_type == CaseType.COMPLAINT.value)
    fits = or_(
        and_(second, one_of(Case.verdict, sorted(v.value for v in SECOND_ROUND_VERDICTS))),
        and_(~second, one_of(Case.verdict, sorted(v.value for v in FIRST_ROUND_VERDICTS))),
    )
    return case(
        (fits, Case.verdict),
        else_=case(
            (
                and_(second, one_of(Case.outcome, ("upheld", "partly_upheld"))),
                literal(Verdict.ANNULLED.value),
            ),
            (and_(second, Case.outcome == "rejected"), literal(Verdict.UPHELD.value)),
            (and_(~second, Case.outcome == "upheld"), literal(Verdict.RIGHT.value)),
            (and_(~second, Case.outcome == "partly_upheld"), literal(Verdict.PARTLY_RIGHT.value)),
            (and_(~second, Case.outcome == "rejected"), literal(Verdict.WRONG.value)),
            else_=null(),
        ),
    )


def one_of(column: Any, choices: Sequence[object]) -> ColumnElement[bool]:
    """``column IN (…)`` written as equalities, which both engines plan as the same IN, so the
    form's statements hold no list to expand and compile once to plain driver SQL."""
    return or_(*(column == choice for choice in choices))


def _in(column: SQLColumnExpression[Any]) -> ColumnElement[bool]:
    return and_(column >= START, column <= END)


# --- 01/TCD --------------------------------------------------------------------------------------


def tcd_cells() -> FormSql:
    scope = and_(Case.channel == Channel.RECEPTION.value, _in(Case.received_on))
    source = facts(scope, TCD_FACTS)
    t = source.c
    repeat = t.repeat == 1
    first = t.repeat == 0
    crowd = t.group_size >= CROWD_SIZE
    modes = (ReceptionMode.REGULAR.value, ReceptionMode.HEAD.value, ReceptionMode.DELEGATED.value)
    counted = one_of(t.mode, modes)  # every case of the source is a visit of the period
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
    cells["12"] = CellSql("sessions", reception_sessions(delegated=False))
    cells["21"] = CellSql("sessions", reception_sessions(delegated=True))
    return FormSql({code: cells[code] for code in sorted(cells, key=int)}, source)


def reception_sessions(*, delegated: bool) -> ColumnElement[bool]:
    """The period's held reception sessions, by the head in person or delegated (a session
    holding a reception duty marked delegated)."""
    by_delegate = exists().where(
        ReceptionDuty.conference_id == Conference.id,
        ReceptionDuty.status == DutyStatus.DELEGATED.value,
    )
    return and_(
        one_of(
            Conference.kind,
            (ConferenceKind.RECEPTION.value, ConferenceKind.ADHOC_RECEPTION.value),
        ),
        one_of(Conference.status, [s.value for s in HELD]),
        Conference.starts_at >= FROM_AT,
        Conference.starts_at < UNTIL_AT,
        by_delegate if delegated else ~by_delegate,
    )


# --- 01/XLD --------------------------------------------------------------------------------------


def xld_cells() -> FormSql:
    # a reply to a petition handled before the period: the reply's own (indexed) range
    handled_case = handled_on()
    carried_case = and_(
        Case.received_on < START, or_(handled_case.is_(None), handled_case >= START)
    )
    received_case = _in(Case.received_on)
    done_case = and_(
        or_(carried_case, received_case), handled_case.is_not(None), handled_case <= END
    )
    source = facts(
        or_(near(), _in(Case.reply_received_on)),
        XLD_FACTS,
        {
            "carried": carried_case,
            "received": received_case,
            "done": done_case,
            "eligible_done": and_(done_case, Case.eligible.is_(True)),
        },
    )
    t = source.c
    handled = t.handled_on
    carried = t.carried == 1
    received = t.received == 1
    scope = or_(carried, received)
    done = t.done == 1
    eligible = t.eligible_done == 1
    within = and_(eligible, t.within_competence.is_(True))
    outside = and_(eligible, t.within_competence.is_(False))
    rec = one_of(t.case_type, (CaseType.RECOMMENDATION.value, CaseType.FEEDBACK.value))
    complaint = t.case_type == CaseType.COMPLAINT.value
    denunciation = t.case_type == CaseType.DENUNCIATION.value
    cells = {
        "1": CellSql("count", scope),
        "2": CellSql("count", carried),
        "3": CellSql("count", received),
        "4": CellSql("count", done),
        "5": CellSql("count", and_(scope, or_(handled.is_(None), handled > END))),
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
                _in(t.reply_received_on),
                t.within_competence.is_(False),
                t.action == OutsideAction.TRANSFER.value,
            ),
        ),
    }
    return FormSql(cells, source)


# --- 01/KQGQ and the denunciation table -----------------------------------------------------------


def settlement_cells(case_type: CaseType) -> FormSql:
    """01/KQGQ (complaints) or the denunciation table: the same columns up to 19, then the
    verdicts and the time limit."""
    # the type and competence filter the rows the period's ranges find (an index on the type
    # alone would read every complaint of ten years)
    ours = and_(
        func.coalesce(Case.case_type, "") == case_type.value, Case.within_competence.is_(True)
    )
    closed_case = func.coalesce(Case.resolved_on, Case.received_on)
    is_closed = one_of(Case.status, SETTLED_STATUSES + OTHERWISE_STATUSES)
    carried_case = and_(Case.received_on < START, or_(~is_closed, closed_case >= START))
    received_case = _in(Case.received_on)
    in_scope = or_(carried_case, received_case)
    source = facts(
        and_(near(), ours),
        SETTLEMENT_FACTS,
        {
            "carried": carried_case,
            "received": received_case,
            "by_decision": and_(
                in_scope,
                Case.status == CaseStatus.RESOLVED.value,
                Case.resolved_on <= END,
                verdict().is_not(None),
            ),
            "withdrawn": and_(
                in_scope, Case.status == CaseStatus.WITHDRAWN.value, closed_case <= END
            ),
        },
    )
    t = source.c
    closed = t.closed_on
    carried = t.carried == 1
    received = t.received == 1
    scope = or_(carried, received)
    by_decision = t.by_decision == 1
    withdrawn = t.withdrawn == 1
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


def unit_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.connection().execute(
        select(AdminUnit.id, AdminUnit.name).where(AdminUnit.id.in_(sorted(ids)))
    )
    return {unit_id: name for unit_id, name in rows.all()}


def opening_balances(session: Session, form: str) -> list[tuple[int | None, date, int]]:
    rows = session.connection().execute(
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
    "period_params",
    "near",
    "handled_on",
    "is_repeat",
    "opening_balances",
    "outside_action",
    "reception_mode",
    "reception_sessions",
    "settlement_cells",
    "tcd_cells",
    "unit_names",
    "verdict",
    "xld_cells",
]

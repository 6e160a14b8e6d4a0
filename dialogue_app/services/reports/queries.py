"""The SQL of the reports: every statement that reads the figures of a period.

One statement gives every case table (the cases in scope with their facts, then one GROUP BY per
table, see ``case_tables``), one gives every held session with its counts; the rest read names,
reception days and the office's settings. What a figure counts is ``services/cases/slices.py``
(shared with the case list's drill-down); ``figures.py`` names, sorts and sums what comes back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Integer,
    SQLColumnExpression,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    not_,
    or_,
    select,
    type_coerce,
    union,
    union_all,
)
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.conferences import ParticipantRole
from dialogue_app.domain.periods import Period
from dialogue_app.domain.statistics import CROWD_SIZE, CaseCounts, SessionFacts
from dialogue_app.services.cases import (
    OTHERWISE_STATUSES,
    SETTLED_STATUSES,
    closed_on,
    day_start,
    held_session_conditions,
    is_open,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound
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
from dialogue_app.store.units import units_of

# a day in a condition: a date, or a parameter of a statement built once (the dashboard's)
Day = date | ColumnElement[date]


def cutoff_day(session: Session) -> int:
    value = session.scalar(
        select(OfficeProfile.report_cutoff_day).order_by(OfficeProfile.id).limit(1)
    )
    return int(value or 0)


def office_name(session: Session) -> str:
    name = session.scalar(select(OfficeProfile.name).order_by(OfficeProfile.id).limit(1))
    return name or ""


def units(session: Session) -> list[tuple[int, str]]:
    """Administrative units a report can be limited to."""
    rows = session.execute(
        select(AdminUnit.id, AdminUnit.name).order_by(AdminUnit.search_key, AdminUnit.id)
    )
    return [(i, n) for i, n in rows]


def days_between(
    session: Session, later: SQLColumnExpression[Any], earlier: SQLColumnExpression[Any]
) -> ColumnElement[Any]:
    if session.get_bind().dialect.name == "sqlite":
        return func.cast(func.julianday(later) - func.julianday(earlier), Case.round.type)
    return later - earlier  # PostgreSQL: date - date is a number of days


def unit_scope(session: Session, unit_id: int | None) -> tuple[frozenset[int] | None, str | None]:
    """The unit, every unit below it and every unit merged into it (``store.units``), with
    its name."""
    if unit_id is None:
        return None, None
    unit = session.get(AdminUnit, unit_id)
    if unit is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no administrative unit with the number %1."),
            unit_id,
        )
    return units_of(session, unit.id), unit.name


def scope_ranges(start: Day, end: Day) -> tuple[ColumnElement[bool], ...]:
    """``IN_SCOPE`` of ``cases.slices.measures`` as three disjoint conditions, each a range of an
    index: received in the period (``received_on``); received before it and open (``status``,
    ``received_on``); received before it, closed and resolved on or after its first day
    (``resolved_on``, ``received_on``; a closed case without ``resolved_on`` counts as closed
    on receipt, before the period)."""
    before = and_(Case.received_on < start, Case.received_on <= end)
    return (
        and_(Case.received_on >= start, Case.received_on <= end),
        and_(is_open(), before),
        and_(not_(is_open()), Case.resolved_on.is_not(None), Case.resolved_on >= start, before),
    )


def in_scope_facts(session: Session, start: Day, end: Day, as_of: Day) -> list[ColumnElement[Any]]:
    """The facts of a case summed into ``CaseCounts``, in field order, for a case already known
    to be in scope: 1 or 0 for each measure, the days to settle, the people of a crowd.

    Each condition is its measure of ``cases.slices.measures`` with the part implied by
    ``IN_SCOPE`` left out, so SQL evaluates a few comparisons a case instead of the scope
    condition twelve times.
    """
    closed = closed_on()
    settled = and_(Case.status.in_(SETTLED_STATUSES), closed <= end)
    open_at_end = or_(is_open(), closed > end)
    crowd = Case.group_size >= CROWD_SIZE
    days = days_between(session, closed, Case.received_on)

    def flag(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return case((condition, 1), else_=0)

    return [
        flag(Case.received_on < start),  # carried over
        flag(Case.received_on >= start),  # received
        flag(settled),
        flag(and_(settled, Case.deadline.is_not(None), closed <= Case.deadline)),
        flag(and_(settled, Case.deadline.is_not(None), closed > Case.deadline)),
        flag(and_(settled, Case.deadline.is_(None))),
        flag(and_(Case.status.in_(OTHERWISE_STATUSES), closed <= end)),
        flag(open_at_end),
        flag(and_(open_at_end, Case.deadline < as_of)),
        case((settled, days), else_=0),
        flag(crowd),
        case((crowd, Case.group_size), else_=0),
    ]


@dataclass(frozen=True)
class CaseTables:
    """The case figures of a period: totals by type and competence, and by field, unit, agency."""

    by_type_competence: dict[tuple[str, bool], CaseCounts]
    by_field: dict[int | None, CaseCounts]
    by_unit: dict[int | None, CaseCounts]
    by_agency: dict[int | None, CaseCounts]


def case_tables(
    session: Session,
    period: Period,
    as_of: date,
    unit_ids: frozenset[int] | None,
    *,
    breakdowns: bool = True,
) -> CaseTables:
    """Every case figure in one statement: the cases in scope with their facts (a CTE), and
    one GROUP BY of it per table (``UNION ALL``), so only the table rows come back to Python.
    Without ``breakdowns``: only the totals by type and competence. The statement is built once
    per kind (``_case_tables_query``), its dates and units given as parameters."""
    dialect = session.get_bind().dialect.name
    key = ("case_tables", dialect, unit_ids is not None, breakdowns)
    query = _BUILT.get(key)
    if query is None:
        query = _BUILT[key] = _case_tables_query(session, unit_ids is not None, breakdowns)
    values: dict[str, Any] = {"start": period.start, "end": period.end, "as_of": as_of}
    if unit_ids is not None:
        values["units"] = sorted(unit_ids)
    found: list[dict[Any, CaseCounts]] = [{}, {}, {}, {}]
    rows = session.connection().execute(query, values).all()
    for table, case_type, within, key_, *numbers in rows:
        counts = CaseCounts(*map(int, numbers))  # sums over at least one case: never NULL
        if table == 0:
            found[0][(value_of(case_type), bool(within))] = counts
        else:
            found[table][key_] = counts
    return CaseTables(*found)


# The dashboard's statements, built once per (statement, dialect, kind): building them costs
# more Python than SQLite takes to answer them for a province's cases. Their parameters:
# ``start``, ``end``, ``as_of`` (dates), ``units`` (a list of unit ids, when limited to units).
_BUILT: dict[tuple[Any, ...], Any] = {}
_START = bindparam("start", type_=Date())
_END = bindparam("end", type_=Date())
_AS_OF = bindparam("as_of", type_=Date())


def _case_tables_query(session: Session, by_units: bool, breakdowns: bool) -> Any:
    # each case in scope once, with its twelve facts as 0/1 (or days, people): the scope's
    # three disjoint ranges (see ``scope_ranges``), each read through its index.
    # MATERIALIZED: computed once for all the tables (and SQLite would otherwise fold it into
    # each grouping and scan by case type instead).
    facts = in_scope_facts(session, _START, _END, _AS_OF)
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
    for condition in scope_ranges(_START, _END):
        part = select(*columns).where(condition)
        if by_units:
            part = part.where(Case.commune_id.in_(bindparam("units", expanding=True)))
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
        return tables.group_by(cases.c.case_type, cases.c.within)
    # Grouping (a sort in SQLite) costs by the case: the cases are grouped twice, by unit
    # and by (type, competence, field, agency), whose few groups give the other tables.
    cells = (
        select(cases.c.case_type, cases.c.within, cases.c.field_id, cases.c.agency_id, *sums(cases))
        .group_by(cases.c.case_type, cases.c.within, cases.c.field_id, cases.c.agency_id)
        .cte("cells")
    )
    return union_all(
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


def value_of(enum_or_text: Any) -> str:
    return str(enum_or_text.value if hasattr(enum_or_text, "value") else enum_or_text)


def table_names(session: Session, tables: CaseTables) -> dict[str, dict[int, str]]:
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
    unit_names: dict[int, str] = {}
    for unit_id, name, new_name in session.execute(
        select(AdminUnit.id, AdminUnit.name, successor.c.name)
        .outerjoin(successor, successor.c.id == AdminUnit.successor_id)
        .where(AdminUnit.id.in_(unit_ids))
    ):
        # a unit merged away keeps its own row, so time series stay true; say where it went
        unit_names[unit_id] = f"{name} (→ {new_name})" if new_name else name
    return {"field": fields_, "unit": unit_names, "agency": agencies}


def held_session_facts(
    session: Session, period: Period, unit_ids: frozenset[int] | None
) -> list[SessionFacts]:
    """The period's held sessions, each with its chairs and its counts worked out in SQL (two
    statements built once per kind, ``_held_queries``)."""
    by_units = unit_ids is not None
    key = ("held", session.get_bind().dialect.name, by_units)
    queries = _BUILT.get(key)
    if queries is None:
        queries = _BUILT[key] = _held_queries(by_units)
    chairs_query, facts_query = queries
    values: dict[str, Any] = {
        "held_from": day_start(period.start),
        "held_to": day_start(period.end + timedelta(days=1)),
    }
    if unit_ids is not None:
        values["units"] = sorted(unit_ids)
    connection = session.connection()
    chairs: dict[int, list[int]] = defaultdict(list)
    for conference_id, official_id in connection.execute(chairs_query, values).all():
        if official_id is not None:  # always: the query keeps officials only
            chairs[conference_id].append(official_id)
    return [
        SessionFacts(
            conference_id,
            value_of(kind),
            tuple(chairs.get(conference_id, ())),
            attendees,
            int(n_known or 0),
            int(n or 0),
            int(c or 0),
            int(p or 0),
        )
        for conference_id, kind, attendees, n_known, n, c, p in connection.execute(
            facts_query, values
        ).all()
    ]


def _held_queries(by_units: bool) -> tuple[Any, Any]:
    """The chairs of the held sessions, and each session's counts; parameters ``held_from``,
    ``held_to`` (datetimes, see ``cases.slices.held_sessions``), ``units``."""
    starts_type = Conference.starts_at.type
    held = select(Conference.id).where(
        *held_session_conditions(
            bindparam("held_from", type_=starts_type), bindparam("held_to", type_=starts_type)
        )
    )
    if by_units:
        held = held.where(Conference.unit_id.in_(bindparam("units", expanding=True)))
    chairs = (
        select(ConferenceParticipant.conference_id, ConferenceParticipant.official_id)
        .where(
            ConferenceParticipant.conference_id.in_(held),
            ConferenceParticipant.role == ParticipantRole.CHAIR.value,
            ConferenceParticipant.official_id.is_not(None),
        )
        .order_by(ConferenceParticipant.id)
    )
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
    facts = (
        select(
            Conference.id,
            type_coerce(Conference.kind, String),  # the value as stored: no enum made a row
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
    return chairs, facts


def official_names(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(
        session.execute(select(Official.id, Official.full_name).where(Official.id.in_(ids))).all()
    )


def duty_days(session: Session, period: Period) -> dict[int, list[tuple[date, DutyStatus]]]:
    """Each leader's reception days in the period, with how each went."""
    days: dict[int, list[tuple[date, DutyStatus]]] = defaultdict(list)
    for official_id, day, status in session.execute(
        select(ReceptionDuty.official_id, ReceptionDuty.day, ReceptionDuty.status).where(
            ReceptionDuty.day >= period.start, ReceptionDuty.day <= period.end
        )
    ):
        days[official_id].append((day, DutyStatus(status)))
    return days


def duty_leaders(
    session: Session, official_ids: list[int], unit_ids: frozenset[int] | None
) -> list[tuple[Official, DutyQuota | None]]:
    """Leaders with a quota or among ``official_ids`` (those with reception days), by name."""
    query = (
        select(Official, DutyQuota)
        .outerjoin(DutyQuota, DutyQuota.id == Official.duty_quota_id)
        .where(or_(Official.duty_quota_id.is_not(None), Official.id.in_(official_ids)))
        .order_by(Official.full_name, Official.id)
    )
    if unit_ids is not None:
        query = query.where(Official.unit_id.in_(sorted(unit_ids)))
    return [(official, quota) for official, quota in session.execute(query)]

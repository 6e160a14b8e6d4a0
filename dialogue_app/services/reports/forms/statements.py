"""Running a statutory form's SQL (``queries``): its statements built once (``prepare``) and
compiled once per engine, run on the driver's cursor with the period bound (``sum_cells``),
and a cell's cases listed for its drill-down (``cell_ids``) from the same conditions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from dialogue_app.domain.forms import AMOUNTS
from dialogue_app.services.reports.forms.queries import END, CellSql, FormSql
from dialogue_app.store.models import AdminUnit, Conference, FormOpeningBalance, OfficeProfile

Values = dict[str, int | Decimal]


def _aggregate(cell: CellSql) -> ColumnElement[Any]:
    if cell.kind == "distinct":  # ``value``: the matter a case belongs to
        return func.count(func.distinct(case((cell.condition, cell.value))))
    value = cell.value if cell.value is not None else literal(1)
    return func.coalesce(func.sum(case((cell.condition, value), else_=0)), 0)


@dataclass(frozen=True)
class DriverStatement:
    """A statement compiled once for a dialect and run on the driver's cursor with the period
    bound: a form's grouped sums are one large statement, and building SQLAlchemy's cache key
    for it on each run cost several times the query itself."""

    sql: str
    names: tuple[str, ...]  # the parameters in the driver's order (positional) or by name
    positional: bool
    fixed: dict[str, Any]  # the statement's own constants
    processors: dict[str, Callable[[Any], Any] | None]

    @classmethod
    def of(cls, statement: Select[Any], dialect: Dialect) -> DriverStatement:
        compiled = statement.compile(dialect=dialect)
        positional = bool(compiled.positional)
        names = tuple(compiled.positiontup or ()) if positional else tuple(compiled.binds)
        binds = compiled.binds
        return cls(
            str(compiled),
            names,
            positional,
            {n: binds[n].effective_value for n in binds},
            {n: binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in binds},
        )

    # the last period's (params, args), replaced whole so two threads never mix them
    last: dict[str, tuple[dict[str, Any], Any]] = field(default_factory=dict, compare=False)

    def args(self, params: dict[str, Any]) -> Any:
        """The driver's parameters: ``params`` (the period) and the statement's constants
        (those of the last period kept: a form is often asked again for the same one)."""
        last = self.last.get("entry")
        if last is not None and last[0] == params:
            return last[1]
        bound = {}
        for name in set(self.names):
            value = params[name] if name in params else self.fixed[name]
            process = self.processors[name]
            bound[name] = process(value) if process is not None and value is not None else value
        args = tuple(bound[n] for n in self.names) if self.positional else bound
        self.last["entry"] = (dict(params), args)
        return args

    def rows(self, cursor: Any, params: dict[str, Any]) -> list[Any]:
        """The rows on ``cursor`` (the DB-API cursor of the session's connection, so inside
        its transaction), values as the driver returns them."""
        cursor.execute(self.sql, self.args(params))
        return list(cursor.fetchall())


@dataclass(frozen=True)
class PreparedForm:
    """A form's statements, built once (the period is bound when they run): the sums of every
    case column per unit in one grouped statement, and one per sessions column."""

    form: FormSql
    codes: tuple[str, ...]  # the case columns, in the order of ``sums``' values
    sums: Select[Any]
    sessions: tuple[tuple[str, Select[Any, Any]], ...]
    amounts: frozenset[str] = frozenset()  # the columns summing money or land
    compiled: dict[str, tuple[DriverStatement, ...]] = field(default_factory=dict)

    def statements(self, dialect: Dialect) -> tuple[DriverStatement, ...]:
        """The sums, then each sessions statement, compiled for ``dialect`` (once)."""
        found = self.compiled.get(dialect.name)
        if found is None:
            found = self.compiled[dialect.name] = tuple(
                DriverStatement.of(s, dialect) for s in (self.sums, *(s for _c, s in self.sessions))
            )
        return found


def with_units(grouped: Select[Any, Any] | Select[Any, Any, Any]) -> Select[Any]:
    """``grouped`` (its first column ``unit``) with each unit's name and whether it had been
    merged away by the period's end (1: a chain of mergers longer than ``unit_at_end`` follows,
    or a session recorded under the old commune): the names come with the sums, not from a
    second read."""
    sums = grouped.subquery("sums")
    unit = AdminUnit.__table__.alias("unit")
    gone = and_(
        unit.c.successor_id.is_not(None), or_(unit.c.valid_to.is_(None), unit.c.valid_to < END)
    )
    return select(sums, unit.c.name, case((gone, 1), else_=0).label("gone")).select_from(
        sums.outerjoin(unit, unit.c.id == sums.c.unit)
    )


def prepare(form: FormSql) -> PreparedForm:
    case_cells = {code: c for code, c in form.cells.items() if c.kind != "sessions"}
    codes = tuple(case_cells)
    unit = form.source.c.unit
    sums = with_units(
        select(unit, *(_aggregate(case_cells[c]) for c in codes))
        .select_from(form.source)
        .group_by(unit)
    )
    sessions = tuple(
        (
            code,
            with_units(
                select(Conference.unit_id.label("unit"), func.count())
                .where(cell.condition)
                .group_by(Conference.unit_id)
            ),
        )
        for code, cell in form.cells.items()
        if cell.kind == "sessions"
    )
    amounts = frozenset(
        code
        for code, cell in case_cells.items()
        if cell.kind == "sum"
        and cell.value is not None
        and getattr(cell.value, "name", "") in AMOUNTS
    )
    return PreparedForm(form, codes, sums, sessions, amounts)


def sum_cells(
    connection: Connection,
    prepared: PreparedForm,
    params: dict[str, Any],
    successors: Callable[[], Mapping[int, int]],
) -> tuple[dict[int | None, Values], dict[int, str]]:
    """Every column per unit (the case's commune or the unit standing for it; a session's
    unit), None: no unit recorded; and the units' names. One pass over the grouped rows on the
    driver's cursor, whole numbers as they come. ``successors`` (read only when a row's unit
    had been merged away by the period's end) gives the unit standing for it."""
    sums, *sessions = prepared.statements(connection.dialect)
    codes = prepared.codes
    result: dict[int | None, Values] = {}
    names: dict[int, str] = {}
    gone: list[tuple[int, Values]] = []
    exact = [(i, code) for i, code in enumerate(codes) if code in prepared.amounts]
    cursor = connection.connection.cursor()
    try:
        for unit_id, *values, name, unit_gone in sums.rows(cursor, params):
            row: Values = dict(zip(codes, values, strict=True))
            for i, code in exact:  # money and land: Decimal (SQLite returns a float)
                row[code] = _number(values[i])
            if unit_gone:  # a chain of more than two mergers (``unit_at_end``)
                gone.append((unit_id, row))
                continue
            if unit_id is not None:
                names[unit_id] = name
            result[unit_id] = row
        for (code, _statement), driver in zip(prepared.sessions, sessions, strict=True):
            for unit_id, count, name, unit_gone in driver.rows(cursor, params):
                if unit_gone:
                    gone.append((unit_id, {code: int(count)}))
                    continue
                if unit_id is not None:
                    names[unit_id] = name
                row = result.setdefault(unit_id, {})
                row[code] = int(row.get(code, 0)) + int(count)
    finally:
        cursor.close()
    if gone:
        merged = successors()
        for unit_id, row in gone:
            unit = merged.get(unit_id, unit_id)
            same = result.setdefault(unit, {})
            for code, value in row.items():
                same[code] = same.get(code, 0) + value
    return result, names


_LOOKUPS: dict[str, tuple[DriverStatement, DriverStatement]] = {}


def opening_and_office(
    connection: Connection, form: str, params: dict[str, Any]
) -> tuple[list[tuple[int | None, date, int, str | None, int]], str]:
    """The form's opening balances (unit, first day, carried over, the unit's name, whether
    it had been merged away by the period's end) and the office's name, on the driver's
    cursor with statements compiled once."""
    dialect = connection.dialect
    found = _LOOKUPS.get(dialect.name)
    if found is None:
        opening = with_units(
            select(
                FormOpeningBalance.unit_id.label("unit"),
                FormOpeningBalance.starts_on,
                FormOpeningBalance.carried_over,
            ).where(FormOpeningBalance.form == bindparam("form"))
        )
        found = _LOOKUPS[dialect.name] = (
            DriverStatement.of(opening, dialect),
            DriverStatement.of(select(OfficeProfile.name), dialect),
        )
    opening_sql, office_sql = found
    cursor = connection.connection.cursor()
    try:
        balances = [
            (unit, _day(starts), int(carried), name, gone)
            for unit, starts, carried, name, gone in opening_sql.rows(
                cursor, {**params, "form": form}
            )
        ]
        office = office_sql.rows(cursor, {})
    finally:
        cursor.close()
    return balances, (office[0][0] if office else None) or ""


def _day(value: object) -> date:
    """A date as the driver returns it (SQLite: ISO text)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _number(value: object) -> int | Decimal:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return value if value != value.to_integral_value() else int(value)
    if isinstance(value, float):
        return Decimal(str(value))
    return int(str(value))


def cell_ids(
    session: Session,
    form: FormSql,
    params: dict[str, Any],
    merged: Mapping[int, int],
    column: str,
    unit_id: int | None,
    *,
    all_units: bool,
) -> list[int]:
    """The ids of the cases (or, for sessions, the conferences) one cell counts."""
    cell = form.cells[column]
    if cell.kind == "sessions":
        query = select(Conference.id).where(cell.condition)
        if not all_units:
            if unit_id is None:
                query = query.where(Conference.unit_id.is_(None))
            else:
                query = query.where(Conference.unit_id.in_(standing_for(unit_id, merged)))
        return list(session.scalars(query.order_by(Conference.starts_at, Conference.id), params))
    t = form.source.c
    condition = cell.condition
    if cell.kind == "sum" and cell.value is not None:
        condition = and_(condition, cell.value != 0)  # the cases whose numbers it sums
    query = select(t.id).select_from(form.source).where(condition)
    if not all_units:
        if unit_id is None:
            query = query.where(t.unit.is_(None))
        else:
            query = query.where(t.unit.in_(standing_for(unit_id, merged)))
    return list(session.scalars(query.order_by(t.received_on, t.id), params))


def standing_for(unit_id: int, merged: Mapping[int, int]) -> list[int]:
    """The units whose cases count in ``unit_id``'s row: itself unless it was merged away, and
    every unit it stands for."""
    return [u for u in (unit_id, *merged) if merged.get(u, u) == unit_id]


__all__ = ["DriverStatement", "PreparedForm", "Values", "cell_ids", "opening_and_office", "prepare",
           "standing_for", "sum_cells", "with_units"]  # fmt: skip

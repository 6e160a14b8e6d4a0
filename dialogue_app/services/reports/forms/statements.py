"""Running a statutory form's SQL (``queries``): its statements built once (``prepare``) and
compiled once per engine, run on the driver's cursor with the period bound (``sum_cells``),
and a cell's cases listed for its drill-down (``cell_ids``) from the same conditions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from dialogue_app.domain.forms import AMOUNTS
from dialogue_app.services.reports.forms.queries import CellSql, FormSql
from dialogue_app.store.models import Conference

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

    def rows(self, session: Session, params: dict[str, Any]) -> list[Any]:
        bound = {}
        for name in set(self.names):
            value = params[name] if name in params else self.fixed[name]
            process = self.processors[name]
            bound[name] = process(value) if process is not None and value is not None else value
        args: Any = tuple(bound[n] for n in self.names) if self.positional else bound
        return list(session.connection().exec_driver_sql(self.sql, args).all())


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


def prepare(form: FormSql) -> PreparedForm:
    case_cells = {code: c for code, c in form.cells.items() if c.kind != "sessions"}
    codes = tuple(case_cells)
    unit = form.source.c.unit
    sums = (
        select(unit, *(_aggregate(case_cells[c]) for c in codes))
        .select_from(form.source)
        .group_by(unit)
    )
    sessions = tuple(
        (
            code,
            select(Conference.unit_id, func.count())
            .where(cell.condition)
            .group_by(Conference.unit_id),
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
    session: Session, prepared: PreparedForm, params: dict[str, Any], merged: Mapping[int, int]
) -> dict[int | None, Values]:
    """Every column per unit (the case's commune or the unit standing for it; a session's
    unit), None: no unit recorded. One pass over the grouped rows, whole numbers as they come."""
    sums, *sessions = prepared.statements(session.get_bind().dialect)
    codes = prepared.codes
    result: dict[int | None, Values] = {}
    exact = [(i, code) for i, code in enumerate(codes) if code in prepared.amounts]
    for unit_id, *values in sums.rows(session, params):
        row: Values = dict(zip(codes, values, strict=True))
        for i, code in exact:  # money and land: Decimal (SQLite returns a float)
            row[code] = _number(values[i])
        unit = merged.get(unit_id, unit_id) if unit_id is not None else None
        if unit in result:  # a chain of more than two mergers (``unit_at_end``)
            same = result[unit]
            row = {code: same[code] + value for code, value in row.items()}
        result[unit] = row
    for (code, _statement), driver in zip(prepared.sessions, sessions, strict=True):
        for unit_id, count in driver.rows(session, params):
            unit = merged.get(unit_id, unit_id) if unit_id is not None else None
            row = result.setdefault(unit, {})
            row[code] = int(row.get(code, 0)) + int(count)
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


__all__ = ["DriverStatement", "PreparedForm", "Values", "cell_ids", "prepare", "standing_for",
           "sum_cells"]  # fmt: skip

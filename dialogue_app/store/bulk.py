"""Bulk inserts of many rows in the session's transaction: COPY on PostgreSQL, executemany else.

An import of 35,000 cases writes about half a million rows (links, events, search words); through
``INSERT … VALUES`` batches PostgreSQL spends most of an import on them, ``COPY`` a fraction.
On SQLite the rows go to the driver's ``executemany`` directly: SQLAlchemy's per-row parameter
handling cost more than SQLite's own work. Rows are given as for a Core insert; each value goes
through its column's bind processing (``TypeDecorator``s: NFC text, enum values, UTC datetimes;
SQLite's dates as text) as an insert would do.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    any_,
    bindparam,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from dialogue_app.store.security import ROW_SECURITY_TABLES


def _row_security_active(session: Session, table_name: str) -> bool:
    """Whether row-level security applies to this login on the table (a staff member's login on
    citizens, for instance): COPY FROM refuses such a table, so INSERT it is. Asked once per
    session and table (a bulk write asks at every batch; the login and the policies stay)."""
    if table_name not in ROW_SECURITY_TABLES:
        return False
    key = ("row_security_active", table_name)
    if key not in session.info:
        connection = session.connection()
        found = connection.scalar(text("SELECT row_security_active(:t)"), {"t": table_name})
        session.info[key] = bool(found)
    return bool(session.info[key])


def _processors(table: Any, names: Sequence[str], dialect: Any) -> list[Any]:
    """Each column's bind processor for ``dialect`` (None: the value goes as it is)."""
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]


def _processed(values: Sequence[Any], process: Any) -> list[Any]:
    """``values`` through ``process``, each distinct value once: an import's columns repeat
    (its moment, statuses, types, days, the facts' defaults), and a column type's processing
    (NFC, enum values, UTC, dates as text) costs more than looking the value up. Values other
    than texts, days and moments are told apart by their type too (``1 == True == 1.0`` and
    ``Decimal("1.0") == 1`` must not share a processed value); every processor here gives None
    for None (SQLAlchemy's and store/types.py's)."""
    done: dict[Any, Any] = {}
    result: list[Any] = []
    for value in values:
        if value is None:
            result.append(None)
            continue
        kind = value.__class__
        key = value if kind is str or kind is date or kind is datetime else (kind, value)
        try:
            processed = done[key]
        except KeyError:
            processed = done[key] = process(value)
        except TypeError:  # not hashable: processed each time
            processed = process(value)
        result.append(processed)
    return result


def _driver_rows(
    rows: Sequence[Mapping[str, Any]], names: Sequence[str], processors: Sequence[Any]
) -> list[tuple[Any, ...]]:
    """The rows as the driver takes them: tuples of processed values (column by column)."""
    if not any(processors):
        return [tuple(row[name] for name in names) for row in rows]
    pick = itemgetter(*names)
    columns: list[Sequence[Any]] = (
        list(zip(*map(pick, rows), strict=True)) if len(names) > 1 else [[pick(r) for r in rows]]
    )
    for position, process in enumerate(processors):
        if process is not None:
            columns[position] = _processed(columns[position], process)
    return list(zip(*columns, strict=True))


def _python_defaults_missing(table: Any, names: Sequence[str]) -> bool:
    """True when a column left out has a default SQLAlchemy computes in Python (a function);
    constant defaults are filled in by ``_with_defaults``, as a Core insert would."""
    return any(
        column.default is not None and not column.default.is_scalar and column.name not in names
        for column in table.columns
    )


def _with_defaults(table: Any, rows: Sequence[Mapping[str, Any]]) -> Sequence[Mapping[str, Any]]:
    """``rows`` with the constant default of each column they leave out."""
    missing = {
        column.name: column.default.arg
        for column in table.columns
        if column.default is not None and column.default.is_scalar and column.name not in rows[0]
    }
    return [{**row, **missing} for row in rows] if missing else rows


def _sqlite_insert(
    session: Session,
    table: Any,
    rows: Sequence[Mapping[str, Any]],
    ids: Sequence[int] | None = None,
) -> None:
    """Insert ``rows`` with the driver's ``executemany``; ``ids``: the rows' ids, given apart
    (no copy of each row with its id)."""
    connection = session.connection()
    rows = _with_defaults(table, rows)
    names = list(rows[0].keys())
    processors = _processors(table, names, connection.dialect)
    values = _driver_rows(rows, names, processors)
    if ids is not None:
        names.append("id")
        values = [(*row, new_id) for row, new_id in zip(values, ids, strict=True)]
    marks = ", ".join("?" for _ in names)
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    driver = connection.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.executemany(statement, values)
    finally:
        cursor.close()


def bulk_insert(
    session: Session,
    table: Any,
    rows: Sequence[Mapping[str, Any]],
    ids: Sequence[int] | None = None,
) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the session's transaction;
    ``ids``, when given, are the rows' ids (column ``id``), in order."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not _python_defaults_missing(table, list(rows[0])):
        _sqlite_insert(session, table, rows, ids)
        return
    if connection.dialect.name != "postgresql" or _row_security_active(session, table.name):
        if ids is not None:
            rows = [{**row, "id": new_id} for row, new_id in zip(rows, ids, strict=True)]
        connection.execute(table.insert(), list(rows))
        return
    names = list(rows[0].keys())
    dialect = connection.dialect
    # a TypeDecorator's bind processor runs its process_bind_param (NFC, enum value, UTC) too
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    values = _driver_rows(rows, names, processors)
    if ids is not None:
        names.append("id")
        values = [(*row, new_id) for row, new_id in zip(values, ids, strict=True)]
    driver = connection.connection.driver_connection
    assert driver is not None
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in values:
            copy.write_row(row)


def insert_values(
    session: Session,
    table: Any,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    replace: bool = False,
) -> None:
    """Insert ``rows``, tuples of values in the order of ``names``, already as the driver takes
    them (int, str, bool, None: no column type needs to process them), in the session's
    transaction. The search words go this way: hundreds of thousands of rows of three plain
    values, where building a dict per row and processing each value cost more than the insert.
    ``replace``: SQLite only, a row with the same key is replaced (``INSERT OR REPLACE``).
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "sqlite":
        driver = connection.connection.driver_connection
        assert driver is not None
        marks = ", ".join("?" for _ in names)
        cursor = driver.cursor()
        try:
            verb = "INSERT OR REPLACE" if replace else "INSERT"
            cursor.executemany(
                f"{verb} INTO {table.name} ({', '.join(names)}) VALUES ({marks})", rows
            )
        finally:
            cursor.close()
        return
    if replace:
        raise ValueError("replace: SQLite only")
    if dialect != "postgresql" or _row_security_active(session, table.name):
        connection.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def one_of(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column IN values`` for a long list (a batch of a bulk write's keys), as one parameter:
    on PostgreSQL ``column = ANY(array)``, on SQLite ``column IN (SELECT value FROM
    json_each(list))``. SQLAlchemy renders and binds an IN list's hundreds of parameters one by
    one at every execution, which cost more than the query. Elsewhere ``IN``."""
    dialect = session.get_bind().dialect
    if values and dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY  # not imported on SQLite (2 MB)

        found = column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    elif values and dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 38):
        # the values as the column stores them (dates as ISO text, NFC text…), as JSON
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        stored = [process(value) for value in values] if process else list(values)
        listed: Select[Any] = select(literal_column("value")).select_from(
            func.json_each(bindparam(None, json.dumps(stored), type_=String()))
        )
        found = column.in_(listed)
    else:
        found = column.in_(list(values))
    return cast("ColumnElement[bool]", found)


# SQLite keeps 2 MB of pages by default: an import's indexes (the search words above all) outgrow
# it after a few thousand cases and every insert then spills pages and reads them back.
BULK_CACHE_KIB = 64 * 1024


@contextmanager
def bulk_cache(session: Session) -> Iterator[None]:
    """SQLite: a larger page cache for this connection while a bulk write runs, the usual size
    again after it (the memory is given back). Elsewhere nothing changes."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def insert_returning_ids(
    session: Session, table: Any, rows: Sequence[Mapping[str, Any]]
) -> list[int]:
    """Insert ``rows`` and return their new ids, in order.

    PostgreSQL: the ids are taken from the table's sequence first, then the rows are copied
    with them (``INSERT … RETURNING`` of thousands of rows costs more in building the statement
    than in the database). SQLite: the ids follow the largest one used (the table's own and
    ``sqlite_sequence``'s, as SQLite numbers new rows), written with the rows; the import holds
    the write lock, and a writer that came between would make the insert fail, never mix rows
    (SQLite's ``RETURNING`` of many rows in order runs one statement a row). Elsewhere:
    ``INSERT … RETURNING`` in batches.
    """
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name == "sqlite" and not _python_defaults_missing(
        table, [*rows[0], "id"]
    ):
        last = connection.exec_driver_sql(f"SELECT max(id) FROM {table.name}").scalar() or 0
        has_sequence = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'"
        ).scalar()
        if has_sequence:
            used = connection.exec_driver_sql(
                "SELECT seq FROM sqlite_sequence WHERE name = ?", (table.name,)
            ).scalar()
            last = max(last, used or 0)
        ids = list(range(last + 1, last + 1 + len(rows)))
        _sqlite_insert(session, table, rows, ids)
        return ids
    if connection.dialect.name != "postgresql" or _row_security_active(session, table.name):
        statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        return list(session.scalars(statement, list(rows)))
    ids = list(
        session.scalars(
            text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"
            ),
            {"table": table.name, "n": len(rows)},
        )
    )
    bulk_insert(session, table, rows, ids)
    return ids

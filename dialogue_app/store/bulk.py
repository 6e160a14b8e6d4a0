"""Bulk inserts of many rows in the session's transaction: COPY on PostgreSQL, executemany else.

An import of 35,000 cases writes about half a million rows (links, events, search words); through
``INSERT … VALUES`` batches PostgreSQL spends most of an import on them, ``COPY`` a fraction.
Rows are given as for a Core insert; on the COPY path each value goes through its column's bind
processing (``TypeDecorator``s: NFC text, enum values, UTC datetimes) as an insert would do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from dialogue_app.store.security import ROW_SECURITY_TABLES


def _row_security_active(connection: Any, table_name: str) -> bool:
    """Whether row-level security applies to this login on the table (a staff member's login on
    citizens, for instance): COPY FROM refuses such a table, so INSERT it is."""
    if table_name not in ROW_SECURITY_TABLES:
        return False
    return bool(connection.scalar(text("SELECT row_security_active(:t)"), {"t": table_name}))


def bulk_insert(session: Session, table: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql" or _row_security_active(connection, table.name):
        connection.execute(table.insert(), list(rows))
        return
    names = list(rows[0].keys())
    dialect = connection.dialect
    # a TypeDecorator's bind processor runs its process_bind_param (NFC, enum value, UTC) too
    processors = [table.c[name].type.bind_processor(dialect) for name in names]
    driver = connection.connection.driver_connection
    assert driver is not None
    statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(
                [
                    row[name] if process is None else process(row[name])
                    for name, process in zip(names, processors, strict=True)
                ]
            )


def insert_returning_ids(
    session: Session, table: Any, rows: Sequence[Mapping[str, Any]]
) -> list[int]:
    """Insert ``rows`` and return their new ids, in order.

    PostgreSQL: the ids are taken from the table's sequence first, then the rows are copied
    with them (``INSERT … RETURNING`` of thousands of rows costs more in building the statement
    than in the database). Elsewhere: ``INSERT … RETURNING`` in batches.
    """
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name != "postgresql" or _row_security_active(connection, table.name):
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
    numbered = [{**row, "id": new_id} for row, new_id in zip(rows, ids, strict=True)]
    bulk_insert(session, table, numbered)
    return ids

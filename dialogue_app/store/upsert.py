"""``INSERT … ON CONFLICT`` for the session's database.

PostgreSQL and SQLite each have their own ``insert`` construct (same ``on_conflict_do_nothing``
and ``on_conflict_do_update``). The dialect's module is imported only when its database is used:
SQLAlchemy's PostgreSQL dialect is some 2 MB of memory that an office on SQLite never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PgInsert
    from sqlalchemy.dialects.sqlite import Insert as LiteInsert


def upsert_into(session: Session, entity: Any) -> PgInsert | LiteInsert:
    """An insert into ``entity`` able to say what to do on a conflict, in the session's database."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(entity)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(entity)

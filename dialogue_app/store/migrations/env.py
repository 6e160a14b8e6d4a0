"""Alembic environment: configured from code (no alembic.ini), the engine passed in attributes."""

from __future__ import annotations

from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import create_engine
from sqlalchemy.types import TypeDecorator

from dialogue_app.store.models import Base

config = context.config


def render_item(type_: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write our TypeDecorators as the plain SQL type they store, so old migrations never
    depend on today's Python code."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        impl = obj.impl_instance
        return f"sa.{impl!r}"
    return False


target_metadata = Base.metadata
# Structures made by hand in migrations (the full-text index of case words: SQLite's FTS5 table
# and its shadow tables, 0004; PostgreSQL's tsvector table, 0006): not in the metadata, so
# autogenerate and `alembic check` must not see them.
HIDDEN_TABLE_PREFIXES = ("case_text",)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    hidden = type_ == "table" and reflected and (name or "").startswith(HIDDEN_TABLE_PREFIXES)
    return not hidden


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("no engine or sqlalchemy.url given to the migrations")
        engine = create_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite needs table copies to alter constraints
            compare_type=True,
            render_item=render_item,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()

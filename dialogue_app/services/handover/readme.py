"""The README of a handover archive: what each table holds and what each column means."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    Table,
    Time,
    TypeDecorator,
)

from dialogue_app.store.models import Base
from dialogue_app.store.types import EnumValue, UTCDateTime

INTRO = """# Dialogue Desk: handover archive

This folder (or zip file) holds the whole record of a Dialogue Desk database in open formats,
so that the office's data is never locked in the application.

- `tables/<table>.csv`: one file per table, UTF-8 (with a byte-order mark, so that spreadsheet
  programs read Vietnamese correctly), comma-separated, a header row of column names. Open it
  as text: a cell beginning with `=` is data, not a formula.
- `files/<table>/`: the stored files (attachments), named `<id>-<file name>`; the table's CSV
  gives each file's path relative to this folder.
- `manifest.json`: the schema version, when the archive was written, rows per table.

Values: dates `YYYY-MM-DD`; moments ISO 8601 in UTC with their offset (`2026-03-15T02:00:00+00:00`;
Vietnam is UTC+7); `true`/`false`; codes as listed per column; an empty cell is no value (NULL).
Identifiers (`id`) and references (`…_id`) are kept as they were, so tables join as in the
database.

**Confidential.** The archive holds everything, including the identities of denunciators,
which the Law on Denunciations 2018 requires to be kept secret. Keep it as safely as the
database itself.

`dialogue-app handover import ARCHIVE` reads it back into a new, empty database at the same
schema version.
"""


def _describe_type(column: Column[Any]) -> str:
    kind = column.type
    if isinstance(kind, EnumValue):
        codes = ", ".join(f"`{member.value}`" for member in kind.enum_class)
        return f"code: {codes}"
    if isinstance(kind, UTCDateTime):
        return "moment (ISO 8601, UTC)"
    impl = kind.impl_instance if isinstance(kind, TypeDecorator) else kind
    for base, words in (
        (Boolean, "true/false"),
        (Integer, "whole number"),
        (Float, "number"),
        (Numeric, "decimal number"),
        (DateTime, "moment (ISO 8601)"),
        (Date, "date (YYYY-MM-DD)"),
        (Time, "time (HH:MM:SS)"),
        (LargeBinary, "stored file: its path in this archive"),
        (JSON, "JSON document"),
    ):
        if isinstance(impl, base):
            return words
    length = getattr(impl, "length", None)
    return f"text (up to {length} characters)" if length else "text"


def _table_docs() -> dict[str, str]:
    docs = {}
    for mapper in Base.registry.mappers:
        table = getattr(mapper, "local_table", None)
        doc = (mapper.class_.__doc__ or "").strip()
        if table is not None and doc:
            docs[table.name] = " ".join(doc.split())
    return docs


def readme_text(tables: list[Table], counts: dict[str, int]) -> str:
    docs = _table_docs()
    lines = [INTRO, "## Tables", ""]
    for table in tables:
        lines.append(f"### {table.name} ({counts.get(table.name, 0)} rows)")
        lines.append("")
        if table.name in docs:
            lines.extend([docs[table.name], ""])
        lines.append("| column | type | may be empty | refers to |")
        lines.append("|---|---|---|---|")
        for column in table.columns:
            references = ", ".join(
                f"{key.column.table.name}.{key.column.name}" for key in column.foreign_keys
            )
            key = " (key)" if column.primary_key else ""
            empty = "yes" if column.nullable and not column.primary_key else "no"
            lines.append(
                f"| {column.name}{key} | {_describe_type(column)} | {empty} | {references} |"
            )
        lines.append("")
    return "\n".join(lines)

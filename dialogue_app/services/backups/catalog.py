"""The backups kept in a folder: their names, and what each one holds (read from the file).

A backup is named ``<database stem>-YYYYMMDD-HHMMSS.sqlite`` (the office's local time it was
taken) and gets that name only once written and verified: a name that matches is a complete
backup. What it holds (counts of cases, conferences, citizens, documents, the last change) is
read from the file itself, opened read-only, so the list never disagrees with the files.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from dialogue_app.domain.timezone import VN_TZ

_STAMP = "%Y%m%d-%H%M%S"
# "documents" are the issued official documents (the register of outgoing documents)
SUMMARY_TABLES = ("cases", "conferences", "citizens", "documents", "attachments")
_TABLE_OF = {"documents": "issued_documents"}


@dataclass(frozen=True)
class BackupContents:
    """What a database holds: rows per table of ``SUMMARY_TABLES`` (None: no such table), the
    newest change recorded in it, and its schema revision."""

    counts: dict[str, int | None]
    last_change: datetime | None
    revision: str | None


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken_at: datetime  # aware, the office's time zone
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_name(database: Path, taken_at: datetime) -> str:
    return f"{database.stem}-{taken_at.astimezone(VN_TZ).strftime(_STAMP)}.sqlite"


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})\.sqlite$")


def list_backups(folder: Path, database: Path) -> list[BackupEntry]:
    """The complete backups of ``database`` in ``folder``, newest first. Raises ``OSError``
    when the folder cannot be read (a share offline)."""
    pattern = _pattern(database)
    entries = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=VN_TZ)
        entries.append(BackupEntry(path, taken, path.stat().st_size))
    entries.sort(key=lambda entry: entry.taken_at, reverse=True)
    return entries


def open_read_only(path: Path) -> sqlite3.Connection:
    """A backup opened for reading only, writing nothing beside it (backups carry no -wal)."""
    return sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)


def user_tables(connection: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: what a verified copy must hold too."""
    return {
        table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in user_tables(connection)
    }


def read_contents(connection: sqlite3.Connection) -> BackupContents:
    tables = user_tables(connection)
    counts: dict[str, int | None] = {}
    for name in SUMMARY_TABLES:
        table = _TABLE_OF.get(name, name)
        counts[name] = (
            int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            if table in tables
            else None
        )
    changes = []
    for table in tables:
        columns = _columns(connection, table)
        for column in ("updated_at", "at"):
            if column in columns:
                value = connection.execute(f'SELECT max("{column}") FROM "{table}"').fetchone()[0]
                if value:
                    changes.append(str(value))
    last_change = _parse_moment(max(changes)) if changes else None
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    return BackupContents(counts, last_change, revision)


def _parse_moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # stored in UTC


def fingerprint(connection: sqlite3.Connection) -> str:
    """What decides whether anything changed since a backup, read from the data: per table its
    row count and highest row id, and the newest ``updated_at``/``at``. Cheap (indexes only on
    most tables) and the same for a database and its faithful copy."""
    parts = []
    for table in user_tables(connection):
        columns = _columns(connection, table)
        select = ["count(*)"]
        without_rowid = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        if "WITHOUT ROWID" not in str(without_rowid).upper():
            select.append("max(rowid)")
        select.extend(f'max("{column}")' for column in ("updated_at", "at") if column in columns)
        row = connection.execute(f'SELECT {", ".join(select)} FROM "{table}"').fetchone()
        parts.append(f"{table}:{'|'.join(str(value) for value in row)}")
    return ";".join(parts)

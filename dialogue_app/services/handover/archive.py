"""The handover archive: the whole record in open formats, and back into an empty database.

``export_archive`` writes a folder, or a ``.zip`` of it, holding ``tables/<table>.csv`` for
every table of the schema (UTF-8 with a BOM, so spreadsheets read Vietnamese right; a header
row of column names), every stored file (attachments…) under ``files/<table>/``, a
``README.md`` that explains each table and column, and ``manifest.json`` (schema version, when,
rows per table). ``import_archive`` reads such an archive into a database at the same schema
that holds no office record yet, in one transaction: all rows or none, and the counts checked.

Values: dates and times ISO 8601 (times in UTC, with their offset), true/false, enums as their
code, NULL as an empty cell (an empty text in a column that may be NULL comes back as NULL).
The archive holds everything, denunciators' identities included: keep it like the database.
"""

from __future__ import annotations

import csv
import enum
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    Table,
    Time,
    TypeDecorator,
    func,
    insert,
    select,
    text,
)

from dialogue_app.services.accounts import record_action
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.store.models import Base
from dialogue_app.store.types import EnumValue

FORMAT = "dialogue-desk-handover"
FORMAT_VERSION = 1
# an archive goes only into a database without these (the rows migrations seed are replaced)
RECORD_TABLES = ("cases", "conferences", "citizens", "office_profile")
_BATCH = 2000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class HandoverResult:
    path: Path
    counts: dict[str, int]
    files: int


def _whole_record_readable(engine: Engine) -> None:
    """PostgreSQL: refuse a login that may not read every row (denunciators' identities hidden
    by row-level security): its export would leave them out unnoticed, and its import could not
    index them for search."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as connection:
        limited = connection.scalar(
            text("SELECT row_security_active('citizens') AND NOT dialogue_sees_denunciators()")
        )
    if limited:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The handover archive holds the whole record, denunciators included, and this "
                "account may not read all of it. Export or import it with the account that owns "
                "the database (the one that created it). Nothing was done.",
            )
        )


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _impl(column: Column[Any]) -> Any:
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _file_column(table: Table) -> str | None:
    for column in table.columns:
        if isinstance(_impl(column), LargeBinary):
            return column.name
    return None


def _safe_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .")
    return cleaned[:120] or "file"


def _to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _from_text(column: Column[Any], cell: str) -> Any:
    if cell == "":
        impl = _impl(column)
        is_text = not isinstance(
            impl, Boolean | Integer | Numeric | Float | DateTime | Date | Time | JSON
        )
        return None if column.nullable or not is_text else ""
    kind = column.type
    if isinstance(kind, EnumValue):
        return kind.enum_class(cell)
    impl = _impl(column)
    if isinstance(impl, Boolean):
        return cell.lower() in ("true", "1", "yes")
    if isinstance(impl, Integer):
        return int(cell)
    if isinstance(impl, Float):
        return float(cell)
    if isinstance(impl, Numeric):
        return Decimal(cell)
    if isinstance(impl, DateTime):
        return datetime.fromisoformat(cell)
    if isinstance(impl, Date):
        return date.fromisoformat(cell)
    if isinstance(impl, Time):
        return time.fromisoformat(cell)
    if isinstance(impl, JSON):
        return json.loads(cell)
    return cell


# --- export --------------------------------------------------------------------------------------


def export_archive(
    engine: Engine, target: Path, *, clock: Clock, progress: Progress | None = None
) -> HandoverResult:
    """Write the handover archive to ``target`` (a ``.zip`` file, else a new folder)."""
    target = target.expanduser()
    _whole_record_readable(engine)
    as_zip = target.suffix.lower() == ".zip"
    if not as_zip and target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 already exists and is not an empty folder. Choose a new folder name, or a "
                "file name ending in .zip.",
            ),
            target,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    try:
        counts, files = _write_folder(engine, work, clock, progress)
        if as_zip:
            partial = target.with_name(f".{target.name}.partial")
            # this account's alone (the folder is too: mkdtemp makes it so): it holds everything
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(work.rglob("*")):
                    if path.is_file():
                        archive.write(path, path.relative_to(work).as_posix())
            os.replace(partial, target)
        else:
            if target.exists():
                target.rmdir()
            os.replace(work, target)
    except OSError as error:
        target.with_name(f".{target.name}.partial").unlink(missing_ok=True)
        from dialogue_app.services.files import CannotSave

        raise CannotSave.from_os_error(error, target) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return HandoverResult(target, counts, files)


def _write_folder(
    engine: Engine, folder: Path, clock: Clock, progress: Progress | None
) -> tuple[dict[str, int], int]:
    (folder / "tables").mkdir()
    counts: dict[str, int] = {}
    files = 0
    tables = _tables()
    with engine.connect() as connection, connection.begin():  # one snapshot of everything
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        for number, table in enumerate(tables):
            written, stored = _write_table(connection, table, folder)
            counts[table.name] = written
            files += stored
            if progress is not None:
                progress(number + 1, len(tables))
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": revision,
        "exported_at": clock.now().isoformat(),
        "tables": counts,
        "files": files,
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    from dialogue_app.services.handover.readme import readme_text

    (folder / "README.md").write_text(readme_text(tables, counts), encoding="utf-8")
    return counts, files


def _write_table(connection: Connection, table: Table, folder: Path) -> tuple[int, int]:
    file_column = _file_column(table)
    names = [column.name for column in table.columns]
    key = list(table.primary_key.columns) or list(table.columns)[:1]
    written = stored = 0
    path = folder / "tables" / f"{table.name}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(names)
        for row in connection.execute(select(table).order_by(*key)):
            cells = []
            for name in names:
                value = row._mapping[name]
                if name == file_column and value is not None:
                    value = _store_file(folder, table, row._mapping, bytes(value))
                    stored += 1
                cells.append(_to_text(value))
            writer.writerow(cells)
            written += 1
    return written, stored


def _store_file(folder: Path, table: Table, row: Any, content: bytes) -> str:
    ident = "-".join(str(row[column.name]) for column in table.primary_key.columns)
    name = _safe_name(str(row.get("file_name") or "file.bin"))
    relative = f"files/{table.name}/{ident}-{name}"
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return relative


# --- import --------------------------------------------------------------------------------------


def _refused(template: str, *values: object) -> ServiceError:
    return ServiceError(template, *values)


@dataclass
class _Source:
    folder: Path
    manifest: dict[str, Any]


def _open_source(source: Path, scratch: Path) -> _Source:
    source = source.expanduser()
    folder = source
    if source.is_file():
        try:
            with zipfile.ZipFile(source) as archive:
                for member in archive.namelist():
                    if member.startswith("/") or ".." in Path(member).parts:
                        raise zipfile.BadZipFile(f"unsafe member {member}")
                archive.extractall(scratch)
        except zipfile.BadZipFile as error:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is not a handover archive of Dialogue Desk (a damaged or other zip "
                    "file). Nothing was imported.",
                ),
                source,
            ) from error
        folder = scratch
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 is not a handover archive of Dialogue Desk (its manifest.json is missing or "
                "unreadable). Nothing was imported.",
            ),
            source,
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 is not a handover archive of Dialogue Desk. Nothing was imported.",
            ),
            source,
        )
    return _Source(folder, manifest)


def import_archive(engine: Engine, source: Path) -> HandoverResult:
    """Read the archive ``source`` (folder or .zip) into the database of ``engine``, which
    must be at the archive's schema and hold no office record; all rows or none."""
    with tempfile.TemporaryDirectory(prefix="dialogue-handover-") as scratch:
        archive = _open_source(source, Path(scratch))
        with engine.connect() as connection:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if archive.manifest.get("schema") != current:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 was exported at schema %2, but this database is at schema %3. Import "
                    "it with the version of Dialogue Desk that exported it, then upgrade. "
                    "Nothing was imported.",
                ),
                source,
                archive.manifest.get("schema"),
                current,
            )
        counts = _load(engine, archive)
    return HandoverResult(source, counts, int(archive.manifest.get("files", 0)))


def _load(engine: Engine, archive: _Source) -> dict[str, int]:
    tables = _tables()
    counts: dict[str, int] = {}
    _whole_record_readable(engine)
    with engine.begin() as connection:
        for name in RECORD_TABLES:
            table = Base.metadata.tables.get(name)
            if table is not None and connection.scalar(select(func.count()).select_from(table)):
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This database already holds the office's records. Import a handover "
                        "archive only into a new, empty database. Nothing was imported.",
                    )
                )
        for table in reversed(tables):  # the rows migrations seed (deadline rules…)
            connection.execute(table.delete())
        audit = [table for table in tables if table.name == "audit_log"]
        for table in tables:
            if table not in audit:
                counts[table.name] = _load_table(connection, table, archive.folder)
        _after_load(connection, tables)
        for table in audit:
            # last: on PostgreSQL the database's audit triggers logged the rows just loaded and
            # the index rebuilt; those entries are the import's own, and the archive's log
            # takes their place
            connection.execute(table.delete())
            counts[table.name] = _load_table(connection, table, archive.folder)
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection, audit)
        expected = archive.manifest.get("tables", {})
        for name, number in counts.items():
            if name in expected and int(expected[name]) != number:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The archive's table %1 holds %2 rows, but its manifest says %3: the "
                        "archive is incomplete. Nothing was imported.",
                    ),
                    name,
                    number,
                    expected[name],
                )
    return counts


def _load_table(connection: Connection, table: Table, folder: Path) -> int:
    path = folder / "tables" / f"{table.name}.csv"
    if not path.is_file():
        return 0
    file_column = _file_column(table)
    columns = {column.name: column for column in table.columns}
    loaded = 0
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader, [])
        unknown = [name for name in header if name not in columns]
        if unknown:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The archive's table %1 has columns this version does not know (%2). "
                    "Nothing was imported.",
                ),
                table.name,
                ", ".join(unknown),
            )
        batch: list[dict[str, Any]] = []
        for line, cells in enumerate(reader, start=2):
            try:
                row = {
                    name: _from_text(columns[name], cell)
                    for name, cell in zip(header, cells, strict=True)
                }
                if file_column and row.get(file_column):
                    row[file_column] = _read_file(folder, str(row[file_column]))
            except (ValueError, OSError) as error:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Row %2 of the archive's table %1 cannot be read (%3). Nothing was "
                        "imported.",
                    ),
                    table.name,
                    line,
                    error,
                ) from error
            batch.append(row)
            if len(batch) >= _BATCH:
                connection.execute(insert(table), batch)
                loaded += len(batch)
                batch = []
        if batch:
            connection.execute(insert(table), batch)
            loaded += len(batch)
    return loaded


def _read_file(folder: Path, relative: str) -> bytes:
    path = (folder / relative).resolve()
    if folder.resolve() not in path.parents:
        raise ValueError(f"a file outside the archive: {relative}")
    return path.read_bytes()


def _after_load(connection: Connection, tables: list[Table]) -> None:
    """Rebuild what is derived from the rows: the search index of cases (from the cases: an
    archive from the other engine holds its word table, or none), PostgreSQL's sequences."""
    from sqlalchemy.orm import Session

    from dialogue_app.services.cases.search_index import rebuild_index

    with Session(bind=connection) as session:  # in the connection's transaction
        rebuild_index(session)
    if connection.dialect.name == "postgresql":
        _reset_sequences(connection, tables)


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL's sequences past the ids loaded."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) == 1 and isinstance(_impl(key[0]), Integer) and key[0].autoincrement:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                    f'coalesce(max("{key[0].name}"), 1), max("{key[0].name}") IS NOT NULL) '
                    f'FROM "{table.name}"'
                )
            )


class HandoverService:
    """The handover archive for the window: export (with progress) and import on one database."""

    def __init__(self, engine: Engine, *, clock: Clock, user_name: str | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self.user_name = user_name  # who the audit log names for an export or an import

    def export(self, target: Path, progress: Progress | None = None) -> HandoverResult:
        result = export_archive(self._engine, target, clock=self._clock, progress=progress)
        record_action(self._engine, self.user_name, "handover_export", result.path.name)
        return result

    def import_(self, source: Path) -> HandoverResult:
        result = import_archive(self._engine, source)
        record_action(self._engine, self.user_name, "handover_import", result.path.name)
        return result


__all__ = ["HandoverResult", "HandoverService", "export_archive", "import_archive"]

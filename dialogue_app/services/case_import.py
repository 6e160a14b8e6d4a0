"""Importing cases from a spreadsheet (CSV UTF-8 with or without BOM, or XLSX): all rows or none.

Columns are those of DESIGN.md §6, with English or Vietnamese headers. Every problem names its row
(the header is row 1) and column and says what is wrong, in one translatable sentence
(``ImportProblem``); any problem means nothing is written.
Communes, agencies and fields are matched ignoring case and diacritics; the ones not found are
created and listed in the summary. Rows are written with bulk inserts in one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import (
    CaseStatus,
    CaseType,
    Channel,
    FollowUpKind,
    Stage,
    is_valid_national_id,
)
from dialogue_app.domain.deadlines import CaseFacts, compute_deadline, stage_for
from dialogue_app.domain.messages import fill, store_parts
from dialogue_app.domain.text import clean, fold
from dialogue_app.domain.timezone import now_utc, today_local
from dialogue_app.services import case_index
from dialogue_app.services.cases import load_rules
from dialogue_app.services.citizens import MatchKey, index_citizens, match_key, registered
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.bulk import bulk_insert, insert_returning_ids
from dialogue_app.store.models import (
    AdminLevel,
    AdminUnit,
    Agency,
    AuditEntry,
    Case,
    CaseCitizen,
    CaseEvent,
    CaseField,
    Citizen,
)
from dialogue_app.store.unit_of_work import UnitOfWork

COLUMNS = (
    "received_on",
    "citizen_name",
    "national_id",
    "address",
    "commune",
    "type",
    "field",
    "summary",
    "within_competence",
    "agency",
    "status",
    "resolved_on",
    "remote_area",
    "round",
)
REQUIRED = ("received_on", "citizen_name", "type")

# The Vietnamese labels the window shows (and a few usual variants), matched ignoring diacritics.
VIETNAMESE_HEADERS: dict[str, tuple[str, ...]] = {
    "received_on": ("Ngày tiếp nhận", "Ngày nhận"),
    "citizen_name": ("Họ và tên", "Họ tên", "Người gửi"),
    "national_id": ("Số CCCD", "CCCD", "Số căn cước"),
    "address": ("Địa chỉ",),
    "commune": ("Xã, phường", "Xã phường", "Xã/phường"),
    "type": ("Loại đơn", "Loại"),
    "field": ("Lĩnh vực",),
    "summary": ("Nội dung", "Nội dung tóm tắt", "Tóm tắt"),
    "within_competence": ("Thuộc thẩm quyền",),
    "agency": ("Cơ quan giải quyết", "Cơ quan"),
    "status": ("Trạng thái", "Tình trạng"),
    "resolved_on": ("Ngày giải quyết",),
    "remote_area": ("Vùng sâu, vùng xa", "Vùng sâu vùng xa", "Vùng sâu"),
    "round": ("Lần", "Lần khiếu nại"),
}

TYPES: dict[str, CaseType] = {
    **{t.value: t for t in CaseType},
    "khieu nai": CaseType.COMPLAINT,
    "to cao": CaseType.DENUNCIATION,
    "kien nghi": CaseType.RECOMMENDATION,
    "phan anh": CaseType.FEEDBACK,
}
IMPORTABLE_STATUSES = (
    CaseStatus.RECEIVED,
    CaseStatus.ACCEPTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.TRANSFERRED,
    CaseStatus.GUIDED,
    CaseStatus.WITHDRAWN,
)
STATUSES: dict[str, CaseStatus] = {
    **{s.value: s for s in IMPORTABLE_STATUSES},
    "in progress": CaseStatus.IN_PROGRESS,
    "moi tiep nhan": CaseStatus.RECEIVED,
    "tiep nhan": CaseStatus.RECEIVED,
    "da thu ly": CaseStatus.ACCEPTED,
    "thu ly": CaseStatus.ACCEPTED,
    "dang giai quyet": CaseStatus.IN_PROGRESS,
    "da giai quyet": CaseStatus.RESOLVED,
    "chuyen don": CaseStatus.TRANSFERRED,
    "huong dan": CaseStatus.GUIDED,
    "rut don": CaseStatus.WITHDRAWN,
}
YES = {"yes", "y", "true", "1", "x", "co"}
NO = {"no", "n", "false", "0", "khong"}
MAX_PROBLEMS = 50
CHUNK = 500

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportNote:
    """A line for a person: a translatable template and its values (``domain/messages.py``)."""

    template: str
    values: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, self.values)


@dataclass(frozen=True)
class ImportProblem(ImportNote):
    """What is wrong where. The template is the whole line, where included: ``%1`` is the row
    and ``%2`` the column when it names them (``_in_cell``, ``_in_row``, ``_in_file``)."""

    row: int = 0  # the spreadsheet row; the header is row 1 (0: the file as a whole)
    column: str | None = None

    @property
    def message(self) -> str:
        return str(self)


def _in_cell(row: int, column: str, template: str, *values: object) -> ImportProblem:
    """A problem of one cell (or header): ``template`` starts "Row %1, column %2: "."""
    return ImportProblem(template, (row, column, *values), row, column)


def _in_row(row: int, template: str, *values: object) -> ImportProblem:
    """A problem of a whole row: ``template`` starts "Row %1"."""
    return ImportProblem(template, (row, *values), row)


def _in_file(template: str, *values: object) -> ImportProblem:
    return ImportProblem(template, values)


class _CellError(ValueError):
    """A cell's value is wrong: a template starting "Row %1, column %2: ", then its values."""

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(template)
        self.template = template
        self.values = values


class ImportFailed(ValidationError):
    """The file was refused; nothing was imported. ``problems`` lists what to fix; ``lines``
    is what to show below the message (the problems, and a note when there were too many)."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        self.problems = tuple(problems)
        more = () if len(self.problems) < MAX_PROBLEMS else (ImportNote(_ONLY_FIRST),)
        self.lines: tuple[ImportNote, ...] = (*self.problems, *more)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages", "Nothing was imported. Fix the file and import it again."
            ),
            self.problems[0].column if self.problems else None,
        )

    def __str__(self) -> str:
        return "\n".join([fill(self.template, self.values), *(str(line) for line in self.lines)])


_ONLY_FIRST = QT_TRANSLATE_NOOP("Messages", "(only the first problems shown)")
# the note of an imported case's first timeline entry: the file and its row
IMPORTED_NOTE = QT_TRANSLATE_NOOP("Messages", "Imported from %1, row %2")


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "The import was cancelled; nothing was imported.")
        )


@dataclass(frozen=True)
class ImportSummary:
    cases: int
    new_citizens: int
    repeats_linked: int
    created_communes: tuple[str, ...] = ()
    created_agencies: tuple[str, ...] = ()
    created_fields: tuple[str, ...] = ()

    @property
    def lines(self) -> tuple[ImportNote, ...]:
        """The summary, line by line, translatable (the window shows each translated)."""
        lines = [
            ImportNote(
                QT_TRANSLATE_NOOP("Messages", "%1 cases imported (%2 new citizens)."),
                (self.cases, self.new_citizens),
            )
        ]
        if self.repeats_linked:
            lines.append(
                ImportNote(
                    QT_TRANSLATE_NOOP("Messages", "%1 linked as repeat petitions."),
                    (self.repeats_linked,),
                )
            )
        for template, names in (
            (QT_TRANSLATE_NOOP("Messages", "New communes: %1."), self.created_communes),
            (QT_TRANSLATE_NOOP("Messages", "New agencies: %1."), self.created_agencies),
            (QT_TRANSLATE_NOOP("Messages", "New fields: %1."), self.created_fields),
        ):
            if names:
                lines.append(ImportNote(template, (", ".join(names),)))
        return tuple(lines)

    def describe(self) -> str:
        """The summary in English (the command line)."""
        return "\n".join(str(line) for line in self.lines)


@dataclass
class _Row:
    line: int
    received_on: date
    citizen_name: str
    national_id: str | None
    address: str | None
    commune: str | None
    case_type: CaseType
    field_name: str | None
    summary: str
    within_competence: bool
    agency: str | None
    status: CaseStatus
    resolved_on: date | None
    remote_area: bool
    round: int
    extra: dict[str, Any] = field(default_factory=dict)


# --- reading --------------------------------------------------------------------------------------


def _header_map() -> dict[str, str]:
    mapping = {fold(name): name for name in COLUMNS}
    mapping.update({fold(name.replace("_", " ")): name for name in COLUMNS})
    for name, labels in VIETNAMESE_HEADERS.items():
        for label in labels:
            mapping[fold(label)] = name
    return mapping


def read_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    """The header and the (row number, cells) of a CSV or XLSX file; raises ImportFailed."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        if suffix in (".csv", ".txt"):
            return _read_csv(path.read_bytes())
    except OSError as error:
        raise ImportFailed(
            [
                _in_file(
                    QT_TRANSLATE_NOOP("Messages", "The file cannot be read: %1."), error.strerror
                )
            ]
        ) from error
    raise ImportFailed(
        [
            _in_file(
                QT_TRANSLATE_NOOP("Messages", "“%1” is not a .csv or .xlsx file; save it as one."),
                path.name,
            )
        ]
    )


def _read_csv(data: bytes) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed(
            [
                _in_row(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Row %1: the file is not UTF-8 text (it was probably saved in another "
                        "encoding, such as Windows-1258 or TCVN3). In Excel choose Save As › "
                        "“CSV UTF-8 (Comma delimited)” and import that file.",
                    ),
                )
            ]
        ) from error
    if not text.strip():
        raise ImportFailed([_in_file(_EMPTY)])
    first = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for cells in reader:
            yield reader.line_num, list(cells)

    return header, rows()


def _read_xlsx(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFailed(
            [
                _in_file(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The file is not a valid Excel (.xlsx) workbook, or it is damaged.",
                    )
                )
            ]
        ) from error
    sheet = workbook.worksheets[0]
    iterator = sheet.iter_rows(values_only=True)
    header_cells = next(iterator, None)
    if header_cells is None or all(c is None for c in header_cells):
        workbook.close()
        raise ImportFailed([_in_file(_EMPTY)])
    header = ["" if c is None else str(c) for c in header_cells]
    while header and not header[-1].strip():
        header.pop()

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, cells in enumerate(iterator, start=2):
                yield number, list(cells)
        finally:
            workbook.close()

    return header, rows()


_EMPTY = QT_TRANSLATE_NOOP("Messages", "The file is empty: it has no header row.")


# --- parsing --------------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value) or ""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise _CellError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row %1, column %2: “%3” is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-15.",
        ),
        text,
    )


def _yes_no(value: Any, default: bool) -> bool:
    text = _text(value)
    if text is None:
        return default
    key = fold(text)
    if key in YES:
        return True
    if key in NO:
        return False
    raise _CellError(
        QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: “%3” must be yes or no."), text
    )


def _national_id(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Excel drops the leading zero of an ID typed as a number (every CCCD starts with 0..).
        value = str(int(value)).zfill(12)
    text = _text(value)
    if text is None:
        return None
    text = text.replace(" ", "").replace(".", "")
    if not is_valid_national_id(text):
        raise _CellError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Row %1, column %2: “%3” is not an ID number: a CCCD number is exactly 12 digits.",
            ),
            text,
        )
    return text


_FUTURE = QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: %3 is in the future.")
# the statuses a file may give (IMPORTABLE_STATUSES), written out so that they are translated too
_NOT_A_STATUS = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: “%3” is not a status; use received, accepted, in_progress, resolved, "
    "transferred, guided, withdrawn.",
)


def _parse(
    line: int, record: dict[str, Any], today: date, problems: list[ImportProblem]
) -> _Row | None:
    before = len(problems)

    def fail(column: str, template: str, *values: object) -> None:
        problems.append(_in_cell(line, column, template, *values))

    def wrong(column: str, error: _CellError) -> None:
        fail(column, error.template, *error.values)

    def get(column: str) -> Any:
        return record.get(column)

    received: date | None = None
    if _text(get("received_on")) is None and not isinstance(get("received_on"), date):
        fail(
            "received_on",
            QT_TRANSLATE_NOOP(
                "Messages", "Row %1, column %2: the date the case was received is missing."
            ),
        )
    else:
        try:
            received = _date(get("received_on"))
            if received > today:
                fail("received_on", _FUTURE, received.isoformat())
        except _CellError as error:
            wrong("received_on", error)
    name = _text(get("citizen_name"))
    if not name:
        fail(
            "citizen_name",
            QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: the citizen's name is missing."),
        )
    national_id = None
    try:
        national_id = _national_id(get("national_id"))
    except _CellError as error:
        wrong("national_id", error)
    case_type = None
    type_text = _text(get("type"))
    if not type_text:
        fail(
            "type",
            QT_TRANSLATE_NOOP(
                "Messages",
                "Row %1, column %2: the type is missing (complaint, denunciation, recommendation "
                "or feedback).",
            ),
        )
    else:
        case_type = TYPES.get(fold(type_text).replace("_", " ")) or TYPES.get(fold(type_text))
        if case_type is None:
            fail(
                "type",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Row %1, column %2: “%3” is not a type; use complaint, denunciation, "
                    "recommendation or feedback.",
                ),
                type_text,
            )
    status = CaseStatus.RECEIVED
    status_text = _text(get("status"))
    if status_text:
        key = fold(status_text)
        found = STATUSES.get(key) or STATUSES.get(key.replace(" ", "_"))
        if found is None:
            fail("status", _NOT_A_STATUS, status_text)
        else:
            status = found
    resolved_on = None
    if _text(get("resolved_on")) is not None or isinstance(get("resolved_on"), date):
        try:
            resolved_on = _date(get("resolved_on"))
            if received and resolved_on < received:
                fail(
                    "resolved_on",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Row %1, column %2: the case cannot be resolved before it was received.",
                    ),
                )
            elif resolved_on > today:
                fail("resolved_on", _FUTURE, resolved_on.isoformat())
        except _CellError as error:
            wrong("resolved_on", error)
    elif status == CaseStatus.RESOLVED:
        fail(
            "resolved_on",
            QT_TRANSLATE_NOOP(
                "Messages", "Row %1, column %2: a resolved case needs the date it was resolved."
            ),
        )
    within = remote = False
    try:
        within = _yes_no(get("within_competence"), True)
    except _CellError as error:
        wrong("within_competence", error)
    try:
        remote = _yes_no(get("remote_area"), False)
    except _CellError as error:
        wrong("remote_area", error)
    round_ = 1
    round_text = _text(get("round"))
    if round_text:
        if round_text in ("1", "2"):
            round_ = int(round_text)
        else:
            fail(
                "round",
                QT_TRANSLATE_NOOP(
                    "Messages", "Row %1, column %2: “%3” must be 1 (first time) or 2 (second time)."
                ),
                round_text,
            )
    if len(problems) > before or received is None or case_type is None or not name:
        return None
    return _Row(
        line=line,
        received_on=received,
        citizen_name=name,
        national_id=national_id,
        address=_text(get("address")),
        commune=_text(get("commune")),
        case_type=case_type,
        field_name=_text(get("field")),
        summary=_text(get("summary")) or "",
        within_competence=within,
        agency=_text(get("agency")),
        status=status,
        resolved_on=resolved_on,
        remote_area=remote,
        round=round_,
    )


# the columns (COLUMNS), written out so that a translation can name the Vietnamese headers
_UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: unknown column. The columns are: received_on, citizen_name, national_id, "
    "address, commune, type, field, summary, within_competence, agency, status, resolved_on, "
    "remote_area, round.",
)


# --- the importer ---------------------------------------------------------------------------------


class CaseImporter:
    """Imports one file in one transaction. Runs in a worker thread with its own session."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self._uow = uow
        self.user_name = user_name

    def run(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        today: date | None = None,
    ) -> ImportSummary:
        today = today or today_local()
        report = progress or (lambda done, total: None)
        is_cancelled = cancelled or (lambda: False)
        header, raw_rows = read_rows(Path(path))
        columns = self._columns(header)
        records: list[tuple[int, dict[str, Any]]] = []
        for line, cells in raw_rows:
            if all(_text(c) is None for c in cells):
                continue
            if len(cells) > len(columns) and any(_text(c) for c in cells[len(columns) :]):
                raise ImportFailed(
                    [
                        _in_row(
                            line,
                            QT_TRANSLATE_NOOP(
                                "Messages", "Row %1 has more cells than the header has columns."
                            ),
                        )
                    ]
                )
            records.append(
                (line, {columns[i]: cells[i] for i in range(min(len(cells), len(columns)))})
            )
            if len(records) % CHUNK == 0 and is_cancelled():
                raise ImportCancelled()
        if not records:
            raise ImportFailed(
                [
                    _in_file(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The file has a header row but no cases below it."
                        )
                    )
                ]
            )
        total = len(records) * 2
        problems: list[ImportProblem] = []
        rows: list[_Row] = []
        for index, (line, record) in enumerate(records, start=1):
            row = _parse(line, record, today, problems)
            if row is not None:
                rows.append(row)
            if len(problems) >= MAX_PROBLEMS:
                break
            if index % CHUNK == 0:
                if is_cancelled():
                    raise ImportCancelled()
                report(index, total)
        if problems:
            raise ImportFailed(problems)
        with self._uow.begin() as session:
            summary = self._write(session, rows, Path(path).name, report, is_cancelled, total)
        report(total, total)
        return summary

    @staticmethod
    def _columns(header: Sequence[str]) -> list[str]:
        mapping = _header_map()
        columns: list[str] = []
        problems: list[ImportProblem] = []
        for position, label in enumerate(header, start=1):
            name = mapping.get(fold(label))
            if name is None:
                problems.append(_in_cell(1, label or f"#{position}", _UNKNOWN_COLUMN))
            elif name in columns:
                problems.append(
                    _in_cell(
                        1,
                        label,
                        QT_TRANSLATE_NOOP(
                            "Messages", "Row %1, column %2: this column appears twice."
                        ),
                    )
                )
            else:
                columns.append(name)
        for name in REQUIRED:
            if name not in columns and not problems:
                problems.append(
                    _in_cell(
                        1,
                        name,
                        QT_TRANSLATE_NOOP(
                            "Messages", "Row %1, column %2: this required column is missing."
                        ),
                    )
                )
        if problems:
            raise ImportFailed(problems)
        return columns

    def _write(
        self,
        session: Session,
        rows: list[_Row],
        source: str,
        report: Progress,
        is_cancelled: Callable[[], bool],
        total: int,
    ) -> ImportSummary:
        communes, new_communes = _resolve_units(session, {r.commune for r in rows if r.commune})
        agencies, new_agencies = _resolve_named(
            session, Agency, {r.agency for r in rows if r.agency}
        )
        fields, new_fields = _resolve_named(
            session, CaseField, {r.field_name for r in rows if r.field_name}
        )
        citizen_ids, new_citizens = _resolve_citizens(session, rows, communes)
        rules = load_rules(session)
        calendar = working_day_calendar(session)
        # earlier cases of the same citizen, for repeat petitions: (citizen id, field id) → case,
        # and for citizens without an ID number: (folded name, commune id, field id) → case
        latest = _existing_cases(session, {cid for cid in citizen_ids if cid is not None})
        latest_by_name = _existing_cases_by_name(
            session, {fold(r.citizen_name) for r in rows if not r.national_id and r.commune}
        )
        done = len(rows)
        linked = 0
        now = now_utc()
        order = sorted(range(len(rows)), key=lambda i: (rows[i].received_on, i))
        for start in range(0, len(order), CHUNK):
            if is_cancelled():
                raise ImportCancelled()
            batch = [rows[i] for i in order[start : start + CHUNK]]
            batch_citizens = [citizen_ids[i] for i in order[start : start + CHUNK]]
            values = []
            for row, citizen_id in zip(batch, batch_citizens, strict=True):
                field_id = fields.get(fold(row.field_name)) if row.field_name else None
                repeat = latest.get((citizen_id, field_id)) if field_id else None
                if repeat is None and field_id and not row.national_id and row.commune:
                    commune_id = communes.get(fold(row.commune))
                    repeat = latest_by_name.get((fold(row.citizen_name), commune_id, field_id))
                linked += repeat is not None
                accepted = (
                    row.received_on
                    if row.status
                    in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)
                    else None
                )
                facts = CaseFacts(
                    row.case_type, row.round, row.remote_area, 0, row.received_on, accepted
                )
                stage = stage_for(row.status, facts, rules)
                if stage is None:
                    stage = (
                        Stage.SETTLE
                        if row.status == CaseStatus.RESOLVED
                        else (stage_for(CaseStatus.RECEIVED, facts, rules))
                    )
                deadline = compute_deadline(rules, facts, stage, calendar) if stage else None
                if deadline is None and stage == Stage.SETTLE:  # no settling rule: routing one
                    receipt = stage_for(CaseStatus.RECEIVED, facts, rules)
                    deadline = (
                        compute_deadline(rules, facts, receipt, calendar) if receipt else None
                    )
                closes = row.status not in (
                    CaseStatus.RECEIVED,
                    CaseStatus.ACCEPTED,
                    CaseStatus.IN_PROGRESS,
                )
                # an open, accepted denunciation: notify the denunciator (none recorded yet)
                notify = (
                    compute_deadline(rules, facts, Stage.NOTIFY, calendar) if not closes else None
                )
                values.append(
                    {
                        "received_on": row.received_on,
                        "channel": Channel.MAIL,
                        "case_type": row.case_type,
                        "field_id": field_id,
                        "summary": row.summary,
                        "commune_id": communes.get(fold(row.commune)) if row.commune else None,
                        "within_competence": row.within_competence,
                        "round": row.round,
                        "remote_area": row.remote_area,
                        "complexity": 0,
                        "group_size": 1,
                        "agency_id": agencies.get(fold(row.agency)) if row.agency else None,
                        "status": row.status,
                        "accepted_on": accepted,
                        "resolved_on": (row.resolved_on or (row.received_on if closes else None)),
                        "deadline": deadline.due if deadline else None,
                        "deadline_explanation": deadline.stored_explanation if deadline else None,
                        "notify_deadline": notify.due if notify else None,
                        "notify_deadline_explanation": (
                            notify.stored_explanation if notify else None
                        ),
                        "repeat_of_id": repeat,
                        "search_key": case_index.search_key(
                            None,
                            row.summary,
                            [
                                case_index.IndexedCitizen(
                                    row.citizen_name,
                                    row.national_id,
                                    row.case_type == CaseType.DENUNCIATION,
                                )
                            ],
                        ),
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            ids = insert_returning_ids(session, Case.__table__, values)
            links, events, terms = [], [], []
            for case_id, row, citizen_id, value in zip(
                ids, batch, batch_citizens, values, strict=True
            ):
                links.append(
                    {"case_id": case_id, "citizen_id": citizen_id, "is_representative": True}
                )
                events.append(
                    {
                        "case_id": case_id,
                        "at": now,
                        "user_name": self.user_name,
                        "kind": FollowUpKind.STATUS_CHANGE,
                        "to_status": row.status,
                        "note": store_parts([(IMPORTED_NOTE, (source, row.line))]),
                    }
                )
                citizen = case_index.IndexedCitizen(
                    row.citizen_name, row.national_id, row.case_type == CaseType.DENUNCIATION
                )
                terms.append((case_id, case_index.case_terms(None, row.summary, [citizen])))
                if value["field_id"] and row.status in (
                    CaseStatus.RECEIVED,
                    CaseStatus.ACCEPTED,
                    CaseStatus.IN_PROGRESS,
                    CaseStatus.RESOLVED,
                ):
                    latest[(citizen_id, value["field_id"])] = case_id
            # Core inserts on the tables: plain executemany, no ORM bookkeeping per row
            bulk_insert(session, CaseCitizen.__table__, links)
            bulk_insert(session, CaseEvent.__table__, _bound_events(events))
            case_index.insert_terms(session, terms)
            done += len(batch)
            report(done, total)
        session.add(
            AuditEntry(
                user_name=self.user_name,
                action="import_cases",
                entity="case",
                detail=f"{len(rows)} cases imported from {source}",
            )
        )
        return ImportSummary(
            cases=len(rows),
            new_citizens=new_citizens,
            repeats_linked=linked,
            created_communes=tuple(new_communes),
            created_agencies=tuple(new_agencies),
            created_fields=tuple(new_fields),
        )


def _resolve_named(
    session: Session, model: Any, names: set[str]
) -> tuple[dict[str, int], list[str]]:
    """Folded name → id for agencies or fields; the missing ones are created."""
    existing: dict[str, int] = {}
    for row_id, key in session.execute(select(model.id, model.search_key)):
        existing.setdefault(key, row_id)
    created: list[str] = []
    for name in _spellings(names):
        key = fold(name)
        if key in existing:
            continue
        row = model(name=name, search_key=key)
        session.add(row)
        session.flush()
        existing[key] = row.id
        created.append(name)
    return existing, created


def _bound_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Core inserts bypass the ORM column types' enum handling for nothing: pass values."""
    return [
        {**event, "kind": event["kind"].value, "to_status": event["to_status"].value}
        for event in events
    ]


def _spellings(names: set[str]) -> list[str]:
    """One spelling per folded name, preferring the one written with diacritics."""
    best: dict[str, str] = {}
    for name in sorted(names):
        key = fold(name)
        accents = sum(not ch.isascii() for ch in name)
        if key not in best or accents > sum(not ch.isascii() for ch in best[key]):
            best[key] = name
    return sorted(best.values(), key=fold)


def _resolve_units(session: Session, names: set[str]) -> tuple[dict[str, int], list[str]]:
    existing: dict[str, int] = {}
    # current units first, so a name shared with a unit abolished in a merger maps to today's
    query = select(AdminUnit.id, AdminUnit.search_key, AdminUnit.name).order_by(
        AdminUnit.valid_to.is_not(None), AdminUnit.id
    )
    for row_id, key, name in session.execute(query):
        existing.setdefault(key or fold(name), row_id)
    missing = [n for n in _spellings(names) if fold(n) not in existing]
    if not missing:
        return existing, []
    level_id = _commune_level(session)
    for name in missing:
        unit = AdminUnit(name=name, level_id=level_id, search_key=fold(name))
        session.add(unit)
        session.flush()
        existing[fold(name)] = unit.id
    return existing, missing


def _commune_level(session: Session) -> int:
    """The lowest tier in the office's own list of levels (a commune), created if none exists."""
    level_id = session.scalar(select(AdminLevel.id).order_by(AdminLevel.rank.desc()).limit(1))
    if level_id is not None:
        return level_id
    level = AdminLevel(code="commune", name="Xã, phường", rank=2)
    session.add(level)
    session.flush()
    return level.id


def _resolve_citizens(
    session: Session, rows: list[_Row], communes: dict[str, int]
) -> tuple[list[int], int]:
    """A citizen id per row: the registered citizen the register recognises
    (``citizens.match_key``: same ID number, else same name in the same commune), the one an
    earlier row of the file creates, else a new one."""
    keys = [
        match_key(
            row.citizen_name,
            row.national_id,
            communes.get(fold(row.commune)) if row.commune else None,
        )
        for row in rows
    ]
    known = registered(session, [key for key in keys if key is not None])
    new_rows: list[dict[str, Any]] = []
    new_index: list[int] = []
    pending: dict[MatchKey, int] = {}
    result: list[int | None] = []
    for row, key in zip(rows, keys, strict=True):
        if key is not None and key in known:
            result.append(known[key])
            continue
        if key is not None and key in pending:
            result.append(None)
            new_index.append(pending[key])
            continue
        position = len(new_rows)
        if key is not None:
            pending[key] = position
        new_rows.append(
            {
                "full_name": row.citizen_name,
                "national_id": row.national_id,
                "address": row.address,
                "unit_id": communes.get(fold(row.commune)) if row.commune else None,
                "search_key": fold(row.citizen_name),
            }
        )
        result.append(None)
        new_index.append(position)
    new_ids: list[int] = []
    for start in range(0, len(new_rows), CHUNK):
        new_ids.extend(
            insert_returning_ids(session, Citizen.__table__, new_rows[start : start + CHUNK])
        )
    index_citizens(
        session,
        [
            (i, row["full_name"], row["national_id"])
            for i, row in zip(new_ids, new_rows, strict=True)
        ],
    )
    pointer = iter(new_index)
    final = [value if value is not None else new_ids[next(pointer)] for value in result]
    return final, len(new_rows)


def _existing_cases(session: Session, citizen_ids: set[int]) -> dict[tuple[int, int], int]:
    """(citizen, field) → the latest open or settled case already registered."""
    latest: dict[tuple[int, int], int] = {}
    statuses = [
        s.value
        for s in (
            CaseStatus.RECEIVED,
            CaseStatus.ACCEPTED,
            CaseStatus.IN_PROGRESS,
            CaseStatus.RESOLVED,
        )
    ]
    ordered = sorted(citizen_ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        query = (
            select(CaseCitizen.citizen_id, Case.field_id, Case.id)
            .join(Case, Case.id == CaseCitizen.case_id)
            .where(
                CaseCitizen.citizen_id.in_(chunk),
                Case.field_id.is_not(None),
                Case.status.in_(statuses),
            )
            .order_by(Case.received_on, Case.id)
        )
        for citizen_id, field_id, case_id in session.execute(query):
            latest[(citizen_id, field_id)] = case_id
    return latest


def _existing_cases_by_name(session: Session, names: set[str]) -> dict[tuple[str, int, int], int]:
    """(folded citizen name, commune, field) → the latest open or settled case: the same person
    as DESIGN §3 counts one without an ID number (same name and commune)."""
    latest: dict[tuple[str, int, int], int] = {}
    statuses = [
        s.value
        for s in (
            CaseStatus.RECEIVED,
            CaseStatus.ACCEPTED,
            CaseStatus.IN_PROGRESS,
            CaseStatus.RESOLVED,
        )
    ]
    ordered = sorted(names)
    for start in range(0, len(ordered), CHUNK):
        query = (
            select(Citizen.search_key, Case.commune_id, Case.field_id, Case.id)
            .join(CaseCitizen, CaseCitizen.citizen_id == Citizen.id)
            .join(Case, Case.id == CaseCitizen.case_id)
            .where(
                Citizen.search_key.in_(ordered[start : start + CHUNK]),
                Case.field_id.is_not(None),
                Case.commune_id.is_not(None),
                Case.status.in_(statuses),
            )
            .order_by(Case.received_on, Case.id)
        )
        for name, commune_id, field_id, case_id in session.execute(query):
            latest[(name, commune_id, field_id)] = case_id
    return latest


def count_cases(uow: UnitOfWork) -> int:
    with uow.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0

"""Importing cases from a spreadsheet (CSV UTF-8 with or without BOM, or XLSX): all rows or none.

Columns are those of DESIGN.md §6, with English or Vietnamese headers. Every problem names its row
(the header is row 1) and column and says what is wrong, in one translatable sentence
(``ImportProblem``); any problem means nothing is written.
Communes, agencies and fields are matched ignoring case and diacritics; the ones not found are
created and listed in the summary. Rows are written with bulk inserts in one transaction.

Bad files are refused before anything is written, with the row and what to fix: a CSV quote left
open (strict CSV; rows are numbered as a spreadsheet shows them, a cell over several lines is
one row), a NUL (not UTF-8 text), a control character in a cell, a text longer than its column
(``text_limits``: the same limits on SQLite and PostgreSQL), a workbook that unpacks to far more
than a register or has absurdly many rows (checked before openpyxl reads it), a formula saved
without its result. Imports run one at a time (``_one_import_at_a_time``), so the same file
imported twice at the same moment is imported once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import (
    REPEATABLE_STATUSES,
    CaseStatus,
    CaseType,
    Channel,
    FollowUpKind,
    Outcome,
    Stage,
    is_valid_national_id,
)
from dialogue_app.domain.deadlines import CaseFacts, compute_deadline, stage_for
from dialogue_app.domain.messages import fill, store_parts
from dialogue_app.domain.text import (
    FORMULA_STARTS,
    clean,
    control_character,
    describe_character,
    fold,
)
from dialogue_app.domain.timezone import now_utc
from dialogue_app.services.cases import search_index, text_limits
from dialogue_app.services.cases.citizens import index_citizens, match_key, registered
from dialogue_app.services.cases.queries import load_rules
from dialogue_app.services.cases.types import HIDDEN
from dialogue_app.services.clock import Clock
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
# optional columns beyond DESIGN §6's: the acceptance date and outcome, and what the app's own
# export writes (a file without them imports as before)
OPTIONAL_COLUMNS = ("accepted_on", "outcome", "number", "handler", "notified_on")
REQUIRED = ("received_on", "citizen_name", "type")

# Every label the window and the export show for a column (the list's headers, the case's
# detail and form, the export's headers; ``EXPORT_COLUMNS`` and ``ui/cases_page.py``), in English
# and in Vietnamese (as ``dialogue_app_vi.ts`` translates them), plus a few usual variants; all
# matched ignoring case and diacritics. ``tests/services/test_case_import_headers.py`` checks
# that every such label of the window is here.
HEADERS: dict[str, tuple[str, ...]] = {
    "received_on": ("Received on", "Received", "Ngày tiếp nhận", "Ngày nhận"),
    "citizen_name": (
        "Citizens",
        "Citizen",
        "Full name",
        "Name",
        "Công dân",
        "Họ và tên",
        "Họ tên",
        "Người gửi",
    ),
    "national_id": (
        "ID number",
        "ID number (12 digits)",
        "CCCD",
        "Số CCCD",
        "Số CCCD (12 chữ số)",
        "Số căn cước",
    ),
    "address": ("Address", "Địa chỉ"),
    "commune": ("Commune", "Xã, phường", "Xã phường", "Xã/phường"),
    "type": ("Type", "Loại đơn", "Loại"),
    "field": ("Field", "Lĩnh vực"),
    "summary": ("Summary", "Nội dung", "Nội dung tóm tắt", "Tóm tắt"),
    "within_competence": (
        "Within competence",
        "Within the office's competence",
        "Thuộc thẩm quyền",
        "Thuộc thẩm quyền giải quyết của cơ quan",
    ),
    "agency": ("Agency", "Agency to resolve it", "Cơ quan giải quyết", "Cơ quan"),
    "status": ("Status", "Trạng thái", "Tình trạng"),
    "resolved_on": ("Resolved on", "Closed on", "Ngày giải quyết", "Ngày kết thúc"),
    "remote_area": (
        "Remote area",
        "Remote or disadvantaged area",
        "Vùng sâu, vùng xa",
        "Vùng sâu vùng xa",
        "Vùng sâu",
        "Vùng sâu, vùng xa, đi lại khó khăn",
    ),
    "round": ("Round", "Lần", "Lần khiếu nại", "Lần giải quyết"),
    "accepted_on": ("Accepted on", "Ngày thụ lý"),
    "outcome": ("Outcome", "Kết quả giải quyết", "Kết quả"),
    "number": ("Number", "Case number", "Số vụ việc", "Số hồ sơ"),
    "handler": ("Handler", "Cán bộ xử lý"),
    "notified_on": (
        "Denunciator notified on",
        "Notified on",
        "Ngày thông báo thụ lý tố cáo",
        "Ngày thông báo",
    ),
}
# Columns the export writes that the app computes itself: accepted as headers so that an exported
# file imports back, their values ignored (the import summary names them).
COMPUTED_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "Mã"),
    "deadline": ("Deadline", "Hạn giải quyết"),
    "overdue": ("Overdue", "Quá hạn"),
    "days_left": ("Days left", "Số ngày còn lại"),
    "deadline_explanation": ("Deadline basis", "Căn cứ tính thời hạn"),
    "notify_deadline": (
        "Notify denunciator by",
        "Notify the denunciator by",
        "Hạn thông báo thụ lý",
        "Hạn thông báo thụ lý cho người tố cáo",
    ),
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
    # the window's words (``ui/case_labels.py``), in English and in Vietnamese
    "guided elsewhere": CaseStatus.GUIDED,
    "da tiep nhan": CaseStatus.RECEIVED,
    "da chuyen don": CaseStatus.TRANSFERRED,
    "da huong dan": CaseStatus.GUIDED,
    "da rut don": CaseStatus.WITHDRAWN,
}
# the statuses of a case that was accepted (thụ lý) at some point
ACCEPTED_STATUSES = (
    CaseStatus.ACCEPTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.WITHDRAWN,
)
# the codes, and the window's words (``ui/case_labels.py``) in English and Vietnamese, folded
OUTCOMES: dict[str, Outcome] = {
    **{o.value: o for o in Outcome},
    "partly upheld": Outcome.PARTLY_UPHELD,
    "dung": Outcome.UPHELD,
    "dung mot phan": Outcome.PARTLY_UPHELD,
    "co dung co sai": Outcome.PARTLY_UPHELD,
    "sai": Outcome.REJECTED,
    "da tra loi": Outcome.ANSWERED,
    "tra loi": Outcome.ANSWERED,
}
ROUNDS = {
    "1": 1,
    "2": 2,
    "first time": 1,
    "second time": 2,
    "lan dau": 1,
    "lan 1": 1,
    "lan hai": 2,
    "lan 2": 2,
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


# The summary's sentences, one per singular/plural combination: the window translates a
# template and fills in its values (``ui/messages.py``), and Vietnamese has one form for both.
_IMPORTED = {
    (True, True): QT_TRANSLATE_NOOP("Messages", "1 case imported (1 new citizen)."),
    (True, False): QT_TRANSLATE_NOOP("Messages", "1 case imported (%2 new citizens)."),
    (False, True): QT_TRANSLATE_NOOP("Messages", "%1 cases imported (1 new citizen)."),
    (False, False): QT_TRANSLATE_NOOP("Messages", "%1 cases imported (%2 new citizens)."),
}
_LINKED = (
    QT_TRANSLATE_NOOP("Messages", "1 linked as a repeat petition."),
    QT_TRANSLATE_NOOP("Messages", "%1 linked as repeat petitions."),
)
_ASSUMED_ACCEPTED = (
    QT_TRANSLATE_NOOP(
        "Messages",
        "1 accepted case has no acceptance date: its deadlines count from the day it was "
        "received (give the date in an “accepted_on” column for exact deadlines).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "%1 accepted cases have no acceptance date: their deadlines count from the day they were "
        "received (give the dates in an “accepted_on” column for exact deadlines).",
    ),
)


@dataclass(frozen=True)
class ImportSummary:
    cases: int
    new_citizens: int
    repeats_linked: int
    created_communes: tuple[str, ...] = ()
    created_agencies: tuple[str, ...] = ()
    created_fields: tuple[str, ...] = ()
    # the file's headers of columns the app computes (deadline, days left…): values ignored
    ignored_columns: tuple[str, ...] = ()
    # accepted cases without an acceptance date, taken as accepted on the day of receipt
    assumed_accepted: int = 0

    @property
    def lines(self) -> tuple[ImportNote, ...]:
        """The summary, line by line, translatable (the window shows each translated)."""
        lines = [
            ImportNote(
                _IMPORTED[(self.cases == 1, self.new_citizens == 1)],
                (self.cases, self.new_citizens),
            )
        ]
        if self.repeats_linked:
            lines.append(ImportNote(_LINKED[self.repeats_linked != 1], (self.repeats_linked,)))
        if self.assumed_accepted:
            lines.append(
                ImportNote(_ASSUMED_ACCEPTED[self.assumed_accepted != 1], (self.assumed_accepted,))
            )
        for template, names in (
            (QT_TRANSLATE_NOOP("Messages", "New communes: %1."), self.created_communes),
            (QT_TRANSLATE_NOOP("Messages", "New agencies: %1."), self.created_agencies),
            (QT_TRANSLATE_NOOP("Messages", "New fields: %1."), self.created_fields),
            (
                QT_TRANSLATE_NOOP("Messages", "Columns ignored because the app computes them: %1."),
                self.ignored_columns,
            ),
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
    # the day it was accepted (thụ lý); None: not accepted, or not given (``accepted_given``)
    accepted_on: date | None = None
    accepted_given: bool = False
    outcome: Outcome | None = None
    number: str | None = None
    handler: str | None = None
    notified_on: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def accepted(self) -> date | None:
        """The acceptance day the deadlines count from: the one given, else (an accepted case
        without it) the day of receipt, as before the column existed."""
        if self.accepted_on is not None:
            return self.accepted_on
        if self.status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED):
            return self.received_on
        return None


# --- reading --------------------------------------------------------------------------------------


def _header_map() -> dict[str, str]:
    """Folded header → column name; a computed column's name is prefixed with ``COMPUTED``."""
    mapping: dict[str, str] = {}
    for names, prefix in ((COMPUTED_HEADERS, COMPUTED), (HEADERS, "")):
        for name, labels in names.items():
            for label in (name, name.replace("_", " "), *labels):
                mapping[fold(label)] = prefix + name
    for name in (*COLUMNS, *OPTIONAL_COLUMNS):
        mapping[fold(name)] = name
        mapping[fold(name.replace("_", " "))] = name
    return mapping


COMPUTED = "computed:"


def read_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    """The header and the (row number, cells) of a CSV or XLSX file; raises ImportFailed.

    Rows are numbered as a spreadsheet shows them (the header is row 1; a cell over several lines
    is still one row). A file too large to be a register (``MAX_FILE_BYTES``, ``MAX_UNPACKED``,
    ``MAX_ROWS``) is refused before it is read whole."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        if suffix in (".csv", ".txt"):
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ImportFailed([_in_file(_TOO_LARGE, _megabytes(size), MAX_FILE_BYTES >> 20)])
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


# the largest file the import reads: a province's register for years is a few MB (35,000 cases
# are about 6 MB of CSV); anything far larger is a wrong file or a "zip bomb"
MAX_FILE_BYTES = 200 << 20  # a CSV file
MAX_UNPACKED = 256 << 20  # an .xlsx workbook, all its parts unpacked
MAX_PART = 64 << 20  # one part of it that is read whole (shared strings, styles…)
MAX_ROWS = 200_000  # rows below the header
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is too large to be a case register (%1 MB; at most %2 MB). Check that it is the "
    "right file, or split it into smaller files and import them one by one.",
)
_UNPACKS_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "The workbook unpacks to %1 MB, far more than a case register (at most %2 MB): it is damaged "
    "or not a real spreadsheet. Open it in Excel, check it, save it again and import that file.",
)
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages",
    "The file has more than %1 rows. If most are empty (formatted down to the bottom of the "
    "sheet), delete the empty rows below the data; otherwise split the file into smaller files "
    "and import them one by one.",
)
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1: the file is not UTF-8 text (it was probably saved in another "
    "encoding, such as Windows-1258 or TCVN3). In Excel choose Save As › "
    "“CSV UTF-8 (Comma delimited)” and import that file.",
)
_NUL_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1: the file contains NUL characters, so it is not plain UTF-8 text (it was probably "
    "saved as “Unicode Text” / UTF-16). In Excel choose Save As › “CSV UTF-8 (Comma delimited)” "
    "and import that file.",
)
_BROKEN_QUOTES = QT_TRANSLATE_NOOP(
    "Messages",
    'Row %1: a quotation mark (") opens a cell that is not closed where it should be, so the '
    "rows after it would be read into that cell. Check the quotation marks of this row: a cell "
    'that starts with " must end with " just before the next separator, and a " inside a '
    'cell is written twice ("").',
)
_ROWS_IN_CELL = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: this cell holds several lines that look like whole rows of the file: a "
    'quotation mark (") on this row is probably not closed. Check the quotation marks of this '
    "row.",
)
_NO_CACHED_VALUE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the cell holds a formula whose result was not saved in the file (it was "
    "written by a program other than Excel). Open the file in Excel, save it, and import it "
    "again.",
)


def _megabytes(size: int) -> int:
    return max(1, round(size / (1 << 20)))


def _read_csv(data: bytes) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed([_in_row(line, _NOT_UTF8)]) from error
    if "\x00" in text:
        raise ImportFailed([_in_row(text[: text.index("\x00")].count("\n") + 1, _NUL_IN_FILE)])
    if not text.strip():
        raise ImportFailed([_in_file(_EMPTY)])
    first = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    # strict: a quotation mark not closed right before a separator (an unbalanced quote that
    # would swallow the following rows into one cell) is an error, not guessed at
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 1

    def broken() -> ImportFailed:
        return ImportFailed([_in_row(number, _BROKEN_QUOTES)])

    try:
        header = next(reader)
    except csv.Error as error:
        raise broken() from error
    # a line of a cell that holds a whole row's separators: rows swallowed by an open quote
    whole_row = max(len(header) - 1, 5)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        nonlocal number
        try:
            for number, cells in enumerate(reader, start=2):  # noqa: B007 (read by broken)
                if number > MAX_ROWS + 1:
                    raise ImportFailed([_in_file(_TOO_MANY_ROWS, MAX_ROWS)])
                for position, cell in enumerate(cells):
                    if "\n" in cell or "\r" in cell:
                        lines = cell.splitlines()[1:]
                        if any(line.count(delimiter) >= whole_row for line in lines):
                            label = header[position] if position < len(header) else ""
                            raise ImportFailed(
                                [_in_cell(number, label or f"#{position + 1}", _ROWS_IN_CELL)]
                            )
                yield number, list(cells)
        except csv.Error as error:
            number += 1  # the row being read when the error came
            raise broken() from error

    return header, rows()


def _read_xlsx(path: Path) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    import zipfile

    from openpyxl import load_workbook

    damaged = ImportFailed(
        [
            _in_file(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file is not a valid Excel (.xlsx) workbook, or it is damaged.",
                )
            )
        ]
    )
    # before openpyxl reads anything whole: what the parts unpack to (a "zip bomb" of 2 MB can
    # unpack to gigabytes); ``file_size`` bounds what ``zipfile`` will ever return
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as error:
        raise damaged from error
    unpacked = sum(member.file_size for member in members)
    largest_whole = max(
        (m.file_size for m in members if not m.filename.startswith("xl/worksheets/")), default=0
    )
    if unpacked > MAX_UNPACKED or largest_whole > MAX_PART:
        raise ImportFailed([_in_file(_UNPACKS_TOO_LARGE, _megabytes(unpacked), MAX_UNPACKED >> 20)])
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, OSError) as error:
        raise damaged from error
    declared = getattr(sheet, "max_row", None)
    if declared is not None and declared > MAX_ROWS + 1:
        workbook.close()
        raise ImportFailed([_in_file(_TOO_MANY_ROWS, MAX_ROWS)])
    if hasattr(sheet, "reset_dimensions"):
        # the rows as the sheet holds them: a wrong dimension neither cuts cells nor adds rows
        sheet.reset_dimensions()
    iterator = sheet.iter_rows(values_only=True)

    def close() -> None:
        iterator.close()  # first: it holds a part of the archive open
        workbook.close()

    header_cells = next(iterator, None)
    if header_cells is None or all(c is None for c in header_cells):
        close()
        raise ImportFailed([_in_file(_EMPTY)])
    header = ["" if c is None else str(c) for c in header_cells]
    while header and not header[-1].strip():
        header.pop()
    sheet_path = getattr(sheet, "_worksheet_path", None)
    if sheet_path:
        try:
            missing = _formulas_without_values(path, sheet_path)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as error:
            close()
            raise damaged from error
        if missing:
            close()
            raise ImportFailed(
                [
                    _in_cell(
                        row,
                        header[column - 1] if column <= len(header) and header[column - 1] else ref,
                        _NO_CACHED_VALUE,
                    )
                    for ref, row, column in missing
                ]
            )

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            for number, cells in enumerate(iterator, start=2):
                if number > MAX_ROWS + 1:
                    raise ImportFailed([_in_file(_TOO_MANY_ROWS, MAX_ROWS)])
                yield number, list(cells)
        finally:
            close()

    return header, rows()


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _formulas_without_values(path: Path, member: str) -> list[tuple[str, int, int]]:
    """The cells (reference, row, column) of the sheet part ``member`` holding a formula with no
    saved result (``data_only`` would read them as empty): at most ``MAX_PROBLEMS``. Programs
    other than Excel (openpyxl, some exporters) write formulas without their results."""
    import zipfile
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    with zipfile.ZipFile(path) as archive:
        # most sheets have no formula at all: a quick look at the bytes first
        with archive.open(member.lstrip("/")) as stream:
            tail = b""
            while chunk := stream.read(1 << 20):
                if _FORMULA.search(tail + chunk):
                    break
                tail = chunk[-16:]
            else:
                return []
        found: list[tuple[str, int, int]] = []
        with archive.open(member.lstrip("/")) as stream:
            for _event, element in iterparse(stream, events=("end",)):
                if element.tag.rsplit("}", 1)[-1] != "c":
                    continue
                formula = value = None
                for child in element:
                    name = child.tag.rsplit("}", 1)[-1]
                    if name == "f":
                        formula = child
                    elif name == "v":
                        value = child
                # an empty result of a text formula (t="str") is a saved result: ""
                if (
                    formula is not None
                    and (value is None or not value.text)
                    and element.get("t") not in ("str", "inlineStr")
                ):
                    ref = element.get("r") or "?"
                    try:
                        letters, row = coordinate_from_string(ref)
                        column = column_index_from_string(letters)
                    except ValueError:
                        row, column = 0, 0
                    found.append((ref, row, column))
                    if len(found) >= MAX_PROBLEMS:
                        break
                element.clear()
            # (a row's cells are cleared as they end; the rows, emptied, stay: small)
        return found


_EMPTY = QT_TRANSLATE_NOOP("Messages", "The file is empty: it has no header row.")


# --- parsing --------------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
        # the app's export protects a text starting like a formula with an apostrophe: undo it
        text = text[1:]
    return clean(text)


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
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if whole and not isinstance(value, bool) and value >= 0:
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


_SEVERAL = re.compile(r"^(.*\S) \+\d+$")
_FUTURE = QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: %3 is in the future.")
# the statuses a file may give (IMPORTABLE_STATUSES), written out so that they are translated too
_NOT_A_STATUS = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: “%3” is not a status; use received, accepted, in_progress, resolved, "
    "transferred, guided, withdrawn.",
)


def _parse(
    line: int,
    record: dict[str, Any],
    today: date,
    problems: list[ImportProblem],
    present: frozenset[str] = frozenset(COLUMNS),
) -> _Row | None:
    """The row, or None after adding its problems. ``present``: the file's columns."""
    before = len(problems)

    def fail(column: str, template: str, *values: object) -> None:
        problems.append(_in_cell(line, column, template, *values))

    def wrong(column: str, error: _CellError) -> None:
        fail(column, error.template, *error.values)

    def get(column: str) -> Any:
        return record.get(column)

    texts = [value for value in record.values() if isinstance(value, str)]
    if control_character("".join(texts)) is not None:  # rare: then find the cells
        for column, value in record.items():
            if isinstance(value, str) and (character := control_character(value)) is not None:
                fail(column, _CONTROL_IN_CELL, describe_character(character))
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
    if name == HIDDEN:
        fail("citizen_name", _HIDDEN_NAME)
    elif name and (several := _SEVERAL.match(name)):
        # the list and its export show a group petition as its first citizen and "+N"
        name = several.group(1)
    if name == HIDDEN:
        name = None
    elif not name:
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
        if fold(round_text) in ROUNDS:
            round_ = ROUNDS[fold(round_text)]
        else:
            fail(
                "round",
                QT_TRANSLATE_NOOP(
                    "Messages", "Row %1, column %2: “%3” must be 1 (first time) or 2 (second time)."
                ),
                round_text,
            )
    accepted_on = _optional_date(get("accepted_on"), "accepted_on", wrong)
    if accepted_on is not None:
        if status not in ACCEPTED_STATUSES:
            fail("accepted_on", _NEVER_ACCEPTED, status_text or status.value)
        elif received and accepted_on < received:
            fail("accepted_on", _ACCEPTED_BEFORE_RECEIPT, received.isoformat())
        elif accepted_on > today:
            fail("accepted_on", _FUTURE, accepted_on.isoformat())
        elif resolved_on and accepted_on > resolved_on:
            fail("accepted_on", _ACCEPTED_AFTER_CLOSING, resolved_on.isoformat())
    outcome = None
    outcome_text = _text(get("outcome"))
    if outcome_text:
        outcome = OUTCOMES.get(fold(outcome_text).replace(",", "").replace("_", " ")) or (
            OUTCOMES.get(fold(outcome_text))
        )
        if outcome is None:
            fail("outcome", _NOT_AN_OUTCOME, outcome_text)
        elif status != CaseStatus.RESOLVED:
            fail("outcome", _OUTCOME_NOT_RESOLVED, status_text or status.value)
    elif status == CaseStatus.RESOLVED and "outcome" in present and case_type is not None:
        # the file gives outcomes: a recommendation or feedback is settled by answering it;
        # whether a complaint or denunciation was right is for the file to say
        if case_type in (CaseType.RECOMMENDATION, CaseType.FEEDBACK):
            outcome = Outcome.ANSWERED
        else:
            fail("outcome", _OUTCOME_MISSING)
    notified_on = _optional_date(get("notified_on"), "notified_on", wrong)
    if notified_on is not None and case_type is not None and received is not None:
        accepted_day = accepted_on or (
            received
            if status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)
            else None
        )
        if case_type != CaseType.DENUNCIATION or accepted_day is None:
            fail("notified_on", _NOTIFIED_NOT_ACCEPTED)
        elif notified_on < accepted_day:
            fail("notified_on", _NOTIFIED_BEFORE_ACCEPTANCE, accepted_day.isoformat())
        elif notified_on > today:
            fail("notified_on", _FUTURE, notified_on.isoformat())
    number = _text(get("number"))
    handler = _text(get("handler"))
    address, commune = _text(get("address")), _text(get("commune"))
    field_name, agency = _text(get("field")), _text(get("agency"))
    # the columns' lengths (``text_limits``), checked here: the same on SQLite and PostgreSQL
    for column, value, limit in (
        ("citizen_name", name, text_limits.CITIZEN_NAME),
        ("address", address, text_limits.ADDRESS),
        ("commune", commune, text_limits.COMMUNE),
        ("field", field_name, text_limits.FIELD),
        ("agency", agency, text_limits.AGENCY),
        ("number", number, text_limits.CASE_NUMBER),
        ("handler", handler, text_limits.HANDLER),
    ):
        if text_limits.too_long(value, limit):
            fail(column, _TOO_LONG, limit)
    if len(problems) > before or received is None or case_type is None or not name:
        return None
    return _Row(
        line=line,
        received_on=received,
        citizen_name=name,
        national_id=national_id,
        address=address,
        commune=commune,
        case_type=case_type,
        field_name=field_name,
        summary=_text(get("summary")) or "",
        within_competence=within,
        agency=agency,
        status=status,
        resolved_on=resolved_on,
        remote_area=remote,
        round=round_,
        accepted_on=accepted_on,
        accepted_given=accepted_on is not None,
        outcome=outcome,
        number=number,
        handler=handler,
        notified_on=notified_on,
    )


def _optional_date(
    value: Any, column: str, wrong: Callable[[str, _CellError], None]
) -> date | None:
    if _text(value) is None and not isinstance(value, date):
        return None
    try:
        return _date(value)
    except _CellError as error:
        wrong(column, error)
        return None


_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "Row %1, column %2: the text is too long; at most %3 characters."
)
_CONTROL_IN_CELL = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the text contains an invisible control character (%3); delete it (type "
    "the cell again) and import the file again.",
)
_NEVER_ACCEPTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: a case with status “%3” was never accepted; leave this cell empty or "
    "correct the status.",
)
_ACCEPTED_BEFORE_RECEIPT = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the case cannot be accepted before it was received (%3).",
)
_ACCEPTED_AFTER_CLOSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the case cannot be accepted after it was resolved or closed (%3).",
)
_NOT_AN_OUTCOME = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: “%3” is not an outcome; use upheld, partly_upheld, rejected or answered.",
)
_OUTCOME_NOT_RESOLVED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: only a resolved case has an outcome, and this one is “%3”; leave this "
    "cell empty or correct the status.",
)
_OUTCOME_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: a resolved complaint or denunciation needs its outcome: upheld, "
    "partly_upheld, rejected or answered.",
)
_NOTIFIED_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: only an accepted denunciation has a date its denunciator was notified; "
    "leave this cell empty or correct the type or status.",
)
_NOTIFIED_BEFORE_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the denunciator cannot be notified before the denunciation was accepted "
    "(%3).",
)
_HIDDEN_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the denunciator's name is hidden in this file ([confidential]): type "
    "the name, or export the list again with the names of denunciators.",
)


# the columns (COLUMNS, OPTIONAL_COLUMNS), written out so that a translation can name the
# Vietnamese headers
_UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: unknown column (the headers the app's own export writes are accepted "
    "too). The columns are: received_on, citizen_name, national_id, address, commune, type, "
    "field, summary, within_competence, agency, status, resolved_on, remote_area, round, "
    "accepted_on, outcome, number, handler, notified_on.",
)


# --- the importer ---------------------------------------------------------------------------------


class CaseImporter:
    """Imports one file in one transaction. Runs in a worker thread with its own session."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None, *, clock: Clock) -> None:
        self._uow = uow
        self.user_name = user_name
        self._clock = clock

    def run(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        today = self._clock.today()
        report = progress or (lambda done, total: None)
        is_cancelled = cancelled or (lambda: False)
        header, raw_rows = read_rows(Path(path))
        columns, ignored = self._columns(header)
        present = frozenset(c for c in columns if c is not None)
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
                (
                    line,
                    {
                        name: cells[i]
                        for i, name in enumerate(columns[: len(cells)])
                        if name is not None
                    },
                )
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
            row = _parse(line, record, today, problems, present)
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
        return replace(summary, ignored_columns=ignored)

    @staticmethod
    def _columns(header: Sequence[str]) -> tuple[list[str | None], tuple[str, ...]]:
        """The column of each header cell (None: a column the app computes, ignored) and the
        headers so ignored, as the file writes them."""
        mapping = _header_map()
        columns: list[str | None] = []
        ignored: list[str] = []
        seen: set[str] = set()
        problems: list[ImportProblem] = []
        for position, label in enumerate(header, start=1):
            name = mapping.get(fold(label))
            if name is None:
                problems.append(_in_cell(1, label or f"#{position}", _UNKNOWN_COLUMN))
            elif name in seen:
                problems.append(
                    _in_cell(
                        1,
                        label,
                        QT_TRANSLATE_NOOP(
                            "Messages", "Row %1, column %2: this column appears twice."
                        ),
                    )
                )
            elif name.startswith(COMPUTED):
                seen.add(name)
                columns.append(None)
                ignored.append(clean(label) or label)
            else:
                seen.add(name)
                columns.append(name)
        for name in REQUIRED:
            if name not in seen and not problems:
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
        return columns, tuple(ignored)

    def _write(
        self,
        session: Session,
        rows: list[_Row],
        source: str,
        report: Progress,
        is_cancelled: Callable[[], bool],
        total: int,
    ) -> ImportSummary:
        _one_import_at_a_time(session)
        communes, new_communes = _resolve_units(session, {r.commune for r in rows if r.commune})
        # a row already in the register (the file imported twice) or twice in the file, and a
        # case number already used: refused, before anything else is written
        problems = _duplicates(session, rows, communes)
        if problems:
            raise ImportFailed(problems)
        agencies, new_agencies = _resolve_named(
            session, Agency, {r.agency for r in rows if r.agency}
        )
        fields, new_fields = _resolve_named(
            session, CaseField, {r.field_name for r in rows if r.field_name}
        )
        citizen_ids, new_citizens = _resolve_citizens(session, rows, communes)
        rules = load_rules(session)
        calendar = working_day_calendar(session)
        # earlier cases of the same citizen, for repeat petitions: (citizen id, field id,
        # denunciation?) → case, and for citizens without an ID number: (folded name, commune
        # id, field id, denunciation?) → case; a denunciation repeats only denunciations, any
        # other type only non-denunciations (a link must not tell who a denunciator is)
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
            values: list[dict[str, Any]] = []  # the batch's rows of the case table
            for row, citizen_id in zip(batch, batch_citizens, strict=True):
                field_id = fields.get(fold(row.field_name)) if row.field_name else None
                secret = row.case_type == CaseType.DENUNCIATION
                repeat = latest.get((citizen_id, field_id, secret)) if field_id else None
                if repeat is None and field_id and not row.national_id and row.commune:
                    commune_id = communes.get(fold(row.commune))
                    repeat = latest_by_name.get(
                        (fold(row.citizen_name), commune_id, field_id, secret)
                    )
                linked += repeat is not None
                accepted = row.accepted
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
                        "number": row.number,
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
                        "handler": row.handler,
                        "status": row.status,
                        "outcome": row.outcome,
                        "accepted_on": accepted,
                        "resolved_on": (row.resolved_on or (row.received_on if closes else None)),
                        "deadline": deadline.due if deadline else None,
                        "deadline_explanation": deadline.stored_explanation if deadline else None,
                        "notify_deadline": notify.due if notify else None,
                        "notify_deadline_explanation": (
                            notify.stored_explanation if notify else None
                        ),
                        "notified_on": row.notified_on,
                        "repeat_of_id": repeat,
                        "search_key": search_index.search_key(
                            row.number,
                            row.summary,
                            [
                                search_index.IndexedCitizen(
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
                citizen = search_index.IndexedCitizen(
                    row.citizen_name, row.national_id, row.case_type == CaseType.DENUNCIATION
                )
                terms.append((case_id, search_index.case_terms(row.number, row.summary, [citizen])))
                if value["field_id"] and row.status in (
                    CaseStatus.RECEIVED,
                    CaseStatus.ACCEPTED,
                    CaseStatus.IN_PROGRESS,
                    CaseStatus.RESOLVED,
                ):
                    secret = row.case_type == CaseType.DENUNCIATION
                    latest[(citizen_id, value["field_id"], secret)] = case_id
            # Core inserts on the tables: plain executemany, no ORM bookkeeping per row
            bulk_insert(session, CaseCitizen.__table__, links)
            bulk_insert(session, CaseEvent.__table__, _bound_events(events))
            search_index.insert_terms(session, terms)
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
            assumed_accepted=sum(
                1 for row in rows if not row.accepted_given and row.accepted is not None
            ),
        )


# Two imports of the same file at the same moment must not both pass the duplicate check: the
# check and the writes of one import happen while the other waits. A key of our own for
# PostgreSQL's advisory lock ("DLG-IMPT"), held until the transaction ends.
IMPORT_LOCK_KEY = 0x444C472D494D5054
_BUSY = QT_TRANSLATE_NOOP(
    "Messages",
    "The database is busy (another import, or a large change by a colleague, is being saved); "
    "nothing was imported. Try again in a moment.",
)


def _one_import_at_a_time(session: Session) -> None:
    """Wait for any other import to finish, and keep the next one waiting until this
    transaction ends; the first statement of the import's transaction.

    PostgreSQL: a transaction-level advisory lock (the other import waits for it). SQLite: the
    transaction takes the write lock at once (``BEGIN IMMEDIATE``) instead of at its first write,
    after the duplicate check; the other import waits up to the busy timeout, then is refused."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(IMPORT_LOCK_KEY)))
    elif dialect == "sqlite":
        connection = session.connection()
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as error:
            raise ServiceError(_BUSY) from error


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
    """A citizen id per row: the registered citizen with the same ID number
    (``citizens.match_key``), the one an earlier row of the file with that number creates,
    else a new one: a person without an ID number is never taken for a namesake, even one of
    the same commune. Registered citizens are left as they are."""
    keys = [match_key(row.national_id) for row in rows]
    known = registered(session, [key for key in keys if key is not None])
    new_rows: list[dict[str, Any]] = []
    new_index: list[int] = []
    pending: dict[str, int] = {}
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


# the same case: received the same day, of the same type, with the same (folded) summary, from
# the same person: the same ID number, else the same folded name in the same commune. A person
# with neither (a name alone) is not checked: namesakes are common, two such rows are two cases
_Person = tuple[str | None, str | None, int | None]
# without the summary, which is folded only where the rest matches (folding every summary of a
# large file would cost more than the check itself)
_Coarse = tuple[date, CaseType, _Person]

_ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1: this row was already imported as case %2 (received on %3, same citizen, type and "
    "summary); remove it from the file.",
)
_TWICE_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1 is the same case as row %2 (same received date, citizen, type and summary); remove "
    "one of them from the file.",
)
_MANY_ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "%1 of the %2 rows are already in the register: this file, or part of it, was imported "
    "before. Remove those rows from the file.",
)
_NUMBER_USED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: case number %3 is already used by case %4 in the register; change it or "
    "leave it empty.",
)
_NUMBER_TWICE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: case number %3 is also on row %4; each case has its own number.",
)


def _person(name: str | None, national_id: str | None, commune_id: int | None) -> _Person:
    if national_id:
        return (national_id, None, None)
    return (None, fold(name), commune_id)


def _coarse(row: _Row, communes: dict[str, int]) -> _Coarse | None:
    """The row's key for the duplicate check; None for a person known by a name alone (no ID
    number, no commune): not checked."""
    commune_id = communes.get(fold(row.commune)) if row.commune else None
    if not row.national_id and commune_id is None:
        return None
    return (row.received_on, row.case_type, _person(row.citizen_name, row.national_id, commune_id))


def _case_ref(case_id: int, number: str | None) -> str:
    return f"{number} (#{case_id})" if number else f"#{case_id}"


def _duplicates(
    session: Session, rows: list[_Row], communes: dict[str, int]
) -> list[ImportProblem]:
    """The rows that are a case already in the register or an earlier row of the file, and
    the case numbers already used (one query per batch of rows, not one per row)."""
    problems: list[ImportProblem] = []
    coarse = [_coarse(row, communes) for row in rows]
    # in the file: rows alike but for the summary, then the same folded summary
    alike: dict[_Coarse, list[_Row]] = {}
    for row, key in zip(rows, coarse, strict=True):
        if key is not None:
            alike.setdefault(key, []).append(row)
    for group in alike.values():
        if len(group) < 2:
            continue
        first_row: dict[str, int] = {}
        for row in group:
            summary = fold(row.summary)
            if summary in first_row:
                problems.append(_in_row(row.line, _TWICE_IN_FILE, first_row[summary]))
            else:
                first_row[summary] = row.line
    first_number: dict[str, int] = {}
    for row in rows:
        if row.number:
            if row.number in first_number:
                problems.append(
                    _in_cell(
                        row.line, "number", _NUMBER_TWICE, row.number, first_number[row.number]
                    )
                )
            else:
                first_number[row.number] = row.line
    in_register: list[ImportProblem] = []
    for start in range(0, len(rows), CHUNK):
        batch = rows[start : start + CHUNK]
        keys = coarse[start : start + CHUNK]
        known = _registered_cases(session, [key for key in keys if key is not None])
        numbers = sorted({row.number for row in batch if row.number})
        used: dict[str | None, int] = {}
        if numbers:
            query = select(Case.number, Case.id).where(Case.number.in_(numbers))
            used = {number: case_id for number, case_id in session.execute(query)}
        for row, key in zip(batch, keys, strict=True):
            same = known[key].get(fold(row.summary)) if key is not None and key in known else None
            if same is not None:
                case_id, number = same
                in_register.append(
                    _in_row(
                        row.line,
                        _ALREADY_IMPORTED,
                        _case_ref(case_id, number),
                        row.received_on.isoformat(),
                    )
                )
            elif row.number and row.number in used:
                problems.append(
                    _in_cell(
                        row.line,
                        "number",
                        _NUMBER_USED,
                        row.number,
                        _case_ref(used[row.number], row.number),
                    )
                )
    if len(in_register) > 1:
        in_register.insert(0, _in_file(_MANY_ALREADY_IMPORTED, len(in_register), len(rows)))
    found = in_register + sorted(problems, key=lambda p: p.row)
    return found[:MAX_PROBLEMS]


def _registered_cases(
    session: Session, keys: Sequence[_Coarse]
) -> dict[_Coarse, dict[str, tuple[int, str | None]]]:
    """The registered cases (folded summary → id, number) alike to each key: one query for a
    batch, narrowed by the days received and the people (ID numbers, folded names)."""
    days = {key[0] for key in keys}
    numbers = {key[2][0] for key in keys if key[2][0]}
    names = {key[2][1] for key in keys if key[2][1]}
    wanted = set(keys)
    query = (
        select(
            Case.id,
            Case.number,
            Case.received_on,
            Case.case_type,
            Case.summary,
            Case.commune_id,
            Citizen.national_id,
            Citizen.search_key,
            Citizen.unit_id,
        )
        .join(CaseCitizen, CaseCitizen.case_id == Case.id)
        .join(Citizen, Citizen.id == CaseCitizen.citizen_id)
        .where(
            Case.received_on.in_(sorted(days)),
            or_(Citizen.national_id.in_(sorted(numbers)), Citizen.search_key.in_(sorted(names))),
        )
        .order_by(Case.id)
    )
    found: dict[_Coarse, dict[str, tuple[int, str | None]]] = {}
    for case_id, number, received, case_type, summary, commune, nid, name, unit in session.execute(
        query
    ):
        people: set[_Person] = {(None, name, commune), (None, name, unit)}
        if nid:
            people.add((nid, None, None))
        for person in people:
            key = (received, case_type, person)
            if key in wanted:
                found.setdefault(key, {}).setdefault(fold(summary), (case_id, number))
    return found


def _existing_cases(
    session: Session, citizen_ids: set[int]
) -> dict[tuple[int | None, int | None, bool], int]:
    """(citizen, field, denunciation?) → the latest open or settled case already registered."""
    latest: dict[tuple[int | None, int | None, bool], int] = {}
    statuses = [s.value for s in REPEATABLE_STATUSES]
    ordered = sorted(citizen_ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        query = (
            select(CaseCitizen.citizen_id, Case.field_id, Case.case_type, Case.id)
            .join(Case, Case.id == CaseCitizen.case_id)
            .where(
                CaseCitizen.citizen_id.in_(chunk),
                Case.field_id.is_not(None),
                Case.status.in_(statuses),
            )
            .order_by(Case.received_on, Case.id)
        )
        for citizen_id, field_id, case_type, case_id in session.execute(query):
            latest[(citizen_id, field_id, case_type == CaseType.DENUNCIATION)] = case_id
    return latest


def _existing_cases_by_name(
    session: Session, names: set[str]
) -> dict[tuple[str, int | None, int | None, bool], int]:
    """(folded citizen name, commune, field, denunciation?) → the latest open or settled case:
    the same person as DESIGN §3 counts one without an ID number (same name and commune), for a
    repeat link only (the citizens stay apart)."""
    latest: dict[tuple[str, int | None, int | None, bool], int] = {}
    statuses = [s.value for s in REPEATABLE_STATUSES]
    ordered = sorted(names)
    for start in range(0, len(ordered), CHUNK):
        query = (
            select(Citizen.search_key, Case.commune_id, Case.field_id, Case.case_type, Case.id)
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
        for name, commune_id, field_id, case_type, case_id in session.execute(query):
            latest[(name, commune_id, field_id, case_type == CaseType.DENUNCIATION)] = case_id
    return latest


def count_cases(uow: UnitOfWork) -> int:
    with uow.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0

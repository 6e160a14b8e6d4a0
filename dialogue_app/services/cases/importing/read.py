"""Reading an import file safely: CSV (UTF-8 with or without BOM, strict quoting) or XLSX. Bad
files are refused before anything is parsed: too large, unpacking to far more than a register,
absurdly many rows, a NUL, a quote left open, a formula saved without its result."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dialogue_app.services.cases.importing.results import (
    MAX_PROBLEMS,
    ImportFailed,
    in_cell,
    in_file,
    in_row,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP


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
                raise ImportFailed([in_file(_TOO_LARGE, _megabytes(size), MAX_FILE_BYTES >> 20)])
            return _read_csv(path.read_bytes())
    except OSError as error:
        raise ImportFailed(
            [in_file(QT_TRANSLATE_NOOP("Messages", "The file cannot be read: %1."), error.strerror)]
        ) from error
    raise ImportFailed(
        [
            in_file(
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


_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1: the file is not UTF-8 text (it was probably saved in another "
    "encoding, such as Windows-1258 or TCVN3). In Excel choose Save As › "
    "“CSV UTF-8 (Comma delimited)” and import that file.",
)


def _megabytes(size: int) -> int:
    return max(1, round(size / (1 << 20)))


def _read_csv(data: bytes) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailed([in_row(line, _NOT_UTF8)]) from error
    if "\x00" in text:
        raise ImportFailed([in_row(text[: text.index("\x00")].count("\n") + 1, _NUL_IN_FILE)])
    if not text.strip():
        raise ImportFailed([in_file(_EMPTY)])
    first = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    # strict: a quotation mark not closed right before a separator (an unbalanced quote that
    # would swallow the following rows into one cell) is an error, not guessed at
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 1

    def broken() -> ImportFailed:
        return ImportFailed([in_row(number, _BROKEN_QUOTES)])

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
                    raise ImportFailed([in_file(_TOO_MANY_ROWS, MAX_ROWS)])
                for position, cell in enumerate(cells):
                    if "\n" in cell or "\r" in cell:
                        lines = cell.splitlines()[1:]
                        if any(line.count(delimiter) >= whole_row for line in lines):
                            label = header[position] if position < len(header) else ""
                            raise ImportFailed(
                                [in_cell(number, label or f"#{position + 1}", _ROWS_IN_CELL)]
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
            in_file(
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
        raise ImportFailed([in_file(_UNPACKS_TOO_LARGE, _megabytes(unpacked), MAX_UNPACKED >> 20)])
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError, OSError) as error:
        raise damaged from error
    declared = getattr(sheet, "max_row", None)
    if declared is not None and declared > MAX_ROWS + 1:
        workbook.close()
        raise ImportFailed([in_file(_TOO_MANY_ROWS, MAX_ROWS)])
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
        raise ImportFailed([in_file(_EMPTY)])
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
                    in_cell(
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
                    raise ImportFailed([in_file(_TOO_MANY_ROWS, MAX_ROWS)])
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

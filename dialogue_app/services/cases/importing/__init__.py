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
without its result. Imports run one at a time (``write.one_import_at_a_time``), so the same file
imported twice at the same moment is imported once.

The steps are modules: ``read`` (the file, safely), ``columns`` (its header), ``parse`` (cells and
rows), ``resolve`` (matching the register), ``write`` (the one transaction); ``results``: what an
import reports.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from dialogue_app.services.cases.importing.columns import (
    COLUMNS,
    COMPUTED,
    OPTIONAL_COLUMNS,
    columns_of,
)
from dialogue_app.services.cases.importing.parse import Cells, ParsedRow, parse_row
from dialogue_app.services.cases.importing.read import read_rows
from dialogue_app.services.cases.importing.results import (
    CHUNK,
    MAX_PROBLEMS,
    ImportCancelled,
    ImportFailed,
    ImportNote,
    ImportProblem,
    ImportSummary,
    Progress,
    in_file,
    in_row,
)
from dialogue_app.services.cases.importing.write import write_rows
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP
from dialogue_app.store.models import Case
from dialogue_app.store.unit_of_work import UnitOfWork


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
        with _collector_paused():
            return self._run(path, progress, cancelled)

    def _run(
        self,
        path: Path,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> ImportSummary:
        today = self._clock.today()
        report = progress or (lambda done, total: None)
        is_cancelled = cancelled or (lambda: False)
        header, raw_rows = read_rows(Path(path))
        columns, ignored = columns_of(header)
        present = frozenset(c for c in columns if c is not None)
        records: list[tuple[int, dict[str, Any]]] = []
        # each distinct cell text cleaned, folded or read as a date once per file
        texts = Cells()
        for line, cells in raw_rows:
            if all(texts.text(c) is None for c in cells):
                continue
            if len(cells) > len(columns) and any(texts.text(c) for c in cells[len(columns) :]):
                raise ImportFailed(
                    [
                        in_row(
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
                    in_file(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The file has a header row but no cases below it."
                        )
                    )
                ]
            )
        total = len(records) * 2
        problems: list[ImportProblem] = []
        rows: list[ParsedRow] = []
        for index, (line, record) in enumerate(records, start=1):
            row = parse_row(line, record, today, problems, present, texts)
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
            summary = write_rows(
                session,
                rows,
                Path(path).name,
                report,
                is_cancelled,
                total,
                self.user_name,
                now=self._clock.now(),  # the import's moment, on the timeline and the rows
            )
        report(total, total)
        return replace(summary, ignored_columns=ignored)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while an import runs, on again after (if it was on).

    An import builds a few million small containers (rows, tuples, words) that all stay alive
    until it ends; the collector, run every few hundred allocations, walks them again and again
    and finds nothing to free (about a tenth of an import's time). Reference counting still
    frees everything else at once; cycles made meanwhile are collected after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def count_cases(uow: UnitOfWork) -> int:
    with uow.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


__all__ = [
    "COLUMNS",
    "COMPUTED",
    "OPTIONAL_COLUMNS",
    "CaseImporter",
    "ImportCancelled",
    "ImportFailed",
    "ImportNote",
    "ImportProblem",
    "ImportSummary",
    "count_cases",
    "read_rows",
]

"""Exporting the filtered case list to CSV or XLSX with the columns the user chooses.

A denunciator's identity is written only when the user holds the permission and asks for it
(and that export is logged). A text cell beginning with =, +, -, @ (or a tab/carriage return) is
prefixed with an apostrophe so a spreadsheet never runs it as a formula (CSV/formula injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dialogue_app.domain.text import FORMULA_STARTS, neutralise
from dialogue_app.services.cases.service import CaseService
from dialogue_app.services.cases.types import HIDDEN, CaseFilter, CaseRow, CaseSort
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from dialogue_app.services.files import ExportCancelled, atomic_writer
from dialogue_app.store.models import AuditEntry, CaseCitizen, Citizen
from dialogue_app.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ExportColumn:
    key: str
    label: str  # English header; the window passes its translated labels
    value: Callable[[CaseRow], Any]


EXPORT_COLUMNS: dict[str, ExportColumn] = {
    c.key: c
    for c in (
        ExportColumn("id", "ID", lambda r: r.id),
        ExportColumn("number", "Number", lambda r: r.number),
        ExportColumn("received_on", "Received on", lambda r: r.received_on),
        ExportColumn("type", "Type", lambda r: r.case_type.value),
        ExportColumn("status", "Status", lambda r: r.status.value),
        ExportColumn("citizens", "Citizens", lambda r: HIDDEN if r.identity_hidden else r.citizens),
        ExportColumn("commune", "Commune", lambda r: r.commune),
        ExportColumn("field", "Field", lambda r: r.field),
        ExportColumn("agency", "Agency", lambda r: r.agency),
        ExportColumn("handler", "Handler", lambda r: r.handler),
        ExportColumn("summary", "Summary", lambda r: r.summary),
        ExportColumn("deadline", "Deadline", lambda r: r.deadline),
        ExportColumn("overdue", "Overdue", lambda r: "yes" if r.overdue else "no"),
        ExportColumn("days_left", "Days left", lambda r: r.days_left),
        ExportColumn("deadline_explanation", "Deadline basis", lambda r: r.deadline_explanation),
        ExportColumn("notify_deadline", "Notify denunciator by", lambda r: r.notify_deadline),
        ExportColumn("notified_on", "Denunciator notified on", lambda r: r.notified_on),
        ExportColumn("outcome", "Outcome", lambda r: r.outcome.value if r.outcome else None),
        ExportColumn("resolved_on", "Resolved on", lambda r: r.resolved_on),
    )
}


# workbook columns wider than their header (characters)
WIDE = {"summary": 60, "deadline_explanation": 60, "citizens": 30, "agency": 30, "commune": 24}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


class CaseExporter:
    def __init__(self, uow: UnitOfWork, user_name: str | None = None, *, clock: Clock) -> None:
        self._uow = uow
        self._cases = CaseService(uow, user_name, clock=clock)
        self.user_name = user_name

    def export(
        self,
        path: Path,
        flt: CaseFilter,
        columns: Sequence[str],
        *,
        sort: CaseSort | None = None,
        labels: dict[str, str] | None = None,
        shown: Mapping[str, Callable[[CaseRow], Any]] | None = None,
        include_identities: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the filtered list to ``path`` (.csv or .xlsx); return the number of rows.

        ``labels`` are the headers and ``shown`` the values of columns as the window shows them
        (translated types, statuses, explanations); without them a column holds its code (e.g.
        ``complaint``). Dates are date cells in a workbook (shown 17/02/2026), ISO in a CSV."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose a file name ending in .csv or .xlsx."),
                "path",
            )
        unknown = [c for c in columns if c not in EXPORT_COLUMNS]
        if unknown or not columns:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Choose at least one known column to export."),
                "columns",
            )
        if include_identities and not self._cases.can_view_denunciators():
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "You are not allowed to export who made denunciations (Law on Denunciations "
                    "2018).",
                )
            )
        chosen = [EXPORT_COLUMNS[c] for c in columns]
        header = [(labels or {}).get(c.key, c.label) for c in chosen]
        getters = [(shown or {}).get(c.key, c.value) for c in chosen]
        total = self._cases.count(flt)
        report = progress or (lambda done, all_: None)
        is_cancelled = cancelled or (lambda: False)
        rows_written = 0
        revealed: list[int] = []

        def lines() -> Iterator[list[Any]]:
            nonlocal rows_written
            for row in self._cases.iter_rows(flt, sort or CaseSort()):
                values = [value(row) for value in getters]
                if include_identities and row.identity_hidden and "citizens" in columns:
                    values[list(columns).index("citizens")] = self._names(row.id)
                    revealed.append(row.id)
                rows_written += 1
                if rows_written % 500 == 0:
                    if is_cancelled():
                        raise ExportCancelled()
                    report(rows_written, total)
                yield [neutralise(v) for v in values]

        # whole or absent: an existing file is never half-overwritten (``atomic_writer``)
        with atomic_writer(path) as stream:
            if suffix == ".csv":
                text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
                writer = csv.writer(text)
                writer.writerow(header)
                for values in lines():
                    writer.writerow([_iso(v) for v in values])
                text.flush()
                text.detach()  # the stream is atomic_writer's to close
            else:
                from openpyxl import Workbook
                from openpyxl.cell import WriteOnlyCell
                from openpyxl.utils import get_column_letter

                workbook = Workbook(write_only=True)
                sheet = workbook.create_sheet("Cases")
                for position, (column, title) in enumerate(zip(chosen, header, strict=True)):
                    width = WIDE.get(column.key, max(12, min(len(title) + 4, 40)))
                    sheet.column_dimensions[get_column_letter(position + 1)].width = width
                sheet.freeze_panes = "A2"
                sheet.append(header)
                for values in lines():
                    cells = []
                    for value in values:
                        if isinstance(value, date):
                            # types-openpyxl leaves date out of WriteOnlyCell; a Cell takes one
                            cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
                            cell.number_format = "DD/MM/YYYY"
                            cells.append(cell)
                        else:
                            cells.append(value)
                    sheet.append(cells)
                workbook.save(stream)
        if revealed:
            with self._uow.begin() as session:
                session.add(
                    AuditEntry(
                        user_name=self.user_name,
                        action="export_denunciators",
                        entity="case",
                        detail=f"{len(revealed)} denunciators' identities exported to {path.name}",
                    )
                )
        report(rows_written, total)
        return rows_written

    def _names(self, case_id: int) -> str:
        from sqlalchemy import select

        with self._uow.read() as session:
            names = session.scalars(
                select(Citizen.full_name)
                .join(CaseCitizen, CaseCitizen.citizen_id == Citizen.id)
                .where(CaseCitizen.case_id == case_id)
                .order_by(CaseCitizen.id)
            ).all()
        return "; ".join(names)


__all__ = ["EXPORT_COLUMNS", "FORMULA_STARTS", "CaseExporter", "neutralise"]

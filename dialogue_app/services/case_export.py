"""Exporting the filtered case list to CSV or XLSX with the columns the user chooses.

A denunciator's identity is written only when the user holds the permission and asks for it
(and that export is logged). A text cell beginning with =, +, -, @ (or a tab/carriage return) is
prefixed with an apostrophe so a spreadsheet never runs it as a formula (CSV/formula injection).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dialogue_app.services.cases import HIDDEN, CaseFilter, CaseRow, CaseService, CaseSort
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from dialogue_app.services.files import ExportCancelled
from dialogue_app.store.models import AuditEntry, CaseCitizen, Citizen
from dialogue_app.store.unit_of_work import UnitOfWork

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportColumn:
    key: str
    label: str  # English header; the window passes its translated labels
    value: Callable[[CaseRow], Any]


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


EXPORT_COLUMNS: dict[str, ExportColumn] = {
    c.key: c
    for c in (
        ExportColumn("id", "ID", lambda r: r.id),
        ExportColumn("number", "Number", lambda r: r.number),
        ExportColumn("received_on", "Received on", lambda r: _date(r.received_on)),
        ExportColumn("type", "Type", lambda r: r.case_type.value),
        ExportColumn("status", "Status", lambda r: r.status.value),
        ExportColumn("citizens", "Citizens", lambda r: HIDDEN if r.identity_hidden else r.citizens),
        ExportColumn("commune", "Commune", lambda r: r.commune),
        ExportColumn("field", "Field", lambda r: r.field),
        ExportColumn("agency", "Agency", lambda r: r.agency),
        ExportColumn("handler", "Handler", lambda r: r.handler),
        ExportColumn("summary", "Summary", lambda r: r.summary),
        ExportColumn("deadline", "Deadline", lambda r: _date(r.deadline)),
        ExportColumn("overdue", "Overdue", lambda r: "yes" if r.overdue else "no"),
        ExportColumn("days_left", "Days left", lambda r: r.days_left),
        ExportColumn("deadline_explanation", "Deadline basis", lambda r: r.deadline_explanation),
        ExportColumn(
            "notify_deadline", "Notify denunciator by", lambda r: _date(r.notify_deadline)
        ),
        ExportColumn("notified_on", "Denunciator notified on", lambda r: _date(r.notified_on)),
        ExportColumn("outcome", "Outcome", lambda r: r.outcome.value if r.outcome else None),
        ExportColumn("resolved_on", "Resolved on", lambda r: _date(r.resolved_on)),
    )
}


def neutralise(value: Any) -> Any:
    """Make a text cell safe to open in a spreadsheet (no formula is ever run)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CaseExporter:
    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self._uow = uow
        self._cases = CaseService(uow, user_name)
        self.user_name = user_name

    def export(
        self,
        path: Path,
        flt: CaseFilter,
        columns: Sequence[str],
        *,
        sort: CaseSort | None = None,
        labels: dict[str, str] | None = None,
        include_identities: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the filtered list to ``path`` (.csv or .xlsx); return the number of rows."""
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
        total = self._cases.count(flt)
        report = progress or (lambda done, all_: None)
        is_cancelled = cancelled or (lambda: False)
        temporary = path.with_name(path.name + ".part")
        rows_written = 0
        revealed: list[int] = []

        def lines():  # type: ignore[no-untyped-def]
            nonlocal rows_written
            for row in self._cases.iter_rows(flt, sort or CaseSort()):
                values = [column.value(row) for column in chosen]
                if include_identities and row.identity_hidden and "citizens" in columns:
                    values[list(columns).index("citizens")] = self._names(row.id)
                    revealed.append(row.id)
                rows_written += 1
                if rows_written % 500 == 0:
                    if is_cancelled():
                        raise ExportCancelled()
                    report(rows_written, total)
                yield [neutralise(v) for v in values]

        try:
            if suffix == ".csv":
                with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(header)
                    writer.writerows(lines())
            else:
                from openpyxl import Workbook

                workbook = Workbook(write_only=True)
                sheet = workbook.create_sheet("Cases")
                sheet.append(header)
                for values in lines():
                    sheet.append(values)
                workbook.save(temporary)
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
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


__all__ = ["EXPORT_COLUMNS", "CaseExporter", "neutralise"]

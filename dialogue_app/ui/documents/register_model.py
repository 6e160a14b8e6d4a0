"""The register of outgoing documents (sổ văn bản đi) as a table: number, kind, date, summary,
record, who issued it. The rows are the service's plain results, filtered and ordered in SQL by
the service and read a page at a time as the list scrolls; the document itself is read again
only when reopened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dialogue_app.domain.documents import RecordType
from dialogue_app.services.documents import IssuedDocument
from dialogue_app.ui.common.dates import format_date
from dialogue_app.ui.common.rows_model import RowsModel
from dialogue_app.ui.documents.labels import kind_label

Index = QModelIndex | QPersistentModelIndex
COL_NUMBER, COL_KIND, COL_ISSUED_ON, COL_SUMMARY, COL_RECORD, COL_ISSUED_BY = range(6)


class DocumentRole(IntEnum):
    DOCUMENT = Qt.ItemDataRole.UserRole + 1  # the row's IssuedDocument


class OutgoingModel(RowsModel[IssuedDocument]):
    """The register's rows. With ``fetch_page(offset, limit)`` the rows after the first page
    arrive as the view scrolls to them (``canFetchMore`` until a short page comes back)."""

    PAGE = 200

    def __init__(
        self,
        parent: Any = None,
        fetch_page: Callable[[int, int], list[IssuedDocument]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._exhausted = True

    def set_rows(self, rows: Sequence[IssuedDocument], *, more: bool = False) -> None:
        """Show ``rows``; ``more``: the register has rows after them, fetched on demand."""
        super().set_rows(rows)
        self._exhausted = not more or self._fetch_page is None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._fetch_page is None or self._exhausted:
            return
        rows = self._fetch_page(len(self.rows), self.PAGE)
        if len(rows) < self.PAGE:
            self._exhausted = True
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Kind"),
            self.tr("Issued on"),
            self.tr("Summary"),
            self.tr("Record"),
            self.tr("Issued by"),
        ]

    def record_text(self, document: IssuedDocument) -> str:
        """The record as people know it: a case's register number (or the day it was received,
        when it has none), a conference's title and day; never a database id."""
        day = format_date(document.record_day) if document.record_day else ""
        if document.record.type is RecordType.CONFERENCE:
            if not document.record_title:
                return self.tr("A deleted conference")
            return f"{document.record_title} ({day})" if day else document.record_title
        if document.record.type is RecordType.CASE:
            if document.record_number:
                return document.record_number
            if day:
                return self.tr("Case received %1 (no number)").replace("%1", day)
            return self.tr("A deleted case")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        document = self.row_at(index.row()) if index.isValid() else None
        if document is None:
            return None
        column = index.column()
        if role == DocumentRole.DOCUMENT:
            return document
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return document.number
            if column == COL_KIND:
                return kind_label(document.kind)
            if column == COL_ISSUED_ON:
                return format_date(document.issued_on)
            if column == COL_SUMMARY:
                return document.title
            if column == COL_RECORD:
                return self.record_text(document)
            if column == COL_ISSUED_BY:
                return document.user_name or ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RECORD:
            return self.record_text(document)  # whole, when the column elides it
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUMMARY:
            # whole, when the column elides it
            if document.confidential:
                warning = self.tr(
                    "Names a denunciator: only staff allowed to see them can reopen it."
                )
                return f"{document.title}\n{warning}" if document.title else warning
            return document.title or None
        return None


__all__ = ["COL_KIND", "COL_NUMBER", "COL_RECORD", "COL_SUMMARY", "DocumentRole", "OutgoingModel"]

"""The register of outgoing documents (sổ văn bản đi) as a table: number, kind, date, summary,
record, who issued it. The rows are the service's plain results (a bounded list, filtered and
ordered in SQL by the service); the document itself is read again only when reopened."""

from __future__ import annotations

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
        if document.record.type is RecordType.CONFERENCE:
            return self.tr("Conference #%1").replace("%1", str(document.record.id))
        if document.record.type is RecordType.CASE:
            return self.tr("Case #%1").replace("%1", str(document.record.id))
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
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUMMARY and document.confidential:
            return self.tr("Names a denunciator: only staff allowed to see them can reopen it.")
        return None


__all__ = ["COL_KIND", "COL_NUMBER", "COL_SUMMARY", "DocumentRole", "OutgoingModel"]

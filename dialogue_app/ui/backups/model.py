"""The kept backups as a table: date, size and what each holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from dialogue_app.services.backups import BackupInfo
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.common.rows_model import RowsModel

COL_TAKEN, COL_SIZE, COL_CASES, COL_CONFERENCES, COL_DOCUMENTS, COL_LAST_CHANGE = range(6)


def format_size(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.1f} MB" if megabytes >= 0.1 else f"{max(1, size // 1024)} KB"


class BackupListModel(RowsModel[BackupInfo]):
    def headers(self) -> list[str]:
        return [
            self.tr("Taken"),
            self.tr("Size"),
            self.tr("Cases"),
            self.tr("Conferences"),
            self.tr("Documents"),
            self.tr("Last change"),
        ]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        info = self.row_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_SIZE,
            COL_CASES,
            COL_CONFERENCES,
            COL_DOCUMENTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.entry.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        contents = info.contents
        if column == COL_TAKEN:
            return format_datetime(info.entry.taken_at)
        if column == COL_SIZE:
            return format_size(info.entry.size)
        if contents is None:
            return self.tr("unreadable") if column == COL_CASES else ""
        if column == COL_LAST_CHANGE:
            return format_datetime(contents.last_change) if contents.last_change else ""
        table = {COL_CASES: "cases", COL_CONFERENCES: "conferences", COL_DOCUMENTS: "documents"}[
            column
        ]
        value = contents.counts.get(table)
        if table == "documents" and value is None:
            value = contents.counts.get("attachments")
        return format_number(value) if value is not None else ""

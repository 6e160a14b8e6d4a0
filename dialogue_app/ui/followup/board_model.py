"""The board's table: one issue a row, late ones first (the service's order), in red."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_app.services.followup import BoardItem
from dialogue_app.ui.cases import case_labels
from dialogue_app.ui.common.dates import format_date
from dialogue_app.ui.common.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#b00020")


class BoardRole(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2


class BoardModel(RowsModel[BoardItem]):
    """``with_conference``: a column naming each issue's conference (the period's board)."""

    COL_NUMBER, COL_TYPE, COL_SUMMARY, COL_AGENCY, COL_DEADLINE, COL_STATUS, COL_DAYS = range(7)
    COL_CONFERENCE = 7

    def __init__(self, parent: Any = None, *, with_conference: bool = False) -> None:
        super().__init__(parent)
        self.with_conference = with_conference

    def headers(self) -> list[str]:
        titles = [
            self.tr("Number"),
            self.tr("Type"),
            self.tr("Summary"),
            self.tr("Agency"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("Days left"),
        ]
        if self.with_conference:
            titles.append(self.tr("Conference"))
        return titles

    def days_text(self, item: BoardItem) -> str:
        """ "Late by 3 days", "5 days left", "Due today", "Done", "—" (no deadline)."""
        if item.settled:
            return self.tr("Done")
        if item.days_left is None:
            return "—"
        if item.days_left < 0:
            return self.tr("Late by %n day(s)", "", -item.days_left)
        if item.days_left == 0:
            return self.tr("Due today")
        return self.tr("%n day(s) left", "", item.days_left)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == BoardRole.CASE_ID:
            return item.case_id
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LATE) if item.late else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SUMMARY:
            return item.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_NUMBER:
            return item.number or ""
        if column == self.COL_TYPE:
            return case_labels.case_type(item.case_type)
        if column == self.COL_SUMMARY:
            return item.summary
        if column == self.COL_AGENCY:
            return item.agency or ""
        if column == self.COL_DEADLINE:
            return format_date(item.deadline) if item.deadline else "—"
        if column == self.COL_STATUS:
            return case_labels.status(item.status)
        if column == self.COL_DAYS:
            return self.days_text(item)
        if column == self.COL_CONFERENCE and self.with_conference:
            return item.conference_title
        return None

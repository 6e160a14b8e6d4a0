"""The case list as a lazy table model: pages of rows fetched by keyset as the view scrolls.

Only the rows scrolled into view are loaded (``fetchMore``); sorting and filtering happen in SQL
(the model asks again from the top). Nothing here touches the database directly: the model is
given a ``fetch(filter, sort, cursor, limit)`` function, the case service's ``list_page``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dialogue_app.services.cases import CaseFilter, CasePage, CaseRow, CaseSort, Cursor
from dialogue_app.ui import case_labels

Fetch = Callable[[CaseFilter, CaseSort, Cursor | None, int], CasePage]
Index = QModelIndex | QPersistentModelIndex


class CaseRole(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


COL_NUMBER, COL_RECEIVED, COL_TYPE, COL_STATUS, COL_CITIZENS = range(5)
COL_COMMUNE, COL_FIELD, COL_AGENCY, COL_DEADLINE, COL_DAYS_LEFT, COL_SUMMARY = range(5, 11)
# the SQL sort key of each column (None: that column is not sortable)
SORT_KEYS = {
    COL_NUMBER: "number",
    COL_RECEIVED: "received_on",
    COL_TYPE: "type",
    COL_STATUS: "status",
    COL_DEADLINE: "deadline",
    COL_DAYS_LEFT: "deadline",
}


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list, fetched page by page."""

    PAGE = 200

    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._filter = CaseFilter()
        self._sort = CaseSort()
        self._rows: list[CaseRow] = []
        self._cursor: Cursor | None = None
        self._exhausted = False
        self._resetting = False
        self._locale = QLocale()

    # --- what to show -------------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def case_sort(self) -> CaseSort:
        return self._sort

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    def reload(self) -> None:
        """Forget the loaded rows and load the first page again."""
        page = self._fetch(self._filter, self._sort, None, self.PAGE)  # before the reset
        # Views (and the model tester) may ask for more rows from their modelReset slots, i.e.
        # before endResetModel() returns; no rows are inserted until the reset is over.
        self._resetting = True
        try:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._cursor = page.next_cursor
            self._exhausted = page.next_cursor is None
            self.endResetModel()
        finally:
            self._resetting = False

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == case_id:
                return position
        return -1

    def _headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Received"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Citizens"),
            self.tr("Commune"),
            self.tr("Field"),
            self.tr("Agency"),
            self.tr("Deadline"),
            self.tr("Days left"),
            self.tr("Summary"),
        ]

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 11

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._resetting

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted or self._resetting:
            return
        page = self._fetch(self._filter, self._sort, self._cursor, self.PAGE)
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self._sort = CaseSort(key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_DEADLINE, COL_DAYS_LEFT):
                return row.deadline_explanation
            if column == COL_SUMMARY:
                return row.summary
            return None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and row.overdue
            and column
            in (
                COL_DEADLINE,
                COL_DAYS_LEFT,
            )
        ):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CaseRole.CASE_ID:
            return row.id
        if role == CaseRole.ROW:
            return row
        return None

    def _date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")

    def _display(self, row: CaseRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number or f"#{row.id}"
        if column == COL_RECEIVED:
            return self._date(row.received_on)
        if column == COL_TYPE:
            return case_labels.case_type(row.case_type)
        if column == COL_STATUS:
            return case_labels.status(row.status)
        if column == COL_CITIZENS:
            return case_labels.hidden_identity() if row.identity_hidden else (row.citizens or "")
        if column == COL_COMMUNE:
            return row.commune or ""
        if column == COL_FIELD:
            return row.field or ""
        if column == COL_AGENCY:
            return row.agency or ""
        if column == COL_DEADLINE:
            return self._date(row.deadline)
        if column == COL_DAYS_LEFT:
            if row.days_left is None:
                return ""
            if row.days_left < 0:
                return self.tr("%n day(s) late", "", -row.days_left)
            return str(row.days_left)
        if column == COL_SUMMARY:
            return row.summary.splitlines()[0] if row.summary else ""
        return ""

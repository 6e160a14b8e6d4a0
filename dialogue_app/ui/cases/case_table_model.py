"""The case list as a lazy table model: windows of case ids plus a bounded cache of rows.

As the view scrolls, ``fetchMore`` loads further pages of ids (keyset paging) and counts them;
the model keeps only where each window of ``WINDOW_PAGES`` pages starts (its keyset cursor) and
the ids of the few windows looked at last, fetching a window again when the view comes back to
it. The rows themselves are fetched on demand in ``data()``, a block of ids around the row asked
for in one query, and kept in a small LRU cache. A million-case list scrolled to its end thus
holds a thousand cursors, not a million ids (4 MB, issue 19) nor a million rows. Sorting and
filtering happen in SQL (the model asks again from the top); a change made elsewhere reloads
the list (the window follows the announced changes), so windows fetched again agree with the
pages counted. Nothing here touches the database directly: the model is given the case
service's ``list_ids_page(filter, sort, cursor, limit)`` and ``rows_by_ids(ids)``.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dialogue_app.services.cases import CaseFilter, CaseRow, CaseSort, Cursor
from dialogue_app.ui.cases import case_labels
from dialogue_app.ui.common.dates import format_date
from dialogue_app.ui.common.messages import LATE_COLOUR, parts_translated

FetchIds = Callable[[CaseFilter, CaseSort, Cursor | None, int], tuple[Sequence[int], Cursor | None]]
FetchRows = Callable[[Sequence[int]], Sequence[CaseRow]]
Index = QModelIndex | QPersistentModelIndex


class CaseRole(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2


# the deadlines come early: a secretary reads them first, on a laptop screen without scrolling
COL_NUMBER, COL_RECEIVED, COL_TYPE, COL_STATUS, COL_DEADLINE, COL_DAYS_LEFT = range(6)
COL_NOTIFY, COL_CITIZENS, COL_COMMUNE, COL_FIELD, COL_AGENCY, COL_SUMMARY = range(6, 12)
COLUMN_COUNT = 12
LATE = QColor(LATE_COLOUR)
# the SQL sort key of each column (None: that column is not sortable)
SORT_KEYS = {
    COL_NUMBER: "number",
    COL_RECEIVED: "received_on",
    COL_TYPE: "type",
    COL_STATUS: "status",
    COL_DEADLINE: "deadline",
    COL_DAYS_LEFT: "deadline",
}


_SMALL_ID_MAX = 2**31 - 1


def _id_array(ids: Sequence[int]) -> array[int]:
    """A window of case ids, 4 bytes each, 8 if an id is beyond 2**31."""
    return array("i" if max(ids, default=0) <= _SMALL_ID_MAX else "q", ids)


class CaseTableModel(QAbstractTableModel):
    """Rows of the case list: ids counted page by page and kept a few windows at a time, rows
    on demand through a small cache."""

    PAGE = 200  # ids per fetchMore
    WINDOW_PAGES = 5  # a window of ids: this many pages, fetched again from its start cursor
    WINDOWS = 4  # windows of ids kept (least recently used go first)
    BLOCK = 100  # rows fetched in one query around a row not in the cache
    CACHE = 2000  # rows kept (least recently used go first)

    def __init__(self, fetch_ids: FetchIds, fetch_rows: FetchRows, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._filter = CaseFilter()
        self._sort = CaseSort()
        self._count = 0  # ids listed so far
        self._starts: list[Cursor | None] = []  # where each window starts (window 0: None)
        self._windows: OrderedDict[int, array[int]] = OrderedDict()  # window -> its ids
        # case id -> row, or None for a case gone since its id was listed
        self._cache: OrderedDict[int, CaseRow | None] = OrderedDict()
        self._cursor: Cursor | None = None
        self._exhausted = False
        self._resetting = False

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
        """Forget the loaded ids and rows and load the first page of ids again."""
        ids, cursor = self._fetch_ids(self._filter, self._sort, None, self.PAGE)  # before the reset
        # Views (and the model tester) may ask for more rows from their modelReset slots, i.e.
        # before endResetModel() returns; no rows are inserted until the reset is over.
        self._resetting = True
        try:
            self.beginResetModel()
            self._count = len(ids)
            self._starts = [None]
            self._windows.clear()
            self._remember(0, _id_array(ids))
            self._cache.clear()
            self._cursor = cursor
            self._exhausted = cursor is None
            self.endResetModel()
        finally:
            self._resetting = False

    @property
    def _window_size(self) -> int:
        return self.PAGE * self.WINDOW_PAGES

    def _remember(self, window: int, ids: array[int]) -> None:
        self._windows[window] = ids
        self._windows.move_to_end(window)
        while len(self._windows) > max(self.WINDOWS, 2):
            self._windows.popitem(last=False)

    def _window(self, window: int) -> array[int]:
        """The ids of this window, fetched again from its start if not kept."""
        ids = self._windows.get(window)
        if ids is not None:
            self._windows.move_to_end(window)
            return ids
        size = self._window_size
        wanted = min(size, self._count - window * size)
        fetched, _cursor = self._fetch_ids(self._filter, self._sort, self._starts[window], size)
        ids = _id_array(list(fetched)[:wanted])
        self._remember(window, ids)
        return ids

    def case_id_at(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        window, offset = divmod(row, self._window_size)
        ids = self._window(window)
        return ids[offset] if offset < len(ids) else None  # fewer: cases gone meanwhile

    def row_at(self, row: int) -> CaseRow | None:
        """The row at this position, fetched (with its neighbours) if not in the cache."""
        case_id = self.case_id_at(row)
        if case_id is None:
            return None
        if case_id in self._cache:
            self._cache.move_to_end(case_id)
            return self._cache[case_id]
        self._fill_around(row)
        return self._cache.get(case_id)

    def row_of_case(self, case_id: int) -> int:
        """The position of this case in the list as loaded so far (-1: not there); the windows
        kept are looked at first, then the others are fetched in turn."""
        size = self._window_size
        for window, ids in list(self._windows.items()):
            if case_id in ids:
                return window * size + ids.index(case_id)
        for window in range(len(self._starts)):
            if window not in self._windows:
                ids = self._window(window)
                if case_id in ids:
                    return window * size + ids.index(case_id)
        return -1

    def _fill_around(self, row: int) -> None:
        """Fetch the rows of a block of ids around ``row`` (those not cached) in one query."""
        start = max(0, min(row - self.BLOCK // 4, self._count - self.BLOCK))
        block = (self.case_id_at(r) for r in range(start, min(start + self.BLOCK, self._count)))
        wanted = [i for i in block if i is not None and i not in self._cache]
        fetched = {r.id: r for r in self._fetch_rows(wanted)}
        for case_id in wanted:
            self._cache[case_id] = fetched.get(case_id)
        while len(self._cache) > max(self.CACHE, self.BLOCK):
            self._cache.popitem(last=False)

    def _headers(self) -> list[str]:
        headers = {
            COL_NUMBER: self.tr("Number"),
            COL_RECEIVED: self.tr("Received"),
            COL_TYPE: self.tr("Type"),
            COL_STATUS: self.tr("Status"),
            COL_DEADLINE: self.tr("Deadline"),
            COL_DAYS_LEFT: self.tr("Days left"),
            COL_NOTIFY: self.tr("Notify denunciator by"),
            COL_CITIZENS: self.tr("Citizens"),
            COL_COMMUNE: self.tr("Commune"),
            COL_FIELD: self.tr("Field"),
            COL_AGENCY: self.tr("Agency"),
            COL_SUMMARY: self.tr("Summary"),
        }
        return [headers[column] for column in range(COLUMN_COUNT)]

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._resetting

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted or self._resetting:
            return
        start = self._cursor
        ids, cursor = self._fetch_ids(self._filter, self._sort, start, self.PAGE)
        self._cursor = cursor
        self._exhausted = cursor is None
        if not ids:
            return
        first = self._count
        window, offset = divmod(first, self._window_size)
        self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
        if offset == 0:  # a new window begins where the last page ended
            self._starts.append(start)
            self._remember(window, _id_array(ids))
        elif (kept := self._windows.get(window)) is not None:
            del kept[offset:]
            if kept.typecode == "i" and max(ids) > _SMALL_ID_MAX:
                kept = array("q", kept)
            kept.extend(ids)
            self._remember(window, kept)
        self._count += len(ids)
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
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role == CaseRole.CASE_ID:
            return self.case_id_at(index.row())
        row = self.row_at(index.row())
        if row is None:  # deleted since the list was loaded
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            late = row.days_left is not None and row.days_left < 0
            if (late and column in (COL_DEADLINE, COL_DAYS_LEFT)) or (
                row.notify_overdue and column == COL_NOTIFY
            ):
                return QBrush(LATE)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CaseRole.ROW:
            return row
        return None

    def _tooltip(self, row: CaseRow, column: int) -> str | None:
        if column in (COL_DEADLINE, COL_DAYS_LEFT) and row.deadline_parts:
            return parts_translated(row.deadline_parts)
        if column == COL_NOTIFY and row.notify_deadline is not None:
            if row.notified_on is not None:
                return self.tr("The denunciator was notified on %1.").replace(
                    "%1", format_date(row.notified_on)
                )
            return self.tr(
                "Notify the denunciator that the denunciation was accepted: %1. Record it "
                "with Add follow-up."
            ).replace("%1", parts_translated(row.notify_parts))
        if column == COL_SUMMARY:
            return row.summary
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number or f"#{row.id}"
        if column == COL_RECEIVED:
            return format_date(row.received_on)
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
            return format_date(row.deadline)
        if column == COL_DAYS_LEFT:
            if row.days_left is None:
                return ""
            if row.days_left < 0:
                return self.tr("%n day(s) late", "", -row.days_left)
            return str(row.days_left)
        if column == COL_NOTIFY:
            # only while it is due: a notification made (or no longer owed) is history
            return format_date(row.notify_deadline) if row.notify_pending else ""
        if column == COL_SUMMARY:
            return row.summary.splitlines()[0] if row.summary else ""
        return ""

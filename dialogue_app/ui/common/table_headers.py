"""Column headers a person can read: each column at least as wide as its header's words.

A ``QTableView`` starts every column at the same default width, which cuts long Vietnamese
headers ("Số ngày còn lại", "Hạn thông báo thụ lý"). Sizing a column to its contents would read
every row (a lazy list of a million cases has no "every row"); the header text is known at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

PADDING = 28  # room for the sort arrow and the margins


def fit_header_labels(view: QTableView, *, at_most: int = 260) -> None:
    """Widen each column whose header would be cut, up to ``at_most`` pixels."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        if not text:
            continue
        wanted = min(metrics.horizontalAdvance(str(text)) + PADDING, at_most)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)

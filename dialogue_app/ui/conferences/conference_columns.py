"""Column widths of a list of conferences (the Conferences page, the calendar's agenda view).

The date and time, kind, status, venue and chairs are as wide as their usual words; the title
takes the rest; a row is one line, elided rather than wrapped into two cramped ones (issue 18).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.ui.conferences.scheduling_common import (
    ConferenceTableModel,
    kind_label,
    status_label,
)


def fit_conference_columns(view: QTableView) -> None:
    """Size the columns of ``view``, whose model is a ``ConferenceTableModel``."""
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(60)
    metrics = view.fontMetrics()

    def widest(texts: list[str], padding: int = 20) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + padding

    columns = ConferenceTableModel
    header.resizeSection(columns.COL_WHEN, widest(["00/00/0000 00:00–00:00"], 12))
    header.resizeSection(columns.COL_KIND, widest([kind_label(k) for k in ConferenceKind]))
    header.resizeSection(
        columns.COL_STATUS, widest([status_label(s) for s in ConferenceStatus], 40)
    )
    header.resizeSection(columns.COL_VENUE, widest(["Hội trường xã Thạch Xuân"]))
    header.resizeSection(columns.COL_CHAIRS, widest(["Trần Minh Đức, Hoàng Thị Mai"], 8))
    header.setSectionResizeMode(columns.COL_TITLE, QHeaderView.ResizeMode.Stretch)

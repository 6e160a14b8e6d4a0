"""The report's bar charts on the dashboard: ``rendering.charts`` in a QChartView.

A click on a bar calls ``on_bar`` with what the bar counts (``BarTarget``), so the page can open
the case list filtered to exactly those cases.

Every chart keeps one size whatever the period shows (a quarter's long agency names must not
squeeze its bars to a hairline or its labels to "Chí…", issue 18): at least ``CHART_MIN_WIDTH``
wide and ``CHART_HEIGHT`` high. ``ChartGrid`` puts them two by two, or one under the other when
two would not fit side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from dialogue_app.rendering.charts import BarTarget, ChartSpec, build_chart, chart_specs

CHART_MIN_WIDTH = 420
CHART_HEIGHT = 340


def chart_view(spec: ChartSpec, on_bar: Callable[[BarTarget], None] | None = None) -> QChartView:
    view = QChartView(build_chart(spec, on_bar))
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # the grid decides the width (never below the minimum), not what the chart drew last time
    # (or it grows on each refresh); the height is fixed
    view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    view.setMinimumWidth(CHART_MIN_WIDTH)
    view.setFixedHeight(CHART_HEIGHT)
    view.setObjectName(f"chart_{spec.key}")
    return view


class ChartGrid(QWidget):
    """The charts two to a row, of equal width; one to a row when the page is too narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._views: list[QWidget] = []
        self._columns = 2

    def set_charts(self, views: Sequence[QWidget]) -> None:
        """Show ``views`` in place of the charts shown so far (those are deleted)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()  # out of the layout now, not when Qt gets round to deleting it
                old.setParent(None)
                old.deleteLater()
        self._views = list(views)
        self._columns = self._columns_for(self.width())
        self._place()

    def columns(self) -> int:
        return self._columns

    def _columns_for(self, width: int) -> int:
        spacing = max(self._grid.horizontalSpacing(), 0)
        return 2 if width <= 0 or width >= 2 * CHART_MIN_WIDTH + spacing else 1

    def _place(self) -> None:
        for view in self._views:
            self._grid.removeWidget(view)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < self._columns else 0)
        for position, view in enumerate(self._views):
            self._grid.addWidget(view, position // self._columns, position % self._columns)
            view.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        columns = self._columns_for(event.size().width())
        if columns != self._columns:
            self._columns = columns
            self._place()


__all__ = ["BarTarget", "ChartGrid", "ChartSpec", "chart_specs", "chart_view"]

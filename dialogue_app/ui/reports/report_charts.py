"""The report's bar charts on the dashboard: ``rendering.charts`` in a QChartView.

A click on a bar calls ``on_bar`` with what the bar counts (``BarTarget``), so the page can open
the case list filtered to exactly those cases.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy

from dialogue_app.rendering.charts import BarTarget, ChartSpec, build_chart, chart_specs


def chart_view(spec: ChartSpec, on_bar: Callable[[BarTarget], None] | None = None) -> QChartView:
    view = QChartView(build_chart(spec, on_bar))
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # the grid decides the size, not what the chart drew last time (or it grows on each refresh)
    view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    view.setFixedHeight(300)
    view.setObjectName(f"chart_{spec.key}")
    return view


__all__ = ["BarTarget", "ChartSpec", "chart_specs", "chart_view"]

"""The report's bar charts (QtCharts), shared by the dashboard (``ui/report_charts.py`` puts them
in a QChartView) and the PDF (``render_image``).

QtCharts draws on a QGraphicsScene, a QtWidgets class that needs a QApplication: this is the one
module of ``rendering`` that imports QtWidgets, and only for that scene and that application,
never to show anything.

Each chart remembers, for every bar, which figure it shows (measure, dimension, key), so a click
can open the case list filtered to exactly those cases (``ChartSpec.target``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from dialogue_app.domain.statistics import Measure
from dialogue_app.services.reports import BreakdownRow, Report

COLOURS = ("#4472c4", "#ed7d31", "#a5a5a5", "#70ad47")
TOP = 8  # bars per chart: the largest rows; the rest are in the tables


# The printed report is in Vietnamese whatever the window's language (it goes to superiors).
VIETNAMESE = {
    "Complaint": "Khiếu nại",
    "Denunciation": "Tố cáo",
    "Recommendation": "Kiến nghị",
    "Feedback": "Phản ánh",
    "Not recorded": "Chưa xác định",
    "Carried over": "Kỳ trước chuyển sang",
    "Received": "Tiếp nhận trong kỳ",
    "Cases by type": "Đơn, vụ việc theo loại",
    "Cases by field": "Đơn, vụ việc theo lĩnh vực",
    "Cases by unit": "Đơn, vụ việc theo địa bàn",
    "Settlement and overdue cases by agency": "Giải quyết và quá hạn theo cơ quan",
    "Settled on time": "Giải quyết đúng hạn",
    "Settled late": "Giải quyết quá hạn",
    "Overdue, still open": "Quá hạn, chưa giải quyết",
}
_PRINTED = False


def _tr(text: str) -> str:
    """Translate a chart text marked with QT_TRANSLATE_NOOP("ReportCharts", …): in Vietnamese
    when printing (the PDF report is always Vietnamese), else in the window's language."""
    if _PRINTED:
        return VIETNAMESE.get(text, text)
    return QCoreApplication.translate("ReportCharts", text)


@dataclass(frozen=True)
class BarTarget:
    measure: Measure
    dimension: str
    key: int | str | None


@dataclass(frozen=True)
class ChartSpec:
    """What a chart shows: categories, and for each bar set its label, values and measure."""

    key: str
    title: str
    dimension: str
    categories: tuple[str, ...]
    keys: tuple[int | str | None, ...]
    sets: tuple[tuple[str, tuple[int, ...], Measure], ...]
    horizontal: bool = False

    def target(self, set_index: int, bar_index: int) -> BarTarget:
        return BarTarget(self.sets[set_index][2], self.dimension, self.keys[bar_index])

    @property
    def empty(self) -> bool:
        return not any(any(values) for _, values, _ in self.sets)


def type_names() -> dict[str, str]:
    return {
        "complaint": _tr(QT_TRANSLATE_NOOP("ReportCharts", "Complaint")),
        "denunciation": _tr(QT_TRANSLATE_NOOP("ReportCharts", "Denunciation")),
        "recommendation": _tr(QT_TRANSLATE_NOOP("ReportCharts", "Recommendation")),
        "feedback": _tr(QT_TRANSLATE_NOOP("ReportCharts", "Feedback")),
    }


def _label(row: BreakdownRow) -> str:
    if row.key is None:
        return _tr(QT_TRANSLATE_NOOP("ReportCharts", "Not recorded"))
    return row.label if len(row.label) <= 28 else row.label[:27] + "…"


def chart_specs(report: Report, *, printed: bool = False) -> list[ChartSpec]:
    """The dashboard's charts for ``report`` (``printed``: in Vietnamese, for the PDF)."""
    global _PRINTED
    _PRINTED = printed
    try:
        return _chart_specs(report)
    finally:
        _PRINTED = False


def _chart_specs(report: Report) -> list[ChartSpec]:
    names = type_names()
    carried = _tr(QT_TRANSLATE_NOOP("ReportCharts", "Carried over"))
    received = _tr(QT_TRANSLATE_NOOP("ReportCharts", "Received"))
    specs = [
        ChartSpec(
            "by_type",
            _tr(QT_TRANSLATE_NOOP("ReportCharts", "Cases by type")),
            "type",
            tuple(names.get(str(r.key), str(r.key)) for r in report.by_type),
            tuple(r.key for r in report.by_type),
            (
                (
                    carried,
                    tuple(r.counts.carried_over for r in report.by_type),
                    Measure.CARRIED_OVER,
                ),
                (received, tuple(r.counts.received for r in report.by_type), Measure.RECEIVED),
            ),
        )  # fmt: skip
    ]
    for key, title, dimension, rows in (
        (
            "by_field",
            _tr(QT_TRANSLATE_NOOP("ReportCharts", "Cases by field")),
            "field",
            report.by_field[:TOP],
        ),
        (
            "by_unit",
            _tr(QT_TRANSLATE_NOOP("ReportCharts", "Cases by unit")),
            "unit",
            report.by_unit[:TOP],
        ),
    ):
        specs.append(
            ChartSpec(
                key,
                title,
                dimension,
                tuple(_label(r) for r in rows),
                tuple(r.key for r in rows),
                (
                    (carried, tuple(r.counts.carried_over for r in rows), Measure.CARRIED_OVER),
                    (received, tuple(r.counts.received for r in rows), Measure.RECEIVED),
                ),
                horizontal=True,
            )
        )
    agencies = report.by_agency[:TOP]
    specs.append(
        ChartSpec(
            "by_agency",
            _tr(QT_TRANSLATE_NOOP("ReportCharts", "Settlement and overdue cases by agency")),
            "agency",
            tuple(_label(r) for r in agencies),
            tuple(r.key for r in agencies),
            (
                (
                    _tr(QT_TRANSLATE_NOOP("ReportCharts", "Settled on time")),
                    tuple(r.counts.settled_on_time for r in agencies),
                    Measure.SETTLED_ON_TIME,
                ),
                (
                    _tr(QT_TRANSLATE_NOOP("ReportCharts", "Settled late")),
                    tuple(r.counts.settled_late for r in agencies),
                    Measure.SETTLED_LATE,
                ),
                (
                    _tr(QT_TRANSLATE_NOOP("ReportCharts", "Overdue, still open")),
                    tuple(r.counts.overdue for r in agencies),
                    Measure.OVERDUE,
                ),
            ),
            horizontal=True,
        )  # fmt: skip
    )
    return specs


def value_scale(highest: int) -> tuple[int, int]:
    """(top, ticks) of a count axis: whole numbers only, from 0 to at least 5, so one case is a
    fifth of the width rather than all of it and a chart of ones has no 0-1 scale of hairline
    bars (issue 18); above 5, the next multiple of 5 in five equal whole steps."""
    top = 5 if highest <= 5 else -(-highest // 5) * 5
    return top, 6


def build_chart(spec: ChartSpec, on_bar: Callable[[BarTarget], None] | None = None) -> QChart:
    """A QChart for ``spec``; ``on_bar`` is called with the target of a clicked bar."""
    chart = QChart()
    chart.setTitle(spec.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    series = QHorizontalBarSeries() if spec.horizontal else QBarSeries()
    highest = 0
    for index, (label, values, _measure) in enumerate(spec.sets):
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
        # no outline: a bar of 0 is then nothing at all, not a hairline beside its label
        bar_set.setBorderColor(QColor(Qt.GlobalColor.transparent))
        for value in values:
            bar_set.append(float(value))
            highest = max(highest, value)
        if on_bar is not None:
            bar_set.clicked.connect(
                lambda bar, set_index=index: on_bar(spec.target(set_index, bar))
            )
        series.append(bar_set)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(spec.categories) or [""])
    values_axis = QValueAxis()
    top, ticks = value_scale(highest)
    values_axis.setRange(0, top)
    values_axis.setLabelFormat("%d")
    values_axis.setTickCount(ticks)
    if spec.horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    return chart


def render_image(spec: ChartSpec, width: int = 1000, height: int = 460) -> QImage:
    """The chart drawn on an image (for the PDF); needs a QApplication, in the GUI thread."""
    chart = build_chart(spec)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    del chart
    return image


def ensure_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QApplication (the command line): QtCharts
    needs one. Keep the result while drawing."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["dialogue-app"])
    return app


__all__ = [
    "BarTarget",
    "ChartSpec",
    "build_chart",
    "value_scale",
    "chart_specs",
    "ensure_application",
    "render_image",
]

"""The dashboard's charts keep a sensible size whatever the period (issue 18): never squeezed to
a sliver, their labels whole, their count axis whole numbers from 0 to at least 5."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView, QValueAxis

from dialogue_app.domain.periods import PeriodKind
from dialogue_app.rendering.charts import value_scale
from dialogue_app.services.container import Services
from dialogue_app.ui.reports.report_charts import CHART_HEIGHT, CHART_MIN_WIDTH, ChartGrid
from dialogue_app.ui.reports.reports_page import ReportsPage
from tests.clock import fixed_clock
from tests.services.reports import report_fixtures


@pytest.fixture
def services(db):  # type: ignore[no-untyped-def]
    return Services(db, user_name="tester", clock=fixed_clock(report_fixtures.TODAY))


@pytest.mark.parametrize(
    ("highest", "top"), [(0, 5), (1, 5), (3, 5), (5, 5), (6, 10), (23, 25), (100, 100)]
)
def test_the_count_axis_is_whole_numbers_from_zero_to_at_least_five(highest: int, top: int) -> None:
    scale, ticks = value_scale(highest)
    assert scale == top and scale >= highest
    assert scale % (ticks - 1) == 0  # every tick a whole number


def _views(page: ReportsPage) -> list[QChartView]:
    return [view for _spec, view in page.chart_views]


@pytest.mark.parametrize(("width", "columns"), [(1180, 2), (1900, 2)])
def test_charts_keep_their_size_and_labels_whatever_the_period(
    qtbot, services, languages, width: int, columns: int
) -> None:  # type: ignore[no-untyped-def]
    report_fixtures.build(services.database)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    for kind, number in ((PeriodKind.MONTH, 3), (PeriodKind.QUARTER, 1), (PeriodKind.YEAR, 1)):
        page.set_period(kind, 2026, number)
        qtbot.wait(20)  # let the layout settle
        views = _views(page)
        assert views
        assert page.chart_box.columns() == columns
        for view in views:
            assert view.width() >= CHART_MIN_WIDTH, (kind, view.objectName(), view.width())
            assert view.height() == CHART_HEIGHT
            chart = view.chart()
            for axis in chart.axes():
                if isinstance(axis, QBarCategoryAxis):
                    assert not axis.labelsTruncated(), (kind, view.objectName())
                if isinstance(axis, QValueAxis):
                    assert axis.min() == 0 and axis.max() >= 5
                    assert axis.labelFormat() == "%d"
            # the plot keeps at least a third of the chart's width for its bars
            assert chart.plotArea().width() >= view.width() / 3, (kind, view.objectName())


def test_the_charts_go_one_under_the_other_when_two_would_not_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    grid = ChartGrid()
    qtbot.addWidget(grid)
    views = [QWidget() for _ in range(4)]
    for view in views:
        view.setMinimumSize(CHART_MIN_WIDTH, CHART_HEIGHT)
    grid.resize(2 * CHART_MIN_WIDTH - 40, 4 * CHART_HEIGHT)
    grid.show()
    grid.set_charts(views)
    qtbot.wait(10)
    assert grid.columns() == 1
    assert len({view.x() for view in views}) == 1
    grid.resize(2 * CHART_MIN_WIDTH + 60, 2 * CHART_HEIGHT)
    qtbot.wait(10)
    assert grid.columns() == 2
    assert len({view.x() for view in views}) == 2
    assert all(view.width() >= CHART_MIN_WIDTH for view in views)

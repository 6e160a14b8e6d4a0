"""The Reports page: figures, charts, drill-down into the case list, exports (offscreen)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dialogue_app.domain.periods import PeriodKind
from dialogue_app.domain.statistics import Measure
from dialogue_app.services.container import Services
from dialogue_app.ui.reports.report_charts import chart_specs
from dialogue_app.ui.reports.reports_page import ReportsPage
from tests.clock import fixed_clock
from tests.services.reports import report_fixtures


@pytest.fixture
def services(db):  # type: ignore[no-untyped-def]
    """The window's services on the fixtures' own day (15 April 2026): March is complete."""
    return Services(db, user_name="tester", clock=fixed_clock(report_fixtures.TODAY))


@pytest.fixture
def known(services: Services):  # type: ignore[no-untyped-def]
    return report_fixtures.build(services.database)


def _march(page: ReportsPage) -> None:
    page.set_period(PeriodKind.MONTH, 2026, 3)


def test_cards_show_the_figures_and_charts_drill_down(qtbot, services, known, languages) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    assert page.report is not None and page.report.cases.total == 7
    assert page.cards["received"].value.text() == "4"
    assert page.cards["settled"].value.text() == "2/5 (40,00 %)"
    assert page.cards["visits"].value.text() == "17"
    requested = []
    page.drill_down_requested.connect(requested.append)
    page.cards["overdue"].clicked.emit()
    ids = {row.id for row in services.cases.iter_rows(requested[-1])}
    assert ids == {known.cases[1], known.cases[9]}
    # a bar: "received" complaints in the chart by type
    spec, view = page.chart_views[0]
    target = spec.target(1, 0)
    assert (target.measure, target.dimension, target.key) == (
        Measure.RECEIVED, "type", "complaint",
    )  # fmt: skip
    bar_set = view.chart().series()[0].barSets()[1]
    bar_set.clicked.emit(0)
    assert {row.id for row in services.cases.iter_rows(requested[-1])} == {known.cases[6]}
    assert page.table_models["agency"].rowCount() == len(page.report.by_agency)


def test_drill_down_opens_the_case_list_in_the_window(make_window, services, known) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    _march(page)
    page.drill(Measure.CARRIED_OVER)
    assert window.current_page_key() == "cases"
    cases = window.page("cases")
    assert cases.model.rowCount() == 3
    shown = {cases.model.case_filter}
    assert {r.id for r in services.cases.iter_rows(next(iter(shown)))} == {
        known.cases[i] for i in (1, 2, 9)
    }


def test_empty_and_backwards_periods_say_what_to_do(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    assert page.stack.currentWidget() is page.empty
    assert "Choose another period" in page.empty.text()
    from datetime import date

    page.set_period(PeriodKind.RANGE, start=date(2026, 3, 5), end=date(2026, 3, 1))
    assert page.report is None and "ends before it starts" in page.empty.text()
    assert not page.export_xlsx.isEnabled()


def test_exports_run_in_the_background(qtbot, services, known, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    for fmt in ("xlsx", "csv", "pdf"):
        target = tmp_path / f"report.{fmt}"
        dialog = page.export(fmt, str(target))
        assert dialog is not None
        assert dialog.wait(60000)
        qtbot.waitUntil(lambda d=dialog: d._done, timeout=10000)
        assert dialog.error is None, dialog.error
        assert target.exists() and target.stat().st_size > 0
        assert not target.with_name(target.name + ".part").exists()
        dialog.accept()


def test_pdf_has_vietnamese_text_and_charts(qapp, services, known, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed: cannot read the PDF back")
    from dialogue_app.domain.periods import month_period
    from dialogue_app.rendering.report_pdf import chart_images, write_pdf

    report = services.reports.report(month_period(2026, 3))
    images = chart_images(report)
    assert len(images) == len([s for s in chart_specs(report) if not s.empty]) == 4
    assert images[0][1].width() == 1000
    target = write_pdf(report, tmp_path / "report.pdf", images)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(target), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout  # fmt: skip
    assert "BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN" in text
    assert "Tháng 3/2026 (01/03/2026 – 31/03/2026)" in text
    assert "Khiếu nại" in " ".join(text.split())
    assert "Biểu đồ 1. Đơn, vụ việc theo loại" in text
    assert "40,00" in text  # the settlement rate, decimal comma


def test_report_tables_pass_the_model_tester(qtbot, qtmodeltester, services, known) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    for key in ("agency", "field", "unit", "leaders", "duties"):
        qtmodeltester.check(page.table_models[key])
    model = page.table_models["duties"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Held"
    model.set_table(["A", "B"], [(1, None)])
    qtmodeltester.check(model)
    assert model.columnCount() == 2 and model.index(0, 1).data() == "—"
    model.set_table([], [])
    assert model.rowCount() == model.columnCount() == 0


def test_cards_and_heading_read_as_whole_vietnamese_sentences(
    qtbot, services, known, languages
) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    assert page.cards["visits"].note.text() == "Đã tổ chức 3 buổi. Kỳ trước: 0 (+17)"
    assert page.heading.text() == "<h3>Tháng 3/2026 (01/03/2026 – 31/03/2026)</h3>"
    assert page.table_models["duties"].headerData(3, Qt.Orientation.Horizontal) == "Đã tiếp"
    today = report_fixtures.TODAY  # the services stand on the fixtures' day
    page.set_period(PeriodKind.RANGE, start=date(2026, 3, 1), end=today + timedelta(days=3))
    assert page.heading.text().endswith(f" — số liệu tính đến ngày {today:%d/%m/%Y}</h3>")

    languages.apply("en")
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    assert page.cards["visits"].note.text() == "3 sessions held. Previous period: 0 (+17)"


def _visits_in_march(services: Services, visits: int) -> None:
    """Make the reception session of 12 March receive enough citizens to total ``visits``."""
    from sqlalchemy import select

    from dialogue_app.store.models import Conference

    with services.database.uow.begin() as session:
        row = session.scalars(select(Conference).where(Conference.attendee_count == 12)).one()
        row.attendee_count = 12 + visits - 17


def test_figures_and_period_follow_the_interface_language(
    qtbot, services, known, languages
) -> None:  # type: ignore[no-untyped-def]
    _visits_in_march(services, 1234)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    assert page.report is not None and page.report.reception.visits == 1234
    visits = page.cards["visits"]
    assert (visits.value.text(), visits.note.text()) == (
        "1.234",
        "Đã tổ chức 3 buổi. Kỳ trước: 0 (+1.234)",
    )
    assert page.cards["settled"].value.text() == "2/5 (40,00 %)"
    assert page.heading.text() == "<h3>Tháng 3/2026 (01/03/2026 – 31/03/2026)</h3>"
    leaders = page.table_models["leaders"]
    rows = [[leaders.index(r, c).data() for c in range(5)] for r in range(leaders.rowCount())]
    assert rows == [
        ["Võ Trọng Hải", "2", "1.232", "2", "1"],
        ["Đặng Quốc Vinh", "1", "3", "1", "1"],
        ["(chưa ghi lãnh đạo chủ trì)", "1", "2", "0", "0"],
    ]

    languages.apply("en")  # the window rebuilds its pages on a switch
    page = ReportsPage(services)
    qtbot.addWidget(page)
    _march(page)
    visits = page.cards["visits"]
    assert (visits.value.text(), visits.note.text()) == (
        "1,234", "3 sessions held. Previous period: 0 (+1,234)",
    )  # fmt: skip
    assert page.cards["settled"].value.text() == "2/5 (40.00 %)"
    assert page.heading.text() == "<h3>Month 3/2026 (01/03/2026 – 31/03/2026)</h3>"
    leaders = page.table_models["leaders"]
    assert [leaders.index(r, 2).data() for r in range(leaders.rowCount())] == ["1,232", "3", "2"]
    assert leaders.index(2, 0).data() == "(no chair recorded)"
    page.set_period(PeriodKind.RANGE, start=date(2024, 1, 1), end=date(2024, 1, 31))
    assert page.heading.text() == "<h3>From 01/01/2024 to 31/01/2024</h3>"


def test_the_charts_keep_their_size_however_often_the_page_refreshes(
    qtbot, services, known
) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.resize(1126, 700)
    page.show()
    _march(page)

    def sizes() -> list[tuple[int, int]]:
        qtbot.wait(20)  # let the layout settle
        return [view.size().toTuple() for _spec, view in page.chart_views]

    first = sizes()
    assert len(first) >= 2
    widths = {width for width, _height in first}
    assert len(widths) == 1, first  # both columns as wide as each other
    for _ in range(3):
        page.refresh()
        assert sizes() == first
    page.set_period(PeriodKind.QUARTER, 2026, 1)
    assert sizes() == first

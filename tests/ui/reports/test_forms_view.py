"""The statutory forms on the Reports page (offscreen): the chosen form for the page's period,
a double-click opens exactly the cell's cases in the case list, exports, the opening balance."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from dialogue_app.domain.forms import FormCode
from dialogue_app.domain.periods import PeriodKind
from dialogue_app.services.container import Services
from dialogue_app.ui.reports.forms_view import FormsView, OpeningBalanceDialog
from dialogue_app.ui.reports.reports_page import ReportsPage
from tests.clock import fixed_clock
from tests.services.reports import form_fixtures


@pytest.fixture
def services(db):  # type: ignore[no-untyped-def]
    return Services(db, user_name="tester", clock=fixed_clock(form_fixtures.TODAY))


def _show(view: FormsView, code: FormCode) -> None:
    view.form.setCurrentIndex(view.form.findData(code.value))
    view.refresh()


def test_the_form_and_its_drill_down_in_the_window(make_window, services) -> None:  # type: ignore[no-untyped-def]
    units, expected = form_fixtures.build_xld(services.database)
    window = make_window()
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.set_period(PeriodKind.MONTH, 2026, 3)
    view = page.forms_view
    _show(view, FormCode.XLD)
    model = view.model
    assert model.rowCount() == 3  # the total, Xã An, Xã Bình
    assert model.headerData(1, Qt.Orientation.Horizontal) == "1"
    assert model.index(1, 0).data() == "Xã An"
    assert model.index(1, 7).data() == str(expected[units.a]["7"])
    assert model.index(0, 1).data() == "7"  # the total of column 1
    flt = view.cell_activated(model.index(1, 20))  # Xã An, column 20: transferred
    assert window.current_page_key() == "cases"
    cases = window.page("cases")
    assert cases.model.case_filter == flt
    assert cases.model.rowCount() == expected[units.a]["20"] == 1


def test_a_period_before_the_opening_balance_says_so(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    units, _expected = form_fixtures.build_kqgq(services.database)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    view = page.forms_view
    page.set_period(PeriodKind.MONTH, 2026, 3)
    _show(view, FormCode.KQGQ)
    dialog = view.edit_opening_balance()
    assert isinstance(dialog, OpeningBalanceDialog)
    dialog.unit.setCurrentIndex(dialog.unit.findData(units.a))
    dialog.carried.setValue(4)
    from PySide6.QtCore import QDate

    dialog.starts_on.setDate(QDate(2026, 3, 1))
    assert dialog.save()
    assert view.model.report is not None and view.model.report.total["2"] == 2 + 4
    page.set_period(PeriodKind.MONTH, 2026, 2)
    view.refresh()
    assert view.model.report is None
    assert "opening balance" in view.message.text()
    assert not view.export_xlsx.isEnabled()
    bad = view.edit_opening_balance()
    bad.carried.setValue(0)
    bad.starts_on.setDate(QDate(2026, 4, 1))
    bad.unit.setCurrentIndex(bad.unit.findData(units.b))
    assert not bad.save()
    assert "same day" in bad.message.text()
    bad.reject()


def test_exports_in_the_background(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    form_fixtures.build_tcd(services.database)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.set_period(PeriodKind.MONTH, 2026, 3)
    view = page.forms_view
    _show(view, FormCode.TCD)
    for fmt in ("xlsx", "json", "pdf"):
        target = tmp_path / f"form.{fmt}"
        dialog = view.export(fmt, str(target))
        assert dialog is not None
        assert dialog.wait(60000)
        qtbot.waitUntil(lambda d=dialog: d._done, timeout=10000)
        assert dialog.error is None, dialog.error
        assert target.exists() and target.stat().st_size > 0
        dialog.accept()
    sheet = load_workbook(tmp_path / "form.xlsx").active
    assert sheet["A1"].value is not None or sheet.max_row > 10
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed: cannot read the PDF back")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(tmp_path / "form.pdf"), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout  # fmt: skip
    assert "TIẾP CÔNG DÂN THƯỜNG XUYÊN" in text
    assert "Biểu số 01/TCD" in text
    assert "Số liệu tính từ ngày 01/03/2026 đến ngày 31/03/2026" in text
    assert "THỦ TRƯỞNG ĐƠN VỊ" in text


def test_form_model_passes_the_model_tester(qtbot, qtmodeltester, services) -> None:  # type: ignore[no-untyped-def]
    form_fixtures.build_kqgq(services.database)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.set_period(PeriodKind.MONTH, 2026, 3)
    _show(page.forms_view, FormCode.KQGQ)
    assert page.forms_view.model.rowCount() == 2
    qtmodeltester.check(page.forms_view.model)

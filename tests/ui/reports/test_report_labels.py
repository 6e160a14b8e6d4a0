"""The ordinary report says where its rate's denominator comes from, and the office's cut-off
day is shown as the plain dates of a report month."""

from __future__ import annotations

import pytest

from dialogue_app.domain.periods import PeriodKind
from dialogue_app.services.container import Services
from dialogue_app.ui.reports.reports_page import ReportsPage
from dialogue_app.ui.settings.settings_page import SettingsPage
from tests.clock import fixed_clock
from tests.services.reports import report_fixtures


@pytest.fixture
def services(db):  # type: ignore[no-untyped-def]
    return Services(db, user_name="tester", clock=fixed_clock(report_fixtures.TODAY))


def test_the_settled_rate_explains_its_denominator(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    report_fixtures.build(services.database)
    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.set_period(PeriodKind.MONTH, 2026, 3)
    report = page.report
    assert report is not None
    w = report.within
    assert page.cards["settled"].value.text() == "2/5 (40.00 %)"
    note = page.cards["settled"].note.text()
    assert note.startswith(
        f"Out of {w.to_settle} to settle: {w.total} within competence, less "
        f"{w.closed_otherwise} refused, transferred or guided."
    )
    assert w.total - w.closed_otherwise == w.to_settle


def test_the_cut_off_day_is_shown_as_the_months_dates(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.cutoff_spin.setValue(10)
    assert "day 11 of one month to day 10 of the next (e.g. 11/10 – 10/11)" in (
        page.cutoff_hint.text()
    )
    page.cutoff_spin.setValue(0)
    assert "calendar month" in page.cutoff_hint.text()


def test_the_cut_off_hint_takes_the_height_of_its_text(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    """No empty space above and below the hint (its row once had twice the text's height)."""
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.cutoff_spin.setValue(10)
    hint = page.cutoff_hint
    # once laid out (the hint as wide as the spin box above it), the row is as high as the
    # wrapped text, not twice that
    qtbot.waitUntil(lambda: 0 < hint.width() == page.cutoff_spin.width())
    qtbot.wait(100)
    assert hint.height() == hint.heightForWidth(hint.width())

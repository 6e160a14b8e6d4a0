"""Screenshots of every page and the main dialogs, as a person sees them on a small screen.

Run under a virtual screen with a window manager (ENVIRONMENT.md), on a database holding the
demo data, e.g.::

    Xvfb :83 -screen 0 1366x768x24 -nolisten tcp &  DISPLAY=:83 openbox &
    dialogue-app --database sqlite:///demo.sqlite demo
    DISPLAY=:83 QT_QPA_PLATFORM=xcb python tools/take_screenshots.py sqlite:///demo.sqlite OUT

It writes OUT/<page>.png (the whole screen, window frame included) and the dialogs beside them.
Look at each picture: the point is a human eye on what the clerk sees.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

PAGES = ("calendar", "conferences", "cases", "reports", "documents", "settings")


def _settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTimer.singleShot(20, lambda: None)
        app.processEvents()


def _grab(app: QApplication, path: Path) -> None:
    _settle(app)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(path, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", help="database URL holding the demo data")
    parser.add_argument("output", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", default="vi", choices=("vi", "en"))
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)

    from dialogue_app.services.clock import SystemClock
    from dialogue_app.services.container import Services
    from dialogue_app.services.database import open_database
    from dialogue_app.ui.common.i18n import LanguageManager
    from dialogue_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="screenshots-"))
    LanguageManager(app, scratch).apply(args.language)
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    handle = open_database(args.database)
    services = Services(handle, user_name="demo", clock=SystemClock())
    window = MainWindow(services, settings, handle.description)
    window.show()
    _settle(app)
    for key in PAGES:
        page = window.show_page(key)
        _grab(app, args.output / f"{key}.png")
        if key == "calendar":
            from dialogue_app.ui.conferences.calendar_page import CalendarPage, ViewMode

            assert isinstance(page, CalendarPage)
            page.set_mode(ViewMode.WEEK)
            _grab(app, args.output / "calendar-week.png")
            page.set_mode(ViewMode.AGENDA)
            _grab(app, args.output / "calendar-agenda.png")
            page.set_mode(ViewMode.MONTH)
        if key == "cases":
            from dialogue_app.ui.cases.cases_page import CasesPage

            assert isinstance(page, CasesPage)
            page.table.selectRow(0)
            _grab(app, args.output / "cases-detail.png")
        if key == "reports":
            from dialogue_app.domain.periods import PeriodKind
            from dialogue_app.ui.reports.reports_page import ReportsPage

            assert isinstance(page, ReportsPage)
            today = services.clock.today()
            page.set_period(PeriodKind.QUARTER, today.year, (today.month - 1) // 3 + 1)
            _grab(app, args.output / "reports-quarter.png")
    window.show_page("conferences")  # the dialogs over the page they open from
    for name, dialog in _dialogs(services, window):
        dialog.show()
        _grab(app, args.output / f"dialog-{name}.png")
        tabs = dialog.findChild(QTabWidget)
        if tabs is not None:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                _grab(app, args.output / f"dialog-{name}-{index + 1}.png")
        dialog.reject()
        dialog.deleteLater()
    window.close()
    _settle(app)
    handle.close()
    return 0


def _dialogs(services: Any, window: QWidget) -> Iterator[tuple[str, QDialog]]:
    """The main dialogs as the pages open them, on the demo data."""
    from dialogue_app.domain.conferences import ConferenceStatus
    from dialogue_app.ui.cases.case_dialog import CaseDialog
    from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
    from dialogue_app.ui.conferences.holding_dialog import HoldingDialog

    coming = next(
        c
        for c in services.conferences.list()
        if c.status == ConferenceStatus.SCHEDULED and c.title.startswith("Đối thoại")
    )
    yield "conference", ConferenceDialog(services, conference_id=coming.id, parent=window)
    yield "holding", HoldingDialog(services, services.scheduling.get(coming.id), window)
    yield "case", CaseDialog(services, parent=window)


if __name__ == "__main__":
    sys.exit(main())

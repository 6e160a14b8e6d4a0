"""Composition root: settings, logging, database (migrated), services, QApplication, main window."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dialogue_app import __version__
from dialogue_app.config import AppPaths, database_url, login_name

log = logging.getLogger("dialogue_app")
STARTED = time.perf_counter()
# Start-up benchmark (tests/benchmarks) and the bundle smoke test: print the time of the first
# paint, then, once the first page is ready, that time and the page names, and quit.
EXIT_AFTER_FIRST_PAINT = "DIALOGUE_APP_EXIT_AFTER_FIRST_PAINT"


def parse_gui_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dialogue-app", add_help=True)
    parser.add_argument("--database", metavar="URL")
    parser.add_argument("--language", choices=("vi", "en"), help="interface language")
    parser.add_argument(
        "--no-demo-offer",
        action="store_true",
        help="do not offer the demo data set on an empty database",
    )
    args, _qt_arguments = parser.parse_known_args(list(argv))
    return args


def setup_logging(paths: AppPaths) -> Path | None:
    """Log to a rotating file in the user's log folder (and stderr when that is impossible);
    tracebacks never carry the values of database statements (``dialogue_app/logs.py``)."""
    from dialogue_app.logs import file_handler, log_file_of, stderr_handler

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    handler = file_handler(paths) or stderr_handler()
    root.addHandler(handler)
    return log_file_of(handler)


def _after_first_paint(window: Any, then: Any) -> None:
    """Call ``then()`` from the event loop once ``window`` has painted (or after 300 ms, should
    no paint come, e.g. a window opened minimised)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            then()

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not done:
                window.removeEventFilter(self)
                QTimer.singleShot(0, once)  # after this paint has reached the screen
            return False

    window.installEventFilter(FirstPaint(window))
    QTimer.singleShot(300, once)


def _print_first_paint(window: Any) -> None:
    """Start-up benchmark and the bundle's smoke test: print "first paint after X s" when the
    window has painted once (the app quits once its first page is ready, printing
    ``_print_ready``'s lines)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.property("seen"):
                self.setProperty("seen", True)
                print(f"first paint after {time.perf_counter() - STARTED:.3f} s", flush=True)
            return False

    window.installEventFilter(FirstPaint(window))


def _print_ready(window: Any) -> None:
    """The first page is built with its data: say when, and what the window shows (its title
    and page names, the Staff page included: the bundle's smoke test checks their language)."""
    print(f"ready after {time.perf_counter() - STARTED:.3f} s", flush=True)
    print(f"window title: {window.windowTitle()}", flush=True)
    print(f"pages: {' | '.join(window.page_names())}", flush=True)


def _prepare_first_page(handle: Any, page: str = "calendar", cache_dir: Path | None = None) -> None:
    """In the opening thread: import what building the first ``page`` needs (its module, the
    services; not the other pages') and read this year's public holidays (kept in
    ``cache_dir`` between runs), so the UI thread only builds and reads."""
    from datetime import date

    from dialogue_app.domain.working_days import WorkingDayCalendar
    from dialogue_app.services import container  # noqa: F401

    today = date.fromtimestamp(time.time())
    if cache_dir is not None:
        from dialogue_app.services.holiday_file import prepare_holidays

        prepare_holidays(cache_dir, today)

    if page == "calendar":
        # not the calendar exchange (icalendar, caldav): the page's notice of unreadable
        # subscribed calendars imports it in the background, once the page is shown
        from dialogue_app.ui.conferences import calendar_page  # noqa: F401
    elif page == "conferences":
        from dialogue_app.ui.conferences import conferences_page  # noqa: F401
    elif page == "cases":
        from dialogue_app.ui.cases import cases_page  # noqa: F401
    elif page == "reports":
        from dialogue_app.ui.reports import reports_page  # noqa: F401
    elif page == "documents":
        from dialogue_app.ui import documents  # noqa: F401
    elif page == "settings":
        from dialogue_app.ui.settings import settings_page  # noqa: F401
    WorkingDayCalendar().is_working_day(today)


def _is_postgresql(url: str) -> bool:
    """Cheaply, without SQLAlchemy: whether ``url`` names a PostgreSQL database."""
    return url.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


def run_gui(argv: Sequence[str]) -> int:
    args = parse_gui_arguments(argv)
    paths = AppPaths.default()
    log_file = setup_logging(paths)
    log.info("Dialogue Desk %s starting", __version__)

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from dialogue_app.ui.common.errors import install_excepthook, show_database_error
    from dialogue_app.ui.common.i18n import SETTINGS_KEY, LanguageManager, saved_language

    QApplication.setOrganizationName("DialogueDesk")
    QApplication.setApplicationName("DialogueDesk")
    QApplication.setApplicationDisplayName("Dialogue Desk")
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    settings = QSettings()
    # Let Python see SIGTERM/SIGINT while Qt's loop runs (a ticker gives it the chance), and
    # quit cleanly with the window state saved; a signal before the loop starts stops it too.
    stop_requested: list[int] = []

    def close_everything() -> None:
        for widget in app.topLevelWidgets():  # ends a dialog's own loop too
            widget.close()
        app.quit()

    def request_stop(number: int, _frame: object) -> None:
        stop_requested.append(number)
        close_everything()
        # once more from the event loop: a dialog about to open when the signal came is closed
        # as soon as its own loop runs
        QTimer.singleShot(0, close_everything)

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    languages = LanguageManager(app, paths.cache_dir)
    languages.apply(args.language or saved_language(settings))
    install_excepthook(log_file)

    url = database_url(args.database, paths)
    user_name = login_name()  # SQLite: the OS account is the one user
    signed_in: Any = None  # a shared database: (its handle, the login), opened by signing in
    if _is_postgresql(url):
        from dialogue_app.services.accounts import needs_sign_in
        from dialogue_app.services.database import DatabaseError

        if needs_sign_in(url):  # each staff member signs in as themselves, before the window
            from dialogue_app.ui.accounts.sign_in import sign_in_at_start

            try:
                signed_in = sign_in_at_start(url, settings)
            except DatabaseError as error:  # not a refusal (they are said in the dialog)
                log.error("cannot open the database: %s", error)
                from dialogue_app.ui.common.messages import message_text

                show_database_error(None, message_text(error))
                return 1
            if signed_in is None:
                return 0

    from dialogue_app.ui.database_open import open_database_in_background
    from dialogue_app.ui.main_window import MainWindow

    # The window first (its navigation, saying it opens the database), painted at once; then
    # the database is opened and checked in a thread, with the first page's modules.
    window = MainWindow(None, settings, "")

    def change_language(language: str) -> None:
        settings.setValue(SETTINGS_KEY, language)
        languages.apply(language)  # Qt sends LanguageChange; the window rebuilds its texts

    window.language_change_requested.connect(change_language)
    app.aboutToQuit.connect(window.save_state)
    opened: list[Any] = []  # the DatabaseHandle, once open
    upkeeps: list[Any] = []  # the calendars' upkeep, once the database is open
    lives: list[Any] = []  # colleagues' changes heard (PostgreSQL), once the database is open
    status_on_error: list[int] = []

    def database_open(handle: Any) -> None:
        opened.append(handle)
        if handle.migration and handle.migration.backup:
            log.info("database migrated; backup at %s", handle.migration.backup)
        if stop_requested:
            return
        from dialogue_app.services.clock import SystemClock
        from dialogue_app.services.container import Services

        name = user_name
        if signed_in is not None:
            name = signed_in[1]
        elif not handle.is_sqlite:  # a password in the address: whoever it names
            name = handle.engine.url.username or user_name
        services = Services(handle, user_name=name, clock=SystemClock())
        window.attach_services(services, handle.description)  # the Staff page, by role
        window.start_backups()  # backups by themselves, in the background (issue 20)
        log.info("main window ready after %.3f s", time.perf_counter() - STARTED)
        if os.environ.get(EXIT_AFTER_FIRST_PAINT):
            _print_ready(window)
            QTimer.singleShot(0, app.quit)
            return

        from dialogue_app.ui.calendar_exchange.upkeep import CalendarUpkeep

        # leaders' subscribed calendars and the published schedule file, kept up to date
        upkeep = CalendarUpkeep(services, window.change_hub, window)
        upkeep.problem_found.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        upkeep.start()
        upkeeps.append(upkeep)
        from dialogue_app.ui.common.live_refresh import LiveRefresh

        # what colleagues save on a shared database shows by itself; a lost connection is said
        live = LiveRefresh(window, services, window.change_hub)
        live.start()
        lives.append(live)
        if not args.no_demo_offer and handle.is_empty():
            from dialogue_app.ui.demo_offer import offer_demo

            log.info("the database is empty: offering the demo data")
            QTimer.singleShot(0, lambda: offer_demo(window, services))

    def database_failed(error: BaseException) -> None:
        from dialogue_app.services.database import DatabaseError

        if not isinstance(error, DatabaseError):
            raise error  # the excepthook reports it (in the window, and the log)
        log.error("cannot open the database: %s", error)
        from dialogue_app.ui.common.messages import message_text

        window.show_starting_message(message_text(error))  # said in the window that appeared
        if not stop_requested:
            show_database_error(window, message_text(error))
        status_on_error.append(1)
        app.exit(1)

    def slow_opening() -> None:
        window.show_starting_message(
            QCoreApplication.translate(
                "DatabaseOpen",
                "Updating the database for this version of Dialogue Desk…\n"
                "This is done once; please wait. Nothing is lost if it fails: the old "
                "database is kept.",
            ),
            busy=True,
        )

    first_page = str(settings.value("ui/page", "calendar"))  # as the window reads it

    def prepare(handle: Any) -> None:
        _prepare_first_page(handle, first_page, paths.cache_dir)

    def start_opening() -> None:
        if signed_in is not None:  # opened by signing in: the window fills in now
            prepare(signed_in[0])
            database_open(signed_in[0])
            return
        opening = open_database_in_background(url, prepare=prepare, parent=window)
        opening.opened.connect(database_open)
        opening.failed.connect(database_failed)
        opening.slow.connect(slow_opening)

    _after_first_paint(window, start_opening)
    window.show()
    log.info("main window shown after %.3f s", time.perf_counter() - STARTED)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        _print_first_paint(window)

    status = 0 if stop_requested else app.exec()
    # Closing the last window while quitting posts Qt one more Quit; left in the queue it would
    # end the next event loop this process runs at once (the tests run several starts).
    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
    if status_on_error:
        status = status_on_error[0]
    for upkeep in upkeeps:
        upkeep.stop()  # its threads end before the database closes
    for live in lives:
        live.stop()
    # Destroy the window (whose widgets may still read as they go) before the database closes.
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for handle in opened:
        handle.close()
    if signed_in is not None and not opened:
        signed_in[0].close()
    log.info("Dialogue Desk stopped")
    return int(status)

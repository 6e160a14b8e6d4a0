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
# Start-up benchmark (tests/benchmarks): print the time of the first paint and quit right after.
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


def _quit_after_first_paint(app: Any, window: Any) -> None:
    """Print "first paint after X s" when the window has painted once, then what it showed (its
    title and page names: the bundle's smoke test checks their language), then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QListWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.property("seen"):
                self.setProperty("seen", True)
                print(f"first paint after {time.perf_counter() - STARTED:.3f} s", flush=True)
                pages = window.findChild(QListWidget, "navigation")
                names = [pages.item(row).text() for row in range(pages.count())] if pages else []
                print(f"window title: {window.windowTitle()}", flush=True)
                print(f"pages: {' | '.join(names)}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)


def run_gui(argv: Sequence[str]) -> int:
    args = parse_gui_arguments(argv)
    paths = AppPaths.default()
    log_file = setup_logging(paths)
    log.info("Dialogue Desk %s starting", __version__)

    from PySide6.QtCore import QEvent, QSettings, QTimer
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

    from dialogue_app.services.database import DatabaseError
    from dialogue_app.ui.database_open import open_database_showing_progress

    url = database_url(args.database, paths)
    user_name = login_name()  # SQLite: the OS account is the one user
    try:
        from dialogue_app.services.accounts import needs_sign_in

        if needs_sign_in(url):  # a shared database: each staff member signs in as themselves
            from dialogue_app.ui.accounts.sign_in import sign_in_at_start

            signed_in = sign_in_at_start(url, settings)
            if signed_in is None:
                return 0
            handle, user_name = signed_in
        else:
            handle = open_database_showing_progress(url)
            if not handle.is_sqlite:  # a password in the address: whoever it names
                user_name = handle.engine.url.username or user_name
    except DatabaseError as error:
        log.error("cannot open the database: %s", error)
        from dialogue_app.ui.common.messages import message_text

        show_database_error(None, message_text(error))
        return 1
    if handle.migration and handle.migration.backup:
        log.info("database migrated; backup at %s", handle.migration.backup)

    from dialogue_app.services.clock import SystemClock
    from dialogue_app.services.container import Services
    from dialogue_app.ui.main_window import MainWindow

    services = Services(handle, user_name=user_name, clock=SystemClock())
    window = MainWindow(services, settings, handle.description)

    def change_language(language: str) -> None:
        settings.setValue(SETTINGS_KEY, language)
        languages.apply(language)  # Qt sends LanguageChange; the window rebuilds its texts

    window.language_change_requested.connect(change_language)
    app.aboutToQuit.connect(window.save_state)
    window.show()
    window.start_backups()  # backups by themselves, in the background (issue 20)
    log.info("main window shown after %.3f s", time.perf_counter() - STARTED)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        _quit_after_first_paint(app, window)

    from dialogue_app.ui.calendar_exchange.upkeep import CalendarUpkeep

    # leaders' subscribed calendars and the published schedule file, kept up to date (issue 16)
    upkeep = CalendarUpkeep(services, window.change_hub, window)
    upkeep.problem_found.connect(lambda text: window.statusBar().showMessage(text, 15_000))
    if not os.environ.get(EXIT_AFTER_FIRST_PAINT):
        upkeep.start()

    from dialogue_app.ui.common.live_refresh import LiveRefresh

    # what colleagues save on a shared database shows by itself; a lost connection is said
    live = LiveRefresh(window, services, window.change_hub)
    if not os.environ.get(EXIT_AFTER_FIRST_PAINT):
        live.start()

    if not args.no_demo_offer and handle.is_empty():
        from dialogue_app.ui.demo_offer import offer_demo

        log.info("the database is empty: offering the demo data")
        QTimer.singleShot(0, lambda: offer_demo(window, services))

    status = 0 if stop_requested else app.exec()
    upkeep.stop()  # its threads end before the database closes
    live.stop()
    # Destroy the window (whose widgets may still read as they go) before the database closes.
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    handle.close()
    log.info("Dialogue Desk stopped")
    return int(status)

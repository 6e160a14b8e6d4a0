"""Composition root: settings, logging, database (migrated), services, QApplication, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from dialogue_app import __version__
from dialogue_app.config import AppPaths, database_url

log = logging.getLogger("dialogue_app")
STARTED = time.perf_counter()


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
    """Log to a rotating file in the user's log folder (and stderr when that is impossible)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        log_file: Path | None = paths.log_file
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        log_file = None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return log_file


def run_gui(argv: Sequence[str]) -> int:
    args = parse_gui_arguments(argv)
    paths = AppPaths.default()
    log_file = setup_logging(paths)
    log.info("Dialogue Desk %s starting", __version__)

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from dialogue_app.ui.errors import install_excepthook, show_database_error
    from dialogue_app.ui.i18n import SETTINGS_KEY, LanguageManager, saved_language

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

    def request_stop(number: int, _frame: object) -> None:
        stop_requested.append(number)
        app.quit()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    languages = LanguageManager(app, paths.cache_dir)
    languages.apply(args.language or saved_language(settings))
    install_excepthook(log_file)

    from dialogue_app.services.database import DatabaseError, open_database

    url = database_url(args.database, paths)
    try:
        handle = open_database(url)
    except DatabaseError as error:
        log.error("cannot open the database: %s", error)
        from dialogue_app.ui.messages import message_text

        show_database_error(None, message_text(error))
        return 1
    if handle.migration and handle.migration.backup:
        log.info("database migrated; backup at %s", handle.migration.backup)

    from dialogue_app.services.container import Services
    from dialogue_app.ui.main_window import MainWindow

    services = Services(handle)
    window = MainWindow(services, settings, handle.description)

    def change_language(language: str) -> None:
        settings.setValue(SETTINGS_KEY, language)
        languages.apply(language)  # Qt sends LanguageChange; the window rebuilds its texts

    window.language_change_requested.connect(change_language)
    app.aboutToQuit.connect(window.save_state)
    window.show()
    log.info("main window shown after %.3f s", time.perf_counter() - STARTED)

    if not args.no_demo_offer and handle.is_empty():
        from dialogue_app.ui.demo_offer import offer_demo

        log.info("the database is empty: offering the demo data")
        QTimer.singleShot(0, lambda: offer_demo(window, services))


    status = 0 if stop_requested else app.exec()
    handle.close()
    log.info("Dialogue Desk stopped")
    return int(status)

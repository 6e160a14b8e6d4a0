"""Start-up: the window appears at once, then the database is opened in a thread and the page
shown is built with its data; a database that cannot be opened is explained in that window."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMessageBox,
    QStackedWidget,
)

from dialogue_app.config import sqlite_url as config_sqlite_url
from dialogue_app.services.container import Services
from dialogue_app.store.database import DatabaseError, sqlite_url
from dialogue_app.ui.conferences.calendar_page import CalendarPage
from dialogue_app.ui.database_open import in_memory, open_database_in_background
from dialogue_app.ui.main_window import MainWindow, StartingPage
from tests.clock import fixed_clock
from tests.conftest import POSTGRES_URL


def assert_the_event_loop_still_runs() -> None:
    """After a start has run and quit, this process's next event loop runs as usual (a Quit
    left queued would end it at once, and every test after it would wait for nothing)."""
    QApplication.processEvents()  # as between two tests
    loop = QEventLoop()
    ran: list[bool] = []
    QTimer.singleShot(50, loop, lambda: (ran.append(True), loop.quit()))
    QTimer.singleShot(5_000, loop, loop.quit)
    loop.exec()
    assert ran, "the event loop ended before its first timer"


def test_the_window_shows_before_the_database_and_builds_its_page_once_attached(
    qtbot, settings: QSettings, services: Services
) -> None:
    window = MainWindow(None, settings, "")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    stack = window.findChild(QStackedWidget)
    starting = stack.currentWidget()
    assert isinstance(starting, StartingPage)
    assert window.page_names() == [
        "Calendar",
        "Conferences",
        "Cases",
        "Reports",
        "Documents",
        "Settings",
    ]  # the Staff page waits for the role, known once the database is open
    assert "Opening the database" in starting.message.text()
    window.show_starting_message("Updating…", busy=True)
    assert starting.message.text() == "Updating…" and starting.busy.isVisible()

    with qtbot.waitSignal(window.page_changed) as changed:
        window.attach_services(services, services.database.description)
    assert changed.args == ["calendar"]
    page = stack.currentWidget()
    assert isinstance(page, CalendarPage)
    assert page.period_label.text()  # read its data before it was painted
    assert window.findChild(StartingPage) is None or not window.findChild(StartingPage).isVisible()
    assert window.page_names()[-1] == "Staff and audit"  # SQLite: the one user is the admin
    assert any(
        services.database.description in label.text()
        for label in window.statusBar().findChildren(QLabel)
    )
    qtbot.waitUntil(lambda: window.backups is not None)  # the backups follow the database


def test_the_page_wanted_is_shown_once_the_database_is_open(
    qtbot, settings: QSettings, services: Services
) -> None:
    settings.setValue("ui/page", "staff")  # last time: the Staff page, not listed until open
    window = MainWindow(None, settings, "")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.page_changed) as changed:
        window.attach_services(services, services.database.description)
    assert changed.args == ["staff"]

    # a page clicked while the database opens is the one shown when it is open
    other = MainWindow(None, settings, "")
    qtbot.addWidget(other)
    other.show()
    other.findChild(QListWidget, "navigation").setCurrentRow(2)
    assert isinstance(other.findChild(QStackedWidget).currentWidget(), StartingPage)
    with qtbot.waitSignal(other.page_changed) as changed:
        other.attach_services(services, services.database.description)
    assert changed.args == ["cases"]


def test_a_database_opens_in_a_thread_and_arrives_on_the_window_thread(
    qtbot, tmp_path: Path
) -> None:
    url = sqlite_url(tmp_path / "office.sqlite")
    prepared: list[object] = []
    opening = open_database_in_background(url, prepare=prepared.append)
    with qtbot.waitSignal(opening.opened, timeout=60_000) as opened:
        pass
    handle = opened.args[0]
    try:
        assert prepared == [handle]
        assert opening.done and opening.handle is handle
        assert handle.is_empty()
        Services(handle, user_name="tester", clock=fixed_clock()).conferences  # noqa: B018
    finally:
        handle.close()


def test_a_file_that_is_not_a_database_fails_with_its_reason_and_stays_as_it_was(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    opening = open_database_in_background(sqlite_url(path))
    with qtbot.waitSignal(opening.failed, timeout=60_000) as failed:
        pass
    assert isinstance(failed.args[0], DatabaseError)
    assert path.read_text(encoding="utf-8") == "not a database"


def test_the_start_up_urls_match_the_stores_without_importing_it() -> None:
    for name in ("office.sqlite", "a b/Đức @?#%.sqlite", "C:\\Users\\Đức\\x.sqlite"):
        assert config_sqlite_url(Path(name)) == sqlite_url(Path(name))
    for url in ("sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://"):
        assert in_memory(url)
    assert not in_memory(sqlite_url(Path("/tmp/office.sqlite")))
    assert not in_memory("postgresql+psycopg://u@h/db")


def test_a_start_that_cannot_open_the_database_says_why_in_the_window_already_shown(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialogue_app.app import run_gui

    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    seen: list[tuple[bool, str]] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if boxes and boxes[0].isVisible():
            seen.append((bool(windows) and windows[0].isVisible(), boxes[0].text()))
            boxes[0].accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    root = logging.getLogger()
    handlers, hook = list(root.handlers), sys.excepthook
    signals = {n: signal.getsignal(n) for n in (signal.SIGTERM, signal.SIGINT)}
    try:
        status = run_gui(["--database", str(path), "--language", "en", "--no-demo-offer"])
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        sys.excepthook = hook
        for number, handler in signals.items():
            signal.signal(number, handler)
    assert status == 1
    assert seen and seen[0][0], "the main window was on screen when the error was shown"
    assert "database" in seen[0][1].lower()
    assert path.read_text(encoding="utf-8") == "not a database"
    assert_the_event_loop_still_runs()


@pytest.mark.skipif(POSTGRES_URL is None, reason="a shared database only")
def test_a_shared_database_signs_in_before_the_window_and_fills_it_as_that_person(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The sign-in comes first (its dialog is ``tests/ui/accounts``'s); the window then paints
    and fills in with the database it opened, as the person signed in, and says what it shows
    once its first page is ready (the bundle's smoke test reads these lines)."""
    from dialogue_app.app import EXIT_AFTER_FIRST_PAINT, run_gui
    from dialogue_app.services.database import open_database
    from dialogue_app.ui.accounts import sign_in

    assert POSTGRES_URL is not None
    asked: list[str] = []
    windows_when_asked: list[int] = []

    def signed_in(url: str, settings: QSettings) -> tuple[object, str]:
        asked.append(url)
        windows_when_asked.append(
            len([w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)])
        )
        return open_database(POSTGRES_URL), "postgres"

    monkeypatch.setattr(sign_in, "sign_in_at_start", signed_in)
    monkeypatch.setenv(EXIT_AFTER_FIRST_PAINT, "1")
    for variable in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    root = logging.getLogger()
    handlers, hook = list(root.handlers), sys.excepthook
    signals = {n: signal.getsignal(n) for n in (signal.SIGTERM, signal.SIGINT)}
    try:
        status = run_gui(["--database", POSTGRES_URL, "--language", "en", "--no-demo-offer"])
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
            handler.close()
        sys.excepthook = hook
        for number, handler in signals.items():
            signal.signal(number, handler)
    assert status == 0
    assert asked == [POSTGRES_URL] and windows_when_asked == [0]  # before the window
    printed = capsys.readouterr().out
    assert printed.index("first paint after") < printed.index("ready after")
    pages = next(line for line in printed.splitlines() if line.startswith("pages: "))
    assert pages.startswith("pages: Calendar | Conferences | Cases")
    assert_the_event_loop_still_runs()

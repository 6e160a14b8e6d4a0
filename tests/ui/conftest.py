"""UI fixtures: the window as the app builds it, in a language, with settings in a temp file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.ui.common.conflict_dialog import ConflictDialog
from dialogue_app.ui.common.i18n import LanguageManager
from dialogue_app.ui.main_window import MainWindow
from tests.clock import fixed_clock

# what a test does with the "somebody else changed this" dialog when it opens
Answer = Callable[[ConflictDialog], None]


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> LanguageManager:
    """The window in English as a user sees it (with its plural forms: "1 case", "2 cases"),
    unless a test asks for Vietnamese (``languages``)."""
    manager = LanguageManager(qapp, tmp_path_factory.mktemp("english"))
    manager.apply("en")
    return manager


@pytest.fixture
def languages(
    qapp: QApplication, english: LanguageManager, tmp_path: Path
) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, tmp_path / "cache")
    manager.apply("vi")
    yield manager
    manager.apply("en")
    # Language changes are posted events: deliver them now, while this test's database is
    # still open, rather than in the next test.
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _fresh_layout_and_folders() -> None:
    """Each test starts with no splitter, column or folder remembered by another (pages keep
    them in the default QSettings, here under the tests' own XDG_CONFIG_HOME)."""
    defaults = QSettings()
    defaults.remove("layout")
    defaults.remove("files")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def services(db: DatabaseHandle) -> Services:
    return Services(db, user_name="tester", clock=fixed_clock())


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[Answer], list[ConflictDialog]]:
    """``answer(act)``: the conflict dialog, when it opens, is read and answered by ``act``
    (instead of waiting for a person); returns the dialogs shown."""

    def install(act: Answer) -> list[ConflictDialog]:
        shown: list[ConflictDialog] = []

        def exec_(dialog: ConflictDialog) -> int:
            shown.append(dialog)
            act(dialog)
            return int(dialog.result())

        monkeypatch.setattr(ConflictDialog, "exec", exec_)
        return shown

    return install


@pytest.fixture
def other(services: Services) -> Iterator[Services]:
    """Another workstation: its own connection to the same database."""
    handle = open_database(services.database.url)
    yield Services(handle, services.user_name, clock=fixed_clock())
    handle.close()


@pytest.fixture
def make_window(
    services: Services, settings: QSettings, languages: LanguageManager, qtbot
) -> Callable[[], MainWindow]:
    # qtbot last: its widgets are closed before the database fixture closes the database
    def make() -> MainWindow:
        window = MainWindow(services, settings, services.database.description)
        window.language_change_requested.connect(languages.apply)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make

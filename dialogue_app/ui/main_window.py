"""The main window: navigation on the left, one page at a time, the database in the status bar.

Pages are built the first time they are shown (start-up pays only for the first page) and rebuilt
when the language changes, so every page's texts follow the chosen language.

At start the window is shown before the database is open (``services=None``): it paints its
navigation and says it is opening the database; ``attach_services`` then adds what depends on
the database (the Staff page for the roles that may see it, the backups) and builds the page
shown, which reads its data before it is painted, so no page is ever seen empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.page_commands import PAGE_COMMANDS, page_command

if TYPE_CHECKING:  # the services (and SQLAlchemy under them) are loaded after the first paint
    from dialogue_app.services.container import Services
    from dialogue_app.ui.backups import BackupScheduler

PageFactory = Callable[["Services", QWidget], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    factory: PageFactory | None
    planned: str  # what a page not built yet will hold


class PlaceholderPage(QWidget):
    """A page not built yet: says what it will hold and what to use meanwhile."""

    def __init__(self, title: str, planned: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(planned)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class StartingPage(QWidget):
    """What the window shows in the moment before the database is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        self.message = QLabel(self.tr("Opening the database…"))
        self.message.setObjectName("starting_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy, no percentage
        self.busy.setMaximumWidth(320)
        self.busy.hide()  # shown when opening takes a while (an upgrade)
        layout.addWidget(self.message)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Signals:
    page_changed(str): the key of the page now shown.
    language_change_requested(str): Settings asked for another language.
    """

    page_changed = Signal(str)
    language_change_requested = Signal(str)

    def __init__(
        self,
        services: Services | None,
        settings: QSettings,
        database_description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._starting: StartingPage | None = None
        # the page to show once the database is open (the last one used, or the one clicked)
        self._pending_page = str(settings.value("ui/page", "calendar"))
        self._settings = settings
        self._database_description = database_description
        self._pages: dict[str, QWidget] = {}
        self._specs: list[PageSpec] = []
        self._closed = False
        # what an action changed is announced here; the pages follow it (ui/common/changes.py)
        self.change_hub = ChangeHub(self)

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setIconSize(QSize(20, 20))
        self._navigation.setMaximumWidth(240)
        self._navigation.setSpacing(2)
        self._stack = QStackedWidget()
        if services is None:  # shown before the database is open: attach_services() follows
            self._starting = StartingPage(self)
            self._stack.addWidget(self._starting)
        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self._navigation)
        splitter.addWidget(self._stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        self.setCentralWidget(splitter)
        self._database_label = QLabel()
        self.statusBar().addPermanentWidget(self._database_label)
        # backups (issue 20): set up just after the first paint, which they must not delay
        self.backups: BackupScheduler | None = None
        self._backups_wanted = False
        self.role_watch: QObject | None = None
        if services is not None:
            self._watch_role(services)
            QTimer.singleShot(0, self, self.backup_scheduler)
        self._navigation.currentRowChanged.connect(self._show_row)
        for number in range(1, 7):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self._navigation.setCurrentRow(row))
        # New, Find, Print, Save, Refresh: menu actions with their shortcuts, done by the page
        # shown (ui/page_commands.py); F5 reads everything again (what colleagues saved on a
        # shared database shows up; until their changes arrive by themselves, issue 15)
        self._actions_menu = self.menuBar().addMenu("")
        self.commands: dict[str, QAction] = {}
        for verb, key in PAGE_COMMANDS:
            action = self._actions_menu.addAction("")
            action.setObjectName(f"{verb}_action")
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, v=verb: self.run_command(v))
            self.commands[verb] = action
        self._actions_menu.insertSeparator(self.commands["refresh"])
        self._help_menu = self.menuBar().addMenu("")
        self._about_action = self._help_menu.addAction("")
        self._about_action.setObjectName("about_action")
        self._about_action.triggered.connect(self.show_about)

        self._retranslate()
        self._restore_state()

    # --- pages ---------------------------------------------------------------------------------

    def page_specs(self) -> list[PageSpec]:
        sp = QStyle.StandardPixmap
        return [
            PageSpec(
                "calendar",
                self.tr("Calendar"),
                sp.SP_FileDialogDetailedView,
                _calendar_page,
                self.tr(
                    "The month, week and agenda views of every dialogue conference and "
                    "reception day, with holidays marked. Until it is ready, use "
                    "<b>Conferences</b>."
                ),
            ),
            PageSpec(
                "conferences",
                self.tr("Conferences"),
                sp.SP_FileDialogListView,
                _conferences_page,
                self.tr(
                    "Plan dialogue conferences and reception days: chairs, venue, agencies, "
                    "invited citizens, agenda; conflicts and holidays are checked as you type."
                ),
            ),
            PageSpec(
                "cases",
                self.tr("Cases"),
                sp.SP_FileDialogContentsView,
                _cases_page,
                self.tr(
                    "The register of petitions: every issue citizens raise, its agency, its "
                    "statutory deadline and its timeline until it is resolved."
                ),
            ),
            PageSpec(
                "reports",
                self.tr("Reports"),
                sp.SP_FileDialogInfoView,
                _reports_page,
                self.tr(
                    "Figures for any period: citizens received, petitions by type, field and "
                    "agency, settlement rates on time and late, with charts and exports to "
                    "Excel and PDF. This page is not built yet; the command line "
                    "<tt>dialogue-app report</tt> will come with it."
                ),
            ),
            PageSpec(
                "documents",
                self.tr("Documents"),
                sp.SP_FileIcon,
                _documents_page,
                self.tr("The register of outgoing documents and the reception register."),
            ),
            PageSpec(
                "settings",
                self.tr("Settings"),
                sp.SP_FileDialogNewFolder,
                _settings_page,
                self.tr("The office profile, the language and the working-day calendar."),
            ),
        ]

    def _staff_spec(self) -> list[PageSpec]:
        """Staff accounts and the audit log: a page only for the roles that may use it."""
        if self._services is None:  # the role is known once the database is open
            return []
        from dialogue_app.ui.accounts.staff_page import may_see_staff_page

        if not may_see_staff_page(self._services):
            return []
        return [
            PageSpec(
                "staff",
                self.tr("Staff and audit"),
                QStyle.StandardPixmap.SP_DirHomeIcon,
                _staff_page,
                self.tr("Staff accounts and the audit log."),
            )
        ]

    def attach_services(self, services: Services, database_description: str) -> None:
        """The database is open: add the pages and the backups that depend on it, then build
        the page chosen (the last one used, or the one clicked meanwhile) and show it."""
        self._services = services
        self._database_description = database_description
        self._watch_role(services)
        QTimer.singleShot(0, self, self.backup_scheduler)
        self._retranslate(self._pending_page)
        if self._starting is not None:
            self._stack.removeWidget(self._starting)
            self._starting.deleteLater()
            self._starting = None

    def _watch_role(self, services: Services) -> None:
        """Say so when an administrator changes this person's role meanwhile (ui/accounts)."""
        from dialogue_app.ui.accounts.role_watch import RoleWatch

        self.role_watch = RoleWatch(self, services, self.change_hub)

    def show_starting_message(self, message: str, *, busy: bool = False) -> None:
        """While the database opens: say what is happening (``busy``: a moving bar too)."""
        if self._starting is not None:
            self._starting.message.setText(message)
            self._starting.busy.setVisible(busy)

    def page_names(self) -> list[str]:
        """The names in the navigation, in order."""
        return [self._navigation.item(row).text() for row in range(self._navigation.count())]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if self._services is None:
            raise RuntimeError("the database is not open yet")
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            widget: QWidget | None = None
            if spec.factory is not None:
                widget = spec.factory(self._services, self)
            if widget is None:
                widget = PlaceholderPage(spec.title, spec.planned, self)
            widget.setObjectName(f"page_{key}")
            from dialogue_app.ui.accounts.role_view import guard_page

            guard_page(key, widget, self._services)  # read-only what the role may not change
            if hasattr(widget, "language_change_requested"):
                widget.language_change_requested.connect(self.language_change_requested)
            self._pages[key] = widget
            self._stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        self._navigation.setCurrentRow(row)
        return self.page(key)

    def current_page_key(self) -> str:
        row = self._navigation.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else ""

    def _show_row(self, row: int) -> None:
        if self._closed or not 0 <= row < len(self._specs):
            return  # a closed window builds no more pages (its database may be gone)
        key = self._specs[row].key
        if self._services is None:  # still opening the database: this page follows
            self._pending_page = key
            return
        page = self.page(key)
        self._stack.setCurrentWidget(page)
        # the page's name: Qt adds the application's ("Lịch — Dialogue Desk"), so the title
        # never says it twice (issue 18)
        self.setWindowTitle(self._specs[row].title)
        self.page_changed.emit(key)

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange and not self._closed:
            self._retranslate()
        super().changeEvent(event)

    def run_command(self, verb: str) -> bool:
        """New, Find, Print or Save on the page shown; Refresh everywhere. True when done."""
        if verb == "refresh":
            self.refresh()
            return True
        row = self._navigation.currentRow()
        page = self._pages.get(self._specs[row].key) if 0 <= row < len(self._specs) else None
        command = page_command(page, verb) if page is not None else None
        if command is None:
            text = self.commands[verb].text().replace("&", "").rstrip("…")
            message = self.tr("“%1” does nothing on this page.").replace("%1", text)
            self.statusBar().showMessage(message, 4000)
            return False
        command()
        return True

    def refresh(self) -> None:
        """Read everything again: the page shown now at once, the others when next shown."""
        self.change_hub.announce(Changed.EVERYTHING)
        self.statusBar().showMessage(self.tr("Refreshed from the database."), 3000)

    def show_about(self) -> QWidget:
        """Help > About: version, database, data folder (ui/about.py)."""
        from dialogue_app.ui.about import show_about

        return show_about(self, self._database_description)

    def reload_pages(self) -> None:
        """Rebuild every page from the database (after the demo or an import changed it)."""
        self._retranslate()

    def _retranslate(self, current: str = "") -> None:
        current = current or self.current_page_key() or self._pending_page
        self._help_menu.setTitle(self.tr("&Help"))
        self._actions_menu.setTitle(self.tr("&Actions"))
        names = {
            "new": self.tr("&New…"),
            "find": self.tr("&Find"),
            "print": self.tr("&Print…"),
            "save": self.tr("&Save"),
            "refresh": self.tr("&Refresh from the database"),
        }
        for verb, action in self.commands.items():
            action.setText(names[verb])
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{names[verb].replace('&', '').rstrip('…')} ({shortcut})")
        self._about_action.setText(self.tr("&About Dialogue Desk"))
        if self._database_description:  # empty while the database opens
            self._database_label.setText(
                self.tr("Database: %1").replace("%1", self._database_description)
            )
        # Rebuild the pages so every text follows the language.
        for widget in self._pages.values():
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self._specs = self.page_specs() + self._staff_spec()
        blocked = self._navigation.blockSignals(True)
        self._navigation.clear()
        # as wide as the longest title (icon and margins included), and never narrower: a
        # wide page squeezes itself, not the navigation (issue 18)
        metrics = self._navigation.fontMetrics()
        width = max([metrics.horizontalAdvance(spec.title) for spec in self._specs] + [100])
        width += self._navigation.iconSize().width() + 28
        for spec in self._specs:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(width, 36))
            self._navigation.addItem(item)
        frame = 2 * self._navigation.frameWidth() + 2 * self._navigation.spacing()
        self._navigation.setMinimumWidth(width + frame)
        self._navigation.setMaximumWidth(max(width + frame, 240))
        keys = [spec.key for spec in self._specs]
        if self._services is None:  # no page yet: the one wanted stays wanted (even "staff")
            self._navigation.setCurrentRow(keys.index(current) if current in keys else 0)
        self._navigation.blockSignals(blocked)
        if self._services is not None:
            self._navigation.setCurrentRow(keys.index(current) if current in keys else 0)

    # --- backups (issue 20) ------------------------------------------------------------------

    def backup_scheduler(self) -> BackupScheduler:
        """The backups' scheduler and status-bar indicator, made on first use."""
        if self.backups is not None:
            return self.backups
        from dialogue_app.ui.backups import BackupIndicator, BackupScheduler

        if self._services is None:
            raise RuntimeError("the database is not open yet")
        service = self._services.backups
        self.backup_indicator = BackupIndicator()
        self.backup_indicator.setVisible(service.is_sqlite or service.is_postgres)  # not in memory
        self.statusBar().addPermanentWidget(self.backup_indicator)
        self.backups = BackupScheduler(service, self)
        self.backups.status_changed.connect(self.backup_indicator.show_status)
        self.backups.problem_appeared.connect(self._backup_problem)
        self.backups.refresh_status()
        if self._backups_wanted:
            self.backups.start()
        return self.backups

    def start_backups(self) -> None:
        """Take backups by themselves from now on (the composition root calls it)."""
        self._backups_wanted = True
        if self.backups is not None:
            self.backups.start()

    def _backup_problem(self, text: str) -> None:
        """A backup failed: said once, plainly, without stopping anyone's work."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- window state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("ui/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)  # Qt moves it back onto a screen that shrank
        else:
            self.setGeometry(first_start_geometry(self.screen().availableGeometry()))
        state = self._settings.value("ui/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self._settings.value("ui/main_splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self._splitter.restoreState(splitter)
        else:  # the navigation as wide as its longest title, the page the rest
            navigation = self._navigation.minimumWidth()
            self._splitter.setSizes([navigation, max(self.width() - navigation, 1)])

    def save_state(self) -> None:
        self._settings.setValue("ui/geometry", self.saveGeometry())
        self._settings.setValue("ui/state", self.saveState())
        self._settings.setValue("ui/main_splitter", self._splitter.saveState())
        self._settings.setValue("ui/page", self.current_page_key())
        self._settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._closed = False
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.save_state()
        if self.backups is not None:
            self.backups.at_close()  # the backup at closing, if one is due (issue 20)
        super().closeEvent(event)
        self._closed = event.isAccepted()


# Each page is imported on first use, so the window opens without loading them all.


# room the window manager takes around the window (title bar, borders) at first start
FRAME_ALLOWANCE = QSize(16, 40)
ROOMY = QSize(1500, 940)  # on a large screen, a window this size rather than a huge one


def first_start_geometry(available: QRect) -> QRect:
    """Where the window opens the first time: inside the screen's available area (without the
    taskbar), its frame included, so the status bar shows on a 1366x768 laptop; centred, and no
    larger than ``ROOMY`` on a big screen."""
    width = min(available.width() - FRAME_ALLOWANCE.width(), ROOMY.width())
    height = min(available.height() - FRAME_ALLOWANCE.height(), ROOMY.height())
    size = QSize(max(width, 320), max(height, 240))
    border = FRAME_ALLOWANCE.width() // 2
    title_bar = FRAME_ALLOWANCE.height() - border
    left = available.left() + (available.width() - size.width()) // 2
    frame_top = available.top() + max(
        (available.height() - size.height() - title_bar - border) // 2, 0
    )
    return QRect(QPoint(left, frame_top + title_bar), size)


def _calendar_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.conferences.calendar_page import CalendarPage

    return CalendarPage(services, parent)


def _conferences_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.conferences.conferences_page import ConferencesPage

    return ConferencesPage(services, parent)


def _cases_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.cases.cases_page import CasesPage

    return CasesPage(services, parent)


def _reports_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.reports.reports_page import ReportsPage

    return ReportsPage(services, parent)


def _documents_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.documents import DocumentsPage

    return DocumentsPage(services, parent)


def _settings_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.settings.settings_page import SettingsPage

    return SettingsPage(services, parent)


def _staff_page(services: Services, parent: QWidget) -> QWidget:
    from dialogue_app.ui.accounts.staff_page import StaffPage

    return StaffPage(services, parent)

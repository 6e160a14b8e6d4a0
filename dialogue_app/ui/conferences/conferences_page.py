"""The Conferences page: every conference (paged, searchable), the past ones not yet closed, and
the reception duties of the leaders.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.services.conferences import ConferenceSummary
from dialogue_app.services.container import Services
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.remembered import remember_columns
from dialogue_app.ui.conferences.conference_columns import fit_conference_columns
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.duties_view import DutiesView
from dialogue_app.ui.conferences.reception_schedules_view import SchedulesView
from dialogue_app.ui.conferences.scheduling_common import (
    ConferenceRole,
    ConferenceTableModel,
    kind_label,
    status_label,
)
from dialogue_app.ui.followup import PeriodBoardView, open_board

# the conferences that have a follow-up board: those that took place (issue 18)
_BOARD_STATUSES = (ConferenceStatus.HELD, ConferenceStatus.CLOSED)


def _table(model: ConferenceTableModel, remembered_as: str) -> QTableView:
    """The conference list: when, kind, status, venue and chairs as wide as their words, the
    title taking the rest; one line a row, elided rather than wrapped (issue 18)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    fit_conference_columns(view)
    remember_columns(view, remembered_as)
    return view


class ConferencesPage(QWidget):
    """Signals:
    conference_opened(int): a conference was opened.
    """

    conference_opened = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.last_dialog: ConferenceDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Search titles (Ctrl+F)"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ConferenceKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ConferenceStatus:
            self.status_filter.addItem(status_label(status), status)
        new = QPushButton(self.tr("New conference…"))
        new.setToolTip(self.tr("Plan a new conference (Ctrl+N)"))
        new.clicked.connect(self.new_conference)
        self.new_button = new
        # a viewer reads the conferences, plans none (issue 15); the services refuse it again
        self.capabilities = Capabilities.of(services)
        self.capabilities.hide_unless(self.capabilities.may_edit, new)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.board_button = QPushButton(self.tr("Follow-up board…"))
        self.board_button.setToolTip(
            self.tr("What became of the issues raised at the selected held conference")
        )
        self.board_button.clicked.connect(lambda: self._board_at(self.view.currentIndex()))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.status_filter.currentIndexChanged.connect(self.reload)

        self.model = ConferenceTableModel(self._fetch_page, self)
        self.view = _table(self.model, "conferences/list")
        self.view.setObjectName("conferences")
        self.view.activated.connect(self._open_index)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.open_button)
        bar.addWidget(self.board_button)
        bar.addWidget(new)
        all_tab = QWidget()
        all_layout = QVBoxLayout(all_tab)
        all_layout.addLayout(bar)
        all_layout.addWidget(self.view, 1)
        all_layout.addWidget(self.empty_label)
        all_layout.addWidget(self.count_label)

        self.unclosed_model = ConferenceTableModel(parent=self)
        self.unclosed_view = _table(self.unclosed_model, "conferences/unclosed")
        self.unclosed_view.setObjectName("unclosed")
        self.unclosed_view.activated.connect(self._open_unclosed)
        self.unclosed_hint = QLabel()
        self.unclosed_hint.setWordWrap(True)
        unclosed_tab = QWidget()
        unclosed_layout = QVBoxLayout(unclosed_tab)
        unclosed_layout.addWidget(self.unclosed_hint)
        unclosed_layout.addWidget(self.unclosed_view, 1)

        # each tab follows the changes it shows (a schedule saved, stopped or resumed changes
        # reception days and their sessions: the views and this list refresh)
        self.duties = DutiesView(services, self)
        self.schedules = SchedulesView(services, self)

        self.tabs = QTabWidget()
        self.tabs.addTab(all_tab, self.tr("All conferences"))
        self.tabs.addTab(unclosed_tab, "")
        self.tabs.addTab(self.duties, self.tr("Reception duties"))
        self.tabs.addTab(self.schedules, self.tr("Reception schedules"))
        # the follow-up board of every held conference of a period (issue 18)
        self.board = PeriodBoardView(services, self)
        self.tabs.addTab(self.board, self.tr("Follow-up board"))
        for view in (self.view, self.unclosed_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.capabilities.note(layout)
        # data is read when the page is first shown, then again when what it shows changed
        self.changes = follow_changes(
            self, Changed.CONFERENCES | Changed.RECEPTION, self.reload, stale=True
        )

    # --- data ----------------------------------------------------------------------------------

    def _filters(self) -> dict[str, object]:
        kind = self.kind_filter.currentData()
        status = self.status_filter.currentData()
        return {
            "search": self.search.text().strip() or None,
            "kinds": {ConferenceKind(kind)} if kind else None,
            "statuses": {ConferenceStatus(status)} if status else None,
        }

    def _fetch_page(self, offset: int, limit: int) -> list[ConferenceSummary]:
        return self._services.conferences.page(offset, limit, **self._filters())  # type: ignore[arg-type]

    def reload(self) -> None:
        self.changes.loaded()
        self.model.reload()
        total = self._services.conferences.count(**self._filters())  # type: ignore[arg-type]
        self.count_label.setText(self.tr("%Ln conference(s)", "", total))
        if total:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No conference matches. Clear the search or the filters.")
                if any(self._filters().values())
                else self.tr(
                    "No conferences yet. Press “New conference…” to plan the first one, or load "
                    "the demo data from Settings."
                )
            )
            self.empty_label.show()
        unclosed = self._services.conferences.unclosed_past()
        self.unclosed_model.set_rows(unclosed)
        self.tabs.setTabText(1, self.tr("Not yet closed (%Ln)", "", len(unclosed)))
        self.unclosed_hint.setText(
            self.tr(
                "These conferences have ended but were never closed. Open each one, record its "
                "outcome and the issues raised, then close it — or cancel it if it did not "
                "take place."
            )
            if unclosed
            else self.tr("Every past conference is closed. Nothing to do here.")
        )

    # --- opening -------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_conference(index.data(ConferenceRole.ID))

    def _open_unclosed(self, index: QModelIndex) -> None:
        self._open_index(index)

    def _open_selected(self) -> None:
        self._open_index(self.view.currentIndex())

    def _board_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_board(index.data(ConferenceRole.ID))

    def open_board(self, conference_id: int) -> QWidget:
        """The follow-up board of a held conference (issue 18)."""
        return open_board(self._services, conference_id, self)

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """Right-click on a conference: open it, or the follow-up board of a held one."""
        if not index.isValid():
            return None
        row = index.model().row_at(index.row())  # type: ignore[attr-defined]
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._open_index(index))
        board = menu.addAction(self.tr("Follow-up board…"), lambda: self._board_at(index))
        board.setEnabled(row is not None and row.status in _BOARD_STATUSES)
        return menu

    def _context_menu(self, view: QTableView, pos: QPoint) -> None:
        menu = self.context_menu(view.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(view.viewport().mapToGlobal(pos))

    def open_conference(self, conference_id: int) -> None:
        self._show(ConferenceDialog(self._services, conference_id, self))
        self.conference_opened.emit(conference_id)

    def new_conference(self) -> None:
        if not self.capabilities.may_edit:
            return  # a viewer's Ctrl+N
        self._show(ConferenceDialog(self._services, None, self))

    def _show(self, dialog: ConferenceDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "last_dialog", None))
        self.last_dialog = dialog
        dialog.open()

"""The follow-up board's widgets: one conference's board in a dialog, a period's on a tab.

Both show the progress ("3 of 5 settled, 2 late"), the issues late first, and print or save the
board as PDF (A4 landscape, in Vietnamese as every printed document). A row opens its case in the
case form (double-click, Enter or "Open the case…") for a role that may edit cases; what is
saved there updates the board, as every announced change does.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.container import Services
from dialogue_app.services.followup import ConferenceBoard, PeriodBoard
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.dates import date_edit, format_datetime
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.followup.board_model import BoardModel


def _table(model: BoardModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setObjectName("board")
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(BoardModel.COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
    view.setColumnWidth(BoardModel.COL_NUMBER, 110)
    view.setColumnWidth(BoardModel.COL_AGENCY, 200)
    view.setColumnWidth(BoardModel.COL_DAYS, 130)
    return view


class _BoardPanel(QWidget):
    """The progress line, the table, and the print and PDF buttons of a board."""

    def __init__(
        self, services: Services, *, with_conference: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.board: ConferenceBoard | PeriodBoard | None = None
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setWordWrap(True)
        self.model = BoardModel(self, with_conference=with_conference)
        self.view = _table(self.model)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the board (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_board())
        self.open_button = QPushButton(self.tr("Open the case…"))
        self.open_button.setToolTip(self.tr("Open the chosen issue's case (double-click, Enter)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_case())
        self.open_button.setVisible(Capabilities.of(services).may_edit)
        self.view.activated.connect(lambda index: self.open_case(index.row()))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(current.isValid())
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def open_case(self, row: int | None = None) -> QDialog | None:
        """Open the case of ``row`` (default: the current row) in the case form, as the Cases
        page does; nothing for a role that may not edit cases (it reads them on that page)."""
        if not Capabilities.of(self._services).may_edit:
            return None
        if row is None:
            row = self.view.currentIndex().row()
        item = self.model.row_at(row) if row >= 0 else None
        if item is None:
            return None
        from dialogue_app.ui.cases.case_dialog import CaseDialog

        opened: list[QDialog] = []

        def show(detail: object) -> None:
            dialog = CaseDialog(self._services, detail, self)  # type: ignore[arg-type]
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            opened.append(dialog)
            dialog.open()

        case_id = item.case_id
        Operation(self, lambda: self._services.cases.get(case_id)).success(show).run()
        return opened[0] if opened else None

    def progress_text(self, total: int, settled: int, late: int) -> str:
        text = self.tr("%1 of %2 issues settled").replace("%1", str(settled))
        text = text.replace("%2", str(total))
        if late:
            text += "; " + self.tr("%n late", "", late)
        return text

    def show_board(self, board: ConferenceBoard | PeriodBoard, progress: str) -> None:
        self.board = board
        self.model.set_rows(board.items)
        self.progress.setText(progress)
        self.empty.setVisible(not board.items)
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(True)

    def suggested_name(self) -> str:
        board = self.board
        if isinstance(board, PeriodBoard):
            base = self.tr("Follow-up board %1 to %2")
            base = base.replace("%1", board.start.strftime("%d-%m-%Y"))
            base = base.replace("%2", board.end.strftime("%d-%m-%Y"))
        elif board is not None:
            base = self.tr("Follow-up board %1").replace("%1", board.title)
            base += " " + board.start.strftime("%d-%m-%Y")
        else:
            base = self.tr("Follow-up board")
        return re.sub(r'[\\/:*?"<>|]+', "-", base)[:120] + ".pdf"

    def save_pdf(self, path: str | None = None) -> bool:
        """Save the board as PDF (``path``: instead of asking, as the tests do)."""
        board = self.board
        if board is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the board as PDF"),
                self.suggested_name(),
                self.tr("PDF document (*.pdf)"),
            )
            if not path:
                return False
        target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")

        def write() -> Path:
            from dialogue_app.rendering.followup_pdf import write_board_pdf

            return write_board_pdf(board, target)

        return Operation(self, write, during="saving the follow-up board", target=target).run(
            busy=True
        )

    def print_board(self, printer: QPrinter | None = None) -> bool:
        """Print the board (``printer``: instead of the print dialog, as the tests do)."""
        board = self.board
        if board is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the follow-up board"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        chosen = printer

        def paint() -> None:
            from dialogue_app.rendering.followup_pdf import print_board_on

            print_board_on(board, chosen)

        return Operation(self, paint, during="printing the follow-up board").run(busy=True)


class BoardDialog(QDialog):
    """One held conference's follow-up board."""

    def __init__(
        self, services: Services, conference_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.conference_id = conference_id
        self.setWindowTitle(self.tr("Follow-up board"))
        self.resize(1100, 600)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.panel = _BoardPanel(services, with_conference=False, parent=self)
        self.panel.empty.setText(self.tr("No issue was recorded at this conference."))
        self.panel.print_button.setShortcut(QKeySequence.StandardKey.Print)  # its own window
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.changes = follow_changes(self, Changed.CASES | Changed.CONFERENCES, self.reload)
        self.reload()

    def reload(self) -> None:
        self.changes.loaded()
        Operation(self, lambda: self._services.followup.board(self.conference_id)).success(
            self._show
        ).run()

    def _show(self, board: ConferenceBoard) -> None:
        where = f" — {board.venue}" if board.venue else ""
        self.heading.setText(f"<b>{board.title}</b><br>{format_datetime(board.start)}{where}")
        panel = self.panel
        panel.show_board(board, panel.progress_text(board.total, board.settled, board.late))


class PeriodBoardView(QWidget):
    """The same board across every held conference of a period (default: the last 90 days)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        today = services.clock.today()
        self.start_edit = date_edit(today - timedelta(days=90))
        self.end_edit = date_edit(today)
        self.start_edit.setObjectName("board_from")
        self.end_edit.setObjectName("board_to")
        self.panel = _BoardPanel(services, with_conference=True, parent=self)
        self.panel.empty.setText(
            self.tr(
                "No issue raised at a held conference in this period. Record the issues when "
                "you mark a conference held."
            )
        )
        bar = QHBoxLayout()
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.start_edit)
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.end_edit)
        for widget in (from_label, self.start_edit, to_label, self.end_edit):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)
        self.start_edit.dateChanged.connect(self.reload)
        self.end_edit.dateChanged.connect(self.reload)
        self.changes = follow_changes(
            self, Changed.CASES | Changed.CONFERENCES, self.reload, stale=True
        )

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            blocked = edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(blocked)
        self.reload()

    def reload(self) -> None:
        self.changes.loaded()
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        Operation(self, lambda: self._services.followup.period(start, end)).success(
            self._show
        ).run()

    def _show(self, board: PeriodBoard) -> None:
        panel = self.panel
        text = self.tr("%n held conference(s)", "", len(board.conferences)) + ": "
        text += panel.progress_text(board.total, board.settled, board.late)
        panel.show_board(board, text)


def open_board(services: Services, conference_id: int, parent: QWidget) -> BoardDialog:
    """Show one conference's board over ``parent`` (not modal: the clerk may keep it open)."""
    dialog = BoardDialog(services, conference_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

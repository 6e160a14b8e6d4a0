"""Attendance (issue 18): the people and agencies invited to a conference with a "Came" tick,
saved as it is ticked (at the door or after), the count, and the one-page attendance list to
print or save as PDF. Shown in the conference form's Attendance tab and in the outcome form.

Signals:
    attendance_changed(object): the ``ConferenceDetail`` after a tick was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.conferences import ConferenceStatus, ParticipantRole
from dialogue_app.services.conferences import ConferenceDetail
from dialogue_app.services.container import Services
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.waiting_save import waiting_saves

COL_CAME, COL_NAME, COL_ROLE, COL_DETAIL = range(4)
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


def role_names() -> dict[object, str]:
    """Each participant role in words (the list and the printed sheet)."""
    return {
        ParticipantRole.CHAIR: QCoreApplication.translate("AttendanceView", "Chairing"),
        ParticipantRole.ANSWERING_AGENCY: QCoreApplication.translate(
            "AttendanceView", "Agency answering"
        ),
        ParticipantRole.INVITED_CITIZEN: QCoreApplication.translate(
            "AttendanceView", "Citizen invited"
        ),
        ParticipantRole.REPRESENTATIVE: QCoreApplication.translate(
            "AttendanceView", "Representative"
        ),
        ParticipantRole.ATTENDEE: QCoreApplication.translate("AttendanceView", "Attending"),
    }


class AttendanceView(QWidget):
    """Who was invited and who came; ``ask_path`` asks where to save the PDF (tests replace
    it), ``ask_printer`` which printer."""

    attendance_changed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: ConferenceDetail | None = None
        self._loading = False
        self.ask_path: Callable[[str], str | None] = self._ask_path
        self.ask_printer: Callable[[], object | None] = self._ask_printer

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attendance")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Came"), self.tr("Name"), self.tr("Taking part as"), self.tr("Details")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._ticked)
        self.count_label = QLabel()
        self.count_label.setObjectName("attendance_count")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.pdf_button = QPushButton(self.tr("Attendance list (PDF)…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print attendance list…"))
        self.print_button.clicked.connect(self.print_list)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Attendance: tick who came (saved at once)")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

    def show_detail(self, detail: ConferenceDetail | None) -> None:
        """The saved participants of ``detail`` (none for a conference not saved yet)."""
        self._detail = detail
        self._loading = True
        try:
            self.table.setRowCount(0)
            names = role_names()
            for person in detail.attendance if detail else ():
                row = self.table.rowCount()
                self.table.insertRow(row)
                came = QTableWidgetItem()
                came.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                came.setCheckState(
                    Qt.CheckState.Checked if person.attended else Qt.CheckState.Unchecked
                )
                came.setData(PARTICIPANT_ROLE, person.participant_id)
                self.table.setItem(row, COL_CAME, came)
                for column, text in (
                    (COL_NAME, person.name),
                    (COL_ROLE, names.get(person.role, str(person.role))),
                    (COL_DETAIL, person.detail),
                ):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        finally:
            self._loading = False
        self._update_count()

    def _update_count(self) -> None:
        detail = self._detail
        if detail is None or not detail.attendance:
            self.count_label.setText(self.tr("Nobody invited is saved yet."))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 invited came")
                .replace("%1", str(detail.attended_count))
                .replace("%2", str(len(detail.attendance)))
            )
        saved = detail is not None and bool(detail.attendance)
        self.pdf_button.setEnabled(saved)
        self.print_button.setEnabled(saved)
        cancelled = detail is not None and detail.status is ConferenceStatus.CANCELLED
        self.table.setToolTip(
            self.tr("A cancelled conference has no attendance.") if cancelled else ""
        )

    def row_of(self, name: str) -> int:
        """The row of the person or agency named ``name`` (-1: none)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_NAME)
            if item is not None and item.text() == name:
                return row
        return -1

    def tick(self, name: str, came: bool = True) -> None:
        """Tick (or untick) ``name`` as a person at the door would."""
        item = self.table.item(self.row_of(name), COL_CAME)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != COL_CAME or self._detail is None:
            return
        detail = self._detail
        participant_id = item.data(PARTICIPANT_ROLE)
        came = item.checkState() == Qt.CheckState.Checked
        self.error_label.clear()
        # a tick is saved at once: at the door, nothing must wait for a Save button
        ok = (
            Operation(
                self,
                lambda: self._services.scheduling.set_attendance(detail.id, {participant_id: came}),
                changes=Changed.CONFERENCES,
                waits=True,
                repeatable=True,  # the same tick set again
            )
            .success(self._saved)
            .failure(in_label(self.error_label))
            .run()
        )
        if not ok and waiting_saves().of(self) is None:
            # refused (a cancelled conference): the tick goes back (not while it waits for the
            # connection: it is saved when it is back, or read again if discarded)
            self._loading = True
            item.setCheckState(Qt.CheckState.Unchecked if came else Qt.CheckState.Checked)
            self._loading = False

    def reload(self) -> None:
        """Show the ticks as saved (a tick waiting for the connection was discarded)."""
        if self._detail is not None:
            self.show_detail(self._services.scheduling.get(self._detail.id))

    def _saved(self, detail: ConferenceDetail) -> None:
        self._detail = detail
        self._update_count()
        self.attendance_changed.emit(detail)

    # --- the printed list ----------------------------------------------------------------------

    def save_pdf(self) -> Path | None:
        if self._detail is None:
            return None
        detail = self._detail
        suggested = (
            self.tr("Attendance list %1 %2.pdf")
            .replace("%1", str(detail.id))
            .replace("%2", detail.draft.start.strftime("%d-%m-%Y"))
        )
        chosen = self.ask_path(suggested)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def write() -> Path:
            from dialogue_app.rendering.attendance import write_attendance_pdf

            sheet = self._services.scheduling.attendance_sheet(detail.id)
            return write_attendance_pdf(sheet, role_names(), target)

        written: list[Path] = []
        Operation(self, write, target=target).success(written.append).failure(
            in_label(self.error_label)
        ).run(busy=True)
        return written[0] if written else None

    def print_list(self) -> bool:
        if self._detail is None:
            return False
        printer = self.ask_printer()
        if printer is None:
            return False
        detail = self._detail

        def paint() -> int:
            from dialogue_app.rendering.attendance import print_attendance

            sheet = self._services.scheduling.attendance_sheet(detail.id)
            return print_attendance(sheet, role_names(), printer)  # type: ignore[arg-type]

        return Operation(self, paint).failure(in_label(self.error_label)).run(busy=True)

    def _ask_path(self, suggested: str) -> str | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the attendance list"), suggested, self.tr("PDF document (*.pdf)")
        )
        return chosen or None

    def _ask_printer(self) -> object | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the attendance list"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer

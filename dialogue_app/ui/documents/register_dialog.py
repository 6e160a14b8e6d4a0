"""The reception register of a period (Sổ tiếp công dân, Circular 04/2021, form 03): choose the
period and the format, then it is written in the background (a year of a province's visits is
thousands of rows), with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.container import Services
from dialogue_app.services.files import ExportCancelled, write_atomically
from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.dates import date_edit, format_date
from dialogue_app.ui.common.file_dialogs import FileKind, save_file
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.documents import output
from dialogue_app.ui.documents.output import AskPath

REGISTER_FORMATS = ("docx", "pdf", "xlsx")


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _Written(Done):
    """The register was written: its sentence is made when shown (``TaskDialog``)."""

    def __init__(self, describe: Callable[[], str], target: Path) -> None:
        super().__init__("", target)
        self._describe = describe

    def describe(self) -> str:
        return self._describe()


class ReceptionRegisterDialog(QDialog):
    """Writes the reception register of a period to a file.

    ``ask_path`` opens the file dialog (tests replace it); ``task`` is the background job's
    dialog once it has started.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ask_path: AskPath | None = None
        self.task: TaskDialog | None = None
        self.setWindowTitle(self.tr("Reception register"))
        today = services.clock.today()
        self.from_edit = date_edit(date(today.year, 1, 1))
        self.to_edit = date_edit(today)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Word document (.docx)"), "docx")
        self.format_combo.addItem(self.tr("PDF document (.pdf)"), "pdf")
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        explanation = QLabel(
            self.tr(
                "Every citizen received in the period, one row each, in the 12 columns of form 03 "
                "of Circular 04/2021/TT-TTCP (landscape A4)."
            )
        )
        explanation.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("To"), self.to_edit)
        form.addRow(self.tr("Format"), self.format_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def save(self) -> TaskDialog | None:
        date_from, date_to = self.period()
        if date_from > date_to:
            self.error_label.setText(self.tr("The period ends before it starts: check the dates."))
            self.error_label.show()
            return None
        self.error_label.hide()
        fmt = str(self.format_combo.currentData())
        suggested = output.suggested_name(
            self.tr("Reception register %1 – %2")
            .replace("%1", format_date(date_from))
            .replace("%2", format_date(date_to)),
            "",
            fmt,
        )
        ask = self.ask_path or self._ask_path
        path = ask(self.tr("Save the reception register"), output.file_filter(fmt), suggested)
        if not path:
            return None
        target = output.with_suffix(path, fmt)
        documents = self._services.documents

        def job(progress: Any, cancelled: Any) -> Done:
            progress(0, 3)
            register = documents.reception_register(date_from, date_to)
            if cancelled():
                raise ExportCancelled
            progress(1, 3)
            if fmt == "pdf":
                from dialogue_app.rendering.documents import register_pdf_bytes

                content = register_pdf_bytes(register)
            elif fmt == "xlsx":
                content = documents.register_xlsx(register)
            else:
                content = documents.register_docx(register)
            if cancelled():
                raise ExportCancelled
            progress(2, 3)
            write_atomically(target, content)
            progress(3, 3)
            count = len(register.entries)
            # worded on the window's thread, when the task dialog shows it
            return _Written(lambda: self._written_text(count, target), target)

        self.task = Operation(self, job, target=target).run_in_background(
            self.tr("Reception register"), text=self.tr("Writing the reception register…")
        )
        return self.task

    def _written_text(self, count: int, target: Path) -> str:
        return self.tr("%n citizen visit(s) written to %1.", "", count).replace("%1", str(target))

    def _ask_path(self, title: str, file_filter: str, suggested: str) -> str | None:
        chosen = save_file(self, FileKind.DOCUMENT, title, suggested, file_filter)
        return str(chosen) if chosen else None


__all__ = ["REGISTER_FORMATS", "ReceptionRegisterDialog"]

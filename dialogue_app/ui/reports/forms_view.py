"""The statutory forms on the Reports page: pick 01/TCD, 01/XLD, 01/KQGQ or the denunciation
table, see it for the page's period (one row per unit plus the total, the column codes as
headers with their meaning as tooltips), open exactly a cell's cases with a double-click, export
it (XLSX in the form's layout, PDF, JSON), and record the opening balance.

Signals:
    drill_down_requested(object): the ``CaseFilter`` of the double-clicked cell.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.reports.forms import ALL_UNITS, TOTAL, FormCode, FormReport
from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.dates import date_edit
from dialogue_app.ui.common.file_dialogs import FileKind, save_file, suggested_name
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.rows_model import Index, RowsModel

FormLine = tuple[str, Any, dict[str, Any]]  # the unit's name, its id (ALL_UNITS), the values


class FormTableModel(RowsModel[FormLine]):
    """A filled form: the total row first, then one row per unit; the columns are the unit and
    the form's column codes (already computed figures, never database rows)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: FormReport | None = None

    def headers(self) -> list[str]:
        if self.report is None:
            return []
        return [self.tr("Unit"), *self.report.layout.columns]

    def set_report(self, report: FormReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = (
            []
            if report is None
            else [(TOTAL, ALL_UNITS, report.total)]
            + [(r.unit, r.unit_id, r.values) for r in report.rows]
        )
        self.endResetModel()

    def column_code(self, column: int) -> str | None:
        if self.report is None or column < 1:
            return None
        columns = self.report.layout.columns
        return columns[column - 1] if column - 1 < len(columns) else None

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and self.report is not None
        ):
            code = self.column_code(section)
            return self.report.layout.column_titles.get(code) if code else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.row_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        if index.column() == 0:
            return line[0] if role == Qt.ItemDataRole.DisplayRole else None
        code = self.column_code(index.column())
        if code is None:
            return None
        value = line[2].get(code, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, Decimal):
                return format(value.normalize(), "f")
            return format_number(int(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FormsView(QWidget):
    """See the module's docstring."""

    drill_down_requested = Signal(object)

    def __init__(
        self, services: Any, period: Callable[[], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._forms = services.forms
        self._period = period
        self._tasks: list[TaskDialog] = []
        self.form = QComboBox()
        self.form.setObjectName("form_choice")
        for code, label in (
            (FormCode.TCD, self.tr("01/TCD: citizen reception")),
            (FormCode.XLD, self.tr("01/XLD: petitions handled")),
            (FormCode.KQGQ, self.tr("01/KQGQ: complaints settled")),
            # no prescribed number is known for it: say it is the office's own table
            (
                FormCode.KQGQ_TC,
                self.tr("Denunciations settled (office working table, not a form)"),
            ),
        ):
            self.form.addItem(label, code.value)
        self.show_button = QPushButton(self.tr("Show the form"))
        self.export_xlsx = QPushButton(self.tr("Excel…"))
        self.export_pdf = QPushButton(self.tr("PDF…"))
        self.export_json = QPushButton(self.tr("JSON…"))
        self.opening_button = QPushButton(self.tr("Opening balance…"))
        bar = QHBoxLayout()
        bar.addWidget(self.form, 1)
        for button in (
            self.show_button,
            self.export_xlsx,
            self.export_pdf,
            self.export_json,
            self.opening_button,
        ):
            bar.addWidget(button)
        self.message = QLabel()
        self.message.setObjectName("form_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.model = FormTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("form_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.refresh)
        self.form.currentIndexChanged.connect(self.refresh)
        self.table.doubleClicked.connect(self.cell_activated)
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.export_json.clicked.connect(lambda: self.export("json"))
        self.opening_button.clicked.connect(self.edit_opening_balance)
        self._set_exportable(False)

    def code(self) -> FormCode:
        return FormCode(self.form.currentData())

    def _set_exportable(self, on: bool) -> None:
        for button in (self.export_xlsx, self.export_pdf, self.export_json):
            button.setEnabled(on)

    def refresh(self) -> None:
        """Fill the chosen form for the page's period."""
        code = self.code()

        def failed(text: str, _failure: Any) -> None:
            self.model.set_report(None)
            self._set_exportable(False)
            self.message.setText(text)
            self.message.show()

        def shown(report: FormReport) -> None:
            self.message.hide()
            self.model.set_report(report)
            self._set_exportable(True)

        Operation(self, lambda: self._forms.form(code, self._period())).success(shown).failure(
            failed
        ).run()

    # --- drill-down ----------------------------------------------------------------------------

    def cell_activated(self, index: QModelIndex) -> Any:
        """Open exactly the cases of a cell in the case list; returns the filter."""
        report = self.model.report
        line = self.model.row_at(index.row())
        code = self.model.column_code(index.column())
        if report is None or line is None or code is None:
            return None
        if self._forms.is_session_column(report.form, code):
            self.message.setText(
                self.tr("This column counts reception sessions; see them in the calendar.")
            )
            self.message.show()
            return None
        flt = None

        def opened(found: Any) -> None:
            nonlocal flt
            flt = found
            self.drill_down_requested.emit(found)
            window = self.window()
            if hasattr(window, "show_page"):
                window.show_page("cases").show_filtered(found)

        Operation(
            self, lambda: self._forms.drill_filter(report.form, report.period, line[1], code)
        ).success(opened).failure(in_label(self.message)).run()
        return flt

    # --- export --------------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> TaskDialog | None:
        """Export the shown form (xlsx, pdf or json) in the background."""
        report = self.model.report
        if report is None:
            return None
        if not path:
            filters = {
                "xlsx": self.tr("Excel workbook (*.xlsx)"),
                "pdf": self.tr("PDF document (*.pdf)"),
                "json": self.tr("JSON file (*.json)"),
            }
            title = (
                self.tr("Form %1 from %2 to %3")
                .replace("%1", report.form.value.replace("/", "-"))
                .replace("%2", f"{report.period.start:%d-%m-%Y}")
                .replace("%3", f"{report.period.end:%d-%m-%Y}")
            )
            chosen = save_file(
                self,
                FileKind.REPORT,
                self.tr("Export the form"),
                suggested_name(title, f".{fmt}"),
                filters[fmt],
            )
            path = str(chosen) if chosen else None
        if not path:
            return None
        target = Path(path)
        done = self.tr("The form was saved to %1").replace("%1", str(target))
        forms = self._forms
        reports = self._services.reports
        what = f"form {report.form.value} {report.period.start}..{report.period.end}"
        if fmt == "pdf":
            from dialogue_app.rendering.form_pdf import write_form_pdf

            def job(_progress: Any, _cancelled: Any) -> Any:
                write_form_pdf(report, target)
                reports.record_export(what, target.name)  # the audit log: who exported what
                return Done(done)

        else:

            def job(_progress: Any, _cancelled: Any) -> Any:
                forms.export(report, target, fmt)
                reports.record_export(what, target.name)  # the audit log: who exported what
                return Done(done)

        dialog = Operation(self, job, target=target).run_in_background(
            self.tr("Exporting the form")
        )
        self._tasks.append(dialog)
        return dialog

    # --- opening balance -----------------------------------------------------------------------

    def edit_opening_balance(self) -> OpeningBalanceDialog:
        dialog = OpeningBalanceDialog(self._services, self.code(), self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog


class OpeningBalanceDialog(QDialog):
    """Record what a unit carried over into a form on the office's first day in the app."""

    def __init__(self, services: Any, code: FormCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opening balance"))
        self._forms = services.forms
        self.form = QComboBox()
        for item in (FormCode.XLD, FormCode.KQGQ, FormCode.KQGQ_TC):
            self.form.addItem(item.value, item.value)
        if code is not FormCode.TCD:
            self.form.setCurrentIndex(self.form.findData(code.value))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(no unit)"), None)
        for unit_id, name in services.reports.units():
            self.unit.addItem(name, unit_id)
        self.starts_on = date_edit(services.clock.today())
        self.carried = QSpinBox()
        self.carried.setRange(0, 1_000_000)
        self.message = QLabel()
        self.message.setObjectName("opening_message")
        self.message.setWordWrap(True)
        self.message.hide()
        explanation = QLabel(
            self.tr(
                "Petitions carried over from before the office used the app. They count as "
                "carried over (on 01/XLD also as not yet handled) in every form of a period "
                "starting on or after the first day; no form can be made for a period before it."
            )
        )
        explanation.setWordWrap(True)
        fields = QFormLayout()
        fields.addRow(self.tr("Form"), self.form)
        fields.addRow(self.tr("Unit"), self.unit)
        fields.addRow(self.tr("First day in the app"), self.starts_on)
        fields.addRow(self.tr("Carried over"), self.carried)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        code = FormCode(self.form.currentData())
        unit_id = self.unit.currentData()
        day = self.starts_on.date().toPython()
        carried = self.carried.value()
        return (
            Operation(self, lambda: self._forms.set_opening_balance(code, unit_id, day, carried))
            .success(lambda _saved: self.accept())
            .failure(in_label(self.message))
            .run()
        )


__all__ = ["FormTableModel", "FormsView", "OpeningBalanceDialog"]

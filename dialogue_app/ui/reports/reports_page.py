"""The Reports page (dashboard): pick a period, read the figures beside the previous period's,
see them charted, click any figure or bar to open exactly those cases, export Excel, PDF, CSV.

Entry point for the main window: ``ReportsPage(services, parent)``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.periods import PeriodKind
from dialogue_app.domain.statistics import Measure
from dialogue_app.services.errors import Failure
from dialogue_app.services.reports import Report
from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.dates import date_edit, format_date
from dialogue_app.ui.common.file_dialogs import FileKind, save_file, suggested_name
from dialogue_app.ui.common.numbers import format_decimal, format_number, format_rate, format_signed
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.common.periods import period_label
from dialogue_app.ui.common.rows_model import Index, RowsModel
from dialogue_app.ui.reports.forms_view import FormsView
from dialogue_app.ui.reports.report_charts import BarTarget, ChartGrid, chart_specs, chart_view

SHOWN = (
    Changed.CASES
    | Changed.CONFERENCES
    | Changed.RECEPTION
    | Changed.OFFICE
    | Changed.REGISTERS
    | Changed.RULES
    | Changed.WORKING_DAYS
)


def _quietly(_text: str, _failure: Failure) -> None:
    """A failure callback for a default that may be missing: the page does without it."""


class FigureCard(QFrame):
    """A figure with its label and the previous period's value; clickable when it has cases.

    Signals:
        clicked(): the card was clicked.
    """

    clicked = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setWordWrap(True)  # a long figure's name on two lines, never cut off
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid)")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        self.drillable = False

    def set(self, title: str, value: str, note: str, drillable: bool) -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.note.setText(note)
        self.drillable = drillable
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if drillable else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if self.drillable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ReportTableModel(RowsModel[tuple[Any, ...]]):
    """A small read-only table of report rows (already computed, never database rows); each
    table of the report brings its own column titles with its rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []

    def headers(self) -> list[str]:
        return self._titles

    def set_table(self, headers: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """New column titles and rows together, in one reset: the columns change too."""
        self.beginResetModel()
        self._titles = list(headers)
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(row):
            return None
        value = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, int):
                return format_number(value)
            return "—" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsPage(QWidget):
    """Dashboard of the figures for a period.

    Signals:
        drill_down_requested(object): the CaseFilter of the clicked figure or bar.
    """

    drill_down_requested = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reports = services.reports
        self.report: Report | None = None
        self._tasks: list[TaskDialog] = []

        self.kind = QComboBox()
        for kind, label in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.HALF_YEAR, self.tr("First 6 months")),
            (PeriodKind.NINE_MONTHS, self.tr("First 9 months")),
            (PeriodKind.YEAR, self.tr("12 months")),
            (PeriodKind.RANGE, self.tr("Dates…")),
        ):
            self.kind.addItem(label, kind.value)
        today = services.clock.today()
        year, month = today.year, today.month  # unless the office's cut-off day says otherwise

        def this_month(current: Any) -> None:
            nonlocal year, month
            year, month = current.year, current.number

        # the report month containing today (with the office's cut-off day)
        Operation(self, lambda: self._reports.period(PeriodKind.MONTH)).success(this_month).failure(
            _quietly
        ).run()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.number = QSpinBox()
        self.number.setRange(1, 12)
        self.number.setValue(month)
        self.start = date_edit(today.replace(day=1))
        self.end = date_edit(today)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("All units"), None)
        Operation(self, self._reports.units).success(
            lambda units: [self.unit.addItem(name, unit_id) for unit_id, name in units]
        ).failure(_quietly).run()
        self.show_button = QPushButton(self.tr("Show"))
        self.export_xlsx = QPushButton(self.tr("Excel…"))
        self.export_pdf = QPushButton(self.tr("PDF…"))
        self.export_csv = QPushButton(self.tr("CSV…"))
        # the unit list holds long names: the box shows about 12 letters, its list them all
        for combo, letters in ((self.kind, 8), (self.unit, 12)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Period:")))
        for widget in (self.kind, self.year, self.number, self.start, self.end):
            picker.addWidget(widget)
        picker.addWidget(QLabel(self.tr("Unit:")))
        picker.addWidget(self.unit)
        picker.addWidget(self.show_button)
        picker.addStretch(1)
        for button in (self.export_xlsx, self.export_pdf, self.export_csv):
            picker.addWidget(button)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.cards: dict[str, FigureCard] = {}
        cards = QGridLayout()
        for position, key in enumerate(
            ("visits", "received", "carried_over", "total", "settled", "on_time", "overdue",
             "crowd")
        ):  # fmt: skip
            card = FigureCard(key)
            card.clicked.connect(lambda key=key: self._card_clicked(key))
            self.cards[key] = card
            cards.addWidget(card, position // 4, position % 4)
        # two columns of equal width whatever the charts hold, so a refresh never reshapes
        # them; one column when the page is narrow
        self.chart_box = ChartGrid()
        self.tables = QTabWidget()
        self.table_models: dict[str, ReportTableModel] = {}
        for key, title in (
            ("agency", self.tr("By agency")),
            ("field", self.tr("By field")),
            ("unit", self.tr("By unit")),
            ("leaders", self.tr("Reception by leader")),
            ("duties", self.tr("Reception days")),
        ):
            model = ReportTableModel(self)
            view = QTableView()
            view.setObjectName(f"table_{key}")
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.verticalHeader().hide()
            view.setMinimumHeight(220)
            if key in ("agency", "field", "unit"):
                view.doubleClicked.connect(lambda index, key=key: self._row_clicked(key, index))
            self.table_models[key] = model
            self.tables.addTab(view, title)
        # the statutory forms for the same period (issue 14); a cell opens its cases
        self.forms_view = FormsView(services, self._period, self)
        self.forms_view.drill_down_requested.connect(self.drill_down_requested)
        self.tables.addTab(self.forms_view, self.tr("Statutory forms"))

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addLayout(cards)
        body.addWidget(self.chart_box)
        body.addWidget(self.tables)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.empty = QLabel()
        self.empty.setObjectName("reports_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.stack, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.refresh)
        self.unit.currentIndexChanged.connect(self.refresh)
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf.clicked.connect(lambda: self.export("pdf"))
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self._kind_changed()
        # the figures count cases and conferences, by the office's periods and the pick lists
        self.changes = follow_changes(self, SHOWN, self.refresh)

    # --- period ------------------------------------------------------------------------------

    def current_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.year.setVisible(kind is not PeriodKind.RANGE)
        self.number.setVisible(kind in (PeriodKind.MONTH, PeriodKind.QUARTER))
        self.number.setMaximum(12 if kind is PeriodKind.MONTH else 4)
        self.start.setVisible(kind is PeriodKind.RANGE)
        self.end.setVisible(kind is PeriodKind.RANGE)
        self.refresh()

    def set_period(self, kind: PeriodKind, year: int = 0, number: int = 0,
                   start: date | None = None, end: date | None = None) -> None:  # fmt: skip
        """Choose a period as the picker would (also for tests), then show it."""
        blocked = [w.blockSignals(True) for w in (self.kind,)]
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.blockSignals(False)
        del blocked
        if year:
            self.year.setValue(year)
        if number:
            self.number.setMaximum(12 if kind is PeriodKind.MONTH else 4)
            self.number.setValue(number)
        if start is not None:
            self.start.setDate(QDate(start.year, start.month, start.day))
        if end is not None:
            self.end.setDate(QDate(end.year, end.month, end.day))
        self._kind_changed()

    def _period(self):  # type: ignore[no-untyped-def]  # a domain Period
        from dialogue_app.domain.periods import (
            month_period,
            quarter_period,
            range_period,
            year_part_period,
        )

        kind = self.current_kind()
        cutoff = self._reports.cutoff_day()
        if kind is PeriodKind.RANGE:
            return range_period(self.start.date().toPython(), self.end.date().toPython())
        if kind is PeriodKind.MONTH:
            return month_period(self.year.value(), self.number.value(), cutoff)
        if kind is PeriodKind.QUARTER:
            return quarter_period(self.year.value(), min(self.number.value(), 4), cutoff)
        return year_part_period(kind, self.year.value(), cutoff)

    # --- figures -----------------------------------------------------------------------------

    def refresh(self) -> None:
        from dialogue_app.domain.periods import PeriodError

        def not_shown(text: str, failure: Failure) -> None:
            if isinstance(failure.message, PeriodError):
                text = self.tr(
                    "The period ends before it starts. Choose a last day on or after the first day."
                )
            self._show_empty(text)

        unit_id = self.unit.currentData()
        Operation(self, lambda: self._reports.report(self._period(), unit_id=unit_id)).success(
            self._show_report
        ).failure(not_shown).run()

    def _show_report(self, report: Report) -> None:
        self.report = report
        self._fill(report)

    def _show_empty(self, text: str) -> None:
        self.report = None
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        for button in (self.export_xlsx, self.export_pdf, self.export_csv):
            button.setEnabled(False)

    # numbers and rates in the interface language (ui.numbers); the page is rebuilt on a switch
    _number = staticmethod(format_number)
    _rate = staticmethod(format_rate)

    def _compare(self, now: int, before: int | None) -> str:
        if before is None:
            return ""
        return (
            self.tr("Previous period: %1 (%2)")
            .replace("%1", self._number(before))
            .replace("%2", self._change(now, before))
        )

    def _change(self, now: int, before: int) -> str:
        """ "+3", "-2" or "=" (no change)."""
        return format_signed(now - before)

    def _fill(self, report: Report) -> None:
        for button in (self.export_xlsx, self.export_pdf, self.export_csv):
            button.setEnabled(True)
        if report.empty:
            self.empty.setText(
                self.tr(
                    "No cases and no reception sessions in %1. Choose another period or unit; "
                    "register cases on the Cases page and mark reception days as held to see "
                    "figures here. You can still export this empty report."
                ).replace("%1", period_label(report.period))
            )
            self.stack.setCurrentWidget(self.empty)
            self._fill_charts(report)
            return
        self.stack.setCurrentIndex(0)
        heading = (
            self.tr("%1 — figures as of %2")
            .replace("%2", format_date(report.as_of))
            .replace("%1", period_label(report.period))
            if report.as_of < report.period.end
            else period_label(report.period)
        )
        self.heading.setText(f"<h3>{html.escape(heading)}</h3>")
        previous = report.previous
        c, w = report.cases, report.within
        p = previous.cases if previous else None
        pw = previous.within if previous else None
        sessions = report.reception.sessions
        visits_before = previous.reception.visits if previous else None
        self.cards["visits"].set(
            self.tr("Citizens received"),
            self._number(report.reception.visits),
            self.tr("%Ln session(s) held.", "", sessions)
            if visits_before is None
            else self.tr("%Ln session(s) held. Previous period: %1 (%2)", "", sessions)
            .replace("%1", self._number(visits_before))
            .replace("%2", self._change(report.reception.visits, visits_before)),
            report.reception.cases > 0,
        )
        self.cards["received"].set(
            self.tr("Cases received"), self._number(c.received),
            self._compare(c.received, p.received if p else None), c.received > 0,
        )  # fmt: skip
        self.cards["carried_over"].set(
            self.tr("Carried over"), self._number(c.carried_over),
            self._compare(c.carried_over, p.carried_over if p else None), c.carried_over > 0,
        )  # fmt: skip
        self.cards["total"].set(
            self.tr("To handle (carried over + received)"), self._number(c.total),
            self.tr("%1 within competence, %2 outside").replace("%1", self._number(w.total))
            .replace("%2", self._number(report.outside.total)),
            c.total > 0,
        )  # fmt: skip
        # the rate's denominator is not the "within competence" figure above: say why
        why = (
            self.tr(
                "Out of %1 to settle: %2 within competence, less %3 refused, transferred or guided."
            )
            .replace("%1", self._number(w.to_settle))
            .replace("%2", self._number(w.total))
            .replace("%3", self._number(w.closed_otherwise))
        )
        self.cards["settled"].set(
            self.tr("Settled within competence"), self._rate(w.settled_rate),
            why + (" " + self.tr("Previous period: %1").replace("%1", self._rate(pw.settled_rate))
                   if pw else ""),
            w.settled > 0,
        )  # fmt: skip
        average = w.average_days_to_settle
        self.cards["on_time"].set(
            self.tr("Settled on time"), self._rate(w.on_time_rate),
            self.tr("%1 late; %2 days on average").replace("%1", self._number(w.settled_late))
            .replace("%2", format_decimal(average)),
            w.settled_on_time > 0,
        )  # fmt: skip
        self.cards["overdue"].set(
            self.tr("Overdue, still open"), self._number(c.overdue),
            self._compare(c.overdue, p.overdue if p else None), c.overdue > 0,
        )  # fmt: skip
        self.cards["crowd"].set(
            self.tr("Crowd delegations"), self._number(c.crowd),
            # every crowd delegation has at least 5 people: never "1 people"
            self.tr("%Ln people", "", c.crowd_people), c.crowd > 0,
        )  # fmt: skip
        self._fill_charts(report)
        self._fill_tables(report)

    def _fill_charts(self, report: Report) -> None:
        self.chart_views = [
            (spec, chart_view(spec, self._bar_clicked)) for spec in chart_specs(report)
        ]
        self.chart_box.set_charts([view for _spec, view in self.chart_views])

    def _fill_tables(self, report: Report) -> None:
        counts_headers = [
            self.tr("Carried over"), self.tr("Received"), self.tr("Total"), self.tr("Settled"),
            self.tr("On time"), self.tr("Late"), self.tr("Closed otherwise"), self.tr("Open"),
            self.tr("Overdue"), self.tr("Settled (rate)"),
        ]  # fmt: skip
        not_recorded = self.tr("(not recorded)")
        for key, first, rows in (
            ("agency", self.tr("Agency"), report.by_agency),
            ("field", self.tr("Field"), report.by_field),
            ("unit", self.tr("Unit"), report.by_unit),
        ):
            self.table_models[key].set_table(
                [first, *counts_headers],
                [
                    (r.label if r.key is not None else not_recorded, r.counts.carried_over,
                     r.counts.received, r.counts.total, r.counts.settled,
                     r.counts.settled_on_time, r.counts.settled_late, r.counts.closed_otherwise,
                     r.counts.open_at_end, r.counts.overdue, self._rate(r.counts.settled_rate))
                    for r in rows
                ],
            )  # fmt: skip
        self._table_keys = {
            "agency": [r.key for r in report.by_agency],
            "field": [r.key for r in report.by_field],
            "unit": [r.key for r in report.by_unit],
        }
        self.table_models["leaders"].set_table(
            [self.tr("Leader"), self.tr("Sessions"), self.tr("Citizens received"),
             self.tr("Cases"), self.tr("Crowd delegations")],
            # the service names sessions without a chair for exports; the window says it itself
            [(r.name if r.official_id is not None else self.tr("(no chair recorded)"),
              r.counts.sessions, r.counts.visits,
              r.counts.cases, r.counts.crowd) for r in report.reception_by_leader],
        )  # fmt: skip
        self.table_models["duties"].set_table(
            [self.tr("Leader"), self.tr("Quota"), self.tr("Required"), self.tr("Held"),
             self.tr("Delegated"), self.tr("Missed"), self.tr("Planned"), self.tr("Not marked"),
             self.tr("Fulfilled")],
            [(r.name, r.quota, r.count.required, r.count.held, r.count.delegated,
              r.count.missed, r.count.planned, r.count.unmarked, self._rate(r.rate))
             for r in report.duties],
        )  # fmt: skip

    # --- drill-down --------------------------------------------------------------------------

    def _card_clicked(self, key: str) -> None:
        measures = {
            "visits": (Measure.AT_SESSIONS, None),
            "received": (Measure.RECEIVED, None),
            "carried_over": (Measure.CARRIED_OVER, None),
            "total": (Measure.IN_SCOPE, None),
            "settled": (Measure.SETTLED, True),
            "on_time": (Measure.SETTLED_ON_TIME, True),
            "overdue": (Measure.OVERDUE, None),
            "crowd": (Measure.CROWD, None),
        }
        measure, within = measures[key]
        self.drill(measure, within_competence=within)

    def _bar_clicked(self, target: BarTarget) -> None:
        self.drill(target.measure, dimension=target.dimension, key=target.key)

    def _row_clicked(self, table: str, index: QModelIndex) -> None:
        keys = getattr(self, "_table_keys", {}).get(table, [])
        if 0 <= index.row() < len(keys):
            self.drill(Measure.IN_SCOPE, dimension=table, key=keys[index.row()])

    def drill(
        self,
        measure: Measure,
        *,
        within_competence: bool | None = None,
        dimension: str | None = None,
        key: int | str | None = None,
    ) -> Any:
        """Open the case list filtered to exactly the cases behind a figure; returns the filter."""
        if self.report is None:
            return None
        flt = self._reports.drill_filter(
            self.report, measure, within_competence=within_competence, dimension=dimension,
            key=key,
        )  # fmt: skip
        self.drill_down_requested.emit(flt)
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("cases").show_filtered(flt)
        return flt

    # --- exports -----------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> TaskDialog | None:
        """Export the shown report (xlsx, pdf or csv) in the background, with progress."""
        report = self.report
        if report is None:
            return None
        if not path:
            filters = {
                "xlsx": self.tr("Excel workbook (*.xlsx)"),
                "pdf": self.tr("PDF document (*.pdf)"),
                "csv": self.tr("CSV file (*.csv)"),
            }
            title = (
                self.tr("Report from %1 to %2")
                .replace("%1", f"{report.period.start:%d-%m-%Y}")
                .replace("%2", f"{report.period.end:%d-%m-%Y}")
            )
            chosen = save_file(
                self,
                FileKind.REPORT,
                self.tr("Export the report"),
                suggested_name(title, f".{fmt}"),
                filters[fmt],
            )
            path = str(chosen) if chosen else None
        if not path:
            return None
        target = Path(path)
        done = self.tr("The report was saved to %1").replace("%1", str(target))
        reports, what = self._reports, f"report {report.period.start}..{report.period.end}"
        if fmt == "pdf":
            from dialogue_app.rendering.report_pdf import chart_images, write_pdf

            images = chart_images(report)  # charts are drawn here, in the window's thread

            def job(progress: Any, cancelled: Any) -> Any:
                write_pdf(report, target, images, progress=progress, cancelled=cancelled)
                reports.record_export(what, target.name)  # the audit log: who exported what
                return Done(done)

        else:
            from dialogue_app.services.reports import write_report

            def job(progress: Any, cancelled: Any) -> Any:
                write_report(report, target, progress=progress, cancelled=cancelled)
                reports.record_export(what, target.name)  # the audit log: who exported what
                return Done(done)

        dialog = Operation(self, job, target=target).run_in_background(
            self.tr("Exporting the report")
        )
        self._tasks.append(dialog)
        return dialog


__all__ = ["ReportsPage"]

"""The Cases page: the case list (lazy, any size), its filters and views, and the case detail.

Entry points for the main window: ``CasesPage(services, parent)`` and ``show_filtered(filter)``
(e.g. the dashboard's "overdue" figure opens the list filtered to those cases).

Long module: the case list, its filters, its detail pane and the page's actions, which pass
the selection and the filter between them.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.cases import OPEN_STATUSES, CaseStatus, CaseType
from dialogue_app.services.cases import AgencyLateness, CaseDetail, CaseFilter
from dialogue_app.services.errors import Failure
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.cases import case_labels
from dialogue_app.ui.cases import case_table_model as table
from dialogue_app.ui.cases.case_table_model import CaseRole, CaseTableModel
from dialogue_app.ui.cases.case_undo import CaseUndoButton
from dialogue_app.ui.cases.late_agency_model import LateAgencyModel
from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.choices_model import LazyChoicesBox
from dialogue_app.ui.common.dates import format_date, format_datetime
from dialogue_app.ui.common.file_dialogs import FileKind, open_file, save_file, suggested_name
from dialogue_app.ui.common.messages import LATE_COLOUR, parts_translated
from dialogue_app.ui.common.operations import Operation, in_message_box
from dialogue_app.ui.common.remembered import remember_columns, remember_splitter
from dialogue_app.ui.common.table_headers import fit_header_labels

if TYPE_CHECKING:
    from dialogue_app.ui.cases.case_facts_dialog import CaseFactsDialog

# The dialogs' modules (the case form with its citizen picker, statuses, statistics, import and
# export) are imported when first opened: the list alone is what most visits need (issue 19).

OPEN = "open"
COUNT_LIMIT = 10_000  # beyond this the page says "more than", so typing never waits for a count


# what the page shows: the cases, their citizens, deadlines (rules, working days), pick lists
SHOWN = Changed.CASES | Changed.CITIZENS | Changed.RULES | Changed.WORKING_DAYS | Changed.REGISTERS


class CasesPage(QWidget):
    """Case register: search as you type, filters, views, detail with timeline.

    Signals:
        case_selected(int): the id of the case now shown in the detail pane.
    """

    case_selected = Signal(int)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._cases = services.cases
        self._detail: CaseDetail | None = None
        self._revealed: tuple[Any, ...] | None = None

        # --- filters ---------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, ID numbers, case numbers and summaries")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Search the register (Ctrl+F)"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.view = QComboBox()
        self.view.addItem(self.tr("All cases"), "all")
        self.view.addItem(self.tr("Open cases"), "open")
        self.view.addItem(self.tr("Due soon"), "due")
        self.view.addItem(self.tr("Overdue"), "overdue")
        self.view.addItem(self.tr("Denunciators to notify"), "notify")
        self.due_days = QSpinBox()
        self.due_days.setRange(1, 365)
        self.due_days.setValue(7)
        self.due_days.setSuffix(self.tr(" days"))
        # labeled in place (issue 18): "due within 7 days", used by the "Due soon" view only
        self.due_days.setPrefix(self.tr("due within "))
        self.due_days.setToolTip(self.tr("How many days ahead “Due soon” looks"))
        self.due_days.setAccessibleName(self.tr("Due within (days)"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for value in CaseStatus:
            self.status.addItem(case_labels.status(value), value.value)
        self.case_type = QComboBox()
        self.case_type.addItem(self.tr("Any type"), None)
        for value in CaseType:
            self.case_type.addItem(case_labels.case_type(value), value.value)
        # read when first reached for; every unit of ten years: thousands, hence a light model
        registers = self._services.registers
        self.field = LazyChoicesBox(self.tr("Any field"), registers.fields)
        self.commune = LazyChoicesBox(self.tr("Any commune"), registers.communes)
        self.agency = LazyChoicesBox(self.tr("Any agency"), registers.agencies)
        self.commune.setToolTip(
            self.tr(
                "A district or a province lists the cases of its communes; a commune also "
                "those of the communes merged into it"
            )
        )
        for combo in (
            self.view,
            self.status,
            self.case_type,
            self.field,
            self.commune,
            self.agency,
        ):
            combo.currentIndexChanged.connect(self._apply_filters)
            # long names (agencies) must not make the window wider than a small screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.due_days.valueChanged.connect(self._apply_filters)

        new = QPushButton(self.tr("Register a case…"))
        new.setToolTip(self.tr("Register a new case (Ctrl+N)"))
        new.clicked.connect(self.new_case)
        import_button = QPushButton(self.tr("Import…"))
        import_button.clicked.connect(lambda: self.import_file())
        export_button = QPushButton(self.tr("Export…"))
        export_button.clicked.connect(lambda: self.export_list())
        self.deadlines_button = QPushButton(self.tr("Deadlines (.ics)…"))
        self.deadlines_button.setToolTip(
            self.tr(
                "Save the deadlines of the open cases (of the agency chosen, if any) as all-day "
                "entries for Outlook, Google or Thunderbird"
            )
        )
        # clicked(bool) would pass its "checked" flag as the path: ask where to save instead
        self.deadlines_button.clicked.connect(lambda: self.export_deadlines())

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(new)
        top.addWidget(import_button)
        top.addWidget(export_button)
        top.addWidget(self.deadlines_button)
        filters = QGridLayout()  # two rows: the page stays usable in a narrow window
        filters.addWidget(self.view, 0, 0)
        filters.addWidget(self.due_days, 0, 1)
        filters.addWidget(self.status, 0, 2)
        filters.addWidget(self.case_type, 0, 3)
        filters.addWidget(self.field, 1, 0, 1, 2)
        filters.addWidget(self.commune, 1, 2)
        filters.addWidget(self.agency, 1, 3)

        # --- list ------------------------------------------------------------------------------
        self.model = CaseTableModel(self._cases.list_ids_page, self._cases.rows_by_ids, self)
        self.table = QTableView()
        self.table.setModel(self.model)  # sorting enabled below, once the columns are restored
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_case())
        fit_header_labels(self.table)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.count_label = QLabel()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        # --- detail ----------------------------------------------------------------------------
        # what to do until a case is chosen; the case's view is built when the first one is
        # (``detail_view``): a page opened to search or to read the list needs no rich text
        self._detail_view: QTextBrowser | None = None
        self._detail_hint = QLabel(self.tr("Choose a case in the list to see it here."))
        self._detail_hint.setWordWrap(True)
        self._detail_hint.setMargin(6)
        self._detail_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._detail_stack = QStackedWidget()
        self._detail_stack.addWidget(self._detail_hint)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_case)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.clicked.connect(self.change_status)
        self.follow_button = QPushButton(self.tr("Add follow-up…"))
        self.follow_button.clicked.connect(self.add_follow_up)
        self.reveal_button = QPushButton(self.tr("Show the denunciator"))
        self.reveal_button.clicked.connect(self.reveal)
        self.document_button = QPushButton(self.tr("Make a document…"))
        self.document_button.clicked.connect(self.make_document)
        self.facts_button = QPushButton(self.tr("Statistics…"))  # the forms' facts (issue 14)
        self.facts_button.clicked.connect(self.edit_facts)
        self.undo_button = CaseUndoButton(self._cases, self)  # issue 18
        self.undo_button.undone.connect(self._after_save)
        # what the role may not do is not offered (issue 15); the services refuse it again
        self.capabilities = Capabilities.of(services)
        self.new_button = new
        self.import_button = import_button
        self.capabilities.hide_unless(
            self.capabilities.may_edit,
            new,
            import_button,
            self.edit_button,
            self.status_button,
            self.follow_button,
            self.document_button,
            self.facts_button,
            self.undo_button,
        )
        actions = QGridLayout()  # two by two, so a narrow window still fits them
        for position, button in enumerate(
            (
                self.edit_button,
                self.status_button,
                self.follow_button,
                self.document_button,
                self.facts_button,
                self.undo_button,
                self.reveal_button,
            )
        ):
            actions.addWidget(button, position // 2, position % 2)
        detail = QWidget()
        detail.setMinimumWidth(120)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self._detail_stack)

        list_area = QWidget()
        list_layout = QVBoxLayout(list_area)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_stack)
        list_layout.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.setObjectName("cases_splitter")
        splitter.addWidget(list_area)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 380])
        self.table.setMinimumWidth(200)
        self._arrange_columns()
        remember_splitter(splitter, "cases/detail")
        remember_columns(self.table, "cases/list")
        # newest first, as the register is read (and what the list's index serves at any depth),
        # whatever sort a saved layout holds; Qt would otherwise sort by the first column, the
        # number, as text ("9/…" after "10/…"). Enabled last, so the list is sorted once.
        self.table.horizontalHeader().setSortIndicator(
            table.COL_RECEIVED, Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)

        # --- late agencies ---------------------------------------------------------------------
        # built when the tab is first opened (``late_table``): most visits never open it
        self.late_model = LateAgencyModel(self)
        self._late_table: QTableView | None = None
        self._late_area = QWidget()
        self._late_layout = QVBoxLayout(self._late_area)
        self._late_layout.setContentsMargins(0, 0, 0, 0)

        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.addLayout(top)
        register_layout.addLayout(filters)
        register_layout.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(register, self.tr("Cases"))
        self.tabs.addTab(self._late_area, self.tr("Late agencies"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.capabilities.note(layout)

        self._apply_filters()
        self._show_detail(None)
        # other pages change cases too: deadline rules and the working-day calendar recompute
        # them; closing a conference registers its issues as cases
        self.changes = follow_changes(self, SHOWN, self.refresh)

    @property
    def detail_view(self) -> QTextBrowser:
        """The case shown, with its timeline and links (built when the first case is opened)."""
        if self._detail_view is None:
            view = QTextBrowser()
            view.setOpenLinks(False)
            view.anchorClicked.connect(self._link_clicked)
            self._detail_stack.addWidget(view)
            self._detail_view = view
        return self._detail_view

    # --- filters ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """Read the place filters' lists again, those read already (a unit added elsewhere)."""
        for combo in (self.field, self.commune, self.agency):
            combo.refresh_choices()

    def current_filter(self) -> CaseFilter:
        view = self.view.currentData()
        status = self.status.currentData()
        case_type = self.case_type.currentData()
        statuses = frozenset({CaseStatus(status)}) if status else frozenset()
        if view == "open" and not statuses:
            statuses = frozenset(OPEN_STATUSES)
        return CaseFilter(
            search=self.search.text(),
            statuses=statuses,
            case_types=frozenset({CaseType(case_type)}) if case_type else frozenset(),
            field_ids=_ids(self.field.currentData()),
            unit_id=self.commune.currentData(),
            agency_ids=_ids(self.agency.currentData()),
            overdue=view == "overdue",
            due_within_days=self.due_days.value() if view == "due" else None,
            notify_pending=view == "notify",
        )

    def show_filtered(self, case_filter: CaseFilter) -> None:
        """Show the list with exactly ``case_filter`` (dashboard drill-down)."""
        self.tabs.setCurrentIndex(0)
        widgets = (self.search, self.view, self.status, self.case_type, self.field, self.commune,
                   self.agency, self.due_days)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(case_filter.search)
        view = (
            "overdue"
            if case_filter.overdue
            else "due"
            if case_filter.due_within_days
            else "notify"
            if case_filter.notify_pending
            else "all"
        )
        self.view.setCurrentIndex(self.view.findData(view))
        if case_filter.due_within_days:
            self.due_days.setValue(case_filter.due_within_days)
        for combo, values in (
            (self.status, {s.value for s in case_filter.statuses}),
            (self.case_type, {t.value for t in case_filter.case_types}),
        ):
            single = next(iter(values)) if len(values) == 1 else None
            combo.setCurrentIndex(max(combo.findData(single), 0))
        for box, ids in (
            (self.field, case_filter.field_ids),
            (
                self.commune,
                {case_filter.unit_id}
                if case_filter.unit_id is not None
                else case_filter.commune_ids,
            ),
            (self.agency, case_filter.agency_ids),
        ):
            box.choose(next(iter(ids)) if len(ids) == 1 else None)
        for widget in widgets:
            widget.blockSignals(False)
        self._load(case_filter)

    def _apply_filters(self) -> None:
        self._load(self.current_filter())

    def _load(self, case_filter: CaseFilter) -> None:
        shown = self._detail.id if self._detail is not None else None

        def load() -> tuple[int | None, bool]:
            self.model.set_filter(case_filter)
            # While searching, count only what is loaded: counting every match of a one-letter
            # search over a million cases would make each keystroke wait.
            total = (
                self._cases.count(case_filter, limit=COUNT_LIMIT + 1)
                if not case_filter.search.strip()
                else None
            )
            return total, shown is None or self._listed(case_filter, shown)

        Operation(self, load).success(lambda found: self._loaded(case_filter, *found)).failure(
            in_message_box(self, self.tr("Cannot show the cases"))
        ).run()

    def _loaded(self, case_filter: CaseFilter, total: int | None, listed: bool) -> None:
        if total is None:
            loaded = self.model.rowCount()
            more = self.model.canFetchMore(QModelIndex())
            self.count_label.setText(
                self.tr("More than %Ln case(s) found", "", loaded)
                if more
                else self.tr("%Ln case(s) found", "", loaded)
            )
        elif total > COUNT_LIMIT:
            self.count_label.setText(
                self.tr(
                    "More than %Ln case(s); narrow the search to see how many.", "", COUNT_LIMIT
                )
            )
        else:
            self.count_label.setText(self.tr("%Ln case(s)", "", total))
        if self._detail is not None and not listed:
            self._show_detail(None)  # the case shown is not in the list any more
        if self.model.rowCount() == 0:
            if case_filter == CaseFilter():
                self.empty.setText(
                    self.tr(
                        "No cases yet. Register a case with “Register a case…”, or import a "
                        "spreadsheet of cases with “Import…”."
                    )
                )
            else:
                self.empty.setText(
                    self.tr("No case matches. Check the spelling, or clear some filters.")
                )
            self.list_stack.setCurrentWidget(self.empty)
        else:
            self.list_stack.setCurrentWidget(self.table)

    def _listed(self, case_filter: CaseFilter, case_id: int) -> bool:
        """Whether the list still holds the case: among the rows read, or further down (a
        case opened deep in a long list, past the rows read again)."""
        if self.model.row_of_case(case_id) >= 0:
            return True
        if case_filter.case_ids is not None and case_id not in case_filter.case_ids:
            return False
        return self._cases.count(replace(case_filter, case_ids=frozenset({case_id}))) > 0

    def refresh(self) -> None:
        """Read the list, the pick lists, the case shown and the late agencies again (when what
        the page shows changed)."""
        self._fill_choices()
        shown = self._detail.id if self._detail is not None else None
        self._load(self.model.case_filter)
        if shown is not None and self.model.row_of_case(shown) >= 0:
            self.table.selectRow(self.model.row_of_case(shown))
            if self._detail is None or self._detail.id != shown:
                self.open_case(shown)
        elif shown is not None and self._detail is not None:
            self.open_case(shown)  # still listed, further down: shown as it is now
        if self.tabs.currentIndex() == 1:
            self.late_model.set_rows(self._cases.late_agencies())

    @property
    def late_table(self) -> QTableView:
        """Agencies with cases past their deadline (built when the tab is first opened)."""
        return self._build_late_table()

    def _build_late_table(self) -> QTableView:
        if self._late_table is None:
            self._late_table = QTableView()
            self._late_table.setModel(self.late_model)
            self._late_table.verticalHeader().hide()
            self._late_table.horizontalHeader().setStretchLastSection(True)
            self._late_table.doubleClicked.connect(self._open_late_agency)
            fit_header_labels(self._late_table)
            self._late_layout.addWidget(self._late_table)
        return self._late_table

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self._build_late_table()
            self.late_model.set_rows(self._cases.late_agencies())

    def _open_late_agency(self, index: QModelIndex) -> None:
        row: AgencyLateness | None = self.late_model.row_at(index.row())
        if row is None or row.agency_id is None:
            return
        self.show_filtered(CaseFilter(overdue=True, agency_ids=frozenset({row.agency_id})))

    def _arrange_columns(self) -> None:
        """Who and how late first, beside the number: with the detail pane open on a 1366-px
        screen the list shows the number, the citizen, the days left (red when overdue), the
        deadline and the status; the rest is a scroll away (issue 18)."""
        self.table.setWordWrap(False)  # one line a case, elided, not two cramped ones
        header = self.table.horizontalHeader()
        first = (
            table.COL_NUMBER,
            table.COL_CITIZENS,
            table.COL_DAYS_LEFT,
            table.COL_DEADLINE,
            table.COL_STATUS,
        )
        for visual, column in enumerate(first):
            header.moveSection(header.visualIndex(column), visual)
        metrics = self.table.fontMetrics()
        widths = {
            table.COL_NUMBER: metrics.horizontalAdvance("000/ĐKN-2026") + 16,
            table.COL_CITIZENS: metrics.horizontalAdvance("Nguyễn Thị Phương Thảo") + 16,
            table.COL_DEADLINE: metrics.horizontalAdvance("00/00/0000") + 24,
            table.COL_RECEIVED: metrics.horizontalAdvance("00/00/0000") + 24,
            table.COL_SUMMARY: 320,
        }
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSize(column)))

    # --- detail ----------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = current.data(CaseRole.CASE_ID) if current.isValid() else None
        self.open_case(case_id)

    def open_case(self, case_id: int | None) -> None:
        self._revealed = None
        if case_id is None:
            self._show_detail(None)
            return

        def not_opened(text: str, failure: Failure) -> None:
            in_message_box(self, self.tr("Cannot open the case"))(text, failure)
            self._show_detail(None)

        Operation(self, lambda: self._cases.get(case_id)).success(self._opened).failure(
            not_opened
        ).run()

    def _opened(self, detail: CaseDetail) -> None:
        self._show_detail(detail)
        self.case_selected.emit(detail.id)

    def _show_detail(self, detail: CaseDetail | None) -> None:
        self._detail = detail
        for button in (self.edit_button, self.status_button, self.follow_button, self.facts_button):
            button.setEnabled(detail is not None)
        self.document_button.setEnabled(detail is not None)
        self.status_button.setEnabled(bool(detail and detail.allowed_next))
        self.reveal_button.setVisible(
            bool(detail and detail.identity_hidden) and self.capabilities.may_see_denunciators
        )
        self.undo_button.show_case(detail)
        if detail is None:
            self._detail_stack.setCurrentWidget(self._detail_hint)
            return
        e = html.escape
        # labels read before the f-strings, where lupdate can see them
        words = {
            "Status": self.tr("Status"),
            "Deadline": self.tr("Deadline"),
            "Repeat of case": self.tr("Repeat of case"),
            "Summary": self.tr("Summary"),
            "Citizens": self.tr("Citizens"),
            "representative": self.tr("representative"),
            "Timeline": self.tr("Timeline"),
        }
        lines = [
            f"<h3>{e(detail.number or '#' + str(detail.id))} — "
            f"{e(case_labels.case_type(detail.case_type))}</h3>",
            f"<p><b>{e(words['Status'])}:</b> {e(case_labels.status(detail.status))}"
            + (f" ({e(case_labels.outcome(detail.outcome))})" if detail.outcome else "")
            + "</p>",
        ]
        if detail.deadline:
            lines.append(
                f"<p><b>{e(words['Deadline'])}:</b> "
                f"<span style='color:{_colour(detail.overdue)}'>"
                f"{e(format_date(detail.deadline))}</span><br><small>"
                f"{e(parts_translated(detail.deadline_parts))}</small></p>"
            )
        if detail.notify_deadline:
            if detail.notified_on:
                state = self.tr("notified on %1").replace("%1", format_date(detail.notified_on))
            elif detail.notify_pending:
                state = self.tr("not yet recorded")
            else:
                state = self.tr("not recorded")
            label = self.tr("Notify the denunciator by")
            lines.append(
                f"<p><b>{e(label)}:</b> "
                f"<span style='color:{_colour(detail.notify_overdue)}'>"
                f"{e(format_date(detail.notify_deadline))}</span> ({e(state)})<br><small>"
                f"{e(parts_translated(detail.notify_parts))}</small></p>"
            )
        facts = [
            (self.tr("Received on"), format_date(detail.received_on)),
            (self.tr("Received through"), case_labels.channel(detail.channel)),
            (self.tr("Raised at"), detail.conference or ""),
            (self.tr("Field"), detail.field or ""),
            (self.tr("Commune"), detail.commune or ""),
            (self.tr("Agency"), detail.agency or ""),
            (self.tr("Handler"), detail.handler or ""),
            (self.tr("Round"), str(detail.round)),
            (self.tr("Complexity"), case_labels.complexity(detail.complexity)),
            (self.tr("Remote area"), self.tr("yes") if detail.remote_area else self.tr("no")),
            (self.tr("Within competence"),
             self.tr("yes") if detail.within_competence else self.tr("no")),
            (self.tr("Accepted on"), format_date(detail.accepted_on)),
            (self.tr("Closed on"), format_date(detail.resolved_on)),
            (self.tr("Refusal ground"), detail.refusal_ground or ""),
        ]  # fmt: skip
        lines.append("<table>")
        for label, value in facts:
            if value:
                lines.append(f"<tr><td><b>{e(label)}</b></td><td>{e(value)}</td></tr>")
        lines.append("</table>")
        if detail.repeat_of:
            ref = detail.repeat_of
            lines.append(
                f"<p>{e(words['Repeat of case'])} <a href='case:{ref.id}'>"
                f"{e(ref.number or '#' + str(ref.id))}</a> ({e(format_date(ref.received_on))})</p>"
            )
        lines.append(f"<p><b>{e(words['Summary'])}</b><br>{e(detail.summary)}</p>")
        lines.append(f"<p><b>{e(words['Citizens'])}</b> ({detail.citizen_count})<br>")
        people = self._revealed if self._revealed is not None else detail.citizens
        if detail.identity_hidden and self._revealed is None:
            lines.append(e(case_labels.hidden_identity()))
        for person in people:
            mark = f" — {e(words['representative'])}" if person.is_representative else ""
            extra = ", ".join(x for x in (person.national_id, person.address, person.phone) if x)
            lines.append(f"{e(person.full_name)}{mark}<br><small>{e(extra)}</small><br>")
        lines.append("</p>")
        lines.append(f"<h4>{e(words['Timeline'])}</h4><ul>")
        recorded = self.tr("recorded %1")
        for entry in reversed(detail.timeline):
            # when it was recorded; recorded after the day it happened: that day, then (small)
            # when it was recorded
            late = entry.happened_on is not None and entry.happened_on != entry.at.date()
            when = format_date(entry.happened_on) if late else format_datetime(entry.at)
            stamp = f" <small>({e(recorded.replace('%1', format_datetime(entry.at)))})</small>"
            what = case_labels.follow_up(entry.kind)
            if entry.to_status:
                what = case_labels.status(entry.to_status)
                if entry.to_status == CaseStatus.RESOLVED and detail.outcome:
                    what = (
                        self.tr("%1: %2")
                        .replace("%1", what)
                        .replace("%2", case_labels.outcome(detail.outcome))
                    )
            if entry.extension_days:
                what = self.tr("Deadline extended by %n day(s)", "", entry.extension_days)
            if entry.decision_number:
                what += f" ({entry.decision_number})"
            files = "".join(
                f" <a href='file:{a.id}'>{e(a.file_name)}</a>" for a in entry.attachments
            )
            lines.append(
                f"<li>{e(when)} — <b>{e(what)}</b> {e(entry.user_name or '')}"
                f"{stamp if late else ''}"
                f"{'<br>' + e(parts_translated(entry.note_parts)) if entry.note else ''}"
                f"{files}</li>"
            )
        lines.append("</ul>")
        self.detail_view.setHtml("".join(lines))
        self._detail_stack.setCurrentWidget(self.detail_view)

    def _link_clicked(self, url: Any) -> None:
        text = url.toString()
        kind, _, value = text.partition(":")
        if kind == "case" and value.isdigit():
            self.open_case(int(value))
        elif kind == "file" and value.isdigit():
            self._save_attachment(int(value))

    def _save_attachment(self, attachment_id: int) -> None:
        Operation(self, lambda: self._cases.attachment_content(attachment_id)).success(
            self._keep_attachment
        ).failure(in_message_box(self, self.tr("Cannot open the file"))).run()

    def _keep_attachment(self, attachment: tuple[str, str, bytes]) -> None:
        name, _media, content = attachment
        target = save_file(self, FileKind.ATTACHMENT, self.tr("Save the attached file"), name)
        if target:
            target.write_bytes(content)

    # --- actions ---------------------------------------------------------------------------------

    def _after_save(self, detail: CaseDetail | None) -> None:
        """Select the case a dialog saved (the save's announced change refreshed the list)."""
        if detail is None:
            return
        position = self.model.row_of_case(detail.id)
        if position >= 0:
            self.table.selectRow(position)
        self._revealed = None
        self._show_detail(detail)

    def new_case(self) -> None:
        if not self.capabilities.may_edit:
            return  # a viewer (Ctrl+N, a double-click): nothing to offer
        from dialogue_app.ui.cases.case_dialog import CaseDialog

        dialog = CaseDialog(self._services, None, self)
        if dialog.exec():
            if dialog.repeat_message:
                QMessageBox.information(self, self.tr("Repeat petition"), dialog.repeat_message)
            self._after_save(dialog.saved)

    def edit_case(self) -> None:
        if not self.capabilities.may_edit:
            return  # a viewer (Ctrl+N, a double-click): nothing to offer
        if self._detail is None:
            return
        from dialogue_app.ui.cases.case_dialog import CaseDialog

        dialog = CaseDialog(self._services, self._detail, self)
        if dialog.exec():
            self._after_save(dialog.saved)

    def change_status(self) -> None:
        if not self.capabilities.may_edit:
            return  # a viewer (Ctrl+N, a double-click): nothing to offer
        if self._detail is None:
            return
        from dialogue_app.ui.cases.case_dialog import StatusDialog

        dialog = StatusDialog(self._cases, self._detail, self)
        if dialog.exec():
            self._after_save(dialog.saved)

    def edit_facts(self) -> CaseFactsDialog | None:
        """The case's statistics: the facts the statutory forms count."""
        if not self.capabilities.may_edit:
            return None
        if self._detail is None:
            return None
        from dialogue_app.ui.cases.case_facts_dialog import CaseFactsDialog

        dialog = CaseFactsDialog(self._cases, self._detail, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved))
        dialog.open()
        return dialog

    def add_follow_up(self) -> None:
        if not self.capabilities.may_edit:
            return  # a viewer (Ctrl+N, a double-click): nothing to offer
        if self._detail is None:
            return
        from dialogue_app.ui.cases.case_dialog import FollowUpDialog

        dialog = FollowUpDialog(self._cases, self._detail, self)
        if dialog.exec():
            self._after_save(dialog.saved)

    def make_document(self) -> Any:
        """The dialog that makes this case's slips, notices and letters (ui/documents/)."""
        if not self.capabilities.may_edit:
            return None
        if self._detail is None:
            return None
        from dialogue_app.domain.documents import RecordType
        from dialogue_app.ui.documents import make_document

        return make_document(self, self._services, RecordType.CASE, self._detail.id)

    def reveal(self) -> None:
        if self._detail is None:
            return
        detail = self._detail
        Operation(self, lambda: self._cases.reveal_citizens(detail.id)).success(
            self._show_revealed
        ).failure(in_message_box(self, self.tr("Confidential"))).run()

    def _show_revealed(self, citizens: tuple[Any, ...]) -> None:
        self._revealed = citizens
        self._show_detail(self._detail)

    def import_file(self, path: str | None = None) -> TaskDialog | None:
        if not self.capabilities.may_edit:
            return None
        if not path:
            chosen = open_file(
                self,
                FileKind.CASE_LIST,
                self.tr("Import cases"),
                self.tr("Spreadsheets (*.csv *.xlsx)"),
            )
            path = str(chosen) if chosen else None
        if not path:
            return None
        from dialogue_app.ui.cases.case_import_dialog import import_job

        return Operation(
            self,
            import_job(
                self._services.uow, self._services.user_name, Path(path), self._services.clock
            ),
            changes=Changed.CASES | Changed.CITIZENS | Changed.REGISTERS,
        ).run_in_background(self.tr("Importing cases"))

    def export_list(self, path: str | None = None, columns: list[str] | None = None) -> Any:
        from dialogue_app.services.cases import EXPORT_COLUMNS, CaseExporter
        from dialogue_app.ui.cases.case_import_dialog import ExportColumnsDialog

        labels = self.model._headers()
        names = {
            "id": self.tr("ID"),
            "number": labels[table.COL_NUMBER],
            "received_on": labels[table.COL_RECEIVED],
            "type": labels[table.COL_TYPE],
            "status": labels[table.COL_STATUS],
            "citizens": labels[table.COL_CITIZENS],
            "commune": labels[table.COL_COMMUNE],
            "field": labels[table.COL_FIELD],
            "agency": labels[table.COL_AGENCY],
            "deadline": labels[table.COL_DEADLINE],
            "days_left": labels[table.COL_DAYS_LEFT],
            "notify_deadline": labels[table.COL_NOTIFY],
            "summary": labels[table.COL_SUMMARY],
            "handler": self.tr("Handler"),
            "overdue": self.tr("Overdue"),
            "deadline_explanation": self.tr("Deadline basis"),
            "notified_on": self.tr("Denunciator notified on"),
            "outcome": self.tr("Outcome"),
            "resolved_on": self.tr("Closed on"),
        }
        include = False
        if columns is None:
            chooser = ExportColumnsDialog(
                [(key, names.get(key, key)) for key in EXPORT_COLUMNS],
                {"number", "received_on", "type", "status", "commune", "agency", "deadline",
                 "summary"},
                self._cases.can_view_denunciators(),
                self,
            )  # fmt: skip
            if not chooser.exec():
                return None
            columns = chooser.chosen()
            include = chooser.reveal.isChecked()
        if not path:
            name = suggested_name(self.tr("Cases"), ".xlsx", on=self._services.clock.today())
            chosen = save_file(
                self,
                FileKind.CASE_LIST,
                self.tr("Export cases"),
                name,
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            path = str(chosen) if chosen else None
        if not path:
            return None
        exporter = CaseExporter(
            self._services.uow, self._services.user_name, clock=self._services.clock
        )
        flt = self.model.case_filter
        sort = self.model.case_sort
        chosen = list(columns)
        yes, no, hidden = self.tr("yes"), self.tr("no"), case_labels.hidden_identity()
        # the values as the window shows them (QCoreApplication.translate is thread-safe)
        shown = {
            "type": lambda r: case_labels.case_type(r.case_type),
            "status": lambda r: case_labels.status(r.status),
            "outcome": lambda r: case_labels.outcome(r.outcome) if r.outcome else None,
            "citizens": lambda r: hidden if r.identity_hidden else r.citizens,
            "overdue": lambda r: yes if r.overdue else no,
            "deadline_explanation": lambda r: parts_translated(r.deadline_parts) or None,
        }

        def job(progress: Any, cancelled: Any) -> Any:
            count = exporter.export(
                Path(path), flt, chosen, sort=sort, labels=names, shown=shown,
                include_identities=include, progress=progress, cancelled=cancelled,
            )  # fmt: skip
            return Done(self.tr("%Ln case(s) exported to %1", "", count).replace("%1", str(path)))

        return Operation(self, job, target=path).run_in_background(self.tr("Exporting cases"))

    def export_deadlines(self, path: str | None = None) -> TaskDialog | None:
        """The deadlines of the open cases (of the agency chosen in the filter) as a calendar
        file, written in the background with progress and Cancel."""
        from dialogue_app.ui.calendar_exchange import calendar_exchange

        return calendar_exchange.export_deadlines(
            self, self._services, None, None, agency_id=self.agency.currentData(), path=path
        )


def _colour(late: bool) -> str:
    """The colour of a date in the case's detail: red once it has passed."""
    return LATE_COLOUR if late else "inherit"


def _ids(value: int | None) -> frozenset[int]:
    return frozenset({value}) if value is not None else frozenset()


__all__ = ["CasesPage"]

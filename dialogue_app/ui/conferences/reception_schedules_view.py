"""The leaders' standing reception schedules: each with its rule in words and whether it is in
force; a new schedule, and editing, stopping and resuming one.

Long module: the list of schedules and the schedule dialog (rule, leader, period, apply-from)
change together whenever a kind of schedule is added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any, TypedDict

from PySide6.QtCore import QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.reception_rules import ReceptionRule, RuleType, Shift
from dialogue_app.services.conferences import (
    ReplanResult,
    ScheduleChange,
    ScheduleData,
    change_of,
)
from dialogue_app.services.container import Services
from dialogue_app.ui.common.changes import Changed, ChangeHub, follow_changes
from dialogue_app.ui.common.conflict_dialog import Choice, resolve_conflict, shown
from dialogue_app.ui.common.dates import date_edit, format_date
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.rows_model import Index, RowsModel
from dialogue_app.ui.conferences.scheduling_common import (
    period_label,
    pydate,
    qdate,
    rule_text,
)

STOPPED_COLOUR = QColor("#6b6b6b")


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


class _Terms(TypedDict):
    """What a schedule dialog saves besides the leader and the rule (``add_schedule``'s keywords
    and ``ScheduleChange``'s fields)."""

    valid_from: date
    start_time: time
    end_time: time
    venue_id: int | None
    description: str


# a schedule saved, stopped or resumed changes its reception days and their sessions
CHANGES = Changed.RECEPTION | Changed.CONFERENCES


class ScheduleModel(RowsModel[ScheduleData]):
    """One row per schedule: leader, rule in words, hours, venue, in force or stopped."""

    COL_LEADER, COL_RULE, COL_HOURS, COL_VENUE, COL_STATE, COL_PLANNED = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Leader"),
            self.tr("Receives citizens"),
            self.tr("Hours"),
            self.tr("Venue"),
            self.tr("In force"),
            self.tr("Days planned until"),
        ]

    def state_text(self, schedule: ScheduleData) -> str:
        if schedule.stopped_from is not None:
            return self.tr("Stopped from %1").replace("%1", format_date(schedule.stopped_from))
        if schedule.valid_to is not None:
            return (
                self.tr("From %1 to %2")
                .replace("%1", format_date(schedule.valid_from))
                .replace("%2", format_date(schedule.valid_to))
            )
        return self.tr("Since %1").replace("%1", format_date(schedule.valid_from))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        schedule = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [
                schedule.official_name,
                rule_text(schedule.rule),
                f"{schedule.start_time:%H:%M}–{schedule.end_time:%H:%M}",
                schedule.venue_name or "",
                self.state_text(schedule),
                format_date(schedule.planned_until) if schedule.planned_until else "",
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not schedule.active:
            return QBrush(STOPPED_COLOUR)
        return None


class ScheduleDialog(QDialog):
    """A leader's standing reception rule, its times and venue, and their duty quota.

    With ``schedule`` it edits that schedule: the changes apply from a day chosen (today at the
    earliest) and the reception days not yet marked from then on are planned again.
    """

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        schedule: ScheduleData | None = None,
    ) -> None:
        super().__init__(parent)
        self._saving = False  # in accept(): it closes the form itself
        self._services = services
        self.schedule = schedule
        self.created_days: tuple[date, ...] = ()
        self.result_of_edit: ReplanResult | None = None
        self.setWindowTitle(
            self.tr("Edit reception schedule") if schedule else self.tr("Reception schedule")
        )
        choices = services.registers.planning_choices()
        self.leader = QComboBox()
        for official in choices.officials:
            self.leader.addItem(official.name, official.id)
        self.quota = QComboBox()
        self.quota.addItem(self.tr("(keep the leader's quota)"), None)
        for quota in services.reception.ensure_default_quotas():
            self.quota.addItem(f"{quota.name}: {quota.days}/{period_label(quota.period)}", quota.id)
        self.rule_type = QComboBox()
        self.rule_type.addItem(self.tr("A day of each month"), RuleType.MONTHLY)
        self.rule_type.addItem(self.tr("A weekday of each week"), RuleType.WEEKLY)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(15)
        self.weekday = QComboBox()
        for number in range(7):
            self.weekday.addItem(QLocale().dayName(number + 1), number)
        self.weekday.setCurrentIndex(3)
        self.shift = QComboBox()
        self.shift.addItem(self.tr("move to the next working day"), Shift.NEXT)
        self.shift.addItem(self.tr("move to the previous working day"), Shift.PREVIOUS)
        self.shift.addItem(self.tr("skip that time"), Shift.SKIP)
        self.start_time = QTimeEdit(QTime(7, 30))
        self.end_time = QTimeEdit(QTime(11, 30))
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(no venue)"), None)
        for venue in choices.venues:
            self.venue.addItem(venue.name, venue.id)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Shown in each reception session's notes"))
        today = services.reception.today()
        self.valid_from = date_edit(today)
        self.apply_from = date_edit(today)
        self.apply_from.setMinimumDate(qdate(today))
        self.generate_until = date_edit(date(today.year, 12, 31))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.rule_type.currentIndexChanged.connect(self._show_rule_fields)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Leader"), self.leader)
        form.addRow(self.tr("Duty quota"), self.quota)
        form.addRow(self.tr("Receives citizens on"), self.rule_type)
        form.addRow(self.tr("Day of the month"), self.day)
        form.addRow(self.tr("Weekday"), self.weekday)
        form.addRow(self.tr("If that is not a working day"), self.shift)
        form.addRow(self.tr("From"), self.start_time)
        form.addRow(self.tr("To"), self.end_time)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Notes"), self.description)
        form.addRow(self.tr("Starting on"), self.valid_from)
        if schedule is not None:
            form.addRow(self.tr("Changes apply from"), self.apply_from)
        form.addRow(self.tr("Plan the days until"), self.generate_until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save and plan again") if schedule else self.tr("Save and plan")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state)
        self.setMinimumWidth(560)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if schedule is not None:
            self._fill(schedule, today)
        else:
            self.state.hide()
        self._show_rule_fields()

    def _fill(self, schedule: ScheduleData, today: date) -> None:
        _select(self.leader, schedule.official_id, schedule.official_name)
        _select(self.venue, schedule.venue_id, schedule.venue_name or "")
        rule = schedule.rule
        self.rule_type.setCurrentIndex(self.rule_type.findData(rule.type))
        if rule.day is not None:
            self.day.setValue(rule.day)
        if rule.weekday is not None:
            self.weekday.setCurrentIndex(rule.weekday)
        self.shift.setCurrentIndex(self.shift.findData(rule.if_not_working))
        self.start_time.setTime(_qtime(schedule.start_time))
        self.end_time.setTime(_qtime(schedule.end_time))
        self.description.setText(schedule.description or "")
        self.description.setCursorPosition(0)  # show the beginning of a long note
        self.valid_from.setDate(qdate(schedule.valid_from))
        planned = schedule.planned_until or today
        self.generate_until.setDate(qdate(max(planned, date(today.year, 12, 31))))
        self.state.setText(
            self.tr(
                "Reception days not yet marked from the day the changes apply are planned again; "
                "days already held, delegated or missed stay as they are."
            )
            if schedule.active
            else self.tr(
                "This schedule is stopped from %1: no reception day is planned from then on, "
                "whatever is changed here."
            ).replace("%1", format_date(schedule.stopped_from or schedule.valid_from))
        )

    def _show_rule_fields(self) -> None:
        monthly = RuleType(self.rule_type.currentData()) is RuleType.MONTHLY
        self.form.setRowVisible(self.day, monthly)
        self.form.setRowVisible(self.weekday, not monthly)

    def rule(self) -> ReceptionRule:
        shift = Shift(self.shift.currentData())
        if RuleType(self.rule_type.currentData()) is RuleType.MONTHLY:
            return ReceptionRule(RuleType.MONTHLY, day=self.day.value(), if_not_working=shift)
        return ReceptionRule(
            RuleType.WEEKLY, weekday=self.weekday.currentData(), if_not_working=shift
        )

    def save(self) -> bool:
        self.error.clear()
        leader = self.leader.currentData()
        if leader is None:
            self.error.setText(self.tr("Register a leader first."))
            return False
        terms = _Terms(
            valid_from=pydate(self.valid_from.date()),
            start_time=_pytime(self.start_time.time()),
            end_time=_pytime(self.end_time.time()),
            venue_id=self.venue.currentData(),
            description=self.description.text(),
        )
        until = pydate(self.generate_until.date())
        opened = self.schedule
        edit = (
            ScheduleChange(leader, self.rule(), **terms, version=opened.version)
            if opened is not None
            else None
        )

        added: list[ScheduleData] = []  # a schedule added by an earlier try (see below)

        def save() -> None:
            reception = self._services.reception
            if self.quota.currentData() is not None:
                reception.assign_quota(leader, self.quota.currentData())
            if opened is not None and edit is not None:
                self._update(opened.id, edit, until)
                return
            # adding and planning its days are two steps: a try that lost the connection after
            # the first one (waiting to be saved again) plans the days of that schedule
            if not added:
                added.append(reception.add_schedule(leader, self.rule(), **terms))
            created = reception.generate(added[0].id, terms["valid_from"], until).created
            self.created_days = created

        self._resolved = False
        operation = (
            Operation(self, save, changes=CHANGES, waits=True, repeatable=opened is not None)
            .success(self._saved_later)
            .failure(in_label(self.error))
        )
        if opened is not None and edit is not None:
            operation.conflict(lambda theirs: self._changed_meanwhile(opened, edit, theirs, until))
        return operation.run() or self._resolved

    def _update(self, schedule_id: int, change: ScheduleChange, until: date) -> None:
        self.result_of_edit = self._services.reception.update_schedule(
            schedule_id, change, apply_from=pydate(self.apply_from.date()), plan_until=until
        )
        self.created_days = self.result_of_edit.created

    def _changed_meanwhile(
        self, opened: ScheduleData, mine: ScheduleChange, theirs: ScheduleChange, until: date
    ) -> None:
        """Somebody else saved the schedule since this form opened it: both versions, the
        person chooses (``ui/common/conflict_dialog.py``); keeping theirs closes the form."""
        labels = {
            "official_id": self.tr("Leader"),
            "rule": self.tr("Receives citizens on"),
            "start_time": self.tr("From"),
            "end_time": self.tr("To"),
            "venue_id": self.tr("Venue"),
            "description": self.tr("Notes"),
            "valid_from": self.tr("Starting on"),
        }
        combos = {"official_id": self.leader, "venue_id": self.venue}

        def show(name: str, value: object) -> str:
            if name in combos and value is not None:
                combo = combos[name]
                return combo.itemText(combo.findData(value)) or str(value)
            if isinstance(value, ReceptionRule):
                return rule_text(value)
            if isinstance(value, date):
                return format_date(value)
            if isinstance(value, time):
                return value.strftime("%H:%M")
            return shown(value)

        resolution = resolve_conflict(self, change_of(opened), mine, theirs, labels, show)
        if resolution.choice is Choice.THEIRS:
            ChangeHub.of(self).announce(CHANGES)
            self._resolved = True
        elif resolution.record is not None:
            record = resolution.record
            self._resolved = (
                Operation(
                    self,
                    lambda: self._update(opened.id, record, until),
                    changes=CHANGES,
                    waits=True,
                    repeatable=True,
                )
                .success(self._saved_later)
                .failure(in_label(self.error))
                .run()
            )

    def _saved_later(self, _result: object) -> None:
        """Saved once the connection came back (the save waited in the form): it closes."""
        if self.isVisible() and not self._saving:
            QDialog.accept(self)

    def accept(self) -> None:
        self._saving = True
        try:
            saved = self.save()
        finally:
            self._saving = False
        if saved:
            super().accept()


class DatePrompt(QDialog):
    """Asks for one day, saying what will happen with it."""

    def __init__(
        self,
        title: str,
        explanation: str,
        label: str,
        day: date,
        confirm: str,
        parent: QWidget | None = None,
        minimum: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(explanation)
        text.setWordWrap(True)
        self.day = date_edit(day)
        if minimum is not None:
            self.day.setMinimumDate(qdate(minimum))
        form = QFormLayout()
        form.addRow(label, self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(confirm)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        title: str,
        explanation: str,
        label: str,
        day: date,
        confirm: str,
        minimum: date | None = None,
    ) -> date | None:
        dialog = cls(title, explanation, label, day, confirm, parent, minimum)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return pydate(dialog.day.date())


class SchedulesView(QWidget):
    """Every reception schedule, with buttons and a context menu to edit, stop and resume.

    ``ask_stop_date`` and ``ask_plan_until`` open small prompts; tests replace them.

    Signals:
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ask_stop_date: Callable[[ScheduleData], date | None] = self._ask_stop_date
        self.ask_plan_until: Callable[[ScheduleData], date | None] = self._ask_plan_until
        self.last_dialog: ScheduleDialog | None = None

        self.new_button = QPushButton(self.tr("New reception schedule…"))
        self.new_button.clicked.connect(self.new_schedule)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_schedule)
        self.stop_button = QPushButton(self.tr("Stop…"))
        self.stop_button.setToolTip(
            self.tr("Stop the schedule from a day on; what was held stays recorded")
        )
        self.stop_button.clicked.connect(self.stop_schedule)
        self.resume_button = QPushButton(self.tr("Resume…"))
        self.resume_button.setToolTip(self.tr("Apply a stopped schedule again"))
        self.resume_button.clicked.connect(self.resume_schedule)
        bar = QHBoxLayout()
        for button in (self.edit_button, self.stop_button, self.resume_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.model = ScheduleModel(self)
        self.view = QTableView()
        self.view.setObjectName("schedules")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the rule in words takes the room left and wraps when there is too little
        header.setSectionResizeMode(ScheduleModel.COL_RULE, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.activated.connect(lambda _index: self.edit_schedule())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        # data is read when the view is first shown, then again when what it shows changed
        self.changes = follow_changes(
            self, Changed.RECEPTION | Changed.REGISTERS, self.reload, stale=True
        )

    # --- data ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.changes.loaded()
        selected = self.selected()
        self.model.set_rows(self._services.reception.schedules())
        self.view.resizeRowsToContents()
        if selected is not None:
            self.select(selected.id)
        if not self.model.rows:
            self.hint.setText(
                self.tr(
                    "No reception schedule yet. Press “New reception schedule…” to give a "
                    "leader standing reception days, e.g. the 15th of each month or every "
                    "Thursday; the days are then planned in the calendar."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Select a schedule, then “Edit…” to change it or “Stop…” to end it from a "
                    "day on (right-click works too). Reception days already held, delegated or "
                    "missed are never changed."
                )
            )

    def selected(self) -> ScheduleData | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, schedule_id: int) -> None:
        for row, schedule in enumerate(self.model.rows):
            if schedule.id == schedule_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        schedule = self.selected()
        self.edit_button.setEnabled(schedule is not None)
        self.stop_button.setEnabled(schedule is not None and schedule.active)
        self.resume_button.setEnabled(schedule is not None and not schedule.active)

    def context_menu(self) -> QMenu:
        """The actions for the selected schedule (or only "New…" when none is selected)."""
        menu = QMenu(self)
        schedule = self.selected()
        if schedule is not None:
            menu.addAction(self.tr("Edit…"), self.edit_schedule)
            if schedule.active:
                menu.addAction(self.tr("Stop…"), self.stop_schedule)
            else:
                menu.addAction(self.tr("Resume…"), self.resume_schedule)
            menu.addSeparator()
        menu.addAction(self.tr("New reception schedule…"), self.new_schedule)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- actions -------------------------------------------------------------------------------

    def new_schedule(self) -> None:
        self._open(ScheduleDialog(self._services, self))

    def edit_schedule(self) -> None:
        schedule = self._selected_or_say()
        if schedule is not None:
            self._open(ScheduleDialog(self._services, self, schedule))

    def _open(self, dialog: ScheduleDialog) -> None:
        self.error.clear()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "last_dialog", None))
        self.last_dialog = dialog
        dialog.open()

    def _saved(self, dialog: ScheduleDialog) -> None:
        if dialog.result_of_edit is not None:
            self.message.setText(self._replan_text(dialog.result_of_edit))
            schedule_id = dialog.result_of_edit.schedule.id
        else:
            self.message.setText(
                self.tr(
                    "Schedule saved; %Ln reception day(s) planned.", "", len(dialog.created_days)
                )
            )
            schedule_id = None
        if schedule_id is not None:
            self.select(schedule_id)

    def stop_schedule(self) -> None:
        self._replan(self.ask_stop_date, self._services.reception.stop_schedule, self._stopped)

    def resume_schedule(self) -> None:
        self._replan(self.ask_plan_until, self._services.reception.resume_schedule, self._resumed)

    def _replan(
        self,
        ask: Callable[[ScheduleData], date | None],
        change: Callable[[int, date], ReplanResult],
        done: Callable[[ScheduleData, date, ReplanResult], None],
    ) -> None:
        """Stop or resume the selected schedule from the day ``ask`` gives, then say what
        ``done`` says."""
        schedule = self._selected_or_say()
        if schedule is None:
            return
        day = ask(schedule)
        if day is None:
            return
        Operation(self, lambda: change(schedule.id, day), changes=CHANGES).success(
            lambda result: done(schedule, day, result)
        ).failure(in_label(self.error)).run()

    def _stopped(self, schedule: ScheduleData, day: date, result: ReplanResult) -> None:
        text = (
            self.tr(
                "The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet "
                "marked; the days already marked stay.",
                "",
                len(result.cancelled),
            )
            if not result.kept
            else self.tr(
                "The schedule of %1 is stopped from %2. Cancelled: %Ln reception day(s) not yet "
                "marked; the days already marked stay. Left as they were, because their "
                "session was already postponed, cancelled or recorded: %3.",
                "",
                len(result.cancelled),
            )
        )
        self.message.setText(
            text.replace("%2", format_date(day))
            .replace("%3", self._kept_days(result))
            .replace("%1", schedule.official_name)
            + self._send_cancellations_text(result)
        )
        self.select(schedule.id)

    def _resumed(self, schedule: ScheduleData, until: date, result: ReplanResult) -> None:
        self.message.setText(
            self.tr(
                "The schedule of %1 applies again; %Ln reception day(s) planned until %2.",
                "",
                len(result.created),
            )
            .replace("%2", format_date(until))
            .replace("%1", schedule.official_name)
        )
        self.select(schedule.id)

    def _selected_or_say(self) -> ScheduleData | None:
        self.error.clear()
        self.message.clear()
        schedule = self.selected()
        if schedule is None:
            self.error.setText(self.tr("Select a reception schedule in the list first."))
        return schedule

    def _replan_text(self, result: ReplanResult) -> str:
        text = (
            self.tr(
                "Schedule saved. Reception days planned: %1; kept with the new time or place: "
                "%2; cancelled: %3."
            )
            if not result.kept
            else self.tr(
                "Schedule saved. Reception days planned: %1; kept with the new time or place: "
                "%2; cancelled: %3. Left as they were, because their session was already "
                "postponed, cancelled or recorded: %4."
            )
        )
        text = (
            text.replace("%1", format_number(len(result.created)))
            .replace("%2", format_number(len(result.updated)))
            .replace("%3", format_number(len(result.cancelled)))
            .replace("%4", self._kept_days(result))
        )
        return text + self._send_cancellations_text(result)

    def _send_cancellations_text(self, result: ReplanResult) -> str:
        """Where to send the cancellations of the sessions a change cancelled (or nothing)."""
        if not result.cancelled:
            return ""
        return " " + self.tr(
            "Their sessions are kept as cancelled, so the invited people can be told: send "
            "the cancellations from the conference list (open each cancelled session, then "
            "“Export cancellation…”)."
        )

    def _kept_days(self, result: ReplanResult) -> str:
        """The reception days a change left alone, as a list of dates."""
        return ", ".join(format_date(day) for day in result.kept)

    # --- prompts -------------------------------------------------------------------------------

    def _ask_stop_date(self, schedule: ScheduleData) -> date | None:
        today = self._services.reception.today()
        return DatePrompt.ask(
            self,
            self.tr("Stop a reception schedule"),
            self.tr(
                "From the day chosen on, %1 no longer receives citizens under this schedule "
                "(%2). The day is today at the earliest. Reception days not yet marked from "
                "that day are cancelled, and the cancellations can then be sent from the "
                "conference list; days already held, delegated or missed stay as they are. The "
                "schedule can be resumed later."
            )
            .replace("%1", schedule.official_name)
            .replace("%2", rule_text(schedule.rule)),
            self.tr("Stop from"),
            max(today, schedule.valid_from),
            self.tr("Stop the schedule"),
            minimum=today,
        )

    def _ask_plan_until(self, schedule: ScheduleData) -> date | None:
        today = self._services.reception.today()
        return DatePrompt.ask(
            self,
            self.tr("Resume a reception schedule"),
            self.tr(
                "The schedule of %1 (%2) applies again from the day it was stopped, or from "
                "today if that day has passed. Until which day should its reception days be "
                "planned?"
            )
            .replace("%1", schedule.official_name)
            .replace("%2", rule_text(schedule.rule)),
            self.tr("Plan the days until"),
            date(today.year, 12, 31),
            self.tr("Resume"),
        )


def _select(combo: QComboBox, value: int | None, text: str) -> None:
    """Select ``value`` in ``combo``, adding it when it is no longer offered (an official who
    left, a venue closed) so that saving keeps it."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)

"""The statutory deadline rules in Settings (DESIGN.md §3): a table of every rule with its legal
source, a form to change the days, the day basis (calendar or working days), the extensions and
the legal source of the selected rule, and a way back to the values the law sets.

Saving a rule recomputes the deadlines of open cases (``CaseService.save_deadline_rule``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.cases import DayBasis, Stage, StartsFrom
from dialogue_app.domain.deadlines import DEFAULT_RULES
from dialogue_app.services.cases import DeadlineRuleData
from dialogue_app.services.container import Services
from dialogue_app.services.errors import Failure
from dialogue_app.ui.cases import case_labels
from dialogue_app.ui.common.changes import Changed, ChangeHub
from dialogue_app.ui.common.conflict_dialog import Choice, resolve_conflict, shown
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.common.rows_model import Index, RowsModel

RULE_ROLE = Qt.ItemDataRole.UserRole + 30


# a rule's change recomputes the deadlines of the open cases
CHANGES = Changed.RULES | Changed.CASES


class Column(IntEnum):
    CODE = 0
    STAGE = 1
    CASE_TYPE = 2
    ROUND = 3
    REMOTE_AREA = 4
    COMPLEXITY = 5
    DAYS = 6
    DAY_BASIS = 7
    STARTS_FROM = 8
    MAX_EXTENSIONS = 9
    EXTENSION_DAYS = 10
    LEGAL_SOURCE = 11


_NUMERIC = {Column.ROUND, Column.DAYS, Column.MAX_EXTENSIONS, Column.EXTENSION_DAYS}


class DeadlineRulesModel(RowsModel[DeadlineRuleData]):
    """Every deadline rule of the office, one per row (a handful of rows: no paging)."""

    def headers(self) -> list[str]:
        return [
            self.tr("Rule"),
            self.tr("Stage"),
            self.tr("Case type"),
            self.tr("Round"),
            self.tr("Remote area"),
            self.tr("Complexity"),
            self.tr("Days"),
            self.tr("Counted in"),
            self.tr("Counted from"),
            self.tr("Extensions allowed"),
            self.tr("Days per extension"),
            self.tr("Legal source"),
        ]

    def row_of(self, rule_id: int | None) -> int:
        for row, rule in enumerate(self.rows):
            if rule.id == rule_id:
                return row
        return -1

    # --- labels --------------------------------------------------------------------------------

    def stage_label(self, stage: Stage) -> str:
        return {
            Stage.HANDLE: self.tr("Handle (classify, route)"),
            Stage.ACCEPT: self.tr("Accept or refuse"),
            Stage.SETTLE: self.tr("Settle"),
            Stage.NOTIFY: self.tr("Notify the denunciator"),
        }[stage]

    def day_basis_label(self, basis: DayBasis) -> str:
        return {
            DayBasis.CALENDAR: self.tr("Calendar days"),
            DayBasis.WORKING: self.tr("Working days"),
        }[basis]

    def starts_from_label(self, starts_from: StartsFrom) -> str:
        return {
            StartsFrom.RECEIPT: self.tr("Receipt"),
            StartsFrom.ACCEPTANCE: self.tr("Acceptance"),
        }[starts_from]

    def rule_name(self, rule: DeadlineRuleData) -> str:
        """The rule in words (issue 18), never its code: "Complaint, round 1, remote area,
        complex — Settle"."""
        parts = [
            self.tr("Any petition")
            if rule.case_type is None
            else case_labels.case_type(rule.case_type)
        ]
        if rule.round is not None:
            parts.append(self.tr("round %1").replace("%1", str(rule.round)))
        if rule.remote_area:
            parts.append(self.tr("remote area"))
        if rule.complexity:
            parts.append(case_labels.complexity(rule.complexity).lower())
        return f"{', '.join(parts)} — {self.stage_label(rule.stage)}"

    def _text(self, rule: DeadlineRuleData, column: int) -> str:
        any_value = self.tr("Any")
        if column == Column.CODE:
            return self.rule_name(rule)
        if column == Column.STAGE:
            return self.stage_label(rule.stage)
        if column == Column.CASE_TYPE:
            return any_value if rule.case_type is None else case_labels.case_type(rule.case_type)
        if column == Column.ROUND:
            return any_value if rule.round is None else str(rule.round)
        if column == Column.REMOTE_AREA:
            if rule.remote_area is None:
                return any_value
            return self.tr("Yes") if rule.remote_area else self.tr("No")
        if column == Column.COMPLEXITY:
            if rule.complexity is None:
                return any_value
            return case_labels.complexity(rule.complexity)
        if column == Column.DAYS:
            return str(rule.days)
        if column == Column.DAY_BASIS:
            return self.day_basis_label(rule.day_basis)
        if column == Column.STARTS_FROM:
            return self.starts_from_label(rule.starts_from)
        if column == Column.MAX_EXTENSIONS:
            return str(rule.max_extensions)
        if column == Column.EXTENSION_DAYS:
            return str(rule.extension_days) if rule.max_extensions else ""
        if column == Column.LEGAL_SOURCE:
            return rule.legal_source
        return ""

    # --- QAbstractTableModel -------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rule = self.row_at(index.row())
        if rule is None or not 0 <= index.column() < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rule, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.LEGAL_SOURCE:
            return rule.legal_source or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RULE_ROLE:
            return rule
        return None


def _statutory(rule: DeadlineRuleData) -> DeadlineRuleData | None:
    """``rule`` with the values the law sets, or None when it is not one of the statutory rules."""
    default = next((d for d in DEFAULT_RULES if d.code == rule.code), None)
    if default is None:
        return None
    return replace(
        rule,
        stage=default.stage,
        case_type=default.case_type,
        round=default.round,
        remote_area=default.remote_area,
        complexity=default.complexity,
        days=default.days,
        day_basis=default.day_basis,
        starts_from=default.starts_from,
        max_extensions=default.max_extensions,
        extension_days=default.extension_days,
        legal_source=default.legal_source,
    )


class DeadlineRulesEditor(QWidget):
    """The office's deadline rules, for the Settings page."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = services.cases

        self.empty_label = QLabel(
            self.tr(
                "There are no deadline rules, so no deadline is computed for any case. "
                "Click “Restore the statutory defaults” to add the rules the law sets."
            )
        )
        self.empty_label.setObjectName("empty_rules")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(ERROR_STYLE)

        self.model = DeadlineRulesModel(self)
        self.view = QTableView()
        self.view.setObjectName("rules_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(260)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.selected_label = QLabel()
        self.selected_label.setObjectName("selected_rule")
        self.selected_label.setWordWrap(True)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 3650)  # 0 is refused by the service, with its explanation
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.model.day_basis_label(DayBasis.CALENDAR), DayBasis.CALENDAR)
        self.basis_combo.addItem(self.model.day_basis_label(DayBasis.WORKING), DayBasis.WORKING)
        self.extensions_spin = QSpinBox()
        self.extensions_spin.setRange(0, 10)
        self.extension_days_spin = QSpinBox()
        self.extension_days_spin.setRange(0, 3650)
        self.extension_days_spin.setSpecialValueText(self.tr("no limit"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. Law on Complaints 02/2011/QH13, Art. 28"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(self.tr("Restore the statutory defaults"))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.message = QLabel()
        self.message.setObjectName("rules_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.selected_label)
        form.addRow(self.tr("Days"), self.days_spin)
        form.addRow(self.tr("Counted in"), self.basis_combo)
        form.addRow(self.tr("Extensions allowed"), self.extensions_spin)
        form.addRow(self.tr("Days per extension"), self.extension_days_spin)
        form.addRow(self.tr("Legal source"), self.source_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        restore_row = QHBoxLayout()
        restore_row.addWidget(
            QLabel(self.tr("Saving a rule recomputes the deadlines of the open cases."))
        )
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addLayout(restore_row)
        self.reload()

    # --- loading and selecting -----------------------------------------------------------------

    def reload(self) -> None:
        self.show_rules(self._service.deadline_rules())

    def show_rules(self, rules: Sequence[DeadlineRuleData]) -> None:
        """Show ``rules`` (keeping the selected one selected); an empty table says what to do."""
        current = self.selected_rule()
        self.model.set_rows(rules)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.select_rule(current.id if current is not None else None)
        self._show_selected()

    def select_rule(self, rule_id: int | None) -> None:
        row = self.model.row_of(rule_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))

    def select_code(self, code: str) -> bool:
        for row in range(self.model.rowCount()):
            rule = self.model.row_at(row)
            if rule is not None and rule.code == code:
                self.select_rule(rule.id)
                return True
        return False

    def selected_rule(self) -> DeadlineRuleData | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        rule = self.selected_rule()
        editable = rule is not None
        for widget in (
            self.days_spin,
            self.basis_combo,
            self.extensions_spin,
            self.extension_days_spin,
            self.source_edit,
            self.save_button,
        ):
            widget.setEnabled(editable)
        if rule is None:
            self.selected_label.setText(self.tr("Select a rule in the table to change it."))
            return
        self.selected_label.setText(self.tr("Rule: %1").replace("%1", self.model.rule_name(rule)))
        self.days_spin.setValue(rule.days)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(rule.day_basis))
        self.extensions_spin.setValue(rule.max_extensions)
        self.extension_days_spin.setValue(rule.extension_days)
        self.source_edit.setText(rule.legal_source)

    # --- saving --------------------------------------------------------------------------------

    def rule_from_form(self) -> DeadlineRuleData | None:
        rule = self.selected_rule()
        if rule is None:
            return None
        return replace(
            rule,
            days=self.days_spin.value(),
            day_basis=DayBasis(self.basis_combo.currentData()),
            max_extensions=self.extensions_spin.value(),
            extension_days=self.extension_days_spin.value(),
            legal_source=self.source_edit.text(),
        )

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def save(self) -> bool:
        rule = self.rule_from_form()
        opened = self.selected_rule()
        if rule is None or opened is None:
            self._show_message(self.tr("Select a rule first."), error=True)
            return False
        return self._save_rule(opened, rule)

    def _save_rule(self, opened: DeadlineRuleData, rule: DeadlineRuleData) -> bool:
        return (
            Operation(
                self,
                lambda: self._service.save_deadline_rule(rule),
                changes=CHANGES,
                waits=True,
                repeatable=True,
            )
            .success(self._saved)
            .failure(self._refused)
            .conflict(lambda theirs: self._saved_meanwhile(opened, rule, theirs))
            .run()
        )

    def _saved_meanwhile(
        self, opened: DeadlineRuleData, mine: DeadlineRuleData, theirs: DeadlineRuleData | None
    ) -> None:
        """Somebody else changed the rule since it was shown: both versions, the person chooses
        (``ui/common/conflict_dialog.py``)."""
        if theirs is None:
            self._show_message(self.tr("This rule no longer exists."), error=True)
            self.reload()
            return
        labels = {
            "days": self.tr("Days"),
            "day_basis": self.tr("Counted in"),
            "max_extensions": self.tr("Extensions allowed"),
            "extension_days": self.tr("Days per extension"),
            "legal_source": self.tr("Legal source"),
        }

        def show(name: str, value: object) -> str:
            if isinstance(value, DayBasis):
                return self.model.day_basis_label(value)
            return shown(value)

        resolution = resolve_conflict(self, opened, mine, theirs, labels, show)
        if resolution.choice is Choice.THEIRS:
            self.reload()
            ChangeHub.of(self).announce(CHANGES)
            self._show_message(self.tr("Their version is kept; yours was dropped."))
        elif resolution.record is not None:
            self._save_rule(theirs, resolution.record)
        else:
            self._show_message(
                self.tr("Not saved yet: your changes are still in the form."), error=True
            )

    def _saved(self, _result: object) -> None:
        self.reload()
        self._show_message(self.tr("Saved."))

    def _refused(self, text: str, failure: Failure) -> None:
        self._show_message(text, error=True)
        field = getattr(failure.message, "field", None)
        widget = {
            "days": self.days_spin,
            "extension_days": self.extension_days_spin,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    # --- statutory defaults --------------------------------------------------------------------

    def restore_defaults(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore the statutory defaults"),
            self.tr(
                "Every rule the law sets gets back its statutory days, day basis, extensions "
                "and legal source, and rules that were removed are added back. Rules the office "
                "added itself are kept. The deadlines of open cases are recomputed.\n\n"
                "Restore the statutory defaults?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore_now()

    def restore_now(self) -> bool:
        """Put back the statutory values without asking (the confirmed part of the button)."""

        def restore() -> tuple[int, int]:
            reset = 0
            # restore_default_rules() only adds missing rules: edited ones are reset here
            for rule in self._service.deadline_rules():
                statutory = _statutory(rule)
                if statutory is not None and statutory != rule:
                    self._service.save_deadline_rule(statutory)
                    reset += 1
            return reset, self._service.restore_default_rules()

        def refused(text: str, _failure: Failure) -> None:
            self.reload()
            self._show_message(text, error=True)
            # each rule is saved on its own: those reset before the refusal stay reset
            ChangeHub.of(self).announce(CHANGES)

        return (
            Operation(self, restore, changes=CHANGES).success(self._restored).failure(refused).run()
        )

    def _restored(self, counts: tuple[int, int]) -> None:
        reset, added = counts
        self.reload()
        if reset == 0 and added == 0:
            self._show_message(self.tr("Every rule already has its statutory value."))
        else:
            self._show_message(
                self.tr("Statutory defaults restored. Rules reset: %1; rules added: %2.")
                .replace("%1", format_number(reset))
                .replace("%2", format_number(added))
            )

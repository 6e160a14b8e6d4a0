"""Recording a held conference: attendance, organisations, minutes, and the issues raised
(each becomes a case; who raised it is chosen from the citizen register or typed in)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CitizenInput
from dialogue_app.services.conferences import ConferenceDetail, HoldingRecord, IssueRaised
from dialogue_app.services.container import Services
from dialogue_app.services.registers import Choice
from dialogue_app.ui.cases.citizen_picker import CitizenPicker, PickedPerson, typed_label
from dialogue_app.ui.common.fitting import fit_to_screen, scrollable
from dialogue_app.ui.common.register_add import add_button, choose_in_combo
from dialogue_app.ui.common.unsaved import AsksBeforeClosing, UnsavedGuard
from dialogue_app.ui.conferences.attendance_view import AttendanceView


class HoldingDialog(AsksBeforeClosing):
    """The outcome form of a conference. ``record()`` gives what was entered.

    Closing it with something entered ("Cancel", the window's button, Esc) asks to save or
    discard it (``unsaved.ask``, replaced in tests)."""

    COL_TYPE, COL_SUMMARY, COL_FIELD, COL_CITIZENS, COL_PEOPLE = range(5)

    def __init__(
        self, services: Services, detail: ConferenceDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outcome of “%1”").replace("%1", detail.draft.title))
        self.setMinimumWidth(640)
        self._services = services
        self._fields = list(services.registers.fields())
        self.attendees = QSpinBox()
        self.attendees.setRange(0, 100000)
        self.attendees.setValue(detail.attendee_count or 0)
        self.organisations = QLineEdit(detail.organisations_present or "")
        self.minutes = QPlainTextEdit(detail.minutes_summary or "")
        self.minutes.setTabChangesFocus(True)
        self.minutes.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Citizens attending"), self.attendees)
        form.addRow(self.tr("Organisations present"), self.organisations)
        form.addRow(self.tr("Summary of the minutes"), self.minutes)

        self.issues = QTableWidget(0, 5)
        self.issues.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Issue raised"),
                self.tr("Field"),
                self.tr("Raised by"),
                # a crowd delegation counts its people, named or not (form 01/TCD)
                self.tr("People"),
            ]
        )
        header = self.issues.horizontalHeader()
        header.setSectionResizeMode(self.COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_CITIZENS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.issues.setMinimumHeight(140)
        self.issues.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issues.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issues.currentCellChanged.connect(lambda *_: self._show_people_of_current())
        add = QPushButton(self.tr("Add issue"))
        add.clicked.connect(lambda: self.add_issue(CaseType.RECOMMENDATION, ""))
        remove = QPushButton(self.tr("Remove issue"))
        remove.clicked.connect(self._remove_issue)
        # a field missing from the register is added here, not after closing the outcome
        self.add_field_button = add_button(services.registers, "field", self._field_added, self)
        self.add_field_button.setText(self.tr("Add a field…"))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.add_field_button)
        already = QLabel(
            self.tr(
                "%Ln issue(s) of this conference already registered as cases.",
                "",
                len(detail.cases),
            )
            if detail.cases
            else self.tr("Each issue you add here is registered as a new case.")
        )
        already.setWordWrap(True)

        self.people_title = QLabel()
        self.picker = CitizenPicker(
            services, [(u.id, u.name) for u in services.registers.planning_choices().units]
        )
        self.picker.setObjectName("issue_citizens")
        self.picker.people_changed.connect(self._people_edited)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save outcome"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # who came, ticked here as at the door (saved at once, apart from the outcome)
        self.attendance = AttendanceView(services)
        self.attendance.show_detail(detail)
        self.attendance.table.setMaximumHeight(160)

        # the form scrolls on a small screen rather than crushing its fields (issue 18)
        content = QWidget()
        content.setObjectName("holding_form")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.attendance)
        layout.addWidget(QLabel(self.tr("Issues raised")))
        layout.addWidget(self.issues, 2)
        layout.addLayout(row)
        layout.addWidget(already)
        layout.addWidget(self.people_title)
        layout.addWidget(self.picker, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrollable(content), 1)
        outer.addWidget(buttons)
        fit_to_screen(self, 860, 760)
        self._show_people_of_current()
        self.unsaved = UnsavedGuard(self, self.record, self._accept, lambda: self.tr("The outcome"))
        self.unsaved.mark_saved()

    def _accept(self) -> bool:
        self.accept()
        return True

    def add_issue(
        self,
        case_type: CaseType,
        summary: str,
        citizens: str | Sequence[PickedPerson] = "",
        field_id: int | None = None,
        group_size: int = 0,
    ) -> None:
        """Add a row; ``citizens``: the people who raised it, or typed names separated by ;
        ``group_size``: the people of a crowd delegation (0: the people named)."""
        if isinstance(citizens, str):
            people = [
                PickedPerson(CitizenInput(n.strip()), typed_label(CitizenInput(n.strip()), None))
                for n in citizens.split(";")
                if n.strip()
            ]
        else:
            people = list(citizens)
        row = self.issues.rowCount()
        self.issues.insertRow(row)
        kind = QComboBox()
        for value, label in (
            (CaseType.COMPLAINT, self.tr("Complaint")),
            (CaseType.DENUNCIATION, self.tr("Denunciation")),
            (CaseType.RECOMMENDATION, self.tr("Recommendation")),
            (CaseType.FEEDBACK, self.tr("Feedback")),
        ):
            kind.addItem(label, value)
        kind.setCurrentIndex(kind.findData(case_type))
        self.issues.setCellWidget(row, self.COL_TYPE, kind)
        self.issues.setItem(row, self.COL_SUMMARY, QTableWidgetItem(summary))
        fields = QComboBox()
        fields.addItem(self.tr("(to classify later)"), None)
        for choice in self._fields:
            fields.addItem(choice.name, choice.id)
        fields.setCurrentIndex(max(0, fields.findData(field_id)))
        self.issues.setCellWidget(row, self.COL_FIELD, fields)
        who = QTableWidgetItem()
        who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.issues.setItem(row, self.COL_CITIZENS, who)
        size = QSpinBox()
        size.setRange(0, 100000)
        size.setSpecialValueText(self.tr("as named"))
        size.setValue(group_size)
        self.issues.setCellWidget(row, self.COL_PEOPLE, size)
        self._set_people(row, people)
        self.issues.setCurrentCell(row, self.COL_SUMMARY)
        self._show_people_of_current()

    def _field_added(self, choice: Choice) -> None:
        """A field just added to the register: offered on every row, chosen on the current one."""
        self._fields.append(choice)
        current = self.issues.currentRow()
        for row in range(self.issues.rowCount()):
            combo = self.issues.cellWidget(row, self.COL_FIELD)
            if not isinstance(combo, QComboBox):
                continue
            if row == current:
                choose_in_combo(combo, choice)
            elif combo.findData(choice.id) < 0:
                combo.addItem(choice.name, choice.id)

    def _remove_issue(self) -> None:
        row = self.issues.currentRow()
        if row >= 0:
            self.issues.removeRow(row)
        self._show_people_of_current()

    def _set_people(self, row: int, people: Sequence[PickedPerson]) -> None:
        item = self.issues.item(row, self.COL_CITIZENS)
        if item is None:
            return
        item.setData(Qt.ItemDataRole.UserRole, tuple(people))
        item.setText("; ".join(p.person.full_name for p in people))

    def people_of(self, row: int) -> tuple[PickedPerson, ...]:
        item = self.issues.item(row, self.COL_CITIZENS)
        people = item.data(Qt.ItemDataRole.UserRole) if item else None
        return tuple(people or ())

    def _show_people_of_current(self) -> None:
        row = self.issues.currentRow()
        self.picker.setEnabled(row >= 0)
        if row < 0:
            self.people_title.setText(self.tr("Add an issue, then choose who raised it."))
            self.picker.set_people(())
            return
        self.people_title.setText(
            self.tr("Who raised issue %1 (choose from the citizen register or type in)").replace(
                "%1", str(row + 1)
            )
        )
        self.picker.set_people(self.people_of(row))

    def _people_edited(self) -> None:
        row = self.issues.currentRow()
        if row >= 0:
            self._set_people(row, self.picker.people_picked())

    def done(self, result: int) -> None:
        self.picker.done()
        super().done(result)

    def record(self) -> HoldingRecord:
        issues = []
        for row in range(self.issues.rowCount()):
            kind = self.issues.cellWidget(row, self.COL_TYPE)
            field = self.issues.cellWidget(row, self.COL_FIELD)
            size = self.issues.cellWidget(row, self.COL_PEOPLE)
            summary = self.issues.item(row, self.COL_SUMMARY)
            text = summary.text().strip() if summary else ""
            if not text:
                continue
            issues.append(
                IssueRaised(
                    CaseType(kind.currentData())
                    if isinstance(kind, QComboBox)
                    else CaseType.FEEDBACK,
                    text,
                    citizens=tuple(p.person for p in self.people_of(row)),
                    field_id=field.currentData() if isinstance(field, QComboBox) else None,
                    group_size=(size.value() or None) if isinstance(size, QSpinBox) else None,
                )
            )
        return HoldingRecord(
            attendee_count=self.attendees.value(),
            organisations_present=self.organisations.text(),
            minutes_summary=self.minutes.toPlainText(),
            issues=tuple(issues),
        )

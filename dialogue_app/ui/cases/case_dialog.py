"""Dialogs of the case register: register or edit a case, change its status, add a follow-up.

Long module: the case form and its two small dialogs (status, follow-up) share the form's
helpers (dates that cannot be in the future, pick lists, the error line).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain import case_workflow
from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome
from dialogue_app.services.cases import (
    AttachmentInput,
    CaseDetail,
    CaseDraft,
    CaseService,
    CitizenChoice,
    CitizenInput,
)
from dialogue_app.services.container import Services
from dialogue_app.ui.cases import case_labels
from dialogue_app.ui.cases.citizen_picker import CitizenPicker, choice_label
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.conflict_dialog import Choice as Chosen
from dialogue_app.ui.common.conflict_dialog import resolve_conflict, shown
from dialogue_app.ui.common.dates import date_edit, format_date
from dialogue_app.ui.common.file_dialogs import FileKind, open_file
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.register_add import with_add_button
from dialogue_app.ui.common.unsaved import AsksBeforeClosing, UnsavedGuard


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date, today: date) -> QDateEdit:
    """A day that has happened: ``value`` shown, nothing after ``today`` allowed."""
    edit = date_edit(value)
    edit.setMaximumDate(to_qdate(today))
    return edit


def _lay_out(dialog: QDialog, form: QFormLayout, save: str, cancel: str) -> QLabel:
    """The form, a hidden line for what is wrong, and Save/Cancel wired to ``dialog.save`` and
    ``reject``; returns the problem line."""
    problem = QLabel()
    problem.setWordWrap(True)
    problem.setStyleSheet(ERROR_STYLE)
    problem.hide()
    buttons = QDialogButtonBox()
    buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]  # each dialog has save()
    buttons.rejected.connect(dialog.reject)
    # the form scrolls when the screen is too small for it; the problem line and the buttons
    # stay in sight below it
    body = QWidget()
    body.setLayout(form)
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return problem


def _comparable(case: CaseDetail | CaseDraft) -> CaseDraft:
    """The fields of a case the form edits, as the form and the database both write them (an
    empty text is no text; the citizens are left out: the form lists them as it saves them)."""
    return CaseDraft(
        received_on=case.received_on,
        case_type=case.case_type,
        citizens=None,
        summary=case.summary.strip(),
        channel=case.channel,
        conference_id=case.conference_id,
        field_id=case.field_id,
        commune_id=case.commune_id,
        within_competence=case.within_competence,
        round=case.round,
        remote_area=case.remote_area,
        complexity=case.complexity,
        group_size=_group_size(case),
        agency_id=case.agency_id,
        handler=(case.handler or "").strip() or None,
        number=(case.number or "").strip() or None,
        repeat_of_id=None,
    )


def _group_size(case: CaseDetail | CaseDraft) -> int | None:
    """None: the number of citizens listed (the form's 0, the database's default)."""
    if isinstance(case, CaseDetail) and case.group_size == case.citizen_count:
        return None
    return case.group_size or None


def _closes(dialog: Any) -> Callable[[CaseDetail], None]:
    """An operation's success callback: the dialog keeps the saved case and closes."""

    def close(detail: CaseDetail) -> None:
        dialog.saved = detail
        dialog.accept()

    return close


def _fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """``dialog`` at ``width`` × ``height``, or as much of it as the screen has room for."""
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    dialog.resize(width, height)


def _narrow(combo: QComboBox) -> QComboBox:
    """A pick list that does not widen the form to its longest item (a conference's title)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return combo


def _choice_combo(items: list[tuple[int | None, str]], current: int | None) -> QComboBox:
    combo = _narrow(QComboBox())
    for key, label in items:
        combo.addItem(label, key)
    position = combo.findData(current)
    combo.setCurrentIndex(max(position, 0))
    return combo


# the citizens table: a row chosen from the register keeps that citizen's id here (column 0)
CITIZEN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_ID, COL_ADDRESS, COL_PHONE, COL_REPRESENTATIVE = range(5)


class CaseDialog(AsksBeforeClosing):
    """Register a new case or edit one. Saving goes through the case service; its refusals
    are shown beside the form, and nothing is saved until they are fixed.

    The citizens: chosen from the register with the citizen picker (the case links that very
    citizen; their details are shown, read-only) or typed in a row of the table as a person not
    in the register (one typed with a registered ID number is that citizen; see
    ``services/cases/citizens.py``).
    A denunciation whose denunciator the user may not see keeps its citizens, unshown.

    Closing it with unsaved changes ("Cancel", the window's button, Esc) asks to save or discard
    them (``unsaved.ask``, replaced in tests); an unchanged form closes at once."""

    def __init__(
        self, services: Services, detail: CaseDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        cases = services.cases
        self._cases = cases
        self._registers = services.registers
        self._detail = detail
        self.saved: CaseDetail | None = None
        self.repeat_message: str | None = None
        self.setWindowTitle(self.tr("Edit case") if detail else self.tr("Register a case"))
        draft = detail.to_draft() if detail else None
        today = cases.today()

        form = QFormLayout()
        self.number = QLineEdit(draft.number or "" if draft else "")
        self.number.setPlaceholderText(self.tr("Office case number, e.g. 15/ĐKN"))
        self.received = _date_edit(draft.received_on if draft else today, today)
        self.channel = QComboBox()
        for value in Channel:
            self.channel.addItem(case_labels.channel(value), value.value)
        if draft:
            self.channel.setCurrentIndex(self.channel.findData(draft.channel.value))
        self.conference = _choice_combo(
            [(None, self.tr("(none)"))] + [(c.id, c.name) for c in cases.conferences()],
            draft.conference_id if draft else None,
        )
        self.case_type = QComboBox()
        for value in CaseType:
            self.case_type.addItem(case_labels.case_type(value), value.value)
        if draft:
            self.case_type.setCurrentIndex(self.case_type.findData(draft.case_type.value))
        self.field = _choice_combo(
            [(None, self.tr("(none)"))] + [(c.id, c.name) for c in services.registers.fields()],
            draft.field_id if draft else None,
        )
        self.field.setEditable(True)  # typing a new field adds it to the list
        self.commune = _narrow(QComboBox())
        self._fill_communes(draft.commune_id if draft else None)
        self.received.dateChanged.connect(lambda _day: self._fill_communes())
        self.agency = _choice_combo(
            [(None, self.tr("(none)"))] + [(c.id, c.name) for c in services.registers.agencies()],
            draft.agency_id if draft else None,
        )
        self.handler = QLineEdit(draft.handler or "" if draft else "")
        self.summary = QPlainTextEdit(draft.summary if draft else "")
        self.summary.setPlaceholderText(self.tr("What the citizens ask for, in a few lines"))
        self.summary.setMaximumHeight(120)  # a few lines; it scrolls beyond
        self.within = QCheckBox(self.tr("Within the office's competence"))
        self.within.setChecked(draft.within_competence if draft else True)
        self.round = QComboBox()
        self.round.addItem(self.tr("First time"), 1)
        self.round.addItem(self.tr("Second time"), 2)
        self.round.setCurrentIndex(0 if not draft or draft.round == 1 else 1)
        self.remote = QCheckBox(self.tr("Remote or disadvantaged area"))
        self.remote.setChecked(draft.remote_area if draft else False)
        self.complexity = QComboBox()
        for level in range(3):
            self.complexity.addItem(case_labels.complexity(level), level)
        self.complexity.setCurrentIndex(draft.complexity if draft else 0)
        self.group_size = QSpinBox()
        self.group_size.setRange(0, 10000)
        self.group_size.setSpecialValueText(self.tr("as listed"))
        self.group_size.setValue(draft.group_size if draft and draft.group_size > 1 else 0)

        self.picker: CitizenPicker | None = None
        self.citizens = QTableWidget(0, 5)
        self.citizens.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("ID number (12 digits)"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("Representative"),
            ]
        )
        header = self.citizens.horizontalHeader()
        for column in (COL_NAME, COL_ADDRESS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (COL_ID, COL_PHONE, COL_REPRESENTATIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.citizens.setWordWrap(False)
        self.citizens.setMinimumHeight(150)
        self.citizens.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._citizens_locked = bool(draft and draft.citizens is None)
        for person in (draft.citizens or ()) if draft else ():
            self._add_citizen(person)
        if not draft:
            self._add_citizen(CitizenInput(""))
        add = QPushButton(self.tr("Add a person not in the register"))
        add.clicked.connect(self.add_typed_person)
        remove = QPushButton(self.tr("Remove citizen"))
        remove.clicked.connect(self._remove_citizen)
        people = QVBoxLayout()
        if self._citizens_locked:
            people.addWidget(
                QLabel(
                    self.tr(
                        "The denunciator's identity is confidential; the citizens are kept "
                        "as they are."
                    )
                )
            )
        else:
            self.picker = CitizenPicker(services, parent=self, chosen_ids=self.chosen_citizen_ids)
            self.picker.setObjectName("case_citizen_picker")
            self.picker.citizen_chosen.connect(self.add_registered)
            people.addWidget(self.picker)
            hint = QLabel(
                self.tr(
                    "Citizens chosen from the register are shown in grey, as registered. "
                    "Type a person who is not in the register in an empty row."
                )
            )
            hint.setWordWrap(True)
            people.addWidget(hint)
            people.addWidget(self.citizens)
            buttons_row = QHBoxLayout()
            buttons_row.addWidget(add)
            buttons_row.addWidget(remove)
            buttons_row.addStretch()
            people.addLayout(buttons_row)

        form.addRow(self.tr("Case number"), self.number)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Received through"), self.channel)
        form.addRow(self.tr("Raised at"), self.conference)
        form.addRow(self.tr("Type"), self.case_type)
        form.addRow(self.tr("Field"), with_add_button(self.field, services.registers, "field"))
        form.addRow(self.tr("Commune"), self.commune)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Citizens"), people)
        form.addRow(self.tr("Group size"), self.group_size)
        form.addRow("", self.within)
        form.addRow(self.tr("Round"), self.round)
        form.addRow("", self.remote)
        form.addRow(self.tr("Complexity"), self.complexity)
        agency = with_add_button(self.agency, services.registers, "agency")  # issue 18
        form.addRow(self.tr("Agency to resolve it"), agency)
        form.addRow(self.tr("Handler"), self.handler)

        self.problem = _lay_out(self, form, self.tr("Save"), self.tr("Cancel"))
        _fit_to_screen(self, 820, 940)
        self.unsaved = UnsavedGuard(self, self.draft, self.save, lambda: self.tr("The case"))
        self.unsaved.mark_saved()

    def _fill_communes(self, current: int | None = None) -> None:
        """The communes that existed on the day received (the case's own kept, even if since
        merged); ``current``: the one to choose, else the one chosen."""
        if current is None:
            current = self.commune.currentData()
        registers = self._registers
        choices = list(registers.communes(on=from_qdate(self.received.date())))
        if current is not None and all(c.id != current for c in choices):
            choices += [c for c in registers.communes() if c.id == current]
        self.commune.blockSignals(True)
        self.commune.clear()
        self.commune.addItem(self.tr("(none)"), None)
        for choice in choices:
            self.commune.addItem(choice.name, choice.id)
        self.commune.setCurrentIndex(max(self.commune.findData(current), 0))
        self.commune.blockSignals(False)

    def chosen_citizen_ids(self) -> list[int]:
        """The registered citizens listed (by id)."""
        return [i for i in (self._citizen_id(row) for row in self._rows()) if i is not None]

    def add_registered(self, choice: CitizenChoice) -> None:
        """List a citizen chosen from the register (in the empty row, if one is left)."""
        person = CitizenInput(
            choice.full_name, choice.national_id, choice.address, citizen_id=choice.id
        )
        empty = [row for row in self._rows() if self._is_empty(row)]
        if empty:
            self.citizens.removeRow(empty[-1])
            self._add_citizen(person, row=empty[-1], label=choice_label(choice))
        else:
            self._add_citizen(person, label=choice_label(choice))

    def add_typed_person(self) -> None:
        """An empty row for a person not in the register; the name searched for, if any."""
        typed = self.picker.search_edit.text().strip() if self.picker else ""
        self._add_citizen(CitizenInput(typed))
        if self.picker is not None and typed:
            self.picker.search_edit.clear()
        row = self.citizens.rowCount() - 1
        self.citizens.setCurrentCell(row, COL_ID if typed else COL_NAME)
        self.citizens.setFocus()

    def _rows(self) -> range:
        return range(self.citizens.rowCount())

    def _citizen_id(self, row: int) -> int | None:
        item = self.citizens.item(row, COL_NAME)
        value = item.data(CITIZEN_ID_ROLE) if item else None
        return value if isinstance(value, int) else None

    def _is_empty(self, row: int) -> bool:
        return self._citizen_id(row) is None and not any(
            self._cell(row, c) for c in range(COL_REPRESENTATIVE)
        )

    def _add_citizen(
        self, person: CitizenInput, row: int | None = None, label: str | None = None
    ) -> None:
        """A row of the table: a registered citizen (read-only but for Representative; ``label``:
        how the picker named them) or a person typed."""
        row = self.citizens.rowCount() if row is None else row
        self.citizens.insertRow(row)
        registered = person.citizen_id is not None
        for column, value in enumerate(
            (person.full_name, person.national_id, person.address, person.phone)
        ):
            item = QTableWidgetItem(value or "")
            if registered:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(
                    self.tr("Chosen from the register: %1").replace("%1", label or person.full_name)
                )
            self.citizens.setItem(row, column, item)
        if registered:
            self.citizens.item(row, COL_NAME).setData(CITIZEN_ID_ROLE, person.citizen_id)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(
            Qt.CheckState.Checked if person.is_representative else Qt.CheckState.Unchecked
        )
        self.citizens.setItem(row, COL_REPRESENTATIVE, check)

    def _remove_citizen(self) -> None:
        rows = sorted({index.row() for index in self.citizens.selectedIndexes()}, reverse=True)
        for row in rows or [self.citizens.rowCount() - 1]:
            if row >= 0:
                self.citizens.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.citizens.item(row, column)
        return item.text().strip() if item else ""

    def draft(self) -> CaseDraft:
        citizens: tuple[CitizenInput, ...] | None = None
        if not self._citizens_locked:
            people = []
            for row in self._rows():
                if self._is_empty(row):
                    continue
                check = self.citizens.item(row, COL_REPRESENTATIVE)
                representative = bool(check and check.checkState() == Qt.CheckState.Checked)
                citizen_id = self._citizen_id(row)
                if citizen_id is not None:  # as registered: only the id and the role count
                    people.append(
                        CitizenInput(
                            self._cell(row, COL_NAME),
                            is_representative=representative,
                            citizen_id=citizen_id,
                        )
                    )
                    continue
                people.append(
                    CitizenInput(
                        full_name=self._cell(row, COL_NAME),
                        national_id=self._cell(row, COL_ID) or None,
                        address=self._cell(row, COL_ADDRESS) or None,
                        phone=self._cell(row, COL_PHONE) or None,
                        is_representative=representative,
                    )
                )
            citizens = tuple(people)
        field_id = self.field.currentData()
        field_name = None
        typed = self.field.currentText().strip()
        if typed and (field_id is None or self.field.itemText(self.field.currentIndex()) != typed):
            field_id, field_name = None, typed
            if typed == self.tr("(none)"):
                field_name = None
        return CaseDraft(
            received_on=from_qdate(self.received.date()),
            case_type=CaseType(self.case_type.currentData()),
            citizens=citizens,
            summary=self.summary.toPlainText(),
            channel=Channel(self.channel.currentData()),
            conference_id=self.conference.currentData(),
            field_id=field_id,
            field_name=field_name,
            commune_id=self.commune.currentData(),
            within_competence=self.within.isChecked(),
            round=int(self.round.currentData()),
            remote_area=self.remote.isChecked(),
            complexity=int(self.complexity.currentData()),
            group_size=self.group_size.value() or None,
            agency_id=self.agency.currentData(),
            handler=self.handler.text(),
            number=self.number.text(),
            repeat_of_id=self._detail.repeat_of.id
            if self._detail and self._detail.repeat_of
            else None,
        )

    def done(self, result: int) -> None:
        if self.picker is not None:
            self.picker.done()  # no search after the form closed
        super().done(result)

    def save(self) -> bool:
        """Save the case and close the form; True when saved. Somebody else saved it
        meanwhile: theirs beside mine, the person chooses (``_changed_meanwhile``)."""
        resolved: list[bool] = []
        opened, mine = self._detail, self.draft()
        saved = (
            Operation(
                self,
                self._save,
                changes=Changed.CASES | Changed.CITIZENS,
                waits=True,
                repeatable=opened is not None,  # an edit is versioned; a new case is not
            )
            .success(_closes(self))
            .failure(in_label(self.problem))
            .conflict(lambda theirs: resolved.append(self._changed_meanwhile(opened, mine, theirs)))
            .run()
        )
        return saved or bool(resolved and resolved[0])

    def _changed_meanwhile(
        self, opened: CaseDetail | None, mine: CaseDraft, theirs: CaseDetail
    ) -> bool:
        """Both versions of the case, field by field (``ui/common/conflict_dialog.py``): keep
        theirs (the form closes on their version), keep mine or merge (saved over theirs, the
        citizens as the form lists them), or back to the form. True when saved."""
        if opened is None:
            return False
        labels = {
            "received_on": self.tr("Received on"),
            "case_type": self.tr("Type"),
            "summary": self.tr("Summary"),
            "channel": self.tr("Received through"),
            "conference_id": self.tr("Raised at"),
            "field_id": self.tr("Field"),
            "commune_id": self.tr("Commune"),
            "within_competence": self.tr("Within the office's competence"),
            "round": self.tr("Round"),
            "remote_area": self.tr("Remote or disadvantaged area"),
            "complexity": self.tr("Complexity"),
            "group_size": self.tr("Group size"),
            "agency_id": self.tr("Agency to resolve it"),
            "handler": self.tr("Handler"),
            "number": self.tr("Case number"),
        }
        names: dict[str, dict[int, str]] = {
            "conference_id": {},
            "field_id": {},
            "commune_id": {},
            "agency_id": {},
        }
        for detail in (opened, theirs):
            for key, name in (
                ("conference_id", detail.conference),
                ("field_id", detail.field),
                ("commune_id", detail.commune),
                ("agency_id", detail.agency),
            ):
                value = getattr(detail, key)
                if value is not None and name:
                    names[key][value] = name
        combos = {
            "conference_id": self.conference,
            "field_id": self.field,
            "commune_id": self.commune,
            "agency_id": self.agency,
        }

        def show(name: str, value: object) -> str:
            if name in names and isinstance(value, int):
                known = names[name].get(value)
                if known is None:
                    index = combos[name].findData(value)
                    known = combos[name].itemText(index) if index >= 0 else str(value)
                return known
            if isinstance(value, date):
                return format_date(value)
            if isinstance(value, CaseType):
                return case_labels.case_type(value)
            if name == "complexity" and isinstance(value, int):
                return case_labels.complexity(value)
            return shown(value)

        resolution = resolve_conflict(
            self, _comparable(opened), _comparable(mine), _comparable(theirs), labels, show
        )
        if resolution.choice is Chosen.THEIRS:
            self.unsaved.mark_saved()
            _closes(self)(theirs)
            return False
        if resolution.record is None:
            self.problem.setText(self.tr("Not saved yet: your changes are still in the form."))
            return False
        record = replace(
            resolution.record,
            citizens=mine.citizens,
            field_name=mine.field_name,
            repeat_of_id=mine.repeat_of_id,
        )
        return (
            Operation(
                self,
                lambda: self._cases.update(theirs.id, record, theirs.version),
                changes=Changed.CASES | Changed.CITIZENS,
                waits=True,
                repeatable=True,
            )
            .success(_closes(self))
            .failure(in_label(self.problem))
            .run()
        )

    def _save(self) -> CaseDetail:
        if self._detail is not None:
            return self._cases.update(self._detail.id, self.draft(), self._detail.version)
        result = self._cases.register(self.draft())
        if result.repeat_of is not None:
            self.repeat_message = (
                self.tr(
                    "This citizen already has case %1 (received %2) in the same field. "
                    "The new case is linked to it as a repeat petition."
                )
                .replace("%1", result.repeat_of.number or f"#{result.repeat_of.id}")
                .replace("%2", format_date(result.repeat_of.received_on))
            )
        return result.case


class StatusDialog(AsksBeforeClosing):
    """Move a case to one of the statuses its workflow allows."""

    def __init__(self, cases: CaseService, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self._cases = cases
        self._detail = detail
        self.saved: CaseDetail | None = None
        self.setWindowTitle(self.tr("Change status"))
        self.target = QComboBox()
        for value in detail.allowed_next:
            self.target.addItem(case_labels.status(value), value.value)
        self.on = _date_edit(cases.today(), cases.today())
        self.outcome = QComboBox()  # the outcomes of this type of case; none chosen for you
        self.outcome.addItem(self.tr("— choose the outcome —"), None)
        for value in case_workflow.outcomes_for(detail.case_type):
            self.outcome.addItem(case_labels.outcome(value), value.value)
        self.ground = QLineEdit()
        self.ground.setPlaceholderText(self.tr("e.g. Law on Complaints 2011, Art. 11(3)"))
        self.note = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("New status"), self.target)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Legal ground for refusing"), self.ground)
        form.addRow(self.tr("Note"), self.note)
        self._form = form
        self.problem = _lay_out(self, form, self.tr("Save"), self.tr("Cancel"))
        self.target.currentIndexChanged.connect(self._update)
        self._update()
        self.unsaved = UnsavedGuard(
            self,
            lambda: (self.note.toPlainText().strip(), self.ground.text().strip()),
            self.save,
            lambda: self.tr("The status change"),
        )
        self.unsaved.mark_saved()

    def _update(self) -> None:
        value = self.target.currentData()
        needs = case_workflow.requirements(CaseStatus(value)) if value else None
        self._form.setRowVisible(self.outcome, bool(needs and needs.outcome))
        self._form.setRowVisible(self.ground, bool(needs and needs.refusal_ground))

    def save(self) -> bool:
        """Save the status change and close; True when saved."""
        value = self.target.currentData()
        if value is None:
            QDialog.reject(self)  # nothing to move to
            return False
        target = CaseStatus(value)
        needs = case_workflow.requirements(target)
        detail = self._detail
        return (
            Operation(
                self,
                lambda: self._cases.change_status(
                    detail.id,
                    target,
                    on=from_qdate(self.on.date()),
                    note=self.note.toPlainText(),
                    outcome=(
                        Outcome(self.outcome.currentData())
                        if needs.outcome and self.outcome.currentData()
                        else None
                    ),
                    refusal_ground=self.ground.text() if needs.refusal_ground else None,
                    expected_version=detail.version,
                ),
                changes=Changed.CASES,
                waits=True,
                repeatable=True,
            )
            .success(_closes(self))
            .failure(in_label(self.problem))
            .run()
        )


class FollowUpDialog(AsksBeforeClosing):
    """Record an urging, an agency's report, the reply sent, an extension, the notification of a
    denunciator (offered while one is due) or a note."""

    KINDS = (
        FollowUpKind.URGED,
        FollowUpKind.AGENCY_REPORTED,
        FollowUpKind.REPLY_SENT,
        FollowUpKind.EXTENSION,
        FollowUpKind.NOTIFIED,
        FollowUpKind.NOTE,
    )

    def __init__(self, cases: CaseService, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self._cases = cases
        self._detail = detail
        self._files: list[AttachmentInput] = []
        self.saved: CaseDetail | None = None
        self.setWindowTitle(self.tr("Add a follow-up"))
        self.kind = QComboBox()
        # the notification: for an accepted denunciation not yet notified (also one accepted
        # before notifications were tracked, which has no deadline for it)
        can_notify = (
            detail.case_type == CaseType.DENUNCIATION
            and detail.accepted_on is not None
            and detail.notified_on is None
        )
        for value in self.KINDS:
            if value == FollowUpKind.NOTIFIED and not can_notify:
                continue
            self.kind.addItem(case_labels.follow_up(value), value.value)
        if detail.notify_pending:  # the first thing to record while it is due
            self.kind.setCurrentIndex(self.kind.findData(FollowUpKind.NOTIFIED.value))
        # the day it happened (recorded later is common): not before the case was received
        self.on = _date_edit(cases.today(), cases.today())
        self.on.setMinimumDate(to_qdate(detail.received_on))
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. 125/QĐ-UBND"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.note = QPlainTextEdit()
        self.files = QListWidget()
        attach = QPushButton(self.tr("Attach a file…"))
        attach.clicked.connect(self._attach)
        form = QFormLayout()
        form.addRow(self.tr("What happened"), self.kind)
        form.addRow(self.tr("Decision number"), self.decision)
        form.addRow(self.tr("Extension (days)"), self.days)
        form.insertRow(1, self.tr("Date"), self.on)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Files"), self.files)
        form.addRow("", attach)
        self._form = form
        self.problem = _lay_out(self, form, self.tr("Save"), self.tr("Cancel"))
        self.kind.currentIndexChanged.connect(self._update)
        self._update()
        self.unsaved = UnsavedGuard(
            self,
            lambda: (
                self.note.toPlainText().strip(),
                self.decision.text().strip(),
                len(self._files),
            ),
            self.save,
            lambda: self.tr("The follow-up"),
        )
        self.unsaved.mark_saved()

    def _update(self) -> None:
        extension = self.kind.currentData() == FollowUpKind.EXTENSION.value
        self._form.setRowVisible(self.days, extension)
        notified = self.kind.currentData() == FollowUpKind.NOTIFIED.value
        earliest = self._detail.accepted_on if notified else None
        self.on.setMinimumDate(to_qdate(earliest or self._detail.received_on))

    def add_file(self, path: Path) -> None:
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self._files.append(AttachmentInput(path.name, path.read_bytes(), media))
        self.files.addItem(path.name)

    def _attach(self) -> None:
        chosen = open_file(self, FileKind.ATTACHMENT, self.tr("Attach a file"))
        name = str(chosen) if chosen else ""
        if name:
            try:
                self.add_file(Path(name))
            except OSError as error:
                QMessageBox.warning(
                    self,
                    self.tr("Cannot attach the file"),
                    self.tr("The file cannot be read: %1").replace("%1", error.strerror or ""),
                )

    def save(self) -> bool:
        """Save the follow-up and close; True when saved."""
        kind = FollowUpKind(self.kind.currentData())
        return (
            Operation(
                self,
                lambda: self._cases.add_follow_up(
                    self._detail.id,
                    kind,
                    note=self.note.toPlainText(),
                    decision_number=self.decision.text(),
                    extension_days=self.days.value() if kind == FollowUpKind.EXTENSION else None,
                    attachments=self._files,
                    on=from_qdate(self.on.date()),
                ),
                changes=Changed.CASES,
                waits=True,
            )
            .success(_closes(self))
            .failure(in_label(self.problem))
            .run()
        )

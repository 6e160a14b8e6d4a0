"""Adding a missing agency, venue, leader or field from the form that needs it (issue 18): a small
"Add…" button beside the pick list opens a short dialog; once saved, the new entry is chosen in
the list. An entry of the same name already in the register is chosen instead of a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.registers import Choice, RegisterService
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.operations import Operation

KINDS = ("agency", "venue", "official", "field")


class AddToRegisterDialog(QDialog):
    """A short form for one new entry of a register (``kind``: agency, venue, official, field).

    Signals:
    choice_added(object): the ``Choice`` saved (or found under that name).
    """

    choice_added = Signal(object)

    def __init__(
        self, registers: RegisterService, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert kind in KINDS
        self._registers = registers
        self.kind = kind
        self.choice: Choice | None = None
        titles = {
            "agency": self.tr("Add an agency"),
            "venue": self.tr("Add a venue"),
            "official": self.tr("Add a leader"),
            "field": self.tr("Add a field"),
        }
        self.setWindowTitle(titles[kind])
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.detail = QLineEdit()  # short name, address or position
        self.email = QLineEdit()
        self.email.setPlaceholderText("vanphong@hatinh.gov.vn")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("not known"))
        form = QFormLayout()
        if kind == "agency":
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Short name"), self.detail)
            form.addRow(self.tr("E-mail"), self.email)
        elif kind == "venue":
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Address"), self.detail)
            form.addRow(self.tr("Seats"), self.capacity)
        elif kind == "official":
            form.addRow(self.tr("Full name"), self.name)
            form.addRow(self.tr("Position"), self.detail)
            form.addRow(self.tr("E-mail"), self.email)
        else:
            form.addRow(self.tr("Name"), self.name)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _add(self) -> Choice:
        name, detail, email = self.name.text(), self.detail.text(), self.email.text()
        if self.kind == "agency":
            return self._registers.add_agency(name, detail or None, email or None)
        if self.kind == "venue":
            return self._registers.add_venue(name, detail or None, self.capacity.value() or None)
        if self.kind == "official":
            return self._registers.add_official(name, detail or None, email or None)
        return self._registers.add_field(name)

    def save(self) -> bool:
        """Save the entry; a mistake is shown under the form, which stays open."""
        return (
            Operation(self, self._add, changes=Changed.REGISTERS, waits=True)
            .success(self._saved)
            .failure(self._show_problem)
            .run()
        )

    def _saved(self, choice: Choice) -> None:
        self.choice = choice
        self.choice_added.emit(choice)
        self.accept()

    def _show_problem(self, text: str, _failure: Any) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.name.setFocus()


def choose_in_combo(combo: QComboBox, choice: Choice) -> None:
    """Select ``choice`` in ``combo`` (items hold ids as data), adding it when missing."""
    index = combo.findData(choice.id)
    if index < 0:
        combo.addItem(choice.name, choice.id)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def check_in_list(widget: QListWidget, choice: Choice, label: str | None = None) -> None:
    """Tick ``choice`` in a checklist (items hold ids as UserRole data), adding it when missing."""
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == choice.id:
            item.setCheckState(Qt.CheckState.Checked)
            widget.scrollToItem(item)
            return
    item = QListWidgetItem(label or choice.name)
    item.setData(Qt.ItemDataRole.UserRole, choice.id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    widget.addItem(item)
    widget.scrollToItem(item)


def add_button(
    registers: RegisterService,
    kind: str,
    on_added: Callable[[Choice], object],
    parent: QWidget | None = None,
) -> QPushButton:
    """The small "Add…" button that opens the dialog and hands the new entry to ``on_added``."""
    button = QPushButton(QCoreApplication.translate("AddToRegisterDialog", "Add…"))
    tips = {
        "agency": QCoreApplication.translate(
            "AddToRegisterDialog", "Add an agency missing from the list"
        ),
        "venue": QCoreApplication.translate(
            "AddToRegisterDialog", "Add a venue missing from the list"
        ),
        "official": QCoreApplication.translate(
            "AddToRegisterDialog", "Add a leader missing from the list"
        ),
        "field": QCoreApplication.translate(
            "AddToRegisterDialog", "Add a field missing from the list"
        ),
    }
    button.setToolTip(tips[kind])
    button.setObjectName(f"add_{kind}")

    def open_dialog() -> None:
        dialog = AddToRegisterDialog(registers, kind, button.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.choice_added.connect(on_added)
        button.setProperty("dialog", dialog)  # the tests reach the dialog opened
        dialog.open()

    button.clicked.connect(open_dialog)
    return button


def with_add_button(
    field: QWidget,
    registers: RegisterService,
    kind: str,
    on_added: Callable[[Choice], object] | None = None,
) -> QWidget:
    """``field`` (a pick list) with its "Add…" button on its right; for a combo box, the new
    entry is chosen in it unless ``on_added`` says otherwise."""
    if on_added is None:
        assert isinstance(field, QComboBox)
        combo = field

        def on_added(choice: Choice) -> None:
            choose_in_combo(combo, choice)

    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(add_button(registers, kind, on_added, row))
    return row


__all__ = [
    "AddToRegisterDialog",
    "add_button",
    "check_in_list",
    "choose_in_combo",
    "with_add_button",
]

"""Choosing citizens from the citizen register while typing, or adding a person not in it.

Used by the conference form (invited citizens), the outcome form (who raised each issue) and the
case form (the citizens of a petition; there the form keeps the list of people, see
``chosen_ids``).
The search ignores case and diacritics (``services/cases/citizens.py``); each match shows the name,
the ID number in part, the commune and the address, so that namesakes can be told apart. No
case type is ever shown: the picker must not reveal that somebody made a denunciation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.cases import is_valid_national_id
from dialogue_app.domain.text import clean
from dialogue_app.services.cases import CitizenChoice, CitizenInput, masked_national_id
from dialogue_app.services.container import Services
from dialogue_app.ui.common.messages import ERROR_STYLE

SEARCH_DELAY_MS = 200


@dataclass(frozen=True)
class PickedPerson:
    """A person chosen in a picker: from the register (``person.citizen_id``) or typed."""

    person: CitizenInput
    label: str


class CitizenRole(IntEnum):
    CHOICE = Qt.ItemDataRole.UserRole + 1  # the CitizenChoice of a row


class CitizenMatchesModel(QAbstractListModel):
    """The register's matches for what is typed (a few dozen at most: one search's page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CitizenChoice, ...] = ()

    def set_matches(self, rows: Sequence[CitizenChoice]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802  # Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_label(choice)
        if role == CitizenRole.CHOICE:
            return choice
        return None


def choice_label(choice: CitizenChoice) -> str:
    """“Đặng Văn Đức — CCCD 040••••••789 — Cẩm Lộc, thôn 3”."""
    parts = [choice.full_name]
    if choice.national_id:
        parts.append(
            QCoreApplication.translate("CitizenPicker", "ID %1").replace("%1", choice.national_id)
        )
    place = ", ".join(p for p in (choice.commune, choice.address) if p)
    if place:
        parts.append(place)
    return " — ".join(parts)


def typed_label(person: CitizenInput, commune: str | None) -> str:
    """A person not chosen from the register: marked so, with what was typed."""
    parts = [clean(person.full_name) or ""]
    number = masked_national_id(clean(person.national_id))
    if number:
        parts.append(QCoreApplication.translate("CitizenPicker", "ID %1").replace("%1", number))
    if commune:
        parts.append(commune)
    return (
        " — ".join(parts)
        + " "
        + QCoreApplication.translate("CitizenPicker", "(typed, not chosen from the register)")
    )


class CitizenPicker(QWidget):
    """Search the register as you type and choose citizens, or add a person typed in.

    With ``chosen_ids`` the picker keeps no list of its own: it only searches, and hands each
    citizen chosen to its owner (``citizen_chosen``), who lists the people and tells, through
    ``chosen_ids``, which registered citizens are listed already.

    Signals:
        people_changed(): a person was added or removed.
        citizen_chosen(CitizenChoice): a registered citizen was chosen (with ``chosen_ids``).
    """

    people_changed = Signal()
    citizen_chosen = Signal(object)

    def __init__(
        self,
        services: Services,
        communes: Sequence[tuple[int, str]] = (),
        parent: QWidget | None = None,
        *,
        chosen_ids: Callable[[], Iterable[int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._chosen_ids = chosen_ids
        self._communes = dict(communes)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("citizen_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Type a name or ID number to search the citizen register")
        )
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)  # Enter: add the citizen (eventFilter)

        self.matches = CitizenMatchesModel(self)
        self.results = QListView()
        self.results.setObjectName("citizen_matches")
        self.results.setModel(self.matches)
        self.results.setMaximumHeight(110)
        self.results.doubleClicked.connect(self._add_match)
        self.results.activated.connect(self._add_match)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.add_button = QPushButton(self.tr("Add the citizen selected"))
        self.add_button.clicked.connect(self._add_current_or_first)

        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("12 digits, if known"))
        self.id_edit.setMaxLength(12)
        self.commune_combo = QComboBox()
        self.commune_combo.addItem(self.tr("(not known)"), None)
        for unit_id, name in communes:
            self.commune_combo.addItem(name, unit_id)
        self.add_new_button = QPushButton(self.tr("Add as a person not in the register"))
        self.add_new_button.clicked.connect(self.add_typed)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)

        self.chosen = QListWidget()
        self.chosen.setObjectName("citizens_chosen")
        self.remove_button = QPushButton(self.tr("Remove the person selected"))
        self.remove_button.clicked.connect(self.remove_current)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.add_button)
        # one line: the ID number as wide as 12 digits, the commune taking the rest, the
        # button at its full text; each keeps its height whatever room the form has (issue 18)
        digits = self.id_edit.fontMetrics().horizontalAdvance("0" * 14)
        self.id_edit.setMinimumWidth(digits)
        self.id_edit.setMaximumWidth(digits * 2)
        self.commune_combo.setMinimumContentsLength(16)
        self.commune_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        new_person = QGridLayout()
        new_person.addWidget(
            QLabel(self.tr("Not in the register? The name typed above, with:")), 0, 0, 1, 5
        )
        new_person.addWidget(QLabel(self.tr("ID number")), 1, 0)
        new_person.addWidget(self.id_edit, 1, 1)
        new_person.addWidget(QLabel(self.tr("Commune")), 1, 2)
        new_person.addWidget(self.commune_combo, 1, 3)
        new_person.addWidget(self.add_new_button, 1, 4)
        new_person.setColumnStretch(1, 1)
        new_person.setColumnStretch(3, 2)
        hint = QLabel(
            self.tr(
                "A person typed in with the ID number of someone registered is that person; "
                "without an ID number a new person is registered, so choose from the register "
                "whoever is already in it."
            )
        )
        hint.setWordWrap(True)
        self.chosen.setMaximumHeight(120)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

        # typing a new person and the list of people chosen: the owner's, with ``chosen_ids``
        own_list = QWidget(self)
        own_layout = QVBoxLayout(own_list)
        own_layout.setContentsMargins(0, 0, 0, 0)
        own_layout.addLayout(new_person)
        own_layout.addWidget(hint)
        own_layout.addWidget(self.error_label)
        own_layout.addWidget(QLabel(self.tr("Chosen:")))
        own_layout.addLayout(chosen_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        if chosen_ids is None:
            layout.addWidget(own_list)
            layout.addStretch(1)
        else:
            layout.addWidget(self.error_label)
            own_list.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt's name
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add_current_or_first()
            return True  # taken: Enter must not also press the form's default button (Save)
        return super().eventFilter(watched, event)

    # --- searching -----------------------------------------------------------------------------

    def search(self) -> None:
        """Search the register for the text typed now (the timer calls this while typing)."""
        self._timer.stop()
        text = self.search_edit.text()
        found = self._services.citizens.search(text) if clean(text) else ()
        self.matches.set_matches(found)
        if found:
            self.results.setCurrentIndex(self.matches.index(0, 0))
            self.status.setText(
                self.tr("%1 citizens found; double-click one to add them.").replace(
                    "%1", str(len(found))
                )
            )
        elif clean(text):
            self.status.setText(self.tr("Nobody in the register matches."))
        else:
            self.status.clear()

    def _add_current_or_first(self) -> None:
        if self._timer.isActive():
            self.search()
        index = self.results.currentIndex()
        if not index.isValid() and self.matches.rowCount():
            index = self.matches.index(0, 0)
        if index.isValid():
            self._add_match(index)

    def _add_match(self, index: QModelIndex) -> None:
        choice = index.data(CitizenRole.CHOICE)
        if isinstance(choice, CitizenChoice):
            self.add_choice(choice)

    # --- the people chosen ---------------------------------------------------------------------

    def add_choice(self, choice: CitizenChoice) -> None:
        """Add a registered citizen (once)."""
        if self._chosen_ids is not None:
            if choice.id in set(self._chosen_ids()):
                self.error_label.setText(self.tr("This citizen is already in the list."))
                return
            self._clear_search()
            self.citizen_chosen.emit(choice)
            return
        if choice.id in {p.person.citizen_id for p in self.people_picked()}:
            self.error_label.setText(self.tr("This citizen is already in the list."))
            return
        person = CitizenInput(choice.full_name, citizen_id=choice.id)
        self._append(PickedPerson(person, choice_label(choice)))

    def add_typed(self) -> None:
        """Add the person typed in the search box, with the ID number and commune given."""
        name = clean(self.search_edit.text())
        number = clean(self.id_edit.text())
        if not name:
            self.error_label.setText(self.tr("Type the person's full name in the search box."))
            self.search_edit.setFocus()
            return
        if number and not is_valid_national_id(number):
            self.error_label.setText(self.tr("The ID number must be exactly 12 digits."))
            self.id_edit.setFocus()
            return
        commune_id = self.commune_combo.currentData()
        person = CitizenInput(name, number, commune_id=commune_id)
        self._append(PickedPerson(person, typed_label(person, self._communes.get(commune_id))))
        self.id_edit.clear()
        self.commune_combo.setCurrentIndex(0)

    def _append(self, picked: PickedPerson) -> None:
        item = QListWidgetItem(picked.label)
        item.setData(Qt.ItemDataRole.UserRole, picked)
        self.chosen.addItem(item)
        self._clear_search()
        self.people_changed.emit()

    def _clear_search(self) -> None:
        self.error_label.clear()
        self.search_edit.clear()
        self._timer.stop()
        self.matches.set_matches(())
        self.status.clear()

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row < 0 and self.chosen.count():
            row = self.chosen.count() - 1
        if row >= 0:
            self.chosen.takeItem(row)
            self.people_changed.emit()

    def people_picked(self) -> tuple[PickedPerson, ...]:
        return tuple(
            self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())
        )

    def people(self) -> tuple[CitizenInput, ...]:
        """Everyone chosen, in order: registered citizens by id, the others as typed."""
        return tuple(p.person for p in self.people_picked())

    def set_people(self, people: Sequence[PickedPerson]) -> None:
        """Show these people as chosen (without signalling a change)."""
        self.chosen.clear()
        for picked in people:
            item = QListWidgetItem(picked.label)
            item.setData(Qt.ItemDataRole.UserRole, picked)
            self.chosen.addItem(item)

    def picked_from_register(self, citizen_ids: Sequence[int]) -> list[PickedPerson]:
        """Registered citizens as chosen people, with their labels."""
        return [
            PickedPerson(CitizenInput(c.full_name, citizen_id=c.id), choice_label(c))
            for c in self._services.citizens.get(list(citizen_ids))
        ]

    def done(self) -> None:
        """Stop the pending search (the form is closing)."""
        self._timer.stop()

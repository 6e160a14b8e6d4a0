"""A pick list's items for a combo box, held as (name, id) pairs.

A ``QComboBox`` fills its own model with one ``QStandardItem`` per ``addItem``: some 600 bytes
each, 4.4 MB for the 7,000 administrative units of a nation's register in the case list's
filter. This model keeps the names and ids the service returned and answers the combo box's
questions from them (``currentData``, ``findData`` and ``findText`` work as before).

``LazyChoicesBox`` reads its list only when someone reaches for it (focus, a click, the wheel,
a key, the popup) or code chooses an item by its id: a filter most visits leave at "any" costs
neither the query nor the memory (the nation's units: 2.7 MB, issue 19).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget

Index = QModelIndex | QPersistentModelIndex
# what reaching for a combo box sends it before it answers (the popup is ``showPopup``)
_REACHED_FOR = frozenset(
    {
        QEvent.Type.FocusIn,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
    }
)


class ChoicesModel(QAbstractListModel):
    """A first row meaning "any" (its data ``None``), then one row per choice (its id)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int | None]] = []

    def set_choices(self, any_label: str, choices: Iterable[Any]) -> None:
        """Show ``any_label`` then each choice's ``name`` (its ``id`` as the item's data)."""
        self.beginResetModel()
        self._rows = [(any_label, None), *((choice.name, choice.id) for choice in choices)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


class LazyChoicesBox(QComboBox):
    """A combo box of "any" then the choices ``load`` returns, read when first reached for."""

    def __init__(
        self, any_label: str, load: Callable[[], Iterable[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._any_label = any_label
        self._load = load
        self._loaded = False
        self.choices = ChoicesModel(self)
        self.choices.set_choices(any_label, ())
        self.setModel(self.choices)

    @property
    def loaded(self) -> bool:
        return self._loaded

    def load_choices(self) -> None:
        """Read the list if it was not read yet."""
        if not self._loaded:
            self.reload_choices()

    def reload_choices(self) -> None:
        """Read the list (again), keeping the choice made if it is still there; signals are
        held back: the choice does not change."""
        current = self.currentData()
        self.blockSignals(True)
        try:
            self.choices.set_choices(self._any_label, self._load())
            self._loaded = True
            self.setCurrentIndex(max(self.findData(current), 0))
        finally:
            self.blockSignals(False)

    def refresh_choices(self) -> None:
        """The list may have changed: read it again if it was read, else leave it for later."""
        if self._loaded:
            self.reload_choices()

    def choose(self, value: int | None) -> None:
        """Choose the item with this id ("any" if None or not in the list)."""
        if value is not None:
            self.load_choices()
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)

    # --- reached for: read the list first ------------------------------------------------------

    def showPopup(self) -> None:  # noqa: N802
        self.load_choices()
        super().showPopup()

    def event(self, event: QEvent) -> bool:
        if event.type() in _REACHED_FOR:
            self.load_choices()
        return super().event(event)

"""A pick list's items for a combo box, held as (name, id) pairs.

A ``QComboBox`` fills its own model with one ``QStandardItem`` per ``addItem``: some 600 bytes
each, 4.4 MB for the 7,000 administrative units of a nation's register in the case list's
filter. This model keeps the names and ids the service returned and answers the combo box's
questions from them (``currentData``, ``findData`` and ``findText`` work as before).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


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

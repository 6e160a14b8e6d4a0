"""Somebody else saved the record while the person was editing it: theirs beside mine.

A save refused with ``EditConflict`` (``services/versions.py``) carries what the other person
saved. ``resolve_conflict`` shows, for every field where their version and the person's differ,
the value before (what the form opened), theirs and mine, and which side changed it; then the
person chooses:

- **Keep theirs**: their version stays; what the person typed is dropped (the form reloads);
- **Keep mine**: the form as typed is saved over their version;
- **Merge**: every field from the side that changed it; where both changed a field, the side
  ticked in the table (theirs unless the person ticks "Use mine");
- **Back to the form**: nothing saved, nothing dropped; the person may save again later.

Nothing is lost silently: each of theirs and mine is shown before either is dropped.

When every field of theirs equals mine, there is nothing to choose: the save had in fact
landed (a COMMIT that reached the server just as the connection broke, then tried again over
the old version), or somebody saved exactly the same. ``resolve_conflict`` then shows no dialog
and raises ``AlreadySaved``; ``Operation`` (``ui/common/operations.py``), whose conflict
callback calls it, turns that into a success with the saved record (the conflict's theirs):
the form closes or updates as after a save, the status bar says it is saved. One place for
every form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.merging import FieldChange, compare, keep_mine_over, merge

T = TypeVar("T")


class AlreadySaved(Exception):  # noqa: N818 - not an error: the save is done
    """Theirs equals mine in every field: what the person typed is what is saved. Raised by
    ``resolve_conflict`` inside an ``Operation``'s conflict callback, which takes it as a
    success with the record the conflict carried (``record``: theirs as it was compared)."""

    def __init__(self, record: Any) -> None:
        super().__init__("the record already holds what was typed")
        self.record = record


class Choice(Enum):
    THEIRS = "theirs"
    MINE = "mine"
    MERGE = "merge"
    BACK = "back"  # back to the form, nothing saved nor dropped


@dataclass(frozen=True)
class Resolution(Generic[T]):
    """What the person chose and the record to save (``theirs`` itself for keep theirs,
    ``None`` for back to the form)."""

    choice: Choice
    record: T | None


def shown(value: Any) -> str:
    """A value as the table shows it when the caller gives no better way."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        from PySide6.QtCore import QCoreApplication

        if value:
            return QCoreApplication.translate("ConflictDialog", "yes")
        return QCoreApplication.translate("ConflictDialog", "no")
    label = getattr(value, "value", None)
    return str(label if isinstance(label, str) else value)


class ConflictDialog(QDialog, Generic[T]):
    """The comparison and the four choices (see the module's docstring).

    ``labels``: the field names the person reads, in the order shown (only these fields are
    compared); ``show``: how a field's value is written (default ``shown``)."""

    COLUMN_FIELD, COLUMN_BEFORE, COLUMN_THEIRS, COLUMN_MINE, COLUMN_USE_MINE = range(5)

    def __init__(
        self,
        parent: QWidget | None,
        base: T,
        mine: T,
        theirs: T,
        labels: Mapping[str, str],
        show: Callable[[str, Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Somebody else saved this meanwhile"))
        self._base, self._mine, self._theirs = base, mine, theirs
        self._show = show or (lambda _name, value: shown(value))
        self.changes: list[FieldChange] = [
            change for change in compare(base, mine, theirs, labels) if change.differs
        ]
        self.resolution: Resolution[T] = Resolution(Choice.BACK, None)

        intro = QLabel(
            self.tr(
                "Somebody else saved this record while you were editing it. Nothing of yours "
                "is saved yet. Compare the two versions and choose what to keep; where you both "
                "changed a field, tick “Use mine” to keep yours when merging."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.changes), 5)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Form entry"),
                self.tr("Before"),
                self.tr("Saved by the other person"),
                self.tr("Yours"),
                self.tr("Use mine"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(self.changes):
            self._fill(row, change, labels[change.name])
        if not self.changes:
            intro.setText(
                self.tr(
                    "Somebody else saved this record while you were editing it, but none of "
                    "the fields you see differ: merging keeps both."
                )
            )

        self.theirs_button = QPushButton(self.tr("Keep theirs"))
        self.theirs_button.setToolTip(self.tr("Drop your changes; their version stays."))
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setToolTip(self.tr("Save your version over theirs."))
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setToolTip(
            self.tr("Take every field from whoever changed it; where both did, as ticked.")
        )
        self.merge_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Back to the form"))
        self.back_button.setToolTip(self.tr("Save nothing now; your typing stays in the form."))
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(Choice.MINE))
        self.merge_button.clicked.connect(lambda: self._choose(Choice.MERGE))
        self.back_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.theirs_button, self.mine_button, self.merge_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 120 + 34 * max(len(self.changes), 3))

    def _fill(self, row: int, change: FieldChange, label: str) -> None:
        def cell(text: str, bold: bool = False) -> QTableWidgetItem:
            item = QTableWidgetItem(text)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            return item

        name = (
            label if not change.conflict else self.tr("%1 (both changed it)").replace("%1", label)
        )
        self.table.setItem(row, self.COLUMN_FIELD, cell(name, change.conflict))
        self.table.setItem(row, self.COLUMN_BEFORE, cell(self._show(change.name, change.base)))
        self.table.setItem(
            row,
            self.COLUMN_THEIRS,
            cell(self._show(change.name, change.theirs), change.theirs_changed),
        )
        self.table.setItem(
            row, self.COLUMN_MINE, cell(self._show(change.name, change.mine), change.mine_changed)
        )
        use_mine = QTableWidgetItem()
        if change.conflict:
            use_mine.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            use_mine.setCheckState(Qt.CheckState.Unchecked)
        else:
            use_mine.setFlags(Qt.ItemFlag.NoItemFlags)
            use_mine.setText(self.tr("mine") if change.mine_changed else self.tr("theirs"))
        self.table.setItem(row, self.COLUMN_USE_MINE, use_mine)

    def set_use_mine(self, name: str, use: bool) -> None:
        """Tick or untick "Use mine" for the conflicting field ``name``."""
        row = [change.name for change in self.changes].index(name)
        state = Qt.CheckState.Checked if use else Qt.CheckState.Unchecked
        self.table.item(row, self.COLUMN_USE_MINE).setCheckState(state)

    def kept_mine(self) -> set[str]:
        """The conflicting fields ticked "Use mine"."""
        return {
            change.name
            for row, change in enumerate(self.changes)
            if change.conflict
            and self.table.item(row, self.COLUMN_USE_MINE).checkState() == Qt.CheckState.Checked
        }

    def _choose(self, choice: Choice) -> None:
        record: T
        if choice is Choice.THEIRS:
            record = self._theirs
        elif choice is Choice.MINE:
            record = keep_mine_over(self._mine, self._theirs)
        else:
            record = merge(self._base, self._mine, self._theirs, self.kept_mine())
        self.resolution = Resolution(choice, record)
        self.accept()


def resolve_conflict(
    parent: QWidget | None,
    base: T,
    mine: T,
    theirs: T,
    labels: Mapping[str, str],
    show: Callable[[str, Any], str] | None = None,
) -> Resolution[T]:
    """Ask the person (``ConflictDialog``, modal) and return what they chose. Theirs equal to
    mine in every field (all of the record's fields, not only the ``labels`` shown): no
    dialog, ``AlreadySaved`` (see the module's docstring)."""
    if not any(change.differs for change in compare(base, mine, theirs)):
        raise AlreadySaved(theirs)
    dialog: ConflictDialog[T] = ConflictDialog(parent, base, mine, theirs, labels, show)
    dialog.exec()
    return dialog.resolution


__all__ = ["AlreadySaved", "Choice", "ConflictDialog", "Resolution", "resolve_conflict", "shown"]

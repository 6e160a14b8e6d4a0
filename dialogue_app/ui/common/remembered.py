"""Splitters and table columns as the user last left them (issue 18).

``remember_splitter(splitter, "cases/detail")`` and ``remember_columns(view, "cases/list")``
restore the saved state (QSettings, group ``layout``) when there is one, else leave the page's
own defaults, and save each change as it happens: a crash or a power cut loses nothing. A state
saved by an older version with other columns is ignored (Qt refuses it) and the defaults stay.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTreeView

GROUP = "layout"


def _settings() -> QSettings:
    return QSettings()


def _restore(key: str) -> QByteArray | None:
    value = _settings().value(f"{GROUP}/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _save(key: str, state: QByteArray) -> None:
    _settings().setValue(f"{GROUP}/{key}", state)


def remember_splitter(splitter: QSplitter, key: str) -> bool:
    """Restore ``splitter`` from ``key`` and save it whenever moved; True if restored."""
    state = _restore(key)
    restored = state is not None and splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: _save(key, splitter.saveState()))
    return restored


def remember_columns(view: QTableView | QTreeView, key: str) -> bool:
    """Restore the columns' widths and order of ``view`` and save them on every change; True
    if restored. Call it after the model is set and the defaults are applied."""
    header: QHeaderView = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    state = _restore(key)
    restored = state is not None and header.restoreState(state)

    def save(*_args: object) -> None:
        _save(key, header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    return restored

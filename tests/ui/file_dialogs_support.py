"""Answering the app's file dialogs in a test as a person would: the real dialog opens (Qt's,
offscreen), the test reads what it offers, types a path and presses Save or Open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit


@dataclass
class Asked:
    """What a file dialog showed: its title, folder, the name offered and its labels."""

    title: str
    folder: Path
    offered: str
    labels: list[str]


@contextmanager
def answering_file_dialogs(
    answer: Callable[[Asked], str | Path | None],
) -> Iterator[list[Asked]]:
    """While inside, each file dialog the app opens is answered with ``answer(asked)`` (None:
    Cancel); yields the list of what was asked."""
    asked: list[Asked] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            return
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen = Asked(
            dialog.windowTitle(),
            Path(dialog.directory().absolutePath()),
            name_edit.text() if name_edit is not None else "",
            [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()],
        )
        asked.append(seen)
        chosen = answer(seen)
        if chosen is None:
            dialog.reject()
            return
        dialog.selectFile(str(chosen))
        dialog.accept()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    try:
        yield asked
    finally:
        timer.stop()

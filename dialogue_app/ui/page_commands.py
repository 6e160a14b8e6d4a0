"""The window's commands (issue 18): New (Ctrl+N), Find (Ctrl+F), Print (Ctrl+P), Save (Ctrl+S)
and Refresh (F5), in the Actions menu with their shortcuts, each done by the page shown.

A page offers a command by a method (``new_conference``, ``new_case``, ``print_board``…) or a
search field; ``page_command`` finds what the page has, so no page imports the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

PAGE_COMMANDS = (
    ("new", "Ctrl+N"),
    ("find", "Ctrl+F"),
    ("print", "Ctrl+P"),
    ("save", "Ctrl+S"),
    ("refresh", "F5"),
)


def _find(page: Any) -> Callable[[], object] | None:
    search = getattr(page, "search", None)
    if not isinstance(search, QLineEdit):
        return None

    def focus() -> None:
        search.setFocus()
        search.selectAll()

    return focus


def _new(page: Any) -> Callable[[], object] | None:
    if callable(getattr(page, "new_case", None)):
        return page.new_case  # type: ignore[no-any-return]
    new_conference = getattr(page, "new_conference", None)
    if not callable(new_conference):
        return None
    if page.objectName() == "page_calendar":
        return lambda: new_conference(None)  # the calendar: at the next free slot
    return new_conference  # type: ignore[no-any-return]


def _print(page: Any) -> Callable[[], object] | None:
    if callable(getattr(page, "print_selected", None)):
        return page.print_selected  # type: ignore[no-any-return]
    tabs, board = getattr(page, "tabs", None), getattr(page, "board", None)
    if tabs is not None and board is not None and tabs.currentWidget() is board:
        return lambda: board.panel.print_board()
    return None


def _save(page: Any) -> Callable[[], object] | None:
    save = getattr(page, "save", None)
    return save if callable(save) else None


def page_command(page: QWidget, verb: str) -> Callable[[], object] | None:
    """What ``verb`` ("new", "find", "print", "save") does on ``page``; None: nothing there."""
    finder = {"new": _new, "find": _find, "print": _print, "save": _save}.get(verb)
    return finder(page) if finder is not None else None


__all__ = ["PAGE_COMMANDS", "page_command"]

"""Scrolling a long form with the mouse wheel must not change the choice a wheel passes over:
a combo box or spin box of such a form takes the wheel only once clicked or tabbed into (its
focus), otherwise the wheel scrolls the page, as in the forms of browsers and office suites."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # passes on to the scroll area under it
            return True
        return False


def wheel_only_when_focused(form: QWidget) -> None:
    """Guard every combo box and spin box under ``form`` (call once the form is built)."""
    guard = _WheelGuard(form)
    for widget in [*form.findChildren(QComboBox), *form.findChildren(QAbstractSpinBox)]:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel itself
        widget.installEventFilter(guard)

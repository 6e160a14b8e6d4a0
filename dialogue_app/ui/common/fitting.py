"""Room on small screens: a form taller than the screen scrolls instead of being crushed.

A 1366x768 laptop at 125 % scaling shows Qt a screen of about 1093x614: a dialog whose fields need
more height than that must scroll. Qt lets a window be smaller than its layout's minimum when a
minimum size is set by hand (or the window manager fits it to the screen); its controls are then
squeezed to a few pixels and drawn over each other (issue 18). A form put in ``scrollable`` keeps
every control at its minimum size whatever room the window has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

# room a dialog leaves for the window manager's frame (title bar, borders)
FRAME = (40, 60)


def scrollable(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: at least its minimum size, scrolled when the
    window is smaller, stretched when it is larger."""
    area = QScrollArea()
    area.setObjectName(f"{content.objectName() or 'content'}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window`` at ``width`` x ``height``, or as much of it as its screen has room for."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME[0])
        height = min(height, room.height() - FRAME[1])
    window.resize(width, height)

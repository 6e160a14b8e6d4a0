"""A reusable check that a window or dialog is usable at its current size: every visible input
at least its minimum size (as its layout would give it) and no two visible inputs overlapping.

``layout_problems(widget)`` lists what is wrong in words, so a failing test says which control
is crushed or covered, e.g. ``QLineEdit 'id_edit' 12x30 < minimum 63x30 (in HoldingDialog)``.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
    QAbstractItemView,
)
# parts of a compound control that lay out their own children (a spin box's line edit, a tab
# bar's scroll arrows, a calendar's navigation buttons, the editors inside a table)
COMPOUND = (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget, QScrollBar, QAbstractItemView)
# Text areas and lists scroll, so their own hint (about 256x192) is no minimum a layout owes them
SCROLLING = (QAbstractScrollArea,)
SCROLLING_MINIMUM = QSize(60, 40)


def _name(widget: QWidget) -> str:
    label = widget.objectName() or getattr(widget, "text", lambda: "")() or ""
    if isinstance(widget, QLineEdit) and not widget.objectName():
        label = widget.placeholderText()
    label = str(label).replace("\n", " ")[:40]
    return f"{type(widget).__name__} {label!r}" if label else type(widget).__name__


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, COMPOUND):
            return True
        if parent is root:
            return False
        parent = parent.parentWidget()
    return False


def visible_inputs(root: QWidget) -> Iterator[QWidget]:
    """The inputs a person sees in ``root`` (not those inside another control)."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        if widget.width() <= 0 or _inside_compound(widget, root):
            continue
        yield widget


def least_size(widget: QWidget) -> QSize:
    """The size a layout must give ``widget``: its minimum size where one is set, else its
    minimum size hint (Qt's own rule for layouts)."""
    hint = widget.minimumSizeHint()
    if isinstance(widget, SCROLLING):
        hint = hint.boundedTo(SCROLLING_MINIMUM)
    least = widget.minimumSize()
    return QSize(
        least.width() if least.width() > 0 else max(hint.width(), 0),
        least.height() if least.height() > 0 else max(hint.height(), 0),
    )


def _clip_area(widget: QWidget, root: QWidget) -> QWidget:
    """The scroll area's viewport that shows ``widget`` (inputs compared only within one), or
    ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return parent
        parent = grand
    return root


def _rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def layout_problems(root: QWidget) -> list[str]:
    """Crushed, overlapping or cut-off inputs of ``root`` as shown now (lay it out first)."""
    QApplication.processEvents()
    where = type(root).__name__
    problems: list[str] = []
    inputs = list(visible_inputs(root))
    for widget in inputs:
        least = least_size(widget)
        if widget.width() < least.width() or widget.height() < least.height():
            problems.append(
                f"{_name(widget)} {widget.width()}x{widget.height()} < minimum "
                f"{least.width()}x{least.height()} (in {where})"
            )
        area = _clip_area(widget, root)
        if area is root and not root.rect().contains(_rect_in(widget, root)):
            problems.append(f"{_name(widget)} is cut off by the edge of {where}")
    by_area: dict[int, list[QWidget]] = {}
    for widget in inputs:
        by_area.setdefault(id(_clip_area(widget, root)), []).append(widget)
    for group in by_area.values():
        rects = [(w, _rect_in(w, root)) for w in group]
        for i, (first, first_rect) in enumerate(rects):
            for second, second_rect in rects[i + 1 :]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                if first_rect.intersects(second_rect):
                    overlap = first_rect.intersected(second_rect)
                    problems.append(
                        f"{_name(first)} and {_name(second)} overlap by "
                        f"{overlap.width()}x{overlap.height()} (in {where})"
                    )
    return problems

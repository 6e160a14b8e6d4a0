"""Durations in the units people speak (issue 18): a reminder "1 day before", "2 hours before",
never "1440 minutes"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox

DAY = 24 * 60


class Durations(QObject):
    """The words of durations (a QObject: lupdate reads counted strings from ``self.tr``)."""

    def reminder(self, minutes: int) -> str:
        # divmod, not the floor-division operator, which lupdate's parser takes for a comment
        days, day_rest = divmod(minutes, DAY)
        hours, hour_rest = divmod(minutes, 60)
        if minutes <= 0:
            return self.tr("At the start")
        if day_rest == 0:
            return self.tr("%n day(s) before", "", days)
        if hour_rest == 0:
            return self.tr("%n hour(s) before", "", hours)
        return self.tr("%n minute(s) before", "", minutes)


def reminder_text(minutes: int) -> str:
    """ "1 day before", "2 hours before", "15 minutes before", "At the start" (0)."""
    return Durations().reminder(minutes)


class ReminderSpinBox(QSpinBox):
    """A reminder's lead time in minutes, shown and stepped in human units: the arrows (and the
    mouse wheel, Page Up/Down) go through usual lead times; a stored odd value is kept."""

    STEPS = (0, 5, 10, 15, 30, 60, 120, 240, DAY, 2 * DAY, 3 * DAY, 7 * DAY)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRange(0, 7 * DAY)
        self.lineEdit().setReadOnly(True)  # chosen with the arrows: no "1440" to type
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt's name)
        return reminder_text(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        return self.value()  # read-only: the text is never typed

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        value = self.value()
        if steps > 0:
            larger = [s for s in self.STEPS if s > value]
            target = larger[min(steps, len(larger)) - 1] if larger else value
        else:
            smaller = [s for s in self.STEPS if s < value]
            target = smaller[max(steps, -len(smaller))] if smaller else value
        self.setValue(target)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() > self.minimum():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.maximum():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


__all__ = ["ReminderSpinBox", "reminder_text"]

"""Nothing closes silently: the question a form asks when it is closed with unsaved changes
("Đóng", the window's close button, Esc), and the one asking to confirm an action.

A form keeps what it showed when it was opened or last saved (its draft, a plain value) and
compares it with what it shows now; ``UnsavedGuard`` does the asking and the choosing. The
question itself is a replaceable callable, so that tests answer it without a modal box.

The user closes a form with its Close/Cancel button, Esc (both call ``reject``) or the window's
close button (a spontaneous close event). A close the program itself asks for (``close()``, e.g.
when a test's widgets are torn down) is its own decision and asks nothing: the form's
``closeEvent`` wraps it in ``quiet_unless(event.spontaneous())``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"  # keep the form open


def ask_unsaved(parent: QWidget | None, what: str) -> UnsavedChoice:
    """Save / Discard / Cancel for the form ``parent`` holding unsaved ``what``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("UnsavedChanges", "%1 has changes that are not saved.").replace(
            "%1", what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("UnsavedChanges", "Save them before closing, or discard them?")
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask to confirm an action that cannot simply be taken back; ``yes``: the action's name."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is ok


class UnsavedGuard:
    """Decides whether a form may close: unchanged, at once; changed, after asking.

    ``current``: the form's content now (compared with the snapshot ``mark_saved`` took);
    ``save``: saves the form, True when saved; ``what``: the form's name in the question.
    ``ask`` is the question (replaced in tests).
    """

    def __init__(
        self,
        owner: QWidget,
        current: Callable[[], object],
        save: Callable[[], bool],
        what: Callable[[], str],
    ) -> None:
        self._owner = owner
        self._current = current
        self._save = save
        self._what = what
        self._saved: object = None
        self._quiet = False
        self.ask: Callable[[], UnsavedChoice] = lambda: ask_unsaved(owner, what())

    @contextmanager
    def quiet_unless(self, asked_by_user: bool) -> Iterator[None]:
        """Within it, closing asks nothing unless ``asked_by_user``."""
        before, self._quiet = self._quiet, not asked_by_user
        try:
            yield
        finally:
            self._quiet = before

    @property
    def quiet(self) -> bool:
        """Closing asks nothing now (the program closes the form, not the person)."""
        return self._quiet

    def mark_saved(self) -> None:
        """What the form shows now is what is saved."""
        self._saved = self._current()

    def has_changes(self) -> bool:
        return self._current() != self._saved

    def may_close(self) -> bool:
        """True when the form may close now (unchanged, discarded, or saved)."""
        if self._quiet or not self.has_changes():
            return True
        choice = self.ask()
        if choice is UnsavedChoice.DISCARD:
            return True
        if choice is UnsavedChoice.SAVE:
            return self._save()
        return False


class AsksBeforeClosing(QDialog):
    """A form that asks before throwing typed work away: closing it ("Cancel", the window's
    button, Esc) with changes asks to save or discard them (``unsaved``, set up by the form;
    ``unsaved.ask`` is replaced in tests). A close by the program asks nothing."""

    unsaved: UnsavedGuard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  # Qt's name
        # the window's close button asks (through reject); a close by the program does not
        with self.unsaved.quiet_unless(event.spontaneous()):
            super().closeEvent(event)

    def reject(self) -> None:
        """Close without saving: with something entered, only after asking (with a save
        waiting for the connection, whether to discard it: ``ui/common/waiting_save.py``)."""
        if self.isVisible():
            from dialogue_app.ui.common.waiting_save import waiting_saves

            saves = waiting_saves()
            if saves.within(self):
                if self.unsaved.quiet or saves.may_close(self):
                    saves.drop(self)
                    self.done(QDialog.DialogCode.Rejected)
                return
            if not self.unsaved.may_close():
                return
            if not self.isVisible():
                return  # saved: saving closed it
        super().reject()


__all__ = ["AsksBeforeClosing", "UnsavedChoice", "UnsavedGuard", "ask_unsaved", "confirm"]

"""What an action changed, announced once, so that exactly the pages showing it refresh.

An operation (``ui/common/operations.py``) says what it changed as ``Changed`` flags
(``Changed.CASES | Changed.CITIZENS``) and announces them on the window's ``ChangeHub``. A page
says which kinds it shows with ``follow_changes(page, kinds, refresh)``: when one of them
changes, a visible page refreshes at once; a hidden one is marked stale and refreshes when it
is next shown — only then, never on every show. Changes saved by other staff on a shared
database arrive through the same hub (``ui/common/live_refresh.py``).

The hub belongs to the top-level window: the main window makes one, and any widget finds it
through its parents with ``ChangeHub.of(widget)`` (a page or dialog used on its own gets one on
its top-level widget), so a dialog opened from a page announces to the same hub as the page. A
view built before it has a parent (a tab of a page) is given its page's hub.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag, auto

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class Changed(Flag):
    """The kinds of things an action can change."""

    NOTHING = 0
    CONFERENCES = auto()  # conferences and reception days, their people and agendas
    CASES = auto()  # petitions, their timeline and deadlines
    CITIZENS = auto()  # the citizen register
    RECEPTION = auto()  # the reception schedules and their duties
    WORKING_DAYS = auto()  # holidays and swapped working days
    RULES = auto()  # the deadline rules
    OFFICE = auto()  # the office profile
    REGISTERS = auto()  # the pick lists: leaders, venues, agencies, units, communes, fields
    DOCUMENTS = auto()  # the register of outgoing documents, the letterhead and the templates
    EVERYTHING = (
        CONFERENCES
        | CASES
        | CITIZENS
        | RECEPTION
        | WORKING_DAYS
        | RULES
        | OFFICE
        | REGISTERS
        | DOCUMENTS
    )


class ChangeHub(QObject):
    """The one place changes are announced.

    Signals:
        changed(Changed): what an action changed.
    """

    changed = Signal(object)

    def announce(self, changes: Changed) -> None:
        if changes:
            self.changed.emit(changes)

    @staticmethod
    def of(widget: QWidget) -> ChangeHub:
        """The hub of the window ``widget`` belongs to (through its parents, dialogs included);
        made on the top-level widget when there is none yet."""
        top: QWidget = widget
        while True:
            hub = top.findChild(ChangeHub, "", Qt.FindChildOption.FindDirectChildrenOnly)
            if hub is not None:
                return hub
            above = top.parentWidget()
            if above is None:
                return ChangeHub(top)
            top = above


class ChangeFollower(QObject):
    """Refreshes ``page`` when what it shows changed: at once when visible, else when next
    shown (``follow_changes``)."""

    def __init__(
        self,
        page: QWidget,
        kinds: Changed,
        refresh: Callable[[], object],
        *,
        stale: bool,
        hub: ChangeHub | None,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._kinds = kinds
        self._refresh = refresh
        self.stale = stale
        self.refreshes = 0  # how many times it refreshed the page (tests)
        (hub or ChangeHub.of(page)).changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changed) -> None:
        if not changes & self._kinds:
            return
        if self._page.isVisible():
            self._run()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self._run()
        return False

    def loaded(self) -> None:
        """The page has just read what it shows (by itself): nothing to refresh on show."""
        self.stale = False

    def _run(self) -> None:
        self.stale = False
        self.refreshes += 1
        self._refresh()


def follow_changes(
    page: QWidget,
    kinds: Changed,
    refresh: Callable[[], object],
    *,
    stale: bool = False,
    hub: ChangeHub | None = None,
) -> ChangeFollower:
    """Have ``page`` call ``refresh`` when one of ``kinds`` changes (see ``ChangeFollower``).
    ``stale``: the page has not loaded yet and loads when first shown; ``hub``: default, the
    one of the page's window (``ChangeHub.of``)."""
    return ChangeFollower(page, kinds, refresh, stale=stale, hub=hub)


__all__ = ["ChangeFollower", "ChangeHub", "Changed", "follow_changes"]

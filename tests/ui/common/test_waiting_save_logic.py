"""The waiting of a save lost to the connection (``ui/common/waiting_save.py``), on its own:
real widgets, a save that fails the way the services say the connection is lost
(``ConnectionLost``) until the test says the server is back. The same with a real PostgreSQL
server is in ``tests/ui/accounts/test_waiting_save.py``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.errors import (
    QT_TRANSLATE_NOOP,
    ConnectionLost,
    EditConflict,
    Failure,
    SaveOutcomeUnknown,
    ValidationError,
)
from dialogue_app.ui.common import waiting_save
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.common.waiting_save import WaitingSaves
from tests.ui.accounts.waiting_support import reset_waiting_saves

LOST = QT_TRANSLATE_NOOP("Messages", "The database cannot be reached.")


class Server:
    """Where the form saves: refuses while ``up`` is False, as a lost connection does."""

    def __init__(self) -> None:
        self.up = False
        self.saved: list[str] = []
        self.tries = 0
        self.refuse_with: Exception | None = None

    def save(self, value: str) -> str:
        self.tries += 1
        if not self.up:
            raise ConnectionLost(LOST)
        if self.refuse_with is not None:
            raise self.refuse_with
        self.saved.append(value)
        return value


class SpontaneousClose(QCloseEvent):
    """The close event of the window's close button (offscreen Qt sends none)."""

    def spontaneous(self) -> bool:  # noqa: D102
        return True


@pytest.fixture
def saves(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[WaitingSaves]:  # type: ignore[no-untyped-def]
    shown: list[Failure] = []
    for registry in reset_waiting_saves(monkeypatch, lambda _p, failure: shown.append(failure)):
        registry.shown = shown  # type: ignore[attr-defined]
        yield registry


def a_form(  # type: ignore[no-untyped-def]
    qtbot, parent: QWidget | None = None, *, keep: bool = True
) -> tuple[QWidget, QLineEdit, QPushButton]:
    form = QDialog(parent) if parent is None else QWidget(parent)
    edit = QLineEdit("Đường làng xuống cấp")
    edit.setObjectName("summary")  # a named widget is locked too
    button = QPushButton("Lưu")
    never = QPushButton("In")
    never.setObjectName("alreadyDisabled")
    never.setEnabled(False)
    layout = QVBoxLayout(form)
    for widget in (edit, button, never):
        layout.addWidget(widget)
    if parent is None and keep:
        qtbot.addWidget(form)
    return form, edit, button


def bar_text(form: QWidget) -> str | None:
    bar = form.findChild(QFrame, "waitingSave")
    if bar is None or bar.isHidden():
        return None
    return bar.findChild(QLabel, "waitingSaveText").text()


def test_a_save_waits_locked_and_goes_through_once_when_the_connection_is_back(
    saves: WaitingSaves, qtbot
) -> None:
    server = Server()
    form, edit, button = a_form(qtbot)
    done: list[str] = []
    operation = Operation(form, lambda: server.save(edit.text()), waits=True).success(done.append)
    assert not operation.run()
    assert "saved by themselves" in (bar_text(form) or "")
    assert not saves.shown  # type: ignore[attr-defined]  # no message box
    assert not edit.isEnabled() and not button.isEnabled()  # what waits is what it shows

    saves.connection_changed(False)  # LiveRefresh: still lost; the probe does not try then
    saves._probe()
    assert server.tries == 1
    saves.online = True
    saves._probe()  # the quiet probe: still refused, still waiting
    assert server.tries == 2 and "Still no connection" in (bar_text(form) or "")

    server.up = True
    saves.connection_changed(True)
    assert done == ["Đường làng xuống cấp"] and server.saved == ["Đường làng xuống cấp"]
    assert bar_text(form) is None and edit.isEnabled() and button.isEnabled()
    assert not form.findChild(QPushButton, "alreadyDisabled").isEnabled()  # as it was
    saves.connection_changed(True)
    saves._probe()
    assert server.tries == 3 and server.saved == ["Đường làng xuống cấp"]  # once
    assert not saves.saves and not saves.probe.isActive()


def test_on_retry_another_refusal_is_handled_as_on_a_first_try(saves: WaitingSaves, qtbot) -> None:
    server = Server()
    form, edit, _button = a_form(qtbot)
    said: list[str] = []
    theirs: list[object] = []
    Operation(form, lambda: server.save(edit.text()), waits=True).failure(
        lambda text, _f: said.append(text)
    ).conflict(theirs.append).run()
    server.up = True
    server.refuse_with = ValidationError(
        QT_TRANSLATE_NOOP("Messages", "Citizen %1: enter the full name."), "citizens", 1
    )
    saves.connection_changed(True)
    assert said == ["Citizen 1: enter the full name."] and bar_text(form) is None
    assert edit.isEnabled()

    server.up = False  # somebody else saved it meanwhile: the conflict callback, on retry
    Operation(form, lambda: server.save(edit.text()), waits=True).conflict(theirs.append).run()
    server.up, server.refuse_with = True, EditConflict({"days": 35})
    saves.retry_all()
    assert theirs == [{"days": 35}] and saves.of(form) is None and not saves.shown  # type: ignore[attr-defined]


def test_without_waits_the_failure_is_shown_as_before(saves: WaitingSaves, qtbot) -> None:
    server = Server()
    form, edit, _button = a_form(qtbot)
    assert not Operation(form, lambda: server.save(edit.text())).run()
    assert len(saves.shown) == 1 and saves.of(form) is None  # type: ignore[attr-defined]
    assert bar_text(form) is None and edit.isEnabled()


def test_closing_the_main_window_while_a_save_waits_asks(
    saves: WaitingSaves, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Server()
    window = QMainWindow()
    qtbot.addWidget(window)
    page, edit, _button = a_form(qtbot, parent=window)
    window.setCentralWidget(page)
    reloaded: list[bool] = []
    page.reload = lambda: reloaded.append(True)  # type: ignore[attr-defined]
    Operation(page, lambda: server.save(edit.text()), waits=True).run()

    asked: list[int] = []
    monkeypatch.setattr(waiting_save, "ask_close", lambda _w, n: asked.append(n) or False)
    stay = SpontaneousClose()
    assert saves.eventFilter(window, stay) and not stay.isAccepted()  # stays open, waiting
    assert asked == [1] and saves.of(page) is not None

    monkeypatch.setattr(waiting_save, "ask_close", lambda _w, n: True)
    assert not saves.eventFilter(window, SpontaneousClose())  # goes on closing, discarded
    assert saves.of(page) is None and edit.isEnabled()
    server.up = True
    saves.connection_changed(True)
    assert server.saved == []

    # "Discard changes" on a page's editor: it reads what is saved again
    server.up = False
    Operation(page, lambda: server.save(edit.text()), waits=True).run()
    monkeypatch.setattr(waiting_save, "ask_discard", lambda _form: True)
    page.findChild(QPushButton, "waitingSaveDiscard").click()
    assert reloaded == [True] and saves.of(page) is None


def test_a_form_closed_by_the_program_takes_its_waiting_save_with_it(
    saves: WaitingSaves, qtbot
) -> None:
    server = Server()
    form, edit, _button = a_form(qtbot)
    form.show()
    Operation(form, lambda: server.save(edit.text()), waits=True).run()
    assert saves.of(form) is not None
    form.close()  # not the person: nothing to ask, nothing saved later
    assert saves.of(form) is None
    server.up = True
    saves.connection_changed(True)
    assert server.saved == []

    other, edit2, _ = a_form(qtbot, keep=False)
    Operation(other, lambda: server.save(edit2.text()), waits=True).run()
    server.up = False
    Operation(other, lambda: server.save(edit2.text()), waits=True).run()
    assert server.saved == ["Đường làng xuống cấp"]  # the first went through at once
    assert len([s for s in saves.saves if s.form is other]) == 1
    other.deleteLater()
    qtbot.waitUntil(lambda: not saves.saves)


def test_a_commit_cut_off_is_tried_again_by_itself_only_when_repeatable(
    saves: WaitingSaves, qtbot
) -> None:
    """Lost during COMMIT: a versioned update (``repeatable``) goes again by itself (a second
    write of a save that landed would be refused as a conflict); a creation waits for the
    person."""
    tries: list[str] = []
    up = [False]

    def save(what: str) -> str:
        tries.append(what)
        if not up[0]:
            raise SaveOutcomeUnknown(LOST)
        return what

    edit_form, _edit, _ = a_form(qtbot)
    new_form, _edit2, _ = a_form(qtbot)
    Operation(edit_form, lambda: save("update"), waits=True, repeatable=True).run()
    Operation(new_form, lambda: save("create"), waits=True).run()
    assert not saves.of(edit_form).unknown  # type: ignore[union-attr]
    assert saves.of(new_form).unknown  # type: ignore[union-attr]
    assert "may already be saved" in (bar_text(new_form) or "")
    up[0] = True
    saves.connection_changed(True)
    assert tries == ["update", "create", "update"]
    assert saves.of(edit_form) is None and saves.of(new_form) is not None


def test_no_second_try_while_one_is_under_way(saves: WaitingSaves, qtbot) -> None:
    """A success callback that opens a dialog runs an event loop, in which the probe ticks or
    the connection is said to be back again: the save is not run a second time."""
    server = Server()
    form, edit, _ = a_form(qtbot)
    nested: list[bool] = []

    def saved(_value: str) -> None:  # as a dialog's event loop would let happen
        saves.connection_changed(True)
        saves._probe()
        nested.append(True)

    Operation(form, lambda: server.save(edit.text()), waits=True).success(saved).run()
    server.up = True
    saves.connection_changed(True)
    assert nested == [True] and server.saved == ["Đường làng xuống cấp"]
    assert server.tries == 2 and not saves.saves

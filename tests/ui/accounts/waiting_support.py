"""What the lost-connection tests share (issue 15): the application's waiting saves, reset
around each test, and the bar a form shows while its save waits (``ui/common/waiting_save.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFrame, QLabel

from dialogue_app.ui.common import operations, waiting_save
from dialogue_app.ui.common.waiting_save import WaitingSaves, waiting_saves


def reset_waiting_saves(monkeypatch: pytest.MonkeyPatch, show_failure) -> Iterator[WaitingSaves]:  # type: ignore[no-untyped-def]
    """The registry, its probe left to the test; ``show_failure`` instead of a modal failure."""
    registry = waiting_saves()
    registry.online = None
    registry.probe.setInterval(60_000)  # the tests say when the connection is back
    monkeypatch.setattr(operations, "show_failure", show_failure)
    yield registry
    for save in list(registry.saves):
        save._finish()
    registry.rereads.clear()
    registry.online = None
    registry.probe.setInterval(waiting_save.PROBE_INTERVAL_MS)


@pytest.fixture
def saves(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[WaitingSaves]:  # type: ignore[no-untyped-def]
    """The application's waiting saves; a failure shown as a modal box fails the test."""
    yield from reset_waiting_saves(
        monkeypatch, lambda _parent, failure: pytest.fail(f"shown: {failure}")
    )


def bar_of(form: object) -> QFrame | None:
    """The form's waiting-save bar, when shown."""
    bar = form.findChild(QFrame, "waitingSave")  # type: ignore[attr-defined]
    return bar if bar is not None and not bar.isHidden() else None


def bar_shown(form: object) -> bool:
    return bar_of(form) is not None


def bar_text(form: object) -> str:
    bar = bar_of(form)
    assert bar is not None
    return bar.findChild(QLabel, "waitingSaveText").text()

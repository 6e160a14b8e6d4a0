"""The notice on the calendar page (issue 16): a leader's calendar that could not be read, or the
published schedule file that could not be written, said where the secretary looks, in words,
until it is put right."""

from __future__ import annotations

import socket

import pytest
from ics_support import seed_office
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dialogue_app.services.calendar_exchange import LinkSettings, SubscriptionKind
from dialogue_app.ui.calendar_exchange.notice import CalendarNotice
from dialogue_app.ui.calendar_exchange.upkeep import CalendarUpkeep
from dialogue_app.ui.common.changes import ChangeHub


@pytest.fixture
def office(db):
    return seed_office(db)


def page_with_notice(qtbot, services) -> tuple[QWidget, CalendarNotice, CalendarUpkeep]:
    window = QWidget()
    qtbot.addWidget(window)
    upkeep = CalendarUpkeep(services, ChangeHub.of(window), window)
    notice = CalendarNotice(services, window)
    QVBoxLayout(window).addWidget(notice)
    window.show()
    return window, notice, upkeep


def nobody_listening() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/lich.ics"


def test_a_calendar_not_read_is_said_until_it_is_read(qtbot, services, office):
    subscriptions = services.calendar_links.subscriptions
    added = subscriptions.add(office.chair_id, SubscriptionKind.ICS, nobody_listening())
    _window, notice, upkeep = page_with_notice(qtbot, services)
    assert not notice.frame.isVisible()  # nothing read yet, nothing failed yet
    assert upkeep.refresh_due()
    qtbot.waitUntil(notice.frame.isVisible, timeout=20000)
    text = notice.label.text()
    assert "Đặng Văn Đức's calendar could not be read" in text
    assert "Cannot reach the server" in text
    assert "Nothing has been read from it yet" in text

    notice.dismiss()
    assert not notice.frame.isVisible()
    notice.reload()  # the same problem: stays hidden
    assert not notice.frame.isVisible()

    subscriptions.remove(added.id)
    notice.reload()
    assert notice.text() == "" and not notice.frame.isVisible()
    upkeep.stop()


def test_a_published_file_not_written_is_said_then_cleared(qtbot, services, office, tmp_path):
    share = tmp_path / "o-dung-chung"
    share.mkdir()
    settings = services.calendar_links.settings
    settings.save(LinkSettings(published_file=str(share / "lich.ics")))
    share.rmdir()
    share.write_text("x")  # the share's name now holds a file: no folder can be made there
    _window, notice, upkeep = page_with_notice(qtbot, services)
    assert upkeep.write_published_file()
    qtbot.waitUntil(notice.frame.isVisible, timeout=20000)
    assert "published schedule file could not be written" in notice.label.text()
    assert "older schedule" in notice.label.text()

    share.unlink()  # put right
    qtbot.waitUntil(lambda: not upkeep.busy())
    assert upkeep.write_published_file()
    qtbot.waitUntil(lambda: not notice.frame.isVisible(), timeout=20000)
    assert upkeep.problems == {}
    upkeep.stop()


def test_the_calendar_page_carries_the_notice_and_opens_the_settings(qtbot, services, office):
    from dialogue_app.ui.conferences.calendar_page import CalendarPage

    page = CalendarPage(services)
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page.calendar_notice, CalendarNotice)
    dialog = page.calendar_notice.open_settings()
    assert dialog.isVisible()
    dialog.close()

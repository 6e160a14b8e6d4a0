"""The publish dialog (issue 16) against a real Radicale: the office schedule or a leader's
calendar, or every leader's to a calendar of its own; a missing calendar created only when the
person agrees; refusals said in the dialog, in words."""

from __future__ import annotations

import pytest
from calendar_servers import PASSWORD, USER
from ics_support import seed_office
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from dialogue_app.services.calendar_exchange import LinkSettings
from dialogue_app.ui.calendar_exchange.publish_dialog import ALL_LEADERS, OFFICE, PublishDialog
from tests.services.calendar_links.test_publish import on_server


@pytest.fixture
def office(db):
    return seed_office(db)


def set_up(services, url: str) -> None:
    services.calendar_links.settings.save(
        LinkSettings(caldav_url=url, caldav_user=USER, timeout_seconds=10),
        caldav_password=PASSWORD,
    )


def make(qtbot, services, choice) -> PublishDialog:
    dialog = PublishDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(choice)
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 5, 31))
    return dialog


def finish(qtbot, dialog: PublishDialog) -> None:
    progress = dialog.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.done or not progress.isVisible(), timeout=30000)


def test_a_leaders_calendar_is_created_when_agreed_then_published(
    qtbot, services, office, own_radicale, memory_keyring
):
    office_url = own_radicale.new_calendar()
    set_up(services, office_url)
    dialog = make(qtbot, services, office.commune_chair_id)
    leader_url = f"{own_radicale.base}lich-nguyen-thi-hoa-{office.commune_chair_id}/"
    assert dialog.address.text() == leader_url
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=30000)
    assert leader_url in dialog.question.text()
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.notice.isVisible() and "6 created" in dialog.notice.text(),
                    timeout=30000)  # fmt: skip
    assert "as the app has it" in dialog.notice.text()
    assert len(on_server(leader_url)) == 6 and on_server(office_url) == {}
    dialog.progress.close()


def test_not_agreeing_publishes_nothing_and_says_so(
    qtbot, services, office, own_radicale, memory_keyring
):
    set_up(services, own_radicale.new_calendar())
    dialog = make(qtbot, services, ALL_LEADERS)
    assert "beside the office's" in dialog.address.text()
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=30000)
    assert "lich-dang-van-duc" in dialog.question.text()
    assert "lich-nguyen-thi-hoa" in dialog.question.text()
    dialog.question.button(QMessageBox.StandardButton.No).click()
    assert dialog.notice.isVisible()
    assert dialog.notice.text().startswith("Nothing was published: there is no calendar at")
    assert "#fdecea" in dialog.notice.styleSheet()  # shown as a problem


def test_every_leader_to_a_calendar_of_their_own(
    qtbot, services, office, own_radicale, memory_keyring
):
    set_up(services, own_radicale.new_calendar())
    dialog = make(qtbot, services, ALL_LEADERS)
    dialog.publish(create_missing=True)
    finish(qtbot, dialog)
    qtbot.waitUntil(dialog.notice.isVisible)
    text = dialog.notice.text()
    assert "lich-dang-van-duc" in text and "2 events: 2 created" in text
    assert "lich-nguyen-thi-hoa" in text and "6 events: 6 created" in text
    dialog.progress.close()


def test_a_refusal_is_said_in_the_dialog(qtbot, services, office, radicale, memory_keyring):
    set_up(services, radicale.new_calendar())
    services.calendar_links.settings.save(
        LinkSettings(caldav_url=radicale.new_calendar(), caldav_user=USER, timeout_seconds=10),
        caldav_password="sai",
    )
    dialog = make(qtbot, services, OFFICE)
    dialog.publish()
    finish(qtbot, dialog)
    qtbot.waitUntil(dialog.notice.isVisible)
    assert dialog.notice.text().startswith("Nothing was published.")
    assert "refused the account name or the password" in dialog.notice.text()
    assert "sai" not in dialog.notice.text()
    dialog.progress.close()


def test_without_a_calendar_server_the_dialog_says_what_to_do(qtbot, services, office):
    dialog = make(qtbot, services, OFFICE)
    assert not dialog.publish_button.isEnabled()
    assert dialog.notice.isVisible() and dialog.notice.text()

"""Settings → Calendars and mail (issue 16): servers and passwords, publishing to a real
Radicale in the background, leaders' calendars subscribed and read; the background upkeep
that keeps the published file up to date."""

from __future__ import annotations

import pytest
from calendar_servers import PASSWORD, USER
from ics_support import check_ics, seed_office

from dialogue_app.ui.calendar_exchange.links_dialog import CalendarLinksDialog, SubscriptionModel
from dialogue_app.ui.calendar_exchange.upkeep import CalendarUpkeep
from dialogue_app.ui.common.changes import Changed, ChangeHub


@pytest.fixture
def office(db):
    return seed_office(db)


def make(qtbot, services) -> CalendarLinksDialog:
    dialog = CalendarLinksDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_without_a_password_store_the_page_says_so_and_keeps_nothing(
    qtbot, services, office, no_keyring
):
    dialog = make(qtbot, services)
    assert "no password store" in dialog.store_label.text()
    dialog.smtp_host.setText("mail.hatinh.gov.vn")
    dialog.smtp_user.setText("vanphong")
    dialog.smtp_password.setText(PASSWORD)
    assert not dialog.save()
    assert "no password store" in dialog.settings_label.text()
    assert services.calendar_links.settings.settings().smtp_host is None  # nothing saved


def test_publish_from_the_page(qtbot, services, office, radicale, memory_keyring):
    from PySide6.QtCore import QDate

    url = radicale.new_calendar()
    dialog = make(qtbot, services)
    dialog.caldav_url.setText(url)
    dialog.caldav_user.setText(USER)
    dialog.caldav_password.setText(PASSWORD)
    assert dialog.save() and dialog.settings_label.text() == "Saved."
    assert dialog.caldav_password.text() == ""  # never shown again
    assert dialog.caldav_password.placeholderText() == "(a password is kept)"
    publish = dialog.publish()
    assert publish.address.text() == url
    publish.start.setDate(QDate(2026, 3, 1))
    publish.end.setDate(QDate(2026, 5, 31))
    progress = publish.publish()
    qtbot.waitUntil(lambda: progress.done, timeout=30000)
    qtbot.waitUntil(publish.notice.isVisible)
    assert "created" in publish.notice.text()
    assert "as the app has it" in publish.notice.text()
    progress.close()
    publish.close()


def test_subscribe_and_read_a_leaders_calendar(
    qtbot, qtmodeltester, services, office, radicale, memory_keyring
):
    url = radicale.new_calendar()  # empty, but a calendar: nothing busy
    dialog = make(qtbot, services)
    dialog.official_combo.setCurrentIndex(dialog.official_combo.findData(office.chair_id))
    dialog.subscription_url.setText(url)
    dialog.subscription_user.setText(USER)
    dialog.subscription_password.setText(PASSWORD)
    assert dialog.add_subscription()
    assert dialog.subscription_model.rowCount() == 1
    assert "0 busy time" in dialog.subscription_label.text()
    state = dialog.subscription_model.index(0, SubscriptionModel.COL_STATE).data()
    assert state.startswith("0 busy time")
    qtmodeltester.check(dialog.subscription_model)
    dialog.subscription_view.selectRow(0)
    dialog.remove_selected()
    assert dialog.subscription_model.rowCount() == 0


def test_a_bad_address_is_refused_beside_the_list(qtbot, services, office, memory_keyring):
    dialog = make(qtbot, services)
    dialog.subscription_url.setText("lich cua lanh dao")
    assert not dialog.add_subscription()
    assert "is not a web address" in dialog.subscription_label.text()
    assert dialog.subscription_model.rowCount() == 0


def test_upkeep_rewrites_the_published_file_after_a_change(qtbot, services, office, tmp_path):
    from dialogue_app.services.calendar_exchange import LinkSettings

    target = tmp_path / "lich.ics"
    services.calendar_links.settings.save(LinkSettings(published_file=str(target)))
    from PySide6.QtWidgets import QWidget

    window = QWidget()  # the upkeep belongs to the window, as in the app
    qtbot.addWidget(window)
    hub = ChangeHub.of(window)
    upkeep = CalendarUpkeep(services, hub, window)
    hub.announce(Changed.CASES)  # not followed
    assert not upkeep._rewrite.isActive()
    hub.announce(Changed.CONFERENCES)
    assert upkeep._rewrite.isActive()
    assert upkeep.write_published_file()
    qtbot.waitUntil(lambda: not upkeep.busy() and target.exists(), timeout=20000)
    check_ics(target.read_bytes(), "PUBLISH")
    upkeep.stop()

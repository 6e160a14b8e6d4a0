"""More forms through a lost connection (issue 15): the calendar links settings, an invitation
saved to a file (recorded as sent) and the attendance ticks wait in their form under the bar and
are saved by themselves, once, when the connection is back (``ui/common/waiting_save.py``).
Sending mail is not a database save and is left as it is. Real PostgreSQL, real logins cut off
(``ALTER ROLE … NOLOGIN`` and ``pg_terminate_backend``) and allowed again."""

from __future__ import annotations

from pathlib import Path

import pytest
from calendar_servers import memory_keyring  # noqa: F401 (a fixture)
from ics_support import seed_office
from PySide6.QtCore import Qt

from dialogue_app.domain.roles import Role
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.calendar_exchange.invitation_dialog import InvitationDialog
from dialogue_app.ui.calendar_exchange.links_dialog import CalendarLinksDialog
from dialogue_app.ui.common import waiting_save
from dialogue_app.ui.common.waiting_save import WaitingSaves
from dialogue_app.ui.conferences.attendance_view import COL_CAME
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.scheduling_fixtures import add_official, at, draft
from tests.ui.accounts.test_lost_connection import cut_off
from tests.ui.accounts.waiting_support import bar_shown, saves  # noqa: F401
from tests.ui.conferences.scheduling_support import with_fixed_clock

pytestmark = pytest.mark.postgres


def test_calendar_links_saved_offline_are_saved_by_themselves_when_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    memory_keyring,  # noqa: F811
) -> None:
    admin = staff(pg, "dlgh_lien_ket", Role.ADMIN)
    try:
        services = Services(admin, "dlgh_lien_ket", clock=fixed_clock())
        dialog = CalendarLinksDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.smtp_host.setText("mail.hatinh.gov.vn")

        cut_off(pg, "dlgh_lien_ket", allowed=False)
        assert not dialog.save()
        assert bar_shown(dialog) and dialog.isVisible()

        cut_off(pg, "dlgh_lien_ket", allowed=True)
        saves.connection_changed(True)
        assert not saves.saves and dialog.settings_label.text() == "Saved."
        owner = Services(pg, None, clock=fixed_clock())
        assert owner.calendar_links.settings.settings().smtp_host == "mail.hatinh.gov.vn"
    finally:
        admin.close()


def test_an_invitation_saved_to_a_file_offline_is_written_and_recorded_once_when_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    tmp_path: Path,
) -> None:
    office = seed_office(pg)
    clerk = staff(pg, "dlgh_giay_moi", Role.CLERK)
    try:
        services = Services(clerk, "dlgh_giay_moi", clock=fixed_clock())
        dialog = InvitationDialog(services, office.dialogue_id)
        qtbot.addWidget(dialog)
        dialog.show()
        target = tmp_path / "giay-moi.eml"

        cut_off(pg, "dlgh_giay_moi", allowed=False)
        assert not dialog.go(target)
        assert bar_shown(dialog) and dialog.isVisible()

        cut_off(pg, "dlgh_giay_moi", allowed=True)
        saves.connection_changed(True)
        assert not saves.saves and target.exists()
        assert "e-mail message" in dialog.result_label.text()
        owner = Services(pg, None, clock=fixed_clock())
        assert len(owner.calendar_links.invitations.sent(office.dialogue_id)) == 1
    finally:
        clerk.close()


def test_an_attendance_tick_offline_waits_in_the_conference_form_and_is_saved_once(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    owner = with_fixed_clock(Services(pg, None, clock=fixed_clock()))
    leader = add_official(pg, "Nguyễn Văn An")
    created = owner.scheduling.create(
        draft(at(11, 8), at(11, 10), chairs=(leader,), guests=("Lê Thị Hoa", "Phan Văn Tú"))
    )
    clerk = staff(pg, "dlgh_diem_danh", Role.CLERK)
    try:
        services = with_fixed_clock(Services(clerk, "dlgh_diem_danh", clock=fixed_clock()))
        dialog = ConferenceDialog(services, created.id)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.attendance

        def ticked(name: str) -> bool:
            item = view.table.item(view.row_of(name), COL_CAME)
            return item.checkState() == Qt.CheckState.Checked

        cut_off(pg, "dlgh_diem_danh", allowed=False)
        view.tick("Lê Thị Hoa")
        assert bar_shown(view) and ticked("Lê Thị Hoa")  # the tick stays: it waits
        assert not view.table.isEnabled()

        cut_off(pg, "dlgh_diem_danh", allowed=True)
        saves.connection_changed(True)
        assert not saves.saves and not bar_shown(view) and dialog.isVisible()
        assert owner.scheduling.get(created.id).attended_count == 1
        assert ticked("Lê Thị Hoa") and view.table.isEnabled()

        # a tick lost again, then discarded: the conference form stays open, the tick goes
        # back once the saved ticks can be read again
        cut_off(pg, "dlgh_diem_danh", allowed=False)
        view.tick("Phan Văn Tú")
        assert bar_shown(view)
        monkeypatch.setattr(waiting_save, "ask_discard", lambda _form: True)
        saves.of(view).discard_asked()  # type: ignore[union-attr]
        assert dialog.isVisible() and not bar_shown(view)
        cut_off(pg, "dlgh_diem_danh", allowed=True)
        saves.connection_changed(True)
        assert not ticked("Phan Văn Tú") and ticked("Lê Thị Hoa")
        assert owner.scheduling.get(created.id).attended_count == 1
    finally:
        clerk.close()


def test_a_calendar_subscribed_offline_is_added_once_when_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    memory_keyring,  # noqa: F811
) -> None:
    seed_office(pg)
    admin = staff(pg, "dlgh_dang_ky_lich", Role.ADMIN)
    try:
        services = Services(admin, "dlgh_dang_ky_lich", clock=fixed_clock())
        dialog = CalendarLinksDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.official_combo.count() > 0
        dialog.subscription_url.setText("http://127.0.0.1:9/lich-lanh-dao.ics")  # nobody there

        cut_off(pg, "dlgh_dang_ky_lich", allowed=False)
        assert not dialog.add_subscription()
        assert bar_shown(dialog) and dialog.subscription_url.text()

        cut_off(pg, "dlgh_dang_ky_lich", allowed=True)
        saves.connection_changed(True)  # added once; its calendar not read (nobody there)
        assert not saves.saves and dialog.subscription_url.text() == ""
        owner = Services(pg, None, clock=fixed_clock())
        assert len(owner.calendar_links.subscriptions.all()) == 1
        assert dialog.subscription_model.rowCount() == 1
    finally:
        admin.close()

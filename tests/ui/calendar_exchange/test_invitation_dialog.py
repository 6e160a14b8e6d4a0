"""The window's "Send invitations" (issue 16): by e-mail through a real SMTP server, or saved as
a real .eml / .ics as chosen, whatever the file is called; the "sent" list."""

from __future__ import annotations

import email

import pytest
from calendar_servers import PASSWORD
from ics_support import check_ics, seed_office

from dialogue_app.services.calendar_exchange import LinkSettings, Security
from dialogue_app.ui.calendar_exchange.invitation_dialog import InvitationDialog, SentModel


@pytest.fixture
def office(db):
    return seed_office(db)


def make(qtbot, services, office, **kwargs) -> InvitationDialog:
    dialog = InvitationDialog(services, office.dialogue_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def set_up_mail(services, server, password=PASSWORD) -> None:
    services.calendar_links.settings.save(
        LinkSettings(smtp_host=server.host, smtp_port=server.port, smtp_security=Security.NONE,
                     smtp_user="vanphong", timeout_seconds=5),
        smtp_password=password,
    )  # fmt: skip


def test_saving_as_email_writes_a_real_eml_whatever_the_name(qtbot, services, office, tmp_path):
    dialog = make(qtbot, services, office)
    assert not dialog.by_mail.isEnabled() and dialog.as_eml.isChecked()
    target = tmp_path / "giay-moi.ics"  # named .ics, but the choice is an e-mail
    assert dialog.go(target)
    message = email.message_from_bytes(target.read_bytes())
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert part["Content-Type"] == "text/calendar; charset=utf-8; method=REQUEST"
    assert "e-mail message" in dialog.result_label.text()
    assert dialog.sent_model.rowCount() == 1
    how = dialog.sent_model.index(0, SentModel.COL_HOW).data()
    assert how == "Saved as .eml"


def test_saving_as_calendar_file(qtbot, services, office, tmp_path):
    dialog = make(qtbot, services, office)
    dialog.as_ics.setChecked(True)
    target = tmp_path / "giay-moi.eml"
    assert dialog.go(target)
    check_ics(target.read_bytes(), "REQUEST")
    assert "calendar file" in dialog.result_label.text()


def test_a_file_not_written_is_not_claimed(qtbot, services, office, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = make(qtbot, services, office)
    assert not dialog.go(blocker / "x.eml")
    assert "Saved" not in dialog.result_label.text()
    assert dialog.sent_model.rowCount() == 0


def test_sending_by_mail_in_the_background(
    qtbot, qtmodeltester, services, office, smtp_server, memory_keyring
):
    set_up_mail(services, smtp_server)
    dialog = make(qtbot, services, office)
    assert dialog.by_mail.isChecked() and dialog.go_button.text() == "Send"
    assert dialog.go()
    qtbot.waitUntil(lambda: dialog.send_progress.done, timeout=20000)
    qtbot.waitUntil(lambda: dialog.sent_model.rowCount() == 1)
    assert len(smtp_server.messages) == 1
    assert "Sent to 3 address" in dialog.result_label.text()
    assert dialog.sent_model.index(0, SentModel.COL_HOW).data() == "E-mailed"
    qtmodeltester.check(dialog.sent_model)
    dialog.send_progress.close()


def test_a_refused_password_is_said_and_nothing_recorded(
    qtbot, services, office, smtp_server, memory_keyring
):
    set_up_mail(services, smtp_server, password="sai")
    dialog = make(qtbot, services, office)
    dialog.go()
    qtbot.waitUntil(lambda: dialog.send_progress.done, timeout=20000)
    assert "refused the account vanphong" in dialog.result_label.text()
    assert dialog.sent_model.rowCount() == 0 and smtp_server.messages == []
    dialog.send_progress.close()


@pytest.mark.parametrize(
    ("as_email", "cancel", "name"),
    [
        (False, False, "giay-moi-2026-03-16-doi-thoai-truc-tiep-voi-nhan-dan-xa-cam-xuyen.ics"),
        (True, False, "giay-moi-2026-03-16-doi-thoai-truc-tiep-voi-nhan-dan-xa-cam-xuyen.eml"),
        (True, True, "thong-bao-huy-2026-03-16-doi-thoai-truc-tiep-voi-nhan-dan-xa-cam-xuyen.eml"),
    ],
)
def test_files_are_offered_under_vietnamese_names_with_the_date(
    qtbot, db, services, office, as_email, cancel, name
):
    from dialogue_app.domain.conferences import ConferenceStatus
    from dialogue_app.store.models import Conference

    if cancel:
        with db.uow.begin() as session:
            conference = session.get(Conference, office.dialogue_id)
            conference.status = ConferenceStatus.CANCELLED
            conference.sequence += 1
    dialog = make(qtbot, services, office, cancel=cancel)
    assert dialog.default_name(as_email) == name
    assert name.isascii()  # safe as a mail attachment's name anywhere


def test_an_update_is_named_as_one(qtbot, db, services, office):
    from dialogue_app.store.models import Conference

    with db.uow.begin() as session:
        session.get(Conference, office.dialogue_id).sequence += 1
    dialog = make(qtbot, services, office)
    assert dialog.default_name(False).startswith("giay-moi-cap-nhat-2026-03-16-doi-thoai-")


def test_a_mail_sent_but_not_recorded_is_listed_and_said(
    qtbot, db, services, office, smtp_server, memory_keyring
):
    from sqlalchemy import text

    def database_fails() -> None:
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE sent_invitations RENAME TO sent_away"))

    set_up_mail(services, smtp_server)
    smtp_server.on_data = database_fails
    dialog = make(qtbot, services, office)
    dialog.go()
    qtbot.waitUntil(lambda: dialog.send_progress.done, timeout=20000)
    assert "accepted the message" in dialog.result_label.text()
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE sent_away RENAME TO sent_invitations"))
    dialog.refresh_sent()
    assert dialog.sent_model.rowCount() == 1
    how = dialog.sent_model.index(0, SentModel.COL_HOW).data()
    assert how.startswith("Sending, not confirmed")
    dialog.send_progress.close()

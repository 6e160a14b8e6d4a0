"""Invitations by e-mail through a real SMTP server (aiosmtpd), the "sent" record, saved .eml
files, and the settings with passwords in the password store (issue 16)."""

from __future__ import annotations

import email
import socket
from datetime import datetime

import pytest
from calendar_servers import PASSWORD
from ics_support import check_ics, seed_office
from sqlalchemy import text

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import (
    CalendarLinks,
    Channel,
    LinkSettings,
    Security,
    SentButNotRecorded,
    ServerFailure,
    Status,
)
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import CalendarLinkSettings, Conference, SentInvitation
from tests.clock import fixed_clock


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def links(db) -> CalendarLinks:
    return CalendarLinks(db.uow, "clerk", clock=fixed_clock())


def mail_settings(links, server, *, user="vanphong", password=PASSWORD, security=Security.NONE):
    links.settings.save(
        LinkSettings(smtp_host=server.host, smtp_port=server.port, smtp_security=security,
                     smtp_user=user, timeout_seconds=5),
        smtp_password=password,
    )  # fmt: skip


def calendar_part(message_bytes: bytes) -> tuple[str, bytes]:
    message = email.message_from_bytes(message_bytes)  # compat32: the header as written
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return part["Content-Type"], part.get_payload(decode=True)


def reschedule(db, conference_id: int, **changes) -> None:
    with db.uow.begin() as session:
        conference = session.get(Conference, conference_id)
        for key, value in changes.items():
            setattr(conference, key, value)
        conference.sequence += 1


def test_invitation_update_and_cancellation_go_out_and_are_recorded(
    db, links, office, smtp_server, memory_keyring
):
    mail_settings(links, smtp_server)
    first = links.invitations.send(office.dialogue_id)
    assert first.channel is Channel.SMTP and not first.refused
    (sender, recipients, data), = smtp_server.messages  # fmt: skip
    assert sender == "vanphong@hatinh.gov.vn"
    assert set(recipients) == {
        "dvduc@hatinh.gov.vn",
        "snnmt@hatinh.gov.vn",
        "baohatinh@example.vn",
    }
    assert smtp_server.logins == [("vanphong", PASSWORD)]
    content_type, ics = calendar_part(data)
    assert content_type == "text/calendar; charset=utf-8; method=REQUEST"
    (event,) = check_ics(ics, "REQUEST").walk("VEVENT")
    assert event["SEQUENCE"] == 0

    reschedule(
        db,
        office.dialogue_id,
        starts_at=datetime(2026, 3, 18, 8, tzinfo=VN_TZ),
        ends_at=datetime(2026, 3, 18, 11, tzinfo=VN_TZ),
    )
    links.invitations.send(office.dialogue_id)
    reschedule(db, office.dialogue_id, status=ConferenceStatus.CANCELLED, status_reason="Bão")
    links.invitations.send(office.dialogue_id, cancel=True)
    content_type, ics = calendar_part(smtp_server.messages[-1][2])
    assert content_type.endswith("method=CANCEL")
    (cancel,) = check_ics(ics, "CANCEL").walk("VEVENT")
    assert str(cancel["UID"]) == str(event["UID"]) and cancel["SEQUENCE"] == 2

    sent = links.invitations.sent(office.dialogue_id)
    assert [(s.method, s.sequence, s.channel) for s in sent] == [
        ("CANCEL", 2, Channel.SMTP),
        ("REQUEST", 1, Channel.SMTP),
        ("REQUEST", 0, Channel.SMTP),
    ]  # newest first
    assert "Đặng Văn Đức <dvduc@hatinh.gov.vn>" in sent[0].recipients
    assert sent[0].user_name == "clerk"


def test_the_password_is_in_the_store_not_in_the_database(
    db, links, office, smtp_server, memory_keyring
):
    mail_settings(links, smtp_server)
    assert PASSWORD in memory_keyring.passwords.values()
    with db.uow.read() as session:
        row = session.query(CalendarLinkSettings).one()
        assert PASSWORD not in " ".join(str(v) for v in row.__dict__.values())
    assert links.settings.settings().smtp_password_kept


def test_without_a_password_store_nothing_is_saved(db, links, office, smtp_server, no_keyring):
    with pytest.raises(ValidationError) as refused:
        mail_settings(links, smtp_server)
    assert "no password store" in str(refused.value)
    with db.uow.read() as session:
        assert session.query(CalendarLinkSettings).count() == 0
    settings = links.settings.settings()
    assert not settings.password_store and not settings.smtp_password_kept


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("wrong password", "refused the account vanphong or its password"),
        ("no server", "Cannot send through the mail server"),
        ("no starttls", "does not offer STARTTLS"),
        ("no password kept", "No password is kept for the account"),
        ("not set up", "No mail server is set up"),
    ],
)
def test_sending_refused_says_why_and_records_nothing(
    db, links, office, smtp_server, memory_keyring, how, words
):
    if how == "wrong password":
        mail_settings(links, smtp_server, password="sai")
    elif how == "no server":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            smtp_server.port = probe.getsockname()[1]
        mail_settings(links, smtp_server)
    elif how == "no starttls":
        mail_settings(links, smtp_server, security=Security.STARTTLS)
    elif how == "no password kept":
        mail_settings(links, smtp_server)
        memory_keyring.passwords.clear()
    with pytest.raises((ServerFailure, ValidationError)) as refused:
        links.invitations.send(office.dialogue_id)
    assert words in str(refused.value)
    assert PASSWORD not in str(refused.value)
    with db.uow.read() as session:
        assert session.query(SentInvitation).count() == 0


def test_a_refused_address_is_named_and_the_others_sent(
    db, links, office, smtp_server, memory_keyring
):
    with db.uow.begin() as session:
        conference = session.get(Conference, office.dialogue_id)
        conference.participants[-1].email = "ai-do@refused.invalid"
    mail_settings(links, smtp_server)
    delivery = links.invitations.send(office.dialogue_id)
    assert delivery.refused == ("ai-do@refused.invalid",)
    (record,) = links.invitations.sent(office.dialogue_id)
    assert not any("refused.invalid" in r for r in record.recipients)
    assert len(record.recipients) == 2


def test_saving_as_email_writes_a_real_eml_whatever_the_name(db, links, office, tmp_path):
    target = tmp_path / "giay-moi.ics"  # the user's name; the choice was "e-mail"
    delivery = links.invitations.save(office.dialogue_id, target, as_email=True)
    assert delivery.channel is Channel.EML
    content_type, ics = calendar_part(target.read_bytes())
    assert content_type == "text/calendar; charset=utf-8; method=REQUEST"
    check_ics(ics, "REQUEST")
    calendar_file = tmp_path / "giay-moi.eml"
    links.invitations.save(office.dialogue_id, calendar_file, as_email=False)
    check_ics(calendar_file.read_bytes(), "REQUEST")  # a calendar file, as chosen
    channels = [s.channel for s in links.invitations.sent(office.dialogue_id)]
    assert sorted(channels) == [Channel.EML, Channel.ICS]


def test_a_file_that_cannot_be_written_is_not_recorded(db, links, office, tmp_path):
    from dialogue_app.services.errors import ServiceError

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ServiceError):
        links.invitations.save(office.dialogue_id, blocker / "x.eml", as_email=True)
    assert links.invitations.sent(office.dialogue_id) == []


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (LinkSettings(smtp_host="mail hatinh"), "smtp_host"),
        (LinkSettings(smtp_host="mail.hatinh.gov.vn", smtp_port=0), "smtp_port"),
        (LinkSettings(caldav_url="lich.hatinh.gov.vn"), "caldav_url"),
        (LinkSettings(published_file="/khong/co/thu-muc/lich.ics"), "published_file"),
    ],
)
def test_bad_settings_are_refused(db, links, settings, field):
    with pytest.raises(ValidationError) as refused:
        links.settings.save(settings)
    assert refused.value.field == field
    with db.uow.read() as session:
        assert session.query(CalendarLinkSettings).count() == 0


def test_a_mail_is_listed_as_sending_before_it_leaves_and_sent_after(
    db, links, office, smtp_server, memory_keyring
):
    seen: list[list[tuple[str, str]]] = []

    def look() -> None:  # what the list holds while the server is receiving the message
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT status, channel FROM sent_invitations"))
            seen.append([tuple(row) for row in rows])

    smtp_server.on_data = look
    mail_settings(links, smtp_server)
    links.invitations.send(office.dialogue_id)
    assert seen == [[("sending", "smtp")]]
    (record,) = links.invitations.sent(office.dialogue_id)
    assert record.status is Status.SENT and record.confirmed


def test_a_mail_sent_whose_record_cannot_be_completed_stays_listed(
    db, links, office, smtp_server, memory_keyring
):
    """The server accepted the message, then the database failed: the mail is still listed
    ("sending, not confirmed") and the person is told it was sent."""

    def database_fails() -> None:  # the table goes away between the two writes
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE sent_invitations RENAME TO sent_away"))

    smtp_server.on_data = database_fails
    mail_settings(links, smtp_server)
    with pytest.raises(SentButNotRecorded) as told:
        links.invitations.send(office.dialogue_id)
    assert "accepted the message" in str(told.value)
    assert "dvduc@hatinh.gov.vn" in str(told.value)
    assert len(smtp_server.messages) == 1
    with db.engine.begin() as connection:  # the database is back
        connection.execute(text("ALTER TABLE sent_away RENAME TO sent_invitations"))
    (record,) = links.invitations.sent(office.dialogue_id)
    assert record.status is Status.SENDING and not record.confirmed
    assert record.channel is Channel.SMTP and record.sequence == 0
    assert "Đặng Văn Đức <dvduc@hatinh.gov.vn>" in record.recipients

"""Settings of the office's mail (SMTP) and calendar (CalDAV) servers, and of the published file.

Stored in one database row (``CalendarLinkSettings``) except the passwords, which live in the
operating system's password store (``passwords.py``). Saving is all or nothing: a password that
cannot be kept stops the save before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.text import clean
from dialogue_app.services.calendar_exchange import passwords
from dialogue_app.services.calendar_exchange.caldav_link import (
    ServerAccount,
    ServerFailure,
    check_url,
)
from dialogue_app.services.calendar_exchange.mail import MailServer, Security
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import CalendarLinkSettings
from dialogue_app.store.unit_of_work import UnitOfWork

DEFAULT_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}


@dataclass(frozen=True)
class LinkSettings:
    """What the settings page shows and saves. ``*_password_kept``: the password store holds a
    password for that account (the password itself never leaves the store for the window)."""

    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_security: Security = Security.STARTTLS
    smtp_user: str | None = None
    caldav_url: str | None = None
    caldav_user: str | None = None
    published_file: str | None = None
    timeout_seconds: int = 30
    smtp_password_kept: bool = False
    caldav_password_kept: bool = False
    password_store: bool = False  # the computer has a password store at all

    def mail_server(self) -> MailServer:
        """The SMTP server with its kept password; refuses when none is set up."""
        if not self.smtp_host:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No mail server is set up. Enter the office's SMTP server in Settings → "
                    "Calendars and mail, or save the invitation as an .eml file instead.",
                ),
                "smtp_host",
            )
        password = None
        if self.smtp_user:
            password = passwords.read(passwords.smtp_key(self.smtp_host, self.smtp_user))
            if password is None:
                raise ValidationError(_no_password(), "smtp_password", self.smtp_user)
        return MailServer(
            self.smtp_host,
            self.smtp_port,
            self.smtp_security,
            self.smtp_user,
            password,
            float(self.timeout_seconds),
        )

    def calendar_account(
        self, url: str | None = None, user: str | None = None, password: str | None = None
    ) -> ServerAccount:
        """The CalDAV account: ``url``/``user``/``password`` given, else the saved ones (the
        password from the password store)."""
        url = url or self.caldav_url
        if not url:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No calendar server is set up. Enter the address of the office's CalDAV "
                    "calendar in Settings → Calendars and mail.",
                ),
                "caldav_url",
            )
        user = user if user is not None else self.caldav_user
        if password is None and user:
            password = passwords.read(passwords.caldav_key(url, user))
            if password is None:
                raise ValidationError(_no_password(), "caldav_password", user)
        return ServerAccount(url, user or None, password, float(self.timeout_seconds))


def _no_password() -> str:
    return QT_TRANSLATE_NOOP(
        "Messages",
        "No password is kept for the account %1 on this computer. Enter it in Settings → "
        "Calendars and mail (on the command line: --password-env).",
    )


def read_settings(session: Session) -> LinkSettings:
    row = session.scalars(select(CalendarLinkSettings).order_by(CalendarLinkSettings.id)).first()
    store = passwords.available()
    if row is None:
        return LinkSettings(password_store=store)
    security = (
        Security(row.smtp_security) if row.smtp_security in set(Security) else Security.STARTTLS
    )
    settings = LinkSettings(
        smtp_host=row.smtp_host,
        smtp_port=row.smtp_port,
        smtp_security=security,
        smtp_user=row.smtp_user,
        caldav_url=row.caldav_url,
        caldav_user=row.caldav_user,
        published_file=row.published_file,
        timeout_seconds=row.timeout_seconds,
        password_store=store,
    )
    smtp_kept = bool(
        row.smtp_host
        and row.smtp_user
        and passwords.read(passwords.smtp_key(row.smtp_host, row.smtp_user)) is not None
    )
    caldav_kept = bool(
        row.caldav_url
        and row.caldav_user
        and passwords.read(passwords.caldav_key(row.caldav_url, row.caldav_user)) is not None
    )
    return replace(settings, smtp_password_kept=smtp_kept, caldav_password_kept=caldav_kept)


class LinkSettingsService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def settings(self) -> LinkSettings:
        with self._uow.read() as session:
            return read_settings(session)

    def save(
        self,
        settings: LinkSettings,
        *,
        smtp_password: str | None = None,
        caldav_password: str | None = None,
    ) -> LinkSettings:
        """Check and save ``settings``; a password given (not None) goes to the password
        store. Nothing is saved when something is wrong, or a password cannot be kept."""
        host = clean(settings.smtp_host) or None
        smtp_user = clean(settings.smtp_user) or None
        caldav_user = clean(settings.caldav_user) or None
        if host and (" " in host or "/" in host):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“%1” is not a server name. Write only the name, such as mail.hatinh.gov.vn.",
                ),
                "smtp_host",
                host,
            )
        if not 1 <= settings.smtp_port <= 65535:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The port must be a number from 1 to 65535."),
                "smtp_port",
            )
        if not 1 <= settings.timeout_seconds <= 600:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The waiting time must be from 1 to 600 seconds."),
                "timeout_seconds",
            )
        url = clean(settings.caldav_url) or None
        if url:
            try:
                url = check_url(url)
            except ServerFailure as error:
                raise ValidationError(error.template, "caldav_url", *error.values) from error
        published = clean(settings.published_file) or None
        if published and not Path(published).parent.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The folder of “%1” does not exist. Choose a folder on this computer or a "
                    "shared drive.",
                ),
                "published_file",
                published,
            )
        to_keep: list[tuple[str, str]] = []
        if smtp_password is not None:
            if not (host and smtp_user):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Enter the server and the account name with the password."
                    ),
                    "smtp_user",
                )
            to_keep.append((passwords.smtp_key(host, smtp_user), smtp_password))
        if caldav_password is not None:
            if not (url and caldav_user):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Enter the server and the account name with the password."
                    ),
                    "caldav_user",
                )
            to_keep.append((passwords.caldav_key(url, caldav_user), caldav_password))
        if to_keep and not passwords.available():
            raise ValidationError(passwords.NO_STORE, "password")
        for key, password in to_keep:
            passwords.store(key, password)
        with self._uow.begin() as session:
            row = session.scalars(
                select(CalendarLinkSettings).order_by(CalendarLinkSettings.id)
            ).first()
            if row is None:
                row = CalendarLinkSettings()
                session.add(row)
            row.smtp_host = host
            row.smtp_port = settings.smtp_port
            row.smtp_security = settings.smtp_security.value
            row.smtp_user = smtp_user
            row.caldav_url = url
            row.caldav_user = caldav_user
            row.published_file = published
            row.timeout_seconds = settings.timeout_seconds
        return self.settings()

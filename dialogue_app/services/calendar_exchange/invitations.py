"""Invitations, updates and cancellations that leave the app, and the record of them.

Sent through the office's SMTP server, or saved as a real .eml (or an .ics) for the user to
send: chosen by the caller, never guessed from a file name. Each one is recorded (who was sent
which SEQUENCE, when, how), and ``sent`` lists them for the conference.

A message sent by e-mail is recorded as ``sending`` just before the mail server is given it,
then marked ``sent`` (with the addresses the server accepted) once the server accepted it; a
server that refused it removes the record. So a message that left is never unlisted: when the
database fails after the server accepted it, the list still shows it, as "sending, not
confirmed", and the person is told it was sent. A saved file is recorded once it is complete.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, select, update

from dialogue_app.services.calendar_exchange import mail
from dialogue_app.services.calendar_exchange.ics_writer import AttendeeSpec
from dialogue_app.services.calendar_exchange.link_settings import read_settings
from dialogue_app.services.calendar_exchange.service import CalendarExchangeService
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError
from dialogue_app.store.models import Conference, SentInvitation
from dialogue_app.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


class Status(StrEnum):
    SENDING = "sending"  # given to the mail server; its acceptance not (yet) recorded
    SENT = "sent"


class SentButNotRecorded(ServiceError):
    """The mail server accepted the message but the database could not record it as sent."""


class Channel(StrEnum):
    SMTP = "smtp"  # sent through the office's mail server
    EML = "eml"  # saved as an e-mail message file
    ICS = "ics"  # saved as a calendar file


@dataclass(frozen=True)
class SentRecord:
    """One line of a conference's "sent" list."""

    sent_at: datetime
    method: str  # REQUEST, CANCEL
    sequence: int
    channel: Channel
    recipients: tuple[str, ...]
    destination: str | None
    user_name: str | None
    status: Status = Status.SENT

    @property
    def confirmed(self) -> bool:
        return self.status is Status.SENT


@dataclass(frozen=True)
class Delivery:
    """What one sending did: accepted and refused addresses, where it went."""

    conference_id: int
    method: str
    sequence: int
    channel: Channel
    recipients: tuple[str, ...]
    refused: tuple[str, ...]
    destination: str


class InvitationService:
    def __init__(
        self,
        uow: UnitOfWork,
        exchange: CalendarExchangeService,
        user_name: str | None = None,
        *,
        clock: Clock,
    ) -> None:
        self._uow = uow
        self._exchange = exchange
        self._user_name = user_name
        self._clock = clock

    def send(self, conference_id: int, *, cancel: bool = False) -> Delivery:
        """Send the invitation (or update, or with ``cancel`` the cancellation) by e-mail to
        everyone invited who has an address, through the office's SMTP server."""
        with self._uow.read() as session:
            server = read_settings(session).mail_server()
        eml, event, organizer = self._exchange.email_message(conference_id, cancel=cancel)
        addresses = [attendee.email for attendee in event.attendees]
        destination = f"{server.host}:{server.port}"
        attendees = list(event.attendees)
        record_id = self._record(
            conference_id,
            eml.method,
            event.sequence,
            Channel.SMTP,
            attendees,
            destination,
            Status.SENDING,
        )
        try:
            refused = mail.send(server, organizer.email, addresses, eml.content)
        except Exception:
            self._forget(record_id)  # nothing was sent
            raise
        accepted = [a for a in attendees if a.email not in refused]
        try:
            self._confirm(record_id, accepted)
        except Exception as error:
            log.exception("invitation %s sent but not recorded as sent", record_id)
            raise SentButNotRecorded(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The mail server accepted the message for %1, but the app could not note "
                    "that it was sent (the database did not answer). The list shows it as "
                    "“sending, not confirmed”: do not send it again before asking the invitees "
                    "whether it arrived.",
                ),
                ", ".join(_label(a) for a in accepted),
            ) from error
        return Delivery(
            conference_id,
            eml.method,
            event.sequence,
            Channel.SMTP,
            tuple(_label(a) for a in accepted),
            tuple(refused),
            destination,
        )

    def save(
        self,
        conference_id: int,
        path: str | os.PathLike[str],
        *,
        as_email: bool,
        cancel: bool = False,
    ) -> Delivery:
        """Save the invitation (or cancellation) as a real .eml (``as_email``) or an .ics at
        ``path``, whatever its name ends with; recorded once the file is complete."""
        if as_email:
            eml, event, _organizer = self._exchange.email_message(conference_id, cancel=cancel)
            written = eml.save(path)
            method, channel = eml.method, Channel.EML
        else:
            built = (
                self._exchange.cancellation(conference_id)
                if cancel
                else self._exchange.invitation(conference_id)
            )
            assert built.spec is not None
            event = built.spec.events[0]
            written = built.save(path)
            method, channel = built.method, Channel.ICS
        attendees = list(event.attendees)
        self._record(conference_id, method, event.sequence, channel, attendees, str(written))
        return Delivery(
            conference_id,
            method,
            event.sequence,
            channel,
            tuple(_label(a) for a in attendees),
            (),
            str(written),
        )

    def file_name(self, conference_id: int, *, as_email: bool, cancel: bool = False) -> str:
        """The name ``save`` suggests: ``giay-moi-2026-12-15-hoi-nghi-doi-thoai.eml`` (an
        update ``giay-moi-cap-nhat-…``, a cancellation ``thong-bao-huy-…``)."""
        if as_email:
            return self._exchange.email_message(conference_id, cancel=cancel)[0].file_name
        if cancel:
            return self._exchange.cancellation(conference_id).file_name
        return self._exchange.invitation(conference_id).file_name

    def sent(self, conference_id: int) -> list[SentRecord]:
        """Everything sent or saved for the conference, newest first."""
        with self._uow.read() as session:
            if session.get(Conference, conference_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no conference number %1."),
                    conference_id,
                )
            rows = session.scalars(
                select(SentInvitation)
                .where(SentInvitation.conference_id == conference_id)
                .order_by(SentInvitation.sent_at.desc(), SentInvitation.id.desc())
            ).all()
            return [
                SentRecord(
                    row.sent_at,
                    row.method,
                    row.sequence,
                    Channel(row.channel),
                    tuple(line for line in row.recipients.split("\n") if line),
                    row.destination,
                    row.user_name,
                    Status(row.status) if row.status in set(Status) else Status.SENT,
                )
                for row in rows
            ]

    def _record(
        self,
        conference_id: int,
        method: str,
        sequence: int,
        channel: Channel,
        attendees: list[AttendeeSpec],
        destination: str,
        status: Status = Status.SENT,
    ) -> int:
        with self._uow.begin() as session:
            row = SentInvitation(
                conference_id=conference_id,
                method=method,
                sequence=sequence,
                channel=channel.value,
                recipients="\n".join(_label(a) for a in attendees),
                destination=destination[:1000],
                sent_at=self._clock.now(),
                user_name=self._user_name,
                status=status.value,
            )
            session.add(row)
            session.flush()
            return row.id

    def _confirm(self, record_id: int, accepted: list[AttendeeSpec]) -> None:
        """The server accepted the message for ``accepted``: the record says so."""
        with self._uow.begin() as session:
            session.execute(
                update(SentInvitation)
                .where(SentInvitation.id == record_id)
                .values(
                    status=Status.SENT.value,
                    recipients="\n".join(_label(a) for a in accepted),
                    sent_at=self._clock.now(),
                )
            )

    def _forget(self, record_id: int) -> None:
        """The server refused the message: its record goes (if that fails too, it stays as
        "sending, not confirmed", which is still true to what the person may check)."""
        try:
            with self._uow.begin() as session:
                session.execute(delete(SentInvitation).where(SentInvitation.id == record_id))
        except Exception:  # the server's refusal is what the person must hear
            log.exception("the record of invitation %s, not sent, could not be removed", record_id)


def _label(attendee: AttendeeSpec) -> str:
    return f"{attendee.name} <{attendee.email}>" if attendee.name else attendee.email

"""Sending a finished message through the office's SMTP server (``smtplib``).

STARTTLS on the submission port (587), implicit TLS (465), or none (a server inside the
office's network). Every failure becomes a ``ServerFailure`` saying what to fix; the password
never appears in it.
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dialogue_app.services.calendar_exchange.caldav_link import ServerFailure
from dialogue_app.services.errors import QT_TRANSLATE_NOOP


class Security(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: Security
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0

    def __repr__(self) -> str:  # never the password
        return f"MailServer({self.host!r}, {self.port}, {self.security.value}, user={self.user!r})"


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Sign in once, by AUTH PLAIN when offered (RFC 4616: the account in UTF-8, so a
    Vietnamese password works; ``smtplib.login`` encodes ASCII only and, refused, tries the
    next mechanism, which some servers never answer); else ``smtplib.login``."""
    mechanisms = client.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in mechanisms:
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
        code, answer = client.docmd("AUTH", f"PLAIN {token}")
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, answer)
        return
    if not (user + password).isascii():
        raise smtplib.SMTPAuthenticationError(504, b"PLAIN not offered for a non-ASCII password")
    client.login(user, password)


def send(
    server: MailServer,
    sender: str,
    recipients: Sequence[str],
    message: bytes,
    *,
    context: ssl.SSLContext | None = None,
) -> list[str]:
    """Hand ``message`` to the server for ``recipients``. Returns the addresses the server
    refused while accepting the others (usually none); refusing all is a ``ServerFailure``."""
    where = f"{server.host}:{server.port}"
    tls = context or ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if server.security is Security.SSL:
            client = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout, context=tls)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        with client:
            client.ehlo()
            if server.security is Security.STARTTLS:
                if not client.has_extn("starttls"):
                    raise ServerFailure(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The mail server %1 does not offer STARTTLS. Choose SSL (usually "
                            "port 465) in Settings → Calendars and mail, or ask the IT staff.",
                        ),
                        where,
                    )
                client.starttls(context=tls)
                client.ehlo()
            if server.user:
                _login(client, server.user, server.password or "")
            # on the wire every line ends in CRLF (RFC 5321); the .eml file has LF
            wire = re.sub(rb"\r?\n", b"\r\n", message)
            refused = client.sendmail(sender, list(recipients), wire)
    except smtplib.SMTPAuthenticationError as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The mail server %1 refused the account %2 or its password. Check them in "
                "Settings → Calendars and mail. Nothing was sent.",
            ),
            where,
            server.user or "",
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The mail server refused every address: %1. Correct them; nothing was sent.",
            ),
            ", ".join(sorted(error.recipients)),
        ) from error
    except smtplib.SMTPSenderRefused as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The mail server refused to send as %1. Use the office's own address as the "
                "organizer e-mail (Settings → Office), or ask the IT staff. Nothing was sent.",
            ),
            sender,
        ) from error
    except TimeoutError as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The mail server %1 did not answer within %2 seconds. Nothing was sent; try "
                "again later.",
            ),
            where,
            int(server.timeout),
        ) from error
    except ssl.SSLError as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A secure connection to the mail server %1 failed. Check the port and the "
                "choice of STARTTLS or SSL in Settings → Calendars and mail. Nothing was sent.",
            ),
            where,
        ) from error
    except (smtplib.SMTPException, OSError) as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot send through the mail server %1. Check its name and port in Settings → "
                "Calendars and mail and the network connection. Nothing was sent.",
            ),
            where,
        ) from error
    return sorted(refused)

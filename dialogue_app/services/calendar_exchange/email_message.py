"""An .eml file that Outlook opens as a meeting request (DESIGN §4).

Outlook treats a MIME part as an invitation only when it is exactly
``text/calendar; charset=utf-8; method=REQUEST`` (or CANCEL), beside a plain-text body in a
``multipart/alternative`` — the shape Outlook itself sends. The compat32 ``email.mime`` classes
keep that header byte for byte (the newer API would quote ``"REQUEST"``).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import datetime
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid

from dialogue_app.services.calendar_exchange.ics_writer import Method


def calendar_email(
    *,
    ics: bytes,
    method: Method,
    subject: str,
    body: str,
    sender: tuple[str | None, str],
    recipients: Sequence[tuple[str | None, str]],
    sent_at: datetime,
) -> bytes:
    """The bytes of an RFC 5322 message carrying ``ics`` as an invitation (or cancellation)."""
    message = MIMEMultipart("alternative")
    # typeshed's Message[str, str] takes only str; a Header is what the compat32 policy expects
    message["Subject"] = Header(subject, "utf-8")  # type: ignore[assignment]
    message["From"] = _encoded_address(*sender)
    message["To"] = ", ".join(_encoded_address(name, email) for name, email in recipients)
    message["Date"] = format_datetime(sent_at)
    domain = sender[1].rsplit("@", 1)[-1] if "@" in sender[1] else None
    message["Message-ID"] = make_msgid(domain=domain)
    # Outlook's own marker for meeting messages; other readers ignore it.
    message["Content-Class"] = "urn:content-classes:calendarmessage"
    message.attach(MIMEText(body, "plain", "utf-8"))
    part = MIMEBase("text", "calendar")
    del part["Content-Type"]
    part["Content-Type"] = f"text/calendar; charset=utf-8; method={method.value}"
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(ics).decode("ascii"))
    message.attach(part)
    return message.as_bytes()


def _encoded_address(name: str | None, email: str) -> str:
    if not name:
        return email
    # formataddr with a charset encodes a Vietnamese display name as an RFC 2047 word.
    return formataddr((name, email), charset="utf-8")

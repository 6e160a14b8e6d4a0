"""Talking to a CalDAV server (Radicale, Nextcloud, Zimbra…) with the ``caldav`` library.

One calendar object per event, PUT at a stable address derived from its UID, with the body the
app wrote itself: the SEQUENCE is the app's (the library's ``save()`` would raise it), and the
request is conditional (``If-Match`` the ETag we last saw, ``If-None-Match: *`` for a new one),
so a change somebody made on the server is reported as a conflict, never overwritten.

Every failure of the network or the server becomes a ``ServerFailure`` that says what is wrong
and what to do: an address that does not answer, a refused password, a timeout, an address that
is not a calendar. Passwords never reach a message or the log.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from dialogue_app.services.calendar_exchange.ics_writer import (
    CalendarSpec,
    EventSpec,
    Method,
    Organizer,
    build_calendar,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError

if TYPE_CHECKING:
    # caldav (and niquests under it) takes over a second to import: loaded on first use only
    from caldav.davclient import DAVClient

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"
_DTSTAMP = re.compile(rb"^DTSTAMP:[^\r\n]*\r\n", re.MULTILINE)
_PROPFIND_TYPE = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)


class ServerFailure(ServiceError):
    """A mail or calendar server could not be reached, refused us, or answered nonsense."""


@dataclass(frozen=True)
class ServerAccount:
    """Where and as whom: ``url`` of the calendar collection (or the feed), the account and its
    password (None: no authentication), and how long to wait for an answer."""

    url: str
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0

    def __repr__(self) -> str:  # never the password, whoever prints it
        return f"ServerAccount(url={self.url!r}, user={self.user!r})"


@dataclass(frozen=True)
class Answer:
    status: int
    etag: str | None


def check_url(url: str) -> str:
    """``url`` with a trailing slash for a collection; refuses anything but http(s)."""
    text = (url or "").strip()
    if text.lower().startswith("webcal://"):
        text = "https://" + text[len("webcal://") :]
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1” is not a web address. Copy the calendar's address from the server "
                "(it starts with https:// or http://).",
            ),
            url,
        )
    return text


def collection_url(url: str) -> str:
    text = check_url(url)
    return text if text.endswith("/") else text + "/"


def connect(account: ServerAccount) -> DAVClient:
    """A client for ``account`` (no request is sent yet)."""
    from caldav.davclient import DAVClient

    return DAVClient(
        check_url(account.url),
        username=account.user or None,
        password=account.password or None,
        timeout=int(account.timeout) or 1,
        enable_rfc6764=False,  # the address given is the address used
    )


@contextmanager
def talking_to(url: str, timeout: float) -> Iterator[None]:
    """Turn the network's and the library's exceptions into a ``ServerFailure``."""
    import caldav.lib.error
    import niquests

    host = urlsplit(url).netloc or url
    try:
        yield
    except caldav.lib.error.AuthorizationError as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server %1 refused the account name or the password. Check them in "
                "Settings → Calendars and mail (a changed password must be entered again).",
            ),
            host,
        ) from error
    except niquests.exceptions.Timeout as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server %1 did not answer within %2 seconds. Try again later, or ask the "
                "IT staff whether it is running.",
            ),
            host,
            int(timeout),
        ) from error
    except (niquests.exceptions.RequestException, caldav.lib.error.DAVError) as error:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot reach the server %1. Check the address and the network connection, "
                "then try again.",
            ),
            host,
        ) from error


def check_calendar(client: DAVClient, url: str, timeout: float) -> None:
    """Make sure ``url`` is a calendar collection the account may use."""
    with talking_to(url, timeout):
        answer = client.request(url, "PROPFIND", _PROPFIND_TYPE, {"Depth": "0"})
    if answer.status == 404:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is no calendar at %1. Check the address: copy it from the calendar's "
                "settings on the server (Nextcloud: “Copy private link”; Zimbra: the "
                "calendar's CalDAV address).",
            ),
            url,
        )
    if answer.status not in (200, 207):
        raise ServerFailure(
            QT_TRANSLATE_NOOP("Messages", "The server answered %1 for %2. Check the address."),
            answer.status,
            url,
        )
    raw = answer.raw if isinstance(answer.raw, str) else str(answer.raw)
    if "calendar" not in raw.lower():
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 is a folder on the server but not a calendar. Give the address of a "
                "calendar (create one on the server first).",
            ),
            url,
        )


def object_body(event: EventSpec, stamp: datetime, organizer: Organizer | None) -> bytes:
    """One calendar object: a VCALENDAR with this one event and its VTIMEZONE, without METHOD
    (RFC 4791 §4.1 forbids it in a stored object)."""
    calendar = build_calendar(CalendarSpec(Method.PUBLISH, (event,), stamp, organizer))
    del calendar["METHOD"]
    return bytes(calendar.to_ical())


def digest(body: bytes) -> str:
    """What an object says, apart from when it was written (DTSTAMP)."""
    return hashlib.sha256(_DTSTAMP.sub(b"", body)).hexdigest()


def object_href(collection: str, uid: str) -> str:
    """The object's address: the collection plus its UID, made safe for a URL path."""
    return collection + quote(uid, safe="-_.@") + ".ics"


def put(client: DAVClient, href: str, body: bytes, etag: str | None, timeout: float) -> Answer:
    """PUT ``body`` at ``href``: only over the version we last saw (``etag``), or only when
    nothing is there yet (``etag`` None). 412 means somebody else's version is there."""
    headers = {"Content-Type": ICS_CONTENT_TYPE}
    if etag:
        headers["If-Match"] = etag
    else:
        headers["If-None-Match"] = "*"
    with talking_to(href, timeout):
        answer = client.put(href, body.decode("utf-8"), headers)
    return Answer(answer.status, _etag(answer.headers))


def delete(client: DAVClient, href: str, etag: str | None, timeout: float) -> Answer:
    headers = {"If-Match": etag} if etag else {}
    with talking_to(href, timeout):
        answer = client.delete(href, headers)
    return Answer(answer.status, None)


def get(client: DAVClient, url: str, timeout: float) -> tuple[int, bytes]:
    """GET ``url`` (a published .ics feed): its status and body."""
    with talking_to(url, timeout):
        answer = client.request(url, "GET", "")
    raw: Any = answer.raw
    content = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw or b"")
    return answer.status, content


def events_between(
    client: DAVClient, url: str, start: datetime, end: datetime, timeout: float
) -> list[bytes]:
    """The calendar objects of a CalDAV collection with events between ``start`` and ``end``."""
    from caldav.collection import Calendar as DAVCalendar

    with talking_to(url, timeout):
        calendar = DAVCalendar(client=client, url=url)
        found: list[Any] = calendar.search(  # type: ignore[assignment]  # sync client: a list
            start=start, end=end, event=True, expand=False
        )
        return [_data(item) for item in found]


def _data(item: Any) -> bytes:
    data = item.data
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _etag(headers: Any) -> str | None:
    value = headers.get("ETag") if headers is not None else None
    return str(value) if value else None

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
from xml.sax.saxutils import escape

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


class MissingCalendar(ServerFailure):
    """The calendar collections ``urls`` do not exist on the server (yet): the app may create
    them (MKCALENDAR) when the person agrees. Raised before anything was changed."""

    def __init__(self, urls: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The calendar server has no calendar at %1. Create it there (the app can do it "
                "for you), or check the address.",
            ),
            ", ".join(urls),
        )
        self.urls = tuple(urls)


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
        if getattr(error, "status", None) == 403:
            raise ServerFailure(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The server %1 does not let this account use %2. Check the address (it must "
                    "be a calendar of the account, or shared with it), or ask the IT staff.",
                ),
                host,
                url,
            ) from error
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
    if not calendar_exists(client, url, timeout):
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is no calendar at %1. Check the address: copy it from the calendar's "
                "settings on the server (Nextcloud: “Copy private link”; Zimbra: the "
                "calendar's CalDAV address).",
            ),
            url,
        )


def calendar_exists(client: DAVClient, url: str, timeout: float) -> bool:
    """Whether ``url`` is a calendar collection the account may use: False when nothing is
    there; a ``ServerFailure`` when something else is (or the server refuses)."""
    with talking_to(url, timeout):
        answer = client.request(url, "PROPFIND", _PROPFIND_TYPE, {"Depth": "0"})
    if answer.status == 404:
        return False
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
    return True


def make_calendar(client: DAVClient, url: str, name: str, timeout: float) -> None:
    """Create the calendar collection ``url`` (MKCALENDAR, RFC 4791 §5.3.1) named ``name``;
    a clear ``ServerFailure`` when the server refuses."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
        f"<d:set><d:prop><d:displayname>{escape(name)}</d:displayname></d:prop></d:set>"
        "</c:mkcalendar>"
    )
    import caldav.lib.error

    status: int | None = None
    with talking_to(url, timeout):
        try:
            answer = client.request(
                url, "MKCALENDAR", body, {"Content-Type": "application/xml; charset=utf-8"}
            )
            status = answer.status
        except caldav.lib.error.AuthorizationError as error:
            if getattr(error, "status", None) != 403:
                raise
            status = 403
    if status in (200, 201):
        return
    host = urlsplit(url).netloc or url
    if status == 403:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The server %1 does not let this account create the calendar %2. Ask the "
                "server's administrator (the IT staff) to create it, or give the address of "
                "a calendar that exists. Nothing was published.",
            ),
            host,
            url,
        )
    if status == 405:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Something that is not a calendar already exists at %1, so no calendar can be "
                "created there. Choose another address. Nothing was published.",
            ),
            url,
        )
    if status == 409:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The folder that should hold the calendar %1 does not exist on the server. "
                "Check the address (it usually ends with your account's name and the "
                "calendar's name). Nothing was published.",
            ),
            url,
        )
    raise ServerFailure(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The server %1 refused to create the calendar %2 (answer %3). Ask the IT staff, "
            "or create the calendar on the server. Nothing was published.",
        ),
        host,
        url,
        status,
    )


def sibling_url(collection: str, name: str) -> str:
    """The address of the collection ``name`` beside ``collection`` (in the same account's
    home): ``…/clerk/office/`` and ``lich-a`` give ``…/clerk/lich-a/``."""
    base = collection_url(collection)
    parent = base[: base.rstrip("/").rfind("/") + 1]
    return parent + quote(name, safe="-_.") + "/"


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

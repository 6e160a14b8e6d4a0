"""CalDAV publish against a real Radicale server (issue 16): publish, change, cancel, remove,
republish; conflicts, refusals, bad addresses, wrong passwords, timeouts, cancelling half-way."""

from __future__ import annotations

import base64
import socket
import threading
import urllib.request
from datetime import date, datetime
from xml.etree import ElementTree

import caldav
import icalendar
import pytest
from calendar_servers import PASSWORD, USER
from ics_support import check_ics, seed_office

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import (
    CalendarLinks,
    ServerAccount,
    ServerFailure,
    caldav_link,
)
from dialogue_app.store.models import Conference, PublishedObject
from tests.clock import fixed_clock

MARCH, MAY = date(2026, 3, 1), date(2026, 5, 31)


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def links(db) -> CalendarLinks:
    return CalendarLinks(db.uow, "clerk", clock=fixed_clock())


@pytest.fixture
def calendar_url(radicale) -> str:
    return radicale.new_calendar()


def account(url: str, password: str = PASSWORD, timeout: float = 10) -> ServerAccount:
    return ServerAccount(url, USER, password, timeout)


def bare(url: str) -> caldav.DAVClient:
    return caldav.DAVClient(url, username=USER, password=PASSWORD, timeout=10)


def on_server(url: str) -> dict[str, icalendar.Event]:
    """UID -> event of every object in the collection, each checked as a stored object."""
    listing = bare(url).request(url, "PROPFIND", "", {"Depth": "1"}).raw
    hrefs = [
        element.text
        for element in ElementTree.fromstring(listing.encode()).iter("{DAV:}href")
        if element.text and element.text.endswith(".ics")
    ]
    root = url.split("/", 3)[:3]
    found: dict[str, icalendar.Event] = {}
    for href in hrefs:
        parsed = parse_stored(raw_get("/".join(root) + href))
        (event,) = parsed.walk("VEVENT")
        assert str(event["UID"]) not in found, "two objects with one UID"
        found[str(event["UID"])] = event
    return found


def raw_get(url: str) -> bytes:
    """The object's bytes as the server keeps them (the library would turn CRLF into LF)."""
    request = urllib.request.Request(url)
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return bytes(answer.read())


def parse_stored(data: bytes) -> icalendar.Calendar:
    """An object as the server keeps it (Radicale writes it again in its own way, folding
    lines by characters): read by the three independent parsers."""
    import io

    import vobject
    from ical.calendar_stream import IcsCalendarStream

    text = data.decode("utf-8")
    assert "\r\nMETHOD:" not in text
    IcsCalendarStream.calendar_from_ics(text)
    vobject.readOne(io.StringIO(text), validate=True).serialize()
    return icalendar.Calendar.from_ical(text)


def check_object(data: bytes) -> icalendar.Calendar:
    """A stored CalDAV object: no METHOD (RFC 4791 §4.1), otherwise everything DESIGN §4
    asks of a published file, by the independent parsers."""
    assert b"\r\nMETHOD:" not in data
    with_method = data.replace(b"VERSION:2.0\r\n", b"VERSION:2.0\r\nMETHOD:PUBLISH\r\n", 1)
    return check_ics(with_method, "PUBLISH")


def reschedule(db, conference_id: int, **changes) -> None:
    with db.uow.begin() as session:
        conference = session.get(Conference, conference_id)
        for key, value in changes.items():
            setattr(conference, key, value)
        conference.sequence += 1


def test_publish_change_cancel_remove_republish(db, links, office, calendar_url):
    publishing = links.publishing
    steps: list[tuple[int, int]] = []
    first = publishing.publish(
        MARCH, MAY, account=account(calendar_url), progress=lambda d, t: steps.append((d, t))
    )
    assert first.complete and first.created == first.total > 2
    assert steps[-1] == (first.total, first.total)
    objects = on_server(calendar_url)
    assert len(objects) == first.total
    dialogue_uid = next(u for u in objects if u.startswith(f"conf-{office.dialogue_id}-"))
    assert objects[dialogue_uid]["SEQUENCE"] == 0
    with db.uow.read() as session:
        hrefs = {row.uid: row.href for row in session.query(PublishedObject)}

    again = publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert (again.created, again.updated, again.unchanged) == (0, 0, first.total)

    reschedule(
        db,
        office.dialogue_id,
        starts_at=datetime(2026, 3, 18, 8, tzinfo=VN_TZ),
        ends_at=datetime(2026, 3, 18, 11, tzinfo=VN_TZ),
    )
    moved = publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert (moved.created, moved.updated) == (0, 1)
    objects = on_server(calendar_url)
    assert len(objects) == first.total  # no duplicate
    assert objects[dialogue_uid]["SEQUENCE"] == 1  # the app's, not raised by the library
    assert objects[dialogue_uid].start == datetime(2026, 3, 18, 8, tzinfo=VN_TZ)

    reschedule(db, office.dialogue_id, status=ConferenceStatus.CANCELLED, status_reason="Bão")
    cancelled = publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert cancelled.updated == 1
    event = on_server(calendar_url)[dialogue_uid]
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 2

    with db.uow.begin() as session:
        session.delete(session.get(Conference, office.reception_id))
    removed = publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert removed.deleted == 1 and removed.complete
    objects = on_server(calendar_url)
    assert len(objects) == first.total - 1
    with db.uow.read() as session:
        now = {row.uid: row.href for row in session.query(PublishedObject)}
    assert all(hrefs[uid] == href for uid, href in now.items())  # the same objects, changed


def test_every_object_sent_is_a_correct_calendar_file(links, office):
    built = links.publishing._exchange.schedule(MARCH, MAY, include_cancelled=True)
    assert built.spec is not None
    for event in built.spec.events:
        body = caldav_link.object_body(event, built.spec.stamp, built.spec.organizer)
        (parsed,) = check_object(body).walk("VEVENT")
        assert str(parsed["UID"]) == event.uid and parsed["SEQUENCE"] == event.sequence


def test_a_change_made_on_the_server_is_a_conflict_not_overwritten(db, links, office, calendar_url):
    links.publishing.publish(MARCH, MAY, account=account(calendar_url))
    with db.uow.read() as session:
        row = next(
            r
            for r in session.query(PublishedObject)
            if r.uid.startswith(f"conf-{office.dialogue_id}-")
        )
        href, uid = row.href, row.uid
    client = bare(calendar_url)
    theirs = client.request(href, "GET", "").raw.replace("SEQUENCE:0", "SEQUENCE:7")
    assert client.put(href, theirs, {"Content-Type": "text/calendar"}).status in (200, 201, 204)
    reschedule(db, office.dialogue_id, notes="Đổi phòng họp")
    report = links.publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert not report.complete
    assert [p.uid for p in report.conflicts] == [uid]
    assert "SEQUENCE:7" in client.request(href, "GET", "").raw  # theirs, untouched


def test_an_object_the_server_refuses_is_named(db, links, office, calendar_url):
    with db.uow.read() as session:
        uid = session.get(Conference, office.dialogue_id).uid
    # somebody else's object with the same UID already in the collection: Radicale refuses ours
    theirs = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//other//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260316T010000Z\r\n"
        "DTEND:20260316T020000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    put = bare(calendar_url).put(
        calendar_url + "theirs.ics", theirs, {"Content-Type": "text/calendar"}
    )
    assert put.status == 201
    report = links.publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert not report.complete
    assert [p.uid for p in report.failed] == [uid]
    assert report.failed[0].summary.startswith("Đối thoại")
    assert report.created == report.total - 1
    with db.uow.read() as session:  # not remembered as published
        assert session.query(PublishedObject).filter(PublishedObject.uid == uid).count() == 0


def test_cancelled_half_way_says_what_is_missing_and_resumes(db, links, office, calendar_url):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    report = links.publishing.publish(
        MARCH, MAY, account=account(calendar_url), cancelled=cancelled
    )
    assert report.created == 2 and report.stopped == "cancelled"
    assert len(report.not_done) == report.total - 2
    assert len(on_server(calendar_url)) == 2
    rest = links.publishing.publish(MARCH, MAY, account=account(calendar_url))
    assert rest.complete and (rest.created, rest.unchanged) == (report.total - 2, 2)


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("wrong password", "refused the account name or the password"),
        ("no such calendar", "has no calendar at"),
        ("not a calendar", "not a calendar"),
        ("not a web address", "is not a web address"),
        ("nobody there", "Cannot reach the server"),
    ],
)
def test_bad_targets_are_refused_before_anything_changes(
    db,
    links,
    office,
    radicale,
    calendar_url,
    how,
    words,
):
    url, password = calendar_url, PASSWORD
    if how == "wrong password":
        password = "sai"
    elif how == "no such calendar":
        url = radicale.base + "khong-co/"
    elif how == "not a calendar":
        url = radicale.base
    elif how == "not a web address":
        url = "lich.hatinh.gov.vn/caldav"
    else:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{probe.getsockname()[1]}/cal/"
    with pytest.raises(ServerFailure) as refused:
        links.publishing.publish(MARCH, MAY, account=account(url, password))
    assert words in str(refused.value)
    assert PASSWORD not in str(refused.value)
    with db.uow.read() as session:
        assert session.query(PublishedObject).count() == 0


def test_a_server_that_does_not_answer_times_out_clearly(db, links, office):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/cal/"
    try:
        with pytest.raises(ServerFailure) as refused:
            links.publishing.publish(MARCH, MAY, account=account(url, timeout=1))
        assert "did not answer within 1 seconds" in str(refused.value)
    finally:
        for connection in accepted:
            connection.close()
        listener.close()


def test_the_saved_account_comes_from_the_settings_and_the_password_store(
    db,
    links,
    office,
    calendar_url,
    memory_keyring,
):
    from dialogue_app.services.calendar_exchange import LinkSettings

    links.settings.save(
        LinkSettings(caldav_url=calendar_url, caldav_user=USER), caldav_password=PASSWORD
    )
    report = links.publishing.publish(MARCH, MAY)
    assert report.complete and report.created == report.total


def test_published_file_is_a_correct_schedule(db, office, tmp_path):
    links = CalendarLinks(db.uow, clock=fixed_clock(date(2026, 3, 1)))
    target = tmp_path / "lich-cong-khai.ics"
    written = links.publishing.write_published_file(target)
    assert written == target
    calendar = check_ics(target.read_bytes(), "PUBLISH")
    assert calendar.walk("VEVENT")
    assert links.publishing.write_published_file() is None  # none set up

"""Leaders' calendars read live (issue 16): an .ics address and a CalDAV collection on a real
Radicale, refreshed on demand and when due; the server down then up again; bad feeds."""

from __future__ import annotations

from datetime import datetime, timedelta

import caldav
import pytest
from calendar_servers import PASSWORD, USER
from ics_support import seed_office

from dialogue_app.services.calendar_exchange import CalendarLinks, SubscriptionKind
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import BusyBlock
from tests.clock import TODAY, fixed_clock


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def links(db) -> CalendarLinks:
    return CalendarLinks(db.uow, "clerk", clock=fixed_clock())


def leader_event(uid: str, day_offset: int, hour: int = 8) -> str:
    start = datetime.combine(TODAY + timedelta(days=day_offset), datetime.min.time())
    stamp = f"{start:%Y%m%d}T{hour:02d}0000"
    end = f"{start:%Y%m%d}T{hour + 2:02d}0000"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:SE Asia Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=SE Asia Standard Time:{stamp}\r\n"
        f"DTEND;TZID=SE Asia Standard Time:{end}\r\n"
        "SUMMARY:Họp Ban Thường vụ\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def leaders_calendar(radicale, events: int) -> str:
    url = radicale.new_calendar()
    client = caldav.DAVClient(url, username=USER, password=PASSWORD, timeout=10)
    for number in range(events):
        body = leader_event(f"lanh-dao-{number}", number + 1)
        answer = client.put(f"{url}e{number}.ics", body, {"Content-Type": "text/calendar"})
        assert answer.status == 201
    return url


def busy(db, official_id: int) -> list[BusyBlock]:
    with db.uow.read() as session:
        return list(session.query(BusyBlock).filter(BusyBlock.official_id == official_id))


@pytest.mark.parametrize("kind", [SubscriptionKind.ICS, SubscriptionKind.CALDAV])
def test_refresh_with_the_server_down_keeps_the_last_good_copy(
    db, links, office, own_radicale, memory_keyring, kind
):
    url = leaders_calendar(own_radicale, 3)
    subscriptions = links.subscriptions
    added = subscriptions.add(office.chair_id, kind, url, user=USER, password=PASSWORD)
    assert subscriptions.due() == [added.id]
    first = subscriptions.refresh(added.id)
    assert first.ok and first.busy_times == 3
    assert len(busy(db, office.chair_id)) == 3
    assert subscriptions.due() == []

    own_radicale.stop()
    down = subscriptions.refresh(added.id)
    assert not down.ok and "Cannot reach the server" in str(down.error)
    assert down.busy_times == 3 and down.last_success_at == first.last_success_at
    assert len(busy(db, office.chair_id)) == 3  # the last good copy still counts
    (view,) = subscriptions.all()
    assert view.last_error and view.last_success_at == first.last_success_at

    own_radicale.start()  # the same port, the same data
    client = caldav.DAVClient(url, username=USER, password=PASSWORD, timeout=10)
    client.put(f"{url}e9.ics", leader_event("lanh-dao-9", 9), {"Content-Type": "text/calendar"})
    up = subscriptions.refresh(added.id)
    assert up.ok and up.busy_times == 4
    assert len(busy(db, office.chair_id)) == 4  # replaced, not added twice
    (view,) = subscriptions.all()
    assert view.last_error is None


def test_refresh_due_refreshes_only_those_whose_time_has_come(db, office, radicale, memory_keyring):
    url = leaders_calendar(radicale, 1)
    early = CalendarLinks(db.uow, clock=fixed_clock())
    added = early.subscriptions.add(
        office.chair_id, SubscriptionKind.ICS, url, user=USER, password=PASSWORD,
        refresh_minutes=60,
    )  # fmt: skip
    assert [o.ok for o in early.subscriptions.refresh_due()] == [True]
    assert early.subscriptions.refresh_due() == []
    later = CalendarLinks(db.uow, clock=FixedLater(61))
    assert [o.subscription_id for o in later.subscriptions.refresh_due()] == [added.id]


class FixedLater:
    """The tests' clock, ``minutes`` later."""

    def __init__(self, minutes: int) -> None:
        self._clock = fixed_clock()
        self._minutes = minutes

    def today(self):
        return self._clock.today()

    def now(self):
        return self._clock.now() + timedelta(minutes=self._minutes)


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("wrong password", "refused the account name or the password"),
        ("not a calendar", "does not give a calendar"),
        ("nothing there", "Nothing is published at"),
    ],
)
def test_a_bad_feed_is_explained_and_changes_nothing(
    db, links, office, radicale, memory_keyring, how, words
):
    url = leaders_calendar(radicale, 2)
    good = links.subscriptions.add(
        office.chair_id, SubscriptionKind.ICS, url, user=USER, password=PASSWORD
    )
    assert links.subscriptions.refresh(good.id).ok
    password, address = PASSWORD, url
    if how == "wrong password":
        password = "sai"
    elif how == "not a calendar":
        address = radicale.base.rsplit("/", 2)[0] + "/.web/"  # Radicale's web page (HTML)
    else:
        address = url + "khong-co.ics"
    bad = links.subscriptions.add(
        office.chair_id, SubscriptionKind.ICS, address, user=USER, password=password
    )
    outcome = links.subscriptions.refresh(bad.id)
    assert not outcome.ok and words in str(outcome.error)
    assert PASSWORD not in str(outcome.error) and "sai" not in str(outcome.error)
    assert len(busy(db, office.chair_id)) == 2  # the good subscription's busy times, untouched


def test_subscribing_checks_the_address_and_the_password_store(db, links, office, no_keyring):
    with pytest.raises(ValidationError):
        links.subscriptions.add(office.chair_id, SubscriptionKind.ICS, "lich cua toi")
    with pytest.raises(ValidationError) as refused:
        links.subscriptions.add(
            office.chair_id, SubscriptionKind.CALDAV, "https://lich.example.vn/", user="a",
            password="b",
        )  # fmt: skip
    assert "no password store" in str(refused.value)
    assert links.subscriptions.all() == []


def test_removing_a_subscription_forgets_its_busy_times(db, links, office, radicale):
    url = leaders_calendar(radicale, 2)
    added = links.subscriptions.add(office.chair_id, SubscriptionKind.ICS, url, user=None)
    # Radicale wants the account: without it the refresh fails and nothing is imported
    assert not links.subscriptions.refresh(added.id).ok
    links.subscriptions.remove(added.id)
    assert links.subscriptions.all() == [] and busy(db, office.chair_id) == []

"""Publishing several selections (the office schedule, each leader's calendar) against a real
Radicale server (issue 16): each deletes only its own events from a shared collection, in
either order; a missing collection is created only when asked (MKCALENDAR), a refusal is
explained; every leader's calendar goes to a collection of its own."""

from __future__ import annotations

import uuid

import pytest
from calendar_servers import PASSWORD, USER
from ics_support import seed_office
from test_publish import MARCH, MAY, account, on_server

from dialogue_app.domain.conferences import ParticipantRole
from dialogue_app.services.calendar_exchange import (
    CalendarLinks,
    MissingCalendar,
    ServerAccount,
    ServerFailure,
)
from dialogue_app.store.models import Conference, ConferenceParticipant, PublishedObject
from tests.clock import fixed_clock


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def links(db) -> CalendarLinks:
    return CalendarLinks(db.uow, "clerk", clock=fixed_clock())


def uids(db, conference_id: int) -> str:
    with db.uow.read() as session:
        return session.get(Conference, conference_id).uid


@pytest.mark.parametrize("order", ["duc first", "hoa first"])
def test_two_leaders_in_one_collection_delete_only_their_own(db, links, office, radicale, order):
    url = radicale.new_calendar()
    duc, hoa = office.chair_id, office.commune_chair_id
    publishing = links.publishing
    leaders = [duc, hoa] if order == "duc first" else [hoa, duc]
    reports = {
        leader: publishing.publish(MARCH, MAY, account=account(url), leader_id=leader)
        for leader in leaders
    }
    # Đức: the dialogue and the reception conference; Hoa: the dialogue and five reception days
    assert reports[duc].total == 2 and reports[hoa].total == 6
    dialogue, reception = uids(db, office.dialogue_id), uids(db, office.reception_id)
    objects = on_server(url)
    assert len(objects) == 7 and {dialogue, reception} <= set(objects)
    assert reports[leaders[1]].unchanged == 1  # the dialogue both publish: one object

    # republishing either leader deletes nothing of the other's
    for leader in leaders:
        again = publishing.publish(MARCH, MAY, account=account(url), leader_id=leader)
        assert again.deleted == 0 and again.complete
    assert len(on_server(url)) == 7

    # Đức no longer chairs the dialogue: his calendar lets go of it, Hoa's keeps it there
    with db.uow.begin() as session:
        session.query(ConferenceParticipant).filter(
            ConferenceParticipant.conference_id == office.dialogue_id,
            ConferenceParticipant.official_id == duc,
            ConferenceParticipant.role == ParticipantRole.CHAIR,
        ).delete()
    released = publishing.publish(MARCH, MAY, account=account(url), leader_id=duc)
    assert (released.deleted, released.released) == (0, 1)
    assert dialogue in on_server(url)
    with db.uow.read() as session:
        row = session.query(PublishedObject).filter(PublishedObject.uid == dialogue).one()
        assert row.owners == f"leader:{hoa}"

    # the reception conference is deleted: only Đức's publication removes it
    with db.uow.begin() as session:
        session.delete(session.get(Conference, office.reception_id))
    publishing.publish(MARCH, MAY, account=account(url), leader_id=hoa)
    assert reception in on_server(url)
    gone = publishing.publish(MARCH, MAY, account=account(url), leader_id=duc)
    assert gone.deleted == 1 and reception not in on_server(url)
    assert len(on_server(url)) == 6


def test_a_leader_and_the_office_schedule_share_a_collection(db, links, office, radicale):
    url = radicale.new_calendar()
    hoa = office.commune_chair_id
    office_report = links.publishing.publish(MARCH, MAY, account=account(url))
    leader_report = links.publishing.publish(MARCH, MAY, account=account(url), leader_id=hoa)
    assert leader_report.deleted == 0 and leader_report.unchanged == leader_report.total
    assert len(on_server(url)) == office_report.total
    # the office schedule publishes a shorter period: it lets go of nothing Hoa still has
    with db.uow.begin() as session:
        session.delete(session.get(Conference, office.dialogue_id))
    after = links.publishing.publish(MARCH, MAY, account=account(url))
    assert after.deleted == 0 and after.released == 1  # Hoa's calendar still has it
    last = links.publishing.publish(MARCH, MAY, account=account(url), leader_id=hoa)
    assert last.deleted == 1
    assert len(on_server(url)) == office_report.total - 1


def test_a_missing_calendar_is_created_only_when_agreed(db, links, office, radicale):
    url = f"{radicale.base}lich-moi-{uuid.uuid4().hex[:8]}/"
    with pytest.raises(MissingCalendar) as missing:
        links.publishing.publish(MARCH, MAY, account=account(url))
    assert missing.value.urls == (url,)
    assert "has no calendar at" in str(missing.value)
    with db.uow.read() as session:
        assert session.query(PublishedObject).count() == 0
    report = links.publishing.publish(MARCH, MAY, account=account(url), create_missing=True)
    assert report.complete and report.created == report.total
    assert len(on_server(url)) == report.total


@pytest.mark.parametrize(
    ("where", "words"),
    [
        ("no folder", "does not let this account create the calendar"),
        ("not ours", "does not let this account use"),
    ],
)
def test_a_server_that_refuses_to_create_the_calendar_says_so(
    db, links, office, radicale, where, words
):
    name = uuid.uuid4().hex[:8]
    if where == "no folder":
        url = f"{radicale.base}thu-muc-{name}/lich/"
    else:  # another person's home on the server: Radicale lets an account use its own only
        url = f"http://127.0.0.1:{radicale.port}/someone-else/lich-{name}/"
    with pytest.raises(ServerFailure) as refused:
        links.publishing.publish(MARCH, MAY, account=account(url), create_missing=True)
    assert words in str(refused.value)
    assert PASSWORD not in str(refused.value)
    with db.uow.read() as session:
        assert session.query(PublishedObject).count() == 0


def test_each_leader_to_a_collection_of_its_own(db, links, office, own_radicale):
    radicale = own_radicale
    office_url = radicale.new_calendar()
    duc, hoa = office.chair_id, office.commune_chair_id
    targets = links.publishing.leader_targets(MARCH, MAY, account(office_url))
    assert [t.leader_id for t in targets] == [duc, hoa]  # the others have nothing to publish
    assert targets[0].account.url == f"{radicale.base}lich-dang-van-duc-{duc}/"
    assert targets[0].account.user == USER and targets[0].account.password == PASSWORD
    with pytest.raises(MissingCalendar) as missing:
        links.publishing.publish_each_leader(MARCH, MAY, account=account(office_url))
    assert len(missing.value.urls) == 2
    with db.uow.read() as session:
        assert session.query(PublishedObject).count() == 0
    steps: list[tuple[int, int]] = []
    done = links.publishing.publish_each_leader(
        MARCH,
        MAY,
        account=account(office_url),
        create_missing=True,
        progress=lambda d, t: steps.append((d, t)),
    )
    assert steps == [(1, 2), (2, 2)]
    assert [(t.leader_id, r.created, r.complete) for t, r in done] == [
        (duc, 2, True),
        (hoa, 6, True),
    ]
    assert len(on_server(targets[0].account.url)) == 2
    assert len(on_server(targets[1].account.url)) == 6
    assert on_server(office_url) == {}
    again = links.publishing.publish_each_leader(
        MARCH, MAY, account=ServerAccount(office_url, USER, PASSWORD, 10)
    )
    assert all(r.unchanged == r.total for _t, r in again)

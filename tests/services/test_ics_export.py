"""Invitations, updates, cancellations, schedules and deadlines as .ics / .eml (issue 5)."""

from __future__ import annotations

import email
import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest
import recurring_ical_events
from ics_support import GOLDEN, NOW, check_ics, normalise, seed_office, unfolded_lines

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import CalendarExchangeService
from dialogue_app.services.errors import NotFound, ValidationError
from dialogue_app.store.models import Conference, OfficeProfile
from tests.clock import fixed_clock

UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def service(db) -> CalendarExchangeService:
    return CalendarExchangeService(db.uow, clock=fixed_clock())


def golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(normalise(data))
    assert normalise(data) == path.read_bytes(), f"{name} differs from its golden file"


def reschedule(db, conference_id: int, **changes) -> None:
    """What the scheduling service does on a change of time, place or status."""
    with db.uow.begin() as session:
        conference = session.get(Conference, conference_id)
        for key, value in changes.items():
            setattr(conference, key, value)
        conference.sequence += 1


# --- invitation ----------------------------------------------------------------------------------


def test_invitation_is_a_correct_request(service, office):
    result = service.invitation(office.dialogue_id, now=NOW)
    calendar = check_ics(result.content, "REQUEST")
    golden("invitation.ics", result.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]).startswith(f"conf-{office.dialogue_id}-")
    assert event["DTSTAMP"].dt == NOW
    assert event["SEQUENCE"] == 0
    assert event.start == datetime(2026, 3, 16, 8, tzinfo=VN_TZ)
    assert str(event["ORGANIZER"]) == "mailto:vanphong@hatinh.gov.vn"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    # chairs and agencies with an e-mail; the commune chair and commune PC have none
    assert set(attendees) == {
        "mailto:dvduc@hatinh.gov.vn",
        "mailto:snnmt@hatinh.gov.vn",
        "mailto:baohatinh@example.vn",
    }
    chair = attendees["mailto:dvduc@hatinh.gov.vn"]
    assert chair["ROLE"] == "CHAIR" and chair["PARTSTAT"] == "NEEDS-ACTION"
    assert chair["RSVP"] == "TRUE"
    assert attendees["mailto:snnmt@hatinh.gov.vn"]["ROLE"] == "REQ-PARTICIPANT"
    (alarm,) = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(minutes=1440)
    description = str(event["DESCRIPTION"])
    assert "Trần Văn Bình" in description  # invited citizen without e-mail
    assert "Nguyễn Thị Hoa" in description  # chair without e-mail
    assert "https://meet.hatinh.gov.vn" in description
    assert "2. 08:15 Công dân nêu ý kiến, kiến nghị" in description
    assert "Giải phóng mặt bằng; tái định cư, đường ven biển\nCác kiến nghị \\ khác" in description
    assert str(event["LOCATION"]).startswith("Hội trường UBND xã Cẩm Xuyên, Số 1")
    assert "X-WR-CALNAME" not in calendar


def test_text_is_escaped_and_nfc(service, office):
    data = service.invitation(office.dialogue_id, now=NOW).content
    lines = unfolded_lines(data)
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "mặt bằng\\; tái định cư\\, đường" in description
    assert "\\nCác kiến nghị \\\\ khác" in description
    location = next(line for line in lines if line.startswith("LOCATION:"))
    assert location.endswith("thôn 3\\\\xã Cẩm Xuyên")
    # the seed typed the title and organizer as NFD; the file has NFC only
    assert "SUMMARY:Đối thoại trực tiếp với Nhân dân xã Cẩm Xuyên" in lines
    assert "Văn phòng Tỉnh ủy".encode() in data


def test_reschedule_then_cancel_keeps_uid_and_raises_sequence(db, service, office):
    first = service.invitation(office.dialogue_id, now=NOW)
    reschedule(
        db,
        office.dialogue_id,
        starts_at=datetime(2026, 3, 18, 8, tzinfo=VN_TZ),
        ends_at=datetime(2026, 3, 18, 11, tzinfo=VN_TZ),
    )
    update = service.invitation(office.dialogue_id, now=NOW + timedelta(days=1))
    reschedule(db, office.dialogue_id, status=ConferenceStatus.CANCELLED, status_reason="Bão số 3")
    cancel = service.cancellation(office.dialogue_id, now=NOW + timedelta(days=2))
    events = [
        check_ics(f.content, m).walk("VEVENT")[0]
        for f, m in ((first, "REQUEST"), (update, "REQUEST"), (cancel, "CANCEL"))
    ]
    assert len({str(e["UID"]) for e in events}) == 1
    assert [e["SEQUENCE"] for e in events] == [0, 1, 2]
    assert events[1].start == datetime(2026, 3, 18, 8, tzinfo=VN_TZ)
    assert str(events[2]["STATUS"]) == "CANCELLED"
    assert not events[2].walk("VALARM")
    assert "Bão số 3" in str(events[2]["DESCRIPTION"])
    golden("update.ics", update.content)
    golden("cancellation.ics", cancel.content)


def test_cancellation_of_a_conference_that_is_not_cancelled_is_refused(service, office):
    with pytest.raises(ValidationError, match="is not cancelled"):
        service.cancellation(office.dialogue_id, now=NOW)


def test_invitation_for_a_cancelled_conference_is_refused(db, service, office):
    reschedule(db, office.dialogue_id, status=ConferenceStatus.CANCELLED)
    with pytest.raises(ValidationError, match="Send the cancellation"):
        service.invitation(office.dialogue_id)


def test_organizer_without_email_is_refused(db):
    office = seed_office(db, organizer_email=None)
    service = CalendarExchangeService(db.uow, clock=fixed_clock())
    with pytest.raises(ValidationError, match="organizer e-mail") as caught:
        service.invitation(office.dialogue_id)
    assert caught.value.field == "organizer_email"
    with pytest.raises(ValidationError, match="organizer e-mail"):
        service.invitation_email(office.dialogue_id)


def test_conference_without_a_time_is_refused(db, service, office):
    moment = datetime(2026, 3, 16, 8, tzinfo=VN_TZ)
    reschedule(db, office.dialogue_id, starts_at=moment, ends_at=moment)
    with pytest.raises(ValidationError, match="ends before it starts"):
        service.invitation(office.dialogue_id)


def test_unknown_conference_is_refused(service, office):
    with pytest.raises(NotFound, match="no conference number 999999"):
        service.invitation(999_999)


def test_invitation_without_any_email_attendee_is_refused(db, service, office):
    from dialogue_app.store.models import Official

    with db.uow.begin() as session:
        session.get(Official, office.chair_id).email = None
    with pytest.raises(ValidationError, match="Nobody invited"):
        service.invitation(office.reception_id)


def test_reminder_follows_the_office_profile(db, service, office):
    with db.uow.begin() as session:
        session.query(OfficeProfile).one().reminder_minutes = 90
    event = check_ics(service.invitation(office.dialogue_id).content, "REQUEST").walk("VEVENT")[0]
    assert event.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(minutes=90)


# --- e-mail --------------------------------------------------------------------------------------


def test_eml_carries_the_invitation_as_outlook_expects(service, office):
    result = service.invitation_email(office.dialogue_id, now=NOW)
    assert result.file_name.endswith(".eml")
    message = email.message_from_bytes(result.content)
    assert message.get_content_type() == "multipart/alternative"
    assert "vanphong@hatinh.gov.vn" in message["From"]
    assert "dvduc@hatinh.gov.vn" in message["To"]
    parts = message.get_payload()
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/calendar"]
    assert parts[1]["Content-Type"] == "text/calendar; charset=utf-8; method=REQUEST"
    plain = parts[0].get_payload(decode=True).decode("utf-8")
    assert "Đối thoại trực tiếp" in plain and "08:00–11:30, 16/03/2026" in plain
    ics = parts[1].get_payload(decode=True)
    assert ics == service.invitation(office.dialogue_id, now=NOW).content
    check_ics(ics, "REQUEST")
    subject = str(email.header.make_header(email.header.decode_header(message["Subject"])))
    assert subject.startswith("Giấy mời: Đối thoại")


def test_eml_for_a_cancellation(db, service, office):
    reschedule(db, office.dialogue_id, status=ConferenceStatus.CANCELLED)
    message = email.message_from_bytes(
        service.invitation_email(office.dialogue_id, cancel=True, now=NOW).content
    )
    part = message.get_payload()[1]
    assert part["Content-Type"] == "text/calendar; charset=utf-8; method=CANCEL"
    check_ics(part.get_payload(decode=True), "CANCEL")


# --- published schedule --------------------------------------------------------------------------


def test_schedule_is_published_without_attendees(service, office):
    result = service.schedule(date(2026, 3, 1), date(2026, 5, 31), now=NOW)
    calendar = check_ics(result.content, "PUBLISH")
    golden("schedule.ics", result.content)
    events = calendar.walk("VEVENT")
    assert result.event_count == len(events) == 2 + len(office.reception_days)
    assert all("ATTENDEE" not in e for e in events)
    # a published schedule does not name invited citizens
    assert all("Trần Văn Bình" not in str(e.get("DESCRIPTION", "")) for e in events)
    assert str(calendar["X-WR-CALNAME"]) == "Lịch đối thoại và tiếp công dân"


def test_reception_days_are_their_actual_dates(service, office):
    data = service.schedule(date(2026, 3, 1), date(2026, 5, 31), kind=ConferenceKind.RECEPTION)
    calendar = icalendar.Calendar.from_ical(data.content)
    expanded = recurring_ical_events.of(calendar).between(date(2026, 3, 1), date(2026, 6, 1))
    duty_days = sorted(e.start.date() for e in expanded if str(e["UID"]).startswith("reception-"))
    assert tuple(duty_days) == office.reception_days
    # the missed day of February is not on the schedule, the reception conference is
    assert {e.start.date() for e in expanded} == set(office.reception_days) | {date(2026, 3, 16)}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"leader": "dang van duc"}, {"dialogue", "reception"}),
        ({"leader": "NGUYEN THI HOA"}, {"dialogue", "duty"}),
        ({"kind": ConferenceKind.DIALOGUE}, {"dialogue"}),
        ({"unit": "cam xuyen"}, {"dialogue", "duty"}),
        ({"leader": "nobody"}, set()),
    ],
)
def test_schedule_filters(service, office, filters, expected):
    data = service.schedule(date(2026, 3, 1), date(2026, 5, 31), **filters).content
    found = set()
    for event in check_ics(data, "PUBLISH").walk("VEVENT"):
        uid = str(event["UID"])
        if uid.startswith("reception-"):
            found.add("duty")
        elif uid.startswith(f"conf-{office.dialogue_id}-"):
            found.add("dialogue")
        else:
            found.add("reception")
    assert found == expected


def test_schedule_by_leader_id(service, office):
    data = service.schedule(leader_id=office.commune_chair_id).content
    uids = [str(e["UID"]) for e in check_ics(data, "PUBLISH").walk("VEVENT")]
    assert len(uids) == 1 + len(office.reception_days)


def test_schedule_leaves_out_cancelled_conferences(db, service, office):
    reschedule(db, office.dialogue_id, status=ConferenceStatus.CANCELLED)
    titles = [
        str(e["SUMMARY"]) for e in check_ics(service.schedule().content, "PUBLISH").walk("VEVENT")
    ]
    assert not any(t.startswith("Đối thoại") for t in titles)
    with_cancelled = service.schedule(include_cancelled=True).content
    events = check_ics(with_cancelled, "PUBLISH").walk("VEVENT")
    assert any(str(e.get("STATUS")) == "CANCELLED" for e in events)


def test_empty_schedule_is_still_a_valid_file(service, office):
    result = service.schedule(date(2030, 1, 1), date(2030, 1, 31))
    assert result.event_count == 0
    check_ics(result.content, "PUBLISH")


def test_schedule_range_the_wrong_way_round_is_refused(service, office):
    with pytest.raises(ValidationError, match="before the start"):
        service.schedule(date(2026, 3, 31), date(2026, 3, 1))


# --- deadlines -----------------------------------------------------------------------------------


def test_deadlines_are_all_day_transparent_entries(service, office):
    result = service.deadlines(date(2026, 3, 1), date(2026, 3, 31), now=NOW)
    calendar = check_ics(result.content, "PUBLISH")
    golden("deadlines.ics", result.content)
    events = calendar.walk("VEVENT")
    assert [e.start for e in events] == [date(2026, 3, 20), date(2026, 3, 25)]  # open cases only
    for event in events:
        assert event.end == event.start + timedelta(days=1)  # exclusive DTEND
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert event.walk("VALARM")
        assert event.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(hours=15)  # 09:00 the day before
    lines = unfolded_lines(result.content)
    assert "DTSTART;VALUE=DATE:20260320" in lines
    assert "DTEND;VALUE=DATE:20260321" in lines


def test_denunciation_never_reveals_the_denunciator(service, office):
    data = service.deadlines().content
    text = "".join(unfolded_lines(data))
    for secret in ("Lê Thị Cúc", "042190000123", "Thôn 7", "tố cáo cán bộ"):
        assert secret not in text
    event = next(
        e
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
        if "TC-3/2026" in str(e["SUMMARY"])
    )
    assert str(event["SUMMARY"]) == "Hạn giải quyết: TC-3/2026 – Tố cáo – UBND xã Cẩm Xuyên"
    # whereas a complaint may show its citizen
    assert "Trần Văn Bình" in text


@pytest.mark.parametrize(
    ("filters", "numbers"),
    [
        ({"agency": "so nong nghiep"}, ["KN-12/2026"]),
        ({"agency": "UBND Cẩm Xuyên"}, ["TC-3/2026"]),
        ({"handler": "pham minh tuan"}, ["KN-12/2026"]),
        ({"handler": "nobody"}, []),
    ],
)
def test_deadline_filters(service, office, filters, numbers):
    events = check_ics(service.deadlines(**filters).content, "PUBLISH").walk("VEVENT")
    assert [str(e["SUMMARY"]).split(" – ")[0].split(": ")[1] for e in events] == numbers


def test_a_changed_deadline_keeps_its_uid_and_raises_sequence(db, service, office):
    from dialogue_app.store.models import Case

    before = icalendar.Calendar.from_ical(service.deadlines(agency="so nong").content)
    with db.uow.begin() as session:
        session.get(Case, office.complaint_id).deadline = date(2026, 4, 3)
    after = icalendar.Calendar.from_ical(service.deadlines(agency="so nong").content)
    (old,), (new,) = before.walk("VEVENT"), after.walk("VEVENT")
    assert old["UID"] == new["UID"] and new["SEQUENCE"] > old["SEQUENCE"]
    assert new.start == date(2026, 4, 3)


def test_stamp_is_utc(service, office):
    stamp = datetime(2026, 3, 1, 15, 0, tzinfo=VN_TZ)
    event = check_ics(service.invitation(office.dialogue_id, now=stamp).content, "REQUEST").walk(
        "VEVENT"
    )[0]
    assert event["DTSTAMP"].dt == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert "DTSTAMP:20260301T080000Z" in unfolded_lines(
        service.invitation(office.dialogue_id, now=stamp).content
    )


def test_a_denunciator_to_notify_has_an_entry_of_its_own(db, service, office):
    """An accepted denunciation must be notified to the denunciator within 5 working days:
    that day is an entry too (in Vietnamese, with its legal basis), until it is recorded."""
    from dialogue_app.domain.messages import store_parts
    from dialogue_app.store.models import Case

    basis = store_parts(
        [("%1: %2 working days from acceptance", ("Luật Tố cáo 25/2018/QH14, Điều 29", 5))]
    )
    with db.uow.begin() as session:
        case = session.get(Case, office.denunciation_id)
        case.notify_deadline, case.notify_deadline_explanation = date(2026, 3, 12), basis
    result = service.deadlines(date(2026, 3, 1), date(2026, 3, 31), now=NOW)
    events = check_ics(result.content, "PUBLISH").walk("VEVENT")
    assert [e.start for e in events] == [date(2026, 3, 12), date(2026, 3, 20), date(2026, 3, 25)]
    notify = events[0]
    assert str(notify["SUMMARY"]) == (
        "Hạn thông báo thụ lý tố cáo: TC-3/2026 – Tố cáo – UBND xã Cẩm Xuyên"
    )
    assert str(notify["UID"]).startswith(f"notify-{office.denunciation_id}-")
    description = str(notify["DESCRIPTION"])
    assert "Căn cứ: Luật Tố cáo 25/2018/QH14, Điều 29: 5 ngày làm việc kể từ ngày thụ lý" in (
        description
    )
    assert "Lê Thị Cúc" not in "".join(unfolded_lines(result.content))
    # outside the range asked for: no entry; once the notification is recorded: none either
    later = service.deadlines(date(2026, 3, 13), date(2026, 3, 31), now=NOW).content
    assert len(check_ics(later, "PUBLISH").walk("VEVENT")) == 2
    with db.uow.begin() as session:
        session.get(Case, office.denunciation_id).notified_on = date(2026, 3, 10)
    after = service.deadlines(date(2026, 3, 1), date(2026, 3, 31), now=NOW).content
    assert [e.start for e in check_ics(after, "PUBLISH").walk("VEVENT")] == [
        date(2026, 3, 20),
        date(2026, 3, 25),
    ]


def test_changing_the_organizer_email_keeps_every_uid(db, service, office):
    """Subscribers' calendars match entries by UID: a new e-mail address for the office must not
    turn every deadline and reception day into a second copy."""
    from dialogue_app.services.office import OfficeService

    profiles = OfficeService(db.uow)
    profiles.save_profile(profiles.get_profile())  # the office saves its settings once

    def uids() -> list[str]:
        files = (service.deadlines().content, service.schedule().content)
        events = [e for data in files for e in icalendar.Calendar.from_ical(data).walk("VEVENT")]
        return sorted(str(e["UID"]) for e in events)

    before = uids()
    profile = profiles.get_profile()
    old_host = profile.organizer_email.rsplit("@", 1)[1].lower()
    profiles.save_profile(replace(profile, organizer_email="tiepcongdan@hatinh.gov.vn"))
    assert before and uids() == before
    assert all(uid.endswith("@" + old_host) for uid in before)
    assert b"tiepcongdan@hatinh.gov.vn" in service.schedule().content  # the new organizer


def test_an_office_without_email_keeps_its_uids_when_it_adds_one(db, service, office):
    """UIDs written before the office had an e-mail end in the placeholder host; giving the
    office an e-mail later must not change them."""
    from dialogue_app.services.office import OfficeService
    from dialogue_app.store.models import OfficeProfile

    with db.uow.begin() as session:
        for profile in session.query(OfficeProfile):
            profile.organizer_email = None
    before = sorted(
        str(e["UID"])
        for e in icalendar.Calendar.from_ical(service.deadlines().content).walk("VEVENT")
    )
    profiles = OfficeService(db.uow)
    profiles.save_profile(replace(profiles.get_profile(), organizer_email="vp@hatinh.gov.vn"))
    after = sorted(
        str(e["UID"])
        for e in icalendar.Calendar.from_ical(service.deadlines().content).walk("VEVENT")
    )
    assert before and after == before
    assert all(uid.endswith("@dialogue-desk.invalid") for uid in after)

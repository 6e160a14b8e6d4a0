"""Shared by the calendar-exchange tests: an office with conferences, reception days and cases,
and ``check_ics``, which holds every file we write to DESIGN.md §4 and three parsers."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    AdminLevel,
    AdminUnit,
    Agency,
    AgendaItem,
    Case,
    CaseCitizen,
    CaseField,
    Citizen,
    Conference,
    ConferenceParticipant,
    OfficeProfile,
    Official,
    ReceptionDuty,
    ReceptionSchedule,
    Venue,
)

NOW = datetime(2026, 3, 1, 1, 30, tzinfo=UTC)
CREATED = datetime(2026, 2, 1, 2, 0, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "services" / "golden"
SAMPLES = Path(__file__).parent / "services" / "ics_samples"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@dataclass(frozen=True)
class OfficeData:
    dialogue_id: int
    reception_id: int
    chair_id: int
    commune_chair_id: int
    namesake_ids: tuple[int, int]
    complaint_id: int
    denunciation_id: int
    reception_days: tuple[date, ...]  # the app's own dates of the commune chair's reception days


def vn(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=VN_TZ)


def seed_office(db: DatabaseHandle, *, organizer_email: str | None = "vanphong@hatinh.gov.vn"):
    """A small Hà Tĩnh office. Text goes in as NFD (as some Vietnamese keyboards type it)."""
    with db.uow.begin() as s:
        s.add(
            OfficeProfile(
                name="Văn phòng Tỉnh ủy Hà Tĩnh",
                organizer_name=nfd("Văn phòng Tỉnh ủy"),
                organizer_email=organizer_email,
                reminder_minutes=1440,
            )
        )
        province_level = AdminLevel(code="province", name="Tỉnh", rank=1)
        commune_level = AdminLevel(code="commune", name="Xã", rank=2)
        province = AdminUnit(name="Hà Tĩnh", level=province_level)
        commune = AdminUnit(name="Xã Cẩm Xuyên", level=commune_level, parent=province)
        s.add_all([province_level, commune_level, province, commune])
        land = Agency(name="Sở Nông nghiệp và Môi trường", email="snnmt@hatinh.gov.vn")
        commune_pc = Agency(name="UBND xã Cẩm Xuyên", short_name="UBND Cẩm Xuyên", unit=commune)
        chair = Official(
            full_name=nfd("Đặng Văn Đức"),
            position="Bí thư Tỉnh ủy",
            email="dvduc@hatinh.gov.vn",
            unit=province,
        )
        commune_chair = Official(
            full_name="Nguyễn Thị Hoa", position="Chủ tịch UBND xã", unit=commune
        )
        namesake_a = Official(full_name="Trần Văn An", position="Phó Chủ tịch")
        namesake_b = Official(full_name="Trần Văn Ân", position="Chánh Thanh tra")
        s.add_all([land, commune_pc, chair, commune_chair, namesake_a, namesake_b])
        citizen = Citizen(full_name="Trần Văn Bình", address="Thôn 3, xã Cẩm Xuyên")
        denunciator = Citizen(
            full_name="Lê Thị Cúc", national_id="042190000123", address="Thôn 7, xã Cẩm Xuyên"
        )
        venue = Venue(
            name="Hội trường UBND xã Cẩm Xuyên",
            address="Số 1, đường Hà Huy Tập; thôn 3\\xã Cẩm Xuyên",
            unit=commune,
        )
        s.add_all([citizen, denunciator, venue])
        s.flush()

        dialogue = Conference(
            kind=ConferenceKind.DIALOGUE,
            status=ConferenceStatus.SCHEDULED,
            title=nfd("Đối thoại trực tiếp với Nhân dân xã Cẩm Xuyên"),
            topic=nfd("Giải phóng mặt bằng; tái định cư, đường ven biển\nCác kiến nghị \\ khác"),
            unit=commune,
            venue=venue,
            starts_at=vn(2026, 3, 16, 8),
            ends_at=vn(2026, 3, 16, 11, 30),
            online_url="https://meet.hatinh.gov.vn/doi-thoai-cam-xuyen?phong=1&ma=2026",
            created_at=CREATED,
        )
        dialogue.participants = [
            ConferenceParticipant(role=ParticipantRole.CHAIR, official=chair),
            ConferenceParticipant(role=ParticipantRole.CHAIR, official=commune_chair),
            ConferenceParticipant(role=ParticipantRole.ANSWERING_AGENCY, agency=land),
            ConferenceParticipant(role=ParticipantRole.ANSWERING_AGENCY, agency=commune_pc),
            ConferenceParticipant(role=ParticipantRole.INVITED_CITIZEN, citizen=citizen),
            ConferenceParticipant(
                role=ParticipantRole.ATTENDEE,
                name='Phóng viên Báo "Hà Tĩnh"',
                email="baohatinh@example.vn",
            ),
        ]
        dialogue.agenda_items = [
            AgendaItem(position=1, title="Khai mạc", duration_minutes=15, presenter="Chủ trì"),
            AgendaItem(position=2, title="Công dân nêu ý kiến, kiến nghị", duration_minutes=120),
            AgendaItem(position=3, title="Kết luận", duration_minutes=30, presenter="Bí thư"),
        ]
        add_conference(s, dialogue)

        schedule = ReceptionSchedule(
            official=commune_chair,
            rule='{"weekday": 3}',
            description="Thứ Năm hằng tuần, trừ ngày lễ",
            start_time="07:30",
            end_time="11:00",
            venue=venue,
            valid_from=date(2026, 1, 1),
        )
        s.add(schedule)
        s.flush()
        reception = Conference(
            kind=ConferenceKind.RECEPTION,
            status=ConferenceStatus.SCHEDULED,
            title="Tiếp công dân định kỳ tháng 3",
            unit=province,
            venue=venue,
            starts_at=vn(2026, 3, 16, 14),
            ends_at=vn(2026, 3, 16, 17),
            created_at=CREATED,
        )
        reception.participants = [ConferenceParticipant(role=ParticipantRole.CHAIR, official=chair)]
        add_conference(s, reception)
        # Thursdays in March; Thursday 30 April is a holiday, so that week's day became Monday
        # 4 May: actual dates an RRULE cannot express.
        days = (
            date(2026, 3, 5),
            date(2026, 3, 12),
            date(2026, 3, 19),
            date(2026, 3, 26),
            date(2026, 5, 4),
        )  # the 30 April holiday moved to Monday 4 May
        for day in days:
            s.add(
                ReceptionDuty(
                    official=commune_chair,
                    schedule_id=schedule.id,
                    day=day,
                    status=DutyStatus.PENDING,
                )
            )
        s.add(
            ReceptionDuty(
                official=commune_chair, day=date(2026, 2, 26), status=DutyStatus.MISSED, reason="Ốm"
            )
        )

        field_land = CaseField(name="Đất đai", search_key="dat dai")
        s.add(field_land)
        complaint = Case(
            number="KN-12/2026",
            received_on=date(2026, 2, 2),
            case_type=CaseType.COMPLAINT,
            field=field_land,
            summary="Khiếu nại; về bồi thường, hỗ trợ\ntái định cư",
            agency=land,
            handler="Phạm Minh Tuấn",
            status=CaseStatus.ACCEPTED,
            deadline=date(2026, 3, 20),
            deadline_explanation="Luật Khiếu nại 2011, Điều 28: 30 ngày kể từ ngày thụ lý",
            created_at=CREATED,
        )
        complaint.citizens = [CaseCitizen(citizen=citizen, is_representative=True)]
        denunciation = Case(
            number="TC-3/2026",
            received_on=date(2026, 2, 3),
            case_type=CaseType.DENUNCIATION,
            field=field_land,
            summary="Bà Lê Thị Cúc, CCCD 042190000123, tố cáo cán bộ địa chính",
            agency=commune_pc,
            handler="Hoàng Văn Nam",
            status=CaseStatus.IN_PROGRESS,
            deadline=date(2026, 3, 25),
            deadline_explanation="Bà Lê Thị Cúc — Luật Tố cáo 2018, Điều 30",
            created_at=CREATED,
        )
        denunciation.citizens = [CaseCitizen(citizen=denunciator, is_representative=True)]
        resolved = Case(
            number="KN-1/2026",
            received_on=date(2026, 1, 5),
            case_type=CaseType.COMPLAINT,
            agency=land,
            status=CaseStatus.RESOLVED,
            deadline=date(2026, 3, 10),
            created_at=CREATED,
        )
        s.add_all([complaint, denunciation, resolved])
        s.flush()
        return OfficeData(
            dialogue_id=dialogue.id,
            reception_id=reception.id,
            chair_id=chair.id,
            commune_chair_id=commune_chair.id,
            namesake_ids=(namesake_a.id, namesake_b.id),
            complaint_id=complaint.id,
            denunciation_id=denunciation.id,
            reception_days=days,
        )


# --- checks ------------------------------------------------------------------------------------

_DTSTAMP = re.compile(rb"^DTSTAMP:\d{8}T\d{6}Z\r$", re.M)


def normalise(data: bytes) -> bytes:
    """The file with its send time replaced, for comparing with a golden file."""
    return _DTSTAMP.sub(b"DTSTAMP:19700101T000000Z\r", data)


def unfolded_lines(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def check_ics(data: bytes, method: str) -> icalendar.Calendar:
    """Everything DESIGN.md §4 asks of a file; returns it parsed by icalendar."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "bare CR"
    for raw in data.split(b"\r\n"):
        assert len(raw) <= 75, f"line longer than 75 octets: {raw!r}"
        raw.decode("utf-8")  # folded between whole characters
    text = data.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    lines = unfolded_lines(data)
    assert f"METHOD:{method}" in lines
    assert sum(line.startswith("METHOD:") for line in lines) == 1
    if method != "PUBLISH":
        assert not any(line.startswith("X-WR-CALNAME") for line in lines)
    # no COMMENT directly in a VTIMEZONE; every TZID has its VTIMEZONE
    stack: list[str] = []
    defined: set[str] = set()
    used: set[str] = set()
    for line in lines:
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            assert stack.pop() == line[4:]
        elif stack and stack[-1] == "VTIMEZONE":
            assert not line.startswith("COMMENT"), "COMMENT inside VTIMEZONE"
            if line.startswith("TZID:"):
                defined.add(line[5:])
        for match in re.finditer(r";TZID=([^;:]+)", line.split(":", 1)[0] + ":"):
            used.add(match.group(1).strip('"'))
    assert not stack
    assert used <= defined, f"TZIDs without VTIMEZONE: {used - defined}"

    calendar = icalendar.Calendar.from_ical(data)
    for component in calendar.walk():
        assert not getattr(component, "errors", None), component.errors
    events = calendar.walk("VEVENT")
    organizers = [e.get("ORGANIZER") for e in events]
    attendees = [e.get("ATTENDEE") for e in events]
    if method in ("REQUEST", "CANCEL"):
        assert all(o is not None for o in organizers)
        assert all(a for a in attendees)
    else:
        assert not any(attendees)
    for event in events:
        if method == "CANCEL":
            assert str(event["STATUS"]) == "CANCELLED"
            assert not event.walk("VALARM")

    _check_with_ical(text)
    _check_with_vobject(text)
    return calendar


def _check_with_ical(text: str) -> None:
    from ical.calendar_stream import IcsCalendarStream

    calendar = IcsCalendarStream.calendar_from_ics(text)
    for event in calendar.events:
        assert event.dtstart is not None and event.uid


def _check_with_vobject(text: str) -> None:
    import vobject

    parsed = vobject.readOne(io.StringIO(text), validate=True)
    parsed.serialize()  # vobject validates again while writing

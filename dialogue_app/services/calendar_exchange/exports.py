"""From the database to calendar events: conferences, reception days and case deadlines.

Turns the rows ``queries.py`` reads into ``EventSpec`` values (``ics_writer`` makes the file);
it reads nothing itself. The wording inside the files is Vietnamese, since the people who open
them are Vietnamese officials; the labels are gathered in ``LABELS`` so they can be changed in
one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.deadlines import explanation_parts
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange.ics_writer import AlarmSpec, AttendeeSpec, EventSpec
from dialogue_app.services.vietnamese import in_vietnamese
from dialogue_app.store.models import (
    AgendaItem,
    Case,
    Conference,
    ConferenceParticipant,
    ReceptionDuty,
    ReceptionSchedule,
    Venue,
)

LABELS = {
    "venue": "Địa điểm",
    "online": "Trực tuyến",
    "chairs": "Chủ trì",
    "agencies": "Cơ quan trả lời",
    "attendees": "Thành phần",
    "citizens": "Công dân được mời",
    "agenda": "Chương trình",
    "notes": "Ghi chú",
    "reason": "Lý do",
    "reminder": "Nhắc lịch",
    "delegate": "ủy quyền",
    "deadline": "Hạn giải quyết",
    "notify": "Hạn thông báo thụ lý tố cáo",
    "case_number": "Số hồ sơ",
    "case_type": "Loại đơn",
    "agency": "Cơ quan giải quyết",
    "field": "Lĩnh vực",
    "handler": "Người xử lý",
    "summary": "Nội dung",
    "citizen": "Công dân",
    "legal_basis": "Căn cứ",
    "schedule_name": "Lịch đối thoại và tiếp công dân",
    "deadlines_name": "Hạn giải quyết đơn thư",
}

KIND_LABELS = {
    ConferenceKind.DIALOGUE: "Hội nghị đối thoại trực tiếp",
    ConferenceKind.RECEPTION: "Tiếp công dân định kỳ",
    ConferenceKind.ADHOC_RECEPTION: "Tiếp công dân đột xuất",
}

CASE_TYPE_LABELS = {
    CaseType.COMPLAINT: "Khiếu nại",
    CaseType.DENUNCIATION: "Tố cáo",
    CaseType.RECOMMENDATION: "Kiến nghị",
    CaseType.FEEDBACK: "Phản ánh",
}

CITIZEN_ROLES = frozenset({ParticipantRole.INVITED_CITIZEN, ParticipantRole.REPRESENTATIVE})

DEFAULT_RECEPTION_HOURS = ("07:30", "11:30")


# --- conferences -------------------------------------------------------------------------------
# A schedule of thousands of conferences is loaded as plain rows into these read-only views
# (``queries.conference_views``: three queries, conferences with venue and unit, all their
# participants, all their agenda items) rather than as ORM objects with per-relationship loaders,
# which cost more than writing the file. The views carry the attribute names of the models, so
# the functions below take either.


@dataclass(frozen=True, slots=True)
class PlaceView:
    name: str
    address: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class OfficialView:
    full_name: str
    position: str
    email: str | None


@dataclass(frozen=True, slots=True)
class CitizenView:
    full_name: str


@dataclass(frozen=True, slots=True)
class ParticipantView:
    role: ParticipantRole
    official: OfficialView | None
    agency: PlaceView | None
    citizen: CitizenView | None
    name: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class AgendaItemView:
    title: str
    duration_minutes: int
    presenter: str | None


@dataclass(slots=True)
class ConferenceView:
    id: int
    uid: str
    sequence: int
    kind: ConferenceKind
    status: ConferenceStatus
    title: str
    topic: str | None
    starts_at: datetime
    ends_at: datetime
    online_url: str | None
    notes: str | None
    status_reason: str | None
    venue: PlaceView | None
    unit: PlaceView | None
    participants: list[ParticipantView] = field(default_factory=list)
    agenda_items: list[AgendaItemView] = field(default_factory=list)


def participant_name(participant: ConferenceParticipant | ParticipantView) -> str:
    if participant.official is not None:
        return participant.official.full_name
    if participant.agency is not None:
        return participant.agency.name
    if participant.citizen is not None:
        return participant.citizen.full_name
    return participant.name or ""


def participant_email(participant: ConferenceParticipant | ParticipantView) -> str | None:
    email = participant.email
    if not email and participant.official is not None:
        email = participant.official.email
    if not email and participant.agency is not None:
        email = participant.agency.email
    email = (email or "").strip()
    return email if "@" in email else None


def conference_attendees(
    conference: Conference | ConferenceView, organizer_email: str | None
) -> list[AttendeeSpec]:
    """Everyone invited who has an e-mail address, once each, the chairs first."""
    seen = {(organizer_email or "").strip().lower()}
    result: list[AttendeeSpec] = []
    participants: Sequence[ConferenceParticipant | ParticipantView] = conference.participants
    ordered = sorted(participants, key=lambda p: p.role != ParticipantRole.CHAIR)
    for participant in ordered:
        email = participant_email(participant)
        if email is None or email.lower() in seen:
            continue
        seen.add(email.lower())
        is_agency = participant.agency is not None and participant.official is None
        result.append(
            AttendeeSpec(
                email=email,
                name=participant_name(participant) or None,
                role="CHAIR" if participant.role == ParticipantRole.CHAIR else "REQ-PARTICIPANT",
                cutype="GROUP" if is_agency else "INDIVIDUAL",
            )
        )
    return result


def conference_location(venue: Venue | PlaceView | None, online_url: str | None) -> str | None:
    if venue is not None:
        parts = [venue.name, venue.address]
        return ", ".join(p for p in parts if p)
    return online_url or None


def conference_description(conference: Conference | ConferenceView, *, with_citizens: bool) -> str:
    """Everything a recipient needs, also in clients that ignore LOCATION, URL and ATTENDEE."""
    lines: list[str] = []
    if conference.topic:
        lines += [conference.topic, ""]
    start = conference.starts_at.astimezone(VN_TZ)
    end = conference.ends_at.astimezone(VN_TZ)
    lines.append(
        f"{KIND_LABELS.get(conference.kind, '')}: {start:%H:%M}–{end:%H:%M} {start:%d/%m/%Y}"
    )
    location = conference_location(conference.venue, None)
    if location:
        lines.append(f"{LABELS['venue']}: {location}")
    if conference.online_url:
        lines.append(f"{LABELS['online']}: {conference.online_url}")
    by_role: dict[ParticipantRole, list[str]] = {}
    for participant in conference.participants:
        name = participant_name(participant)
        if participant.role == ParticipantRole.CHAIR and participant.official is not None:
            position = participant.official.position
            name = f"{name} ({position})" if position else name
        if name:
            by_role.setdefault(participant.role, []).append(name)
    for role, label in (
        (ParticipantRole.CHAIR, "chairs"),
        (ParticipantRole.ANSWERING_AGENCY, "agencies"),
        (ParticipantRole.ATTENDEE, "attendees"),
    ):
        if by_role.get(role):
            lines.append(f"{LABELS[label]}: {'; '.join(by_role[role])}")
    if with_citizens:
        citizens = [n for role in CITIZEN_ROLES for n in by_role.get(role, [])]
        if citizens:
            lines.append(f"{LABELS['citizens']}: {'; '.join(sorted(set(citizens)))}")
    if conference.agenda_items:
        lines.append(f"{LABELS['agenda']}:")
        at = start
        items: Sequence[AgendaItem | AgendaItemView] = conference.agenda_items
        for number, item in enumerate(items, start=1):
            presenter = f" ({item.presenter})" if item.presenter else ""
            clock = (
                f"{at:%H:%M} " if any(i.duration_minutes for i in conference.agenda_items) else ""
            )
            lines.append(f"{number}. {clock}{item.title}{presenter}")
            at += timedelta(minutes=item.duration_minutes or 0)
    if conference.notes:
        lines.append(f"{LABELS['notes']}: {conference.notes}")
    if conference.status in (ConferenceStatus.CANCELLED, ConferenceStatus.POSTPONED) and (
        conference.status_reason
    ):
        lines.append(f"{LABELS['reason']}: {conference.status_reason}")
    return "\n".join(lines).strip()


def conference_event(
    conference: Conference | ConferenceView,
    *,
    attendees: Sequence[AttendeeSpec] = (),
    reminder_minutes: int | None = None,
    with_citizens: bool = False,
) -> EventSpec:
    status = {
        ConferenceStatus.DRAFT: "TENTATIVE",
        ConferenceStatus.POSTPONED: "TENTATIVE",
        ConferenceStatus.CANCELLED: "CANCELLED",
    }.get(conference.status, "CONFIRMED")
    alarm = None
    if reminder_minutes is not None:
        alarm = AlarmSpec(
            timedelta(minutes=reminder_minutes), f"{LABELS['reminder']}: {conference.title}"
        )
    return EventSpec(
        uid=conference.uid,
        summary=conference.title,
        start=conference.starts_at,
        end=conference.ends_at,
        sequence=conference.sequence,
        description=conference_description(conference, with_citizens=with_citizens),
        location=conference_location(conference.venue, conference.online_url),
        url=conference.online_url or None,
        status=status,
        categories=(KIND_LABELS[conference.kind],) if conference.kind in KIND_LABELS else (),
        attendees=tuple(attendees),
        alarm=alarm,
    )


def chair_names(conference: Conference | ConferenceView) -> list[str]:
    return [participant_name(p) for p in conference.participants if p.role == ParticipantRole.CHAIR]


def matches(needle: str | None, haystacks: Iterable[str | None]) -> bool:
    """True when ``needle`` (ignoring case and diacritics) is part of one of ``haystacks``."""
    if not needle:
        return True
    key = fold(needle)
    return any(key in fold(h) for h in haystacks if h)


# --- reception days ----------------------------------------------------------------------------


def _clock(text: str | None, fallback: str) -> time:
    try:
        return time.fromisoformat((text or fallback).strip())
    except ValueError:
        return time.fromisoformat(fallback)


def reception_duty_event(
    duty: ReceptionDuty,
    schedule: ReceptionSchedule | None,
    host: str,
    reminder_minutes: int | None,
) -> EventSpec:
    """A required reception day not yet tied to a conference record: its actual date."""
    start_text, end_text = DEFAULT_RECEPTION_HOURS
    if schedule is not None:
        start_text, end_text = schedule.start_time, schedule.end_time
    start = datetime.combine(duty.day, _clock(start_text, DEFAULT_RECEPTION_HOURS[0]), VN_TZ)
    end = datetime.combine(duty.day, _clock(end_text, DEFAULT_RECEPTION_HOURS[1]), VN_TZ)
    if end <= start:
        end = start + timedelta(hours=4)
    official = duty.official
    summary = f"{KIND_LABELS[ConferenceKind.RECEPTION]}: {official.full_name}"
    if duty.delegate is not None:
        summary += f" ({LABELS['delegate']}: {duty.delegate.full_name})"
    lines = [
        f"{official.full_name} ({official.position})" if official.position else official.full_name
    ]
    if schedule is not None and schedule.description:
        lines.append(schedule.description)
    venue = schedule.venue if schedule is not None else None
    location = conference_location(venue, None)
    if location:
        lines.append(f"{LABELS['venue']}: {location}")
    alarm = None
    if reminder_minutes is not None:
        alarm = AlarmSpec(timedelta(minutes=reminder_minutes), f"{LABELS['reminder']}: {summary}")
    return EventSpec(
        uid=f"reception-{official.id}-{duty.day:%Y%m%d}@{host}",
        summary=summary,
        start=start,
        end=end,
        description="\n".join(lines),
        location=location,
        status="CONFIRMED",
        categories=(KIND_LABELS[ConferenceKind.RECEPTION],),
        alarm=alarm,
    )


# --- deadlines ---------------------------------------------------------------------------------


def case_number(case: Case) -> str:
    return case.number or f"#{case.id}"


def deadline_event(case: Case, host: str, reminder: timedelta | None) -> EventSpec:
    """An all-day entry on the deadline. A denunciation shows only number, type and agency:
    the denunciator's identity is secret (Law on Denunciations 2018)."""
    assert case.deadline is not None
    details: list[str] = []
    if case.case_type != CaseType.DENUNCIATION:
        if case.field is not None:
            details.append(f"{LABELS['field']}: {case.field.name}")
        if case.handler:
            details.append(f"{LABELS['handler']}: {case.handler}")
        citizens = [link.citizen.full_name for link in case.citizens if link.citizen is not None]
        if citizens:
            details.append(f"{LABELS['citizen']}: {'; '.join(citizens)}")
        if case.summary:
            details.append(f"{LABELS['summary']}: {case.summary}")
        if case.deadline_explanation:
            basis = in_vietnamese(explanation_parts(case.deadline_explanation))
            details.append(f"{LABELS['legal_basis']}: {basis}")
    return _case_day(case, "deadline", case.deadline, details, host, reminder)


def notify_event(case: Case, host: str, reminder: timedelta | None) -> EventSpec:
    """An all-day entry on the day an accepted denunciation must be notified to the denunciator
    (Law on Denunciations 2018, Art. 29). Like every denunciation: number, type, agency only."""
    assert case.notify_deadline is not None
    details: list[str] = []
    if case.notify_deadline_explanation:
        basis = in_vietnamese(explanation_parts(case.notify_deadline_explanation))
        details.append(f"{LABELS['legal_basis']}: {basis}")
    return _case_day(case, "notify", case.notify_deadline, details, host, reminder)


def _case_day(
    case: Case,
    what: str,
    day: date,
    details: list[str],
    host: str,
    reminder: timedelta | None,
) -> EventSpec:
    """An all-day, transparent entry of ``case`` on ``day``: "<what>: number – type – agency",
    its number, type and agency, then ``details``; its UID from the case's id and creation
    (``what`` tells the entries of one case apart), its SEQUENCE from the case's version."""
    type_label = CASE_TYPE_LABELS.get(case.case_type, str(case.case_type))
    agency = case.agency.name if case.agency is not None else None
    summary = " – ".join(
        p for p in (f"{LABELS[what]}: {case_number(case)}", type_label, agency) if p
    )
    lines = [
        f"{LABELS['case_number']}: {case_number(case)}",
        f"{LABELS['case_type']}: {type_label}",
    ]
    if agency:
        lines.append(f"{LABELS['agency']}: {agency}")
    created = (case.created_at or datetime(2000, 1, 1, tzinfo=UTC)).astimezone(UTC)
    alarm = AlarmSpec(reminder, summary) if reminder is not None else None
    return EventSpec(
        uid=f"{what}-{case.id}-{created:%Y%m%dT%H%M%S%f}@{host}",
        summary=summary,
        start=day,
        end=day + timedelta(days=1),
        sequence=max(0, (case.version or 1) - 1),
        description="\n".join(lines + details),
        transparent=True,
        categories=(LABELS["deadline"],),
        alarm=alarm,
    )


def local_day_bounds(
    start: date | None, end: date | None
) -> tuple[datetime | None, datetime | None]:
    """Aware instants for the local days ``start``..``end`` (end inclusive)."""
    low = datetime.combine(start, time.min, VN_TZ) if start else None
    high = datetime.combine(end + timedelta(days=1), time.min, VN_TZ) if end else None
    return low, high

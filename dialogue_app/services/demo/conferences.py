"""The scheduling part of the demo data set: a year of reception days generated from each demo
leader's rule (with past days marked held, delegated or missed), plus one postponed and one
cancelled dialogue conference.

It works on the demo rows already in the session (leaders with a duty quota, venues found by
name), so it follows whatever the demo file contains.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.reception_rules import ReceptionRule, Shift
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.conferences import ensure_default_quotas, generate_reception_days
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    Conference,
    ConferenceParticipant,
    DutyQuota,
    Official,
    ReceptionDuty,
    ReceptionSchedule,
    Venue,
)

# Which standing rule(s) each kind of leader gets in the demo, by duty-quota code.
DEMO_RULES: dict[str, tuple[tuple[ReceptionRule, str], ...]] = {
    "province_chairman": (
        (
            ReceptionRule.monthly(15, Shift.NEXT),
            "Ngày 15 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp",
        ),
    ),
    "province_party_head": (
        (
            ReceptionRule.monthly(25, Shift.NEXT),
            "Ngày 25 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp",
        ),
    ),
    "commune_chairman": ((ReceptionRule.weekly(3, Shift.SKIP), "Thứ Năm hằng tuần, trừ ngày lễ"),),
    "commune_party_head": (
        (ReceptionRule.monthly(5, Shift.NEXT), "Ngày 5 hằng tháng"),
        (ReceptionRule.monthly(20, Shift.NEXT), "Ngày 20 hằng tháng"),
    ),
}
PROVINCIAL_RECEPTION_VENUE = "tiep cong dan"  # folded part of the provincial reception office


def load_scheduling_demo(session: Session, today: date) -> dict[str, int]:
    """Add the scheduling demo to the demo rows in ``session``; return counts for the summary."""
    ensure_default_quotas(session)
    calendar = working_day_calendar(session)
    venues = list(session.scalars(select(Venue).order_by(Venue.id)))
    leaders = session.execute(
        select(Official, DutyQuota.code)
        .join(DutyQuota, DutyQuota.id == Official.duty_quota_id)
        .order_by(Official.id)
    ).all()
    everyone = list(session.scalars(select(Official).order_by(Official.id)))
    first, last = today - timedelta(days=120), today + timedelta(days=245)
    created = 0
    for official, code in leaders:
        venue = _venue_for(official, code, venues)
        for rule, description in DEMO_RULES.get(code, ()):
            schedule = ReceptionSchedule(
                official_id=official.id,
                rule=rule.to_json(),
                description=description,
                start_time="07:30",
                end_time="11:30",
                venue_id=venue.id if venue else None,
                valid_from=first,
                active=True,
            )
            session.add(schedule)
            session.flush()
            created += len(
                generate_reception_days(session, schedule, first, last, calendar).created
            )
    marked = _mark_past_duties(session, today, everyone)
    changed = _postponed_and_cancelled(session, today, everyone, venues)
    return {"reception_days": created, "duties_marked": marked, "conferences_changed": changed}


def scheduling_demo_section(context: Any) -> dict[str, int]:
    """The entry for ``services.demo.DEMO_SECTIONS`` (takes its DemoContext)."""
    return load_scheduling_demo(context.session, context.today)


def _venue_for(official: Official, code: str, venues: list[Venue]) -> Venue | None:
    if code.startswith("province"):
        for venue in venues:
            if PROVINCIAL_RECEPTION_VENUE in fold(venue.name):
                return venue
    for venue in venues:
        if official.unit_id is not None and venue.unit_id == official.unit_id:
            return venue
    return None


def _mark_past_duties(session: Session, today: date, everyone: list[Official]) -> int:
    """Past days: mostly held, every fifth delegated, every seventh missed; the last two
    held conferences stay open so the "not yet closed" reminder has something to show."""
    duties = list(
        session.scalars(
            select(ReceptionDuty).where(ReceptionDuty.day < today).order_by(ReceptionDuty.day)
        )
    )
    for n, duty in enumerate(duties):
        conference = session.get(Conference, duty.conference_id) if duty.conference_id else None
        if n % 7 == 6:
            duty.status = DutyStatus.MISSED
            duty.reason = "Lãnh đạo dự họp đột xuất của Tỉnh ủy"
            if conference is not None:
                conference.status = ConferenceStatus.CANCELLED
                conference.status_reason = duty.reason
                conference.sequence += 1
            continue
        if n % 5 == 4:
            others = [o for o in everyone if o.id != duty.official_id]
            if others:
                duty.status = DutyStatus.DELEGATED
                duty.delegate_id = others[n % len(others)].id
        if duty.status is not DutyStatus.DELEGATED:
            duty.status = DutyStatus.HELD
        if conference is not None:
            recent = n >= len(duties) - 2
            conference.status = ConferenceStatus.HELD if recent else ConferenceStatus.CLOSED
            conference.sequence += 1 if recent else 2
            conference.attendee_count = 3 + n % 9
    session.flush()
    return len(duties)


def _postponed_and_cancelled(
    session: Session, today: date, everyone: list[Official], venues: list[Venue]
) -> int:
    if not everyone:
        return 0

    def conference(
        title: str, offset: int, status: ConferenceStatus, reason: str, chair: Official
    ) -> Conference:
        day = today + timedelta(days=offset)
        row = Conference(
            kind=ConferenceKind.DIALOGUE,
            status=status,
            status_reason=reason,
            title=title,
            topic=title,
            unit_id=chair.unit_id,
            venue_id=venues[-1].id if venues else None,
            starts_at=datetime.combine(day, time(8, 0), tzinfo=VN_TZ),
            ends_at=datetime.combine(day, time(11, 0), tzinfo=VN_TZ),
            sequence=1,  # announced as scheduled (0), then postponed or cancelled
        )
        row.participants.append(
            ConferenceParticipant(
                role=ParticipantRole.CHAIR, official_id=chair.id, email=chair.email
            )
        )
        return add_conference(session, row)

    chair = everyone[min(2, len(everyone) - 1)]
    conference(
        "Đối thoại với các hộ dân về đo đạc lại diện tích đất thu hồi",
        5,
        ConferenceStatus.POSTPONED,
        "Chờ kết quả đo đạc lại của Văn phòng Đăng ký đất đai; sẽ báo lịch mới",
        chair,
    )
    conference(
        "Đối thoại về phương án hỗ trợ chuyển đổi nghề nghiệp",
        8,
        ConferenceStatus.CANCELLED,
        "Các hộ dân đã nhất trí phương án; không còn nội dung cần đối thoại",
        chair,
    )
    return 2

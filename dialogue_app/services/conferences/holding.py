"""Holding a conference: recording how it went (attendance, organisations present, minutes) and
registering each issue citizens raised there as a case, through the case register's own steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.text import clean
from dialogue_app.domain.timezone import VN_TZ, now_utc
from dialogue_app.services.cases import check_national_id
from dialogue_app.services.conferences.status import change_conference_status
from dialogue_app.services.conferences.types import HoldingRecord, IssueRaised
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import Case, Conference
from dialogue_app.store.units import unit_on

# One whole sentence per status, as for the other refusals (status.py); keep in step with
# CONFERENCE_TRANSITIONS.
_CANNOT_RECORD = {
    ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is a draft).",
    ),
    ConferenceStatus.POSTPONED: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is postponed).",
    ),
    ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is closed).",
    ),
    ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Messages",
        "Only a scheduled or held conference can be recorded (this one is cancelled).",
    ),
}


def check_record(record: HoldingRecord) -> None:
    """Refuse a record that cannot be saved, before anything is read."""
    if record.attendee_count is not None and record.attendee_count < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The number of attendees cannot be negative."),
            "attendee_count",
        )
    for issue in record.issues:
        if issue.group_size is not None and issue.group_size < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A delegation has at least one person; leave it empty or give 1 or more.",
                ),
                "issues",
            )
        if not clean(issue.summary):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Every issue raised needs a short summary."),
                "issues",
            )


def record_holding(
    session: Session,
    row: Conference,
    record: HoldingRecord,
    *,
    now: datetime,
    user_name: str | None,
) -> None:
    """Write ``record`` into ``row``: a scheduled conference that has started becomes held, a
    held one is completed again; each issue raised becomes a case linked to it."""
    if row.status is ConferenceStatus.SCHEDULED:
        if row.starts_at > now:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This conference has not started yet; record it once it has taken place.",
                )
            )
        change_conference_status(row, ConferenceStatus.HELD)
    elif row.status is not ConferenceStatus.HELD:
        raise ValidationError(_CANNOT_RECORD[row.status])
    row.attendee_count = record.attendee_count
    row.organisations_present = clean(record.organisations_present)
    row.minutes_summary = clean(record.minutes_summary)
    row.updated_at = now_utc()
    create_cases_for_issues(session, row, record.issues, user_name)


def create_cases_for_issues(
    session: Session,
    conference: Conference,
    issues: Sequence[IssueRaised],
    user_name: str | None = None,
) -> list[Case]:
    """Register each issue raised at ``conference`` as a received Case linked to it, the way
    the case register does (``cases.complete_registration``): its people found in the citizen
    register or added to it, the earlier case it repeats linked, its deadline, its timeline,
    its search index. The case's commune is the first of its citizens' communes (or the unit
    that took it over if it was merged away before the conference)."""
    # imported here: the case register is large and the window starts without it
    from dialogue_app.services.cases import complete_registration, link_citizens

    channel = (
        Channel.CONFERENCE if conference.kind is ConferenceKind.DIALOGUE else Channel.RECEPTION
    )
    received_on = conference.starts_at.astimezone(VN_TZ).date()
    created = []
    for issue in issues:
        people = issue.people
        for person in people:
            if person.citizen_id is None:
                check_national_id(person)
        case = Case(
            received_on=received_on,
            channel=channel,
            conference_id=conference.id,
            case_type=CaseType(issue.case_type),
            summary=clean(issue.summary) or "",
            agency_id=issue.agency_id,
            field_id=issue.field_id,
            commune_id=next((p.commune_id for p in people if p.commune_id is not None), None),
            status=CaseStatus.RECEIVED,
            group_size=1,
            search_key="",
        )
        session.add(case)
        session.flush()
        link_citizens(session, case, people)
        if case.commune_id is None:
            case.commune_id = next(
                (c.citizen.unit_id for c in case.citizens if c.citizen.unit_id), None
            )
        # a citizen registered under a commune merged away since: the commune that took it over
        case.commune_id = unit_on(session, case.commune_id, received_on)
        # a crowd delegation counts all its people, also those not named (form 01/TCD)
        case.group_size = max(1, len(case.citizens), issue.group_size or 0)
        complete_registration(session, case, people, None, user_name)
        created.append(case)
    session.flush()
    return created

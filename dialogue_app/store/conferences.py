"""Store helpers for conferences."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import conference_uid, uid_host
from dialogue_app.domain.timezone import now_utc
from dialogue_app.store.models import Conference, OfficeProfile


def add_conference(session: Session, conference: Conference) -> Conference:
    """Insert a conference and give it its permanent calendar UID (derived from the record)."""
    conference.created_at = conference.created_at or now_utc()
    conference.uid = f"pending-{id(conference)}-{conference.created_at.timestamp()}"
    session.add(conference)
    session.flush()
    conference.uid = conference_uid(conference.id, conference.created_at, office_uid_host(session))
    session.flush()
    return conference


def office_uid_host(session: Session) -> str:
    """The host of the calendar UIDs this office writes (``domain.conferences.uid_host``)."""
    row = session.execute(
        select(OfficeProfile.calendar_uid_host, OfficeProfile.organizer_email)
        .order_by(OfficeProfile.id)
        .limit(1)
    ).first()
    return uid_host(row[0], row[1]) if row else uid_host(None, None)

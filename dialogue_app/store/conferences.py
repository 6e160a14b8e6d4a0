"""Store helpers for conferences."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.conferences import conference_uid
from dialogue_app.domain.timezone import now_utc
from dialogue_app.store.models import Conference, OfficeProfile


def add_conference(session: Session, conference: Conference) -> Conference:
    """Insert a conference and give it its permanent calendar UID (derived from the record)."""
    conference.created_at = conference.created_at or now_utc()
    conference.uid = f"pending-{id(conference)}-{conference.created_at.timestamp()}"
    session.add(conference)
    session.flush()
    email = session.scalar(select(OfficeProfile.organizer_email).order_by(OfficeProfile.id))
    domain = email.split("@", 1)[1] if email and "@" in email else None
    conference.uid = conference_uid(conference.id, conference.created_at, domain)
    session.flush()
    return conference

"""The conference list opens on what is coming: soonest first, then the past, latest first."""

from __future__ import annotations

from datetime import datetime, timedelta

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.conferences import ConferenceQueries
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import Conference

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=VN_TZ)


def test_coming_conferences_first_then_the_past(db: DatabaseHandle) -> None:
    offsets = {"last month": -30, "yesterday": -1, "next week": 7, "tomorrow": 1, "next year": 365}
    with db.uow.begin() as session:
        for title, days in offsets.items():
            start = NOW + timedelta(days=days)
            add_conference(
                session,
                Conference(
                    kind=ConferenceKind.DIALOGUE,
                    status=ConferenceStatus.SCHEDULED,
                    title=title,
                    starts_at=start,
                    ends_at=start + timedelta(hours=2),
                ),
            )
    titles = [c.title for c in ConferenceQueries(db.uow).page(0, 10, now=NOW)]
    assert titles == ["tomorrow", "next week", "next year", "yesterday", "last month"]
    # pages join up without gaps or repeats
    first, second = (ConferenceQueries(db.uow).page(o, 2, now=NOW) for o in (0, 2))
    assert [c.title for c in first + second] == titles[:4]

"""The conference list opens on what is coming: soonest first, then the past, latest first."""

from __future__ import annotations

from datetime import datetime, timedelta

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.conferences import ConferenceQueries
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import Conference
from tests.clock import fixed_clock

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
    titles = [c.title for c in ConferenceQueries(db.uow, clock=fixed_clock()).page(0, 10, now=NOW)]
    assert titles == ["tomorrow", "next week", "next year", "yesterday", "last month"]
    # pages join up without gaps or repeats
    first, second = (
        ConferenceQueries(db.uow, clock=fixed_clock()).page(o, 2, now=NOW) for o in (0, 2)
    )
    assert [c.title for c in first + second] == titles[:4]


def test_search_ignores_case_and_diacritics(db: DatabaseHandle) -> None:
    with db.uow.begin() as session:
        for title in ("Đối thoại về giải phóng mặt bằng", "Tiếp công dân định kỳ"):
            add_conference(
                session,
                Conference(
                    kind=ConferenceKind.DIALOGUE,
                    title=title,
                    topic="Đường gom dân sinh xã Thạch Đài",
                    starts_at=NOW,
                    ends_at=NOW + timedelta(hours=1),
                ),
            )
    queries = ConferenceQueries(db.uow, clock=fixed_clock())
    for typed in ("doi thoai", "ĐỐI THOẠI", "giai phong mat bang"):
        assert [c.title for c in queries.page(0, 10, search=typed)] == [
            "Đối thoại về giải phóng mặt bằng"
        ]
        assert queries.count(search=typed) == 1
    assert queries.count(search="thach dai") == 2  # the topic counts too
    assert queries.count(search="50%") == 0  # wildcards are text, not patterns

"""The scheduling demo: a year of reception days from the leaders' rules; changed conferences."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.text import fold
from dialogue_app.services.conferences import (
    ConferenceQueries,
    ReceptionService,
    ensure_default_quotas,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.demo import DemoService
from dialogue_app.services.demo.conferences import load_scheduling_demo
from dialogue_app.store.models import Conference, Official, ReceptionDuty, Venue
from tests.clock import fixed_clock

TODAY = date(2026, 3, 18)


def test_demo_section_on_its_own(db: DatabaseHandle) -> None:
    with db.uow.begin() as session:
        quotas = ensure_default_quotas(session)
        session.add(Venue(name="Trụ sở Tiếp công dân tỉnh", capacity=40))
        for name, code in (
            ("Lê Thị Thu Nguyệt", "province_chairman"),
            ("Hoàng Thị Mai", "commune_chairman"),
            ("Võ Văn Hùng", "commune_party_head"),
        ):
            session.add(Official(full_name=name, search_key=fold(name), duty_quota=quotas[code]))
        session.flush()
        counts = load_scheduling_demo(session, TODAY)
    assert counts["reception_days"] > 52 + 12 + 24 - 10  # a year: weekly, monthly, twice monthly
    assert counts["conferences_changed"] == 2
    queries = ConferenceQueries(db.uow, clock=fixed_clock(TODAY))
    statuses = {c.status for c in queries.list(kinds={ConferenceKind.DIALOGUE})}
    assert statuses == {ConferenceStatus.POSTPONED, ConferenceStatus.CANCELLED}
    with db.uow.read() as session:
        past = session.scalars(select(ReceptionDuty).where(ReceptionDuty.day < TODAY)).all()
        assert past and all(d.status is not DutyStatus.PENDING for d in past)
        assert {d.status for d in past} >= {
            DutyStatus.HELD,
            DutyStatus.DELEGATED,
            DutyStatus.MISSED,
        }
        future = session.scalar(
            select(func.count()).select_from(ReceptionDuty).where(ReceptionDuty.day >= TODAY)
        )
        assert future and future > 50
        # no reception lands on Tết or a weekend
        for (day,) in session.execute(select(ReceptionDuty.day)):
            assert day.weekday() < 5 and not (date(2026, 2, 16) <= day <= date(2026, 2, 20))
        assert session.scalar(select(func.count()).select_from(Conference)) > 80
    rows = ReceptionService(db.uow, clock=fixed_clock(TODAY)).compliance(TODAY)
    assert len(rows) == 3


def test_demo_section_with_the_demo_data_set(db: DatabaseHandle) -> None:
    summary = DemoService(db.uow, clock=fixed_clock(TODAY)).load()
    assert summary.extra["reception_days"] > 50
    assert ConferenceQueries(
        db.uow, clock=fixed_clock(TODAY)
    ).unclosed_past()  # the reminder list has something

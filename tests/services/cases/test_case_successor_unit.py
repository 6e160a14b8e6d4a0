"""A petition about a commune merged away before it arrived is recorded under the commune
that took it over ("Xã Thạch Xuân" → its successor), whether imported or raised at a
conference; one received before the merger keeps the commune of its time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.text import fold
from dialogue_app.services.cases import CaseImporter, CitizenInput
from dialogue_app.services.conferences import ConferenceService, HoldingRecord, IssueRaised
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import AdminLevel, AdminUnit, Case
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import write
from tests.services.reports import form_fixtures

TODAY = date(2026, 4, 1)


def _units(db: DatabaseHandle) -> tuple[int, int]:
    with db.uow.begin() as session:
        level = AdminLevel(code="commune", name="Xã", rank=2)
        session.add(level)
        session.flush()
        new = AdminUnit(name="Xã Đồng Tiến", level_id=level.id, search_key=fold("Xã Đồng Tiến"))
        session.add(new)
        session.flush()
        old = AdminUnit(
            name="Xã Thạch Xuân",
            level_id=level.id,
            search_key=fold("Xã Thạch Xuân"),
            valid_to=date(2025, 6, 30),
            successor_id=new.id,
        )
        session.add(old)
        session.flush()
        return old.id, new.id


def test_an_imported_petition_takes_the_successor(db: DatabaseHandle, tmp_path: Path) -> None:
    ensure_rules(db)
    old, new = _units(db)
    path = write(tmp_path, [
        "received_on,citizen_name,commune,type,within_competence,status",
        "2025-06-30,Lê Văn Bình,Xã Thạch Xuân,complaint,yes,received",
        "2025-07-01,Hồ Thị Cúc,Xã Thạch Xuân,complaint,yes,received",
        "2026-03-03,Phan Văn Dũng,Xã Đồng Tiến,complaint,yes,received",
    ])  # fmt: skip
    CaseImporter(db.uow, "tester", clock=fixed_clock(TODAY)).run(path)
    with db.uow.read() as session:
        communes = list(session.scalars(select(Case.commune_id).order_by(Case.received_on)))
    assert communes == [old, new, new]


def test_a_petition_raised_at_a_conference_takes_the_successor(db: DatabaseHandle) -> None:
    ensure_rules(db)
    old, new = _units(db)
    with db.uow.begin() as session:
        conference = form_fixtures.session_at(session, date(2026, 3, 15), new, delegated=False)
        conference_id, version = conference.id, conference.version
    service = ConferenceService(db.uow, user_name="tester", clock=fixed_clock(TODAY))
    raised = IssueRaised(
        CaseType.COMPLAINT,
        "Đất ở thôn cũ",
        citizens=(CitizenInput("Lê Văn Bình", commune_id=old),),
    )
    service.record_held(conference_id, version, HoldingRecord(1, issues=(raised,)))
    with db.uow.read() as session:
        case = session.scalars(select(Case).where(Case.conference_id == conference_id)).one()
        assert case.commune_id == new

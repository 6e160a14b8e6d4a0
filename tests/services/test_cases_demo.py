"""The demo's cases load with the rest of the demo: every state, some overdue, searchable."""

from __future__ import annotations

from dialogue_app.domain.cases import CaseStatus
from dialogue_app.services.cases import CaseFilter, CaseService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.demo import DEMO_SECTIONS, DemoService
from tests.services.case_fixtures import ensure_rules


def test_demo_cases(db: DatabaseHandle) -> None:
    assert "dialogue_app.services.cases_demo:cases_demo_section" in DEMO_SECTIONS
    ensure_rules(db)
    summary = DemoService(db.uow).load()
    assert summary.extra["cases"] == 11
    service = CaseService(db.uow)
    statuses = {row.status for row in service.iter_rows()}
    assert statuses == set(CaseStatus)
    assert service.count(CaseFilter(overdue=True)) >= 2
    assert service.list_page(CaseFilter(search="nguyen van binh")).rows
    assert service.late_agencies()

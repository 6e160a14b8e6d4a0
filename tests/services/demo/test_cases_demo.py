"""The demo's cases load with the rest of the demo: every state, some overdue, searchable."""

from __future__ import annotations

from sqlalchemy import select

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.documents import DocumentKind
from dialogue_app.services.cases import CaseFilter, CaseService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.demo import DemoService
from dialogue_app.services.demo.cases import CASES
from dialogue_app.services.documents import DocumentService
from dialogue_app.store.models import Conference
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules


def test_demo_cases(db: DatabaseHandle) -> None:
    ensure_rules(db)
    summary = DemoService(db.uow, clock=fixed_clock()).load()
    assert summary.extra["cases"] == len(CASES)
    service = CaseService(db.uow, clock=fixed_clock())
    statuses = {row.status for row in service.iter_rows()}
    assert statuses == set(CaseStatus)
    assert service.count(CaseFilter(overdue=True)) >= 2
    assert service.list_page(CaseFilter(search="nguyen van binh")).rows
    assert service.late_agencies()
    # one accepted denunciation whose denunciator was notified, one still to be notified
    denunciations = [r for r in service.iter_rows() if r.case_type == CaseType.DENUNCIATION]
    assert {r.notified_on is not None for r in denunciations} == {True, False}
    pending = [r for r in denunciations if r.notify_pending]
    assert len(pending) == 1 and pending[0].notify_deadline is not None
    assert pending[0].notify_deadline >= pending[0].received_on


def test_the_demo_is_refused_on_a_database_holding_only_imported_cases(
    db: DatabaseHandle,
) -> None:
    from datetime import timedelta

    import pytest

    from dialogue_app.services.cases import CaseDraft, CitizenInput
    from dialogue_app.services.errors import ServiceError
    from tests.clock import TODAY

    ensure_rules(db)
    cases = CaseService(db.uow, clock=fixed_clock())
    cases.register(
        CaseDraft(TODAY - timedelta(days=1), CaseType.COMPLAINT, (CitizenInput("Lê Thị Mai"),))
    )
    with pytest.raises(ServiceError, match="already holds data"):
        DemoService(db.uow, clock=fixed_clock()).load()
    assert cases.count(CaseFilter()) == 1  # nothing added, nothing removed


def test_the_demo_fills_the_statutory_forms(db: DatabaseHandle) -> None:
    from datetime import timedelta

    from dialogue_app.domain.forms import FormCode
    from dialogue_app.domain.periods import range_period
    from dialogue_app.services.reports.forms import FormService

    ensure_rules(db)
    clock = fixed_clock()
    DemoService(db.uow, clock=clock).load()
    today = clock.today()
    period = range_period(today - timedelta(days=100), today)
    forms = FormService(db.uow, clock=clock)
    tcd = forms.form(FormCode.TCD, period).total
    assert tcd["1"] >= 2 and tcd["8"] + tcd["17"] + tcd["26"] >= 1  # a crowd delegation
    xld = forms.form(FormCode.XLD, period).total
    assert xld["19"] >= 1 and xld["20"] >= 1 and xld["22"] == 1 and xld["11"] >= 1
    kqgq = forms.form(FormCode.KQGQ, period).total
    assert kqgq["22"] >= 1 and kqgq["11"] > 0 and kqgq["6"] == 1


def test_the_demo_office_can_issue_documents_at_once(db: DatabaseHandle) -> None:
    """The demo office has a letterhead, so a newcomer trying documents is not stopped by an
    empty profile: the conclusion of a held dialogue conference is issued in the Party layout."""
    clock = fixed_clock()
    DemoService(db.uow, clock=clock).load()
    with db.uow.read() as session:
        held = session.scalars(
            select(Conference.id).where(Conference.status == ConferenceStatus.HELD.value)
        ).first()
    assert held is not None
    issued = DocumentService(db.uow, "demo", clock=clock).issue(DocumentKind.CONCLUSION, held)
    assert issued.number == "01-TB/VPTU"

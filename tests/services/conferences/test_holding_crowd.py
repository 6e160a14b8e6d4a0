"""A crowd delegation recorded at a reception session counts all its people, named or not
(form 01/TCD, columns of crowd delegations)."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.forms import FormCode
from dialogue_app.domain.periods import range_period
from dialogue_app.services.conferences import ConferenceService, HoldingRecord, IssueRaised
from dialogue_app.services.errors import ValidationError
from dialogue_app.services.reports.forms import FormService
from dialogue_app.store.models import Case, Conference
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.reports import form_fixtures


def test_a_delegation_counts_its_people(db) -> None:  # type: ignore[no-untyped-def]
    ensure_rules(db)
    with db.uow.begin() as session:
        units = form_fixtures.units(session)
        conference = form_fixtures.session_at(session, date(2026, 3, 15), units.a, delegated=False)
        conference_id, version = conference.id, conference.version
    clock = fixed_clock(form_fixtures.TODAY)
    service = ConferenceService(db.uow, user_name="tester", clock=clock)
    crowd = IssueRaised(CaseType.COMPLAINT, "Đoàn đông người", citizen_names=("Lê Văn An",),
                        group_size=12)  # fmt: skip
    with pytest.raises(ValidationError, match="at least one person"):
        bad = IssueRaised(CaseType.COMPLAINT, "Đoàn", citizen_names=("An",), group_size=0)
        service.record_held(conference_id, version, HoldingRecord(12, issues=(bad,)))
    service.record_held(conference_id, version, HoldingRecord(12, issues=(crowd,)))
    with db.uow.read() as session:
        case = session.query(Case).filter(Case.conference_id == conference_id).one()
        assert case.group_size == 12
        assert session.get(Conference, conference_id) is not None
    report = FormService(db.uow, clock=clock).form(
        FormCode.TCD, range_period(form_fixtures.START, form_fixtures.END)
    )
    assert (report.total["13"], report.total["14"], report.total["17"], report.total["18"]) == (
        1, 12, 1, 12,
    )  # fmt: skip

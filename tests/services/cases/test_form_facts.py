"""The facts the statutory forms count, recorded on a case: saved when they fit, refused with a
message (nothing saved) when they contradict the case or each other."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from dialogue_app.domain.cases import CaseStatus, CaseType, Outcome
from dialogue_app.domain.forms import OutsideAction, SettlementFacts, Verdict
from dialogue_app.services.cases import CaseService, CitizenInput
from dialogue_app.services.errors import ValidationError
from tests.clock import fixed_clock
from tests.services.reports import form_fixtures

RESOLVED = date(2026, 3, 10)


@pytest.fixture
def cases(db):  # type: ignore[no-untyped-def]
    return CaseService(db.uow, clock=fixed_clock(form_fixtures.TODAY))


def _case(db, **facts) -> int:  # type: ignore[no-untyped-def]
    with db.uow.begin() as session:
        return form_fixtures.case(session, date(2026, 3, 1), **facts).id


def test_facts_are_saved_and_read_back(db, cases) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(db, status=CaseStatus.RESOLVED, resolved_on=RESOLVED)
    facts = SettlementFacts(
        verdict=Verdict.PARTLY_RIGHT,
        money_to_state=Decimal("1.250"),
        land_to_individuals=Decimal("80.5"),
        sanction_recommended=2,
        sanction_officials=1,
        investigation_transferred=True,
        investigation_people=1,
    )
    detail = cases.record_facts(case_id, facts)
    assert cases.facts(case_id) == facts
    assert detail.id == case_id


@pytest.mark.parametrize(
    ("setup", "facts", "field", "words"),
    [
        (
            {"status": CaseStatus.WITHDRAWN, "resolved_on": RESOLVED},
            SettlementFacts(verdict=Verdict.RIGHT),
            "verdict",
            "withdrawn",
        ),
        (
            {"status": CaseStatus.RESOLVED, "resolved_on": RESOLVED, "round": 1},
            SettlementFacts(verdict=Verdict.UPHELD),
            "verdict",
            "second-round",
        ),
        (
            {"status": CaseStatus.RESOLVED, "resolved_on": RESOLVED, "round": 2},
            SettlementFacts(verdict=Verdict.RIGHT),
            "verdict",
            "second-round complaint",
        ),
        ({}, SettlementFacts(land_to_state=Decimal("-5")), "land_to_state", "negative"),
        (
            {},
            SettlementFacts(sanction_recommended=1, sanction_officials=2),
            "sanction_officials",
            "officials",
        ),
        ({}, SettlementFacts(investigation_people=2), "investigation_people", "investigation"),
        ({}, SettlementFacts(outside_action=OutsideAction.GUIDE), "outside_action", "competence"),
        (
            {"within_competence": False},
            SettlementFacts(reply_received_on=date(2026, 2, 1)),
            "reply_received_on",
            "before the petition",
        ),
        (
            {"case_type": CaseType.FEEDBACK},
            SettlementFacts(verdict=Verdict.WRONG),
            "verdict",
            "Only complaints and denunciations",
        ),
    ],
)
def test_contradictions_are_refused_and_nothing_saved(
    db, cases, setup, facts, field, words
) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(db, **setup)
    before = cases.facts(case_id)
    with pytest.raises(ValidationError) as error:
        cases.record_facts(case_id, facts)
    assert error.value.field == field
    assert words in str(error.value)
    assert cases.facts(case_id) == before


def test_withdrawing_a_case_with_a_verdict_is_refused(db, cases) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(db, status=CaseStatus.ACCEPTED, accepted_on=date(2026, 3, 2))
    cases.record_facts(case_id, SettlementFacts(verdict=Verdict.RIGHT))
    with pytest.raises(ValidationError, match="withdrawn"):
        cases.change_status(case_id, CaseStatus.WITHDRAWN, on=date(2026, 3, 5))
    assert cases.get(case_id).status is CaseStatus.ACCEPTED
    cases.record_facts(case_id, replace(cases.facts(case_id), verdict=None))
    assert cases.change_status(case_id, CaseStatus.WITHDRAWN, on=date(2026, 3, 5)).status is (
        CaseStatus.WITHDRAWN
    )


def test_editing_the_round_under_a_second_round_verdict_is_refused(db, cases) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(
        db, status=CaseStatus.RESOLVED, resolved_on=RESOLVED, round=2, outcome=Outcome.REJECTED
    )
    cases.record_facts(case_id, SettlementFacts(verdict=Verdict.UPHELD))
    detail = cases.get(case_id)
    draft = replace(detail.to_draft(), round=1, citizens=(CitizenInput("Nguyễn Văn An"),))
    with pytest.raises(ValidationError, match="second-round"):
        cases.update(case_id, draft, detail.version)
    assert cases.get(case_id).round == 2

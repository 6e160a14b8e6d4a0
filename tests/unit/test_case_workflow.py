"""Every move of a case's workflow, allowed and refused."""

from __future__ import annotations

import itertools

import pytest

from dialogue_app.domain import case_workflow
from dialogue_app.domain.cases import CaseStatus, is_valid_national_id, representatives_allowed

S = CaseStatus
ALLOWED = {
    (S.RECEIVED, S.ACCEPTED),
    (S.RECEIVED, S.TRANSFERRED),
    (S.RECEIVED, S.GUIDED),
    (S.RECEIVED, S.WITHDRAWN),
    (S.RECEIVED, S.REFUSED),
    (S.ACCEPTED, S.IN_PROGRESS),
    (S.ACCEPTED, S.RESOLVED),
    (S.ACCEPTED, S.WITHDRAWN),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.IN_PROGRESS, S.WITHDRAWN),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_transition_table(current: CaseStatus, target: CaseStatus) -> None:
    assert case_workflow.is_allowed(current, target) == ((current, target) in ALLOWED)


def test_requirements() -> None:
    assert case_workflow.requirements(S.RESOLVED).outcome
    assert case_workflow.requirements(S.REFUSED).refusal_ground
    assert not case_workflow.requirements(S.ACCEPTED).closes
    assert case_workflow.path_to(S.RESOLVED) == (S.ACCEPTED, S.RESOLVED)
    assert case_workflow.path_to(S.RECEIVED) == ()


def test_group_representatives_decree_124() -> None:
    assert representatives_allowed(4) is None
    assert representatives_allowed(5) == (1, 2)
    assert representatives_allowed(10) == (1, 2)
    assert representatives_allowed(11) == (1, 5)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("040123456789", True),
        ("04012345678", False),
        ("04012345678A", False),
        ("０４０１２３４５６７８９", False),
    ],
)
def test_national_id(value: str, valid: bool) -> None:
    assert is_valid_national_id(value) is valid


def test_outcomes_fit_the_type_of_case() -> None:
    from dialogue_app.domain.case_workflow import outcomes_for
    from dialogue_app.domain.cases import CaseType, Outcome

    for judged in (CaseType.COMPLAINT, CaseType.DENUNCIATION):
        assert Outcome.ANSWERED not in outcomes_for(judged)
        assert set(outcomes_for(judged)) == {
            Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.REJECTED
        }  # fmt: skip
    for answered in (CaseType.RECOMMENDATION, CaseType.FEEDBACK):
        assert outcomes_for(answered)[0] == Outcome.ANSWERED

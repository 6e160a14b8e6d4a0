"""Which document fits a case's state, which one to offer first, how a person is addressed."""

from __future__ import annotations

import pytest

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.documents import DocumentKind
from dialogue_app.domain.documents.fitness import (
    ALREADY_ACCEPTED,
    HANDED_ON,
    HELD,
    REFUSED,
    SETTLED,
    WITHDRAWN,
    salutation,
    suggested_kind,
    unfit_reason,
)

K, S = DocumentKind, CaseStatus


@pytest.mark.parametrize(
    ("kind", "status", "reason"),
    [
        (K.TRANSFER, S.RESOLVED, SETTLED),
        (K.TRANSFER, S.REFUSED, REFUSED),
        (K.TRANSFER, S.WITHDRAWN, WITHDRAWN),
        (K.TRANSFER, S.RECEIVED, None),
        (K.TRANSFER, S.TRANSFERRED, None),
        (K.ACCEPTANCE, S.REFUSED, REFUSED),
        (K.ACCEPTANCE, S.TRANSFERRED, HANDED_ON),
        (K.ACCEPTANCE, S.ACCEPTED, None),
        (K.REFUSAL, S.ACCEPTED, ALREADY_ACCEPTED),
        (K.REFUSAL, S.RESOLVED, ALREADY_ACCEPTED),
        (K.REFUSAL, S.REFUSED, None),
        (K.GUIDANCE, S.IN_PROGRESS, ALREADY_ACCEPTED),
        (K.GUIDANCE, S.GUIDED, None),
        (K.PROPOSAL, S.ACCEPTED, ALREADY_ACCEPTED),
        (K.PROPOSAL, S.RECEIVED, None),
        (K.URGE, S.RESOLVED, SETTLED),
        (K.URGE, S.GUIDED, HANDED_ON),
        (K.URGE, S.TRANSFERRED, None),
        (K.DENUNCIATOR_NOTICE, S.REFUSED, REFUSED),
        (K.APPOINTMENT, S.WITHDRAWN, None),
        (K.INVITATION, ConferenceStatus.SCHEDULED, None),
        (K.INVITATION, ConferenceStatus.HELD, HELD),
        (K.MINUTES, ConferenceStatus.HELD, None),
    ],
)
def test_unfit_reason(kind: DocumentKind, status: str, reason: str | None) -> None:
    assert unfit_reason(kind, status) == reason


@pytest.mark.parametrize(
    ("status", "case_type", "overdue", "expected"),
    [
        (S.TRANSFERRED, CaseType.COMPLAINT, False, K.TRANSFER),
        (S.TRANSFERRED, CaseType.COMPLAINT, True, K.URGE),
        (S.RECEIVED, CaseType.COMPLAINT, False, K.APPOINTMENT),
        (S.RECEIVED, CaseType.COMPLAINT, True, K.APPOINTMENT),
        (S.ACCEPTED, CaseType.COMPLAINT, False, K.ACCEPTANCE),
        (S.IN_PROGRESS, CaseType.COMPLAINT, True, K.URGE),
        (S.ACCEPTED, CaseType.DENUNCIATION, False, K.DENUNCIATOR_NOTICE),
        (S.GUIDED, CaseType.FEEDBACK, False, K.GUIDANCE),
        (S.REFUSED, CaseType.COMPLAINT, False, K.REFUSAL),
    ],
)
def test_suggested_kind_of_a_case(
    status: CaseStatus, case_type: CaseType, overdue: bool, expected: DocumentKind
) -> None:
    # every suggestion fits the state it is made for
    assert suggested_kind(status, case_type=case_type, overdue=overdue, has_agency=True) == expected
    assert unfit_reason(expected, status) is None


def test_suggested_kind_of_a_conference() -> None:
    assert suggested_kind(ConferenceStatus.SCHEDULED) is K.INVITATION
    assert suggested_kind(ConferenceStatus.DRAFT) is K.INVITATION
    assert suggested_kind(ConferenceStatus.HELD) is K.MINUTES


def test_salutation_from_the_name() -> None:
    assert salutation("Phạm Thị Hoa") == "Bà"
    assert salutation("Đặng Văn Đức") == "Ông"
    assert salutation("Võ Trọng Hải") == "Ông (Bà)"
    assert salutation("Hoa") == "Ông (Bà)"

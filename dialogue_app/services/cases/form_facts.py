"""The facts of a case the statutory forms count (``domain/forms/facts.py``): read, checked
against the case and each other, saved. The case form's statistics group and the import call
this; the workflow and the edit of a case re-check them, so no contradiction is ever saved.
"""

from __future__ import annotations

from dataclasses import fields

from dialogue_app.domain.cases import CaseStatus
from dialogue_app.domain.forms import SettlementFacts, contradiction
from dialogue_app.services.errors import ValidationError
from dialogue_app.store.models import Case

FACT_NAMES = tuple(f.name for f in fields(SettlementFacts))


def facts_of(case: Case) -> SettlementFacts:
    """What ``case`` records (None where the forms derive the fact)."""
    return SettlementFacts(**{name: getattr(case, name) for name in FACT_NAMES})


def check_facts(
    facts: SettlementFacts,
    *,
    case_type: str,
    round_: int,
    status: str,
    within_competence: bool,
    received_on: object,
) -> None:
    """Raise ``ValidationError`` naming the field when ``facts`` contradict the case or each
    other (``domain.forms.contradiction``)."""
    found = contradiction(
        facts,
        case_type=case_type,
        round_=round_,
        status=status,
        within_competence=within_competence,
        received_on=received_on,  # type: ignore[arg-type]
    )
    if found is not None:
        raise ValidationError(found.template, found.field, *found.values)


def check_case(case: Case, facts: SettlementFacts | None = None) -> None:
    """Check ``facts`` (default: those ``case`` records) against ``case`` as it now is."""
    status = case.status
    check_facts(
        facts if facts is not None else facts_of(case),
        case_type=str(case.case_type.value),
        round_=case.round,
        status=str(status.value if isinstance(status, CaseStatus) else status),
        within_competence=case.within_competence,
        received_on=case.received_on,
    )


def apply_facts(case: Case, facts: SettlementFacts) -> None:
    """Check ``facts`` against ``case``, then write them into it."""
    check_case(case, facts)
    for name in FACT_NAMES:
        setattr(case, name, getattr(facts, name))

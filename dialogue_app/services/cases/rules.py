"""Administering the deadline rules: restoring the statutory defaults, creating and changing a
rule. Every change recomputes the deadlines of the open cases (``workflow``). Reading the rules
is ``queries.load_rules`` and ``queries.deadline_rules``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dialogue_app.domain.deadlines import DEFAULT_RULES
from dialogue_app.domain.text import clean
from dialogue_app.services.cases.queries import rule_code_taken, rule_codes, rule_data
from dialogue_app.services.cases.types import DeadlineRuleData
from dialogue_app.services.cases.workflow import recompute_open_deadlines
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.versions import check_version
from dialogue_app.store.models import DeadlineRule


def restore_default_rules(session: Session) -> int:
    """Add back every statutory default rule that is missing (edited ones are kept)."""
    codes = rule_codes(session)
    missing = [rule for rule in DEFAULT_RULES if rule.code not in codes]
    for rule in missing:
        session.add(
            DeadlineRule(
                code=rule.code,
                stage=rule.stage.value,
                case_type=rule.case_type,
                round=rule.round,
                remote_area=rule.remote_area,
                complexity=rule.complexity,
                days=rule.days,
                day_basis=rule.day_basis,
                starts_from=rule.starts_from.value,
                max_extensions=rule.max_extensions,
                extension_days=rule.extension_days,
                legal_source=rule.legal_source,
            )
        )
    session.flush()
    if missing:
        recompute_open_deadlines(session)
    return len(missing)


def check_rule(data: DeadlineRuleData) -> str:
    """Refuse a rule that cannot be (before anything is read); its code, cleaned."""
    if data.days <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A deadline must be at least one day."), "days"
        )
    if data.max_extensions < 0 or data.extension_days < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Extensions cannot be negative."), "extension_days"
        )
    code = clean(data.code)
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Give the rule a short code."), "code")
    return code


def save_rule(session: Session, data: DeadlineRuleData, code: str) -> DeadlineRuleData:
    """Create or change a rule (``check_rule``ed first), then recompute the deadlines of open
    cases. A change over a version somebody else moved on is refused (``EditConflict``)."""
    row = session.get(DeadlineRule, data.id) if data.id is not None else DeadlineRule()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "This rule no longer exists."))
    if data.id is not None:
        check_version(row.version, data.version, lambda: rule_data(row))
    if rule_code_taken(session, code, data.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A rule with the code %1 exists already."),
            "code",
            code,
        )
    row.code = code
    row.stage = data.stage.value
    row.case_type = data.case_type
    row.round = data.round
    row.remote_area = data.remote_area
    row.complexity = data.complexity
    row.days = data.days
    row.day_basis = data.day_basis
    row.starts_from = data.starts_from.value
    row.max_extensions = data.max_extensions
    row.extension_days = data.extension_days
    row.legal_source = clean(data.legal_source) or ""
    session.add(row)
    session.flush()
    recompute_open_deadlines(session)
    return rule_data(row)

"""A case's workflow: its status changes (only the moves of ``domain.case_workflow``), its
follow-ups (urgings, reports, replies, extensions, notifying a denunciator, notes) and its
deadlines, recomputed after each step and for every open case when the rules or the calendar
change. Functions take the Session of the caller's unit of work and the day it counts from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from dialogue_app.domain import case_workflow
from dialogue_app.domain.case_workflow import TransitionRequirements
from dialogue_app.domain.cases import (
    OPEN_STATUSES,
    CaseStatus,
    CaseType,
    FollowUpKind,
    Outcome,
    Stage,
)
from dialogue_app.domain.deadlines import (
    NO_DEADLINE,
    CaseFacts,
    Extension,
    Rule,
    compute_deadline,
    extension_refusal,
    select_rule,
    stage_for,
    store_explanation,
)
from dialogue_app.domain.text import clean
from dialogue_app.domain.timezone import now_utc
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.cases.attachments import attach, check_sizes
from dialogue_app.services.cases.form_facts import check_case
from dialogue_app.services.cases.queries import facts_of, load_case, load_rules, open_cases_after
from dialogue_app.services.cases.types import AttachmentInput
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ConcurrentEdit, ValidationError
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.models import Case, CaseEvent

# --- status changes ------------------------------------------------------------------------------


def check_status_change(
    target: CaseStatus, on: date | None, outcome: Outcome | None, refusal_ground: str | None
) -> TransitionRequirements:
    """Refuse a status change missing what ``target`` needs (before the case is read)."""
    needs = case_workflow.requirements(target)
    if target == CaseStatus.RESOLVED and on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Enter the date the case was resolved."),
            "resolved_on",
        )
    if needs.outcome and outcome is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Choose the outcome: upheld, partly upheld, rejected or answered."
            ),
            "outcome",
        )
    if needs.refusal_ground and not clean(refusal_ground):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Enter the legal ground for refusing to accept the case."
            ),
            "refusal_ground",
        )
    return needs


def change_status(
    session: Session,
    case_id: int,
    target: CaseStatus,
    *,
    day: date,
    today: date,
    note: str | None,
    outcome: Outcome | None,
    refusal_ground: str | None,
    expected_version: int | None,
    user_name: str | None,
) -> Case:
    """Move a case along its workflow on ``day`` (checked by ``check_status_change`` first)."""
    needs = case_workflow.requirements(target)
    case = load_case(session, case_id)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentEdit(CONCURRENT)
    current = case.status
    if not case_workflow.is_allowed(current, target):
        raise ValidationError(CANNOT_BECOME[current], "status")
    _check_day(case, day, today)
    if target == CaseStatus.ACCEPTED:
        case.accepted_on = day
    if needs.closes:
        case.resolved_on = day
    if needs.outcome:
        if outcome not in case_workflow.outcomes_for(case.case_type):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A complaint or a denunciation is resolved as upheld, partly "
                    "upheld or rejected, not “answered”.",
                ),
                "outcome",
            )
        case.outcome = outcome
    if needs.refusal_ground:
        case.refusal_ground = clean(refusal_ground)
    case.status = target
    check_case(case)  # e.g. withdrawn, yet a verdict recorded (the forms' facts)
    case.events.append(
        CaseEvent(
            user_name=user_name,
            kind=FollowUpKind.STATUS_CHANGE,
            from_status=current,
            to_status=target,
            note=clean(note),
            happened_on=day,
        )
    )
    refresh_deadline(case, load_rules(session), working_day_calendar(session))
    session.flush()
    return case


# --- follow-ups ----------------------------------------------------------------------------------


def check_follow_up(
    kind: FollowUpKind, decision_number: str | None, attachments: Sequence[AttachmentInput]
) -> str | None:
    """Refuse a follow-up missing what its kind needs (before the case is read); the decision
    number, cleaned."""
    if kind == FollowUpKind.STATUS_CHANGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Use a status change to move the case along."),
            "kind",
        )
    check_sizes(attachments)
    decision = clean(decision_number)
    if kind == FollowUpKind.EXTENSION and not decision:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Enter the number of the extension decision."),
            "decision_number",
        )
    return decision


def add_follow_up(
    session: Session,
    case_id: int,
    kind: FollowUpKind,
    *,
    day: date,
    today: date,
    note: str | None,
    decision: str | None,
    extension_days: int | None,
    attachments: Sequence[AttachmentInput],
    user_name: str | None,
) -> Case:
    """Record a follow-up that happened on ``day`` (checked by ``check_follow_up`` first)."""
    case = load_case(session, case_id)
    rules = load_rules(session)
    if kind == FollowUpKind.EXTENSION:
        _check_extension(case, rules, extension_days or 0)
    _check_day(case, day, today)
    if kind == FollowUpKind.NOTIFIED:
        _check_notification(case, day)
        case.notified_on = day
    event = CaseEvent(
        user_name=user_name,
        kind=kind,
        note=clean(note),
        decision_number=decision,
        extension_days=extension_days if kind == FollowUpKind.EXTENSION else None,
        happened_on=day,
    )
    attach(event, attachments)
    case.events.append(event)
    if kind == FollowUpKind.EXTENSION:
        refresh_deadline(case, rules, working_day_calendar(session))
    case.updated_at = now_utc()  # a follow-up is a change of the case (version bump)
    session.flush()
    return case


def _check_extension(case: Case, rules: Sequence[Rule], days: int) -> None:
    """Refuse extending a closed case, or beyond what its settlement rule allows."""
    if case.status not in OPEN_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "A closed case cannot be extended."),
            "extension_days",
        )
    rule = (
        select_rule(rules, facts_of(case), Stage.SETTLE)
        if case.status != CaseStatus.RECEIVED
        else None
    )
    previous = sum(1 for e in case.events if e.kind == FollowUpKind.EXTENSION)
    refusal = extension_refusal(rule, previous, days)
    if refusal:
        raise ValidationError(refusal.template, "extension_days", *refusal.values)


# --- deadlines -----------------------------------------------------------------------------------


def deadline_fields(
    status: CaseStatus,
    facts: CaseFacts,
    rules: Sequence[Rule],
    calendar: WorkingDayCalendar,
    extensions: Sequence[Extension] = (),
) -> tuple[date | None, str | None] | None:
    """(deadline, explanation as stored) for a case in ``status``; None: keep what is stored
    (closed). The explanation is stored in parts (``domain.deadlines.store_explanation``)."""
    stage = stage_for(status, facts, rules)
    if stage is None:
        return None
    result = compute_deadline(
        rules, facts, stage, calendar, extensions if stage == Stage.SETTLE else ()
    )
    if result is None:
        return None, store_explanation([(NO_DEADLINE, ())])
    return result.due, result.stored_explanation


def notify_fields(
    status: CaseStatus, facts: CaseFacts, rules: Sequence[Rule], calendar: WorkingDayCalendar
) -> tuple[date | None, str | None] | None:
    """(deadline, explanation as stored) of notifying the denunciator once a denunciation is
    accepted (the NOTIFY rules); (None, None) when no such duty runs; None: keep what is stored
    (a closed case keeps its record)."""
    if status not in OPEN_STATUSES:
        return None
    result = compute_deadline(rules, facts, Stage.NOTIFY, calendar)
    if result is None:
        return None, None
    return result.due, result.stored_explanation


def refresh_deadline(
    case: Case,
    rules: Sequence[Rule],
    calendar: WorkingDayCalendar,
    notify_from: date | None = None,
) -> None:
    """Recompute the deadlines of ``case``: the one of its stage, and notifying a denunciator.

    ``notify_from``: a notification deadline is not started when it would fall before that day
    (cases accepted before this version tracked notifications: nobody could record one, so
    they are not shown as late)."""
    extensions = [
        Extension(event.extension_days or 0, event.decision_number)
        for event in case.events
        if event.kind == FollowUpKind.EXTENSION
    ]
    facts = facts_of(case)
    fields = deadline_fields(case.status, facts, rules, calendar, extensions)
    if fields is not None:
        case.deadline, case.deadline_explanation = fields
    notify = notify_fields(case.status, facts, rules, calendar)
    if notify is not None:
        due = notify[0]
        untracked = notify_from is not None and case.notify_deadline is None
        if not (untracked and due is not None and notify_from is not None and due < notify_from):
            case.notify_deadline, case.notify_deadline_explanation = notify


def recompute_open_deadlines(session: Session, notify_from: date | None = None) -> int:
    """Recompute the deadline of every open case (after the rules or the calendar changed);
    ``notify_from``: see ``refresh_deadline``."""
    rules = load_rules(session)
    calendar = working_day_calendar(session)
    changed = 0
    last_id = 0
    while True:
        cases = open_cases_after(session, last_id, 500)
        if not cases:
            return changed
        for case in cases:
            before = _deadline_state(case)
            refresh_deadline(case, rules, calendar, notify_from)
            if _deadline_state(case) != before:
                changed += 1
        last_id = cases[-1].id
        session.flush()


def _deadline_state(case: Case) -> tuple[object, ...]:
    return (
        case.deadline,
        case.deadline_explanation,
        case.notify_deadline,
        case.notify_deadline_explanation,
    )


CONCURRENT = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else changed this case while you were editing it. Close it, open it again to see "
    "their changes, then make yours.",
)


# Refusals naming a status: one whole sentence per status, so that the status names (English words
# of the code) are translated with the rest. Keep them in step with case_workflow.CASE_TRANSITIONS
# (tests/unit/test_case_messages.py checks that every allowed move is named).
CANNOT_BECOME: dict[CaseStatus, str] = {
    CaseStatus.RECEIVED: QT_TRANSLATE_NOOP(
        "Messages",
        "A received case can only become accepted, transferred, guided, withdrawn or refused.",
    ),
    CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP(
        "Messages", "An accepted case can only become in progress, resolved or withdrawn."
    ),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP(
        "Messages", "A case in progress can only become resolved or withdrawn."
    ),
    CaseStatus.RESOLVED: QT_TRANSLATE_NOOP(
        "Messages",
        "A resolved case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.TRANSFERRED: QT_TRANSLATE_NOOP(
        "Messages",
        "A transferred case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.GUIDED: QT_TRANSLATE_NOOP(
        "Messages",
        "A guided case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.WITHDRAWN: QT_TRANSLATE_NOOP(
        "Messages",
        "A withdrawn case is closed; register a new case if the citizen petitions again.",
    ),
    CaseStatus.REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "A refused case is closed; register a new case if the citizen petitions again.",
    ),
}


def _check_day(case: Case, day: date, today: date) -> None:
    """Refuse a step or follow-up dated in the future or before the case was received."""
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."), "on"
        )
    if day < case.received_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The date %1 is before the case was received (%2)."),
            "on",
            day.isoformat(),
            case.received_on.isoformat(),
        )


def calls_for_notification(case: Case, day: date) -> bool:
    """Whether notifying the denunciator on ``day`` is what the case still calls for (the
    cases ``_check_notification`` lets through)."""
    return (
        case.case_type == CaseType.DENUNCIATION
        and case.accepted_on is not None
        and case.notified_on is None
        and day >= case.accepted_on
    )


def _check_notification(case: Case, day: date) -> None:
    """Refuse recording a notification that the case does not call for, or on a wrong day."""
    if case.case_type != CaseType.DENUNCIATION or case.accepted_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only an accepted denunciation calls for notifying the denunciator. Accept the "
                "denunciation first.",
            ),
            "kind",
        )
    if case.notified_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The denunciator was already notified on %1."),
            "kind",
            case.notified_on.isoformat(),
        )
    if day < case.accepted_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The date %1 is before the denunciation was accepted (%2)."
            ),
            "on",
            day.isoformat(),
            case.accepted_on.isoformat(),
        )

"""Statutory deadlines: rules are data (DESIGN.md §3), this module only applies them.

A rule applies to a stage of handling (accept, settle, notify, handle) for a case type, round,
remote area and complexity; it counts calendar or working days from receipt or acceptance. The
most specific matching rule wins. Every computed deadline carries its explanation, e.g. "Luật
Khiếu nại 02/2011/QH13, Điều 28: 30 days from acceptance; remote area: 45" (the legal source is
data, written as the office cites it: in Vietnamese; the rest is translated when shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dialogue_app.domain.cases import CaseStatus, CaseType, DayBasis, Stage, StartsFrom
from dialogue_app.domain.messages import (
    QT_TRANSLATE_NOOP,
    MessagePart,
    fill,
    render_parts,
    store_parts,
    stored_parts,
    stored_text,
)
from dialogue_app.domain.working_days import WorkingDayCalendar

# Civil Code 91/2015/QH13, Art. 148(5): a period whose last day is a day off ends at the end of
# the next working day. Applied to calendar-day rules (working-day rules never end on a day off).
ROLL_FORWARD_SOURCE = "Bộ luật Dân sự 91/2015/QH13, Điều 148"


@dataclass(frozen=True)
class Rule:
    """One row of the deadline table."""

    code: str
    stage: Stage
    case_type: CaseType | None
    round: int | None
    remote_area: bool | None
    complexity: int | None
    days: int
    day_basis: DayBasis = DayBasis.CALENDAR
    starts_from: StartsFrom = StartsFrom.ACCEPTANCE
    max_extensions: int = 0
    extension_days: int = 0
    legal_source: str = ""


@dataclass(frozen=True)
class CaseFacts:
    """What of a case decides its deadline."""

    case_type: CaseType
    round: int = 1
    remote_area: bool = False
    complexity: int = 0
    received_on: date | None = None
    accepted_on: date | None = None


@dataclass(frozen=True)
class Extension:
    days: int
    decision_number: str | None = None


# An explanation is stored and shown as a text in parts (``domain/messages.py``): English
# templates marked for translation, with their values (numbers, ISO dates, legal sources and
# holiday names, shown as stored). These names say what the parts are here.
ExplanationPart = MessagePart
render_explanation = render_parts  # in English (command line, exports, calendar files)
store_explanation = store_parts  # what ``Case.deadline_explanation`` holds
explanation_parts = stored_parts  # older plain-text rows give one part without values
explanation_text = stored_text  # the stored explanation in English (None stays None)


@dataclass(frozen=True)
class Deadline:
    due: date
    rule: Rule
    parts: tuple[ExplanationPart, ...]

    @property
    def explanation(self) -> str:
        """In English, as the command line shows it."""
        return render_explanation(self.parts)

    @property
    def stored_explanation(self) -> str:
        """As ``Case.deadline_explanation`` stores it (``store_explanation``)."""
        return store_explanation(self.parts)


def matches(rule: Rule, facts: CaseFacts, stage: Stage) -> bool:
    if rule.stage != stage:
        return False
    if rule.case_type is not None and rule.case_type != facts.case_type:
        return False
    if rule.round is not None and rule.round != facts.round:
        return False
    if rule.remote_area is not None and rule.remote_area != facts.remote_area:
        return False
    return rule.complexity is None or rule.complexity <= facts.complexity


def _specificity(rule: Rule) -> tuple[int, int, int]:
    qualifiers = sum(value is not None for value in (rule.round, rule.remote_area, rule.complexity))
    return (rule.case_type is not None, qualifiers, rule.complexity or 0)


def select_rule(rules: Iterable[Rule], facts: CaseFacts, stage: Stage) -> Rule | None:
    """The most specific rule for ``facts`` at ``stage`` (None: no statutory deadline)."""
    candidates = [rule for rule in rules if matches(rule, facts, stage)]
    if not candidates:
        return None
    return max(candidates, key=_specificity)


def stage_for(status: CaseStatus, facts: CaseFacts, rules: Sequence[Rule]) -> Stage | None:
    """Which deadline runs for a case in ``status``: accepting or routing it, then settling it.

    A closed case keeps its last deadline (for on-time statistics): None here means "unchanged".
    """
    if status == CaseStatus.RECEIVED:
        if select_rule(rules, facts, Stage.ACCEPT) is not None:
            return Stage.ACCEPT
        return Stage.HANDLE
    if status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS):
        return Stage.SETTLE
    return None


# One whole sentence per variant, so that each reads right once translated:
# (working days, more than one day, counted from receipt) -> template
_BASE = {
    (False, False, False): QT_TRANSLATE_NOOP("Messages", "%1: %2 day from acceptance"),
    (False, True, False): QT_TRANSLATE_NOOP("Messages", "%1: %2 days from acceptance"),
    (True, False, False): QT_TRANSLATE_NOOP("Messages", "%1: %2 working day from acceptance"),
    (True, True, False): QT_TRANSLATE_NOOP("Messages", "%1: %2 working days from acceptance"),
    (False, False, True): QT_TRANSLATE_NOOP("Messages", "%1: %2 day from receipt"),
    (False, True, True): QT_TRANSLATE_NOOP("Messages", "%1: %2 days from receipt"),
    (True, False, True): QT_TRANSLATE_NOOP("Messages", "%1: %2 working day from receipt"),
    (True, True, True): QT_TRANSLATE_NOOP("Messages", "%1: %2 working days from receipt"),
}
# the same for a rule without a legal source
_OFFICE_BASE = {
    (False, False, False): QT_TRANSLATE_NOOP("Messages", "Office rule: %1 day from acceptance"),
    (False, True, False): QT_TRANSLATE_NOOP("Messages", "Office rule: %1 days from acceptance"),
    (True, False, False): QT_TRANSLATE_NOOP(
        "Messages", "Office rule: %1 working day from acceptance"
    ),
    (True, True, False): QT_TRANSLATE_NOOP(
        "Messages", "Office rule: %1 working days from acceptance"
    ),
    (False, False, True): QT_TRANSLATE_NOOP("Messages", "Office rule: %1 day from receipt"),
    (False, True, True): QT_TRANSLATE_NOOP("Messages", "Office rule: %1 days from receipt"),
    (True, False, True): QT_TRANSLATE_NOOP("Messages", "Office rule: %1 working day from receipt"),
    (True, True, True): QT_TRANSLATE_NOOP("Messages", "Office rule: %1 working days from receipt"),
}
# (remote area, complexity 0/1/2) -> template; no entry: no qualifier
_QUALIFIED = {
    (True, 0): QT_TRANSLATE_NOOP("Messages", "; remote area: %1"),
    (False, 1): QT_TRANSLATE_NOOP("Messages", "; complex: %1"),
    (False, 2): QT_TRANSLATE_NOOP("Messages", "; particularly complex: %1"),
    (True, 1): QT_TRANSLATE_NOOP("Messages", "; remote area, complex: %1"),
    (True, 2): QT_TRANSLATE_NOOP("Messages", "; remote area, particularly complex: %1"),
}
# (working days, more than one day, with a decision number) -> template
_EXTENDED = {
    (False, False, False): QT_TRANSLATE_NOOP("Messages", "; extended by %1 day"),
    (False, True, False): QT_TRANSLATE_NOOP("Messages", "; extended by %1 days"),
    (True, False, False): QT_TRANSLATE_NOOP("Messages", "; extended by %1 working day"),
    (True, True, False): QT_TRANSLATE_NOOP("Messages", "; extended by %1 working days"),
    (False, False, True): QT_TRANSLATE_NOOP("Messages", "; extended by %1 day (decision %2)"),
    (False, True, True): QT_TRANSLATE_NOOP("Messages", "; extended by %1 days (decision %2)"),
    (True, False, True): QT_TRANSLATE_NOOP(
        "Messages", "; extended by %1 working day (decision %2)"
    ),
    (True, True, True): QT_TRANSLATE_NOOP(
        "Messages", "; extended by %1 working days (decision %2)"
    ),
}
_ROLLED = QT_TRANSLATE_NOOP(
    "Messages", "; %1 is not a working day (%2), so the period ends on %3 (%4)"
)
# the reasons ``WorkingDayCalendar.reason_not_working`` gives in words of its own
_ROLLED_BY_REASON = {
    "weekend": QT_TRANSLATE_NOOP(
        "Messages", "; %1 is not a working day (weekend), so the period ends on %2 (%3)"
    ),
    "day off": QT_TRANSLATE_NOOP(
        "Messages", "; %1 is not a working day (day off), so the period ends on %2 (%3)"
    ),
}
NO_DEADLINE = QT_TRANSLATE_NOOP(
    "Messages", "No statutory deadline applies to this case at this stage."
)


def _complexity(rule: Rule) -> int:
    if not rule.complexity:
        return 0
    return 1 if rule.complexity == 1 else 2


def _add(rule: Rule, start: date, days: int, calendar: WorkingDayCalendar) -> date:
    if rule.day_basis == DayBasis.WORKING:
        return calendar.add_working_days(start, days)
    return start + timedelta(days=days)


def compute_deadline(
    rules: Sequence[Rule],
    facts: CaseFacts,
    stage: Stage,
    calendar: WorkingDayCalendar,
    extensions: Sequence[Extension] = (),
) -> Deadline | None:
    """The deadline of ``stage`` for a case, with its explanation; None when no rule applies or
    the day it counts from (receipt or acceptance) is not known yet."""
    rule = select_rule(rules, facts, stage)
    if rule is None:
        return None
    start = facts.received_on if rule.starts_from == StartsFrom.RECEIPT else facts.accepted_on
    if start is None:
        return None
    extra = sum(extension.days for extension in extensions)
    due = _add(rule, start, rule.days + extra, calendar)
    from_receipt = rule.starts_from == StartsFrom.RECEIPT
    base = select_rule(rules, replace(facts, remote_area=False, complexity=0), stage) or rule
    if base.legal_source != rule.legal_source or base.starts_from != rule.starts_from:
        base = rule
    working = base.day_basis == DayBasis.WORKING
    key = (working, base.days != 1, from_receipt)
    parts: list[ExplanationPart] = []
    if rule.legal_source:
        parts.append((_BASE[key], (rule.legal_source, base.days)))
    else:
        parts.append((_OFFICE_BASE[key], (base.days,)))
    qualified = _QUALIFIED.get((bool(rule.remote_area), _complexity(rule)))
    if qualified and rule.days != base.days:
        parts.append((qualified, (rule.days,)))
    working = rule.day_basis == DayBasis.WORKING
    for extension in extensions:
        if extension.decision_number:
            template = _EXTENDED[(working, extension.days != 1, True)]
            parts.append((template, (extension.days, extension.decision_number)))
        else:
            parts.append((_EXTENDED[(working, extension.days != 1, False)], (extension.days,)))
    if rule.day_basis == DayBasis.CALENDAR and not calendar.is_working_day(due):
        reason = calendar.reason_not_working(due) or ""
        moved = calendar.next_working_day(due)
        by_reason = _ROLLED_BY_REASON.get(reason)
        if by_reason:
            parts.append((by_reason, (due.isoformat(), moved.isoformat(), ROLL_FORWARD_SOURCE)))
        else:
            values = (due.isoformat(), reason, moved.isoformat(), ROLL_FORWARD_SOURCE)
            parts.append((_ROLLED, values))
        due = moved
    return Deadline(due, rule, tuple(parts))


class Refusal(str):
    """Why something cannot be done: the English text, carrying its translatable ``template``
    and ``values`` as ``UserMessage`` does, so that a service can raise it translated::

        raise ValidationError(refusal.template, "extension_days", *refusal.values)
    """

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Refusal:
        text = super().__new__(cls, fill(template, values))
        text.template = template
        text.values = tuple(values)
        return text


def extension_refusal(rule: Rule | None, previous: int, days: int) -> Refusal | None:
    """Why an extension of ``days`` cannot be granted after ``previous`` ones (None: it can)."""
    if days <= 0:
        return Refusal(QT_TRANSLATE_NOOP("Messages", "An extension must be at least one day."))
    if rule is None:
        return Refusal(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This case has no statutory deadline running, so there is nothing to extend.",
            )
        )
    if rule.max_extensions <= 0:
        return Refusal(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The rule that applies (%1) allows no extension. "
                "Mark the case as complex first if the law allows extending it.",
            ),
            rule.legal_source or rule.code,
        )
    if previous >= rule.max_extensions:
        if rule.max_extensions == 1:
            return Refusal(
                QT_TRANSLATE_NOOP("Messages", "This deadline may be extended at most once (%1)."),
                rule.legal_source,
            )
        return Refusal(
            QT_TRANSLATE_NOOP("Messages", "This deadline may be extended at most %1 times (%2)."),
            rule.max_extensions,
            rule.legal_source,
        )
    if rule.extension_days and days > rule.extension_days:
        # one sentence per unit, so that the words "day" and "working day" are translated
        working = rule.day_basis == DayBasis.WORKING
        if rule.extension_days == 1:
            template = (
                QT_TRANSLATE_NOOP("Messages", "An extension may be at most 1 working day (%1).")
                if working
                else QT_TRANSLATE_NOOP("Messages", "An extension may be at most 1 day (%1).")
            )
            return Refusal(template, rule.legal_source)
        template = (
            QT_TRANSLATE_NOOP("Messages", "An extension may be at most %1 working days (%2).")
            if working
            else QT_TRANSLATE_NOOP("Messages", "An extension may be at most %1 days (%2).")
        )
        return Refusal(template, rule.extension_days, rule.legal_source)
    return None


DEFAULT_RULES: tuple[Rule, ...] = ()  # filled below; also written by migration 0002


def _complaint(code: str, round_: int, remote: bool, complex_: int, days: int, art: str) -> Rule:
    return Rule(
        code=code,
        stage=Stage.SETTLE,
        case_type=CaseType.COMPLAINT,
        round=round_,
        remote_area=remote,
        complexity=complex_,
        days=days,
        legal_source=f"{COMPLAINTS_LAW}, Điều {art}",
    )


# The statutory defaults name their laws as Vietnamese documents do (migration 0008 turned the
# English names of earlier versions into these, where the office had not edited them).
COMPLAINTS_LAW = "Luật Khiếu nại 02/2011/QH13"
DENUNCIATIONS_LAW = "Luật Tố cáo 25/2018/QH14"
_DENUNCIATION = f"{DENUNCIATIONS_LAW}, Điều 30"

DEFAULT_RULES = (
    Rule(
        "complaint-accept",
        Stage.ACCEPT,
        CaseType.COMPLAINT,
        None,
        None,
        None,
        10,
        starts_from=StartsFrom.RECEIPT,
        legal_source=f"{COMPLAINTS_LAW}, Điều 27",
    ),
    _complaint("complaint-1", 1, False, 0, 30, "28"),
    _complaint("complaint-1-complex", 1, False, 1, 45, "28"),
    _complaint("complaint-1-remote", 1, True, 0, 45, "28"),
    _complaint("complaint-1-remote-complex", 1, True, 1, 60, "28"),
    _complaint("complaint-2", 2, False, 0, 45, "37"),
    _complaint("complaint-2-complex", 2, False, 1, 60, "37"),
    _complaint("complaint-2-remote", 2, True, 0, 60, "37"),
    _complaint("complaint-2-remote-complex", 2, True, 1, 70, "37"),
    Rule("denunciation-settle", Stage.SETTLE, CaseType.DENUNCIATION, None, None, 0, 30,
         legal_source=_DENUNCIATION),
    Rule("denunciation-settle-complex", Stage.SETTLE, CaseType.DENUNCIATION, None, None, 1, 30,
         max_extensions=1, extension_days=30, legal_source=_DENUNCIATION),
    Rule("denunciation-settle-particularly-complex", Stage.SETTLE, CaseType.DENUNCIATION, None,
         None, 2, 30, max_extensions=2, extension_days=30, legal_source=_DENUNCIATION),
    Rule("denunciation-notify", Stage.NOTIFY, CaseType.DENUNCIATION, None, None, None, 5,
         day_basis=DayBasis.WORKING, legal_source=f"{DENUNCIATIONS_LAW}, Điều 29"),
    Rule("petition-handle", Stage.HANDLE, None, None, None, None, 10,
         starts_from=StartsFrom.RECEIPT, legal_source="Thông tư 05/2021/TT-TTCP"),
)  # fmt: skip

"""Which status a case may move to, and what each move requires.

The table is the single source of truth: the service refuses anything not listed here, and the
window offers only the moves listed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogue_app.domain.cases import CaseStatus, CaseType, Outcome

S = CaseStatus

CASE_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.RECEIVED: frozenset({S.ACCEPTED, S.TRANSFERRED, S.GUIDED, S.WITHDRAWN, S.REFUSED}),
    S.ACCEPTED: frozenset({S.IN_PROGRESS, S.RESOLVED, S.WITHDRAWN}),
    S.IN_PROGRESS: frozenset({S.RESOLVED, S.WITHDRAWN}),
    S.RESOLVED: frozenset(),
    S.TRANSFERRED: frozenset(),
    S.GUIDED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.REFUSED: frozenset(),
}


@dataclass(frozen=True)
class TransitionRequirements:
    outcome: bool = False  # resolved: upheld / partly upheld / rejected / answered
    refusal_ground: bool = False  # refused: the legal ground
    closes: bool = False  # the case leaves the open list; its closing date is recorded


REQUIREMENTS: dict[CaseStatus, TransitionRequirements] = {
    S.RESOLVED: TransitionRequirements(outcome=True, closes=True),
    S.REFUSED: TransitionRequirements(refusal_ground=True, closes=True),
    S.TRANSFERRED: TransitionRequirements(closes=True),
    S.GUIDED: TransitionRequirements(closes=True),
    S.WITHDRAWN: TransitionRequirements(closes=True),
}


def allowed_next(status: CaseStatus) -> frozenset[CaseStatus]:
    return CASE_TRANSITIONS[status]


def is_allowed(current: CaseStatus, target: CaseStatus) -> bool:
    return target in CASE_TRANSITIONS[current]


def requirements(target: CaseStatus) -> TransitionRequirements:
    return REQUIREMENTS.get(target, TransitionRequirements())


def path_to(target: CaseStatus) -> tuple[CaseStatus, ...]:
    """The shortest chain of moves from RECEIVED to ``target`` (for imports and demo data)."""
    frontier: list[tuple[CaseStatus, ...]] = [(S.RECEIVED,)]
    seen = {S.RECEIVED}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == target:
            return path[1:]
        for nxt in sorted(CASE_TRANSITIONS[path[-1]]):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((*path, nxt))
    raise ValueError(f"{target} cannot be reached")


# The outcomes a resolved case may have, by type. A complaint or a denunciation is found right,
# partly right or wrong (khiếu nại/tố cáo đúng, đúng một phần, sai); "answered" is the outcome of
# a recommendation or feedback, which may also be accepted in whole or in part, or not.
_JUDGED = (Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.REJECTED)
OUTCOMES: dict[CaseType, tuple[Outcome, ...]] = {
    CaseType.COMPLAINT: _JUDGED,
    CaseType.DENUNCIATION: _JUDGED,
    CaseType.RECOMMENDATION: (Outcome.ANSWERED, *_JUDGED),
    CaseType.FEEDBACK: (Outcome.ANSWERED, *_JUDGED),
}


def outcomes_for(case_type: CaseType) -> tuple[Outcome, ...]:
    """The outcomes a case of ``case_type`` may be resolved with, the usual one first."""
    return OUTCOMES[case_type]

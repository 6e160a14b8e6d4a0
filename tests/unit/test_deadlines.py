"""The statutory deadline table, rule by rule (DESIGN.md §3)."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.cases import CaseStatus, CaseType, Stage
from dialogue_app.domain.deadlines import (
    DEFAULT_RULES,
    CaseFacts,
    Extension,
    compute_deadline,
    extension_refusal,
    select_rule,
    stage_for,
)
from dialogue_app.domain.working_days import WorkingDayCalendar

CAL = WorkingDayCalendar()
ACCEPTED = date(2025, 9, 8)  # a Monday; +30/45/60/70 days never land on a day off here


def settle(case_type: CaseType, **facts: object):  # type: ignore[no-untyped-def]
    f = CaseFacts(case_type, received_on=ACCEPTED, accepted_on=ACCEPTED, **facts)  # type: ignore[arg-type]
    result = compute_deadline(DEFAULT_RULES, f, Stage.SETTLE, CAL)
    assert result is not None
    return result


@pytest.mark.parametrize(
    ("round_", "remote", "complexity", "days", "article"),
    [
        (1, False, 0, 30, "Điều 28"),
        (1, False, 1, 45, "Điều 28"),
        (1, True, 0, 45, "Điều 28"),
        (1, True, 1, 60, "Điều 28"),
        (1, True, 2, 60, "Điều 28"),  # particularly complex counts as complex for complaints
        (2, False, 0, 45, "Điều 37"),
        (2, False, 1, 60, "Điều 37"),
        (2, True, 0, 60, "Điều 37"),
        (2, True, 1, 70, "Điều 37"),
    ],
)
def test_complaint_settlement(
    round_: int, remote: bool, complexity: int, days: int, article: str
) -> None:
    result = settle(CaseType.COMPLAINT, round=round_, remote_area=remote, complexity=complexity)
    assert (result.due - ACCEPTED).days == days
    assert "Luật Khiếu nại 02/2011/QH13" in result.explanation
    assert article in result.explanation


def test_explanation_reads_like_the_law() -> None:
    result = settle(CaseType.COMPLAINT, remote_area=True)
    assert result.explanation == (
        "Luật Khiếu nại 02/2011/QH13, Điều 28: 30 days from acceptance; remote area: 45"
    )
    plain = settle(CaseType.COMPLAINT)
    assert plain.explanation == "Luật Khiếu nại 02/2011/QH13, Điều 28: 30 days from acceptance"


def test_accepting_a_complaint_counts_from_receipt() -> None:
    facts = CaseFacts(CaseType.COMPLAINT, received_on=date(2025, 9, 8))
    assert stage_for(CaseStatus.RECEIVED, facts, DEFAULT_RULES) == Stage.ACCEPT
    result = compute_deadline(DEFAULT_RULES, facts, Stage.ACCEPT, CAL)
    assert result is not None and result.due == date(2025, 9, 18)
    assert "Điều 27" in result.explanation and "from receipt" in result.explanation


def test_other_petitions_are_routed_within_ten_days() -> None:
    facts = CaseFacts(CaseType.RECOMMENDATION, received_on=date(2025, 9, 8))
    assert stage_for(CaseStatus.RECEIVED, facts, DEFAULT_RULES) == Stage.HANDLE
    result = compute_deadline(DEFAULT_RULES, facts, Stage.HANDLE, CAL)
    assert result is not None and result.due == date(2025, 9, 18)
    assert "Thông tư 05/2021/TT-TTCP" in result.explanation
    # no statutory settlement rule for recommendations: nothing invented
    assert compute_deadline(DEFAULT_RULES, facts, Stage.SETTLE, CAL) is None


def test_settlement_waits_for_acceptance() -> None:
    facts = CaseFacts(CaseType.COMPLAINT, received_on=date(2025, 9, 8))
    assert compute_deadline(DEFAULT_RULES, facts, Stage.SETTLE, CAL) is None


def test_denunciation_thirty_days_no_extension() -> None:
    result = settle(CaseType.DENUNCIATION)
    assert (result.due - ACCEPTED).days == 30
    assert "Luật Tố cáo 25/2018/QH14, Điều 30" in result.explanation
    assert extension_refusal(result.rule, 0, 30) is not None


def test_complex_denunciation_extends_once() -> None:
    rule = settle(CaseType.DENUNCIATION, complexity=1).rule
    assert extension_refusal(rule, 0, 30) is None
    assert extension_refusal(rule, 0, 31) is not None  # at most 30 days
    assert "at most once" in (extension_refusal(rule, 1, 30) or "")
    facts = CaseFacts(CaseType.DENUNCIATION, complexity=1, accepted_on=ACCEPTED)
    extended = compute_deadline(
        DEFAULT_RULES, facts, Stage.SETTLE, CAL, [Extension(30, "12/QĐ-UBND")]
    )
    assert extended is not None
    assert (extended.due - ACCEPTED).days >= 60
    assert "extended by 30 days (decision 12/QĐ-UBND)" in extended.explanation


def test_particularly_complex_denunciation_extends_twice() -> None:
    rule = settle(CaseType.DENUNCIATION, complexity=2).rule
    assert extension_refusal(rule, 0, 30) is None
    assert extension_refusal(rule, 1, 30) is None
    assert "2 times" in (extension_refusal(rule, 2, 30) or "")
    facts = CaseFacts(CaseType.DENUNCIATION, complexity=2, accepted_on=ACCEPTED)
    twice = compute_deadline(
        DEFAULT_RULES, facts, Stage.SETTLE, CAL, [Extension(30, "1"), Extension(20, "2")]
    )
    assert twice is not None and (twice.due - ACCEPTED).days >= 80


def test_notify_the_denunciator_in_five_working_days_across_tet() -> None:
    # Friday 13 Feb 2026: weekend, then Tết 16–20 Feb; five working days end on Friday 27 Feb.
    facts = CaseFacts(CaseType.DENUNCIATION, accepted_on=date(2026, 2, 13))
    result = compute_deadline(DEFAULT_RULES, facts, Stage.NOTIFY, CAL)
    assert result is not None
    assert result.due == date(2026, 2, 27)
    assert "5 working days" in result.explanation


def test_calendar_days_ending_in_tet_move_to_the_next_working_day() -> None:
    # received 7 Feb 2026 + 10 days = 17 Feb (Tết): the period ends on Monday 23 Feb
    facts = CaseFacts(CaseType.COMPLAINT, received_on=date(2026, 2, 7))
    result = compute_deadline(DEFAULT_RULES, facts, Stage.ACCEPT, CAL)
    assert result is not None
    assert result.due == date(2026, 2, 23)
    assert "Bộ luật Dân sự" in result.explanation and "2026-02-17" in result.explanation


def test_office_day_off_counts_as_a_day_off() -> None:
    calendar = WorkingDayCalendar(days_off={date(2026, 2, 23): "nghỉ bù"})
    facts = CaseFacts(CaseType.DENUNCIATION, accepted_on=date(2026, 2, 13))
    result = compute_deadline(DEFAULT_RULES, facts, Stage.NOTIFY, calendar)
    assert result is not None and result.due == date(2026, 3, 2)


def test_most_specific_rule_wins_and_missing_rule_gives_none() -> None:
    facts = CaseFacts(CaseType.COMPLAINT, round=2, remote_area=True, complexity=1)
    rule = select_rule(DEFAULT_RULES, facts, Stage.SETTLE)
    assert rule is not None and rule.code == "complaint-2-remote-complex"
    assert select_rule((), facts, Stage.SETTLE) is None


def test_closed_cases_keep_their_deadline() -> None:
    facts = CaseFacts(CaseType.COMPLAINT)
    for status in (CaseStatus.RESOLVED, CaseStatus.WITHDRAWN, CaseStatus.REFUSED):
        assert stage_for(status, facts, DEFAULT_RULES) is None

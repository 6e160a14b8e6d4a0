"""The import asks each deadline question once per file (``write._deadlines``): its answers are
those of ``compute_deadline`` and ``stage_for`` over the whole table, for any rule table (office
rules tying with the statutory ones, in any order) and any row (issue 19)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_app.domain.cases import CaseStatus, CaseType, DayBasis, Stage, StartsFrom
from dialogue_app.domain.deadlines import (
    DEFAULT_RULES,
    CaseFacts,
    Rule,
    compute_deadline,
    stage_for,
)
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.cases.importing.write import _deadlines

CALENDAR = WorkingDayCalendar(days_off={date(2026, 3, 9): "office"})

# office rules: some as specific as a statutory one (a tie the table's order decides), some
# without a legal source, some counting working days from receipt
office_rules = st.builds(
    Rule,
    code=st.sampled_from(["o1", "o2", "o3"]),
    stage=st.sampled_from(list(Stage)),
    case_type=st.one_of(st.none(), st.sampled_from(list(CaseType))),
    round=st.sampled_from([None, 1, 2]),
    remote_area=st.sampled_from([None, True, False]),
    complexity=st.sampled_from([None, 0, 1, 2]),
    days=st.integers(1, 70),
    day_basis=st.sampled_from(list(DayBasis)),
    starts_from=st.sampled_from(list(StartsFrom)),
    legal_source=st.sampled_from(["", "Luật Khiếu nại 02/2011/QH13, Điều 28"]),
)
tables = st.lists(office_rules, max_size=4).flatmap(
    lambda extra: st.permutations([*DEFAULT_RULES, *extra])
)
days = st.dates(date(2024, 1, 1), date(2026, 12, 31))
facts = st.builds(
    CaseFacts,
    case_type=st.sampled_from(list(CaseType)),
    round=st.sampled_from([1, 2]),
    remote_area=st.booleans(),
    complexity=st.sampled_from([0, 1, 2]),
    received_on=days,
    accepted_on=st.one_of(st.none(), days),
)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(tables, st.lists(st.tuples(facts, st.sampled_from(list(Stage))), min_size=1, max_size=8))
def test_each_answer_is_the_one_of_the_whole_table(
    rules: list[Rule], questions: list[tuple[CaseFacts, Stage]]
) -> None:
    deadline_of, stage_of = _deadlines(rules, CALENDAR)
    for case, stage in questions * 2:  # asked again: remembered
        assert deadline_of(case, stage) == compute_deadline(rules, case, stage, CALENDAR)
        # a row alike but for the day its rule does not count from: the same answer
        other = replace(case, accepted_on=case.received_on)
        assert deadline_of(other, stage) == compute_deadline(rules, other, stage, CALENDAR)
        for status in CaseStatus:
            assert stage_of(status, case) == stage_for(status, case, rules)

"""The deadline rules of DESIGN.md §3 as properties, then at fixed dates worked out by hand.

A calendar-day period whose last day is a day off ends on the next working day (Civil Code
91/2015/QH13, Art. 148). An extension lengthens the period: the new last day is the original
period's last day *before* that roll-forward plus the extension, then rolled forward if it is a
day off. So an extension never moves a deadline earlier, and moves it by fewer days than it grants
when the old deadline had been rolled forward. Working-day rules count working days of the
office's calendar (weekends, Vietnam's public holidays, the office's days off and swapped working
Saturdays), so they never end on a day off and never roll forward.

The properties run 200 examples each with ``derandomize=True``: the examples are chosen from a
hash of each test, so every run (and CI) tries the same ones, and no example database is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_app.domain.cases import CaseType, DayBasis, Stage, StartsFrom
from dialogue_app.domain.deadlines import (
    DEFAULT_RULES,
    ROLL_FORWARD_SOURCE,
    CaseFacts,
    Deadline,
    Extension,
    Rule,
    compute_deadline,
    extension_refusal,
)
from dialogue_app.domain.working_days import WorkingDayCalendar

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True, database=None)

LAW = "Luật Tố cáo 25/2018/QH14, Điều 30"
MAX_EXTENSIONS = 2
EXTENSION_DAYS = 30
FIRST, LAST = date(2020, 1, 1), date(2035, 12, 31)


@dataclass(frozen=True)
class Scenario:
    """A rule, the day it counts from, the extensions granted, and the office's calendar."""

    start: date
    basis: DayBasis
    days: int
    starts_from: StartsFrom
    extensions: tuple[int, ...]
    days_off: dict[date, str]
    working_days: dict[date, str]

    def rule(self, days: int | None = None) -> Rule:
        return Rule(
            "property",
            Stage.SETTLE,
            CaseType.DENUNCIATION,
            None,
            None,
            None,
            self.days if days is None else days,
            day_basis=self.basis,
            starts_from=self.starts_from,
            max_extensions=MAX_EXTENSIONS,
            extension_days=EXTENSION_DAYS,
            legal_source=LAW,
        )

    def calendar(self) -> WorkingDayCalendar:
        return WorkingDayCalendar(self.days_off, self.working_days)

    def deadline(
        self, extensions: Sequence[int] | None = None, days: int | None = None
    ) -> Deadline:
        facts = CaseFacts(
            CaseType.DENUNCIATION, received_on=self.start, accepted_on=self.start, complexity=2
        )
        granted = self.extensions if extensions is None else extensions
        result = compute_deadline(
            (self.rule(days),),
            facts,
            Stage.SETTLE,
            self.calendar(),
            [Extension(extra, f"{number}/QĐ-UBND") for number, extra in enumerate(granted, 1)],
        )
        assert result is not None
        return result

    @property
    def raw_last_day(self) -> date:
        """The calendar-day period's last day before any roll-forward."""
        return self.start + timedelta(days=self.days)


def _saturday_on_or_after(day: date) -> date:
    return day + timedelta(days=(5 - day.weekday()) % 7)


@st.composite
def scenarios(draw: st.DrawFn, basis: st.SearchStrategy[DayBasis] | None = None) -> Scenario:
    start = draw(st.dates(FIRST, LAST))
    chosen = draw(basis if basis is not None else st.sampled_from(DayBasis))
    days = draw(st.integers(1, 90))
    extensions = tuple(draw(st.lists(st.integers(1, 30), max_size=MAX_EXTENSIONS)))
    # the office's own days off (compensatory days, an extra holiday), anywhere in the period or
    # right around its last day, where they decide the roll-forward
    last = start + timedelta(days=days)
    anywhere = st.integers(0, 160).map(lambda offset: start + timedelta(days=offset))
    near_the_end = st.integers(-3, 3 + sum(extensions)).map(lambda o: last + timedelta(days=o))
    off = draw(st.lists(st.one_of(anywhere, near_the_end), max_size=5))
    notes = st.sampled_from(["", "nghỉ bù", "nghỉ Tết bổ sung"])
    days_off = {day: draw(notes) for day in off}
    # swapped working Saturdays, in the period or the week of its last day
    weeks = draw(st.lists(st.integers(-1, 24), max_size=3))
    saturdays = [_saturday_on_or_after(start) + timedelta(weeks=week) for week in weeks]
    if draw(st.booleans()):
        saturdays.append(_saturday_on_or_after(last - timedelta(days=3)))
    working_days = {day: "làm bù" for day in saturdays}
    starts_from = draw(st.sampled_from(StartsFrom))
    return Scenario(start, chosen, days, starts_from, extensions, days_off, working_days)


CALENDAR_DAYS = scenarios(st.just(DayBasis.CALENDAR))
WORKING_DAYS = scenarios(st.just(DayBasis.WORKING))


@cache
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.Vietnam(years=year))


@cache
def _national_working_saturdays(year: int) -> frozenset[date]:
    return frozenset(holidays.Vietnam(years=year).weekend_workdays)


def _is_working_day(scenario: Scenario, day: date) -> bool:
    """The calendar as DESIGN.md §3 describes it, written out independently of the app's."""
    if day in scenario.working_days:
        return True
    if day in scenario.days_off or day in _public_holidays(day.year):
        return False
    return day.weekday() < 5 or day in _national_working_saturdays(day.year)


def _first_working_day_on_or_after(scenario: Scenario, day: date) -> date:
    while not _is_working_day(scenario, day):
        day += timedelta(days=1)
    return day


# --- properties --------------------------------------------------------------------------------


@PROPERTY
@given(scenarios())
def test_the_calendar_agrees_with_weekends_holidays_and_the_office_table(
    scenario: Scenario,
) -> None:
    calendar = scenario.calendar()
    due = scenario.deadline().due
    day = scenario.start
    while day <= due:
        assert calendar.is_working_day(day) == _is_working_day(scenario, day), day
        day += timedelta(days=1)


@PROPERTY
@given(scenarios())
def test_an_extension_never_moves_a_deadline_earlier(scenario: Scenario) -> None:
    rule = scenario.rule()
    previous = scenario.deadline(()).due
    for granted in range(1, len(scenario.extensions) + 1):
        days = scenario.extensions[granted - 1]
        assert extension_refusal(rule, granted - 1, days) is None  # allowed by the rule
        due = scenario.deadline(scenario.extensions[:granted]).due
        assert due >= previous
        if scenario.basis == DayBasis.WORKING:
            assert due > previous  # working days: each one granted moves it
        previous = due


@PROPERTY
@given(CALENDAR_DAYS)
def test_a_calendar_day_extension_counts_from_the_last_day_before_the_roll_forward(
    scenario: Scenario,
) -> None:
    extended = scenario.raw_last_day + timedelta(days=sum(scenario.extensions))
    due = scenario.deadline().due
    assert due == _first_working_day_on_or_after(scenario, extended)
    assert due == scenario.calendar().next_working_day(extended, include_today=True)


@PROPERTY
@given(WORKING_DAYS)
def test_a_working_day_extension_counts_working_days_after_the_deadline(
    scenario: Scenario,
) -> None:
    original = scenario.deadline(()).due
    extended = scenario.deadline().due
    assert extended == scenario.calendar().add_working_days(original, sum(scenario.extensions))


@PROPERTY
@given(WORKING_DAYS)
def test_a_working_day_deadline_is_a_working_day_and_counts_exactly_its_days(
    scenario: Scenario,
) -> None:
    result = scenario.deadline()
    assert _is_working_day(scenario, result.due)
    counted = sum(
        _is_working_day(scenario, scenario.start + timedelta(days=offset))
        for offset in range(1, (result.due - scenario.start).days + 1)
    )
    assert counted == scenario.days + sum(scenario.extensions)
    assert ROLL_FORWARD_SOURCE not in result.explanation  # nothing to roll forward


@PROPERTY
@given(CALENDAR_DAYS)
def test_a_calendar_day_deadline_is_the_first_working_day_on_or_after_its_last_day(
    scenario: Scenario,
) -> None:
    result = scenario.deadline()
    last = scenario.raw_last_day + timedelta(days=sum(scenario.extensions))
    assert result.due >= last
    assert _is_working_day(scenario, result.due)
    day = last
    while day < result.due:
        assert not _is_working_day(scenario, day), day
        day += timedelta(days=1)
    # the explanation says the roll-forward exactly when there was one, and cites the law
    if result.due == last:
        assert ROLL_FORWARD_SOURCE not in result.explanation
    else:
        assert result.explanation.endswith(
            f"so the period ends on {result.due.isoformat()} ({ROLL_FORWARD_SOURCE})"
        )
        assert f"; {last.isoformat()} is not a working day (" in result.explanation


@PROPERTY
@given(scenarios())
def test_a_deadline_falls_after_the_day_it_counts_from(scenario: Scenario) -> None:
    assert scenario.deadline(()).due > scenario.start
    assert scenario.deadline().due > scenario.start


@PROPERTY
@given(scenarios(), st.integers(1, 90), st.integers(1, 90))
def test_more_days_never_give_an_earlier_deadline(scenario: Scenario, a: int, b: int) -> None:
    fewer, more = sorted((a, b))
    assert scenario.deadline(days=fewer).due <= scenario.deadline(days=more).due


# --- examples worked out by hand ----------------------------------------------------------------

CAL = WorkingDayCalendar()
CIVIL_CODE = "(Bộ luật Dân sự 91/2015/QH13, Điều 148)"


def _compute(
    case_type: CaseType,
    stage: Stage,
    *,
    received: date | None = None,
    accepted: date | None = None,
    complexity: int = 0,
    extensions: Sequence[Extension] = (),
    calendar: WorkingDayCalendar = CAL,
) -> Deadline:
    facts = CaseFacts(case_type, complexity=complexity, received_on=received, accepted_on=accepted)
    result = compute_deadline(DEFAULT_RULES, facts, stage, calendar, extensions)
    assert result is not None
    return result


def _accept_complaint(received: date, calendar: WorkingDayCalendar = CAL) -> Deadline:
    """Law on Complaints, Art. 27: 10 calendar days from receipt."""
    return _compute(CaseType.COMPLAINT, Stage.ACCEPT, received=received, calendar=calendar)


def _route_petition(received: date) -> Deadline:
    """Circular 05/2021/TT-TTCP: 10 calendar days from receipt."""
    return _compute(CaseType.RECOMMENDATION, Stage.HANDLE, received=received)


def _notify_denunciator(accepted: date) -> Deadline:
    """Law on Denunciations, Art. 29: 5 working days from acceptance."""
    return _compute(CaseType.DENUNCIATION, Stage.NOTIFY, accepted=accepted)


def _settle_complex_denunciation(accepted: date, *extensions: Extension) -> Deadline:
    """Law on Denunciations, Art. 30: 30 calendar days; complex: one extension of up to 30."""
    return _compute(
        CaseType.DENUNCIATION, Stage.SETTLE, accepted=accepted, complexity=1, extensions=extensions
    )


def test_ten_days_ending_on_a_saturday_end_on_the_monday() -> None:
    result = _accept_complaint(date(2025, 9, 10))  # Wednesday + 10 = Saturday 20 Sep
    assert result.due == date(2025, 9, 22)
    assert result.explanation == (
        "Luật Khiếu nại 02/2011/QH13, Điều 27: 10 days from receipt"
        "; 2025-09-20 is not a working day (weekend)"
        f", so the period ends on 2025-09-22 {CIVIL_CODE}"
    )


def test_five_working_days_from_a_thursday_skip_the_weekend() -> None:
    # Fri 12, Mon 15, Tue 16, Wed 17, Thu 18 Sep 2025
    result = _notify_denunciator(date(2025, 9, 11))
    assert result.due == date(2025, 9, 18)
    assert result.explanation == "Luật Tố cáo 25/2018/QH14, Điều 29: 5 working days from acceptance"


def test_an_extension_counts_from_the_saturday_before_the_roll_forward_not_from_the_monday() -> (
    None
):
    # accepted Thu 2 Oct 2025 + 30 days = Saturday 1 Nov: the deadline shown is Monday 3 Nov
    original = _settle_complex_denunciation(date(2025, 10, 2))
    assert original.due == date(2025, 11, 3)
    assert original.explanation == (
        "Luật Tố cáo 25/2018/QH14, Điều 30: 30 days from acceptance"
        "; 2025-11-01 is not a working day (weekend)"
        f", so the period ends on 2025-11-03 {CIVIL_CODE}"
    )
    # extended by 30 days: Saturday 1 Nov + 30 = Monday 1 Dec (not Monday 3 Nov + 30 = 3 Dec)
    extended = _settle_complex_denunciation(date(2025, 10, 2), Extension(30, "12/QĐ-UBND"))
    assert extended.due == date(2025, 12, 1)
    assert (extended.due - original.due).days == 28  # fewer days than the 30 granted
    assert extended.explanation == (
        "Luật Tố cáo 25/2018/QH14, Điều 30: 30 days from acceptance"
        "; extended by 30 days (decision 12/QĐ-UBND)"
    )


def test_an_extension_of_a_deadline_rolled_past_tet_2027_moves_it_by_25_days() -> None:
    # accepted Wed 6 Jan 2027 + 30 days = Fri 5 Feb, New Year's Eve; Tết runs to Wed 10 Feb
    original = _settle_complex_denunciation(date(2027, 1, 6))
    assert original.due == date(2027, 2, 11)
    assert original.explanation == (
        "Luật Tố cáo 25/2018/QH14, Điều 30: 30 days from acceptance"
        "; 2027-02-05 is not a working day (Giao thừa Tết Nguyên Đán)"
        f", so the period ends on 2027-02-11 {CIVIL_CODE}"
    )
    # 5 Feb + 30 days = Sunday 7 Mar, so Monday 8 Mar: 25 days after the 11 Feb shown
    extended = _settle_complex_denunciation(date(2027, 1, 6), Extension(30, "5/QĐ-UBND"))
    assert extended.due == date(2027, 3, 8)
    assert (extended.due - original.due).days == 25
    assert extended.explanation == (
        "Luật Tố cáo 25/2018/QH14, Điều 30: 30 days from acceptance"
        "; extended by 30 days (decision 5/QĐ-UBND)"
        "; 2027-03-07 is not a working day (weekend)"
        f", so the period ends on 2027-03-08 {CIVIL_CODE}"
    )


def test_ten_days_ending_on_new_years_eve_2026_end_after_tet() -> None:
    # received Fri 6 Feb 2026 + 10 = Mon 16 Feb; Tết to Fri 20, then the weekend
    result = _route_petition(date(2026, 2, 6))
    assert result.due == date(2026, 2, 23)
    assert result.explanation == (
        "Thông tư 05/2021/TT-TTCP: 10 days from receipt"
        "; 2026-02-16 is not a working day (Giao thừa Tết Nguyên Đán)"
        f", so the period ends on 2026-02-23 {CIVIL_CODE}"
    )


def test_five_working_days_from_the_day_before_tet_2026_skip_the_tet_week() -> None:
    # Fri 13 Feb, then Mon 23, Tue 24, Wed 25, Thu 26 Feb 2026
    result = _notify_denunciator(date(2026, 2, 12))
    assert result.due == date(2026, 2, 26)
    assert result.explanation == "Luật Tố cáo 25/2018/QH14, Điều 29: 5 working days from acceptance"


def test_five_working_days_across_tet_2027_start_on_the_11th() -> None:
    # Tết 2027 is Thu 4 – Wed 10 Feb: Thu 11, Fri 12, Mon 15, Tue 16, Wed 17
    result = _notify_denunciator(date(2027, 2, 3))
    assert result.due == date(2027, 2, 17)


def test_ten_days_ending_on_30_april_2026_end_after_1_may_and_the_weekend() -> None:
    # received Mon 20 Apr 2026 + 10 = Thu 30 Apr; Fri 1 May, then the weekend
    result = _accept_complaint(date(2026, 4, 20))
    assert result.due == date(2026, 5, 4)
    assert result.explanation == (
        "Luật Khiếu nại 02/2011/QH13, Điều 27: 10 days from receipt"
        f"; 2026-04-30 is not a working day (Ngày Chiến thắng), so the period ends on 2026-05-04 "
        f"{CIVIL_CODE}"
    )


def test_five_working_days_across_hung_kings_day_and_30_april_2026() -> None:
    # accepted Fri 24 Apr 2026; Mon 27 Apr (Hùng Kings, observed), Thu 30 Apr, Fri 1 May are off:
    # Tue 28, Wed 29 Apr, Mon 4, Tue 5, Wed 6 May
    result = _notify_denunciator(date(2026, 4, 24))
    assert result.due == date(2026, 5, 6)


def test_ten_days_ending_on_2_september_2027_end_after_the_national_day_weekend() -> None:
    # received Mon 23 Aug 2027 + 10 = Thu 2 Sep; Fri 3 Sep is off too, then the weekend
    result = _accept_complaint(date(2027, 8, 23))
    assert result.due == date(2027, 9, 6)
    assert result.explanation == (
        "Luật Khiếu nại 02/2011/QH13, Điều 27: 10 days from receipt"
        f"; 2027-09-02 is not a working day (Quốc khánh), so the period ends on 2027-09-06 "
        f"{CIVIL_CODE}"
    )


def test_five_working_days_across_the_national_day_holiday_2026() -> None:
    # accepted Fri 28 Aug 2026; Mon 31 Aug – Wed 2 Sep are off: Thu 3, Fri 4, Mon 7, Tue 8, Wed 9
    result = _notify_denunciator(date(2026, 8, 28))
    assert result.due == date(2026, 9, 9)


def test_ten_days_ending_on_new_years_day_2028_end_on_tuesday_4_january() -> None:
    # received Wed 22 Dec 2027 + 10 = Sat 1 Jan 2028 (New Year's Day, observed Mon 3 Jan)
    result = _route_petition(date(2027, 12, 22))
    assert result.due == date(2028, 1, 4)
    assert result.explanation == (
        "Thông tư 05/2021/TT-TTCP: 10 days from receipt"
        f"; 2028-01-01 is not a working day (Tết Dương lịch), so the period ends on 2028-01-04 "
        f"{CIVIL_CODE}"
    )


def test_five_working_days_across_the_year_end_2027() -> None:
    # accepted Wed 29 Dec 2027: Thu 30, Fri 31 Dec, (Mon 3 Jan off) Tue 4, Wed 5, Thu 6 Jan 2028
    result = _notify_denunciator(date(2027, 12, 29))
    assert result.due == date(2028, 1, 6)


def test_a_swapped_working_saturday_ends_a_calendar_day_period_on_that_saturday() -> None:
    # received Wed 1 Oct 2025 + 10 = Sat 11 Oct, which the office made a working day
    swapped = WorkingDayCalendar(working_days={date(2025, 10, 11): "làm bù"})
    result = _accept_complaint(date(2025, 10, 1), swapped)
    assert result.due == date(2025, 10, 11)
    assert result.explanation == "Luật Khiếu nại 02/2011/QH13, Điều 27: 10 days from receipt"
    assert _accept_complaint(date(2025, 10, 1)).due == date(2025, 10, 13)  # without the swap


def test_an_office_day_off_at_the_end_moves_the_deadline_and_is_named() -> None:
    # received Fri 12 Sep 2025 + 10 = Mon 22 Sep, a compensatory day off of the office
    named = WorkingDayCalendar(days_off={date(2025, 9, 22): "nghỉ bù"})
    result = _accept_complaint(date(2025, 9, 12), named)
    assert result.due == date(2025, 9, 23)
    assert result.explanation == (
        "Luật Khiếu nại 02/2011/QH13, Điều 27: 10 days from receipt"
        "; 2025-09-22 is not a working day (nghỉ bù)"
        f", so the period ends on 2025-09-23 {CIVIL_CODE}"
    )
    unnamed = WorkingDayCalendar(days_off=[date(2025, 9, 22)])
    assert _accept_complaint(date(2025, 9, 12), unnamed).explanation.endswith(
        "; 2025-09-22 is not a working day (day off)"
        f", so the period ends on 2025-09-23 {CIVIL_CODE}"
    )

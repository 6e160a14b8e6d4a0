"""The working-day calendar at its edges: Tết weeks, swapped Saturdays, office days off."""

from __future__ import annotations

from datetime import date

from dialogue_app.domain.working_days import WorkingDayCalendar


def test_tet_2026_is_not_working_and_the_next_working_day_is_after_it() -> None:
    calendar = WorkingDayCalendar()
    for day in range(16, 21):  # Mon 16 – Fri 20 Feb 2026
        assert not calendar.is_working_day(date(2026, 2, day))
    assert calendar.next_working_day(date(2026, 2, 13)) == date(2026, 2, 23)


def test_tet_2027_pushes_to_the_11th() -> None:
    calendar = WorkingDayCalendar()
    assert calendar.next_working_day(date(2027, 2, 4), include_today=True) == date(2027, 2, 11)


def test_swapped_working_saturday_is_a_working_day() -> None:
    saturday = date(2026, 8, 22)
    plain = WorkingDayCalendar()
    assert not plain.is_working_day(saturday)
    swapped = WorkingDayCalendar(working_days={saturday: "làm bù"})
    assert swapped.is_working_day(saturday)
    assert swapped.next_working_day(date(2026, 8, 21)) == saturday


def test_office_day_off_wins_over_an_ordinary_weekday() -> None:
    day = date(2026, 3, 10)
    calendar = WorkingDayCalendar(days_off={day: "nghỉ bù"})
    assert calendar.reason_not_working(day) == "nghỉ bù"
    assert calendar.add_working_days(date(2026, 3, 9), 1) == date(2026, 3, 11)

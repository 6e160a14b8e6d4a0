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
    saturday = date(2026, 10, 17)
    plain = WorkingDayCalendar()
    assert not plain.is_working_day(saturday)
    swapped = WorkingDayCalendar(working_days={saturday: "làm bù"})
    assert swapped.is_working_day(saturday)
    assert swapped.next_working_day(date(2026, 10, 16)) == saturday


def test_the_saturdays_the_government_swapped_are_working_days() -> None:
    """A national swap has two halves: the day off (Mon 31/8/2026, which the `holidays` package
    lists) and the Saturday worked for it (22/8/2026): both count, or a working-day period
    across that week would come out a day long."""
    calendar = WorkingDayCalendar()
    assert calendar.reason_not_working(date(2026, 8, 31)) is not None
    assert calendar.is_working_day(date(2026, 8, 22))
    assert calendar.is_working_day(date(2025, 4, 26)) and calendar.is_working_day(date(2024, 5, 4))
    # Friday 21/8 + 1 working day: that Saturday
    assert calendar.add_working_days(date(2026, 8, 21), 1) == date(2026, 8, 22)
    # five working days after Thursday 27/8: Fri 28; Mon 31/8 to Wed 2/9 are off; Thu 3, Fri 4,
    # Mon 7, Tue 8
    assert calendar.add_working_days(date(2026, 8, 27), 5) == date(2026, 9, 8)
    # the office's own table still has the last word
    kept_off = WorkingDayCalendar(days_off={date(2026, 8, 22): "không làm bù"})
    assert kept_off.reason_not_working(date(2026, 8, 22)) == "không làm bù"


def test_office_day_off_wins_over_an_ordinary_weekday() -> None:
    day = date(2026, 3, 10)
    calendar = WorkingDayCalendar(days_off={day: "nghỉ bù"})
    assert calendar.reason_not_working(day) == "nghỉ bù"
    assert calendar.add_working_days(date(2026, 3, 9), 1) == date(2026, 3, 11)

"""The office's working-day table, stored and read back as a calendar."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.calendar_days import DayException
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import NotFound, ValidationError
from dialogue_app.services.working_days import WorkingDayService


def test_exceptions_change_the_calendar(db: DatabaseHandle) -> None:
    service = WorkingDayService(db.uow)
    saturday, monday = date(2026, 10, 17), date(2026, 3, 9)
    service.add_exception(saturday, DayException.WORKING_DAY, "Làm bù cho ngày 26/10")
    service.add_exception(monday, DayException.DAY_OFF, "Nghỉ bù")
    calendar = service.calendar()
    assert calendar.is_working_day(saturday)
    assert calendar.reason_not_working(monday) == "Nghỉ bù"
    assert service.next_working_day(date(2026, 3, 6)) == date(2026, 3, 10)
    assert [e.day for e in service.exceptions(2026)] == [monday, saturday]
    service.remove_exception(monday)
    assert service.is_working_day(monday)
    with pytest.raises(NotFound):
        service.remove_exception(monday)


def test_pointless_exceptions_are_refused(db: DatabaseHandle) -> None:
    service = WorkingDayService(db.uow)
    with pytest.raises(ValidationError):
        service.add_exception(date(2026, 3, 10), DayException.WORKING_DAY)  # a Tuesday
    with pytest.raises(ValidationError):
        service.add_exception(date(2026, 2, 17), DayException.DAY_OFF)  # Tết
    assert service.exceptions() == []


def test_year_view_lists_every_day(db: DatabaseHandle) -> None:
    days = WorkingDayService(db.uow).year(2026)
    assert len(days) == 365
    tet = days[date(2026, 2, 17).timetuple().tm_yday - 1]
    assert not tet.working and tet.public_holiday

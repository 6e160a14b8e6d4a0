"""The office's working-day calendar: one service every feature asks "is this a working day?".

Weekends and Vietnam's public holidays come from ``domain.working_days``; the office's own table of
compensatory days off and swapped working Saturdays (``WorkingDayException``) is kept here.
The API (``calendar``, ``exceptions``, ``add_exception``, ``remove_exception``) is stable: the
cases and deadline features depend on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DayException
from dialogue_app.domain.roles import Permission
from dialogue_app.domain.text import clean
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.accounts import require
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.store.models import WorkingDayException
from dialogue_app.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class DayExceptionData:
    """One row of the office's table: a day off or a swapped working day, with its note."""

    day: date
    kind: DayException
    description: str


@dataclass(frozen=True)
class DayInfo:
    """How one day stands, for a year view: working or not, and why."""

    day: date
    working: bool
    reason: str | None  # holiday name, office note, "weekend"; None for an ordinary working day
    public_holiday: str | None
    exception: DayException | None
    substitute: bool = False  # a day off in place of a holiday (27/4/2026), not the holiday


class WorkingDayService:
    """Reads and edits the office's working-day table; builds ``WorkingDayCalendar`` objects."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self.user_name = user_name  # whose role may change the settings (services/accounts)
        self._uow = uow

    def calendar(self) -> WorkingDayCalendar:
        """The current calendar (public holidays + the office's exceptions). Cheap; immutable."""
        with self._uow.read() as session:
            return working_day_calendar(session)

    def is_working_day(self, day: date) -> bool:
        return self.calendar().is_working_day(day)

    def next_working_day(self, day: date, *, include_today: bool = False) -> date:
        return self.calendar().next_working_day(day, include_today=include_today)

    def exceptions(self, year: int | None = None) -> list[DayExceptionData]:
        """The office's exceptions (of one year, or all), in date order."""
        query = select(WorkingDayException).order_by(WorkingDayException.day)
        if year is not None:
            query = query.where(
                WorkingDayException.day >= date(year, 1, 1),
                WorkingDayException.day <= date(year, 12, 31),
            )
        with self._uow.read() as session:
            return [
                DayExceptionData(row.day, row.kind, row.description)
                for row in session.scalars(query)
            ]

    def add_exception(
        self, day: date, kind: DayException, description: str = ""
    ) -> DayExceptionData:
        """Add or replace the office's exception for ``day``.

        A swapped working day must fall on a day that is otherwise not working (a weekend or a
        holiday); an extra day off on a day that is otherwise not working would change nothing.
        """
        kind = DayException(kind)
        text = clean(description) or ""
        base = self.calendar_without(day)
        if kind is DayException.WORKING_DAY and base.is_working_day(day):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 is already a working day; a swapped working day must fall on a weekend "
                    "or a holiday.",
                ),
                "day",
                f"{day:%d/%m/%Y}",
            )
        if kind is DayException.DAY_OFF and not base.is_working_day(day):
            reason = base.reason_not_working(day)
            if reason == "weekend":  # the calendar's own English word: one sentence for it
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "%1 is already a day off (weekend)."),
                    "day",
                    f"{day:%d/%m/%Y}",
                )
            # a public holiday's name (in the calendar's language, Vietnamese)
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "%1 is already a day off (%2)."),
                "day",
                f"{day:%d/%m/%Y}",
                reason,
            )
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_SETTINGS)
            row = session.scalars(
                select(WorkingDayException).where(WorkingDayException.day == day)
            ).first()
            if row is None:
                row = WorkingDayException(day=day)
                session.add(row)
            row.kind = kind
            row.description = text
            session.flush()
            return DayExceptionData(row.day, row.kind, row.description)

    def remove_exception(self, day: date) -> None:
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_SETTINGS)
            row = session.scalars(
                select(WorkingDayException).where(WorkingDayException.day == day)
            ).first()
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no office exception on %1."),
                    f"{day:%d/%m/%Y}",
                )
            session.delete(row)

    def calendar_without(self, day: date) -> WorkingDayCalendar:
        """The calendar as it would be without the office's exception on ``day``."""
        rows = [(e.day, e.kind, e.description) for e in self.exceptions() if e.day != day]
        return calendar_from_rows(rows)

    def year(self, year: int) -> list[DayInfo]:
        """Every day of ``year`` with its standing, for the year view of the Settings page."""
        calendar = self.calendar()
        exceptions = {e.day: e.kind for e in self.exceptions(year)}
        result = []
        day = date(year, 1, 1)
        while day.year == year:
            reason = calendar.reason_not_working(day)
            result.append(
                DayInfo(
                    day=day,
                    working=reason is None,
                    reason=reason,
                    public_holiday=calendar.public_holiday(day),
                    exception=exceptions.get(day),
                    substitute=calendar.substitute_day_off(day),
                )
            )
            day = date.fromordinal(day.toordinal() + 1)
        return result


def working_day_calendar(session: Session) -> WorkingDayCalendar:
    """The office's working-day calendar (public holidays plus its own table), read in
    ``session`` so a deadline is computed from what this transaction sees."""
    rows = (
        session.connection()  # plain columns: no ORM execution around them
        .execute(
            select(
                WorkingDayException.day, WorkingDayException.kind, WorkingDayException.description
            )
        )
        .all()
    )
    return calendar_from_rows((day, kind, text) for day, kind, text in rows)


def calendar_from_rows(
    rows: Iterable[tuple[date, DayException | str, str | None]],
) -> WorkingDayCalendar:
    """Build a calendar from (day, kind, description) triples of the office's table."""
    days_off: dict[date, str] = {}
    working: dict[date, str] = {}
    for day, kind, text in rows:
        target = working if DayException(kind) is DayException.WORKING_DAY else days_off
        target[day] = text or ""
    return WorkingDayCalendar(days_off, working)

"""``ReportService``: what the window and the command line call for reports.

Each call is one read of the database: the office's cut-off day, the units a report can be
limited to, or every figure of a period (``figures.compute``, summed by ``queries``).
"""

from __future__ import annotations

from datetime import date

from dialogue_app.domain.periods import Period, PeriodError, PeriodKind, period_containing
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.reports import drill_down, queries
from dialogue_app.services.reports.figures import Report, compute, with_previous
from dialogue_app.store.unit_of_work import UnitOfWork


class ReportService:
    """Figures for a period, the period picker's defaults and the drill-down filters."""

    def __init__(self, uow: UnitOfWork, *, clock: Clock, user_name: str | None = None) -> None:
        self._uow = uow
        self._today = clock.today
        self.user_name = user_name  # who the audit log names for an export

    def record_export(self, what: str, file_name: str) -> None:
        """Write an exported report or form to the audit log (who, when, what, which file)."""
        from dialogue_app.services.accounts import record_read

        with self._uow.begin() as session:
            record_read(
                session, self.user_name, "export_report", None, None, f"{what}: {file_name}"
            )

    def cutoff_day(self) -> int:
        with self._uow.read() as session:
            return queries.cutoff_day(session)

    def period(
        self,
        kind: PeriodKind = PeriodKind.MONTH,
        on: date | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
    ) -> Period:
        """The period of ``kind`` containing ``on`` (default today), with the office's cut-off
        day; for ``RANGE``, ``start``..``end``. A range ending before it starts is refused."""
        try:
            if kind is PeriodKind.RANGE:
                if start is None or end is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Give both the first and the last day of the period."
                        )
                    )
                return Period(PeriodKind.RANGE, start, end)
            return period_containing(kind, on or self._today(), self.cutoff_day())
        except PeriodError as error:
            raise ValidationError(error.template, "period", *error.values) from error

    def units(self) -> list[tuple[int, str]]:
        """Administrative units a report can be limited to."""
        with self._uow.read() as session:
            return queries.units(session)

    def report(
        self,
        period: Period,
        *,
        unit_id: int | None = None,
        compare: bool = True,
    ) -> Report:
        """Every figure of ``period``; with ``compare``, also of the period it is compared with.

        ``unit_id`` limits the report to one administrative unit with the units below it and
        the units merged into it (``store.units.units_within``: a district's report counts its
        communes): their cases, the sessions held there and their leaders' reception days.
        """
        today = self._today()
        with self._uow.read() as session:
            unit_ids, unit_name = queries.unit_scope(session, unit_id)
            office = queries.office_name(session)
            current = compute(session, period, today, unit_ids, unit_name, office, unit_id=unit_id)
            if not compare:
                return current
            previous = compute(
                session,
                period.previous(),
                today,
                unit_ids,
                unit_name,
                office,
                full=False,
                unit_id=unit_id,
            )
        return with_previous(current, previous)

    # the case list filter that shows exactly the cases behind a figure (needs no database)
    drill_filter = staticmethod(drill_down.drill_filter)

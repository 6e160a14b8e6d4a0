"""``FormService``: the statutory forms for any period, their drill-down and opening balances.

Each form is one read: the cells of the form's module (``tcd``, ``xld``, ``kqgq``) summed per
unit by ``queries.sum_cells``, the opening balance added to the period it opens, the total row,
and the printed identities checked (``result.check_identities``) before anyone may export it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.forms import CARRIED_OVER, LAYOUTS, FormCode, FormLayout
from dialogue_app.domain.periods import Period
from dialogue_app.domain.text import fold
from dialogue_app.domain.units import Successors
from dialogue_app.services.cases import CaseFilter
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.reports.forms import kqgq, queries, statements, tcd, xld
from dialogue_app.services.reports.forms.queries import FormSql
from dialogue_app.services.reports.forms.result import (
    NO_UNIT,
    FormReport,
    FormRow,
    check_identities,
    total_of,
)
from dialogue_app.services.reports.forms.statements import PreparedForm
from dialogue_app.store.models import AdminUnit, FormOpeningBalance
from dialogue_app.store.unit_of_work import UnitOfWork
from dialogue_app.store.units import merged_units_on

ALL_UNITS = "all"  # the total row, in a drill-down


@dataclass(frozen=True)
class _Form:
    layout: FormLayout
    cells: Callable[[], FormSql]
    note: str
    opening_columns: tuple[str, ...] = ()


FORMS: dict[FormCode, _Form] = {
    FormCode.TCD: _Form(tcd.LAYOUT, tcd.cells, tcd.NOTE),
    FormCode.XLD: _Form(xld.LAYOUT, xld.cells, xld.NOTE, xld.OPENING_COLUMNS),
    FormCode.KQGQ: _Form(kqgq.LAYOUT, kqgq.cells, kqgq.NOTE, kqgq.OPENING_COLUMNS),
    FormCode.KQGQ_TC: _Form(
        kqgq.DENUNCIATION_LAYOUT,
        kqgq.denunciation_cells,
        kqgq.DENUNCIATION_NOTE,
        kqgq.OPENING_COLUMNS,
    ),
}


# A form's statements are built once and reused for every period (which they bind when they
# run): building them costs more than running them.
_PREPARED: dict[FormCode, PreparedForm] = {}


def _prepared(code: FormCode) -> PreparedForm:
    found = _PREPARED.get(code)
    if found is None:
        found = _PREPARED[code] = statements.prepare(FORMS[code].cells())
    return found


@lru_cache(maxsize=20_000)  # a nation's thousands of names are folded once, not per form
def _sort_key(unit_id: int | None, name: str) -> tuple[bool, str, str, int]:
    """A row's place: Vietnamese order (Đồng Tiến before Khác: fold makes đ a d), the row of
    cases without a unit last."""
    return (unit_id is None, fold(name), name.casefold(), unit_id or 0)


@dataclass(frozen=True)
class OpeningBalance:
    form: FormCode
    unit_id: int | None
    unit: str
    starts_on: date
    carried_over: int


def form_code(value: str) -> FormCode:
    """``"01/TCD"`` (any case) as a ``FormCode``, or a message listing the forms."""
    try:
        return FormCode(value.strip().upper())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "There is no form “%1”; the forms are %2."),
            "form",
            value,
            ", ".join(c.value for c in FormCode),
        ) from None


class FormService:
    """The statutory forms (01/TCD, 01/XLD, 01/KQGQ and the denunciation table)."""

    def __init__(self, uow: UnitOfWork, *, clock: Clock) -> None:
        self._uow = uow
        self._today = clock.today

    def layouts(self) -> list[FormLayout]:
        return [LAYOUTS[c] for c in FormCode]

    def form(self, code: FormCode, period: Period) -> FormReport:
        """The form for ``period``, one row per unit plus the total, its identities checked.
        A case recorded under a commune merged away by the period's end counts in the unit
        that took it over (``domain/units.py``), so no commune appears twice. A period that
        starts before the form's opening balance is refused; any later one carries it."""
        spec = FORMS[code]
        columns = spec.layout.columns
        params = queries.period_params(period.start, period.end)
        # the driver's cursor on a plain connection: a Session only for the rare reads below
        with self._uow.read_connection() as connection:
            found: list[Successors] = []

            def successors() -> Successors:  # read only when a unit had been merged away
                if not found:
                    with Session(bind=connection) as session:
                        found.append(merged_units_on(session, period.end))
                return found[0]

            opening, office = statements.opening_and_office(connection, code.value, params)
            applied = self._check_opening(code, period, [(u, s, c) for u, s, c, _n, _g in opening])
            sums, names = statements.sum_cells(connection, _prepared(code), params, successors)
            if applied is not None:
                for unit_id, _starts, carried, name, gone in opening:
                    unit = unit_id
                    if unit_id is not None and gone:
                        unit = successors().get(unit_id, unit_id)
                    elif unit_id is not None and name is not None:
                        names.setdefault(unit_id, name)
                    values = sums.setdefault(unit, {})
                    for column in spec.opening_columns:
                        values[column] = values.get(column, 0) + carried
            missing = {u for u in sums if u is not None and u not in names}
            if missing:  # the successor of a unit merged away
                with Session(bind=connection) as session:
                    names.update(queries.unit_names(session, missing))
        rows = []
        zeros: dict[str, int | Decimal] = dict.fromkeys(columns, 0)
        for unit_id, values in sums.items():
            if len(values) != len(columns):  # sessions or opening columns not in every row
                values = zeros | values
            if not any(values.values()):
                continue
            name = NO_UNIT if unit_id is None else names.get(unit_id, str(unit_id))
            rows.append(FormRow(unit_id, name, values))
        rows.sort(key=lambda r: _sort_key(r.unit_id, r.unit))
        report = FormReport(
            spec.layout,
            period,
            tuple(rows),
            total_of(tuple(rows), columns),
            office,
            applied,
            spec.note,
        )
        check_identities(report)
        return report

    @staticmethod
    def _check_opening(
        code: FormCode, period: Period, opening: list[tuple[int | None, date, int]]
    ) -> date | None:
        """The opening balance's first day when it counts in ``period``: in every period that
        starts on or after that day, carried forward (the carried-over figure of a later period
        is the opening balance plus what the app recorded before the period)."""
        if not opening:
            return None
        starts_on = min(s for _u, s, _c in opening)
        if period.start < starts_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Form %1 for a period starting on %2 cannot be filled: the office started "
                    "recording on %3 (its opening balance), so the app has no figures before "
                    "that day. Choose a period starting on or after %3.",
                ),
                "period",
                code.value,
                period.start.isoformat(),
                starts_on.isoformat(),
            )
        return starts_on

    # drill-down

    def cell_ids(
        self, code: FormCode, period: Period, unit_id: int | str | None, column: str
    ) -> list[int]:
        """The ids of exactly the cases (for the sessions columns of 01/TCD: the reception
        sessions) that a cell counts; ``unit_id`` ``ALL_UNITS`` for the total row. The opening
        balance has no cases behind it."""
        if column not in _prepared(code).form.cells:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Form %1 has no column %2."),
                "column",
                code.value,
                column,
            )
        all_units = unit_id == ALL_UNITS
        with self._uow.read() as session:
            merged = merged_units_on(session, period.end)
            return statements.cell_ids(
                session,
                _prepared(code).form,
                queries.period_params(period.start, period.end),
                merged,
                column,
                None if all_units or unit_id is None else int(unit_id),
                all_units=all_units,
            )

    def is_session_column(self, code: FormCode, column: str) -> bool:
        return code is FormCode.TCD and column in ("12", "21")

    def drill_filter(
        self, code: FormCode, period: Period, unit_id: int | str | None, column: str
    ) -> CaseFilter:
        """The case list filter showing exactly the cases of a cell."""
        if self.is_session_column(code, column):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This column counts reception sessions, not cases; see them in the calendar.",
                ),
                "column",
            )
        return CaseFilter(case_ids=frozenset(self.cell_ids(code, period, unit_id, column)))

    # opening balances

    def opening_balances(self, code: FormCode | None = None) -> list[OpeningBalance]:
        with self._uow.read() as session:
            query = select(FormOpeningBalance, AdminUnit.name).outerjoin(
                AdminUnit, AdminUnit.id == FormOpeningBalance.unit_id
            )
            if code is not None:
                query = query.where(FormOpeningBalance.form == code.value)
            return [
                OpeningBalance(
                    FormCode(row.form),
                    row.unit_id,
                    name or NO_UNIT,
                    row.starts_on,
                    row.carried_over,
                )
                for row, name in session.execute(
                    query.order_by(FormOpeningBalance.form, FormOpeningBalance.id)
                )
            ]

    def set_opening_balance(
        self, code: FormCode, unit_id: int | None, starts_on: date, carried_over: int
    ) -> OpeningBalance:
        """Record (or correct) what ``unit_id`` carried over into form ``code`` on
        ``starts_on``, the office's first day in the app. Every unit of a form shares the day."""
        if code not in CARRIED_OVER:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Form %1 carries nothing over from one period to the next; it needs no "
                    "opening balance.",
                ),
                "form",
                code.value,
            )
        if carried_over < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The number carried over cannot be negative; enter 0 or more."
                ),
                "carried_over",
            )
        with self._uow.begin() as session:
            name = NO_UNIT
            if unit_id is not None:
                unit = session.get(AdminUnit, unit_id)
                if unit is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP("Messages", "This administrative unit does not exist.")
                    )
                name = unit.name
            rows = list(
                session.scalars(
                    select(FormOpeningBalance).where(FormOpeningBalance.form == code.value)
                )
            )
            other_day = next(
                (r.starts_on for r in rows if r.unit_id != unit_id and r.starts_on != starts_on),
                None,
            )
            if other_day is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The opening balance of form %1 starts on %2 for the other units; "
                        "every unit starts on the same day.",
                    ),
                    "starts_on",
                    code.value,
                    other_day.isoformat(),
                )
            row = next((r for r in rows if r.unit_id == unit_id), None)
            if row is None:
                row = FormOpeningBalance(form=code.value, unit_id=unit_id)
                session.add(row)
            row.starts_on = starts_on
            row.carried_over = carried_over
        return OpeningBalance(code, unit_id, name, starts_on, carried_over)

    def remove_opening_balance(self, code: FormCode, unit_id: int | None) -> None:
        with self._uow.begin() as session:
            for row in session.scalars(
                select(FormOpeningBalance).where(FormOpeningBalance.form == code.value)
            ):
                if row.unit_id == unit_id:
                    session.delete(row)

    # export

    def export(self, report: FormReport, path: Path, as_format: str | None = None) -> Path:
        """Write the form as ``xlsx`` (its own layout) or ``json`` (default: the file name's
        suffix); the identities are checked again first. The PDF is ``rendering/form_pdf.py``."""
        from dialogue_app.services.reports.forms.xlsx import write_form

        check_identities(report)
        return write_form(report, path, as_format)

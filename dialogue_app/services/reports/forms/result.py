"""A filled statutory form: one row per unit plus the total, its JSON (DESIGN §6), and the check
of every printed identity that stands between the figures and any export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from operator import itemgetter

from dialogue_app.domain.forms import FormCode, FormLayout, broken_identities
from dialogue_app.domain.periods import Period
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError

NO_UNIT = "Chưa ghi đơn vị"  # the row of cases without a unit, as printed
TOTAL = "Tổng cộng"

Number = int | Decimal


@dataclass(frozen=True)
class FormRow:
    unit_id: int | None
    unit: str
    values: dict[str, Number]


@dataclass(frozen=True)
class FormReport:
    layout: FormLayout
    period: Period
    rows: tuple[FormRow, ...]
    total: dict[str, Number]
    office: str = ""
    opening_applied: date | None = None  # the opening balance's first day, when it counts
    note: str = ""

    @property
    def form(self) -> FormCode:
        return self.layout.code

    def as_json(self) -> dict[str, object]:
        """DESIGN §6; each column with its code (the key of ``values``), its printed title and
        the header groups above it, so a reader knows what "6" counts."""
        titles = self.layout.column_titles
        groups = self.layout.column_groups
        return {
            "form": self.form.value,
            "title": self.layout.title,
            "statutory": self.layout.statutory,
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "columns": [
                {
                    "code": code,
                    "title": titles[code],
                    "groups": list(groups[code]),
                    "label": " – ".join((*groups[code], titles[code])),
                }
                for code in self.layout.columns
            ],
            "identities": [i.text for i in self.layout.identities],
            "rows": [
                {
                    "unit": row.unit,
                    "unit_id": row.unit_id,
                    "values": _json(row.values, self.layout.columns),
                }
                for row in self.rows
            ],
            "total": _json(self.total, self.layout.columns),
            "opening_balance_from": (
                self.opening_applied.isoformat() if self.opening_applied else None
            ),
        }


def _json(values: dict[str, Number], columns: tuple[str, ...]) -> dict[str, int | float]:
    """In the form's column order, money and land as numbers with decimals."""
    return {c: float(v) if isinstance(v := values[c], Decimal) else v for c in columns}


def check_identities(report: FormReport) -> None:
    """Refuse a form whose printed identities do not hold in some row (a bug or a damaged
    record, never to be sent to a superior). Each side of each identity is summed over every
    row at once; a row is looked at alone only when something does not add up."""
    rows = [*(r.values for r in report.rows), report.total]
    bad = len(rows)
    for item in report.layout.identities:
        first, *others = (_side_sums(rows, side) for side in item.sides)
        for other in others:
            if other != first:
                bad = min(
                    bad,
                    next(i for i, (a, b) in enumerate(zip(first, other, strict=True)) if a != b),
                )
    if bad == len(rows):
        return
    name = report.rows[bad].unit if bad < len(report.rows) else TOTAL
    broken = broken_identities(report.layout, rows[bad])
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Form %1 does not add up in the row “%2”: %3 does not hold. Nothing was "
            "exported; check the facts recorded on the cases of that row.",
        ),
        "form",
        report.form.value,
        name,
        broken[0].text,
    )


def _side_sums(rows: list[dict[str, Number]], side: tuple[str, ...]) -> list[Number]:
    """One side of an identity (``4+13+22``) in every row."""
    if len(side) == 1:
        return list(map(itemgetter(side[0]), rows))
    return list(map(sum, map(itemgetter(*side), rows)))


def total_of(rows: tuple[FormRow, ...], columns: tuple[str, ...]) -> dict[str, Number]:
    """Each column summed over the rows (column by column, not row by row)."""
    if not rows:
        return dict.fromkeys(columns, 0)
    get = itemgetter(*columns)
    sums = [sum(column, 0) for column in zip(*(get(r.values) for r in rows), strict=True)]
    return dict(zip(columns, sums, strict=True))

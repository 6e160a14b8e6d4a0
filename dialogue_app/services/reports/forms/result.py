"""A filled statutory form: one row per unit plus the total, its JSON (DESIGN §6), and the check
of every printed identity that stands between the figures and any export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

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
    record, never to be sent to a superior)."""
    for name, values in [(r.unit, r.values) for r in report.rows] + [(TOTAL, report.total)]:
        broken = broken_identities(report.layout, values)
        if broken:
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


def total_of(rows: tuple[FormRow, ...], columns: tuple[str, ...]) -> dict[str, Number]:
    total: dict[str, Number] = {}
    for code in columns:
        total[code] = sum([row.values[code] for row in rows], 0)
    return total

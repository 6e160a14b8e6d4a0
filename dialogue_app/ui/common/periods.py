"""Report periods as the window names them, in the interface language.

``domain.periods.Period.label()`` is the Vietnamese name that reports, exported files and the
command line carry ("Tháng 3/2026 (01/03/2026 – 31/03/2026)"). The window builds the name from
the period's parts through Qt translation instead, so the English interface reads "Month 3/2026
(01/03/2026 – 31/03/2026)" while the Vietnamese one reads exactly the domain's label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.periods import Period, PeriodKind
from dialogue_app.ui.common.dates import format_date

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}  # quarters are numbered so in official reports


def period_label(period: Period) -> str:
    """The period's name and dates: "Month 3/2026 (01/03/2026 – 31/03/2026)" in English,
    "Tháng 3/2026 (01/03/2026 – 31/03/2026)" in Vietnamese."""
    kind, number = period.kind, period.number
    # %1 the month or quarter, %2 the year, %3 and %4 the first and last day
    if kind is PeriodKind.MONTH:
        text = QCoreApplication.translate("Periods", "Month %1/%2 (%3 – %4)").replace(
            "%1", str(number)
        )
    elif kind is PeriodKind.QUARTER:
        text = QCoreApplication.translate("Periods", "Quarter %1/%2 (%3 – %4)")
        text = text.replace("%1", _ROMAN.get(number, str(number)))
    elif kind is PeriodKind.HALF_YEAR:
        text = QCoreApplication.translate("Periods", "First 6 months of %2 (%3 – %4)")
    elif kind is PeriodKind.NINE_MONTHS:
        text = QCoreApplication.translate("Periods", "First 9 months of %2 (%3 – %4)")
    elif kind is PeriodKind.YEAR:
        text = QCoreApplication.translate("Periods", "12 months of %2 (%3 – %4)")
    else:
        text = QCoreApplication.translate("Periods", "From %3 to %4")
    return (
        text.replace("%2", str(period.year))
        .replace("%3", format_date(period.start))
        .replace("%4", format_date(period.end))
    )


__all__ = ["period_label"]

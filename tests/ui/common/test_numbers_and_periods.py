"""Numbers, rates and report periods as the window writes them, in each interface language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.periods import (
    PeriodKind,
    month_period,
    quarter_period,
    range_period,
    year_part_period,
)
from dialogue_app.domain.statistics import Rate
from dialogue_app.ui.common.numbers import format_decimal, format_number, format_rate, format_signed
from dialogue_app.ui.common.periods import period_label

PERIODS = [
    month_period(2026, 3),
    month_period(2026, 3, cutoff_day=10),
    quarter_period(2026, 1, cutoff_day=10),
    year_part_period(PeriodKind.HALF_YEAR, 2026),
    year_part_period(PeriodKind.NINE_MONTHS, 2026),
    year_part_period(PeriodKind.YEAR, 2025),
    range_period(date(2026, 3, 5), date(2026, 4, 2)),
]


def test_numbers_and_rates_follow_the_interface_language(languages) -> None:  # type: ignore[no-untyped-def]
    # 1/800 = 0.125 %: rounded half-up from the counts, the same digits in both languages
    vietnamese = [
        format_number(1234567),
        format_signed(-1234),
        format_signed(0),
        format_decimal(Decimal("1234.50")),
        format_rate(Rate(1234, 2000)),
        format_rate(Rate(1, 800)),
        format_rate(Rate(0, 0)),
    ]
    assert vietnamese == [
        "1.234.567", "-1.234", "=", "1.234,50", "1.234/2.000 (61,70 %)", "1/800 (0,13 %)",
        "0/0 (—)",
    ]  # fmt: skip
    languages.apply("en")
    english = [
        format_number(1234567),
        format_signed(1234),
        format_decimal(Decimal("-0.50")),
        format_rate(Rate(1234, 2000)),
        format_rate(Rate(1, 800)),
        format_decimal(None),
    ]
    assert english == [
        "1,234,567", "+1,234", "-0.50", "1,234/2,000 (61.70 %)", "1/800 (0.13 %)", "—",
    ]  # fmt: skip


def test_period_names_are_the_report_labels_in_vietnamese_and_english_in_english(
    languages,
) -> None:  # type: ignore[no-untyped-def]
    # the Vietnamese window shows exactly the label reports and exports carry
    assert [period_label(p) for p in PERIODS] == [p.label() for p in PERIODS]
    languages.apply("en")
    assert [period_label(p) for p in PERIODS] == [
        "Month 3/2026 (01/03/2026 – 31/03/2026)",
        "Month 3/2026 (11/02/2026 – 10/03/2026)",
        "Quarter I/2026 (11/12/2025 – 10/03/2026)",
        "First 6 months of 2026 (01/01/2026 – 30/06/2026)",
        "First 9 months of 2026 (01/01/2026 – 30/09/2026)",
        "12 months of 2025 (01/01/2025 – 31/12/2025)",
        "From 05/03/2026 to 02/04/2026",
    ]
    # the domain's label stays Vietnamese for reports, files and the command line
    assert PERIODS[0].label() == "Tháng 3/2026 (01/03/2026 – 31/03/2026)"


def test_counts_in_sentences_are_grouped_plural_forms(languages) -> None:  # type: ignore[no-untyped-def]
    def cases(n: int) -> str:
        return QCoreApplication.translate("CasesPage", "%Ln case(s)", "", n)

    assert (cases(1), cases(35000)) == ("1 vụ việc", "35.000 vụ việc")
    languages.apply("en")
    assert (cases(1), cases(35000)) == ("1 case", "35,000 cases")

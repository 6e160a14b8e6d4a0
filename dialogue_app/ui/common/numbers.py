"""Numbers as the window shows them, in the interface language.

Like ``ui.dates``, these follow Qt's default locale, which ``i18n.LanguageManager.apply`` sets:
Vietnamese writes 1.234 and 61,70; English writes 1,234 and 61.70. Only the separators follow
the language: rounding stays where the figure is computed (``domain.statistics``: percentages
and averages from counts, half-up to 2 decimals), so both languages show the same digits.

A count inside a sentence is a Qt plural string with ``%Ln`` (``self.tr("%Ln case(s)", "", n)``):
Qt writes it with the same grouping, and Vietnamese needs no "(s)".

Files the app writes (exports) and the command line keep their own fixed formats.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from dialogue_app.domain.statistics import DASH, Rate


def format_number(value: int) -> str:
    """A whole number with the language's digit grouping: "1.234" (vi), "1,234" (en)."""
    return QLocale().toString(int(value))


def format_signed(value: int) -> str:
    """A change: "+3", "-2" (grouped like ``format_number``), or "=" for no change."""
    if value == 0:
        return "="
    return ("+" if value > 0 else "") + format_number(value)


def format_decimal(value: Decimal | None, places: int = 2) -> str:
    """An already rounded decimal with ``places`` decimals: "61,70" (vi), "61.70" (en); "—" for
    none. The digits come from the Decimal itself, never through a float."""
    if value is None:
        return DASH
    locale = QLocale()
    text = f"{abs(value):.{places}f}"
    whole, _, fraction = text.partition(".")
    sign = "-" if value < 0 and any(c not in "0." for c in text) else ""
    grouped = locale.toString(int(whole))
    return f"{sign}{grouped}{locale.decimalPoint() + fraction if fraction else ''}"


def format_rate(rate: Rate) -> str:
    """``x/y (p %)`` (DESIGN §3): "1.234/2.000 (61,70 %)" (vi), "1,234/2,000 (61.70 %)" (en);
    ``0/0 (—)`` when there is nothing to count."""
    percent = rate.percent
    shown = DASH if percent is None else f"{format_decimal(percent)} %"
    return f"{format_number(rate.numerator)}/{format_number(rate.denominator)} ({shown})"


__all__ = ["format_decimal", "format_number", "format_rate", "format_signed"]

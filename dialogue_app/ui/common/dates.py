"""Dates and times as the window shows them, in the interface language.

The language's locale is Qt's default locale (``i18n.LanguageManager.apply`` sets it), so each
call follows a language switch. Vietnamese shows 05/03/2026, as offices write dates (Qt's own
Vietnamese short format, 5/3/26, drops the century); other languages show their locale's short
format (English, en_GB: 05/03/2026). Times read 08:30 in every language.

Files the app writes (exports, .ics) and the command line keep their own fixed formats: they do
not use these helpers.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

from dialogue_app.domain.timezone import VN_TZ

# languages whose numeric date Qt's short format does not write the way their offices do
_DATE_PATTERNS = {QLocale.Language.Vietnamese: "dd/MM/yyyy"}


def date_pattern(locale: QLocale | None = None) -> str:
    """The numeric date format of the interface language, as a Qt pattern ("dd/MM/yyyy")."""
    locale = locale if locale is not None else QLocale()
    return _DATE_PATTERNS.get(locale.language(), locale.dateFormat(QLocale.FormatType.ShortFormat))


def format_date(day: date | None, long: bool = False) -> str:
    """ "05/03/2026" (or, ``long``, "Thứ Năm, 5 tháng 3, 2026"); "" for no date."""
    if day is None:
        return ""
    locale = QLocale()
    value = QDate(day.year, day.month, day.day)
    if long:
        return locale.toString(value, QLocale.FormatType.LongFormat)
    return locale.toString(value, date_pattern(locale))


def format_time(moment: datetime) -> str:
    """The Vietnam wall-clock time of ``moment``: "08:30"."""
    local = moment.astimezone(VN_TZ)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def format_datetime(moment: datetime) -> str:
    """ "05/03/2026 08:30", in Vietnam time."""
    return f"{format_date(moment.astimezone(VN_TZ).date())} {format_time(moment)}"


def format_span(start: datetime, end: datetime) -> str:
    """ "15/03/2026 08:00–10:00" (the end's day only when it differs), in Vietnam time."""
    first, last = start.astimezone(VN_TZ), end.astimezone(VN_TZ)
    text = f"{format_date(first.date())} {format_time(first)}–"
    if last.date() != first.date():
        text += f"{format_date(last.date())} "
    return text + format_time(last)


def date_edit(day: date | QDate) -> QDateEdit:
    """A date field with a calendar pop-up, showing its date as the labels around it do."""
    value = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    return edit

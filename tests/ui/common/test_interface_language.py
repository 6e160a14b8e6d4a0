"""What follows the interface language everywhere in the window: dates, and words that read
differently in Vietnamese depending on what they are about."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.ui.common.dates import date_edit, format_date, format_datetime
from dialogue_app.ui.common.i18n import LanguageManager
from dialogue_app.ui.common.messages import parts_translated
from dialogue_app.ui.conferences.scheduling_common import duty_status_label, status_label

DAY = date(2026, 3, 5)


def test_vietnamese_dates_read_as_offices_write_them(languages: LanguageManager) -> None:
    assert format_date(DAY) == "05/03/2026"  # Qt's own Vietnamese short date is 5/3/26
    assert format_date(DAY, long=True) == "Thứ Năm, 5 tháng 3, 2026"
    assert format_date(None) == ""
    # 01:30 UTC is 08:30 in Vietnam
    assert format_datetime(datetime(2026, 3, 5, 1, 30, tzinfo=UTC)) == "05/03/2026 08:30"
    edit = date_edit(DAY)
    assert edit.text() == "05/03/2026"


def test_english_interface_dates_follow_english(languages: LanguageManager) -> None:
    languages.apply("en")
    # English (United Kingdom): its short format, day first with the full year
    assert format_date(DAY) == "05/03/2026"
    assert format_date(DAY, long=True) == "Thursday, 5 March 2026"
    assert date_edit(DAY).displayFormat() == "dd/MM/yyyy"


def test_a_date_inside_a_stored_explanation_follows_the_language(
    languages: LanguageManager,
) -> None:
    # a timeline note the app wrote: "the deadline moves to %1", the date stored as ISO
    parts = [("%1", ("2026-02-17",))]
    assert parts_translated(parts) == "17/02/2026"
    languages.apply("en")
    assert parts_translated(parts) == "17/02/2026"


def test_held_reads_differently_for_a_conference_and_a_reception_day(
    languages: LanguageManager,
) -> None:
    assert status_label(ConferenceStatus.HELD) == "Đã tổ chức"
    assert duty_status_label(DutyStatus.HELD) == "Đã tiếp"
    languages.apply("en")
    assert status_label(ConferenceStatus.HELD) == duty_status_label(DutyStatus.HELD) == "Held"

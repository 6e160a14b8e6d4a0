"""What the scheduling views share: names of kinds and statuses, colours, dates, warning texts,
and the table model of conference rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dialogue_app.domain.calendar_days import DutyPeriod, DutyStatus
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.messages import QT_TRANSLATE_NOOP, fill
from dialogue_app.domain.reception_rules import ReceptionRule, RuleType, Shift
from dialogue_app.domain.scheduling import ConflictKind, ConflictWarning
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.conferences import ConferenceSummary
from dialogue_app.ui.common.dates import format_date, format_span
from dialogue_app.ui.common.labels import Labels
from dialogue_app.ui.common.numbers import format_number

Index = QModelIndex | QPersistentModelIndex


kind_label = Labels[ConferenceKind](
    "Scheduling",
    {
        ConferenceKind.DIALOGUE: QT_TRANSLATE_NOOP("Scheduling", "Dialogue conference"),
        ConferenceKind.RECEPTION: QT_TRANSLATE_NOOP("Scheduling", "Periodic reception"),
        ConferenceKind.ADHOC_RECEPTION: QT_TRANSLATE_NOOP("Scheduling", "Ad hoc reception"),
    },
)


status_label = Labels[ConferenceStatus](
    "Scheduling",
    {
        ConferenceStatus.DRAFT: QT_TRANSLATE_NOOP("Scheduling", "Draft"),
        ConferenceStatus.SCHEDULED: QT_TRANSLATE_NOOP("Scheduling", "Scheduled"),
        ConferenceStatus.HELD: lambda: QCoreApplication.translate(
            "Scheduling", "Held", "status of a conference"
        ),
        ConferenceStatus.CLOSED: QT_TRANSLATE_NOOP("Scheduling", "Closed"),
        ConferenceStatus.POSTPONED: QT_TRANSLATE_NOOP("Scheduling", "Postponed"),
        ConferenceStatus.CANCELLED: QT_TRANSLATE_NOOP("Scheduling", "Cancelled"),
    },
)


duty_status_label = Labels[DutyStatus](
    "Scheduling",
    {
        DutyStatus.PENDING: QT_TRANSLATE_NOOP("Scheduling", "Pending"),
        # a reception day: "đã tiếp", where a conference is "đã tổ chức"
        DutyStatus.HELD: lambda: QCoreApplication.translate(
            "Scheduling", "Held", "status of a reception day"
        ),
        DutyStatus.DELEGATED: QT_TRANSLATE_NOOP("Scheduling", "Delegated"),
        DutyStatus.MISSED: QT_TRANSLATE_NOOP("Scheduling", "Missed"),
    },
)


KIND_COLOURS = {
    ConferenceKind.DIALOGUE: QColor("#2f6db5"),
    ConferenceKind.RECEPTION: QColor("#2e8b57"),
    ConferenceKind.ADHOC_RECEPTION: QColor("#c77c11"),
}
HOLIDAY_COLOUR = QColor("#fde2e1")
WEEKEND_COLOUR = QColor("#f0f0f0")
SWAPPED_COLOUR = QColor("#e3f1df")
TODAY_COLOUR = QColor("#fff4c2")


def period_label(period: DutyPeriod) -> str:
    return (
        QCoreApplication.translate("Scheduling", "week")
        if period is DutyPeriod.WEEK
        else QCoreApplication.translate("Scheduling", "month")
    )


def rule_text(rule: ReceptionRule) -> str:
    """A reception rule in words: "Day 15 of each month; if it is not a working day, the next
    working day", "Every Thursday, unless it is not a working day"."""
    if rule.type is RuleType.MONTHLY:
        templates = {
            Shift.NEXT: QCoreApplication.translate(
                "Scheduling",
                "Day %1 of each month; if it is not a working day, the next working day",
            ),
            Shift.PREVIOUS: QCoreApplication.translate(
                "Scheduling",
                "Day %1 of each month; if it is not a working day, the working day before",
            ),
            Shift.SKIP: QCoreApplication.translate(
                "Scheduling", "Day %1 of each month, unless it is not a working day"
            ),
        }
        what = str(rule.day)
    else:
        templates = {
            Shift.NEXT: QCoreApplication.translate(
                "Scheduling", "Every %1; if it is not a working day, the next working day"
            ),
            Shift.PREVIOUS: QCoreApplication.translate(
                "Scheduling", "Every %1; if it is not a working day, the working day before"
            ),
            Shift.SKIP: QCoreApplication.translate(
                "Scheduling", "Every %1, unless it is not a working day"
            ),
        }
        what = QLocale().dayName((rule.weekday or 0) + 1)
    return templates[rule.if_not_working].replace("%1", what)


def conference_colour(kind: ConferenceKind, status: ConferenceStatus) -> QColor:
    """Colour by kind; faded when cancelled or postponed, lighter while a draft."""
    colour = QColor(KIND_COLOURS[kind])
    if status in (ConferenceStatus.CANCELLED, ConferenceStatus.POSTPONED):
        return QColor("#9e9e9e")
    if status is ConferenceStatus.DRAFT:
        return colour.lighter(140)
    return colour


def conference_font(status: ConferenceStatus, base: QFont | None = None) -> QFont:
    font = QFont(base) if base is not None else QFont()
    font.setStrikeOut(status is ConferenceStatus.CANCELLED)
    font.setItalic(status in (ConferenceStatus.POSTPONED, ConferenceStatus.DRAFT))
    return font


# --- dates -------------------------------------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone(VN_TZ)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def pydatetime(value: QDateTime) -> datetime:
    """A QDateTime edited as Vietnam wall-clock time, as an aware datetime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=VN_TZ)


# --- warnings ----------------------------------------------------------------------------------


def warning_text(warning: ConflictWarning) -> str:
    """A conflict warning in the user's language."""
    when = ""
    if warning.other_start and warning.other_end:
        when = format_span(warning.other_start, warning.other_end)
    other = warning.other_title or ""
    if warning.kind is ConflictKind.LEADER_BOOKED:
        template = QCoreApplication.translate("Scheduling", "%1 already chairs “%2” at %3.")
        return fill(template, (warning.subject, other, when))
    if warning.kind is ConflictKind.VENUE_BOOKED:
        template = QCoreApplication.translate("Scheduling", "%1 is already booked for “%2” at %3.")
        return fill(template, (warning.subject, other, when))
    if warning.kind is ConflictKind.LEADER_BUSY:
        what = other or QCoreApplication.translate("Scheduling", "busy")
        template = QCoreApplication.translate(
            "Scheduling", "%1 has an appointment at that time (%2, %3)."
        )
        return fill(template, (warning.subject, what, when))
    if warning.kind is ConflictKind.NON_WORKING_DAY:
        reason = (
            warning.subject
            if warning.subject != "weekend"
            else QCoreApplication.translate("Scheduling", "weekend")
        )
        day = format_date(warning.day) if warning.day else ""
        template = QCoreApplication.translate("Scheduling", "%1 is not a working day (%2).")
        return fill(template, (day, reason))
    # labelled figures, so that no count needs a plural form (lupdate does not mark a
    # translate() at module level as a plural string)
    template = QCoreApplication.translate(
        "Scheduling", "%1 is too small: capacity %2, people invited %3."
    )
    capacity, invited = format_number(warning.capacity or 0), format_number(warning.invited or 0)
    return fill(template, (warning.subject, capacity, invited))


# --- the conference rows model -----------------------------------------------------------------


class ConferenceRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2


class ConferenceTableModel(QAbstractTableModel):
    """Conference rows (ConferenceSummary). With ``fetch_page`` the rows arrive page by page.

    ``fetch_page(offset, limit)`` returns the next rows; ``canFetchMore`` stays true until a
    short page comes back.
    """

    COL_WHEN, COL_KIND, COL_STATUS, COL_TITLE, COL_VENUE, COL_CHAIRS = range(6)
    PAGE = 200

    def __init__(
        self,
        fetch_page: Callable[[int, int], list[ConferenceSummary]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[ConferenceSummary] = []
        self._fetch_page = fetch_page
        self._exhausted = fetch_page is None

    def set_rows(self, rows: list[ConferenceSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = True
        self.endResetModel()

    def reload(self) -> None:
        """Start again from the first page (fetched inside the reset: no insert signals)."""
        self.beginResetModel()
        self._rows = self._fetch_page(0, self.PAGE) if self._fetch_page else []
        self._exhausted = self._fetch_page is None or len(self._rows) < self.PAGE
        self.endResetModel()

    def row_at(self, row: int) -> ConferenceSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._fetch_page is None or self._exhausted:
            return
        rows = self._fetch_page(len(self._rows), self.PAGE)
        if len(rows) < self.PAGE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("Scheduling", "When"),
            QCoreApplication.translate("Scheduling", "Kind"),
            QCoreApplication.translate("Scheduling", "Status"),
            QCoreApplication.translate("Scheduling", "Title"),
            QCoreApplication.translate("Scheduling", "Venue"),
            QCoreApplication.translate("Scheduling", "Chairs"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_WHEN:
                return format_span(row.start, row.end)
            if column == self.COL_KIND:
                return kind_label(row.kind)
            if column == self.COL_STATUS:
                text = status_label(row.status)
                return f"{text}: {row.status_reason}" if row.status_reason else text
            if column == self.COL_TITLE:
                return row.title
            if column == self.COL_VENUE:
                return row.venue or ""
            if column == self.COL_CHAIRS:
                return ", ".join(row.chairs)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.COL_KIND, self.COL_STATUS):
            return QBrush(conference_colour(row.kind, row.status))
        if role == Qt.ItemDataRole.FontRole:
            return conference_font(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole row, a cut-off reason included
            status = status_label(row.status)
            lines = [row.title, format_span(row.start, row.end)]
            lines.append(f"{status}: {row.status_reason}" if row.status_reason else status)
            if row.venue:
                lines.append(row.venue)
            return "\n".join(lines)
        if role == ConferenceRole.ID:
            return row.id
        if role == ConferenceRole.SORT:
            return row.start.timestamp()
        return None

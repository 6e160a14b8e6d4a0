"""The calendar: month, week and agenda views of conferences and reception days.

Filter by leader, unit and kind; colour by kind and status; non-working days shaded; open a
conference by double-click or Enter (an empty day or slot starts a new one there); Alt+Left and
Alt+Right page, Ctrl+T returns to today.

Long module: the page and its month, week and agenda models share the day colours and the
opening of a conference; a fourth view would be the time to give the models their own module.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.conferences import ConferenceSummary
from dialogue_app.services.container import Services
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.calendar_exchange.notice import CalendarNotice
from dialogue_app.ui.common.changes import Changed, follow_changes
from dialogue_app.ui.common.dates import format_date, format_time
from dialogue_app.ui.common.remembered import remember_columns
from dialogue_app.ui.conferences.conference_columns import fit_conference_columns
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.scheduling_common import (
    HOLIDAY_COLOUR,
    SWAPPED_COLOUR,
    TODAY_COLOUR,
    WEEKEND_COLOUR,
    ConferenceRole,
    ConferenceTableModel,
    conference_colour,
    kind_label,
    status_label,
)

Index = QModelIndex | QPersistentModelIndex


class CalendarRole(IntEnum):
    DAY = Qt.ItemDataRole.UserRole + 10  # datetime.date of the cell
    CONFERENCES = Qt.ItemDataRole.UserRole + 11  # list[ConferenceSummary] in the cell
    START = Qt.ItemDataRole.UserRole + 12  # aware datetime of a week slot
    REASON = Qt.ItemDataRole.UserRole + 13  # why the day is not a working day, or None


class ViewMode(IntEnum):
    MONTH = 0
    WEEK = 1
    AGENDA = 2


def _day_background(day: date, calendar: WorkingDayCalendar, today: date) -> QColor | None:
    if day == today:
        return TODAY_COLOUR
    reason = calendar.reason_not_working(day)
    if reason is None:
        return SWAPPED_COLOUR if day.weekday() >= 5 else None
    return WEEKEND_COLOUR if reason == "weekend" else HOLIDAY_COLOUR


class MonthModel(QAbstractTableModel):
    """Six weeks × seven days around one month; each cell holds that day's conferences."""

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.month = today.replace(day=1)
        self.first = self.month
        self._by_day: dict[date, list[ConferenceSummary]] = {}
        self._calendar = WorkingDayCalendar()
        self._today = today

    @staticmethod
    def grid_start(month: date) -> date:
        first = month.replace(day=1)
        return first - timedelta(days=first.weekday())

    def set_data(
        self,
        month: date,
        conferences: Sequence[ConferenceSummary],
        calendar: WorkingDayCalendar,
        today: date,
    ) -> None:
        self.beginResetModel()
        self.month = month.replace(day=1)
        self.first = self.grid_start(self.month)
        self._calendar = calendar
        self._today = today
        self._by_day = {}
        for conference in conferences:
            day = conference.start.astimezone(VN_TZ).date()
            last = (conference.end.astimezone(VN_TZ) - timedelta(microseconds=1)).date()
            while True:  # a conference over several days shows on each of them
                self._by_day.setdefault(day, []).append(conference)
                if day >= last:
                    break
                day += timedelta(days=1)
        self.endResetModel()

    def day_at(self, index: Index) -> date:
        return self.first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        conferences = self._by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day)]
            lines += [f"{format_time(c.start)} {c.title}" for c in conferences]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _day_background(day, self._calendar, self._today)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month.month:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [format_date(day, long=True)]
            reason = self._calendar.reason_not_working(day)
            if reason and reason != "weekend":
                parts.append(reason)
            parts += [
                f"{format_time(c.start)}–{format_time(c.end)} {c.title} ({status_label(c.status)})"
                for c in conferences
            ]
            return "\n".join(parts)
        if role == CalendarRole.DAY:
            return day
        if role == CalendarRole.CONFERENCES:
            return list(conferences)
        if role == CalendarRole.REASON:
            return self._calendar.reason_not_working(day)
        return None


class WeekModel(QAbstractTableModel):
    """Half-hour rows from 06:00 to 20:00 × seven days; a cell lists what runs then."""

    FIRST_HOUR, LAST_HOUR = 6, 20
    SLOT = timedelta(minutes=30)

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.monday = today - timedelta(days=today.weekday())
        self._conferences: list[ConferenceSummary] = []
        self._calendar = WorkingDayCalendar()
        self._today = today

    def set_data(
        self,
        monday: date,
        conferences: Sequence[ConferenceSummary],
        calendar: WorkingDayCalendar,
        today: date,
    ) -> None:
        self.beginResetModel()
        self.monday = monday
        self._conferences = list(conferences)
        self._calendar = calendar
        self._today = today
        self.endResetModel()

    def slot_start(self, index: Index) -> datetime:
        day = self.monday + timedelta(days=index.column())
        moment = datetime.combine(day, time(self.FIRST_HOUR), tzinfo=VN_TZ)
        return moment + index.row() * self.SLOT

    def index_of(self, moment: datetime) -> QModelIndex:
        local = moment.astimezone(VN_TZ)
        column = (local.date() - self.monday).days
        row = int((local.hour * 60 + local.minute - self.FIRST_HOUR * 60) // 30)
        if not (0 <= column < 7 and 0 <= row < self.rowCount()):
            return QModelIndex()
        return self.index(row, column)

    def _at(self, index: Index) -> list[ConferenceSummary]:
        start = self.slot_start(index)
        end = start + self.SLOT
        return [c for c in self._conferences if c.start < end and start < c.end]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else (self.LAST_HOUR - self.FIRST_HOUR) * 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.monday + timedelta(days=section)
            name = QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
            return f"{name} {format_date(day)}"
        minutes = self.FIRST_HOUR * 60 + section * 30
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        start = self.slot_start(index)
        conferences = self._at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            # the title where a conference begins (or at the top of the view), its chairing
            # leaders in the slot below (issue 18: the week view showed no leader)
            lines = [c.title for c in conferences if c.start >= start or index.row() == 0]
            lines += [
                ", ".join(c.chairs)
                for c in conferences
                if c.chairs and start - self.SLOT <= c.start < start and index.row() > 0
            ]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if conferences:
                c = conferences[0]
                return QBrush(conference_colour(c.kind, c.status).lighter(170))
            colour = _day_background(start.date(), self._calendar, self._today)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and conferences:
            return "\n".join(
                f"{format_time(c.start)}–{format_time(c.end)} {c.title}"
                + (f" ({', '.join(c.chairs)})" if c.chairs else "")
                for c in conferences
            )
        if role == CalendarRole.DAY:
            return start.date()
        if role == CalendarRole.START:
            return start
        if role == CalendarRole.CONFERENCES:
            return conferences
        return None


class MonthDelegate(QStyledItemDelegate):
    """Paints a month cell: the day number, then one coloured line per conference."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(option.rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(160))
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        day: date = index.data(CalendarRole.DAY)
        rect = option.rect.adjusted(3, 2, -3, -2)
        painter.setPen(foreground.color() if isinstance(foreground, QBrush) else QColor("#202020"))
        line = option.fontMetrics.height() + 2
        # a holiday or day off is named in its day (issue 18), not only coloured
        reason = index.data(CalendarRole.REASON)
        head = f"{day.day} · {reason}" if reason and reason != "weekend" else str(day.day)
        head = option.fontMetrics.elidedText(head, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, head)
        top = rect.top() + line
        conferences: list[ConferenceSummary] = index.data(CalendarRole.CONFERENCES) or []
        for n, conference in enumerate(conferences):
            if top + line > rect.bottom():
                more = len(conferences) - n
                painter.setPen(QColor("#505050"))
                painter.drawText(QRect(rect.left(), top - 2, rect.width(), line), 0, f"+{more} …")
                break
            chip = QRect(rect.left(), top, rect.width(), line - 2)
            painter.fillRect(chip, conference_colour(conference.kind, conference.status))
            painter.setPen(QColor("white"))
            text = f"{format_time(conference.start)} {_short_title(conference)}"
            elided = option.fontMetrics.elidedText(
                text, Qt.TextElideMode.ElideRight, chip.width() - 4
            )
            painter.drawText(chip.adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignVCenter), elided)
            top += line
        painter.restore()


def _short_title(conference: ConferenceSummary) -> str:
    """In a small cell a periodic reception is best named by its leader (the colour says what)."""
    if conference.kind is ConferenceKind.RECEPTION and conference.chairs:
        return ", ".join(conference.chairs)
    return conference.title


# what the calendar shows: conferences and reception days, holidays and working days
SHOWN = Changed.CONFERENCES | Changed.RECEPTION | Changed.WORKING_DAYS


class CalendarPage(QWidget):
    """The Calendar page of the main window.

    Signals:
        conference_opened(int): a conference was opened from the calendar.
    """

    conference_opened = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.anchor = self._services.clock.today()
        self.mode = ViewMode.MONTH
        self.last_dialog: ConferenceDialog | None = None
        self._loaded = False  # the filter lists are read with the first data
        # data is read when the page is first shown, then again when what it shows changed
        self.changes = follow_changes(self, SHOWN, self.reload, stale=True)
        self._build()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.mode_buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        for mode, text in (
            (ViewMode.MONTH, self.tr("Month")),
            (ViewMode.WEEK, self.tr("Week")),
            (ViewMode.AGENDA, self.tr("Agenda")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(mode is self.mode)
            self.mode_buttons.addButton(button, int(mode))
            bar.addWidget(button)
        self.mode_buttons.idClicked.connect(lambda mode: self.set_mode(ViewMode(mode)))
        bar.addSpacing(12)
        previous = QToolButton()
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous (Alt+Left)"))
        previous.clicked.connect(lambda: self.step(-1))
        today = QPushButton(self.tr("Today"))
        today.setToolTip(self.tr("Back to today (Ctrl+T)"))
        today.clicked.connect(self.go_today)
        following = QToolButton()
        following.setText("▶")
        following.setToolTip(self.tr("Next (Alt+Right)"))
        following.clicked.connect(lambda: self.step(1))
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        for widget in (previous, today, following, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.leader_filter = QComboBox()
        self.leader_filter.addItem(self.tr("All leaders"), None)
        self.unit_filter = QComboBox()
        self.unit_filter.addItem(self.tr("All units"), None)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ConferenceKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        filters = QHBoxLayout()
        for combo in (self.leader_filter, self.unit_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.reload)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            filters.addWidget(combo, 1)
        new = QPushButton(self.tr("New conference…"))
        new.clicked.connect(lambda: self.new_conference(None))
        filters.addWidget(new)
        self.new_button = new
        # a viewer reads the calendar, plans nothing on it (issue 15)
        self.capabilities = Capabilities.of(self._services)
        self.capabilities.hide_unless(self.capabilities.may_edit, new)
        self.export_button = QPushButton(self.tr("Export schedule (.ics)…"))
        self.export_button.setToolTip(
            self.tr("Save the period shown, with the filters chosen, as a calendar file to post")
        )
        # clicked(bool) would pass its "checked" flag as the path: ask where to save instead
        self.export_button.clicked.connect(lambda: self.export_schedule())
        filters.addWidget(self.export_button)

        self.month_model = MonthModel(self._services.clock.today(), self)
        self.month_view = QTableView()
        self.month_view.setObjectName("month_view")
        self.month_view.setModel(self.month_model)
        self.month_view.setItemDelegate(MonthDelegate(self.month_view))
        self.month_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_view.verticalHeader().hide()
        for header in (self.month_view.horizontalHeader(), self.month_view.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.week_model = WeekModel(self._services.clock.today(), self)
        self.week_view = QTableView()
        self.week_view.setObjectName("week_view")
        self.week_view.setModel(self.week_model)
        self.week_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.agenda_model = ConferenceTableModel(parent=self)
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agenda_view")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.verticalHeader().hide()
        fit_conference_columns(self.agenda_view)  # dates and titles whole, chairs their share
        remember_columns(self.agenda_view, "calendar/agenda")

        for view in (self.month_view, self.week_view, self.agenda_view):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.activated.connect(self.activate)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setWordWrap(True)

        self.stack = QStackedWidget()
        for view in (self.month_view, self.week_view, self.agenda_view):
            self.stack.addWidget(view)
        legend = QLabel(
            self.tr(
                "Blue: dialogue conference · Green: periodic reception · Orange: ad hoc "
                "reception · Grey: postponed or cancelled · Pink: holiday or day off, named in "
                "the day"
            )
        )
        legend.setWordWrap(True)

        # a leader's calendar not read, the published file not written: said here (issue 16)
        self.calendar_notice = CalendarNotice(self._services, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar_notice)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(legend)
        self.capabilities.note(layout)

        for view in (self.month_view, self.week_view, self.agenda_view):
            view.installEventFilter(self)
            # right-click: open a conference, or the follow-up board of a held one (issue 18)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Alt+Left / Alt+Right page through periods, Ctrl+T goes to today, in every view."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers()
            if modifiers == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Right,
            ):
                self.step(-1 if event.key() == Qt.Key.Key_Left else 1)
                return True
            if modifiers == Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_T:
                self.go_today()
                return True
        return super().eventFilter(watched, event)

    # --- navigation ----------------------------------------------------------------------------

    def set_mode(self, mode: ViewMode) -> None:
        self.mode = mode
        self.mode_buttons.button(int(mode)).setChecked(True)
        self.stack.setCurrentIndex(int(mode))
        self.reload()
        self.current_view().setFocus()

    def current_view(self) -> QTableView:
        return [self.month_view, self.week_view, self.agenda_view][int(self.mode)]

    def step(self, direction: int) -> None:
        if self.mode is ViewMode.WEEK:
            self.anchor += timedelta(weeks=direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self._services.clock.today()
        self.reload()

    def show_day(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def visible_range(self) -> tuple[date, date]:
        if self.mode is ViewMode.WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=6)
        if self.mode is ViewMode.MONTH:
            first = MonthModel.grid_start(self.anchor)
            return first, first + timedelta(days=41)
        first = self.anchor.replace(day=1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)

    def _fill_filters(self) -> None:
        choices = self._services.registers.planning_choices()
        for combo, items in (
            (self.leader_filter, [(o.name, o.id) for o in choices.officials]),
            (self.unit_filter, [(u.name, u.id) for u in choices.units]),
        ):
            combo.blockSignals(True)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)

    def export_schedule(self, path: str | None = None) -> object:
        """Publish the visible period (METHOD:PUBLISH) with the current filters, in the
        background; returns the progress dialog (None when no file was chosen)."""
        from dialogue_app.ui.calendar_exchange import calendar_exchange

        first, last = self.visible_range()
        kind = self.kind_filter.currentData()
        return calendar_exchange.export_schedule(
            self,
            self._services,
            first,
            last,
            leader_id=self.leader_filter.currentData(),
            unit_id=self.unit_filter.currentData(),
            kind=ConferenceKind(kind) if kind else None,
            path=path,
        )

    def reload(self) -> None:
        """Read the visible period again (and, the first time, the filter lists)."""
        self.changes.loaded()
        if not self._loaded:
            self._loaded = True
            self._fill_filters()
        first, last = self.visible_range()
        kind = self.kind_filter.currentData()
        conferences = self._services.conferences.list(
            first,
            last,
            {ConferenceKind(kind)} if kind else None,
            leader_id=self.leader_filter.currentData(),
            unit_id=self.unit_filter.currentData(),
        )
        calendar = self._services.working_days.calendar()
        today = self._services.clock.today()
        if self.mode is ViewMode.MONTH:
            self.month_model.set_data(self.anchor, conferences, calendar, today)
            self.month_view.setCurrentIndex(self.month_model.index_of(self.anchor))
            self.period_label.setText(self.month_title(self.anchor))
        elif self.mode is ViewMode.WEEK:
            self.week_model.set_data(first, conferences, calendar, today)
            self.week_view.setCurrentIndex(
                self.week_model.index_of(datetime.combine(self.anchor, time(8), tzinfo=VN_TZ))
            )
            self.period_label.setText(f"{format_date(first)} – {format_date(last)}")
        else:
            self.agenda_model.set_rows(conferences)
            self.period_label.setText(self.month_title(self.anchor))
        if conferences:
            self.empty_label.clear()
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr(
                    "Nothing planned in this period. Press “New conference…” or double-click a "
                    "day to plan one; use ◀ ▶ to look at other periods."
                )
            )
            self.empty_label.show()

    # --- opening -------------------------------------------------------------------------------

    def activate(self, index: QModelIndex) -> None:
        """Enter or double-click: open the conference there, or start a new one."""
        if not index.isValid():
            return
        if self.mode is ViewMode.AGENDA:
            self.open_conference(index.data(ConferenceRole.ID))
            return
        conferences: list[ConferenceSummary] = index.data(CalendarRole.CONFERENCES) or []
        if len(conferences) == 1:
            self.open_conference(conferences[0].id)
        elif conferences:
            menu = QMenu(self)
            for conference in conferences:
                action = menu.addAction(f"{format_time(conference.start)} {conference.title}")
                action.triggered.connect(
                    lambda _checked=False, cid=conference.id: self.open_conference(cid)
                )
            view = self.current_view()
            menu.popup(view.viewport().mapToGlobal(view.visualRect(index).center()))
        else:
            start = index.data(CalendarRole.START)
            if start is None:
                start = datetime.combine(index.data(CalendarRole.DAY), time(8), tzinfo=VN_TZ)
            self.new_conference(start)

    def month_title(self, day: date) -> str:
        """ "December 2026"; in Vietnamese "tháng 12 năm 2026" (issue 18), not "tháng 12 2026"."""
        month = QLocale().monthName(day.month, QLocale.FormatType.LongFormat)
        text = self.tr("%1 %2", "a month and its year: December 2026")
        return text.replace("%1", month).replace("%2", str(day.year))

    def conferences_at(self, index: QModelIndex) -> list[ConferenceSummary]:
        if not index.isValid():
            return []
        if self.mode is ViewMode.AGENDA:
            return [self.agenda_model.row_at(index.row())]
        return list(index.data(CalendarRole.CONFERENCES) or [])

    def _context_menu(self, view: QTableView, pos: QPoint) -> None:
        menu = self.context_menu(view.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(view.viewport().mapToGlobal(pos))

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """Each conference at ``index``: open it; a held or closed one: its follow-up board."""
        conferences = self.conferences_at(index)
        if not conferences:
            return None
        from dialogue_app.ui.followup import open_board

        menu = QMenu(self)
        for conference in conferences:
            title = f"{format_time(conference.start)} {conference.title}"
            menu.addAction(
                self.tr("Open %1").replace("%1", title),
                lambda cid=conference.id: self.open_conference(cid),
            )
            if conference.status in (ConferenceStatus.HELD, ConferenceStatus.CLOSED):
                menu.addAction(
                    self.tr("Follow-up board of %1").replace("%1", title),
                    lambda cid=conference.id: open_board(self._services, cid, self),
                )
        return menu

    def open_conference(self, conference_id: int) -> None:
        dialog = ConferenceDialog(self._services, conference_id, self)
        self._show_dialog(dialog)
        self.conference_opened.emit(conference_id)

    def new_conference(self, start: datetime | None) -> None:
        if not self.capabilities.may_edit:
            return  # a viewer's double-click on a free slot, or Ctrl+N
        self._show_dialog(ConferenceDialog(self._services, None, self, start=start))

    def _show_dialog(self, dialog: ConferenceDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.last_dialog = dialog
        dialog.open()

    def _forget(self, dialog: ConferenceDialog) -> None:
        if self.last_dialog is dialog:
            self.last_dialog = None

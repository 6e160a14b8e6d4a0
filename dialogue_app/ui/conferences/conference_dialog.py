"""The conference form: every field of a conference, live conflict warnings, the agenda total,
the reason prompt when saving over warnings, and the status actions (postpone, cancel, hold, close).

Long module: the conference form's tabs (details, participants, agenda, holding, status)
read and write one draft; splitting them would pass the draft back and forth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.scheduling import ConflictWarning
from dialogue_app.services.cases import CitizenInput
from dialogue_app.services.conferences import (
    AgendaItemData,
    ConferenceDetail,
    ConferenceDraft,
    ConflictsNeedReason,
    HoldingRecord,
    ParticipantData,
)
from dialogue_app.services.container import Services
from dialogue_app.services.errors import Failure, ValidationError
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.calendar_exchange.invitation_dialog import InvitationDialog
from dialogue_app.ui.cases.citizen_picker import CitizenPicker, PickedPerson, typed_label
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.conflict_dialog import Choice as Chosen
from dialogue_app.ui.common.conflict_dialog import resolve_conflict, shown
from dialogue_app.ui.common.dates import date_pattern, format_datetime
from dialogue_app.ui.common.fitting import fit_to_screen, scrollable
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.common.operations import Operation, in_label
from dialogue_app.ui.common.register_add import check_in_list, with_add_button
from dialogue_app.ui.common.unsaved import UnsavedChoice, UnsavedGuard, confirm
from dialogue_app.ui.conferences.attendance_view import AttendanceView
from dialogue_app.ui.conferences.conference_results import ConferenceResults
from dialogue_app.ui.conferences.find_time_dialog import FindTimeDialog
from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
from dialogue_app.ui.conferences.scheduling_common import (
    kind_label,
    pydatetime,
    qdatetime,
    status_label,
    warning_text,
)

WARNING_STYLE = "color: #8a5300;"


def _comparable(draft: ConferenceDraft) -> ConferenceDraft:
    """``draft`` as the form and the database both write it: an empty text is no text, a
    participant is who they are (not the name shown for them)."""
    return replace(
        draft,
        topic=draft.topic or None,
        online_url=draft.online_url or None,
        notes=draft.notes or None,
        participants=tuple(replace(p, display="") for p in draft.participants),
    )


# saving a conference may register its invited citizens; its status changes (closing it
# registers the issues raised as cases)
SAVE_CHANGES = Changed.CONFERENCES | Changed.CITIZENS
STATUS_CHANGES = Changed.CONFERENCES | Changed.CASES | Changed.CITIZENS


class TextPrompt(QDialog):
    """Asks for a short text (a reason); shows the warnings it is about, if any."""

    def __init__(
        self,
        title: str,
        prompt: str,
        details: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if details:
            listing = QLabel("<ul>" + "".join(f"<li>{d}</li>" for d in details) + "</ul>")
            listing.setWordWrap(True)
            layout.addWidget(listing)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget, title: str, prompt: str, details: Sequence[str] = ()
    ) -> str | None:
        dialog = cls(title, prompt, details, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip() or None


class ConferenceDialog(QDialog):
    """Create or edit one conference.

    Signals:
        conference_saved(int): the id of the conference just saved or changed.

    ``ask_reason``, ``ask_text``, ``ask_holding`` and ``ask_confirm`` open the small prompts,
    ``unsaved.ask`` the question on closing with unsaved changes; tests replace them.

    Nothing is lost silently: closing ("Close", the window's button, Esc) with changes asks to
    save or discard them; a status action asks the same first (it reloads the form). Moving the
    start moves the end with it (the length is kept). A held, closed or cancelled conference is
    shown whole, read-only, with its results.
    """

    conference_saved = Signal(int)

    def __init__(
        self,
        services: Services,
        conference_id: int | None = None,
        parent: QWidget | None = None,
        *,
        start: datetime | None = None,
        kind: ConferenceKind = ConferenceKind.DIALOGUE,
    ) -> None:
        super().__init__(parent)
        self._saving = False  # in save(): a reason over the warnings is asked there
        self._services = services
        self._detail: ConferenceDetail | None = None
        # a viewer reads the conference; only a head reopens one (issue 15)
        self.capabilities = Capabilities.of(services)
        self._choices = services.registers.planning_choices()
        self.warnings: list[ConflictWarning] = []
        self.ask_reason: Callable[[Sequence[ConflictWarning]], str | None] = self._ask_reason
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self.ask_holding: Callable[[ConferenceDetail], HoldingRecord | None] = self._ask_holding
        self.ask_confirm: Callable[[str, str, str], bool] = lambda title, text, yes: confirm(
            self, title, text, yes
        )
        self.ask_reopen_reason: Callable[[], str | None] = self._ask_reopen_reason
        self._start_shown: datetime | None = None  # the start the end follows
        self.unsaved = UnsavedGuard(
            self, self._form_state, self.save, lambda: self.tr("The conference")
        )

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.refresh_warnings)

        self._build(kind)
        fit_to_screen(self, 780, 680)
        if conference_id is not None:
            self._load(services.scheduling.get(conference_id))
        else:
            self.setWindowTitle(self.tr("New conference"))
            begin = start or _next_round_hour(services.clock.now())
            self.start_edit.setDateTime(qdatetime(begin))
            self.end_edit.setDateTime(qdatetime(begin + timedelta(hours=2)))
        self._update_actions()
        self._connect_changes()
        self.refresh_warnings()
        self.unsaved.mark_saved()

    # --- building ------------------------------------------------------------------------------

    def _build(self, kind: ConferenceKind) -> None:
        tabs = QTabWidget()
        # each tab scrolls on a small screen rather than crushing its fields (issue 18)
        tabs.addTab(scrollable(self._general_tab(kind)), self.tr("General"))
        tabs.addTab(scrollable(self._people_tab()), self.tr("People"))
        # who came: a tab of its own, roomy enough to tick at the door
        self.attendance = AttendanceView(self._services)
        self.attendance.attendance_changed.connect(self._attendance_saved)
        self._attendance_tab = tabs.addTab(self.attendance, self.tr("Attendance"))
        tabs.addTab(scrollable(self._agenda_tab()), self.tr("Agenda"))
        self.results = ConferenceResults(self._services)
        tabs.addTab(self.results, self.tr("Results"))
        self.tabs = tabs

        self.status_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("conflict_warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_message")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)

        self.find_time_button = QPushButton(self.tr("Find a free time…"))
        self.find_time_button.clicked.connect(self.find_time)
        self.postpone_button = QPushButton(self.tr("Postpone…"))
        self.postpone_button.clicked.connect(self.postpone)
        self.cancel_conference_button = QPushButton(self.tr("Cancel conference…"))
        self.cancel_conference_button.clicked.connect(self.cancel_conference)
        self.schedule_button = QPushButton(self.tr("Mark as scheduled"))
        self.schedule_button.clicked.connect(self.mark_scheduled)
        self.hold_button = QPushButton(self.tr("Record outcome…"))
        self.hold_button.clicked.connect(self.record_outcome)
        self.close_button = QPushButton(self.tr("Close conference"))
        self.close_button.clicked.connect(self.close_conference)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setToolTip(
            self.tr("A head reopens a held or closed conference, giving a reason")
        )
        self.reopen_button.clicked.connect(self.reopen)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo_last_change")
        self.undo_button.clicked.connect(self.undo_last_change)
        self._undo_step: int | None = None
        self.invite_button = QPushButton(self.tr("Send invitations…"))
        self.invite_button.setToolTip(
            self.tr("By e-mail, or saved as an .eml or .ics file; with what was sent so far")
        )
        self.invite_button.clicked.connect(self.export_invitation)
        self.cancellation_button = QPushButton(self.tr("Send cancellation…"))
        self.cancellation_button.setToolTip(
            self.tr("A message that removes this conference from the invitees' calendars")
        )
        self.cancellation_button.clicked.connect(self.export_cancellation)
        self.document_button = QPushButton(self.tr("Make a document…"))
        self.document_button.setToolTip(
            self.tr(
                "The invitation letter, the minutes or the conclusion notice, to issue and print"
            )
        )
        self.document_button.clicked.connect(self.make_document)

        actions = QHBoxLayout()
        for button in (
            self.find_time_button,
            self.schedule_button,
            self.postpone_button,
            self.cancel_conference_button,
            self.hold_button,
            self.close_button,
            self.reopen_button,
            self.undo_button,
            self.invite_button,
            self.cancellation_button,
            self.document_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self._save_and_close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(tabs, 1)
        from dialogue_app.ui.documents import RecordDocuments

        self.documents_line = RecordDocuments(self._services, self)  # what was issued from it
        layout.addWidget(self.documents_line)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        layout.addWidget(buttons)

    def _general_tab(self, kind: ConferenceKind) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.kind_combo = QComboBox()
        for value in ConferenceKind:
            self.kind_combo.addItem(kind_label(value), value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("e.g. Dialogue with households affected by the bypass road")
        )
        self.topic_edit = QLineEdit()
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("(none)"), None)
        for unit in self._choices.units:
            self.unit_combo.addItem(unit.name, unit.id)
        self.venue_combo = QComboBox()
        self.venue_combo.addItem(self.tr("(no venue: online or to be decided)"), None)
        for venue in self._choices.venues:
            label = venue.name
            if venue.capacity:
                label = self.tr("%1 (%Ln seat(s))", "", venue.capacity).replace("%1", venue.name)
            self.venue_combo.addItem(label, venue.id)
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(f"{date_pattern()} HH:mm")
        self.end_edit = QDateTimeEdit()
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat(f"{date_pattern()} HH:mm")
        self.start_edit.dateTimeChanged.connect(self._start_moved)
        self.online_edit = QLineEdit()
        self.online_edit.setPlaceholderText("https://…")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Topic"), self.topic_edit)
        form.addRow(self.tr("Unit"), self.unit_combo)
        venue = with_add_button(self.venue_combo, self._services.registers, "venue")  # issue 18
        form.addRow(self.tr("Venue"), venue)
        form.addRow(self.tr("Starts"), self.start_edit)
        form.addRow(self.tr("Ends"), self.end_edit)
        form.addRow(self.tr("Online link"), self.online_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Chairing leaders")))
        self.chairs_list = _checklist(
            (o.id, f"{o.name} — {o.detail}" if o.detail else o.name)
            for o in self._choices.officials
        )
        self.chairs_list.setObjectName("chairs")
        layout.addWidget(
            with_add_button(
                self.chairs_list,
                self._services.registers,
                "official",
                lambda c: check_in_list(self.chairs_list, c, f"{c.name} — {c.detail}".strip(" —")),
            )
        )
        layout.addWidget(QLabel(self.tr("Agencies that must answer")))
        self.agencies_list = _checklist((a.id, a.name) for a in self._choices.agencies)
        layout.addWidget(
            with_add_button(
                self.agencies_list,
                self._services.registers,
                "agency",
                lambda c: check_in_list(self.agencies_list, c),
            )
        )
        layout.addWidget(QLabel(self.tr("Invited citizens or representatives")))
        self.citizen_picker = CitizenPicker(
            self._services, [(u.id, u.name) for u in self._choices.units]
        )
        self.citizen_picker.setObjectName("invited_citizens")
        layout.addWidget(self.citizen_picker, 1)
        self.invited_list = QListWidget()  # the same people, read-only (a held conference)
        self.invited_list.setObjectName("invited_read_only")
        self.invited_list.hide()
        layout.addWidget(self.invited_list, 1)
        if not self._choices.officials:
            hint = QLabel(
                self.tr("No leaders are registered yet. Load the demo data or add leaders first.")
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        return page

    def _agenda_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.agenda_table = QTableWidget(0, 3)
        self.agenda_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Minutes"), self.tr("Presenter")]
        )
        self.agenda_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add item"))
        add.clicked.connect(lambda: self.add_agenda_item("", 30))
        remove = QPushButton(self.tr("Remove item"))
        remove.clicked.connect(self._remove_agenda_item)
        self._agenda_buttons = (add, remove)
        self.agenda_total = QLabel()
        self.agenda_total.setObjectName("agenda_total")
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.agenda_total)
        layout.addWidget(self.agenda_table)
        layout.addLayout(row)
        return page

    def add_agenda_item(self, title: str, minutes: int, presenter: str = "") -> None:
        row = self.agenda_table.rowCount()
        self.agenda_table.insertRow(row)
        self.agenda_table.setItem(row, 0, QTableWidgetItem(title))
        spin = QSpinBox()
        spin.setRange(0, 24 * 60)
        spin.setSingleStep(5)
        spin.setValue(minutes)
        spin.valueChanged.connect(self._changed)
        self.agenda_table.setCellWidget(row, 1, spin)
        self.agenda_table.setItem(row, 2, QTableWidgetItem(presenter))
        self._changed()

    def _remove_agenda_item(self) -> None:
        row = self.agenda_table.currentRow()
        if row >= 0:
            self.agenda_table.removeRow(row)
            self._changed()

    def _connect_changes(self) -> None:
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.venue_combo.currentIndexChanged,
            self.start_edit.dateTimeChanged,
            self.end_edit.dateTimeChanged,
            self.chairs_list.itemChanged,
            self.citizen_picker.people_changed,
            self.agenda_table.itemChanged,
        ):
            signal.connect(self._changed)

    # --- loading and reading the form ----------------------------------------------------------

    def _load(self, detail: ConferenceDetail) -> None:
        self._detail = detail
        from dialogue_app.domain.documents import RecordType

        self.documents_line.show_record(RecordType.CONFERENCE, detail.id)
        draft = detail.draft
        self.setWindowTitle(self.tr("Conference: %1").replace("%1", draft.title))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(draft.kind))
        self.title_edit.setText(draft.title)
        self.topic_edit.setText(draft.topic or "")
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(draft.unit_id)))
        venue_index = self.venue_combo.findData(draft.venue_id)
        self.venue_combo.setCurrentIndex(max(0, venue_index))
        self.start_edit.setDateTime(qdatetime(draft.start))
        self.end_edit.setDateTime(qdatetime(draft.end))
        self.online_edit.setText(draft.online_url or "")
        self.notes_edit.setPlainText(draft.notes or "")
        chairs = {p.official_id for p in draft.participants if p.role is ParticipantRole.CHAIR}
        agencies = {p.agency_id for p in draft.participants if p.agency_id is not None}
        _set_checked(self.chairs_list, chairs)
        _set_checked(self.agencies_list, agencies)
        self._kept_participants = [
            p
            for p in draft.participants
            if not (p.role is ParticipantRole.CHAIR and p.official_id is not None)
            and p.agency_id is None
            and p.role is not ParticipantRole.INVITED_CITIZEN
        ]
        invited = [p for p in draft.participants if p.role is ParticipantRole.INVITED_CITIZEN]
        # e-mail addresses are not edited here: keep them through the round trip
        self._invited_emails = {(p.citizen_id, p.name): p.email for p in invited if p.email}
        registered = {
            picked.person.citizen_id: picked
            for picked in self.citizen_picker.picked_from_register(
                [p.citizen_id for p in invited if p.citizen_id is not None]
            )
        }
        people = []
        for p in invited:
            if p.citizen_id is not None and p.citizen_id in registered:
                people.append(registered[p.citizen_id])
            elif p.citizen_id is None:
                typed = CitizenInput(p.name or p.display)
                people.append(PickedPerson(typed, typed_label(typed, None)))
        self.citizen_picker.set_people(people)
        self.agenda_table.setRowCount(0)
        for item in draft.agenda:
            self.add_agenda_item(item.title, item.minutes, item.presenter or "")
        self.results.show_detail(detail)
        self.attendance.show_detail(detail)
        self._count_attendance()
        self._update_actions()
        self._show_timeline()
        self.unsaved.mark_saved()

    def draft(self) -> ConferenceDraft:
        """The form's content as a draft (not validated: the service does that)."""
        participants = [
            ParticipantData(ParticipantRole.CHAIR, official_id=i)
            for i in _checked(self.chairs_list)
        ]
        participants += [
            ParticipantData(ParticipantRole.ANSWERING_AGENCY, agency_id=i)
            for i in _checked(self.agencies_list)
        ]
        emails = getattr(self, "_invited_emails", {})
        participants += [
            ParticipantData(
                ParticipantRole.INVITED_CITIZEN,
                citizen_id=person.citizen_id,
                name=None if person.citizen_id is not None else person.full_name,
                email=emails.get(
                    (person.citizen_id, None if person.citizen_id else person.full_name)
                ),
                national_id=person.national_id,
                commune_id=person.commune_id,
            )
            for person in self.citizen_picker.people()
        ]
        if self._detail is not None:
            participants += getattr(self, "_kept_participants", [])
        agenda = []
        for row in range(self.agenda_table.rowCount()):
            title_item = self.agenda_table.item(row, 0)
            presenter_item = self.agenda_table.item(row, 2)
            spin = self.agenda_table.cellWidget(row, 1)
            agenda.append(
                AgendaItemData(
                    title_item.text() if title_item else "",
                    spin.value() if isinstance(spin, QSpinBox) else 0,
                    presenter_item.text() if presenter_item else None,
                )
            )
        return ConferenceDraft(
            kind=ConferenceKind(self.kind_combo.currentData()),
            title=self.title_edit.text(),
            start=pydatetime(self.start_edit.dateTime()),
            end=pydatetime(self.end_edit.dateTime()),
            topic=self.topic_edit.text(),
            unit_id=self.unit_combo.currentData(),
            venue_id=self.venue_combo.currentData(),
            online_url=self.online_edit.text(),
            notes=self.notes_edit.toPlainText(),
            participants=tuple(participants),
            agenda=tuple(agenda),
        )

    @property
    def conference_id(self) -> int | None:
        return self._detail.id if self._detail else None

    # --- live checks ---------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._update_agenda_total()
        self._check_timer.start()

    def _start_moved(self, value: object) -> None:
        """The end follows the start: moving the start by some time moves the end by as much."""
        start = pydatetime(self.start_edit.dateTime())
        before, self._start_shown = self._start_shown, start
        if before is None or start == before:
            return
        end = pydatetime(self.end_edit.dateTime())
        if end > before:  # a length to keep (an end before the start is left for the user)
            self.end_edit.setDateTime(qdatetime(end + (start - before)))

    def _form_state(self) -> object:
        """What the form shows that a save would write (None: nothing can be saved)."""
        return self.draft() if self._editable() else None

    def _editable(self) -> bool:
        detail = self._detail
        if not self.capabilities.may_edit:
            return False
        return detail is None or detail.status in (
            ConferenceStatus.DRAFT,
            ConferenceStatus.SCHEDULED,
            ConferenceStatus.POSTPONED,
        )

    def has_unsaved_changes(self) -> bool:
        return self.unsaved.has_changes()

    def _update_agenda_total(self) -> None:
        draft = self.draft()
        total = sum(a.minutes for a in draft.agenda)
        over = draft.agenda_overrun_minutes
        if over:
            text = self.tr("Agenda: %1 min, %Ln min longer than the conference", "", over)
            self.agenda_total.setStyleSheet(WARNING_STYLE)
        else:
            text = self.tr("Agenda: %1 min")
            self.agenda_total.setStyleSheet("")
        text = text.replace("%1", format_number(total))
        self.agenda_total.setText(text)

    def refresh_warnings(self) -> None:
        """Check the form now (also called by the timer after each change)."""
        self._check_timer.stop()
        self._update_agenda_total()
        draft = self.draft()
        lines: list[str] = []
        if draft.end < draft.start:
            lines.append(self.tr("The end is before the start."))
            self.warnings = []
        elif draft.end == draft.start:
            lines.append(self.tr("The conference has no length: the end equals the start."))
            self.warnings = []
        else:
            self.warnings = []
            Operation(
                self, lambda: self._services.scheduling.check(draft, self.conference_id)
            ).success(lambda warnings: setattr(self, "warnings", list(warnings))).failure(
                lambda text, _failure: lines.append(text)
            ).run()
            lines += [warning_text(w) for w in self.warnings]
        over = draft.agenda_overrun_minutes
        if over:
            lines.append(
                self.tr("The agenda runs %Ln minute(s) longer than the conference.", "", over)
            )
        if lines:
            self.warning_label.setText("⚠ " + "<br>⚠ ".join(_escape(x) for x in lines))
        else:
            self.warning_label.setText(self.tr("No conflicts."))

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form; ask for a reason when it goes over warnings. True when saved."""
        self.error_label.clear()
        draft = self.draft()
        reason: str | None = None
        scheduling = self._services.scheduling
        current = self._detail

        def save() -> ConferenceDetail:
            if current is None:
                return scheduling.create(draft, override_reason=reason)
            return scheduling.update(current.id, current.version, draft, override_reason=reason)

        resolved: list[bool] = []  # somebody saved it meanwhile: what the person chose
        self._saving = True  # a refusal asking for a reason is asked here (``_refused``)
        try:
            while True:
                operation = Operation(
                    self, save, changes=SAVE_CHANGES, waits=True, repeatable=current is not None
                )
                operation.conflict(
                    lambda theirs: resolved.append(self._changed_meanwhile(current, draft, theirs))
                )
                if operation.success(self._saved).failure(self._refused).run():
                    return True
                if resolved:
                    return resolved[0]
                failure = operation.failure_seen
                conflicts = failure.message if failure is not None else None
                if not isinstance(conflicts, ConflictsNeedReason):
                    return False
                self.warnings = list(conflicts.warnings)
                reason = self.ask_reason(conflicts.warnings)
                if not reason:
                    self.error_label.setText(
                        self.tr("Not saved: a reason is needed to save over the warnings.")
                    )
                    return False
        finally:
            self._saving = False

    def _changed_meanwhile(
        self, opened: ConferenceDetail | None, mine: ConferenceDraft, theirs: ConferenceDetail
    ) -> bool:
        """Somebody else saved this conference since the form read it: both versions side by
        side, the person chooses (``ui/common/conflict_dialog.py``). True when saved."""
        if opened is None:
            return False
        choices = self._choices
        names = {
            "unit_id": {unit.id: unit.name for unit in choices.units},
            "venue_id": {venue.id: venue.name for venue in choices.venues},
        }
        labels = {
            "kind": self.tr("Kind"),
            "title": self.tr("Title"),
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "topic": self.tr("Topic"),
            "unit_id": self.tr("Unit"),
            "venue_id": self.tr("Venue"),
            "online_url": self.tr("Online meeting link"),
            "notes": self.tr("Notes"),
            "participants": self.tr("People"),
            "agenda": self.tr("Agenda"),
        }

        def show(name: str, value: object) -> str:
            if name in names and isinstance(value, int):
                return names[name].get(value, str(value))
            if name == "kind" and isinstance(value, ConferenceKind):
                return kind_label(value)
            if isinstance(value, datetime):
                return format_datetime(value)
            if name == "participants" and isinstance(value, tuple):
                return "; ".join(who(p) for p in value) or "—"
            if name == "agenda" and isinstance(value, tuple):
                return "; ".join(item.title for item in value) or "—"
            return shown(value)

        officials = {official.id: official.name for official in choices.officials}
        agencies = {agency.id: agency.name for agency in choices.agencies}

        def who(person: ParticipantData) -> str:
            if person.official_id is not None:
                return officials.get(person.official_id, str(person.official_id))
            if person.agency_id is not None:
                return agencies.get(person.agency_id, str(person.agency_id))
            return person.name or str(person.citizen_id or "")

        resolution = resolve_conflict(
            self,
            _comparable(opened.draft),
            _comparable(mine),
            _comparable(theirs.draft),
            labels,
            show,
        )
        if resolution.choice is Chosen.THEIRS:
            self._load(theirs)
            self.unsaved.mark_saved()
            self.error_label.setText(self.tr("Their version is kept; yours was dropped."))
            return False
        if resolution.record is None:
            self.error_label.setText(self.tr("Not saved yet: your changes are still in the form."))
            return False
        self._load(replace(theirs, draft=resolution.record))  # goes over their version
        return self.save()

    def _saved(self, detail: ConferenceDetail) -> None:
        self._load(detail)
        self.refresh_warnings()
        self.conference_saved.emit(detail.id)

    def _refused(self, text: str, failure: Failure) -> None:
        error = failure.message
        if isinstance(error, ConflictsNeedReason) and self._saving:
            return  # save() asks for a reason
        # (saved again once the connection came back, outside save(): the warnings are said,
        # and Save asks for the reason)
        self.error_label.setText(text)
        if isinstance(error, ValidationError):
            self._focus_field(error.field)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  # Qt's name
        # the window's close button asks (through reject); a close by the program does not
        with self.unsaved.quiet_unless(event.spontaneous()):
            super().closeEvent(event)

    def reject(self) -> None:
        """Close ("Close", the window's button, Esc): with unsaved changes, after asking."""
        if self.isVisible() and not self.unsaved.may_close():
            return
        super().reject()

    def done(self, result: int) -> None:
        self._check_timer.stop()  # no database query after the form is gone
        self.citizen_picker.done()
        super().done(result)

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _focus_field(self, name: str | None) -> None:
        widgets: dict[str | None, tuple[int, QWidget]] = {
            "title": (0, self.title_edit),
            "start": (0, self.start_edit),
            "end": (0, self.end_edit),
            "venue": (0, self.venue_combo),
            "unit": (0, self.unit_combo),
            "participants": (1, self.chairs_list),
            "agenda": (3, self.agenda_table),
        }
        if name in widgets:
            tab, widget = widgets[name]
            self.tabs.setCurrentIndex(tab)
            widget.setFocus()

    # --- status actions ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        detail = self._detail
        allowed = detail.allowed_statuses if detail else frozenset()
        self.schedule_button.setVisible(ConferenceStatus.SCHEDULED in allowed)
        self.postpone_button.setVisible(ConferenceStatus.POSTPONED in allowed)
        self.cancel_conference_button.setVisible(ConferenceStatus.CANCELLED in allowed)
        self.hold_button.setVisible(
            detail is not None
            and detail.status in (ConferenceStatus.SCHEDULED, ConferenceStatus.HELD)
        )
        self.close_button.setVisible(ConferenceStatus.CLOSED in allowed)
        self.reopen_button.setVisible(
            detail is not None
            and detail.status in (ConferenceStatus.HELD, ConferenceStatus.CLOSED)
            and self.capabilities.may_reopen
        )
        self.tabs.setTabVisible(self._attendance_tab, detail is not None)  # once saved
        cancelled = detail is not None and detail.status == ConferenceStatus.CANCELLED
        self.invite_button.setVisible(detail is not None and not cancelled)
        self.cancellation_button.setVisible(cancelled)
        self.document_button.setVisible(detail is not None and not cancelled)
        if not self.capabilities.may_edit:  # a viewer: no status move, nothing sent or issued
            for button in (
                self.schedule_button,
                self.postpone_button,
                self.cancel_conference_button,
                self.hold_button,
                self.close_button,
                self.invite_button,
                self.cancellation_button,
                self.document_button,
            ):
                button.setVisible(False)
        editable = self._editable()
        self._set_read_only(not editable)
        self.find_time_button.setVisible(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        if detail is None:
            self.status_label.setText(self.tr("New conference (not saved yet)"))
        else:
            issues = len(detail.cases)
            if detail.status_reason and issues:
                text = self.tr("Status: %1 — %2 · %Ln issue(s) registered as cases", "", issues)
            elif detail.status_reason:
                text = self.tr("Status: %1 — %2")
            elif issues:
                text = self.tr("Status: %1 · %Ln issue(s) registered as cases", "", issues)
            else:
                text = self.tr("Status: %1")
            # the reason is typed by the user: put it in last, so a "%1" in it stays as typed
            text = text.replace("%1", status_label(detail.status))
            self.status_label.setText(text.replace("%2", detail.status_reason or ""))

    def _set_read_only(self, read_only: bool) -> None:
        """A held, closed or cancelled conference: every tab readable, nothing editable (the
        lists show only who was chosen, the agenda cannot be typed into)."""
        for line in (self.title_edit, self.topic_edit, self.online_edit):
            line.setReadOnly(read_only)
        self.notes_edit.setReadOnly(read_only)
        for edit in (self.start_edit, self.end_edit):
            edit.setReadOnly(read_only)
        for combo in (self.kind_combo, self.unit_combo, self.venue_combo):
            combo.setEnabled(not read_only)
        for checklist in (self.chairs_list, self.agencies_list):
            _set_checkable(checklist, not read_only)
        self.citizen_picker.setVisible(not read_only)
        self.invited_list.setVisible(read_only)
        self.invited_list.clear()
        if read_only:
            for person in self.citizen_picker.people_picked():
                self.invited_list.addItem(person.label)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.agenda_table.setEditTriggers(triggers)
        for row in range(self.agenda_table.rowCount()):
            spin = self.agenda_table.cellWidget(row, 1)
            if isinstance(spin, QSpinBox):
                spin.setReadOnly(read_only)
        for button in self._agenda_buttons:
            button.setVisible(not read_only)

    def _status_change(self, action: Callable[[ConferenceDetail], ConferenceDetail]) -> bool:
        """Run ``action`` on the conference as shown (its version guards it); False when the
        person chose not to (unsaved edits). Lost to the connection, it waits in the form and
        runs once it is back (``ui/common/waiting_save.py``)."""
        if self._detail is None:
            return False
        if self.unsaved.has_changes():  # the change reloads the form: save or drop edits first
            choice = self.unsaved.ask()
            if choice is UnsavedChoice.CANCEL or (choice is UnsavedChoice.SAVE and not self.save()):
                return False
        self.error_label.clear()
        current = self._detail
        Operation(
            self, lambda: action(current), changes=STATUS_CHANGES, waits=True, repeatable=True
        ).success(self._saved).failure(in_label(self.error_label)).run()
        return True

    def mark_scheduled(self) -> None:
        self._status_change(
            lambda d: self._services.scheduling.change_status(
                d.id, d.version, ConferenceStatus.SCHEDULED
            )
        )

    def postpone(self) -> None:
        reason = self.ask_text(
            self.tr("Postpone the conference"),
            self.tr("Why is it postponed? The invited people will be told."),
        )
        if reason:
            self._status_change(
                lambda d: self._services.scheduling.postpone(d.id, d.version, reason)
            )

    def cancel_conference(self) -> None:
        reason = self.ask_text(
            self.tr("Cancel the conference"),
            self.tr("Why is it cancelled? The invited people will be told."),
        )
        if reason:
            self._status_change(lambda d: self._services.scheduling.cancel(d.id, d.version, reason))

    def record_outcome(self) -> None:
        if self._detail is None:
            return
        record = self.ask_holding(self._detail)
        # saved as held, the form shows the conference as saved, the attendance ticked in the
        # outcome form included; lost to the connection, the outcome waits in this form
        if record is not None and self._status_change(
            lambda d: self._services.scheduling.record_held(d.id, d.version, record)
        ):
            return
        # the outcome form saves its attendance ticks at once, even when it is cancelled
        conference_id = self._detail.id
        Operation(self, lambda: self._services.scheduling.get(conference_id)).success(
            self._ticks_saved
        ).run()

    def _ticks_saved(self, fresh: ConferenceDetail) -> None:
        self._attendance_saved(fresh)
        if self._detail is not None:
            self.attendance.show_detail(self._detail)

    def reopen(self) -> None:
        """Reopen a held or closed conference (a head), giving a reason; without a reason the
        service refuses and says so."""
        reason = self.ask_reopen_reason()
        if reason is None:
            return  # cancelled
        self._status_change(lambda d: self._services.scheduling.reopen(d.id, d.version, reason))

    def _ask_reopen_reason(self) -> str | None:
        dialog = TextPrompt(
            self.tr("Reopen the conference"),
            self.tr("Why is it reopened? The reason is recorded in the conference's timeline."),
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText()

    def _show_timeline(self) -> None:
        """The timeline, and what "Undo" would take back."""
        detail = self._detail
        steps = self._services.scheduling.timeline(detail.id) if detail else []
        self.results.show_timeline(steps)
        last = steps[-1] if steps and steps[-1].undoable else None
        self._undo_step = last.id if last else None
        self.undo_button.setVisible(last is not None and self.capabilities.may_edit)
        if last is not None:
            # the button names the step; its tooltip adds the reason typed (any length)
            short = self.results.describe(last, with_note=False)
            self.undo_button.setText(self.tr("Undo: %1").replace("%1", short))
            self.undo_button.setToolTip(
                self.tr("Takes back the last change of this conference: %1").replace(
                    "%1", self.results.describe(last)
                )
            )

    def undo_last_change(self) -> None:
        """Undo the conference's last change (refused with a message when somebody changed
        the conference since)."""
        step = self._undo_step
        if step is None:
            return
        self._status_change(lambda d: self._services.scheduling.undo(d.id, step))

    def _attendance_saved(self, detail: ConferenceDetail) -> None:
        # a tick changes neither the form nor the version: keep the detail's attendance fresh
        if self._detail is not None and detail.version == self._detail.version:
            self._detail = detail
        self._count_attendance()

    def _count_attendance(self) -> None:
        """The Attendance tab counts who came: "Attendance (2/3)"."""
        detail = self._detail
        text = self.tr("Attendance")
        if detail is not None and detail.attendance:
            text = (
                self.tr("Attendance (%1/%2)")
                .replace("%1", str(detail.attended_count))
                .replace("%2", str(len(detail.attendance)))
            )
        self.tabs.setTabText(self._attendance_tab, text)

    def close_conference(self) -> None:
        """Close ("complete") a held conference, after confirming: its record is then final
        (only a head can reopen it)."""
        if not self.ask_confirm(
            self.tr("Close the conference"),
            self.tr(
                "Close this conference? Its outcome and issues can then no longer be edited; "
                "only a head can reopen it, giving a reason."
            ),
            self.tr("Close conference"),
        ):
            return
        self._status_change(lambda d: self._services.scheduling.close(d.id, d.version))

    def find_time(self) -> None:
        draft = self.draft()
        duration = max(draft.end - draft.start, timedelta(minutes=30))
        dialog = FindTimeDialog(
            self._services,
            list(draft.chair_ids),
            draft.venue_id,
            duration,
            draft.start.date(),
            exclude_id=self.conference_id,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.start_edit.setDateTime(qdatetime(dialog.chosen.start))
            self.end_edit.setDateTime(qdatetime(dialog.chosen.end))

    def export_invitation(self) -> InvitationDialog | None:
        """The invitation (or update): sent by e-mail or saved, and the list of what was sent."""
        return self._invitation_dialog(cancel=False)

    def export_cancellation(self) -> InvitationDialog | None:
        return self._invitation_dialog(cancel=True)

    def _invitation_dialog(self, *, cancel: bool) -> InvitationDialog | None:
        if self._detail is None:
            return None
        dialog = InvitationDialog(self._services, self._detail.id, cancel=cancel, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_document(self) -> QDialog | None:
        """The dialog that makes this conference's letters and notices (ui/documents/)."""
        if self._detail is None:
            return None
        from dialogue_app.domain.documents import RecordType
        from dialogue_app.ui.documents import make_document

        return make_document(self, self._services, RecordType.CONFERENCE, self._detail.id)

    # --- prompts (replaceable) -----------------------------------------------------------------

    def _ask_reason(self, warnings: Sequence[ConflictWarning]) -> str | None:
        return TextPrompt.ask(
            self,
            self.tr("Save despite the warnings?"),
            self.tr("Why should it be saved anyway? The reason is recorded."),
            [_escape(warning_text(w)) for w in warnings],
        )

    def _ask_text(self, title: str, prompt: str) -> str | None:
        return TextPrompt.ask(self, title, prompt)

    def _ask_holding(self, detail: ConferenceDetail) -> HoldingRecord | None:
        dialog = HoldingDialog(self._services, detail, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.record()


# --- helpers -----------------------------------------------------------------------------------


def _checklist(items: object) -> QListWidget:
    widget = QListWidget()
    for value, text in items:  # type: ignore[attr-defined]
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[int]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _set_checkable(widget: QListWidget, checkable: bool) -> None:
    """Let the user tick the list, or show it read-only: only the items ticked."""
    for i in range(widget.count()):
        item = widget.item(i)
        flags = item.flags()
        if checkable:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
        else:
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)
        widget.setRowHidden(i, not checkable and item.checkState() != Qt.CheckState.Checked)


def _set_checked(widget: QListWidget, values: set[int | None]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        state = (
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) in values
            else Qt.CheckState.Unchecked
        )
        item.setCheckState(state)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _next_round_hour(now: datetime) -> datetime:
    """8:00 tomorrow (Vietnam's time): the form's first guess for a new conference."""
    from dialogue_app.domain.timezone import VN_TZ

    tomorrow = now.astimezone(VN_TZ) + timedelta(days=1)
    return tomorrow.replace(hour=8, minute=0, second=0, microsecond=0)

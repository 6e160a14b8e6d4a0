"""Settings: the office profile, the language, and the other sections features add."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.container import Services
from dialogue_app.services.errors import Failure, ValidationError
from dialogue_app.services.office import OfficeProfileData
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.conflict_dialog import Choice, resolve_conflict
from dialogue_app.ui.common.durations import ReminderSpinBox
from dialogue_app.ui.common.i18n import LANGUAGES
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.operations import Operation, in_message_box
from dialogue_app.ui.common.wheel import wheel_only_when_focused


class SettingsPage(QWidget):
    """Signals:
    language_change_requested(str): the user chose another interface language.
    profile_saved(): the office profile was saved.
    """

    language_change_requested = Signal(str)
    profile_saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services

        content = QWidget()
        content.setObjectName("settingsContent")
        layout = QVBoxLayout(content)
        layout.addWidget(self._build_profile_group())
        layout.addWidget(self._build_language_group())
        for section in self._extra_sections():
            layout.addWidget(section)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        wheel_only_when_focused(content)  # scrolling the page never changes a setting
        self.load()

    # --- office profile ------------------------------------------------------------------------

    def _build_profile_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Office profile"))
        form = QFormLayout(group)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Office of the Provincial Party Committee"))
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.organizer_name_edit = QLineEdit()
        self.organizer_email_edit = QLineEdit()
        self.organizer_email_edit.setPlaceholderText("vanphong@hatinh.gov.vn")
        self.cutoff_spin = QSpinBox()
        self.cutoff_spin.setRange(0, 28)
        self.cutoff_spin.setSpecialValueText(self.tr("calendar months"))
        self.reminder_spin = ReminderSpinBox()  # "1 day before", not "1440 minutes" (issue 18)
        form.addRow(self.tr("Office name"), self.name_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Telephone"), self.phone_edit)
        form.addRow(self.tr("Invitations sent by (name)"), self.organizer_name_edit)
        form.addRow(self.tr("Invitations sent by (e-mail)"), self.organizer_email_edit)
        # the day a report month ENDS on (10: from the 11th to the 10th of the next month)
        form.addRow(self.tr("Report months end on day"), self.cutoff_spin)
        self.cutoff_hint = QLabel()
        self.cutoff_hint.setWordWrap(True)
        self.cutoff_spin.valueChanged.connect(self._show_cutoff)
        self._show_cutoff(self.cutoff_spin.value())
        # an empty widget, not "", beside the hint: with an empty QLabel there the form gives the
        # wrapped hint twice its height, empty space above and below its text
        form.addRow(QWidget(), self.cutoff_hint)
        form.addRow(self.tr("Calendar reminder"), self.reminder_spin)
        self.profile_message = QLabel()
        self.profile_message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save office profile"))
        self.save_button.setToolTip(self.tr("Save the office profile (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_message, 1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        return group

    def load(self) -> None:
        profile = self._services.office.get_profile()
        self._opened = profile  # the version a save goes over (the conflict dialog's "before")
        self.name_edit.setText(profile.name)
        self.address_edit.setText(profile.address or "")
        self.phone_edit.setText(profile.phone or "")
        self.organizer_name_edit.setText(profile.organizer_name or "")
        self.organizer_email_edit.setText(profile.organizer_email or "")
        self.cutoff_spin.setValue(profile.report_cutoff_day)
        self.reminder_spin.setValue(profile.reminder_minutes)
        if not profile.name:
            self.profile_message.setText(
                self.tr("Enter your office's name and the e-mail invitations are sent from.")
            )

    def profile_from_form(self) -> OfficeProfileData:
        return replace(
            self._opened,
            name=self.name_edit.text(),
            address=self.address_edit.text() or None,
            phone=self.phone_edit.text() or None,
            organizer_name=self.organizer_name_edit.text() or None,
            organizer_email=self.organizer_email_edit.text() or None,
            report_cutoff_day=self.cutoff_spin.value(),
            reminder_minutes=self.reminder_spin.value(),
        )

    def _show_cutoff(self, day: int) -> None:
        """The report month in plain dates: "from the 11th of one month to the 10th of the
        next (e.g. 11/10 – 10/11)", or calendar months."""
        if day == 0:
            self.cutoff_hint.setText(
                self.tr("A report month is a calendar month (e.g. 01/10 – 31/10).")
            )
            return
        self.cutoff_hint.setText(
            self.tr(
                "A report month runs from day %1 of one month to day %2 of the next "
                "(e.g. %1/10 – %2/11); the month is named after its last day."
            )
            .replace("%1", f"{day + 1:02d}")
            .replace("%2", f"{day:02d}")
        )

    def save(self) -> bool:
        return self._save_profile(self._opened, self.profile_from_form())

    def _save_profile(self, opened: OfficeProfileData, profile: OfficeProfileData) -> bool:
        return (
            Operation(
                self,
                lambda: self._services.office.save_profile(profile),
                changes=Changed.OFFICE,
                waits=True,
                repeatable=True,
            )
            .success(self._saved)
            .failure(self._refused)
            .conflict(lambda theirs: self._saved_meanwhile(opened, profile, theirs))
            .run()
        )

    def _saved_meanwhile(
        self, opened: OfficeProfileData, mine: OfficeProfileData, theirs: OfficeProfileData
    ) -> None:
        """Somebody else saved the settings since this page read them: both versions, the
        person chooses (``ui/common/conflict_dialog.py``); the form then shows what is saved."""
        labels = {
            "name": self.tr("Office name"),
            "address": self.tr("Address"),
            "phone": self.tr("Telephone"),
            "organizer_name": self.tr("Invitations sent by (name)"),
            "organizer_email": self.tr("Invitations sent by (e-mail)"),
            "report_cutoff_day": self.tr("Monthly reports count from day"),
            "reminder_minutes": self.tr("Calendar reminder"),
        }
        resolution = resolve_conflict(self, opened, mine, theirs, labels)
        if resolution.choice is Choice.THEIRS:
            self.load()
            self.profile_message.setStyleSheet("")
            self.profile_message.setText(self.tr("Their version is kept; yours was dropped."))
        elif resolution.record is not None:
            self._save_profile(theirs, resolution.record)
        else:
            self.profile_message.setStyleSheet(ERROR_STYLE)
            self.profile_message.setText(
                self.tr("Not saved yet: your changes are still in the form.")
            )

    def _saved(self, result: object) -> None:
        if isinstance(result, OfficeProfileData):
            self.load()  # what is saved now, with its version, is what a next save goes over
        self.profile_message.setStyleSheet("")
        self.profile_message.setText(self.tr("Saved."))
        self.profile_saved.emit()

    def _refused(self, text: str, failure: Failure) -> None:
        error = failure.message
        if not isinstance(error, ValidationError):
            in_message_box(self, self.tr("Office profile"))(text, failure)
            return
        self.profile_message.setText(text)
        self.profile_message.setStyleSheet(ERROR_STYLE)
        widget = {
            "name": self.name_edit,
            "organizer_email": self.organizer_email_edit,
            "report_cutoff_day": self.cutoff_spin,
        }.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    # --- language ------------------------------------------------------------------------------

    def _build_language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        form = QFormLayout(group)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        from PySide6.QtCore import QLocale

        current = "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"
        self.language_combo.setCurrentIndex(self.language_combo.findData(current))
        self.language_combo.activated.connect(self._language_chosen)
        form.addRow(self.tr("Interface language"), self.language_combo)
        return group

    def _language_chosen(self, index: int) -> None:
        self.language_change_requested.emit(str(self.language_combo.itemData(index)))

    # --- sections added by features ------------------------------------------------------------

    def _extra_sections(self) -> list[QWidget]:
        """The working-day calendar, the leaders' busy times, the deadline rules, and the
        letterhead and templates of official documents."""
        from dialogue_app.ui.conferences.working_days_editor import WorkingDaysEditor

        working_days = QGroupBox(self.tr("Working days"))
        QVBoxLayout(working_days).addWidget(WorkingDaysEditor(self._services, working_days))

        busy = QGroupBox(self.tr("Leaders' busy times"))
        busy_layout = QHBoxLayout(busy)
        explanation = QLabel(
            self.tr(
                "Import a leader's own calendar (an .ics file exported from Outlook, Google or "
                "Thunderbird) so that planning warns when they are busy."
            )
        )
        explanation.setWordWrap(True)
        self.busy_import_button = QPushButton(self.tr("Import busy times…"))
        self.busy_import_button.clicked.connect(self.import_busy_times)
        busy_layout.addWidget(explanation, 1)
        busy_layout.addWidget(self.busy_import_button)
        # issue 16: the office's mail and calendar servers, leaders' calendars read live
        self.calendar_links_button = QPushButton(self.tr("Calendars and mail…"))
        self.calendar_links_button.clicked.connect(self.open_calendar_links)
        busy_layout.addWidget(self.calendar_links_button)
        from dialogue_app.ui.cases.deadline_rules_editor import DeadlineRulesEditor

        rules = QGroupBox(self.tr("Deadline rules"))
        QVBoxLayout(rules).addWidget(DeadlineRulesEditor(self._services, rules))
        from dialogue_app.ui.backups import BackupsSection
        from dialogue_app.ui.documents import document_settings

        return [
            working_days,
            busy,
            rules,
            *document_settings(self._services),
            BackupsSection(self._services, self),
        ]

    def open_calendar_links(self) -> QDialog:
        from dialogue_app.ui.calendar_exchange.links_dialog import CalendarLinksDialog

        dialog = CalendarLinksDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_busy_times(self) -> None:
        from dialogue_app.ui.calendar_exchange.calendar_exchange import BusyTimesImportDialog

        dialog = BusyTimesImportDialog(self._services, self)
        dialog.exec()

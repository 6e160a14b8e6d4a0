"""Calendar files from the window: export an invitation, a cancellation, the schedule or the
deadlines (.ics or .eml), and import a leader's own calendar as busy times.

The export functions are what a conference dialog or a calendar view calls: each asks where to
save (unless given ``path``), writes the file whole, and tells the user what happened (in a
non-blocking message box, or in the progress dialog of a long export).
``BusyTimesImportDialog`` is the page the settings offer.

An invitation or cancellation (one conference) is instant and is written on the window's thread
under a wait cursor. A schedule or a deadline calendar can hold thousands of entries (a year of a
big office takes seconds): it is read and written in a worker (``ui/background_task.py``) with a
progress dialog and Cancel; the file appears only when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.dates import date_edit, format_date
from dialogue_app.ui.common.file_dialogs import FileKind, open_file, save_file, suggested_name
from dialogue_app.ui.common.messages import ERROR_STYLE
from dialogue_app.ui.common.numbers import format_number
from dialogue_app.ui.common.operations import FailureCallback, Operation

if TYPE_CHECKING:
    from dialogue_app.domain.conferences import ConferenceKind
    from dialogue_app.services.calendar_exchange import CalendarFile
    from dialogue_app.services.container import Services

CONTEXT = "CalendarExchange"


def _ics_filter() -> str:
    return QCoreApplication.translate("CalendarExchange", "Calendar files (*.ics)")


def _eml_filter() -> str:
    return QCoreApplication.translate("CalendarExchange", "E-mail messages (*.eml)")


# --- exports -----------------------------------------------------------------------------------


def export_invitation(
    parent: QWidget | None,
    services: Services,
    conference_id: int,
    *,
    as_email: bool = False,
    path: str | Path | None = None,
) -> Path | None:
    """Save the invitation (or, after a change, the update) of one conference.

    ``as_email``: an .eml that Outlook opens as a meeting request. Returns the path written, or
    None when the user cancelled or the export was refused (the reason is shown).
    """
    service = services.calendar_exchange
    if path is None:
        path = _ask_where(
            parent,
            conference_file_name(services, conference_id, cancel=False, as_email=as_email),
            _eml_filter() if as_email else _ics_filter(),
            FileKind.INVITATION,
        )
        if path is None:
            return None
    if as_email:
        return _export(parent, lambda: service.invitation_email(conference_id), path, _eml_filter())
    return _export(parent, lambda: service.invitation(conference_id), path, _ics_filter())


def export_cancellation(
    parent: QWidget | None,
    services: Services,
    conference_id: int,
    *,
    as_email: bool = False,
    path: str | Path | None = None,
) -> Path | None:
    """Save the cancellation of a cancelled conference (METHOD:CANCEL)."""
    service = services.calendar_exchange
    if path is None:
        path = _ask_where(
            parent,
            conference_file_name(services, conference_id, cancel=True, as_email=as_email),
            _eml_filter() if as_email else _ics_filter(),
            FileKind.INVITATION,
        )
        if path is None:
            return None
    if as_email:
        return _export(
            parent,
            lambda: service.invitation_email(conference_id, cancel=True),
            path,
            _eml_filter(),
        )
    return _export(parent, lambda: service.cancellation(conference_id), path, _ics_filter())


def export_schedule(
    parent: QWidget | None,
    services: Services,
    start: date | None,
    end: date | None,
    *,
    leader_id: int | None = None,
    unit_id: int | None = None,
    kind: ConferenceKind | None = None,
    path: str | Path | None = None,
) -> TaskDialog | None:
    """Save the published schedule of ``start``..``end`` (conferences and reception days).

    Runs in the background (a year of a big office takes seconds): returns the progress dialog,
    already started and shown, or None when the user chose no file.
    """
    service = services.calendar_exchange

    def build() -> CalendarFile:
        return service.schedule(start, end, leader_id=leader_id, unit_id=unit_id, kind=kind)

    title = QCoreApplication.translate("CalendarExchange", "Schedule")
    return _export_in_background(
        parent, build, path, _period_name(title, start, end), _schedule_texts()
    )


def export_deadlines(
    parent: QWidget | None,
    services: Services,
    start: date | None,
    end: date | None,
    *,
    agency_id: int | None = None,
    handler: str | None = None,
    path: str | Path | None = None,
) -> TaskDialog | None:
    """Save the deadlines of open cases as all-day calendar entries, in the background (see
    ``export_schedule``)."""
    service = services.calendar_exchange

    def build() -> CalendarFile:
        return service.deadlines(start, end, agency_id=agency_id, handler=handler)

    title = QCoreApplication.translate("CalendarExchange", "Deadlines of open cases")
    return _export_in_background(
        parent, build, path, _period_name(title, start, end), _deadline_texts()
    )


def _schedule_texts() -> tuple[str, Callable[[int], str]]:
    return (
        QCoreApplication.translate("CalendarExchange", "Exporting the schedule"),
        lambda count: QCoreApplication.translate(
            "CalendarExchange",
            "Saved %Ln calendar entry(ies) as %1. Open the file in a calendar program, or post "
            "it for the office.",
            "",
            count,
        ),
    )


def _deadline_texts() -> tuple[str, Callable[[int], str]]:
    return (
        QCoreApplication.translate("CalendarExchange", "Exporting the deadlines"),
        lambda count: QCoreApplication.translate(
            "CalendarExchange",
            "Saved %Ln deadline(s) as %1. Open the file in a calendar program to see them "
            "as all-day entries.",
            "",
            count,
        ),
    )


def _export_in_background(
    parent: QWidget | None,
    build: Callable[[], CalendarFile],
    path: str | Path | None,
    suggested_name: str,
    texts: tuple[str, Callable[[int], str]],
) -> TaskDialog | None:
    """Ask where to save (unless given ``path``), then read the database and write the file in a
    worker, with progress and Cancel. The file appears only when complete; a cancelled or failed
    export leaves an existing file as it was."""
    if path is None:
        path = _ask_where(parent, suggested_name, _ics_filter())
        if path is None:
            return None
    target = Path(path)
    title, saved = texts

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Done:
        result = build()  # its own read session, in the worker's thread
        written = result.save(target, progress=progress, cancelled=cancelled)
        text = saved(result.event_count).replace("%1", str(written))
        return Done(text, written)

    dialog = Operation(parent, job, target=target).run_in_background(
        title,
        text=QCoreApplication.translate("CalendarExchange", "Writing %1…").replace(
            "%1", target.name
        ),
    )
    dialog.setObjectName("calendarExportProgress")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def conference_file_name(
    services: Services, conference_id: int, *, cancel: bool, as_email: bool
) -> str:
    """The name the invitation service gives the file (``giay-moi-2026-12-15-hoi-nghi….ics``),
    the same whether it is saved from the calendar or from the invitation dialog."""
    invitations = services.calendar_links.invitations
    return invitations.file_name(conference_id, as_email=as_email, cancel=cancel)


def _period_name(title: str, start: date | None, end: date | None) -> str:
    if start is not None and end is not None:
        title = (
            QCoreApplication.translate("CalendarExchange", "%1 from %2 to %3")
            .replace("%1", title)
            .replace("%2", start.strftime("%d-%m-%Y"))
            .replace("%3", end.strftime("%d-%m-%Y"))
        )
    return suggested_name(title, ".ics")


def _ask_where(
    parent: QWidget | None,
    suggested: str,
    file_filter: str,
    kind: FileKind = FileKind.CALENDAR,
) -> str | None:
    chosen = save_file(
        parent,
        kind,
        QCoreApplication.translate("CalendarExchange", "Save calendar file"),
        suggested,
        file_filter,
    )
    return str(chosen) if chosen else None


def _export(
    parent: QWidget | None,
    build: Callable[[], CalendarFile],
    path: str | Path | None,
    file_filter: str,
) -> Path | None:
    """One conference's file: instant, so on the window's thread under a wait cursor."""
    built: list[CalendarFile] = []
    create = Operation(parent, build).success(built.append)
    if not create.failure(
        _warning(
            parent,
            QCoreApplication.translate("CalendarExchange", "Cannot create the calendar file"),
        )
    ).run(busy=True):
        return None
    result = built[0]
    if path is None:
        path = _ask_where(parent, result.file_name, file_filter)
        if path is None:
            return None
    saved: list[Path] = []
    # disk full, folder not writable: said in plain words
    save = Operation(parent, lambda: result.save(path), target=path).success(saved.append)
    if not save.failure(
        _warning(
            parent, QCoreApplication.translate("CalendarExchange", "Cannot save the calendar file")
        )
    ).run():
        return None
    written = saved[0]
    # what was written decides the words, never the name the file was given
    if result.method == "REQUEST" and result.media_type == "message/rfc822":
        text = QCoreApplication.translate(
            "CalendarExchange",
            "The invitation e-mail was saved as %1. Open it in Outlook to send it.",
        )
    elif result.method == "REQUEST":
        text = QCoreApplication.translate(
            "CalendarExchange",
            "The invitation was saved as %1. Attach it to an e-mail to the invitees.",
        )
    else:
        text = QCoreApplication.translate(
            "CalendarExchange",
            "The cancellation was saved as %1. Send it to everybody who was invited.",
        )
    _tell(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("CalendarExchange", "Calendar file saved"),
        text.replace("%1", str(written)),
    )
    return written


def _warning(parent: QWidget | None, title: str) -> FailureCallback:
    """A failure callback: the refusal in a warning box titled ``title``."""
    return lambda text, _failure: _tell(parent, QMessageBox.Icon.Warning, title, text)


def _tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that does not block (tests and the event loop carry on)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("calendarExchangeMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# --- import of busy times ----------------------------------------------------------------------


class BusyTimesImportDialog(QDialog):
    """Choose an official and their calendar file (.ics exported from Outlook, Google or
    Thunderbird); import its busy times for the conflict checks; show what was imported.

    Signals:
        busy_times_imported(int): the official's id, after a successful import.
    """

    busy_times_imported = Signal(int)

    def __init__(
        self, services: Services, parent: QWidget | None = None, official_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._service = services.calendar_exchange
        self.setWindowTitle(self.tr("Import a leader's calendar"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Busy times from the leader's own calendar make the conflict check warn when a "
                "conference is planned while they are busy. Export the calendar from Outlook, "
                "Google or Thunderbird as an .ics file. Importing the same file again replaces "
                "what it brought before."
            )
        )
        intro.setWordWrap(True)

        self.official_combo = QComboBox()
        for choice in self._service.officials():
            self.official_combo.addItem(choice.label, choice.id)
        if official_id is not None:
            index = self.official_combo.findData(official_id)
            if index >= 0:
                self.official_combo.setCurrentIndex(index)

        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("Choose an .ics file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        today = services.clock.today()
        self.from_edit = date_edit(today - timedelta(days=30))
        self.to_edit = date_edit(today + timedelta(days=366))
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_edit)
        period.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Official:"), self.official_combo)
        form.addRow(self.tr("Calendar file:"), file_row)
        form.addRow(self.tr("Planning period:"), period)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.import_file)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_enabled()
        self.file_edit.textChanged.connect(self._update_enabled)

    def _update_enabled(self) -> None:
        has_official = self.official_combo.count() > 0
        self.import_button.setEnabled(has_official and bool(self.file_edit.text().strip()))
        if not has_official:
            self._show_error(self.tr("There are no officials yet. Add the leaders first."))

    def _browse(self) -> None:
        chosen = open_file(
            self,
            FileKind.CALENDAR,
            self.tr("Choose the calendar file"),
            self.tr("Calendar files (*.ics *.ical *.ifb);;All files (*)"),
            self.file_edit.text(),
        )
        if chosen:
            self.file_edit.setText(str(chosen))

    def import_file(self) -> bool:
        """Import the chosen file; show the outcome in the dialog. True when imported."""
        official_id = self.official_combo.currentData()
        path = self.file_edit.text().strip()
        if official_id is None or not path:
            self._show_error(self.tr("Choose an official and a calendar file."))
            return False
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        if end < start:
            self._show_error(self.tr("The end of the planning period is before its start."))
            return False
        return (
            Operation(
                self,
                lambda: self._service.import_busy_times_file(
                    int(official_id), path, horizon_start=start, horizon_end=end
                ),
            )
            .success(self._imported)
            .failure(
                lambda text, _failure: self._show_error(
                    self.tr("Nothing was imported. %1").replace("%1", text)
                )
            )
            .run(busy=True)
        )

    def _imported(self, summary: Any) -> None:
        text = (
            self.tr("%1: %Ln busy time(s) imported from %2 for %3 to %4.", "",
                    summary.blocks_imported)
            .replace("%1", summary.official_name)
            .replace("%3", format_date(summary.horizon_start))
            .replace("%4", format_date(summary.horizon_end))
            .replace("%2", summary.source)  # last: a file name may hold "%3"
        )  # fmt: skip
        details = []
        if summary.blocks_replaced:
            details.append(
                self.tr(
                    "Replaced: %Ln busy time(s) from the earlier import of this file.",
                    "",
                    summary.blocks_replaced,
                )
            )
        if summary.skipped_free or summary.skipped_cancelled:
            details.append(
                self.tr("Entries left out: %1 marked free, %2 cancelled.")
                .replace("%1", format_number(summary.skipped_free))
                .replace("%2", format_number(summary.skipped_cancelled))
            )
        if summary.floating:
            details.append(
                self.tr(
                    "Taken as Vietnam time: %Ln time(s) without a time zone.", "", summary.floating
                )
            )
        self.result_label.setStyleSheet("")
        self.result_label.setText("\n".join([text, *details]))
        self.busy_times_imported.emit(summary.official_id)

    def _show_error(self, message: str) -> None:
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(message)

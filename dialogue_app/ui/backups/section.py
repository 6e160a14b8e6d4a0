"""Settings → Backups: where and when, how many to keep, the last good one, the list, restore.

In PostgreSQL mode the app does not copy the server: the section shows how to schedule
``pg_dump`` and the age of the newest dump in the folder the office registers.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_app.services.backups import BackupInfo, BackupService, BackupSettings, BackupStatus
from dialogue_app.services.container import Services
from dialogue_app.services.errors import Failure, ValidationError
from dialogue_app.ui.backups.indicator import BackupIndicator
from dialogue_app.ui.backups.model import BackupListModel, format_size
from dialogue_app.ui.backups.scheduler import BackupScheduler
from dialogue_app.ui.common.background_task import Done, TaskDialog
from dialogue_app.ui.common.changes import Changed
from dialogue_app.ui.common.dates import format_datetime
from dialogue_app.ui.common.file_dialogs import FileKind, choose_folder, save_file, suggested_name
from dialogue_app.ui.common.messages import ERROR_STYLE, message_text
from dialogue_app.ui.common.operations import Operation, in_message_box


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class BackupsSection(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self._service: BackupService = services.backups
        self._services = services
        self._scheduler = self._find_scheduler(parent)
        layout = QVBoxLayout(self)
        self.state_label = BackupIndicator()
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        settings = self._service.settings()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save backup settings"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        if self._service.is_sqlite:
            layout.addLayout(self._build_sqlite_form(settings))
            layout.addLayout(row)
            layout.addWidget(self._build_list())
        else:
            layout.addWidget(self._build_postgres_help())
            layout.addLayout(self._build_postgres_form(settings))
            layout.addLayout(row)
            handover = QHBoxLayout()
            handover.addStretch(1)
            handover.addWidget(self._handover_button())
            layout.addLayout(handover)
        self._scheduler.status_changed.connect(self._show_status)
        self._scheduler.backup_taken.connect(lambda _taken: self.reload())
        self.reload()

    def _find_scheduler(self, parent: QWidget | None) -> BackupScheduler:
        window = parent.window() if parent is not None else None
        found = window.findChild(BackupScheduler) if window is not None else None
        # without the window's (a section shown alone): one of its own, only to wait on
        self._own_scheduler = found is None
        return found or BackupScheduler(self._service, self)

    # --- SQLite ------------------------------------------------------------------------------

    def _build_sqlite_form(self, settings: BackupSettings) -> QFormLayout:
        form = QFormLayout()
        self.folder_edit = QLineEdit(str(settings.folder) if settings.folder else "")
        self.folder_edit.setPlaceholderText(str(self._service.folder(BackupSettings())))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose_folder(self.folder_edit))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        folder_box = QVBoxLayout()
        folder_box.addLayout(folder_row)
        form.addRow(self.tr("Backup folder"), folder_box)
        hint = QLabel(
            self.tr(
                "Best on another disk or a network share: a backup beside the database is lost "
                "with it when the disk fails. Empty: the “backups” folder beside the data."
            )
        )
        hint.setWordWrap(True)
        folder_box.addWidget(hint)
        self.daily_check = QCheckBox(self.tr("At the first start of each day"))
        self.daily_check.setChecked(settings.at_first_start_of_day)
        self.close_check = QCheckBox(self.tr("When the window closes"))
        self.close_check.setChecked(settings.on_close)
        self.hours_spin = _spin(0, 24, settings.every_hours)
        self.hours_spin.setSpecialValueText(self.tr("never"))
        self.hours_spin.setSuffix(self.tr(" hours"))
        form.addRow(self.tr("Back up (if anything changed)"), self.daily_check)
        form.addRow("", self.close_check)
        form.addRow(self.tr("Also every"), self.hours_spin)
        self.keep_daily_spin = _spin(0, 366, settings.keep_daily)
        self.keep_weekly_spin = _spin(0, 520, settings.keep_weekly)
        self.keep_monthly_spin = _spin(0, 1200, settings.keep_monthly)
        keep = QHBoxLayout()
        for label, spin in (
            (self.tr("daily"), self.keep_daily_spin),
            (self.tr("weekly"), self.keep_weekly_spin),
            (self.tr("monthly"), self.keep_monthly_spin),
        ):
            keep.addWidget(spin)
            keep.addWidget(QLabel(label))
        keep.addStretch(1)
        form.addRow(self.tr("Keep"), keep)
        self.max_age_spin = _spin(1, 366, settings.max_age_days)
        self.max_age_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Warn when the last backup is older than"), self.max_age_spin)
        return form

    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = BackupListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self._handover_button())
        layout.addLayout(buttons)
        return box

    # --- PostgreSQL --------------------------------------------------------------------------

    def _build_postgres_help(self) -> QLabel:
        command = html.escape(self._service.pg_dump_command())
        label = QLabel(
            self.tr(
                "The office database lives on the PostgreSQL server: Dialogue Desk does not copy "
                "it. Have IT schedule a nightly dump on the server (Windows Task Scheduler or "
                "cron), for example:<br><code>%1</code><br>keep the dumps on another disk, and "
                "register their folder below: everyone then sees the age of the newest dump, "
                "and a warning when it is too old. Restore with pg_restore."
            ).replace("%1", command)
        )
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_postgres_form(self, settings: BackupSettings) -> QFormLayout:
        form = QFormLayout()
        self.dump_edit = QLineEdit(str(settings.dump_folder) if settings.dump_folder else "")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(lambda: self._choose_folder(self.dump_edit))
        row = QHBoxLayout()
        row.addWidget(self.dump_edit, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Folder of the database dumps"), row)
        self.max_age_spin = _spin(1, 366, settings.max_age_days)
        self.max_age_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Warn when the last dump is older than"), self.max_age_spin)
        return form

    def _handover_button(self) -> QPushButton:
        self.handover_button = QPushButton(self.tr("Export the whole record…"))
        self.handover_button.setToolTip(
            self.tr(
                "A zip file of every table as CSV, the stored files and a README of the "
                "columns: the office's data in open formats (it includes confidential data)."
            )
        )
        self.handover_button.clicked.connect(lambda: self.export_handover())
        return self.handover_button

    def export_handover(self, target: Path | None = None) -> TaskDialog | None:
        """The handover archive, written in the background (``target``: tests skip asking)."""
        if target is None:
            today = self._services.clock.today()
            name = suggested_name(self.tr("Whole record"), ".zip", on=today)
            chosen = save_file(
                self, FileKind.ARCHIVE, self.tr("Export the whole record"), name, "Zip (*.zip)"
            )
            if chosen is None:
                return None
            target = chosen
        handover = self._services.handover

        def job(progress: Callable[[int, int], None], _cancelled: object) -> Done:
            result = handover.export(target, progress)
            rows = sum(result.counts.values())
            return Done(
                self.tr("The whole record (%1 rows, %2 files) was written to %3.")
                .replace("%1", str(rows))
                .replace("%2", str(result.files))
                .replace("%3", str(result.path)),
                result,
            )

        return Operation(self, job, target=target).run_in_background(
            self.tr("Export the whole record"), text=self.tr("Writing the archive…")
        )

    # --- actions -----------------------------------------------------------------------------

    def _choose_folder(self, edit: QLineEdit) -> None:
        chosen = choose_folder(self, FileKind.ARCHIVE, self.tr("Choose a folder"), edit.text())
        if chosen:
            edit.setText(str(chosen))

    def settings_from_form(self) -> BackupSettings:
        current = self._service.settings()
        if not self._service.is_sqlite:
            dump = self.dump_edit.text().strip()
            return replace(
                current,
                dump_folder=Path(dump) if dump else None,
                max_age_days=self.max_age_spin.value(),
            )
        folder = self.folder_edit.text().strip()
        return replace(
            current,
            folder=Path(folder) if folder else None,
            at_first_start_of_day=self.daily_check.isChecked(),
            on_close=self.close_check.isChecked(),
            every_hours=self.hours_spin.value(),
            keep_daily=self.keep_daily_spin.value(),
            keep_weekly=self.keep_weekly_spin.value(),
            keep_monthly=self.keep_monthly_spin.value(),
            max_age_days=self.max_age_spin.value(),
        )

    def save(self) -> bool:
        settings = self.settings_from_form()
        return (
            Operation(self, lambda: self._service.save_settings(settings))
            .success(self._saved)
            .failure(self._refused)
            .run()
        )

    def _saved(self, _result: object) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.reload()

    def _refused(self, text: str, failure: Failure) -> None:
        if not isinstance(failure.message, ValidationError):
            in_message_box(self, self.tr("Backups"))(text, failure)
            return
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE)

    def back_up_now(self) -> TaskDialog:
        """A backup now, even if nothing changed: in the background, the outcome in words."""
        service = self._service

        def job(_progress: object, _cancelled: object) -> Done:
            taken = service.backup_now()
            return Done(
                self.tr("Backup written to %1 and checked.").replace("%1", str(taken.entry.path)),
                taken,
            )

        return (
            Operation(self, job)
            .success(lambda _done: self.reload())
            .run_in_background(self.tr("Back up now"), text=self.tr("Backing up…"))
        )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None:
            QMessageBox.information(
                self, self.tr("Restore"), self.tr("Choose a backup in the list first.")
            )
            return False
        if not self.confirm_restore(info):
            return False
        self._scheduler.wait()  # not while a backup is being written
        return (
            Operation(
                self, lambda: self._service.restore(info.entry.path), changes=Changed.EVERYTHING
            )
            .success(self._restored)
            .failure(in_message_box(self, self.tr("Restore")))
            .run(busy=True)
        )

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask before replacing the database (tests answer through ``answer_restore``)."""
        counts = info.contents.counts if info.contents else {}
        text = (
            self.tr(
                "Replace the database by the backup of %1 (%2 cases, %3 conferences)?\n\n"
                "The current database is backed up first, so this can be undone by restoring "
                "that backup."
            )
            .replace("%1", format_datetime(info.entry.taken_at))
            .replace("%2", str(counts.get("cases", "?")))
            .replace("%3", str(counts.get("conferences", "?")))
        )
        if self.answer_restore is not None:
            return self.answer_restore
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    answer_restore: bool | None = None

    def _restored(self, _outcome: object) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The backup was restored."))
        self.reload()

    def reload(self) -> None:
        if self._service.is_sqlite:
            self.model.set_rows(self._service.list_backups(or_none=True))
        if self._own_scheduler:  # no thread that would outlive a section shown alone
            Operation(self, self._service.status).success(self._show_status).run()
        else:
            self._scheduler.refresh_status()

    def _show_status(self, status: BackupStatus) -> None:
        self.state_label.show_status(status)
        if status.problem_error is not None:
            self.state_label.setText(message_text(status.problem_error))
        elif status.last is not None and status.sqlite:
            size = format_size(getattr(status.last, "size", 0))
            where = self.tr("in %1").replace("%1", str(status.folder))
            self.state_label.setText(f"{self.state_label.text()} ({size}, {where})")

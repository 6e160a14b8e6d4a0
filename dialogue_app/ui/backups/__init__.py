"""Backups in the window: the Settings section, the status-bar indicator, the scheduler that
takes backups in the background (issue 20)."""

from dialogue_app.ui.backups.indicator import BackupIndicator
from dialogue_app.ui.backups.model import BackupListModel
from dialogue_app.ui.backups.scheduler import BackupScheduler
from dialogue_app.ui.backups.section import BackupsSection

__all__ = ["BackupIndicator", "BackupListModel", "BackupScheduler", "BackupsSection"]

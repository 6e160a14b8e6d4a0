"""Backups of the embedded SQLite database: by hand (``backup``/``restore``) and by themselves
(``BackupService``: schedule, verified copies, rotation, the list, restore from it, status).

The old ``services.backup`` module lives on as ``manual``; its public names are re-exported.
"""

from dialogue_app.services.backups.catalog import BackupContents, BackupEntry
from dialogue_app.services.backups.copying import BackupFailed, Problem, TakenBackup
from dialogue_app.services.backups.manual import RestoreResult, backup, restore
from dialogue_app.services.backups.rotation import Rotation, to_keep
from dialogue_app.services.backups.service import (
    BackupInfo,
    BackupService,
    BackupStatus,
    DumpInfo,
    Occasion,
    RestoreOutcome,
)
from dialogue_app.services.backups.settings import BackupSettings, SettingsStore

__all__ = [
    "BackupContents",
    "BackupEntry",
    "BackupFailed",
    "BackupInfo",
    "BackupService",
    "BackupSettings",
    "BackupStatus",
    "DumpInfo",
    "Occasion",
    "Problem",
    "RestoreOutcome",
    "RestoreResult",
    "Rotation",
    "SettingsStore",
    "TakenBackup",
    "backup",
    "restore",
    "to_keep",
]

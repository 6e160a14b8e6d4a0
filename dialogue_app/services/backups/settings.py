"""The office's backup settings, kept per computer in a small JSON file.

Why per computer and not in the database: the backup folder is a path on this computer (a
second disk, a mapped network share); the settings must still be readable when the database is
damaged or being replaced by a restore, and restoring an older backup must not bring back older
settings. The file lives in the user's configuration folder (platformdirs), or under
``$DIALOGUE_APP_DATA_DIR/config`` when that variable is set (tests, portable use).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs

from dialogue_app.config import APP_AUTHOR, APP_NAME, DATA_DIR_ENV
from dialogue_app.services.backups.rotation import Rotation
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.files import write_atomically

SETTINGS_NAME = "backups.json"


@dataclass(frozen=True)
class BackupSettings:
    """``folder`` None: the ``backups`` folder beside the database. ``dump_folder``: where the
    office's ``pg_dump`` files land (PostgreSQL mode), to show the age of the newest."""

    folder: Path | None = None
    at_first_start_of_day: bool = True
    on_close: bool = True
    every_hours: int = 0  # 0: no backups by the hour
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    max_age_days: int = 3  # older than this, the status bar warns
    dump_folder: Path | None = None

    @property
    def rotation(self) -> Rotation:
        return Rotation(self.keep_daily, self.keep_weekly, self.keep_monthly)

    def folder_for(self, database: Path) -> Path:
        return self.folder if self.folder is not None else database.parent / "backups"

    def checked(self) -> BackupSettings:
        """These settings, or a ``ValidationError`` naming the field that is out of range."""
        limits = {
            "every_hours": (0, 24),
            "keep_daily": (0, 366),
            "keep_weekly": (0, 520),
            "keep_monthly": (0, 1200),
            "max_age_days": (1, 366),
        }
        for name, (low, high) in limits.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "%1 must be between %2 and %3."),
                    name,
                    name.replace("_", " "),
                    low,
                    high,
                )
        if self.keep_daily + self.keep_weekly + self.keep_monthly == 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Keep at least one daily, weekly or monthly backup."),
                "keep_daily",
            )
        return self


def settings_file() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "config" / SETTINGS_NAME
    return Path(PlatformDirs(APP_NAME, APP_AUTHOR).user_config_dir) / SETTINGS_NAME


class SettingsStore:
    """Reads and writes ``BackupSettings`` in one JSON file (written atomically)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()

    def load(self) -> BackupSettings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return BackupSettings()  # none yet, or unreadable: the defaults
        if not isinstance(raw, dict):
            return BackupSettings()
        return _from_json(raw)

    def save(self, settings: BackupSettings) -> BackupSettings:
        settings.checked()
        data = asdict(settings)
        for key in ("folder", "dump_folder"):
            data[key] = str(data[key]) if data[key] is not None else None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_atomically(self.path, text.encode("utf-8"))
        return settings


def _from_json(raw: dict[str, Any]) -> BackupSettings:
    settings = BackupSettings()
    values: dict[str, Any] = {}
    for field in fields(BackupSettings):
        if field.name not in raw:
            continue
        value = raw[field.name]
        if field.name in ("folder", "dump_folder"):
            values[field.name] = Path(value) if isinstance(value, str) and value else None
        elif isinstance(getattr(settings, field.name), bool):
            values[field.name] = bool(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            values[field.name] = value
    candidate = replace(settings, **values)
    try:
        return candidate.checked()
    except ValidationError:
        return settings  # a hand-edited file out of range: the defaults, not a crash

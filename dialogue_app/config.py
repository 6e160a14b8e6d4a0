"""Where data lives and which database to open (no Qt, no SQLAlchemy here)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "DialogueDesk"
APP_AUTHOR = "DialogueDesk"
DATABASE_ENV = "DIALOGUE_APP_DATABASE_URL"
DATA_DIR_ENV = "DIALOGUE_APP_DATA_DIR"  # overrides the user data folder (tests, portable use)


@dataclass(frozen=True)
class AppPaths:
    """The folders of one user: data (database, backups, attachments), logs, cache."""

    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "dialogue.sqlite"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "dialogue-app.log"

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(DATA_DIR_ENV)
        if override:
            base = Path(override)
            return cls(base, base / "logs", base / "cache")
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
        return cls(Path(dirs.user_data_dir), Path(dirs.user_log_dir), Path(dirs.user_cache_dir))


def database_url(explicit: str | None, paths: AppPaths) -> str:
    """The database to open: ``--database``, else the environment, else the embedded file."""
    url = explicit or os.environ.get(DATABASE_ENV)
    if url:
        if "://" not in url:  # a bare file path
            return sqlite_url(Path(url).expanduser().resolve())
        return url
    return sqlite_url(paths.database_file)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file, as ``store.database.sqlite_url`` writes it (the same
    quoting as ``URL.render_as_string``), without importing SQLAlchemy at start-up."""
    from urllib.parse import quote

    return "sqlite+pysqlite:///" + quote(str(path), safe=" +/")


def login_name() -> str | None:
    """Who is working on a SQLite desk: the operating system's account of this process,
    recorded in case timelines and the audit log. The account itself (its user id), not the
    ``LOGNAME``/``USER`` variables anyone can set; where the system has no such table (Windows)
    the login name the system gives. None when the system has none (a service account)."""
    import getpass

    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name: leave it blank rather than fail
        return None

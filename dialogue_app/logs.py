"""The log file the window and the command line write to (no Qt, no SQLAlchemy here).

One rotating file in the user's log folder. Tracebacks are written by ``safe_traceback``, so
that the values a database statement carried (names and ID numbers of citizens and
denunciators) never reach the file, whoever logs the exception.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

from dialogue_app.config import AppPaths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HANDLER_NAME = "dialogue_app log file"  # how log_file_in_use tells ours from others' handlers

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class SafeFormatter(logging.Formatter):
    """A formatter whose tracebacks leave out the values of database statements."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:  # noqa: N802
        error = ei[1]
        if error is None:
            return super().formatException(ei)
        from dialogue_app.services.errors import safe_traceback

        return safe_traceback(error).rstrip("\n")


def file_handler(paths: AppPaths) -> logging.Handler | None:
    """A handler writing to the log file, or None when its folder cannot be written."""
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not paths.log_file.exists():  # readable by the OS account alone (DESIGN §8)
            os.close(os.open(paths.log_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    handler.set_name(HANDLER_NAME)
    return handler


def stderr_handler() -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(FORMAT))
    return handler


def log_file_of(handler: logging.Handler | None) -> Path | None:
    if isinstance(handler, logging.FileHandler):
        return Path(handler.baseFilename)
    return None


def log_file_in_use() -> Path | None:
    """The file this process logs to (``file_handler``'s), if any: where IT staff find the
    details of a failure."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == HANDLER_NAME:
            return log_file_of(handler)
    return None

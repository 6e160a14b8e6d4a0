"""Fixtures of the window's common parts: the log file the error boundary writes to."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dialogue_app.app import setup_logging
from dialogue_app.config import AppPaths


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's own log file (``setup_logging``), in a temporary folder."""
    root = logging.getLogger()
    before = list(root.handlers)
    hook = sys.excepthook
    path = setup_logging(AppPaths(tmp_path, tmp_path / "logs", tmp_path / "cache"))
    assert path is not None
    yield path
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    sys.excepthook = hook

"""The static checks run with the tests, so CI fails on them: ruff's lint and format, and mypy
on the domain, the store and the services (the import contracts: test_architecture.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    """The tool installed beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


def test_ruff_check() -> None:
    result = _run(_tool("ruff"), "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run(_tool("ruff"), "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_domain_store_services() -> None:
    """Strict typing below the UI ([tool.mypy] in pyproject.toml); the cache lives in the temp
    folder, so a second run takes seconds."""
    cache = Path(tempfile.gettempdir()) / "dialogue-app-mypy-cache"
    result = _run(sys.executable, "-m", "mypy", "--cache-dir", str(cache))
    assert result.returncode == 0, result.stdout + result.stderr

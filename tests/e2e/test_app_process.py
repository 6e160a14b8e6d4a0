"""The real application started as a process, offscreen, as a user (or a shortcut) starts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogue_app.cli import run
from dialogue_app.store.database import sqlite_url

pytestmark = pytest.mark.e2e


def start_app(tmp_path: Path, *arguments: str) -> tuple[subprocess.Popen[bytes], Path]:
    data_dir = tmp_path / "userdata"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DIALOGUE_APP_DATA_DIR=str(data_dir))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    with (tmp_path / "output.txt").open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "dialogue_app", *arguments],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return process, data_dir / "logs" / "dialogue-app.log"


def wait_for_log(process: subprocess.Popen[bytes], log_file: Path, text: str) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if log_file.exists() and text in log_file.read_text(encoding="utf-8"):
            return log_file.read_text(encoding="utf-8")
        if process.poll() is not None:
            output = (log_file.parent.parent.parent / "output.txt").read_text(errors="replace")
            pytest.fail(f"the app exited with {process.returncode} before “{text}”:\n{output}")
        time.sleep(0.1)
    process.kill()
    pytest.fail(f"“{text}” never appeared in {log_file}")


def stop(process: subprocess.Popen[bytes]) -> int:
    """Ask the app to stop as the system does at log-off (SIGTERM); kill it if it will not."""
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)
        pytest.fail("the app did not stop within 30 s of SIGTERM")


def test_app_starts_on_the_demo_database_and_stops_cleanly(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "office.sqlite")
    assert run(["--database", url, "demo"]) == 0
    process, log_file = start_app(tmp_path, "--database", url)
    log = wait_for_log(process, log_file, "main window shown")
    assert "offering the demo" not in log  # it holds data already
    assert stop(process) == 0
    log = log_file.read_text(encoding="utf-8")
    assert "Dialogue Desk stopped" in log
    assert " ERROR " not in log
    # the window remembered its state for next time
    settings = list((tmp_path / "config").rglob("*.conf"))
    assert settings and "geometry" in settings[0].read_text(encoding="utf-8")


def test_first_start_creates_the_database_and_offers_the_demo(tmp_path: Path) -> None:
    process, log_file = start_app(tmp_path)  # the default embedded database
    wait_for_log(process, log_file, "offering the demo")
    assert stop(process) == 0
    assert (tmp_path / "userdata" / "dialogue.sqlite").exists()


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path: Path) -> None:
    letter = tmp_path / "letter.sqlite"
    letter.write_bytes(b"%PDF-1.7 not a database" * 10)
    process, log_file = start_app(tmp_path, "--database", str(letter))
    # offscreen, the error dialog waits for a click: the log shows what the user reads
    log = wait_for_log(process, log_file, "cannot open the database")
    assert "not a Dialogue Desk database" in log
    assert stop(process) == 1  # the dialog was dismissed; the app ends with an error status
    assert letter.read_bytes() == b"%PDF-1.7 not a database" * 10

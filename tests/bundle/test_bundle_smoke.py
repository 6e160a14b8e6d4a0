"""The bundle as IT staff and a secretary meet it: the commands, the window in Vietnamese, a
newer database refused, a read-only install folder, a data folder without write access.

Everything runs the bundle's own executable from a folder whose path has Vietnamese letters and
spaces, with the system's time zone files hidden (``PYTHONTZPATH=``) and no Python of ours.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from dialogue_app import __version__
from tests.bundle.conftest import Bundle, Run, give_to, other_user

PAGES = "Lịch | Hội nghị | Vụ việc | Báo cáo | Văn bản | Cài đặt | Tài khoản và nhật ký"


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def first_paint(run: Run, *arguments: str) -> dict[str, str]:
    """Start the window offscreen, let it paint once and quit; what it printed, by line key."""
    run.env["DIALOGUE_APP_EXIT_AFTER_FIRST_PAINT"] = "1"
    output = ok(run("--no-demo-offer", *arguments, timeout=120))
    lines = dict(line.split(": ", 1) for line in output.splitlines() if ": " in line)
    assert "first paint after" in output
    return lines


def test_version(run: Run) -> None:
    assert ok(run("--version")).strip() == f"dialogue-app {__version__}"


def test_upgrade_demo_and_pdf_report(run: Run, home: Path) -> None:
    data = home / "Dữ liệu văn phòng"
    assert "→" in ok(run("db", "upgrade"))
    assert (data / "dialogue.sqlite").is_file()
    demo = ok(run("demo"))  # holidays (Vietnamese names) and the time zone from the bundle
    assert "Hà Tĩnh" in demo and "12 cases" in demo
    listed = ok(run("cases", "list", "--format", "csv"))
    assert listed.count("\n") >= 12
    report = home / "Báo cáo tháng.pdf"
    ok(run("report", "--format", "pdf", "-o", str(report)))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed: cannot read the PDF back")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(report), "-"], capture_output=True, text=True
    ).stdout
    assert "BÁO CÁO KẾT QUẢ TIẾP CÔNG DÂN" in text
    assert "Văn phòng Tỉnh ủy Hà Tĩnh" in text

    # an official document: docxtpl's template and the shipped serif font come from the bundle
    conferences = json.loads(ok(run("conferences", "list", "--format", "json")))
    held = next(c["id"] for c in conferences if c["status"] == "held")
    letter = home / "Thông báo kết luận.pdf"
    word = home / "Thông báo kết luận.docx"
    ok(run("documents", "make", "conclusion", str(held), "-o", str(letter)))
    ok(run("documents", "make", "conclusion", str(held), "--draft", "-o", str(word)))
    assert word.stat().st_size > 0
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(letter), "-"], capture_output=True, text=True
    ).stdout
    assert "THÔNG BÁO" in text and "Số 01-TB/VPTU" in text
    fonts = subprocess.run(["pdffonts", str(letter)], capture_output=True, text=True).stdout
    assert "Liberation" in fonts or "Times" in fonts


def test_window_paints_in_vietnamese_with_the_compiled_catalogue(run: Run, home: Path) -> None:
    ok(run("demo"))
    shown = first_paint(run)
    # titled by the page shown (issue 18): the calendar at a first start, in Vietnamese
    assert shown["window title"] == "Lịch"
    assert shown["pages"] == PAGES
    log = (home / "Dữ liệu văn phòng" / "logs" / "dialogue-app.log").read_text(encoding="utf-8")
    assert "main window shown" in log
    assert " WARNING " not in log and " ERROR " not in log, log
    # the catalogue shipped was loaded as is: nothing compiled at start
    assert not (home / "Dữ liệu văn phòng" / "cache" / "translations").exists()


def test_a_newer_database_is_refused_untouched(run: Run, home: Path) -> None:
    ok(run("db", "upgrade"))
    database = home / "Dữ liệu văn phòng" / "dialogue.sqlite"
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()  # the last connection: its write-ahead log is folded into the file
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    for arguments in (("db", "upgrade"), ("cases", "list")):
        result = run(*arguments)
        assert result.returncode == 1
        assert "written by a newer version of Dialogue Desk (schema 9999)" in result.stderr
        assert "Install the newer version to open it" in result.stderr
        assert "Traceback" not in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


@pytest.fixture
def read_only_bundle(bundle: Bundle) -> Bundle:
    subprocess.run(["chmod", "-R", "a-w", str(bundle.folder)], check=True)
    yield bundle
    subprocess.run(["chmod", "-R", "u+w", str(bundle.folder)], check=True)


def test_a_read_only_install_folder_starts(read_only_bundle: Bundle, run: Run, home: Path) -> None:
    run.user = other_user()
    give_to(home, run.user)
    assert ok(run("--version")).strip() == f"dialogue-app {__version__}"
    ok(run("db", "upgrade"))
    shown = first_paint(run)
    assert shown["pages"] == PAGES
    # nothing was written beside the program
    written = [path for path in read_only_bundle.folder.rglob("__pycache__")]
    assert written == []


def test_a_data_folder_without_write_access_is_explained(run: Run, home: Path) -> None:
    run.user = other_user()
    data = home / "Dữ liệu văn phòng"
    data.mkdir()
    data.chmod(0o555)
    result = run("db", "upgrade")
    assert result.returncode == 1
    assert f"The data folder {data} is not writable" in result.stderr
    assert "Choose a folder you can write to with --database" in result.stderr
    # the window says the same in a message box (it waits there; SIGTERM closes it)
    process = run.start("--no-demo-offer")
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if "cannot open the database" in line:
            break
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=60)
    assert any(f"The data folder {data} is not writable" in line for line in seen), seen

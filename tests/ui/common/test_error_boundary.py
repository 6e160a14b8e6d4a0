"""The window's one error boundary (``ui/errors.py``): a failing background job, a failing
action or an uncaught exception is shown as words in the person's language; its traceback goes
to the log file only; a citizen's name and ID number go nowhere. Real failures only: a real
unique conflict, two real sessions, a real full disk, a real missing server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from failure_cases import (
    SECRET_ID,
    SECRET_NAME,
    disk_full,
    duplicate_citizen,
    sqlite_folder_removed,
    stale_conference,
    too_long_national_id,
    unreachable_server,
)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import FailureKind
from dialogue_app.store.models import Citizen
from dialogue_app.ui.common.background_task import TaskDialog
from dialogue_app.ui.common.errors import install_excepthook, report_error
from dialogue_app.ui.common.i18n import LanguageManager

UNEXPECTED_VI = (
    "Dialogue Desk gặp một lỗi không lường trước. Dữ liệu đã lưu vẫn an toàn; thao tác vừa rồi "
    "có thể chưa được lưu. Vui lòng thử lại."
)


def read_log(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


Shown = dict[str, str]


def answer_failure_dialog() -> list[Shown]:
    """Read the failure dialog when it opens, then close it (it is modal)."""
    shown: list[Shown] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "details": box.detailedText(),
            }
        )
        box.accept()

    QTimer.singleShot(0, read_and_close)
    return shown


def assert_nothing_raw(text: str) -> None:
    """Words for a person: no traceback, no exception name, no citizen."""
    for raw in ("Traceback", "Error", "sqlalchemy", "psycopg", "sqlite3", SECRET_NAME, SECRET_ID):
        assert raw not in text


# --- background jobs ------------------------------------------------------------------------------


def test_a_failing_background_job_logs_its_traceback_and_shows_a_translated_message(
    qtbot, languages: LanguageManager, log_file: Path
) -> None:
    def export_register(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
        progress(1, 2)
        return {}["missing-key"]  # a bug in the job

    dialog = TaskDialog("Xuất sổ", export_register)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.done, timeout=10000)

    assert dialog.failure is not None and dialog.failure.kind is FailureKind.UNEXPECTED
    assert dialog.error == UNEXPECTED_VI
    report = dialog.report.toPlainText()
    assert report.startswith(UNEXPECTED_VI)
    assert str(log_file) in report  # where IT staff find the details
    assert "KeyError" not in report and "missing-key" not in report
    logged = read_log(log_file)
    assert "background job" in logged and "export_register" in logged
    assert "Traceback (most recent call last)" in logged
    assert "KeyError: 'missing-key'" in logged


def test_a_background_job_meeting_a_unique_conflict_shows_words_not_the_citizen(
    qtbot, db: DatabaseHandle, languages: LanguageManager, log_file: Path
) -> None:
    with db.uow.begin() as session:
        session.add(Citizen(full_name="Nguyễn Văn Đã Có", national_id=SECRET_ID))

    def import_citizens(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
        with db.uow.begin() as session:  # the worker's own session
            session.add(Citizen(full_name=SECRET_NAME, national_id=SECRET_ID))

    dialog = TaskDialog("Nhập công dân", import_citizens)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.done, timeout=10000)

    assert dialog.error is not None
    assert dialog.error.startswith("Chưa lưu được: cơ sở dữ liệu đã có một bản ghi trùng số")
    assert_nothing_raw(dialog.report.toPlainText().replace(str(log_file), ""))
    logged = read_log(log_file)
    assert "IntegrityError" in logged and "Traceback" in logged
    assert SECRET_NAME not in logged and SECRET_ID not in logged


def test_a_cancelled_or_refused_job_is_not_logged(
    qtbot, languages: LanguageManager, log_file: Path
) -> None:
    from dialogue_app.services.files import ExportCancelled

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]):
        raise ExportCancelled()

    dialog = TaskDialog("Xuất", job)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.done, timeout=10000)
    assert dialog.error == "Đã hủy xuất dữ liệu; tệp chưa được ghi."
    assert dialog.report.toPlainText() == dialog.error  # no log file to send
    assert "Traceback" not in read_log(log_file)


# --- the window's boundary: report_error and the uncaught-exception hook -------------------------

DATABASE_CASES = {
    "duplicate": (
        duplicate_citizen,
        FailureKind.CONFLICT,
        "Chưa thực hiện được",
        "Chưa lưu được: cơ sở dữ liệu đã có một bản ghi trùng số hoặc trùng số định danh",
    ),
    "stale": (
        stale_conference,
        FailureKind.CONFLICT,
        "Chưa thực hiện được",
        "Người khác đã thay đổi bản ghi này trong lúc anh/chị đang làm việc với nó",
    ),
    "too long": (
        too_long_national_id,
        FailureKind.DATABASE,
        "Sự cố cơ sở dữ liệu",
        "Chưa lưu được: có một giá trị dài hơn mức cơ sở dữ liệu cho phép.",
    ),
}


@pytest.mark.parametrize("case", DATABASE_CASES)
def test_database_errors_are_shown_in_words_in_the_window(
    case: str, db: DatabaseHandle, engine: str, languages: LanguageManager, log_file: Path
) -> None:
    make, kind, title, text = DATABASE_CASES[case]
    if case == "too long" and engine != "postgres":
        pytest.skip("SQLite does not enforce string lengths")
    error = make(db)
    shown = answer_failure_dialog()

    failure = report_error(None, error, during="saving")

    assert failure.kind is kind
    assert len(shown) == 1
    assert shown[0]["text"].startswith(text)
    assert shown[0]["title"] == title
    assert shown[0]["informative"] == f"Thông tin chi tiết có trong tệp nhật ký: {log_file}"
    assert shown[0]["details"] == ""
    for value in shown[0].values():
        assert_nothing_raw(value.replace(str(log_file), ""))
    logged = read_log(log_file)
    assert "saving:" in logged and "Traceback" in logged
    assert SECRET_NAME not in logged and SECRET_ID not in logged


OTHER_CASES = {
    "folder removed": "Không mở được tệp cơ sở dữ liệu nữa",
    "server unreachable": "Không truy cập được cơ sở dữ liệu",
    "disk full": "Ổ đĩa đã đầy. Chưa có gì được lưu.",
}


@pytest.mark.parametrize("case", OTHER_CASES)
def test_lost_databases_and_full_disks_are_shown_in_words_in_the_window(
    case: str,
    qapp: QApplication,
    languages: LanguageManager,
    log_file: Path,
    _sqlite_template: Path,
    tmp_path: Path,
) -> None:
    if case == "folder removed":
        error: BaseException = sqlite_folder_removed(_sqlite_template, tmp_path)
    elif case == "server unreachable":
        pytest.importorskip("psycopg")
        error = unreachable_server()
    else:
        error = disk_full()
    shown = answer_failure_dialog()

    report_error(None, error)

    assert shown[0]["text"].startswith(OTHER_CASES[case])
    # a server out of reach is a lost connection: what was typed is kept, save again later
    expected = (
        "Mất kết nối" if case == "server unreachable" else ("Sự cố cơ sở dữ liệu", "Sự cố tệp")
    )
    assert shown[0]["title"] in expected
    assert_nothing_raw(shown[0]["text"])
    assert "Traceback" in read_log(log_file)
    assert SECRET_NAME not in read_log(log_file)


@pytest.mark.qt_no_exception_capture
def test_an_error_escaping_a_button_goes_through_the_same_boundary(
    db: DatabaseHandle, qtbot, languages: LanguageManager, log_file: Path
) -> None:
    """A slot that lets a real error escape (two people saved the same conference) reaches the
    hook, which shows the same words as ``report_error``."""
    install_excepthook(log_file)
    error = stale_conference(db)
    shown = answer_failure_dialog()

    def save_clicked() -> None:
        raise error

    QTimer.singleShot(10, save_clicked)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)

    assert shown[0]["text"].startswith("Người khác đã thay đổi bản ghi này")
    assert shown[0]["details"] == ""
    logged = read_log(log_file)
    assert "uncaught error in the window: conflict failure" in logged
    assert "StaleDataError" in logged and "in save_clicked" in logged


def test_an_unexpected_error_asks_to_send_the_log_file(
    qapp: QApplication, languages: LanguageManager, log_file: Path
) -> None:
    try:
        {}["missing-key"]
    except KeyError as error:
        shown = answer_failure_dialog()
        report_error(None, error)
    assert shown[0]["title"] == "Đã xảy ra sự cố"
    assert shown[0]["text"] == UNEXPECTED_VI
    assert shown[0]["informative"] == (
        f"Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho cán bộ công nghệ thông tin: {log_file}"
    )
    assert "KeyError: 'missing-key'" in read_log(log_file)

"""The window's one way to run an action (ui/common/operations.py) and the changes it announces
(ui/common/changes.py): success announces what changed, a failure goes through the error
boundary in words and announces nothing, long work runs in the background with progress and
Cancel; a page refreshes when what it shows changed — at once when visible, once when next
shown when hidden, never merely because it is shown."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP
from dialogue_app.services.container import Services
from dialogue_app.services.errors import Failure, FailureKind, ValidationError
from dialogue_app.services.files import ExportCancelled
from dialogue_app.ui.cases.cases_page import CasesPage
from dialogue_app.ui.common.background_task import Done
from dialogue_app.ui.common.changes import Changed, ChangeHub, follow_changes
from dialogue_app.ui.common.i18n import LanguageManager
from dialogue_app.ui.common.operations import Operation, in_label
from tests.ui.common.test_error_boundary import answer_failure_dialog

# a message the catalogue translates (the stale-record one every form can meet)
STALE = QT_TRANSLATE_NOOP(
    "Messages",
    "Somebody else changed this record while you were working on it, so your changes were not "
    "saved. Open the record again to see the latest version, then redo your changes.",
)


@pytest.fixture
def page(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def heard(widget: QWidget) -> list[Changed]:
    """What the widget's window is told changed."""
    announced: list[Changed] = []
    ChangeHub.of(widget).changed.connect(announced.append)
    return announced


def test_a_successful_operation_announces_what_it_changed(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    announced = heard(page)
    results: list[int] = []
    ok = Operation(page, lambda: 42, changes=Changed.CASES | Changed.CITIZENS)
    assert ok.success(results.append).run()
    assert results == [42]
    assert announced == [Changed.CASES | Changed.CITIZENS]
    # the changes may depend on the result; nothing changed: nothing announced
    Operation(page, lambda: 0, changes=lambda n: Changed.CASES if n else Changed.NOTHING).run()
    assert announced == [Changed.CASES | Changed.CITIZENS]


def test_a_dialog_announces_to_its_page_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    hub = ChangeHub(window)
    page = QWidget(window)
    dialog = QWidget(page)  # a dialog opened from the page (a window of its own)
    announced = heard(window)
    assert ChangeHub.of(dialog) is hub
    Operation(dialog, lambda: None, changes=Changed.RULES).run()
    assert announced == [Changed.RULES]


def test_a_mistake_is_shown_in_the_boundary_s_words_and_nothing_is_announced(
    qtbot, page: QWidget, languages: LanguageManager
) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    announced = heard(page)
    failures: list[Failure] = []

    def refuse() -> None:
        raise ValidationError(STALE, "name")

    operation = Operation(page, refuse, changes=Changed.CASES).failure(in_label(label))
    assert not operation.success(lambda _r: failures.append(None)).run()  # type: ignore[arg-type]
    assert label.text().startswith("Người khác đã thay đổi bản ghi này")  # translated
    assert operation.failure_seen is not None
    assert operation.failure_seen.kind is FailureKind.EXPLAINED
    assert operation.failure_seen.message.field == "name"  # type: ignore[attr-defined]
    assert announced == [] and failures == []


def test_an_unexpected_failure_goes_to_the_boundary_s_dialog(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    announced = heard(page)
    shown = answer_failure_dialog()

    def broken() -> None:
        raise RuntimeError("Nguyễn Văn A 001234567890")  # a bug's own words: never shown

    operation = Operation(page, broken, changes=Changed.CASES).failure(in_label(label))
    assert not operation.run()
    assert label.text() == ""  # not a form's mistake: the dialog says it
    assert shown and shown[0]["title"] == "Something went wrong"
    assert "Nguyễn Văn A" not in shown[0]["text"] and "did not expect" in shown[0]["text"]
    assert announced == []


def _job(started: threading.Event, go_on: threading.Event) -> Callable[..., Done]:
    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Done:
        progress(1, 4)
        started.set()
        go_on.wait(10)
        for done in range(2, 5):
            if cancelled():
                raise ExportCancelled()
            progress(done, 4)
        return Done("All four written.", 4)

    return job


def test_a_background_operation_reports_progress_then_announces(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    announced = heard(page)
    results: list[Done] = []
    started, go_on = threading.Event(), threading.Event()
    operation = Operation(page, _job(started, go_on), changes=Changed.CASES)
    dialog = operation.success(results.append).run_in_background("Writing")
    qtbot.waitUntil(lambda: dialog.bar.value() == 1, timeout=5000)  # 1 of 4, while it runs
    assert dialog.bar.maximum() == 4 and not dialog.done and announced == []
    go_on.set()
    qtbot.waitUntil(lambda: dialog.done, timeout=10000)
    assert [r.value for r in results] == [4]
    assert announced == [Changed.CASES]
    assert dialog.report.toPlainText() == "All four written."
    assert dialog.windowTitle() == "Done"  # no more "Writing…" once it is over (issue 18)
    dialog.accept()


def test_a_cancelled_background_operation_announces_nothing(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    announced = heard(page)
    refused: list[str] = []
    started, go_on = threading.Event(), threading.Event()
    operation = Operation(page, _job(started, go_on), changes=Changed.CASES)
    dialog = operation.failure(lambda text, _f: refused.append(text)).run_in_background("Writing")
    assert started.wait(10)
    dialog.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.done, timeout=10000)
    assert refused == ["The export was cancelled; the file was not written."]
    assert dialog.error == refused[0]  # the dialog says it too
    assert announced == []
    dialog.accept()


def test_a_page_refreshes_on_its_changes_and_only_when_stale(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    refreshed: list[None] = []
    follower = follow_changes(page, Changed.CASES | Changed.RULES, lambda: refreshed.append(None))
    hub = ChangeHub.of(page)
    page.show()
    hub.announce(Changed.CASES)  # visible: at once
    assert len(refreshed) == 1
    hub.announce(Changed.CONFERENCES)  # not what it shows
    assert len(refreshed) == 1
    page.hide()
    hub.announce(Changed.RULES)
    hub.announce(Changed.CASES)
    assert len(refreshed) == 1 and follower.stale  # hidden: marked stale
    page.show()
    assert len(refreshed) == 2 and not follower.stale  # once, when shown
    page.hide()
    page.show()
    assert len(refreshed) == 2  # fresh: showing it again reads nothing


def test_the_cases_page_refreshes_when_shown_only_after_a_change(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    page.show()
    assert page.changes.refreshes == 0  # shown again, nothing changed: no reload
    page.hide()
    ChangeHub.of(page).announce(Changed.WORKING_DAYS)  # deadlines move with the calendar
    assert page.changes.stale and page.changes.refreshes == 0
    page.show()
    assert page.changes.refreshes == 1 and not page.changes.stale

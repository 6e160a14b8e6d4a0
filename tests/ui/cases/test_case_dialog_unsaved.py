"""The case form asks before throwing work away (issue 18, item 2): Esc, "Cancel" and the
window's close button on a changed form ask Save / Discard / Keep editing; an unchanged form
closes at once (offscreen, real database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CaseDraft, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.store.models import Case
from dialogue_app.ui.cases.case_dialog import CaseDialog
from dialogue_app.ui.common.unsaved import UnsavedChoice
from tests.services.cases.case_fixtures import make_places


class SpontaneousClose(QCloseEvent):
    """The close event the window system sends when the user clicks the window's close button
    (offscreen Qt sends none)."""

    def spontaneous(self) -> bool:  # noqa: D102
        return True


def window_button(dialog: QDialog) -> None:
    dialog.closeEvent(SpontaneousClose())


def case_count(services: Services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


def shown(qtbot, dialog: CaseDialog) -> CaseDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_an_untouched_form_closes_without_asking(services: Services, qtbot) -> None:
    make_places(services.database)
    dialog = shown(qtbot, CaseDialog(services))
    dialog.unsaved.ask = lambda: pytest_fail()  # type: ignore[assignment]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def pytest_fail() -> UnsavedChoice:
    raise AssertionError("an unchanged form must not ask")


def test_escape_on_a_half_filled_form_asks_and_keeps_the_work(services: Services, qtbot) -> None:
    places = make_places(services.database)
    dialog = shown(qtbot, CaseDialog(services))
    dialog.summary.setPlainText("Đề nghị cấp giấy chứng nhận")
    asked: list[bool] = []
    dialog.unsaved.ask = lambda: asked.append(True) or UnsavedChoice.CANCEL
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.summary.toPlainText() == "Đề nghị cấp giấy chứng nhận"

    # Save from the question: a refusal keeps the form open with the reason shown ...
    dialog.unsaved.ask = lambda: UnsavedChoice.SAVE
    window_button(dialog)
    assert dialog.isVisible() and dialog.problem.text()
    assert case_count(services) == 0
    # ... and once the form is right, the question's Save saves and closes
    dialog.citizens.item(0, 0).setText("Trần Văn Bình")
    dialog.commune.setCurrentIndex(dialog.commune.findData(places.commune_id))
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and case_count(services) == 1


def test_discarding_an_edit_leaves_the_case_as_it_was(services: Services, qtbot) -> None:
    places = make_places(services.database)
    registered = services.cases.register(
        CaseDraft(
            received_on=services.cases.today(),
            case_type=CaseType.RECOMMENDATION,
            citizens=(CitizenInput("Lê Văn Cường"),),
            summary="Đường làng xuống cấp",
            commune_id=places.commune_id,
        )
    ).case
    dialog = shown(qtbot, CaseDialog(services, services.cases.get(registered.id)))
    dialog.summary.setPlainText("Đường làng đã sửa")
    dialog.unsaved.ask = lambda: UnsavedChoice.DISCARD
    dialog.reject()
    assert not dialog.isVisible()
    assert services.cases.get(registered.id).summary == "Đường làng xuống cấp"


def test_the_follow_up_and_status_forms_ask_too(services: Services, qtbot) -> None:
    from dialogue_app.ui.cases.case_dialog import FollowUpDialog, StatusDialog

    places = make_places(services.database)
    case = services.cases.register(
        CaseDraft(
            received_on=services.cases.today(),
            case_type=CaseType.RECOMMENDATION,
            citizens=(CitizenInput("Lê Văn Cường"),),
            summary="Đường làng xuống cấp",
            commune_id=places.commune_id,
        )
    ).case
    follow = FollowUpDialog(services.cases, services.cases.get(case.id))
    qtbot.addWidget(follow)
    with qtbot.waitExposed(follow):
        follow.show()
    follow.note.setPlainText("Đã gọi điện đôn đốc UBND xã")
    follow.unsaved.ask = lambda: UnsavedChoice.CANCEL
    qtbot.keyClick(follow, Qt.Key.Key_Escape)
    assert follow.isVisible()
    follow.unsaved.ask = lambda: UnsavedChoice.SAVE
    window_button(follow)
    assert not follow.isVisible() and follow.saved is not None
    assert "đôn đốc" in (services.cases.get(case.id).timeline[-1].note or "")

    status = StatusDialog(services.cases, services.cases.get(case.id))
    qtbot.addWidget(status)
    with qtbot.waitExposed(status):
        status.show()
    status.unsaved.ask = lambda: pytest_fail()  # type: ignore[assignment]
    qtbot.keyClick(status, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not status.isVisible()

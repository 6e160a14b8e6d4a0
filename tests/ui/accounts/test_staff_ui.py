"""The window's staff screens: the sign-in dialog against real PostgreSQL logins, the admin
screen of accounts, and the audit log view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService, record_read
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import User
from dialogue_app.ui.accounts.sign_in import SignInDialog
from dialogue_app.ui.accounts.staff_page import AccountDialog, StaffPage
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import PASSWORD, pg  # noqa: F401


def press_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def accounts(pg: DatabaseHandle) -> Iterator[DatabaseHandle]:  # noqa: F811
    service = AccountService(pg.uow, None)
    service.add("dlgh_head", Role.HEAD, PASSWORD, "Trưởng phòng")
    service.add("dlgh_off", Role.CLERK, PASSWORD)
    service.disable("dlgh_off")
    yield pg


def test_sign_in_says_what_is_wrong_then_opens(accounts: DatabaseHandle, qtbot) -> None:
    """The test server trusts every local login (``initdb -A trust``), so the server's refusal
    is met here with a login name it does not know; an office server checks passwords
    (scram-sha-256), and refuses a wrong one with the same message."""
    dialog = SignInDialog(accounts.url, "dlgh_nobody")
    qtbot.addWidget(dialog)
    dialog.password.setText("sai-mật-khẩu-rồi")
    press_ok(dialog)
    assert dialog.handle is None and "password is wrong" in dialog.error.text()
    assert dialog.password.text() == ""  # never kept after a refusal
    dialog.login.setText("dlgh_head")
    dialog.password.setText(PASSWORD)
    press_ok(dialog)
    assert dialog.handle is not None
    with dialog.handle.engine.connect() as sql:
        assert sql.exec_driver_sql("SELECT current_user").scalar() == "dlgh_head"
    dialog.handle.close()


def test_sign_in_with_a_disabled_account_says_so(accounts: DatabaseHandle, qtbot) -> None:
    dialog = SignInDialog(accounts.url, "dlgh_off")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    press_ok(dialog)
    assert dialog.handle is None and "disabled" in dialog.error.text()


def test_the_admin_screen_lists_and_disables_accounts(
    accounts: DatabaseHandle, qtbot, qtmodeltester
) -> None:
    services = Services(accounts, None, clock=fixed_clock())
    page = StaffPage(services)
    qtbot.addWidget(page)
    view = page.accounts
    qtmodeltester.check(view.model)
    assert [(a.login, a.active) for a in view.model.rows] == [
        ("dlgh_head", True),
        ("dlgh_off", False),
    ]
    view.table.selectRow(1)
    view.enable_button.click()
    assert view.model.rows[1].active
    view.table.selectRow(1)
    view.role_box.setCurrentIndex(view.role_box.findData(Role.VIEWER))
    view.role_button.click()
    assert view.model.rows[1].role is Role.VIEWER


def test_the_account_dialog_refuses_two_different_passwords(qtbot) -> None:
    dialog = AccountDialog(None)
    qtbot.addWidget(dialog)
    dialog.password.setText("một-mật-khẩu-dài")
    dialog.repeat.setText("mật-khẩu-khác-hẳn")
    press_ok(dialog)
    assert dialog.result() == 0 and "differ" in dialog.error.text()


def test_the_audit_view_filters(db: DatabaseHandle, qtbot, qtmodeltester) -> None:
    with db.uow.begin() as session:
        session.add(User(login="truong", full_name="Trưởng", role=Role.HEAD))
        record_read(session, "truong", "reveal_denunciator", "case", 3)
        record_read(session, "thuky", "export_cases", None, None)
    page = StaffPage(Services(db, "truong", clock=fixed_clock()))
    qtbot.addWidget(page)
    view = page.audit
    qtmodeltester.check(view.model)
    assert {r.action for r in view.model.rows} >= {"reveal_denunciator", "export_cases"}
    view.user.setCurrentIndex(view.user.findData("thuky"))
    assert [r.action for r in view.model.rows] == ["export_cases"]


def test_a_clerk_sees_no_staff_page(db: DatabaseHandle, qtbot) -> None:
    from dialogue_app.ui.accounts.staff_page import may_see_staff_page

    with db.uow.begin() as session:
        session.add(User(login="thuky", full_name="Thư ký", role=Role.CLERK))
    assert not may_see_staff_page(Services(db, "thuky", clock=fixed_clock()))
    assert may_see_staff_page(Services(db, None, clock=fixed_clock()))  # the SQLite desk's owner

"""The window shows read-only what the signed-in role may not change: a clerk's Settings page
(real PostgreSQL login) shows the office's settings and the deadline rules disabled, with a line
that says why and whom to ask; the language stays theirs to choose. The OS account of a SQLite
desk administers it: nothing is disabled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

from dialogue_app.domain.roles import Role
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.accounts.role_view import guard_page
from dialogue_app.ui.cases.deadline_rules_editor import DeadlineRulesEditor
from dialogue_app.ui.settings.settings_page import SettingsPage
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401


def settings_page(services: Services, qtbot) -> SettingsPage:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    guard_page("settings", page, services)
    return page


@pytest.mark.postgres
def test_a_clerk_reads_the_settings_but_cannot_change_them(
    pg: DatabaseHandle,  # noqa: F811
    qtbot,
) -> None:
    Services(pg, None, clock=fixed_clock()).cases.restore_default_rules()
    clerk = staff(pg, "dlgh_thuky", Role.CLERK)
    try:
        page = settings_page(Services(clerk, "dlgh_thuky", clock=fixed_clock()), qtbot)
        assert page.name_edit.isReadOnly() and not page.save_button.isEnabled()
        assert page.language_combo.isEnabled()
        rules = page.findChild(DeadlineRulesEditor)
        assert rules is not None and not rules.save_button.isEnabled()
        note = page.findChild(QLabel, "roleNote")
        assert note is not None
        assert note.text() == (
            "Your role (Clerk) may read these settings but not change them. Ask an administrator."
        )
        qtbot.waitUntil(lambda: not any(t.isRunning() for t in page.findChildren(QThread)))
        page.close()
        page.deleteLater()
        qtbot.wait(20)
    finally:
        clerk.close()


def test_the_desk_s_own_user_changes_everything(services: Services, qtbot) -> None:
    if services.database.url.startswith("postgresql"):
        pytest.skip("the superuser of the test database administers it too; SQLite says it")
    page = settings_page(services, qtbot)
    assert not page.name_edit.isReadOnly() and page.save_button.isEnabled()
    assert page.findChild(QLabel, "roleNote") is None

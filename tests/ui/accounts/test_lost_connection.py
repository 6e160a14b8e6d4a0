"""The database goes away while a form is open: the save is refused for the connection (the
database cannot be reached), the typed values stay in the form, which says the change waits
(``ui/common/waiting_save.py``), and its "Try now" saves it once the server takes the login
again (the pool drops the dead connection and opens a new one)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dialogue_app.domain.roles import Role
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ConnectionLost, Failure, FailureKind
from dialogue_app.ui.cases.deadline_rules_editor import DeadlineRulesEditor
from dialogue_app.ui.common import operations
from dialogue_app.ui.common.waiting_save import waiting_saves
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401

pytestmark = pytest.mark.postgres


def cut_off(owner: DatabaseHandle, login: str, allowed: bool) -> None:
    """Close every connection of ``login`` and refuse (or allow again) its new ones."""
    with owner.engine.begin() as sql:
        sql.exec_driver_sql(f"ALTER ROLE {login} {'NOLOGIN' if not allowed else 'LOGIN'}")
        sql.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :u"),
            {"u": login},
        )


def test_a_form_keeps_its_typing_through_a_lost_connection(
    pg: DatabaseHandle,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Services(pg, None, clock=fixed_clock()).cases.restore_default_rules()
    admin = staff(pg, "dlgh_quantri", Role.ADMIN)
    shown: list[Failure] = []
    monkeypatch.setattr(operations, "show_failure", lambda _parent, failure: shown.append(failure))
    try:
        services = Services(admin, "dlgh_quantri", clock=fixed_clock())
        editor = DeadlineRulesEditor(services)
        qtbot.addWidget(editor)
        assert editor.select_code("complaint-1")
        editor.days_spin.setValue(41)

        cut_off(pg, "dlgh_quantri", allowed=False)  # the server drops us and takes no login
        assert not editor.save()
        assert not shown  # no message box: the form says it
        waiting = waiting_saves().of(editor)
        assert waiting is not None
        failure = operations_failure(editor)
        assert failure.kind is FailureKind.DATABASE and isinstance(failure.message, ConnectionLost)
        assert "cannot be reached" in str(failure.message)
        assert editor.days_spin.value() == 41  # what was typed is still there

        cut_off(pg, "dlgh_quantri", allowed=True)  # back
        waiting.bar.try_now.click()  # "Thử lại ngay"
        assert waiting_saves().of(editor) is None
        rule = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
        assert rule.days == 41
    finally:
        for save in list(waiting_saves().saves):
            save._finish()
        admin.close()


def operations_failure(editor: DeadlineRulesEditor) -> Failure:
    waiting = waiting_saves().of(editor)
    assert waiting is not None
    seen = getattr(waiting.operation, "failure_seen", None)
    assert isinstance(seen, Failure)
    return seen

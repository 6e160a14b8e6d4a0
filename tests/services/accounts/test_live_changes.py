"""A change committed by one staff member reaches the other's open window: the database sends a
notice at commit (the table, the ids; never a value), which the listening connection receives
and the window turns into the change flags its pages follow. Two connections, two logins."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import ChangeListener
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Citizen
from dialogue_app.ui.accounts.live_refresh import LiveRefresh, changes_of
from dialogue_app.ui.common.changes import Changed, ChangeHub
from tests.services.accounts.staff_support import pg, staff  # noqa: F401

pytestmark = pytest.mark.postgres


def add_citizen(handle: DatabaseHandle, name: str) -> int:
    with handle.uow.begin() as session:
        citizen = Citizen(full_name=name, search_key=name.lower())
        session.add(citizen)
        session.flush()
        return citizen.id


def test_a_commit_on_one_login_is_heard_on_the_other(pg: DatabaseHandle) -> None:  # noqa: F811
    other = staff(pg, "dlgh_binh", Role.CLERK)
    listener = ChangeListener(pg.engine)
    try:
        assert listener.wait(0.05) == []
        with other.uow.begin() as session:  # not committed yet: nothing heard
            session.execute(text("INSERT INTO venues (name, active) VALUES ('Hội trường', true)"))
            assert listener.wait(0.2) == []
        citizen_id = add_citizen(other, "Trần Văn Hùng")
        heard = []
        for _ in range(20):  # each wait returns at the first notice
            heard += listener.wait(1.0)
            if any(n.table == "citizens" for n in heard):
                break
        tables = [n.table for n in heard]
        assert "venues" in tables
        [citizens] = [n for n in heard if n.table == "citizens"]
        assert citizens.operation == "insert" and citizens.ids == (citizen_id,)
        assert "Trần" not in repr(heard)  # the table and ids only, never a value
    finally:
        listener.close()
        other.close()


def test_the_window_refreshes_the_pages_of_the_tables_changed(
    pg: DatabaseHandle,  # noqa: F811
    qtbot,
) -> None:
    assert changes_of(["reception_duties", "deadline_rules"]) == Changed.RECEPTION | Changed.RULES
    window = QWidget()
    qtbot.addWidget(window)
    announced: list[Changed] = []
    ChangeHub.of(window).changed.connect(announced.append)
    live = LiveRefresh(window, pg)
    live.start()
    other = staff(pg, "dlgh_binh", Role.CLERK)
    try:
        qtbot.wait(300)  # listening (its first wait began)
        add_citizen(other, "Lê Thị Lan")
        qtbot.waitUntil(lambda: any(Changed.CITIZENS in c for c in announced), timeout=10_000)
    finally:
        live.stop()
        other.close()

"""Several staff on one PostgreSQL database (issue 15, DESIGN §8): what one commits shows in the
other's open window by itself (LISTEN/NOTIFY), the window's own changes are not refreshed twice,
a lost connection is shown in the status bar, and an edit saved while the database is away waits
in its form and is saved by itself once it is back (``ui/common/waiting_save.py``). Real
PostgreSQL, two clients, real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from sqlalchemy import Engine, create_engine, make_url, text

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CaseDraft, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.models import Base
from dialogue_app.store.notify import SILENT_TABLES, TABLE_FEATURES
from dialogue_app.ui.cases.case_dialog import CaseDialog
from dialogue_app.ui.cases.cases_page import CasesPage
from dialogue_app.ui.common import operations
from dialogue_app.ui.common.changes import Changed, ChangeFollower
from dialogue_app.ui.common.live_refresh import LiveRefresh, changed_of
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.main_window import MainWindow
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, make_places
from tests.services.scheduling_fixtures import add_official, at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock

SAVED_LATER = "Saved: the connection is back and your change that was waiting is now saved."
QUICK = {"gather_seconds": 0.1, "retry_seconds": 0.3, "ping_seconds": 0.5}


def test_every_table_is_either_shown_somewhere_or_silent() -> None:
    tables = set(Base.metadata.tables)
    assert tables - SILENT_TABLES <= set(TABLE_FEATURES), "map the new table in store/notify.py"
    for kinds in TABLE_FEATURES.values():
        assert all(kind in Changed.__members__ for kind in kinds.split("|"))
    assert changed_of(frozenset({"CASES", "CITIZENS"})) == Changed.CASES | Changed.CITIZENS
    assert changed_of(frozenset({"A_NEWER_VERSIONS_KIND"})) == Changed.EVERYTHING


def test_sqlite_has_no_feed_and_the_window_is_unchanged(
    engine: str, make_window: Callable[[], MainWindow], services: Services
) -> None:
    if engine != "sqlite":
        pytest.skip("SQLite only")
    window = make_window()
    live = LiveRefresh(window, services, window.change_hub)
    live.start()
    assert live.feed is None and live.online and not live.label.isVisible()
    live.stop()


@pytest.fixture
def postgres(engine: str) -> None:
    if engine != "postgres":
        pytest.skip("LISTEN/NOTIFY: PostgreSQL only")


@pytest.fixture
def colleague(postgres: None, database_url: str, db: DatabaseHandle) -> Iterator[Services]:
    """A second client of the same database: another workstation."""
    handle = open_database(database_url)
    yield Services(handle, user_name="colleague", clock=fixed_clock())
    handle.close()


@dataclass(frozen=True)
class Admin:
    engine: Engine
    target: str  # the test database


@pytest.fixture
def admin(postgres: None, database_url: str) -> Iterator[Admin]:
    """A superuser's connection (to the server's maintenance database), to cut the test
    database's clients off as a server restart would."""
    url = make_url(database_url)
    admin = Admin(
        create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT"),
        str(url.database),
    )
    yield admin
    let_in(admin)
    admin.engine.dispose()


@pytest.fixture
def live(
    postgres: None, make_window: Callable[[], MainWindow], services: Services
) -> Iterator[LiveRefresh]:
    window = make_window()
    refresher = LiveRefresh(window, services, window.change_hub, **QUICK)
    refresher.start()
    assert refresher.feed is not None and refresher.feed.wait_listening(10)
    yield refresher
    refresher.stop()


def a_case(places: Places, number: str, name: str = "Lê Văn Tám") -> CaseDraft:
    return CaseDraft(
        received_on=TODAY - timedelta(days=3),
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput(name),),
        summary="Tranh chấp ranh giới đất",
        number=number,
        field_id=places.land_id,
        commune_id=places.commune_id,
        agency_id=places.agency_id,
    )


def cut_off(admin: Admin, *, for_good: bool) -> None:
    """Terminate every other connection to the test database; ``for_good``: and refuse new
    ones until ``let_in`` (the server is away)."""
    name = admin.target
    with admin.engine.connect() as connection:
        if for_good:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
            {"name": name},
        )


def let_in(admin: Admin) -> None:
    with admin.engine.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{admin.target}" ALLOW_CONNECTIONS true'))


def test_a_case_a_colleague_registers_shows_in_the_open_case_list(
    qtbot, live: LiveRefresh, colleague: Services
) -> None:  # type: ignore[no-untyped-def]
    window = live.parent()
    assert isinstance(window, MainWindow)
    page = window.show_page("cases")
    assert isinstance(page, CasesPage)
    places = make_places(colleague.database)
    qtbot.waitUntil(lambda: not window.isHidden())
    page.table.setFocus()
    assert page.model.rowCount() == 0
    colleague.cases.register(a_case(places, "KN-001"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 0).data() == "KN-001"
    # the selection stays where the person put it when another case arrives
    page.table.selectRow(0)
    colleague.cases.register(a_case(places, "KN-002", "Phan Thị Hoa"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert page._detail is not None and page._detail.number == "KN-001"


def test_the_windows_own_change_is_not_refreshed_twice(
    qtbot, live: LiveRefresh, services: Services, colleague: Services
) -> None:  # type: ignore[no-untyped-def]
    window = live.parent()
    assert isinstance(window, MainWindow)
    page = window.show_page("cases")
    places = make_places(colleague.database)  # the colleague's: heard, refreshed
    arrived: list[Changed] = []
    live.arrived.connect(arrived.append)

    def colleague_touches_conferences() -> None:
        """A colleague's commit heard as CONFERENCES: notifications arrive in commit order,
        so once it is heard, everything committed before it was heard too."""
        arrived.clear()
        with colleague.database.engine.begin() as connection:
            connection.execute(text("DELETE FROM conflict_overrides WHERE false"))
        qtbot.waitUntil(
            lambda: any(Changed.CONFERENCES & kinds for kinds in arrived), timeout=10_000
        )

    colleague_touches_conferences()
    follower = next(f for f in page.findChildren(ChangeFollower) if f.parent() is page)
    before = follower.refreshes
    Operation(
        page, lambda: services.cases.register(a_case(places, "KN-009")), changes=Changed.CASES
    ).run()
    assert follower.refreshes == before + 1  # the window's own announcement
    colleague_touches_conferences()  # heard after the window's own change would have been
    assert arrived == [Changed.CONFERENCES]
    assert follower.refreshes == before + 1


def test_a_lost_connection_shows_in_the_status_bar_until_it_is_back(
    qtbot, live: LiveRefresh, admin: Admin
) -> None:  # type: ignore[no-untyped-def]
    statuses: list[bool] = []
    live.online_changed.connect(statuses.append)
    cut_off(admin, for_good=True)
    qtbot.waitUntil(lambda: not live.online, timeout=10_000)
    assert live.label.isVisible()
    assert live.label.text().startswith("Mất kết nối tới cơ sở dữ liệu của cơ quan")
    let_in(admin)
    qtbot.waitUntil(lambda: live.online, timeout=10_000)
    assert not live.label.isVisible()
    window = live.parent()
    assert isinstance(window, MainWindow)
    assert "đã có lại" in window.statusBar().currentMessage()
    assert statuses == [False, True]


def test_an_edit_is_kept_through_a_lost_connection_and_saved_when_it_is_back(
    qtbot, live: LiveRefresh, services: Services, admin: Admin, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    places = make_places(services.database)
    window = live.parent()
    dialog = CaseDialog(services, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.citizens.item(0, 0).setText("Trần Thị Lan")
    dialog.summary.setPlainText("Đề nghị cấp giấy chứng nhận")
    dialog.field.setCurrentIndex(dialog.field.findData(places.land_id))

    cut_off(admin, for_good=True)  # the server goes away while the form is open
    qtbot.waitUntil(lambda: not live.online, timeout=10_000)
    shown = failures_shown(monkeypatch)
    assert not dialog.save()
    assert dialog.saved is None and dialog.isVisible()
    assert not shown  # no message box: the form itself says that the change waits
    # in the window's language (Vietnamese here): not saved yet, saved by itself once the
    # connection is back; nothing of what was typed is lost
    said = waiting_text(dialog)
    assert said.startswith("Chưa lưu: mất kết nối") and "tự động lưu" in said
    for raw in ("Traceback", "psycopg", "sqlalchemy", "Trần Thị Lan"):
        assert raw not in said
    assert dialog.citizens.item(0, 0).text() == "Trần Thị Lan"
    assert dialog.summary.toPlainText() == "Đề nghị cấp giấy chứng nhận"

    let_in(admin)  # back: the listener hears it, the waiting save goes through by itself
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=15_000)
    assert not dialog.isVisible() and dialog.saved.citizens[0].full_name == "Trần Thị Lan"
    assert services.cases.count() == 1
    assert window.statusBar().currentMessage() == QCoreApplication.translate(
        "WaitingSave", SAVED_LATER
    )


def failures_shown(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The failures the operations show in a message box from now on."""
    shown: list[object] = []
    monkeypatch.setattr(operations, "show_failure", lambda _parent, failure: shown.append(failure))
    return shown


def waiting_text(form: QWidget) -> str:
    """What the bar of a form whose save waits for the connection says."""
    bar = form.findChild(QFrame, "waitingSave")
    assert bar is not None and not bar.isHidden()
    return bar.findChild(QLabel, "waitingSaveText").text()


def test_a_connection_terminated_between_two_saves_costs_nothing(
    qtbot, live: LiveRefresh, services: Services, admin: Admin
) -> None:  # type: ignore[no-untyped-def]
    """The server ended the connections (a restart), but takes new ones: the save reconnects."""
    places = make_places(services.database)
    dialog = CaseDialog(services, parent=live.parent())
    qtbot.addWidget(dialog)
    dialog.citizens.item(0, 0).setText("Ngô Văn Bình")
    dialog.summary.setPlainText("Kiến nghị sửa đường")
    dialog.field.setCurrentIndex(dialog.field.findData(places.land_id))
    cut_off(admin, for_good=False)
    dialog.save()
    assert dialog.saved is not None and services.cases.count() == 1


def test_a_conference_edit_is_kept_through_a_lost_connection_too(
    qtbot, live: LiveRefresh, services: Services, admin: Admin, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Văn An")
    saved = services.scheduling.create(draft(at(10, 8), at(10, 10), chairs=(leader,)))
    dialog = ConferenceDialog(services, conference_id=saved.id, parent=live.parent())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh_warnings()  # the form's own check done before the server goes away
    dialog.title_edit.setText("Đối thoại về bồi thường giải phóng mặt bằng")

    cut_off(admin, for_good=True)
    qtbot.waitUntil(lambda: not live.online, timeout=10_000)
    shown = failures_shown(monkeypatch)
    assert not dialog.save()
    assert not shown and waiting_text(dialog).startswith("Chưa lưu")
    assert dialog.isVisible() and not dialog.title_edit.isEnabled()
    assert dialog.title_edit.text() == "Đối thoại về bồi thường giải phóng mặt bằng"

    let_in(admin)  # saved by itself: the form shows the saved conference, unlocked
    qtbot.waitUntil(
        lambda: (
            services.scheduling.get(saved.id).draft.title
            == "Đối thoại về bồi thường giải phóng mặt bằng"
        ),
        timeout=15_000,
    )
    assert dialog.isVisible() and dialog.title_edit.isEnabled()
    assert (
        dialog.findChild(QFrame, "waitingSave") is None
        or dialog.findChild(QFrame, "waitingSave").isHidden()
    )

"""Real PostgreSQL login roles for the window's role tests (roles are cluster-wide: every login
made here starts with ``s2_`` and only those are dropped, so other suites' logins are left be)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.engine import make_url

from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService
from dialogue_app.services.database import DatabaseHandle, open_database
from tests.conftest import POSTGRES_URL, _truncate_postgres
from tests.services.accounts.staff_support import drop_logins

PASSWORD = "mật-khẩu-đủ-dài-42"


@pytest.fixture
def pg_s2(request: pytest.FixtureRequest) -> Iterator[DatabaseHandle]:
    """A fresh, migrated PostgreSQL database opened by the superuser (the IT staff)."""
    if not POSTGRES_URL:
        pytest.skip("needs DIALOGUE_APP_TEST_POSTGRES_URL")
    drop_logins("s2_")
    url: str = request.getfixturevalue("_postgres_migrated")
    handle = open_database(url)
    _truncate_postgres(handle)
    yield handle
    handle.close()
    drop_logins("s2_")


@pytest.fixture
def logins(pg_s2: DatabaseHandle) -> Iterator[Callable[[str, Role], DatabaseHandle]]:
    """``login_as`` on the test database; the handles close after the test's widgets (ask for
    this fixture before ``qtbot``)."""
    opened: list[DatabaseHandle] = []

    def log_in(login: str, role: Role) -> DatabaseHandle:
        opened.append(login_as(pg_s2, login, role))
        return opened[-1]

    yield log_in
    for handle in opened:
        handle.close()


def login_as(pg: DatabaseHandle, login: str, role: Role) -> DatabaseHandle:
    """Create the account ``login`` (``s2_…``) and open the database as it (close it after)."""
    assert login.startswith("s2_")
    AccountService(pg.uow, None).add(login, role, PASSWORD, full_name=login)
    url = make_url(pg.url).set(username=login, password=PASSWORD)
    return open_database(url.render_as_string(hide_password=False))

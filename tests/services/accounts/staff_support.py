"""Real PostgreSQL login roles for the tests of staff accounts (roles are cluster-wide: every
login made here starts with ``dlgh_`` and is dropped at the end)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService
from dialogue_app.services.database import DatabaseHandle, open_database
from tests.conftest import POSTGRES_URL, _truncate_postgres

PREFIX = "dlgh_"
PASSWORD = "mật-khẩu-đủ-dài-42"


def drop_logins(prefix: str = PREFIX) -> None:
    """Drop every login whose name starts with ``prefix`` (its sessions ended first)."""
    assert POSTGRES_URL
    engine = create_engine(POSTGRES_URL)
    pattern = prefix.replace("_", "\\_") + "%"
    with engine.begin() as connection:
        names = connection.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :pattern"), {"pattern": pattern}
        ).all()
        for name in names:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :u"),
                {"u": name},
            )
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
    engine.dispose()


@pytest.fixture
def pg(request: pytest.FixtureRequest) -> Iterator[DatabaseHandle]:
    """A fresh, migrated PostgreSQL database opened by the superuser (the IT staff)."""
    if not POSTGRES_URL:
        pytest.skip("needs DIALOGUE_APP_TEST_POSTGRES_URL")
    drop_logins()
    url: str = request.getfixturevalue("_postgres_migrated")
    handle = open_database(url)
    _truncate_postgres(handle)
    yield handle
    handle.close()
    drop_logins()


def staff(pg: DatabaseHandle, login: str, role: Role) -> DatabaseHandle:
    """Create the account ``login`` and open the database as that login (close it after)."""
    AccountService(pg.uow, None).add(login, role, PASSWORD, full_name=login)
    url = make_url(pg.url).set(username=login, password=PASSWORD)
    return open_database(url.render_as_string(hide_password=False))

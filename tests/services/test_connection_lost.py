"""A connection the server ended in the middle of the work (a restart, an administrator) is told
as a lost connection to try again, not as a database fault (services/errors.py). Real
PostgreSQL: the backend is terminated from a superuser's connection."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, make_url, text

from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ConnectionLost, FailureKind, describe_failure


def test_a_terminated_connection_is_a_lost_connection(
    engine: str, db: DatabaseHandle, database_url: str
) -> None:
    if engine != "postgres":
        pytest.skip("PostgreSQL only")
    admin = create_engine(make_url(database_url).set(database="postgres"))
    try:
        with db.engine.connect() as connection:
            pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as superuser:
                superuser.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(Exception) as raised:
                connection.execute(text("SELECT count(*) FROM cases"))
    finally:
        admin.dispose()
    failure = describe_failure(raised.value)
    assert failure.kind is FailureKind.DATABASE
    assert isinstance(failure.message, ConnectionLost)
    assert str(failure.message).startswith("The connection to the office database was lost")
    with db.engine.connect() as connection:  # the next piece of work reconnects
        assert connection.execute(text("SELECT count(*) FROM cases")).scalar_one() == 0

"""Real failures for the error-boundary tests: each function makes the database, or the disk,
fail for real and returns the exception raised (its traceback included), never a fake one.

The rows carry a denunciator's name and ID number, which must never reach a message, the log
or the terminal.
"""

from __future__ import annotations

import shutil
import socket
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from dialogue_app.domain.conferences import ConferenceKind
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.database import create_database_engine, session_factory, sqlite_url
from dialogue_app.store.models import Citizen, Conference
from dialogue_app.store.unit_of_work import UnitOfWork

# a denunciator: neither the name nor the ID number may appear anywhere but in the database
SECRET_NAME = "Lê Thị Tố Giác"
SECRET_ID = "042199012345"


def duplicate_citizen(db: DatabaseHandle) -> IntegrityError:
    """A unique conflict: a second citizen with the same ID number."""
    with db.uow.begin() as session:
        session.add(Citizen(full_name="Nguyễn Văn Đã Có", national_id=SECRET_ID))
    with pytest.raises(IntegrityError) as caught, db.uow.begin() as session:
        session.add(Citizen(full_name=SECRET_NAME, national_id=SECRET_ID, address="Thôn Kín"))
    return caught.value


def stale_conference(db: DatabaseHandle) -> StaleDataError:
    """Two people edit the same conference; the second one saves over a newer version."""
    start = datetime(2026, 3, 16, 8, 0, tzinfo=VN_TZ)
    with db.uow.begin() as session:
        row = Conference(
            uid="stale-test@dialogue-desk",
            kind=ConferenceKind.DIALOGUE,
            title="Đối thoại với ông " + SECRET_NAME,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
        )
        session.add(row)
        session.flush()
        conference_id = row.id
    factory = session_factory(db.engine)
    with factory() as first, factory() as second:
        mine = first.get(Conference, conference_id)
        theirs = second.get(Conference, conference_id)
        assert mine is not None and theirs is not None
        theirs.title = "Đối thoại (đã sửa)"
        second.commit()
        mine.title = SECRET_NAME
        with pytest.raises(StaleDataError) as caught:
            first.commit()
    return caught.value


def too_long_national_id(db: DatabaseHandle) -> DataError:
    """A value longer than its column (PostgreSQL checks lengths; SQLite does not)."""
    with pytest.raises(DataError) as caught, db.uow.begin() as session:
        session.add(Citizen(full_name=SECRET_NAME, national_id=SECRET_ID + "99"))
    return caught.value


def sqlite_folder_removed(template: Path, tmp_path: Path) -> OperationalError:
    """The folder of the SQLite file disappears (a USB drive or network folder removed) while
    the app has the database open."""
    folder = tmp_path / "office-share"
    folder.mkdir()
    shutil.copyfile(template, folder / "dialogue.sqlite")
    handle = open_database(sqlite_url(folder / "dialogue.sqlite"))
    try:
        handle.engine.dispose()  # the next piece of work opens a new connection
        shutil.rmtree(folder)
        with pytest.raises(OperationalError) as caught, handle.uow.begin() as session:
            session.add(Citizen(full_name=SECRET_NAME, national_id=SECRET_ID))
            session.flush()
            session.scalar(select(func.count()).select_from(Citizen))
    finally:
        handle.close()
    return caught.value


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def unreachable_server() -> OperationalError:
    """A PostgreSQL server that is not there (it stopped, or the network is down)."""
    engine = create_database_engine(
        f"postgresql+psycopg://clerk@127.0.0.1:{closed_port()}/dialogue"
    )
    uow = UnitOfWork(session_factory(engine))
    try:
        with pytest.raises(OperationalError) as caught, uow.begin() as session:
            session.add(Citizen(full_name=SECRET_NAME, national_id=SECRET_ID))
            session.flush()
    finally:
        engine.dispose()
    return caught.value


def disk_full() -> OSError:
    """A write to a full disk (Linux's /dev/full answers every write with ENOSPC)."""
    with pytest.raises(OSError) as caught, open("/dev/full", "w", encoding="utf-8") as stream:  # noqa: PTH123
        stream.write(SECRET_NAME)
        stream.flush()
    return caught.value

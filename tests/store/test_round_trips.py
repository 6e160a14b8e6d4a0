"""What the store promises on both engines: NFC text, aware UTC datetimes, enum values."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import Citizen, Conference


def test_decomposed_vietnamese_is_stored_composed(db: DatabaseHandle) -> None:
    typed = unicodedata.normalize("NFD", "Đặng Thị Hường, thôn Trung Tiến, xã Cẩm Lộc")
    assert typed != unicodedata.normalize("NFC", typed)
    with db.uow.begin() as session:
        session.add(Citizen(full_name=typed, national_id="042190004564", address=typed))
    with db.engine.connect() as connection:
        raw = connection.execute(text("SELECT full_name, address FROM citizens")).one()
    assert raw.full_name == unicodedata.normalize("NFC", typed)
    assert unicodedata.is_normalized("NFC", raw.address)


def test_datetimes_come_back_aware_and_equal(db: DatabaseHandle) -> None:
    start = datetime(2026, 3, 16, 8, 0, tzinfo=VN_TZ)  # Monday morning in Hà Tĩnh
    with db.uow.begin() as session:
        add_conference(
            session,
            Conference(
                kind=ConferenceKind.DIALOGUE,
                status=ConferenceStatus.SCHEDULED,
                title="Đối thoại về bồi thường",
                starts_at=start,
                ends_at=start + timedelta(hours=3),
            ),
        )
    with db.uow.read() as session:
        row = session.scalars(select(Conference)).one()
        assert row.starts_at == start
        assert row.starts_at.utcoffset() == timedelta(0)
        assert row.starts_at.astimezone(VN_TZ).hour == 8
        assert row.kind is ConferenceKind.DIALOGUE
        # the calendar UID is derived from the record and never changes
        assert row.uid.startswith(f"conf-{row.id}-")


def test_naive_datetimes_are_refused(db: DatabaseHandle) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.uow.begin() as session:
        add_conference(
            session,
            Conference(
                kind=ConferenceKind.RECEPTION,
                title="Tiếp công dân",
                starts_at=datetime(2026, 3, 16, 8, 0),
                ends_at=datetime(2026, 3, 16, 11, 0),
            ),
        )
    with db.uow.read() as session:  # nothing half-saved
        assert session.scalars(select(Conference)).first() is None


def test_other_offsets_are_converted_not_reinterpreted(db: DatabaseHandle) -> None:
    paris = timezone(timedelta(hours=1))
    start = datetime(2026, 3, 16, 2, 0, tzinfo=paris)  # 08:00 in Vietnam
    with db.uow.begin() as session:
        add_conference(
            session,
            Conference(
                kind=ConferenceKind.DIALOGUE,
                title="Họp trực tuyến",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
            ),
        )
    with db.uow.read() as session:
        row = session.scalars(select(Conference)).one()
        assert row.starts_at == datetime(2026, 3, 16, 1, 0, tzinfo=UTC)
        assert row.starts_at.astimezone(VN_TZ).hour == 8

"""The citizen search's prefix ranges hold on PostgreSQL whatever the database's collation.

``term >= '04219' AND term < '0421:'`` finds the words starting with "04219" only in byte
order: under an ICU collation (a Vietnamese office's natural choice) ':' sorts before the
digits and the range is empty. The columns compared so are ``COLLATE "C"`` on PostgreSQL, in
the models and in the migrations alike (``alembic check`` does not compare collations, so the
agreement is checked here)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput, CitizenService
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.models import Base
from tests.clock import TODAY, fixed_clock
from tests.conftest import POSTGRES_URL
from tests.services.cases.case_fixtures import make_places

ICU_DATABASE = "dialogue_icu"
_COLLATE = re.compile(r'COLLATE "([^"]+)"')


def _model_collation(column_type: object, dialect: object) -> str | None:
    compiled = column_type.compile(dialect=dialect)  # type: ignore[attr-defined]
    found = _COLLATE.search(compiled)
    return found.group(1) if found else None


def test_the_migrated_collations_are_the_models(db: DatabaseHandle) -> None:
    dialect = postgresql.dialect() if db.engine.dialect.name == "postgresql" else sqlite.dialect()
    inspector = inspect(db.engine)
    declared: dict[tuple[str, str], str | None] = {}
    migrated: dict[tuple[str, str], str | None] = {}
    for table in Base.metadata.sorted_tables:
        reflected = {c["name"]: c for c in inspector.get_columns(table.name)}
        for column in table.columns:
            declared[(table.name, column.name)] = _model_collation(column.type, dialect)
            migrated[(table.name, column.name)] = getattr(
                reflected[column.name]["type"], "collation", None
            )
    assert migrated == declared
    wanted = "C" if dialect.name == "postgresql" else None
    assert declared[("citizen_search_terms", "term")] == wanted
    assert declared[("citizen_search_terms", "name")] == wanted


@pytest.fixture
def icu_database() -> Iterator[str]:
    """A PostgreSQL database whose default collation is ICU Vietnamese, migrated by the app."""
    if not POSTGRES_URL:
        pytest.skip("needs PostgreSQL: set DIALOGUE_APP_TEST_POSTGRES_URL")
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {ICU_DATABASE} WITH (FORCE)"))
            try:
                connection.execute(
                    text(
                        f"CREATE DATABASE {ICU_DATABASE} LOCALE_PROVIDER icu "
                        "ICU_LOCALE 'vi-VN' TEMPLATE template0"
                    )
                )
            except DBAPIError as error:  # before PostgreSQL 15, or built without ICU
                pytest.skip(f"this PostgreSQL cannot create an ICU database: {error.orig}")
        yield POSTGRES_URL.rsplit("/", 1)[0] + "/" + ICU_DATABASE
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {ICU_DATABASE} WITH (FORCE)"))
        admin.dispose()


@pytest.mark.postgres
def test_prefix_search_on_a_vietnamese_icu_database(icu_database: str) -> None:
    handle = open_database(icu_database)
    try:
        with handle.engine.connect() as connection:
            # the database really sorts the ICU way: the naive upper bound is below the word
            assert connection.scalar(text("SELECT datlocprovider FROM pg_database "
                                          "WHERE datname = current_database()")) == "i"  # fmt: skip
            assert connection.scalar(text("SELECT '042190123456' < '0421:'")) is False
            assert connection.scalar(text("SELECT 'nguyen' < 'nguyeo'")) is True
        places = make_places(handle)
        service = CaseService(handle.uow, "chuyenvien", clock=fixed_clock())
        for name, number in (
            ("Nguyễn Văn Hùng", "042190123456"),
            ("Nguyễn Thị Lan", "042191000001"),
            ("Trần Văn Zũ", "040912345678"),
        ):
            service.register(
                CaseDraft(
                    received_on=TODAY - timedelta(days=3),
                    case_type=CaseType.COMPLAINT,
                    citizens=(CitizenInput(name, number),),
                    summary="Tranh chấp đất",
                    field_id=places.land_id,
                    commune_id=places.commune_id,
                )
            )
        search = CitizenService(handle.uow).search
        assert [c.full_name for c in search("04219")] == ["Nguyễn Thị Lan", "Nguyễn Văn Hùng"]
        assert [c.full_name for c in search("042190")] == ["Nguyễn Văn Hùng"]
        assert [c.full_name for c in search("0409")] == ["Trần Văn Zũ"]
        assert [c.full_name for c in search("zu")] == ["Trần Văn Zũ"]
        assert [c.full_name for c in search("nguyen 04219")] == [
            "Nguyễn Thị Lan",
            "Nguyễn Văn Hùng",
        ]
    finally:
        handle.close()

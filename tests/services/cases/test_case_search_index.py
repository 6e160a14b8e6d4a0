"""The full-text index of case words on both engines (SQLite FTS5: 0004; PostgreSQL: 0006)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import text

from dialogue_app.domain.cases import CaseType, Channel
from dialogue_app.services.cases import CaseDraft, CaseFilter, CaseService, CitizenInput
from dialogue_app.services.cases.search_index import IndexedCitizen, case_terms
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store import database as store_db
from dialogue_app.store.models import Case
from dialogue_app.store.notify import attach_change_notifications
from dialogue_app.store.security import secure_postgres
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, add_user, ensure_rules, make_places


@pytest.fixture
def places(db: DatabaseHandle) -> Places:
    ensure_rules(db)
    return make_places(db)


def draft(places: Places, **changes: object) -> CaseDraft:
    base = CaseDraft(
        received_on=TODAY - timedelta(days=3),
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput("Nguyễn Thị Hoà", "040111222333"),),
        summary="Tranh chấp ranh giới thửa đất",
        channel=Channel.RECEPTION,
        field_id=places.land_id,
        commune_id=places.commune_id,
        agency_id=places.agency_id,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def denunciation(places: Places) -> CaseDraft:
    """A denunciation: its denunciator's name and ID number are confidential words."""
    return draft(
        places,
        case_type=CaseType.DENUNCIATION,
        number="TC-8/2026",
        citizens=(CitizenInput("Đặng Văn Đức", "040123456789"),),
        summary="Cán bộ nhận tiền",
    )


def found(service: CaseService, typed: str) -> set[int]:
    return {row.id for row in service.list_page(CaseFilter(search=typed)).rows}


def test_cases_written_before_the_index_are_found_and_secrets_stay_apart(
    db: DatabaseHandle, places: Places
) -> None:
    clerk = CaseService(db.uow, "clerk", clock=fixed_clock())
    public = clerk.register(draft(places, number="KN-7/2026")).case
    secret = clerk.register(denunciation(places)).case
    # the index is rebuilt from the words table by the migration (PostgreSQL: 0006)
    config = store_db._alembic_config(db.engine)
    command.downgrade(config, "0005")
    command.upgrade(config, "head")
    with db.engine.begin() as connection:  # as store.database.upgrade does after migrating:
        secure_postgres(connection)  # the GRANTs of tables made after 0019 (nothing on SQLite)
        attach_change_notifications(connection)
    add_user(db, "head", can_view=True)
    head = CaseService(db.uow, "head", clock=fixed_clock())
    for service in (clerk, head):
        assert found(service, "nguy") == {public.id}  # a prefix, without diacritics
        assert found(service, "NGUYEN thi h") == {public.id}
        assert found(service, "tranh chap") == {public.id}
        assert found(service, "can bo nhan t") == {secret.id}
        assert found(service, "kn 7") == {public.id}
    assert found(clerk, "dang van duc") == set()
    assert found(clerk, "0401234") == set()
    assert found(clerk, "dang") == set()
    assert found(head, "dang van d") == {secret.id}
    assert found(head, "đức") == {secret.id}


def test_index_follows_edits_and_deletes(db: DatabaseHandle, places: Places) -> None:
    service = CaseService(db.uow, "clerk", clock=fixed_clock())
    case = service.register(draft(places, summary="Ô nhiễm môi trường")).case
    assert found(service, "o nhiem") == {case.id}
    assert found(service, "boi thuong") == set()
    service.update(case.id, draft(places, summary="Bồi thường giải phóng mặt bằng"), case.version)
    assert found(service, "o nhiem") == set()
    assert found(service, "boi thuong giai") == {case.id}
    with db.uow.begin() as session:
        session.delete(session.get(Case, case.id))
    assert found(service, "boi thuong") == set()


@pytest.mark.parametrize(
    ("selective", "dense"),
    [(None, None), (1, None), (1, 1)],
    ids=["few-matches", "many-matches", "most-cases-match"],
)
def test_every_search_plan_finds_the_same_cases(
    db: DatabaseHandle,
    places: Places,
    monkeypatch: pytest.MonkeyPatch,
    selective: int | None,
    dense: int | None,
) -> None:
    # the plan depends on how many cases match: their ids, their ids tested while walking the
    # list, or (most cases match) each case's stored words tested while walking the list
    if selective is not None:
        monkeypatch.setattr("dialogue_app.services.cases.search_index.SELECTIVE", selective)
    if dense is not None:
        monkeypatch.setattr("dialogue_app.services.cases.search_index.DENSE", dense)
    clerk = CaseService(db.uow, "clerk", clock=fixed_clock())
    public = clerk.register(draft(places, number="KN-7/2026")).case
    other = clerk.register(
        draft(
            places,
            number="KN-70/2026",
            citizens=(CitizenInput("Nguyễn Đăng Khoa", None),),
            summary="Đề nghị cấp giấy chứng nhận",
        )
    ).case
    secret = clerk.register(denunciation(places)).case
    add_user(db, "head", can_view=True)
    head = CaseService(db.uow, "head", clock=fixed_clock())
    for service in (clerk, head):
        assert found(service, "nguy") == {public.id, other.id}
        assert found(service, "NGUYEN thi h") == {public.id}
        assert found(service, "kn7") == {public.id, other.id}  # the number's words joined
        assert found(service, "kn 70") == {other.id}
        assert found(service, "guyen") == set()  # inside a word, not its start
        assert found(service, "hoa") == {public.id}  # "Hoà", not "Khoa"
        assert found(service, "dang") == ({other.id} if service is clerk else {other.id, secret.id})
        assert found(service, "can bo nhan t") == {secret.id}
    assert found(clerk, "dang van duc") == set()
    assert found(clerk, "0401234") == set()
    assert found(head, "dang van d") == {secret.id}
    assert found(head, "0401234 đức") == {secret.id}


def test_sqlite_keeps_the_words_in_the_full_text_table_alone(
    db: DatabaseHandle, places: Places
) -> None:
    # migration 0028: on SQLite the word table stays empty (PostgreSQL's plans count words in
    # it); going back to 0027 refills it from the full-text table, secrets kept apart
    clerk = CaseService(db.uow, "clerk", clock=fixed_clock())
    public = clerk.register(draft(places, number="KN-7/2026")).case
    secret = clerk.register(denunciation(places)).case

    def word_table() -> set[tuple[str, int, bool]]:
        with db.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT term, case_id, confidential FROM case_search_terms")
            )
            return {(term, case_id, bool(flag)) for term, case_id, flag in rows}

    expected = {
        (term, case.id, flag)
        for case, terms in (
            (
                public,
                case_terms(
                    "KN-7/2026",
                    "Tranh chấp ranh giới thửa đất",
                    [IndexedCitizen("Nguyễn Thị Hoà", "040111222333", False)],
                ),
            ),
            (
                secret,
                case_terms(
                    "TC-8/2026",
                    "Cán bộ nhận tiền",
                    [IndexedCitizen("Đặng Văn Đức", "040123456789", True)],
                ),
            ),
        )
        for term, flag in terms.items()
    }
    if db.engine.dialect.name != "sqlite":
        assert word_table() == expected
        return
    assert word_table() == set()
    config = store_db._alembic_config(db.engine)
    command.downgrade(config, "0027")
    assert word_table() == expected
    command.upgrade(config, "head")
    assert word_table() == set()
    assert found(clerk, "kn7 nguyen") == {public.id}

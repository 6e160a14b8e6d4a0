"""Staff accounts as real PostgreSQL logins: what each role's login may read and write in raw
SQL, and the audit log the database writes with the login's name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService, PermissionDenied, Permissions
from dialogue_app.services.cases import CaseService, CitizenInput, CitizenService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ServiceError, ValidationError
from dialogue_app.store.models import AuditEntry
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import PASSWORD, pg, staff  # noqa: F401
from tests.services.cases.case_fixtures import Places, ensure_rules, make_places
from tests.services.cases.test_cases import draft

pytestmark = pytest.mark.postgres

SECRET = CitizenInput("Trần Thị Bí Mật", "042190999888", "xóm Kín", "0988000111")
OPEN = CitizenInput("Lê Văn Công Khai", "042190111222", "xóm Mở", "0988000222")


@pytest.fixture
def filled(pg: DatabaseHandle) -> DatabaseHandle:  # noqa: F811
    """A denunciation by SECRET (who made nothing else), a complaint by OPEN."""
    ensure_rules(pg)
    places = make_places(pg)
    cases = CaseService(pg.uow, None, clock=fixed_clock())
    cases.register(
        draft(places, number="TC-1", case_type=CaseType.DENUNCIATION, citizens=(SECRET,))
    )
    cases.register(draft(places, number="KN-1", citizens=(OPEN,)))
    return pg


@pytest.fixture
def clerk(filled: DatabaseHandle) -> Iterator[DatabaseHandle]:
    handle = staff(filled, "dlgh_clerk", Role.CLERK)
    yield handle
    handle.close()


def test_a_clerks_raw_sql_reads_no_denunciator(filled: DatabaseHandle, clerk: DatabaseHandle):
    with clerk.engine.connect() as sql:
        names = sql.scalars(text("SELECT full_name FROM citizens")).all()
        assert names == [OPEN.full_name]
        words = sql.scalars(text("SELECT name FROM citizen_search_terms")).all()
        assert words and all("mat" not in w for w in words)
        hidden = sql.scalar(text("SELECT count(*) FROM case_search_terms WHERE confidential"))
        assert hidden == 0
        numbers = " ".join(sql.scalars(text("SELECT search_key FROM cases")).all())
        assert "042190999888" not in numbers and "bi mat" not in numbers
    with filled.engine.connect() as sql:  # the owner sees them all
        assert sql.scalar(text("SELECT count(*) FROM citizens")) == 2


def test_a_head_login_sees_the_denunciator(filled: DatabaseHandle) -> None:
    head = staff(filled, "dlgh_head", Role.HEAD)
    try:
        with head.engine.connect() as sql:
            assert sql.scalar(text("SELECT count(*) FROM citizens")) == 2
    finally:
        head.close()


def test_a_clerk_login_cannot_change_rules_accounts_or_the_audit_log(
    clerk: DatabaseHandle,
) -> None:
    for statement in (
        "UPDATE deadline_rules SET days = 1",
        "UPDATE users SET role = 'head'",
        "DELETE FROM audit_log",
        "SELECT detail FROM audit_log",
        "GRANT dialogue_head TO dlgh_clerk",
    ):
        with clerk.engine.begin() as sql, pytest.raises((ProgrammingError, OperationalError)):
            sql.execute(text(statement))


def test_the_services_refuse_what_the_role_may_not(clerk: DatabaseHandle) -> None:
    assert Permissions(clerk.uow, "dlgh_clerk").role() is Role.CLERK
    with pytest.raises(PermissionDenied) as refused:
        AccountService(clerk.uow, "dlgh_clerk").add("dlgh_x", Role.HEAD, PASSWORD)
    assert "clerk" in str(refused.value)
    assert not CaseService(clerk.uow, "dlgh_clerk", clock=fixed_clock()).can_view_denunciators()


def test_the_id_number_lookup_hides_a_denunciator_from_a_clerk(clerk: DatabaseHandle) -> None:
    found = CitizenService(clerk.uow, "dlgh_clerk").search(SECRET.national_id or "")
    assert found == ()
    assert CitizenService(clerk.uow, "dlgh_clerk").search(OPEN.national_id or "") != ()


def test_the_database_audits_each_change_with_the_login(clerk: DatabaseHandle) -> None:
    with clerk.uow.read() as session:
        case_id = session.scalar(text("SELECT id FROM cases WHERE number = 'KN-1'"))
    with clerk.engine.begin() as sql:
        sql.execute(text("UPDATE cases SET summary = 'đã sửa' WHERE id = :i"), {"i": case_id})
    owner = create_engine(make_url(clerk.url).set(username="postgres", password=None))
    try:
        with owner.connect() as sql:
            rows = sql.execute(
                select(AuditEntry.user_name, AuditEntry.action, AuditEntry.detail).where(
                    AuditEntry.entity == "cases", AuditEntry.entity_id == case_id,
                    AuditEntry.action == "update",
                )
            ).all()  # fmt: skip
    finally:
        owner.dispose()
    assert ("dlgh_clerk", "update", "summary") in [tuple(r) for r in rows]


def test_accounts_created_reset_and_disabled(pg: DatabaseHandle) -> None:  # noqa: F811
    accounts = AccountService(pg.uow, None)
    accounts.add("dlgh_an", Role.ADMIN, PASSWORD, "Nguyễn An")
    accounts.add("dlgh_binh", Role.VIEWER, PASSWORD)
    with pytest.raises(ValidationError):
        accounts.add("dlgh_binh", Role.VIEWER, PASSWORD)
    with pytest.raises(ValidationError):
        accounts.add("Bình Ơi", Role.VIEWER, PASSWORD)
    with pytest.raises(ValidationError):
        accounts.add("dlgh_ngan", Role.VIEWER, "ngắn")
    accounts.set_role("dlgh_binh", Role.CLERK)
    accounts.reset_password("dlgh_binh", "một-mật-khẩu-khác")
    assert [(a.login, a.role, a.active) for a in accounts.list()] == [
        ("dlgh_an", Role.ADMIN, True),
        ("dlgh_binh", Role.CLERK, True),
    ]
    url = make_url(pg.url)
    binh = create_engine(url.set(username="dlgh_binh", password="một-mật-khẩu-khác"))
    with binh.connect() as sql:
        assert sql.scalar(text("SELECT current_user")) == "dlgh_binh"
    binh.dispose()
    with pytest.raises(ServiceError):  # the last administrator stays
        accounts.disable("dlgh_an")
    accounts.disable("dlgh_binh")
    binh = create_engine(url.set(username="dlgh_binh", password="một-mật-khẩu-khác"))
    with pytest.raises(OperationalError):
        binh.connect()
    binh.dispose()
    with pg.uow.read() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert "account_created" in actions and "account_disabled" in actions


def test_a_clerk_login_registers_a_denunciation_it_then_cannot_read_the_name_of(
    clerk: DatabaseHandle,
) -> None:
    cases = CaseService(clerk.uow, "dlgh_clerk", clock=fixed_clock())
    with clerk.uow.read() as session:
        row = session.execute(
            text("SELECT field_id, commune_id, agency_id FROM cases WHERE number = 'KN-1'")
        ).one()
    fresh = CitizenInput("Phạm Văn Kín Đáo", "042190555666", "xóm Giữa")
    known = Places(row.commune_id, row.commune_id, row.agency_id, row.agency_id, row.field_id,
                   row.field_id)  # fmt: skip
    detail = cases.register(
        draft(known, number="TC-2", case_type=CaseType.DENUNCIATION, citizens=(fresh,))
    ).case
    assert detail.identity_hidden and detail.citizens == ()
    with clerk.engine.connect() as sql:
        names = sql.scalars(text("SELECT full_name FROM citizens")).all()
    assert fresh.full_name not in names

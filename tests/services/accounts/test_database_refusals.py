"""What PostgreSQL itself refuses a staff login (SQLSTATE 42501) reaches the person as a
sentence naming what their role may not do and whom to ask — never a generic database error —
and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dialogue_app.domain.roles import Permission, Role
from dialogue_app.services.accounts import DatabaseRefused
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import FailureKind, describe_failure
from dialogue_app.services.office import Letterhead, OfficeProfileData, OfficeService
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.cases.case_fixtures import ensure_rules

pytestmark = pytest.mark.postgres


def refusal_of(handle: DatabaseHandle, statement: str) -> DatabaseRefused:
    with pytest.raises(Exception) as raised, handle.uow.begin() as session:
        session.execute(text(statement))
    failure = describe_failure(raised.value)
    assert failure.kind is FailureKind.EXPLAINED
    assert isinstance(failure.message, DatabaseRefused)
    return failure.message


def test_each_refusal_names_the_action_and_whom_to_ask(pg: DatabaseHandle) -> None:  # noqa: F811
    ensure_rules(pg)
    clerk = staff(pg, "dlgh_thuky", Role.CLERK)
    viewer = staff(pg, "dlgh_xem", Role.VIEWER)
    try:
        rules = refusal_of(clerk, "UPDATE deadline_rules SET days = 1")
        assert rules.permission is Permission.EDIT_RULES
        assert "deadline rules" in str(rules) and "Ask an administrator" in str(rules)
        settings = refusal_of(clerk, "UPDATE office_profile SET name = 'x'")
        assert settings.permission is Permission.EDIT_SETTINGS
        accounts = refusal_of(clerk, "UPDATE users SET role = 'head'")
        assert accounts.permission is Permission.MANAGE_ACCOUNTS
        audit = refusal_of(clerk, "SELECT detail FROM audit_log")
        assert audit.permission is Permission.VIEW_AUDIT
        records = refusal_of(viewer, "UPDATE cases SET summary = 'x'")
        assert records.permission is Permission.EDIT_RECORDS
        assert "clerk role" in str(records)
    finally:
        clerk.close()
        viewer.close()
    with pg.uow.read() as session:
        assert session.scalar(text("SELECT min(days) FROM deadline_rules")) > 1


def test_a_clerk_saving_the_letterhead_is_told_why_and_nothing_is_saved(
    pg: DatabaseHandle,  # noqa: F811
) -> None:
    # the letterhead's service checks no role: the database refuses the clerk's login
    OfficeService(pg.uow).save_profile(OfficeProfileData(name="UBND xã Cẩm Lộc"))
    before = OfficeService(pg.uow).get_letterhead()
    clerk = staff(pg, "dlgh_thuky", Role.CLERK)
    try:
        letterhead = Letterhead(
            issuing_body="ỦY BAN NHÂN DÂN XÃ CẨM LỘC", issuer_code="UBND", place="Cẩm Lộc"
        )
        with pytest.raises(Exception) as raised:
            OfficeService(clerk.uow, "dlgh_thuky").save_letterhead(letterhead)
        failure = describe_failure(raised.value)
        assert failure.kind is FailureKind.EXPLAINED
        assert "may not change the office's settings" in str(failure.message)
    finally:
        clerk.close()
    assert OfficeService(pg.uow).get_letterhead() == before

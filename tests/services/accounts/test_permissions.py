"""Roles enforced in the services (SQLite and PostgreSQL): each refusal says why and writes
nothing; the reads that matter are logged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from dialogue_app.domain.cases import CaseStatus, CaseType, FollowUpKind
from dialogue_app.domain.roles import Permission, Role, permits, valid_login
from dialogue_app.services.accounts import (
    AuditFilter,
    AuditService,
    PermissionDenied,
    Permissions,
)
from dialogue_app.services.cases import AttachmentInput, CaseService, CitizenService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.office import OfficeProfileData, OfficeService
from dialogue_app.store.models import Case, User
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules, make_places
from tests.services.cases.test_cases import DUC, draft

SCAN = AttachmentInput("thu-to-cao.pdf", b"%PDF-1.4 secret", "application/pdf")


def add(db: DatabaseHandle, login: str, role: Role, *, active: bool = True) -> None:
    with db.uow.begin() as session:
        session.add(User(login=login, full_name=login, role=role, active=active))


def cases(db: DatabaseHandle, login: str | None) -> CaseService:
    return CaseService(db.uow, login, clock=fixed_clock())


def test_the_roles_as_data() -> None:
    assert permits(Role.HEAD, Permission.VIEW_DENUNCIATORS)
    assert not permits(Role.ADMIN, Permission.VIEW_DENUNCIATORS)
    assert permits(Role.CLERK, Permission.EDIT_RECORDS)
    assert not permits(Role.CLERK, Permission.EDIT_RULES)
    assert not permits(Role.VIEWER, Permission.EDIT_RECORDS)
    assert not permits(None, Permission.READ)
    assert valid_login("nguyen_an2") and not valid_login("pg_x")
    assert not valid_login("dialogue_head") and not valid_login("Án")


def test_a_viewer_reads_but_saves_nothing(db: DatabaseHandle) -> None:
    ensure_rules(db)
    places = make_places(db)
    add(db, "xem", Role.VIEWER)
    with pytest.raises(PermissionDenied) as refused:
        cases(db, "xem").register(draft(places))
    assert "viewer" in str(refused.value) and "clerk" in str(refused.value)
    with db.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
    assert cases(db, "xem").list_page().rows == ()


def test_a_disabled_account_may_do_nothing(db: DatabaseHandle) -> None:
    add(db, "cu", Role.HEAD, active=False)
    assert Permissions(db.uow, "cu").role() is None
    with pytest.raises(PermissionDenied, match="disabled"):
        Permissions(db.uow, "cu").require(Permission.READ)


def test_only_admin_and_head_change_rules_and_settings(db: DatabaseHandle) -> None:
    ensure_rules(db)
    add(db, "thuky", Role.CLERK)
    add(db, "quantri", Role.ADMIN)
    rule = cases(db, "thuky").deadline_rules()[0]
    with pytest.raises(PermissionDenied, match="deadline rules"):
        cases(db, "thuky").save_deadline_rule(replace(rule, days=rule.days + 1))
    assert cases(db, "quantri").save_deadline_rule(replace(rule, days=rule.days + 1)).days == (
        rule.days + 1
    )
    with pytest.raises(PermissionDenied, match="settings"):
        OfficeService(db.uow, "thuky").save_profile(OfficeProfileData(name="UBND xã"))
    assert OfficeService(db.uow, "quantri").save_profile(OfficeProfileData(name="UBND xã"))


def test_a_denunciations_attachment_only_for_a_head_and_logged(db: DatabaseHandle) -> None:
    ensure_rules(db)
    places = make_places(db)
    add(db, "thuky", Role.CLERK)
    add(db, "truong", Role.HEAD)
    clerk, head = cases(db, "thuky"), cases(db, "truong")
    case = clerk.register(draft(places, case_type=CaseType.DENUNCIATION)).case
    clerk.change_status(case.id, CaseStatus.ACCEPTED)
    with pytest.raises(PermissionDenied, match="denunciation"):
        clerk.add_follow_up(case.id, FollowUpKind.NOTE, note="bản quét", attachments=[SCAN])
    detail = head.add_follow_up(case.id, FollowUpKind.NOTE, note="bản quét", attachments=[SCAN])
    (attachment,) = [a for entry in detail.timeline for a in entry.attachments]
    with pytest.raises(PermissionDenied):
        clerk.attachment_content(attachment.id)
    assert head.attachment_content(attachment.id)[2] == SCAN.content
    log = AuditService(db.uow, "truong").entries(AuditFilter(action="download_attachment"))
    assert [(r.user, r.record, r.record_id) for r in log] == [("truong", "case", case.id)]
    with pytest.raises(PermissionDenied):
        AuditService(db.uow, "thuky").entries()


def test_the_id_lookup_never_shows_a_denunciator_to_a_clerk(db: DatabaseHandle) -> None:
    ensure_rules(db)
    places = make_places(db)
    add(db, "thuky", Role.CLERK)
    add(db, "truong", Role.HEAD)
    case = cases(db, "thuky").register(draft(places, case_type=CaseType.DENUNCIATION)).case
    number = DUC.national_id or ""
    assert CitizenService(db.uow, "thuky").search(number) == ()
    found = CitizenService(db.uow, "truong").search(number)
    assert [c.full_name for c in found] == [DUC.full_name]
    assert CitizenService(db.uow, "thuky").get([found[0].id]) == ()
    assert case.citizens == ()


def test_the_audit_log_filters_and_exports(db: DatabaseHandle, tmp_path) -> None:
    add(db, "truong", Role.HEAD)
    audit = AuditService(db.uow, "truong")
    from dialogue_app.services.accounts import record_read

    with db.uow.begin() as session:
        record_read(session, "truong", "reveal_denunciator", "case", 7, "=cmd")
        record_read(session, "thuky", "export", None, None)
    assert [r.action for r in audit.entries(AuditFilter(user="truong"))] == ["reveal_denunciator"]
    users, actions, _records = audit.choices()
    assert {"truong", "thuky"} <= set(users) and "export" in actions
    assert audit.export_csv(tmp_path / "audit.csv") >= 2
    text = (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("at,user,action") and "'=cmd" in text
    assert audit.entries(AuditFilter(action="export_audit_log"))

"""Small helpers to set up places and agencies for the case tests (real database, no mocks)."""

from __future__ import annotations

from dataclasses import dataclass

from dialogue_app.domain.roles import Role
from dialogue_app.domain.text import fold
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import AdminLevel, AdminUnit, Agency, CaseField, User
from tests.clock import fixed_clock


@dataclass(frozen=True)
class Places:
    commune_id: int
    other_commune_id: int
    agency_id: int
    other_agency_id: int
    land_id: int
    resettlement_id: int


def ensure_rules(db: DatabaseHandle) -> None:
    """The statutory rules, as migration 0003 writes them (the PostgreSQL test fixture empties
    every table between tests, rules included)."""
    from dialogue_app.services.cases import CaseService

    CaseService(db.uow, clock=fixed_clock()).restore_default_rules()


def make_places(db: DatabaseHandle) -> Places:
    ensure_rules(db)
    with db.uow.begin() as session:
        level = AdminLevel(code="commune", name="Xã", rank=2)
        session.add(level)
        session.flush()
        communes = [
            AdminUnit(name=name, level_id=level.id, search_key=fold(name))
            for name in ("Cẩm Lộc", "Thạch Hà")
        ]
        agencies = [
            Agency(name=name, search_key=fold(name))
            for name in ("UBND xã Cẩm Lộc", "Sở Tài nguyên và Môi trường")
        ]
        fields = [CaseField(name=n, search_key=fold(n)) for n in ("Đất đai", "Tái định cư")]
        session.add_all([*communes, *agencies, *fields])
        session.flush()
        return Places(
            communes[0].id, communes[1].id, agencies[0].id, agencies[1].id, fields[0].id,
            fields[1].id,
        )  # fmt: skip


def add_user(db: DatabaseHandle, login: str, *, can_view: bool) -> None:
    with db.uow.begin() as session:
        role = Role.HEAD if can_view else Role.CLERK
        session.add(User(login=login, full_name=login, role=role))

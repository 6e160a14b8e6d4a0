"""Two staff members, each signed in with their own PostgreSQL login, editing the same cases:
200 interleaved pairs of saves, no edit lost silently (the second saver is told, re-reads and
saves again), and the database's audit log names the right login for every change."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from dialogue_app.domain.roles import Role
from dialogue_app.services.cases import CaseService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ConcurrentEdit
from dialogue_app.store.models import AuditEntry
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.cases.case_fixtures import ensure_rules, make_places
from tests.services.cases.test_cases import draft

PAIRS = 200


def test_200_interleaved_pairs_lose_no_edit(pg: DatabaseHandle) -> None:  # noqa: F811
    ensure_rules(pg)
    places = make_places(pg)
    base = draft(places)
    case_id = CaseService(pg.uow, None, clock=fixed_clock()).register(base).case.id
    first = staff(pg, "dlgh_an", Role.CLERK)
    second = staff(pg, "dlgh_binh", Role.CLERK)
    try:
        an = CaseService(first.uow, "dlgh_an", clock=fixed_clock())
        binh = CaseService(second.uow, "dlgh_binh", clock=fixed_clock())
        refused = lost = 0
        for pair in range(PAIRS):
            writer, other = (an, binh) if pair % 2 == 0 else (binh, an)
            seen_by_writer = writer.get(case_id).version
            seen_by_other = other.get(case_id).version  # both opened the same version
            mine = f"Lần {pair}: {writer.user_name}"
            writer.update(case_id, replace(base, summary=mine), seen_by_writer)
            theirs = f"Lần {pair}: {other.user_name}"
            with pytest.raises(ConcurrentEdit):
                other.update(case_id, replace(base, summary=theirs), seen_by_other)
            refused += 1
            if other.get(case_id).summary != mine:
                lost += 1
            fresh = other.get(case_id)  # told, the second reads again and saves on top
            other.update(case_id, replace(base, summary=theirs), fresh.version)
            if other.get(case_id).summary != theirs:
                lost += 1
        assert (refused, lost) == (PAIRS, 0)
    finally:
        first.close()
        second.close()
    with pg.uow.read() as session:
        by_login = dict(
            session.execute(
                select(AuditEntry.user_name, func.count())
                .where(
                    AuditEntry.entity == "cases",
                    AuditEntry.entity_id == case_id,
                    AuditEntry.action == "update",
                )
                .group_by(AuditEntry.user_name)
            ).all()
        )
    # a save is one or more UPDATE statements (the search index is rewritten after the edit):
    # each login has a row for every save it made (the superuser's are the registration's)
    assert by_login["dlgh_an"] == by_login["dlgh_binh"] >= PAIRS

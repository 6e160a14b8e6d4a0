"""Migration 0026: cases without a register number get one, per year, in order of receipt."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CaseDraft, CaseFilter, CaseService, CitizenInput
from dialogue_app.services.database import open_database
from dialogue_app.store import database as store_db
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules


def test_cases_without_a_number_are_numbered_per_year(empty_database_url: str) -> None:
    from alembic import command

    handle = open_database(empty_database_url)
    ensure_rules(handle)
    cases = CaseService(handle.uow, "chuyenvien", clock=fixed_clock())

    def register(day: date, case_type: CaseType, number: str | None = None) -> int:
        draft = CaseDraft(day, case_type, (CitizenInput("Lê Thị Mai"),), number=number)
        return cases.register(draft).case.id

    late_2025 = register(date(2025, 12, 30), CaseType.DENUNCIATION)
    typed = register(date(2025, 6, 1), CaseType.COMPLAINT, "7/KN-2025")
    early_2025 = register(date(2025, 3, 2), CaseType.COMPLAINT)
    in_2026 = register(date(2026, 1, 5), CaseType.FEEDBACK)
    command.downgrade(store_db._alembic_config(handle.engine), "0019")
    with handle.engine.begin() as connection:  # as an earlier release left them
        connection.execute(text("UPDATE cases SET number = NULL WHERE id <> :id"), {"id": typed})
        connection.execute(text("DELETE FROM document_counters"))
    handle.close()

    reopened = open_database(empty_database_url)
    try:
        cases = CaseService(reopened.uow, "chuyenvien", clock=fixed_clock())
        numbers = {i: cases.get(i).number for i in (early_2025, typed, late_2025, in_2026)}
        assert numbers == {
            early_2025: "8/ĐKN-2025",  # after the highest number of its year
            typed: "7/KN-2025",
            late_2025: "9/TC-2025",
            in_2026: "1/PA-2026",
        }
        found = cases.list_page(CaseFilter(search="8/ĐKN-2025")).rows
        assert [row.id for row in found] == [early_2025]
        # the register goes on from the last number the upgrade gave
        assert cases.get(register(date(2025, 12, 31), CaseType.COMPLAINT)).number == "10/ĐKN-2025"
    finally:
        reopened.close()

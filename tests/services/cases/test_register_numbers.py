"""Every case gets a register number, however it is created (issue 18): typed in the form with
none, raised at a conference, imported; a typed number is kept and never given twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogue_app.domain.case_numbers import register_number, sequence_in
from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CaseDraft, CaseImporter, CaseService, CitizenInput
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Case
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.followup.board_fixtures import held_conference


def _draft(day: date, case_type: CaseType, number: str | None = None) -> CaseDraft:
    return CaseDraft(day, case_type, (CitizenInput("Lê Thị Mai"),), number=number)


def test_the_number_reads_back_its_sequence_and_year() -> None:
    assert register_number(15, CaseType.COMPLAINT, 2026) == "15/ĐKN-2026"
    assert sequence_in("15/ĐKN-2026", 2026) == 15
    assert sequence_in("15/ĐKN-2026", 2025) is None
    assert sequence_in("KN-1", 2026) is None


def test_a_case_typed_without_a_number_gets_the_next_one(db: DatabaseHandle) -> None:
    ensure_rules(db)
    cases = CaseService(db.uow, "chuyenvien", clock=fixed_clock())
    first = cases.register(_draft(date(2026, 2, 1), CaseType.COMPLAINT)).case
    typed = cases.register(_draft(date(2026, 2, 2), CaseType.COMPLAINT, "2/TC-2026")).case
    taken = cases.register(_draft(date(2026, 2, 3), CaseType.DENUNCIATION)).case
    other_year = cases.register(_draft(date(2025, 12, 31), CaseType.FEEDBACK)).case
    assert (first.number, typed.number) == ("1/ĐKN-2026", "2/TC-2026")
    assert taken.number == "3/TC-2026"  # 2/TC-2026 was typed by hand: skipped
    assert other_year.number == "1/PA-2025"
    # saving the form with the number field emptied keeps the register number
    edited = cases.update(first.id, _draft(date(2026, 2, 1), CaseType.COMPLAINT), first.version)
    assert edited.number == "1/ĐKN-2026"


def test_cases_raised_at_a_conference_are_numbered(db: DatabaseHandle) -> None:
    held = held_conference(db)
    with db.uow.read() as session:
        numbers = [c.number for c in session.query(Case).order_by(Case.id)]
    assert len(numbers) == 5 and all(numbers) and len(set(numbers)) == 5
    assert [n.split("/")[0] for n in numbers] == ["1", "2", "3", "4", "5"]  # type: ignore[union-attr]
    assert held.conference_id


def test_imported_cases_are_numbered_in_order_of_receipt(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    ensure_rules(db)
    path = tmp_path / "cases.csv"
    path.write_text(
        "received_on,citizen_name,type,summary,number\n"
        "2026-01-07,Trần Văn An,recommendation,Kiến nghị làm đường,\n"
        "2026-01-05,Đặng Văn Đức,complaint,Tranh chấp ranh giới,1/ĐKN-2026\n"
        "2026-01-06,Nguyễn Thị Hoa,denunciation,Tố cáo cán bộ,\n",
        encoding="utf-8",
    )
    CaseImporter(db.uow, "tester", clock=fixed_clock(date(2026, 3, 1))).run(path)
    with db.uow.read() as session:
        numbers = {c.summary: c.number for c in session.query(Case)}
    assert numbers == {
        "Tranh chấp ranh giới": "1/ĐKN-2026",  # from the file
        "Tố cáo cán bộ": "2/TC-2026",
        "Kiến nghị làm đường": "3/KN-2026",
    }

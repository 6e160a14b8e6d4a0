"""Importing a file twice refuses the rows already in the register (all or nothing), naming the
row and the case; a row repeated in the file and a case number already used are refused too.
A repeat petition (a new petition of the same person in the same field) is still linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.services.cases import ImportFailed
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Case
from tests.services.cases.case_fixtures import make_places
from tests.services.cases.test_case_import import GOOD, HEADER, count, run, write


@pytest.fixture(autouse=True)
def _places(db: DatabaseHandle) -> None:
    make_places(db)


def test_the_same_file_twice_is_refused_naming_each_row_and_case(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    path = write(tmp_path, [HEADER, *GOOD])
    assert run(db, path).cases == 3
    with db.uow.read() as session:
        ids = list(session.execute(select(Case.id, Case.number).order_by(Case.received_on)))
    with pytest.raises(ImportFailed) as caught:
        run(db, path)
    problems = caught.value.problems
    assert "3 of the 3 rows are already in the register" in problems[0].message
    assert [p.row for p in problems[1:]] == [2, 3, 4]
    # an imported case gets the register's number (issue 18)
    number, case_id = ids[0].number, ids[0].id
    assert f"Row 2: this row was already imported as case {number} (#{case_id})" in (
        problems[1].message
    )
    assert "remove it from the file" in problems[1].message
    assert "Nothing was imported" in str(caught.value)
    assert count(db) == 3


def test_a_duplicate_is_recognised_ignoring_case_accents_and_spacing(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    run(db, write(tmp_path, [HEADER, *GOOD]))
    # the citizen without an ID number: the same folded name in the same commune
    same = (
        GOOD[1]
        .replace("Nguyễn Thị Hoa", "nguyen  thi hoa")
        .replace("Tố cáo cán bộ", "TO CAO CAN BO")
    )
    new = GOOD[0].replace("2026-01-05", "2026-02-05")  # a later petition: a repeat, not a copy
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, [HEADER, new, same], name="again.csv"))
    assert len(caught.value.problems) == 1
    assert caught.value.problems[0].row == 3
    assert "already imported as case 2/TC-2026 (#" in caught.value.problems[0].message
    assert count(db) == 3
    assert run(db, write(tmp_path, [HEADER, new], name="new.csv")).repeats_linked == 1


def test_another_citizen_type_or_summary_is_not_a_duplicate(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    run(db, write(tmp_path, [HEADER, GOOD[0]]))
    lines = [
        GOOD[0].replace("040123456789", "040123456788"),  # another person
        GOOD[0].replace("complaint", "feedback"),
        GOOD[0].replace("Tranh chấp", "Tranh chấp ranh giới"),
        GOOD[1].replace("cam loc", "Thạch Hà"),  # a namesake in another commune
    ]
    assert run(db, write(tmp_path, [HEADER, *lines], name="other.csv")).cases == 4


def test_a_row_twice_in_the_file_is_refused(db: DatabaseHandle, tmp_path: Path) -> None:
    twice = GOOD[0].replace("Tranh chấp", "tranh chap")
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, [HEADER, *GOOD, twice]))
    (problem,) = caught.value.problems
    assert problem.row == 5
    assert "Row 5 is the same case as row 2" in problem.message
    assert count(db) == 0


def test_case_numbers_already_used_or_repeated_are_refused(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    header = HEADER + ",number"
    run(db, write(tmp_path, [header, GOOD[0] + ",15/ĐKN"]))
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, [header, GOOD[0] + ",15/ĐKN"], name="same.csv"))
    assert "already imported as case 15/ĐKN (#" in caught.value.problems[0].message
    lines = [
        header,
        GOOD[1] + ",15/ĐKN",
        GOOD[2] + ",16/ĐKN",
        GOOD[1].replace("06", "07") + ",16/ĐKN",
    ]
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, lines, name="numbers.csv"))
    used, twice = caught.value.problems
    assert (used.row, used.column) == (2, "number")
    assert "case number 15/ĐKN is already used by case 15/ĐKN (#" in used.message
    assert (twice.row, twice.column) == (4, "number")
    assert "also on row 3" in twice.message
    assert count(db) == 1


def test_duplicates_are_checked_in_batches_across_a_large_file(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    lines = [GOOD[0].replace("040123456789", f"0401234{i:05d}") for i in range(1200)]
    run(db, write(tmp_path, [HEADER, *lines]))
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, [HEADER, GOOD[1], lines[1100]], name="late.csv"))
    (problem,) = caught.value.problems
    assert problem.row == 3 and "already imported" in problem.message
    assert count(db) == 1200


def test_people_known_by_a_name_alone_are_never_duplicates(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    """Without an ID number and a commune, two rows alike (same name, day, type, empty
    summary) are two people: namesakes are common. With a commune they are still one case."""
    header = "received_on,citizen_name,national_id,commune,type,summary"
    alone = "2026-01-05,Nguyễn Văn Hùng,,,feedback,"
    summary = run(db, write(tmp_path, [header, alone, alone.replace("Hùng", "HUNG")]))
    assert summary.cases == 2 and summary.new_citizens == 2
    assert run(db, write(tmp_path, [header, alone], name="again.csv")).cases == 1
    placed = "2026-01-05,Nguyễn Văn Hùng,,Cẩm Lộc,feedback,"
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, [header, placed, placed], name="placed.csv"))
    assert [p.row for p in caught.value.problems] == [3]
    assert count(db) == 3


def test_imported_repeats_link_only_cases_of_the_same_confidentiality(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    header = "received_on,citizen_name,national_id,commune,type,field,summary"
    run(db, write(tmp_path, [
        header,
        "2026-01-05,Đặng Văn Đức,040123456789,Cẩm Lộc,complaint,Đất đai,Khiếu nại",
        "2026-01-05,Lê Thị Mai,,Cẩm Lộc,complaint,Đất đai,Khiếu nại",
    ]))  # fmt: skip
    later = run(db, write(tmp_path, [
        header,
        "2026-01-10,Đặng Văn Đức,040123456789,Cẩm Lộc,denunciation,Đất đai,Tố cáo",
        "2026-01-10,Lê Thị Mai,,Cẩm Lộc,denunciation,Đất đai,Tố cáo",
    ], name="later.csv"))  # fmt: skip
    assert later.cases == 2 and later.repeats_linked == 0  # not "repeat of" the complaints
    again = run(db, write(tmp_path, [
        header,
        "2026-01-20,Dang Van Duc,040123456789,Cẩm Lộc,denunciation,Đất đai,Tố cáo lại",
        "2026-01-20,LE THI MAI,,Cẩm Lộc,denunciation,Đất đai,Tố cáo lại",
        "2026-01-20,Lê Thị Mai,,Cẩm Lộc,recommendation,Đất đai,Kiến nghị",
    ], name="again.csv"))  # fmt: skip
    assert again.repeats_linked == 3
    with db.uow.read() as session:
        rows = session.execute(select(Case.id, Case.summary, Case.repeat_of_id)).all()
    summaries = {case_id: summary for case_id, summary, _ in rows}
    linked = sorted((summary, summaries.get(other)) for _, summary, other in rows if other)
    assert linked == [
        ("Kiến nghị", "Khiếu nại"),
        ("Tố cáo lại", "Tố cáo"),
        ("Tố cáo lại", "Tố cáo"),
    ]

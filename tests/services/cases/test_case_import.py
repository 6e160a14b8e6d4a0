"""Importing cases: all rows or none, and every failure names its row and column."""

from __future__ import annotations

import csv
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dialogue_app.domain.messages import stored_parts, stored_text
from dialogue_app.services.cases import (
    CaseExporter,
    CaseFilter,
    CaseImporter,
    CaseService,
    ImportCancelled,
    ImportFailed,
    neutralise,
)
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import AdminUnit, Case, CaseEvent, Citizen
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import add_user, ensure_rules, make_places

HEADER = (
    "received_on,citizen_name,national_id,address,commune,type,field,summary,"
    "within_competence,agency,status,resolved_on,remote_area,round"
)
GOOD = [
    "2026-01-05,Đặng Văn Đức,040123456789,thôn 3,Cẩm Lộc,complaint,Đất đai,Tranh chấp,yes,"
    "UBND xã Cẩm Lộc,accepted,,no,1",
    "2026-01-06,Nguyễn Thị Hoa,,,cam loc,denunciation,dat dai,Tố cáo cán bộ,yes,"
    "ubnd xa cam loc,received,,,",
    "2026-01-07,Trần Văn An,040123456780,,Xã Mới,recommendation,Tái định cư,=HYPERLINK(1),no,"
    "Sở Xây dựng,resolved,2026-02-01,yes,2",
]


def write(
    tmp_path: Path, lines: list[str], *, encoding: str = "utf-8", name: str = "c.csv"
) -> Path:
    path = tmp_path / name
    text = "\n".join(lines) + "\n"
    if encoding == "cp1258":  # a Windows-1258 file as old Vietnamese software writes it
        path.write_bytes(unicodedata.normalize("NFD", text).encode(encoding, errors="replace"))
        return path
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture(autouse=True)
def _rules(db: DatabaseHandle) -> None:
    ensure_rules(db)


def count(db: DatabaseHandle) -> int:
    with db.uow.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


def run(db: DatabaseHandle, path: Path):  # type: ignore[no-untyped-def]
    return CaseImporter(db.uow, "tester", clock=fixed_clock(date(2026, 3, 1))).run(path)


def test_import_with_bom_matches_and_creates_names(db: DatabaseHandle, tmp_path: Path) -> None:
    make_places(db)
    path = write(tmp_path, [HEADER, *GOOD], encoding="utf-8-sig")
    summary = run(db, path)
    assert summary.cases == 3 and summary.new_citizens == 3
    assert summary.created_communes == ("Xã Mới",)
    assert summary.created_agencies == ("Sở Xây dựng",)
    assert summary.created_fields == ()
    service = CaseService(db.uow, clock=fixed_clock())
    rows = service.list_page(CaseFilter(search="dang van duc")).rows
    assert len(rows) == 1 and rows[0].commune == "Cẩm Lộc" and rows[0].deadline is not None
    assert service.list_page(CaseFilter(search="nguyen thi hoa")).rows == ()  # denunciator
    with db.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(AdminUnit)) == 3
        notes = session.scalars(select(CaseEvent.note).order_by(CaseEvent.id)).all()
    # each case's timeline starts with where it came from, as the parts the window translates
    assert [stored_parts(note) for note in notes] == [
        [("Imported from %1, row %2", (path.name, line))] for line in (2, 3, 4)
    ]
    assert {stored_text(note) for note in notes} >= {f"Imported from {path.name}, row 2"}
    # new petitions of the same people in the same fields (received later): same citizens (by
    # ID number), linked as repeats; the person without an ID number is a new citizen (never
    # merged with a namesake), the petition linked as a repeat by name and commune (DESIGN §3).
    # (The same file again is refused: test_case_import_duplicates.py.)
    later = [line.replace("2026-01-0", "2026-01-1", 1) for line in GOOD]
    again = run(db, write(tmp_path, [HEADER, *later], name="later.csv"))
    assert again.new_citizens == 1 and again.repeats_linked == 3
    with db.uow.read() as session:
        hoa = session.execute(
            select(Case.id, Case.repeat_of_id)
            .where(Case.summary == "Tố cáo cán bộ")
            .order_by(Case.id)
        ).all()
    assert len(hoa) == 2 and hoa[1].repeat_of_id == hoa[0].id


def test_vietnamese_headers_and_values_xlsx(db: DatabaseHandle, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Ngày tiếp nhận", "Họ và tên", "Số CCCD", "Loại đơn", "Trạng thái", "Lần"])
    sheet.append([date(2026, 1, 5), "Lê Văn Tám", 40123456789, "Khiếu nại", "Đã thụ lý", 2])
    sheet.append(["05/01/2026", "Phạm Thị Bé", None, "phản ánh", None, None])
    path = tmp_path / "cases.xlsx"
    book.save(path)
    assert run(db, path).cases == 2
    with db.uow.read() as session:
        ids = set(session.scalars(select(Citizen.national_id)))
    assert "040123456789" in ids  # Excel's dropped leading zero restored


@pytest.mark.parametrize(
    ("lines", "row", "column", "message"),
    [
        (
            [HEADER, GOOD[0].replace("2026-01-05", "2026-02-30")],
            2,
            "received_on",
            "not a real date",
        ),
        ([HEADER, GOOD[0], GOOD[1].replace("denunciation", "gossip")], 3, "type", "not a type"),
        ([HEADER, GOOD[0].replace("accepted", "finished")], 2, "status", "not a status"),
        ([HEADER, GOOD[2].replace("2026-02-01", "")], 2, "resolved_on", "needs the date"),
        ([HEADER, GOOD[0].replace("040123456789", "04012345678A")], 2, "national_id", "12 digits"),
        ([HEADER, GOOD[0].replace(",no,1", ",maybe,1")], 2, "remote_area", "yes or no"),
        ([HEADER, GOOD[0].replace(",no,1", ",no,3")], 2, "round", "1 (first time)"),
        ([HEADER, GOOD[0].replace("Đặng Văn Đức", "")], 2, "citizen_name", "missing"),
        ([HEADER + ",colour", GOOD[0] + ",red"], 1, "colour", "unknown column"),
        (["received_on,citizen_name", "2026-01-05,A"], 1, "type", "required column"),
        ([HEADER], 0, None, "no cases"),
        ([HEADER, GOOD[0].replace("2026-01-05", "2099-01-05")], 2, "received_on", "future"),
    ],
)
def test_each_failure_names_row_and_column_and_imports_nothing(
    db: DatabaseHandle, tmp_path: Path, lines: list[str], row: int, column: str | None, message: str
) -> None:
    path = write(tmp_path, [*GOOD[:0], *lines, GOOD[1]] if row > 2 else lines)
    with pytest.raises(ImportFailed) as caught:
        run(db, path)
    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (row, column)
    assert message in problem.message
    assert "Nothing was imported" in str(caught.value)
    assert count(db) == 0


def test_other_encoding_and_empty_files(db: DatabaseHandle, tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, *GOOD], encoding="cp1258")
    with pytest.raises(ImportFailed, match="not UTF-8") as caught:
        run(db, path)
    assert caught.value.problems[0].row == 2
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed, match="empty"):
        run(db, empty)
    with pytest.raises(ImportFailed, match=r"\.csv or \.xlsx"):
        run(db, write(tmp_path, [HEADER], name="c.ods"))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ImportFailed, match="Excel"):
        run(db, broken)
    assert count(db) == 0


def test_problem_late_in_the_file_rolls_everything_back(db: DatabaseHandle, tmp_path: Path) -> None:
    lines = [HEADER] + [GOOD[0].replace("040123456789", f"0401234{i:05d}") for i in range(600)]
    lines.append(GOOD[0].replace("2026-01-05", "2026-13-01"))
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, lines))
    assert caught.value.problems[0].row == 602
    assert count(db) == 0


def test_cancel_imports_nothing(db: DatabaseHandle, tmp_path: Path) -> None:
    lines = [HEADER] + [GOOD[1]] * 1200
    with pytest.raises(ImportCancelled):
        CaseImporter(db.uow, clock=fixed_clock()).run(
            write(tmp_path, lines), cancelled=lambda: True
        )
    assert count(db) == 0


def test_export_neutralises_formulas_and_hides_denunciators(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    run(db, write(tmp_path, [HEADER, *GOOD]))
    target = tmp_path / "out.csv"
    written = CaseExporter(db.uow, "clerk", clock=fixed_clock()).export(
        target, CaseFilter(), ["number", "type", "citizens", "summary"]
    )
    assert written == 3
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Number", "Type", "Citizens", "Summary"]
    by_type = {r[1]: r for r in rows[1:]}
    assert by_type["recommendation"][3] == "'=HYPERLINK(1)"
    assert by_type["denunciation"][2] == "[confidential]"
    assert neutralise("-1") == "'-1" and neutralise("@x") == "'@x" and neutralise(5) == 5
    with pytest.raises(Exception, match="not allowed"):
        CaseExporter(db.uow, "clerk", clock=fixed_clock()).export(
            target, CaseFilter(), ["citizens"], include_identities=True
        )
    add_user(db, "head", can_view=True)
    xlsx = tmp_path / "out.xlsx"
    CaseExporter(db.uow, "head", clock=fixed_clock()).export(
        xlsx, CaseFilter(), ["type", "citizens"], include_identities=True
    )
    from openpyxl import load_workbook

    values = [tuple(r) for r in load_workbook(xlsx).active.iter_rows(values_only=True)]
    assert ("denunciation", "Nguyễn Thị Hoa") in values

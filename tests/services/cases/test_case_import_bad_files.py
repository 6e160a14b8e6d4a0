"""Bad files and bad text are refused with a message naming the row, the column and what to fix,
the same on SQLite and PostgreSQL, and nothing is written (issue 11, item 5)."""

from __future__ import annotations

import re
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import (
    CaseDraft,
    CaseFilter,
    CaseImporter,
    CaseService,
    CitizenInput,
    ImportFailed,
    ImportProblem,
    ImportSummary,
    text_limits,
)
from dialogue_app.services.cases.importing.read import MAX_ROWS
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from tests.clock import fixed_clock
from tests.services.cases.test_case_import import GOOD, HEADER, count, run, write

TODAY = date(2026, 3, 1)
# the required columns and a few more, short rows for the tests of one cell
SHORT = (
    "received_on,citizen_name,national_id,address,commune,agency,field,handler,number,type,summary"
)


def short(name: str = "Lê Văn Bình", **cells: str) -> str:
    values = {
        "received_on": "2026-01-05",
        "citizen_name": name,
        "national_id": "",
        "address": "",
        "commune": "",
        "agency": "",
        "field": "",
        "handler": "",
        "number": "",
        "type": "complaint",
        "summary": "Tranh chấp đất",
        **cells,
    }
    return ",".join(values[column] for column in SHORT.split(","))


def refused(db: DatabaseHandle, path: Path) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        run(db, path)
    assert count(db) == 0  # all or nothing
    assert "Nothing was imported" in str(caught.value)
    return caught.value


def one_problem(db: DatabaseHandle, path: Path) -> ImportProblem:
    problems = refused(db, path).problems
    assert len(problems) == 1, [p.message for p in problems]
    return problems[0]


# --- CSV quoting and row numbers ------------------------------------------------------------------


def test_an_unbalanced_quote_does_not_swallow_the_rows_after_it(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    broken = GOOD[0].replace("Tranh chấp", '"Tranh chấp')
    problem = one_problem(db, write(tmp_path, [HEADER, broken, GOOD[1]]))
    assert problem.row == 2
    assert problem.message.startswith('Row 2: a quotation mark (") opens a cell')


def test_an_unbalanced_quote_closed_by_a_later_quote_is_refused(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    broken = GOOD[0].replace("Tranh chấp", '"Tranh chấp')
    # a later row has a quoted cell: the open quote would run to it
    later = GOOD[1].replace("Tố cáo cán bộ", '"Tố cáo, cán bộ"')
    problem = one_problem(db, write(tmp_path, [HEADER, broken, GOOD[2], later]))
    assert problem.row in (2, 3)  # the row where the open cell started, or the one it broke on
    assert "quotation mark" in problem.message


def test_rows_swallowed_by_an_open_quote_are_found_even_when_the_quote_closes_cleanly(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    broken = GOOD[0].replace("Tranh chấp", '"Tranh chấp')
    # the next rows end with a quote right before a separator: strict CSV accepts it
    closing = GOOD[2].replace(",no,", ',no",', 1)
    problem = one_problem(db, write(tmp_path, [HEADER, broken, GOOD[1], closing]))
    assert (problem.row, problem.column) == (2, "summary")
    assert "quotation mark" in problem.message


def test_a_misplaced_quote_is_refused(db: DatabaseHandle, tmp_path: Path) -> None:
    broken = GOOD[0].replace("Tranh chấp", '"Tranh" chấp')
    problem = one_problem(db, write(tmp_path, [HEADER, GOOD[1], broken]))
    assert problem.row == 3 and "quotation mark" in problem.message


def test_after_a_cell_of_several_lines_problems_name_the_spreadsheet_row(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    several = GOOD[0].replace("Tranh chấp", '"Tranh chấp\nđất đai\ngiữa hai hộ"')
    wrong = GOOD[1].replace("2026-01-06", "2026-02-30")
    problem = one_problem(db, write(tmp_path, [HEADER, several, GOOD[2], wrong]))
    # the file's 6th line, but the 4th row, as a spreadsheet shows it
    assert (problem.row, problem.column) == (4, "received_on")
    # and the cell of several lines itself is imported whole
    assert run(db, write(tmp_path, [HEADER, several], name="ok.csv")).cases == 1


def test_a_nul_byte_means_the_file_is_not_utf8_text(db: DatabaseHandle, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(
        ("\n".join([HEADER, GOOD[0], GOOD[1]]) + "\n").encode().replace(b"Tranh", b"Tr\0anh")
    )
    problem = one_problem(db, path)
    assert problem.row == 2 and "NUL characters" in problem.message
    assert "CSV UTF-8" in problem.message


def test_a_utf16_file_is_refused_with_a_message(db: DatabaseHandle, tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes(("\n".join([HEADER, GOOD[0]]) + "\n").encode("utf-16-le"))
    problem = one_problem(db, path)
    assert "not plain UTF-8 text" in problem.message or "not UTF-8 text" in problem.message


# --- control characters and lengths -----------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "character"),
    [("summary", "\x07"), ("citizen_name", "\x1b"), ("address", "\x7f"), ("agency", "\x85")],
)
def test_control_characters_are_refused_naming_the_cell(
    db: DatabaseHandle, tmp_path: Path, column: str, character: str
) -> None:
    value = {"summary": "Tranh chấp", "citizen_name": "Lê Văn Bình"}.get(column, "Thôn 3")
    line = short(**{column: value[:3] + character + value[3:]})
    problem = one_problem(db, write(tmp_path, [SHORT, short("Trần An"), line]))
    assert (problem.row, problem.column) == (3, column)
    assert f"invisible control character (U+{ord(character):04X})" in problem.message


def test_tabs_and_line_breaks_are_white_space_not_refused(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    line = short(summary='"Tranh\tchấp\r\nđất"')
    assert run(db, write(tmp_path, [SHORT, line])).cases == 1


LONG = [
    ("citizen_name", text_limits.CITIZEN_NAME),
    ("address", text_limits.ADDRESS),
    ("commune", text_limits.COMMUNE),
    ("agency", text_limits.AGENCY),
    ("field", text_limits.FIELD),
    ("handler", text_limits.HANDLER),
    ("number", text_limits.CASE_NUMBER),
]


def test_the_limits_are_the_models_column_lengths() -> None:
    assert dict(LONG) == {
        "citizen_name": 200,
        "address": 500,
        "commune": 200,
        "agency": 300,
        "field": 200,
        "handler": 200,
        "number": 64,
    }


@pytest.mark.parametrize(("column", "limit"), LONG)
def test_an_over_long_text_is_refused_with_the_same_message_on_every_database(
    db: DatabaseHandle, tmp_path: Path, column: str, limit: int
) -> None:
    at_limit = "Đ" * limit
    assert run(db, write(tmp_path, [SHORT, short(**{column: at_limit})])).cases == 1
    line = short("Trần An", **{column: "Đ" * (limit + 1)})
    with pytest.raises(ImportFailed) as caught:
        run(db, write(tmp_path, [SHORT, line], name="long.csv"))
    assert count(db) == 1
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (2, column)
    assert problem.message == (
        f"Row 2, column {column}: the text is too long; at most {limit} characters."
    )


def test_a_text_whose_search_key_is_too_long_is_refused(db: DatabaseHandle, tmp_path: Path) -> None:
    # "ß" folds to "ss": 150 characters, a search key of 300
    problem = one_problem(db, write(tmp_path, [SHORT, short("ß" * 150)]))
    assert (problem.row, problem.column) == (2, "citizen_name")


# --- typed input through the register: the same limits ------------------------------------------


def draft(**person: str) -> CaseDraft:
    return CaseDraft(
        received_on=TODAY,
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput(**{"full_name": "Lê Văn Bình", **person}),),  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ({"full_name": "Đ" * 201}, "Citizen 1: the name is too long: at most 200 characters."),
        ({"address": "x" * 501}, "Citizen 1: the address is too long: at most 500 characters."),
        ({"full_name": "Lê\x00Bình"}, "The text “Lê…” contains an invisible control character"),
        ({"address": "Thôn\x1b[31m 3"}, "The text “Thôn…” contains an invisible control"),
    ],
)
def test_the_register_refuses_the_same_texts(
    db: DatabaseHandle, person: dict[str, str], expected: str
) -> None:
    service = CaseService(db.uow, "tester", clock=fixed_clock(TODAY))
    with pytest.raises(ValidationError) as caught:
        service.register(draft(**person))
    assert str(caught.value).startswith(expected)
    assert service.count(CaseFilter()) == 0


def test_the_register_refuses_an_over_long_number_handler_and_field(db: DatabaseHandle) -> None:
    service = CaseService(db.uow, "tester", clock=fixed_clock(TODAY))
    base = draft()
    for change, field in (
        ({"number": "9" * 65}, "number"),
        ({"handler": "Đ" * 201}, "handler"),
        ({"field_name": "Đ" * 201}, "field"),
        ({"summary": "Tranh chấp\x00"}, "summary"),
    ):
        with pytest.raises(ValidationError) as caught:
            service.register(CaseDraft(**{**base.__dict__, **change}))
        assert caught.value.field == field
    ok = service.register(CaseDraft(**{**base.__dict__, "number": "9" * 64}))
    assert ok.case.number == "9" * 64


# --- workbooks ------------------------------------------------------------------------------------


def workbook(tmp_path: Path, rows: list[list[object]], name: str = "cases.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


XLSX_HEADER = ["received_on", "citizen_name", "type", "summary"]


def test_a_formula_without_its_saved_result_is_refused_naming_the_cell(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path,
        [
            XLSX_HEADER,
            ["2026-01-05", "Lê Văn Bình", "complaint", "Tranh chấp"],
            ["2026-01-06", "Trần An", "complaint", '=CONCATENATE("Tố ", "cáo")'],
        ],
    )
    problem = one_problem(db, path)
    assert (problem.row, problem.column) == (3, "summary")
    assert "formula whose result was not saved" in problem.message
    assert "Open the file in Excel, save it" in problem.message


def test_a_formula_with_its_saved_result_imports_the_result(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path,
        [XLSX_HEADER, ["2026-01-05", "Lê Văn Bình", "complaint", '=CONCATENATE("Tố ", "cáo")']],
    )
    # as Excel saves it: the formula and its result (a text: t="str")
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'<c r="D2"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
                    lambda m: (
                        b'<c r="D2" t="str"><f>'
                        + m.group(2)
                        + b"</f><v>"
                        + "Tố cáo".encode()
                        + b"</v>"
                    ),
                    data,
                )
                assert b"<v>T" in data
            target.writestr(item, data)
    assert run(db, saved).cases == 1
    service = CaseService(db.uow, clock=fixed_clock(TODAY))
    (row,) = service.iter_rows(CaseFilter())
    assert row.summary == "Tố cáo"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(db: DatabaseHandle, tmp_path: Path) -> None:
    path = workbook(tmp_path, [XLSX_HEADER, ["2026-01-05", "Lê Văn Bình", "complaint", "x"]])
    bomb = tmp_path / "bomb.xlsx"
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
        # shared strings that unpack to 300 MB (a few hundred KB packed)
        with target.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            block = b" " * (1 << 20)
            for _ in range(300):
                stream.write(block)
    assert bomb.stat().st_size < 2 << 20
    problem = one_problem(db, bomb)
    assert problem.message.startswith("The workbook unpacks to 300 MB, far more than")


def test_a_sheet_of_absurdly_many_rows_is_refused(db: DatabaseHandle, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(XLSX_HEADER)
    sheet.append(["2026-01-05", "Lê Văn Bình", "complaint", "x"])
    sheet.cell(row=1_048_576, column=1, value="")  # formatted down to the bottom
    sheet.cell(row=1_048_576, column=1).number_format = "0.00"
    path = tmp_path / "rows.xlsx"
    book.save(path)
    problem = one_problem(db, path)
    assert problem.message.startswith(f"The file has more than {MAX_ROWS:,} rows".replace(",", ""))


def test_a_csv_of_absurdly_many_rows_is_refused(db: DatabaseHandle, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    line = "2026-01-05,Lê Văn Bình,complaint\n"
    path.write_text("received_on,citizen_name,type\n" + line * (MAX_ROWS + 1))
    problem = one_problem(db, path)
    assert f"more than {MAX_ROWS} rows" in problem.message


def test_a_wrong_dimension_neither_cuts_cells_nor_adds_rows(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    path = workbook(tmp_path, [XLSX_HEADER, ["2026-01-05", "Lê Văn Bình", "complaint", "Đất"]])
    wrong = tmp_path / "dimension.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(wrong, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            target.writestr(item, data)
    assert run(db, wrong).cases == 1


# --- two imports of one file at the same moment ---------------------------------------------------


def test_two_simultaneous_imports_of_one_file_import_it_once(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    rows = [
        f"2026-01-{day:02d},Công dân {i},0401{i:08d},,Cẩm Lộc,complaint,Đất đai,Tranh chấp {i},"
        "yes,,received,,no,1"
        for i in range(600)
        for day in [1 + i % 28]
    ]
    path = write(tmp_path, [HEADER, *rows])
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def one() -> None:
        start.wait()
        try:
            outcomes.append(CaseImporter(db.uow, "tester", clock=fixed_clock(TODAY)).run(path))
        except Exception as error:  # noqa: BLE001 (the outcome is the test's to judge)
            outcomes.append(error)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done = [o for o in outcomes if isinstance(o, ImportSummary)]
    refusals = [o for o in outcomes if isinstance(o, ImportFailed)]
    assert len(done) == 1 and len(refusals) == 1, outcomes
    assert done[0].cases == 600
    assert "600 of the 600 rows are already in the register" in refusals[0].problems[0].message
    assert count(db) == 600

"""Property tests of the import's cell parsers: any text either parses or gives one of the
import's documented messages (naming its row and column), never an exception (issue 11, item 2).
"""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue_app.domain.text import control_character
from dialogue_app.services.cases import ImportFailed, ImportProblem, text_limits
from dialogue_app.services.cases.importing import COLUMNS, OPTIONAL_COLUMNS, parse, read
from dialogue_app.services.cases.importing.results import CellError

TODAY = date(2026, 3, 1)


def _templates() -> set[str]:
    """The messages written in the import's modules (those the translation catalogue holds)."""
    found = set()
    folder = Path(parse.__file__).parent
    nodes = [ast.walk(ast.parse(f.read_text(encoding="utf-8"))) for f in folder.glob("*.py")]
    for node in (node for tree in nodes for node in tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2
            and isinstance(node.args[1], ast.Constant)
        ):
            found.add(node.args[1].value)
    return found


TEMPLATES = _templates()
CELL_TEMPLATES = {t for t in TEMPLATES if t.startswith("Row %1, column %2: ")}

# what a cell may hold: text of any kind (control characters, surrogates excluded: a decoded
# file never holds them), and what openpyxl gives for a workbook's cell
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
likely = st.sampled_from(
    ["", " ", "2026-01-05", "05/01/2026", "31/02/2026", "yes", "Không", "1", "2", "x", "'=1", "+"]
)
cells = st.one_of(
    st.none(),
    texts,
    likely,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(),
    st.booleans(),
)


def parses_or_refuses(parser: Any, value: Any) -> None:
    try:
        parser(value)
    except CellError as error:
        assert error.template in CELL_TEMPLATES, error.template


@given(cells)
def test_a_date_cell_parses_or_gives_a_documented_message(value: Any) -> None:
    try:
        result = parse._date(value)
    except CellError as error:
        assert error.template in CELL_TEMPLATES
    else:
        assert isinstance(result, date) and not isinstance(result, datetime)


@given(cells)
def test_a_yes_no_cell_parses_or_gives_a_documented_message(value: Any) -> None:
    parses_or_refuses(lambda v: parse._yes_no(v, False), value)


@given(cells)
def test_an_id_number_cell_parses_or_gives_a_documented_message(value: Any) -> None:
    try:
        result = parse._national_id(value)
    except CellError as error:
        assert error.template in CELL_TEMPLATES
    else:
        assert result is None or (len(result) == 12 and result.isdigit())


@given(cells)
def test_a_text_cell_is_clean_text_or_nothing(value: Any) -> None:
    result = parse.cell_text(value)
    assert result is None or (result == result.strip() and result)


columns = st.sampled_from([*COLUMNS, *OPTIONAL_COLUMNS])
records = st.dictionaries(columns, cells, max_size=12).map(
    lambda r: {"received_on": "2026-01-05", "citizen_name": "Lê Văn Bình", "type": "complaint", **r}
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_a_row_parses_or_gives_documented_messages_naming_its_row_and_column(
    record: dict[str, Any],
) -> None:
    problems: list[ImportProblem] = []
    row = parse.parse_row(7, record, TODAY, problems, frozenset(record))
    for problem in problems:
        assert problem.template in CELL_TEMPLATES, problem.template
        assert problem.row == 7 and problem.column in record
        assert problem.message.startswith(f"Row 7, column {problem.column}: ")
    if row is None:
        assert problems
        return
    assert not problems
    # what is written fits every database: no control character, no text longer than its column
    for name, limit in (
        ("citizen_name", text_limits.CITIZEN_NAME),
        ("address", text_limits.ADDRESS),
        ("commune", text_limits.COMMUNE),
        ("agency", text_limits.AGENCY),
        ("field_name", text_limits.FIELD),
        ("number", text_limits.CASE_NUMBER),
        ("handler", text_limits.HANDLER),
        ("summary", None),
    ):
        value = getattr(row, name)
        assert control_character(value) is None
        if limit is not None:
            assert not text_limits.too_long(value, limit)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_csv_file_reads_or_gives_a_documented_message(data: bytes) -> None:
    try:
        header, rows = read._read_csv(data)
        for number, cells_ in rows:
            assert number >= 2 and isinstance(cells_, list)
    except ImportFailed as error:
        assert error.problems and all(p.template in TEMPLATES for p in error.problems)

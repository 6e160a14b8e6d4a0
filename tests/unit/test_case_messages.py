"""The case register's messages reach the translation catalogue, whole and in step with the code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogue_app.domain import case_workflow
from dialogue_app.domain.cases import OPEN_STATUSES, CaseStatus, CaseType, Outcome
from dialogue_app.domain.messages import fill
from dialogue_app.services.cases import (
    CaseDraft,
    CaseImporter,
    CitizenInput,
    ImportFailed,
    ImportProblem,
    ImportSummary,
    register,
    workflow,
)
from dialogue_app.services.cases.importing import columns, parse, read_rows
from dialogue_app.services.errors import ValidationError
from tests.clock import fixed_clock
from tests.unit.test_messages import catalogue, raised  # noqa: F401 (the fixture)

TODAY = date(2026, 3, 10)


def test_a_case_validation_error_carries_a_catalogued_template(catalogue: set[str]) -> None:  # noqa: F811
    draft = CaseDraft(
        received_on=TODAY,
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput("Đặng Văn Đức", "04012345678A"),),
    )
    error = raised(lambda: register.validate(draft, TODAY, new=True))
    assert isinstance(error, ValidationError) and error.field == "national_id"
    assert error.template in catalogue
    assert error.values == (1, "04012345678A")
    assert str(error) == "Citizen 1: the ID number “04012345678A” must be exactly 12 digits."


def test_every_workflow_refusal_is_catalogued_and_names_the_allowed_moves(
    catalogue: set[str],  # noqa: F811
) -> None:
    assert set(workflow.CANNOT_BECOME) == set(CaseStatus)
    for status, template in workflow.CANNOT_BECOME.items():
        assert template in catalogue
        assert "%" not in template  # the statuses are words of the sentence, not values
        allowed = case_workflow.allowed_next(status)
        assert (status in OPEN_STATUSES) == bool(allowed)
        for target in allowed:
            assert target.value.replace("_", " ") in template, (status, target)
        if not allowed:
            assert "is closed" in template
    assert set(register.GONE.values()) <= catalogue


def test_an_import_problem_names_its_row_and_column(
    tmp_path: Path,
    catalogue: set[str],  # noqa: F811
) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(
        "received_on,citizen_name,type\n"
        "2026-01-05,Đặng Văn Đức,complaint\n"
        "2026-13-01,Lê Thị Hoa,complaint\n",
        encoding="utf-8",
    )
    error = raised(read_rows, tmp_path / "cases.ods")
    assert isinstance(error, ImportFailed) and error.template in catalogue
    assert error.problems[0].template in catalogue

    error = raised(CaseImporter(None, clock=fixed_clock()).run, path)  # type: ignore[arg-type]
    assert isinstance(error, ImportFailed)
    problem = error.problems[0]
    assert isinstance(problem, ImportProblem)
    assert (problem.row, problem.column) == (3, "received_on")
    assert problem.template in catalogue
    assert problem.values == (3, "received_on", "2026-13-01")
    text = fill(problem.template, problem.values)
    assert text.startswith("Row 3, column received_on: “2026-13-01” is not a real date")
    assert str(error).splitlines() == [
        "Nothing was imported. Fix the file and import it again.",
        text,
    ]


def test_the_lists_written_into_import_templates_match_the_code() -> None:
    for status in parse.IMPORTABLE_STATUSES:
        assert status.value in parse._NOT_A_STATUS
    names = (*columns.COLUMNS, *columns.OPTIONAL_COLUMNS)
    assert columns.UNKNOWN_COLUMN.endswith(", ".join(names) + ".")
    for outcome in Outcome:
        assert outcome.value in parse._NOT_AN_OUTCOME


def test_the_import_summary_is_catalogued_line_by_line(catalogue: set[str]) -> None:  # noqa: F811
    summary = ImportSummary(3, 2, 1, created_communes=("Cẩm Lộc", "Xã Mới"))
    assert all(line.template in catalogue for line in summary.lines)
    assert summary.describe() == (
        "3 cases imported (2 new citizens).\n"
        "1 linked as a repeat petition.\n"
        "New communes: Cẩm Lộc, Xã Mới."
    )


def test_the_import_summary_says_one_case_or_many_and_every_form_is_catalogued(
    catalogue: set[str],  # noqa: F811
) -> None:
    for numbers in ((1, 1, 1, 1), (1, 0, 2, 2), (2, 1, 0, 0), (5, 5, 0, 0), (0, 0, 0, 0)):
        summary = ImportSummary(*numbers[:3], ignored_columns=("ID",), assumed_accepted=numbers[3])
        assert all(line.template in catalogue for line in summary.lines)
    assert (
        ImportSummary(1, 1, 1, assumed_accepted=1)
        .describe()
        .startswith(
            "1 case imported (1 new citizen).\n1 linked as a repeat petition.\n"
            "1 accepted case has no acceptance date"
        )
    )
    assert ImportSummary(1, 0, 0).describe() == "1 case imported (0 new citizens)."
    assert ImportSummary(2, 1, 0).describe() == "2 cases imported (1 new citizen)."

"""The import accepts every header the window and the export show (English and Vietnamese,
ignoring case and diacritics); a file the app exported imports back, the columns the app computes
ignored and named in the summary; a truly unknown column is still refused."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from dialogue_app.domain.cases import Outcome
from dialogue_app.domain.text import fold
from dialogue_app.services.cases import (
    COMPUTED,
    EXPORT_COLUMNS,
    CaseExporter,
    CaseFilter,
    CaseImporter,
    ImportFailed,
)
from dialogue_app.services.cases.importing.columns import header_map
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.database import sqlite_url
from dialogue_app.store.models import Case
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import add_user, ensure_rules
from tests.services.cases.test_case_import import GOOD, HEADER, count, run, write

CATALOGUE = Path(__file__).resolve().parents[3] / "resources/translations/dialogue_app_vi.ts"

# (translation context, English label) → the column: the labels of the case list, its detail
# and export (ui/cases_page.py, ui/case_table_model.py) and the case forms (ui/case_dialog.py)
WINDOW_LABELS = {
    ("CaseTableModel", "Number"): "number",
    ("CaseTableModel", "Received"): "received_on",
    ("CaseTableModel", "Type"): "type",
    ("CaseTableModel", "Status"): "status",
    ("CaseTableModel", "Citizens"): "citizen_name",
    ("CaseTableModel", "Commune"): "commune",
    ("CaseTableModel", "Field"): "field",
    ("CaseTableModel", "Agency"): "agency",
    ("CaseTableModel", "Deadline"): COMPUTED + "deadline",
    ("CaseTableModel", "Days left"): COMPUTED + "days_left",
    ("CaseTableModel", "Notify denunciator by"): COMPUTED + "notify_deadline",
    ("CaseTableModel", "Summary"): "summary",
    ("CasesPage", "ID"): COMPUTED + "id",
    ("CasesPage", "Handler"): "handler",
    ("CasesPage", "Overdue"): COMPUTED + "overdue",
    ("CasesPage", "Deadline basis"): COMPUTED + "deadline_explanation",
    ("CasesPage", "Denunciator notified on"): "notified_on",
    ("CasesPage", "Outcome"): "outcome",
    ("CasesPage", "Closed on"): "resolved_on",
    ("CasesPage", "Received on"): "received_on",
    ("CasesPage", "Field"): "field",
    ("CasesPage", "Commune"): "commune",
    ("CasesPage", "Agency"): "agency",
    ("CasesPage", "Round"): "round",
    ("CasesPage", "Remote area"): "remote_area",
    ("CasesPage", "Within competence"): "within_competence",
    ("CasesPage", "Accepted on"): "accepted_on",
    ("CasesPage", "Notify the denunciator by"): COMPUTED + "notify_deadline",
    ("CaseDialog", "Case number"): "number",
    ("CaseDialog", "Received on"): "received_on",
    ("CaseDialog", "Type"): "type",
    ("CaseDialog", "Summary"): "summary",
    ("CaseDialog", "Citizens"): "citizen_name",
    ("CaseDialog", "Full name"): "citizen_name",
    ("CaseDialog", "ID number (12 digits)"): "national_id",
    ("CaseDialog", "Address"): "address",
    ("CaseDialog", "Round"): "round",
    ("CaseDialog", "Remote or disadvantaged area"): "remote_area",
    ("CaseDialog", "Within the office's competence"): "within_competence",
    ("CaseDialog", "Agency to resolve it"): "agency",
    ("CaseDialog", "Handler"): "handler",
    ("StatusDialog", "Outcome"): "outcome",
}


def _vietnamese() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(CATALOGUE).getroot():
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


def test_every_label_of_the_window_and_the_export_is_a_header_in_both_languages() -> None:
    mapping = header_map()
    vietnamese = _vietnamese()
    for (context, label), column in WINDOW_LABELS.items():
        assert mapping.get(fold(label)) == column, label
        translated = vietnamese[(context, label)]
        assert translated, (context, label)
        assert mapping.get(fold(translated)) == column, (label, translated)
        assert mapping.get(fold(translated.upper())) == column
    for key, export in EXPORT_COLUMNS.items():
        column = mapping.get(fold(export.label))
        assert column is not None, export.label
        assert column.removeprefix(COMPUTED) in (key, "citizen_name" if key == "citizens" else key)


def test_the_labels_the_tester_reported_import(db: DatabaseHandle, tmp_path: Path) -> None:
    ensure_rules(db)
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["NGAY TIEP NHAN", "Công dân", "Loại đơn", "Trạng thái", "Ngày kết thúc",
         "Lần giải quyết", "Kết quả giải quyết", "Ngày thụ lý"]
    )  # fmt: skip
    sheet.append(
        [date(2026, 1, 5), "Lê Văn Tám", "Khiếu nại", "Đã giải quyết", date(2026, 2, 20),
         "Lần hai", "Đúng một phần", date(2026, 1, 12)]
    )  # fmt: skip
    sheet.append(
        ["06/01/2026", "Phạm Thị Bé", "phản ánh", "Đã rút đơn", "2026-01-09", 1, None, None]
    )
    path = tmp_path / "cases.xlsx"
    book.save(path)
    summary = run(db, path)
    assert summary.cases == 2 and summary.ignored_columns == ()
    with db.uow.read() as session:
        cases = session.scalars(select(Case).order_by(Case.received_on)).all()
        assert (cases[0].round, cases[0].outcome, cases[0].accepted_on) == (
            2,
            Outcome.PARTLY_UPHELD,
            date(2026, 1, 12),
        )
        assert cases[0].resolved_on == date(2026, 2, 20)
        assert (cases[1].status.value, cases[1].resolved_on) == ("withdrawn", date(2026, 1, 9))


def test_an_unknown_column_is_still_refused(db: DatabaseHandle, tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER + ",Ghi chú", GOOD[0] + ",x"])
    with pytest.raises(ImportFailed, match="unknown column") as caught:
        run(db, path)
    assert (caught.value.problems[0].row, caught.value.problems[0].column) == (1, "Ghi chú")


def _export(db: DatabaseHandle, target: Path, labels: dict[str, str] | None = None) -> None:
    add_user(db, "head", can_view=True)
    CaseExporter(db.uow, "head", clock=fixed_clock()).export(
        target, CaseFilter(), list(EXPORT_COLUMNS), labels=labels, include_identities=True
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_file_the_app_exported_imports_back(
    db: DatabaseHandle, tmp_path: Path, suffix: str
) -> None:
    ensure_rules(db)
    run(db, write(tmp_path, [HEADER, *GOOD]))
    exported = tmp_path / f"export{suffix}"
    # the window's export writes its Vietnamese headers
    vietnamese = _vietnamese()
    labels = {
        key: vietnamese[("CasesPage", label)]
        for key, label in (("id", "ID"), ("overdue", "Overdue"), ("outcome", "Outcome"),
                           ("resolved_on", "Closed on"), ("deadline", "Deadline"))
    }  # fmt: skip
    _export(db, exported, labels if suffix == ".xlsx" else None)

    # into the same register: every row is already there
    with pytest.raises(ImportFailed, match="3 of the 3 rows are already in the register"):
        run(db, exported)
    assert count(db) == 3

    # into another office's register: the same cases
    other = open_database(sqlite_url(tmp_path / "other.sqlite"))
    try:
        ensure_rules(other)
        summary = CaseImporter(other.uow, "tester", clock=fixed_clock(date(2026, 3, 1))).run(
            exported
        )
        assert summary.cases == 3 and summary.new_citizens == 3
        expected = (
            ["Mã", "Hạn giải quyết", "Quá hạn", "Days left", "Deadline basis",
             "Notify denunciator by"]
            if suffix == ".xlsx"
            else ["ID", "Deadline", "Overdue", "Days left", "Deadline basis",
                  "Notify denunciator by"]
        )  # fmt: skip
        assert sorted(summary.ignored_columns) == sorted(expected)
        assert "Columns ignored because the app computes them: " in summary.describe()

        def facts(handle: DatabaseHandle) -> list[tuple[object, ...]]:
            # what the export carries (not the remote area, round or competence)
            with handle.uow.read() as session:
                return [
                    (c.received_on, c.case_type, c.status, c.summary, c.deadline, c.resolved_on)
                    for c in session.scalars(select(Case).order_by(Case.received_on))
                ]

        assert facts(other) == facts(db)
        with other.uow.read() as session:
            summaries = set(session.scalars(select(Case.summary)))
        assert "=HYPERLINK(1)" in summaries  # the export's apostrophe is not kept
    finally:
        other.close()


def test_an_export_without_the_names_of_denunciators_says_so(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    ensure_rules(db)
    run(db, write(tmp_path, [HEADER, *GOOD]))
    exported = tmp_path / "export.csv"
    CaseExporter(db.uow, "clerk", clock=fixed_clock()).export(
        exported, CaseFilter(), ["received_on", "citizens", "type"]
    )
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[0] == ["Received on", "Citizens", "Type"]
    with pytest.raises(ImportFailed) as caught:
        run(db, exported)
    hidden = [p for p in caught.value.problems if p.column == "citizen_name"]
    assert len(hidden) == 1 and "name is hidden in this file" in hidden[0].message

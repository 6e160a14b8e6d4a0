"""The import's optional statistics columns (the facts the statutory forms count): read into
the cases, and a row whose facts contradict it refused, nothing imported."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.domain.forms import OutsideAction, PriorSettlement, ReceptionMode, Verdict
from dialogue_app.services.cases import CaseImporter, ImportFailed
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Case
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import write

HEADER = (
    "received_on,citizen_name,type,within_competence,status,resolved_on,round,reception_mode,"
    "repeat_visit,eligible,prior_settlement,outside_action,reply_received_on,verdict,"
    "money_to_state,land_to_individuals,sanction_recommended,sanction_officials,"
    "investigation_transferred,investigation_people"
)


@pytest.fixture(autouse=True)
def _rules(db: DatabaseHandle) -> None:
    ensure_rules(db)


def _import(db: DatabaseHandle, path: Path):  # type: ignore[no-untyped-def]
    return CaseImporter(db.uow, "tester", clock=fixed_clock(date(2026, 4, 1))).run(path)


def test_fact_columns_are_imported(db: DatabaseHandle, tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        "2026-03-02,Lê Văn Bình,complaint,yes,resolved,2026-03-20,2,head,yes,yes,lần đầu,,,"
        "công nhận,12.5,80,3,1,yes,2",
        "2026-03-03,Hồ Thị Cúc,recommendation,no,transferred,2026-03-05,1,,,,,chuyển đơn,"
        "2026-03-25,,,,,,,",
        "2026-03-04,Phan Văn Dũng,feedback,yes,received,,1,,,no,,,,,,,,,,",
    ])  # fmt: skip
    _import(db, path)
    with db.uow.read() as session:
        rows = list(session.scalars(select(Case).order_by(Case.received_on)))
        first, second, third = rows
        assert first.reception_mode is ReceptionMode.HEAD and first.repeat_visit is True
        assert first.prior_settlement is PriorSettlement.ONCE
        assert first.verdict is Verdict.UPHELD
        assert first.money_to_state == Decimal("12.5")
        assert first.land_to_individuals == Decimal("80")
        assert (first.sanction_recommended, first.sanction_officials) == (3, 1)
        assert first.investigation_transferred and first.investigation_people == 2
        assert second.outside_action is OutsideAction.TRANSFER
        assert second.reply_received_on == date(2026, 3, 25)
        assert second.eligible is True and second.verdict is None
        assert third.eligible is False and third.sanction_recommended == 0


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("2026-03-02,An,complaint,yes,withdrawn,2026-03-05,1,,,,,,,đúng,,,,,,",
         "verdict", "withdrawn"),
        ("2026-03-02,An,complaint,yes,resolved,2026-03-05,1,,,,,,,công nhận,,,,,,",
         "verdict", "round 1"),
        ("2026-03-02,An,complaint,yes,resolved,2026-03-05,1,,,,,,,,,-5,,,,",
         "land_to_individuals", "negative"),
        ("2026-03-02,An,complaint,yes,resolved,2026-03-05,1,,,,,,,,,,,,,x",
         "investigation_people", "not a number"),
        ("2026-03-02,An,complaint,yes,resolved,2026-03-05,1,somebody,,,,,,,,,,,,",
         "reception_mode", "accepted values"),
    ],
)  # fmt: skip
def test_contradicting_rows_are_refused(
    db: DatabaseHandle, tmp_path: Path, row, column, words
) -> None:  # type: ignore[no-untyped-def]
    good = "2026-03-01,Bình,complaint,yes,received,,1,,,,,,,,,,,,,"
    path = write(tmp_path, [HEADER, good, row])
    with pytest.raises(ImportFailed) as error:
        _import(db, path)
    problem = error.value.problems[0]
    assert (problem.row, problem.column) == (3, column)
    assert words in str(problem)
    with db.uow.read() as session:
        assert session.scalars(select(Case)).first() is None

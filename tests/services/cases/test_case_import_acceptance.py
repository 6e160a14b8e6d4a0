"""The optional columns "accepted on" and "outcome": deadlines count from the day a case was
accepted, not from the day of receipt; both are validated; without them, nothing changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.domain.cases import Outcome
from dialogue_app.services.cases import ImportFailed
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Case
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import count, run, write

HEADER = "received_on,citizen_name,national_id,type,status,resolved_on,accepted_on,outcome"
DENUNCIATION = "2026-01-05,Nguyễn Thị Hoa,040123456789,denunciation,accepted,,2026-02-25,"


@pytest.fixture(autouse=True)
def _rules(db: DatabaseHandle) -> None:
    ensure_rules(db)


def cases(db: DatabaseHandle) -> list[Case]:
    with db.uow.read() as session:
        found = list(session.scalars(select(Case).order_by(Case.id)))
        session.expunge_all()
        return found


def test_deadlines_count_from_the_acceptance_date(db: DatabaseHandle, tmp_path: Path) -> None:
    summary = run(db, write(tmp_path, [HEADER, DENUNCIATION]))
    assert summary.assumed_accepted == 0
    (case,) = cases(db)
    assert case.accepted_on == date(2026, 2, 25)
    # notify within 5 working days of acceptance (Art. 29), settle within 30 days (Art. 30)
    assert case.notify_deadline == date(2026, 3, 4)
    assert case.deadline == date(2026, 3, 27)


def test_without_the_column_acceptance_is_the_day_of_receipt_as_before(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    header = "received_on,citizen_name,national_id,type,status"
    summary = run(db, write(tmp_path, [header, DENUNCIATION.rsplit(",", 3)[0]]))
    (case,) = cases(db)
    assert case.accepted_on == date(2026, 1, 5) and case.notify_deadline == date(2026, 1, 12)
    assert summary.assumed_accepted == 1
    assert "1 accepted case has no acceptance date" in summary.describe()


def test_outcomes_codes_and_vietnamese_and_the_default_for_recommendations(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    lines = [
        HEADER,
        "2026-01-05,A,040123456781,complaint,resolved,2026-02-10,2026-01-08,partly_upheld",
        "2026-01-05,B,040123456782,complaint,resolved,2026-02-10,,Sai",
        "2026-01-05,C,040123456783,feedback,resolved,2026-02-10,,",
        "2026-01-05,D,040123456784,recommendation,Đã giải quyết,2026-02-10,,Đã trả lời",
    ]
    run(db, write(tmp_path, lines))
    assert [c.outcome for c in cases(db)] == [
        Outcome.PARTLY_UPHELD,
        Outcome.REJECTED,
        Outcome.ANSWERED,
        Outcome.ANSWERED,
    ]


def test_without_the_outcome_column_a_resolved_case_has_none_as_before(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    header = "received_on,citizen_name,type,status,resolved_on"
    run(db, write(tmp_path, [header, "2026-01-05,A,complaint,resolved,2026-02-10"]))
    assert cases(db)[0].outcome is None


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        (DENUNCIATION.replace("2026-02-25", "2026-01-04"), "accepted_on", "before it was received"),
        (DENUNCIATION.replace("2026-02-25", "2026-03-02"), "accepted_on", "in the future"),
        (DENUNCIATION.replace("2026-02-25", "2026-02-31"), "accepted_on", "not a real date"),
        (
            "2026-01-05,A,040123456781,complaint,resolved,2026-02-10,2026-02-11,upheld",
            "accepted_on",
            "after it was resolved",
        ),
        (DENUNCIATION.replace("accepted", "received"), "accepted_on", "was never accepted"),
        (DENUNCIATION.replace(",accepted,", ",transferred,"), "accepted_on", "never accepted"),
        (DENUNCIATION + "upheld", "outcome", "only a resolved case has an outcome"),
        (
            "2026-01-05,A,040123456781,complaint,resolved,2026-02-10,,won",
            "outcome",
            "is not an outcome",
        ),
        (
            "2026-01-05,A,040123456781,denunciation,resolved,2026-02-10,2026-01-08,",
            "outcome",
            "needs its outcome",
        ),
    ],
)
def test_wrong_acceptance_dates_and_outcomes_name_row_and_column(
    db: DatabaseHandle, tmp_path: Path, line: str, column: str, message: str
) -> None:
    with pytest.raises(ImportFailed) as caught:
        run(
            db,
            write(tmp_path, [HEADER, DENUNCIATION.replace("040123456789", "040123456700"), line]),
        )
    problem = caught.value.problems[0]
    assert (problem.row, problem.column) == (3, column)
    assert message in problem.message
    assert count(db) == 0


def test_a_withdrawn_case_keeps_its_acceptance_and_a_notification_date_is_kept(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    header = HEADER + ",notified_on,handler,number"
    lines = [
        header,
        "2026-01-05,A,040123456781,complaint,withdrawn,2026-02-10,2026-01-08,,,,",
        DENUNCIATION + ",2026-02-27,Trần Văn Cán,12/TC",
    ]
    run(db, write(tmp_path, lines))
    withdrawn, denunciation = cases(db)
    assert withdrawn.accepted_on == date(2026, 1, 8) and withdrawn.notify_deadline is None
    assert denunciation.notified_on == date(2026, 2, 27)
    assert (denunciation.handler, denunciation.number) == ("Trần Văn Cán", "12/TC")
    with pytest.raises(ImportFailed, match="cannot be notified before"):
        run(db, write(tmp_path, [header, DENUNCIATION + ",2026-02-20,,"], name="early.csv"))

"""A repeat petition whose first petition is earlier in the same file is linked to it, as it would
be had the first been imported before: in an earlier batch (found by mypy: the lookup of the
batches written so far was keyed without the denunciation flag, so it never matched), in the same
batch (rows written together: linked once the batch has its ids), and for a citizen without an ID
number by their name in the same commune. Only open or settled petitions are repeated
(``REPEATABLE_STATUSES``, as the register's own check)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.services.cases.importing import write as import_write
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Case
from tests.services.cases.case_fixtures import make_places
from tests.services.cases.test_case_import import GOOD, HEADER, run, write


@pytest.fixture(autouse=True)
def _places(db: DatabaseHandle) -> None:
    make_places(db)


def test_a_repeat_of_a_petition_earlier_in_the_file_is_linked(
    db: DatabaseHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_write, "CHUNK", 1)  # one row a batch
    later = GOOD[0].replace("2026-01-05", "2026-02-05").replace("Tranh chấp", "Lại tranh chấp")
    summary = run(db, write(tmp_path, [HEADER, later, GOOD[0]]))
    assert summary.cases == 2 and summary.repeats_linked == 1
    with db.uow.read() as session:
        first, second = session.execute(
            select(Case.id, Case.repeat_of_id).order_by(Case.received_on)
        ).all()
    assert first.repeat_of_id is None and second.repeat_of_id == first.id


def cases_by_day(db: DatabaseHandle) -> list[tuple[int, int | None]]:
    with db.uow.read() as session:
        rows = session.execute(select(Case.id, Case.repeat_of_id).order_by(Case.received_on))
        return [(row.id, row.repeat_of_id) for row in rows]


@pytest.mark.parametrize("one_row_a_batch", [False, True])
def test_a_repeat_within_the_file_is_linked_in_one_batch_or_across_batches(
    db: DatabaseHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_row_a_batch: bool
) -> None:
    if one_row_a_batch:
        monkeypatch.setattr(import_write, "CHUNK", 1)
    second = GOOD[0].replace("2026-01-05", "2026-02-05").replace("Tranh chấp", "Lại tranh chấp")
    third = GOOD[0].replace("2026-01-05", "2026-02-20").replace("Tranh chấp", "Lần ba")
    summary = run(db, write(tmp_path, [HEADER, third, GOOD[0], second]))
    assert summary.cases == 3 and summary.repeats_linked == 2
    (first, _), (second_id, second_repeats), (_, third_repeats) = cases_by_day(db)
    assert second_repeats == first and third_repeats == second_id  # each the latest before it


@pytest.mark.parametrize("one_row_a_batch", [False, True])
def test_a_citizen_without_an_id_number_repeats_by_name_in_the_same_commune(
    db: DatabaseHandle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_row_a_batch: bool
) -> None:
    if one_row_a_batch:
        monkeypatch.setattr(import_write, "CHUNK", 1)
    first = GOOD[1].replace("denunciation", "complaint")  # no ID number; Cẩm Lộc
    again = first.replace("2026-01-06", "2026-02-06").replace("Tố cáo cán bộ", "Khiếu nại lại")
    elsewhere = again.replace("2026-02-06", "2026-02-07").replace("cam loc", "Xã Mới")
    summary = run(db, write(tmp_path, [HEADER, elsewhere, again, first]))
    assert summary.repeats_linked == 1
    (first_id, _), (_, again_repeats), (_, elsewhere_repeats) = cases_by_day(db)
    assert again_repeats == first_id and elsewhere_repeats is None


def test_a_withdrawn_petition_in_the_file_is_not_repeated(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    withdrawn = GOOD[0].replace(",accepted,", ",withdrawn,").replace(",,no,1", ",2026-01-10,no,1")
    later = GOOD[0].replace("2026-01-05", "2026-02-05").replace("Tranh chấp", "Lại tranh chấp")
    summary = run(db, write(tmp_path, [HEADER, later, withdrawn]))
    assert summary.cases == 2 and summary.repeats_linked == 0
    assert [repeat for _, repeat in cases_by_day(db)] == [None, None]

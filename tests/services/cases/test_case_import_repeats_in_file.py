"""A repeat petition whose first petition is in an earlier batch of the same file is linked to
it, as it would be had the first been imported before (found by mypy: the lookup of the batches
written so far was keyed without the denunciation flag, so it never matched). Within one batch
the rows are written together, and a repeat there is not linked (yet)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.services.cases import importing
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
    monkeypatch.setattr(importing, "CHUNK", 1)  # one row a batch
    later = GOOD[0].replace("2026-01-05", "2026-02-05").replace("Tranh chấp", "Lại tranh chấp")
    summary = run(db, write(tmp_path, [HEADER, later, GOOD[0]]))
    assert summary.cases == 2 and summary.repeats_linked == 1
    with db.uow.read() as session:
        first, second = session.execute(
            select(Case.id, Case.repeat_of_id).order_by(Case.received_on)
        ).all()
    assert first.repeat_of_id is None and second.repeat_of_id == first.id

"""An import pauses Python's cycle collector while it runs (issue 19): on again after it,
whether the import succeeds or fails; left off when it was off."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from dialogue_app.services.cases import CaseImporter, ImportFailed
from dialogue_app.services.database import DatabaseHandle
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import ensure_rules
from tests.services.cases.test_case_import import GOOD, HEADER, write


@pytest.fixture(autouse=True)
def _collector_restored(db: DatabaseHandle) -> Iterator[None]:
    ensure_rules(db)
    yield
    gc.enable()


def test_the_collector_is_on_again_after_an_import(db: DatabaseHandle, tmp_path: Path) -> None:
    seen: list[bool] = []
    importer = CaseImporter(db.uow, clock=fixed_clock())
    summary = importer.run(
        write(tmp_path, [HEADER, *GOOD]), progress=lambda done, total: seen.append(gc.isenabled())
    )
    assert summary.cases == 3
    assert seen and not any(seen)  # off while it ran
    assert gc.isenabled()
    with pytest.raises(ImportFailed):
        importer.run(write(tmp_path, [HEADER, "not a date" + GOOD[0][10:]], name="bad.csv"))
    assert gc.isenabled()


def test_the_collector_stays_off_when_it_was_off(db: DatabaseHandle, tmp_path: Path) -> None:
    gc.disable()
    CaseImporter(db.uow, clock=fixed_clock()).run(write(tmp_path, [HEADER, *GOOD]))
    assert not gc.isenabled()

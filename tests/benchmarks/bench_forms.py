"""Benchmark: the statutory forms (01/TCD, 01/XLD, 01/KQGQ and the denunciation table) on the
data sets of DESIGN §7 ("province": 35,000 cases; "nation": 1,000,000). Target: each form
≤ 1.5 × the same aggregates as bare SQL; province under 50 ms, nation under 1 s.

Figure: ``FormService.form`` for a quarter (the grouped sums, merged communes counted in their
successor, the units' names, the identity check), median of several runs. Floor: the
statements it ran, recorded and replayed on a bare DB-API cursor (the same aggregates without
the app).

The data set (``datasets.sqlite_dataset``) is copied once next to it with the facts the forms
count spread over its cases (``add_facts``), so the shared file stays as generated.

Run: .venv/bin/python tests/benchmarks/bench_forms.py [--size province|nation|...]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import datasets  # noqa: E402
from common import Result, SqlRecorder, median_ms  # noqa: E402

from dialogue_app.domain.forms import FormCode  # noqa: E402
from dialogue_app.domain.periods import quarter_period  # noqa: E402
from dialogue_app.services.clock import FixedClock  # noqa: E402
from dialogue_app.services.database import open_database, upgrade_database  # noqa: E402
from dialogue_app.services.reports.forms import FormService  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_RATIO = 1.5
TARGETS_MS = {"province": 50.0, "nation": 1000.0}
TODAY = date(2026, 1, 15)
FACTS_VERSION = 1  # bump when add_facts changes, so the copies are rebuilt


def add_facts(path: Path) -> None:
    """The facts the forms count, spread over the cases (the data set leaves them derived)."""
    rng = random.Random(14)
    db = sqlite3.connect(path)
    updates = []
    for (case_id,) in db.execute("SELECT id FROM cases"):
        updates.append(
            (
                rng.choice((None, None, None, "regular", "head", "delegated")),
                int(rng.random() < 0.9),
                rng.choice(("none", "none", "once", "several")),
                rng.choice((None, None, "guide", "transfer", "urge")),
                rng.choice((None, None, None, "right", "wrong", "partly_right")),
                rng.choice((None, 0, 12.5, 300)),
                rng.randint(0, 3),
                case_id,
            )
        )
    db.executemany(
        "UPDATE cases SET reception_mode = CASE WHEN channel = 'reception' THEN ? END, "
        "eligible = ?, prior_settlement = ?, "
        "outside_action = CASE WHEN within_competence THEN NULL ELSE ? END, "
        "verdict = CASE WHEN status = 'resolved' AND round = 1 "
        "AND case_type IN ('complaint', 'denunciation') THEN ? END, "
        "money_to_state = ?, sanction_recommended = ? WHERE id = ?",
        updates,
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


def dataset_with_facts(size: datasets.Size) -> Path:
    source = datasets.sqlite_dataset(size)
    path = source.with_name(f"{source.stem}-forms-f{FACTS_VERSION}.sqlite")
    if path.exists():
        upgrade_database(sqlite_url(path))
        return path
    partial = path.with_suffix(".partial")
    print(f"copying {source} and adding the forms' facts …", file=sys.stderr)
    shutil.copyfile(source, partial)
    add_facts(partial)
    partial.rename(path)
    return path


def run(size: datasets.Size = datasets.PROVINCE, repeat: int = 9) -> list[Result]:
    path = dataset_with_facts(size)
    target = TARGETS_MS.get(size.name.split("-")[0], 50.0)
    handle = open_database(sqlite_url(path))
    service = FormService(handle.uow, clock=FixedClock(TODAY))
    period = quarter_period(2025, 3, 0)  # July–September 2025: just after the communes merged
    results = []
    engine = handle.engine
    try:
        for code in FormCode:
            service.form(code, period)  # warm, and checks the identities
            figure = median_ms(lambda c=code: service.form(c, period), repeat=repeat, warmup=1)
            recorder = SqlRecorder(engine)
            service.form(code, period)
            statements = recorder.stop()
            floor = median_ms(
                lambda s=statements, e=engine: SqlRecorder.replay_ms(e, s),
                repeat=repeat,
                warmup=1,
            )
            ratio = figure / floor if floor else float("inf")
            results.append(
                Result(
                    f"form {code.value} ({size.name}, a quarter)",
                    figure,
                    "ms",
                    target,
                    floor,
                    note=f"FormService.form, median of {repeat}; floor: the same SQL on a bare "
                    f"cursor; ratio target ≤ {TARGET_RATIO}",
                )
            )
            print(
                f"form {code.value} ({size.name}): {figure:.1f} ms; target < {target:.0f} ms "
                f"{'OK' if figure < target else 'MISSED'}; floor (bare SQL) {floor:.1f} ms; "
                f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO}) "
                f"{'OK' if ratio <= TARGET_RATIO else 'MISSED'}",
                flush=True,
            )
    finally:
        handle.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--size", choices=sorted(datasets.SIZES), default="province")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    results = run(datasets.SIZES[args.size], args.repeat)
    ok = all(r.meets_target and (r.ratio or 0) <= TARGET_RATIO for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

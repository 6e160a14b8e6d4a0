"""Benchmark: the statutory forms (01/TCD, 01/XLD, 01/KQGQ, 02/KQGQ) on the "province" data set
(DESIGN §7: 35,000 cases, 5,000 conferences over 10 years). Target: each form ≤ 1.5 × the same
aggregates as bare SQL, and under 50 ms.

Figure: ``FormService.form`` for a quarter (the grouped sums, the units' names, the identity
check), median of several runs. Floor: the statements it ran, recorded and replayed on a bare
DB-API cursor (the same aggregates without the app).

Run: .venv/bin/python tests/benchmarks/bench_forms.py [--cases N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dashboard import generate  # noqa: E402
from common import Result, SqlRecorder, median_ms  # noqa: E402

from dialogue_app.domain.forms import FormCode  # noqa: E402
from dialogue_app.domain.periods import quarter_period  # noqa: E402
from dialogue_app.services.clock import FixedClock  # noqa: E402
from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.services.reports.forms import FormService  # noqa: E402
from dialogue_app.store.database import sqlite_url  # noqa: E402

TARGET_MS = 50.0
TARGET_RATIO = 1.5
TODAY = date(2026, 6, 15)


def add_facts(path: Path) -> None:
    """The facts the forms count, spread over the generated cases."""
    rng = random.Random(14)
    db = sqlite3.connect(path)
    ids = [row[0] for row in db.execute("SELECT id FROM cases")]
    updates = []
    for case_id in ids:
        updates.append(
            (
                rng.choice(("mail", "mail", "reception")),
                rng.choice((None, None, "regular", "head", "delegated")),
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
        "UPDATE cases SET channel = ?, reception_mode = ?, eligible = ?, prior_settlement = ?, "
        "outside_action = CASE WHEN within_competence THEN NULL ELSE ? END, verdict = ?, "
        "money_to_state = ?, sanction_recommended = ? WHERE id = ?",
        updates,
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()


def run(cases: int = 35_000, keep: Path | None = None) -> list[Result]:
    folder = keep or Path(tempfile.mkdtemp(prefix="bench-forms-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"province-forms-{cases}.sqlite"
    if not path.exists():
        print(f"Generating {cases:,} cases and 5,000 conferences in {path} …")
        generate(path, cases)
        handle = open_database(sqlite_url(path))  # migrates a kept older file
        handle.close()
        add_facts(path)
    handle = open_database(sqlite_url(path))
    service = FormService(handle.uow, clock=FixedClock(TODAY))
    period = quarter_period(2026, 1, 0)
    results = []
    engine = handle.engine
    try:
        for code in FormCode:
            service.form(code, period)  # warm, and checks the identities
            figure = median_ms(lambda c=code: service.form(c, period), repeat=15)
            recorder = SqlRecorder(engine)
            service.form(code, period)
            statements = recorder.stop()
            floor = median_ms(lambda s=statements, e=engine: SqlRecorder.replay_ms(e, s), repeat=15)
            ratio = figure / floor if floor else float("inf")
            results.append(
                Result(f"form {code.value} (province, a quarter)", figure, "ms", TARGET_MS, floor,
                       note=f"ratio target ≤ {TARGET_RATIO}")
            )  # fmt: skip
            print(
                f"form {code.value}: {figure:.1f} ms; target < {TARGET_MS:.0f} ms "
                f"{'OK' if figure < TARGET_MS else 'MISSED'}; floor (bare SQL) {floor:.1f} ms; "
                f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO}) "
                f"{'OK' if ratio <= TARGET_RATIO else 'MISSED'}"
            )
    finally:
        handle.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=35_000, help="number of cases (35,000)")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the database in")
    args = parser.parse_args(argv)
    results = run(args.cases, args.keep)
    ok = all(r.meets_target and (r.ratio or 0) <= TARGET_RATIO for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

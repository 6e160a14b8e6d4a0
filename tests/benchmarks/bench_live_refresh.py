"""Benchmark: how soon a change one client commits reaches another (issue 15, DESIGN §8).

Target: under 2 s (median) from a colleague's commit (its statement and COMMIT) to the
window's change feed calling back with what changed. Each sample: a commit on a second
engine (another workstation) that fires the notifying trigger of ``conflict_overrides``,
heard by the ``ChangeFeed`` of the first (``services/live_changes.py``: its own connection
and thread, notifications gathered for 0.3 s so a burst refreshes once). Floor: the same
NOTIFY heard by a bare psycopg connection blocked in LISTEN (no trigger, no gathering, no
app); the gap is mostly the feed's gathering window, on purpose.

Run: .venv/bin/python tests/benchmarks/bench_live_refresh.py --postgres URL
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from common import Result, interleaved  # noqa: E402

from dialogue_app.services.database import open_database  # noqa: E402
from dialogue_app.services.live_changes import open_change_feed  # noqa: E402

TARGET_MS = 2000.0
SAMPLES = 30


def run(postgres: str | None = None, samples: int = SAMPLES) -> Result:
    if not postgres:
        raise SystemExit("bench_live_refresh needs --postgres URL (LISTEN/NOTIFY)")
    window = open_database(postgres)
    colleague = open_database(postgres)
    heard = threading.Event()

    def on_changes(kinds: frozenset[str]) -> None:
        if "CONFERENCES" in kinds:
            heard.set()

    feed = open_change_feed(window.engine, on_changes, lambda _online: None)
    assert feed is not None
    feed.start()
    assert feed.wait_listening(10), "the feed did not connect"

    def ours() -> None:
        heard.clear()
        with colleague.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM conflict_overrides WHERE false")
        assert heard.wait(10), "the change was not heard"

    with _bare_notify(colleague.engine) as bare:
        figure, floor = interleaved(ours, bare, samples)
    feed.stop()
    window.close()
    colleague.close()
    return Result(
        "a colleague's commit heard by the window, postgresql",
        figure,
        "ms",
        TARGET_MS,
        floor,
        note=f"floor: NOTIFY heard by a bare psycopg LISTEN; interleaved, median of {samples} each",
    )


@contextmanager
def _bare_notify(engine: object) -> Iterator[Callable[[], None]]:
    """A NOTIFY sent and heard by a bare psycopg LISTEN, one a call (the floor)."""
    import psycopg

    url = engine.url  # type: ignore[attr-defined]
    conninfo = psycopg.conninfo.make_conninfo(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
    )
    with (
        psycopg.connect(conninfo, autocommit=True) as listener,
        psycopg.connect(conninfo, autocommit=True) as sender,
    ):
        listener.execute("LISTEN bench_floor")

        def once() -> None:
            sender.execute("NOTIFY bench_floor, 'x'")
            next(iter(listener.notifies(timeout=10, stop_after=1)))

        yield once


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", metavar="URL", help="a migrated (or empty) database")
    args = parser.parse_args(argv)
    result = run(args.postgres)
    print(
        f"{result.name}: {result.value:.1f} ms (target < {TARGET_MS:.0f} ms: "
        f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.2f} ms, "
        f"ratio {result.ratio:.0f}×"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

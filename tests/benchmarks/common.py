"""What every benchmark of DESIGN §7 reports: a figure, its target, its floor and the ratio."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


def load_average() -> float | None:
    """The machine's one-minute load average (None where the system has none), printed beside
    each figure: on 2 cores, a load of 4 roughly doubles every absolute figure."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


@dataclass
class Result:
    """One line of the table (and one object of ``benchmark-results.json``).

    ``floor`` is the same work done by the bare library (the same SQL without the app, icalendar
    alone, a bare ``QMainWindow``); ``ratio`` = value / floor. DESIGN §7 states most targets as
    a ratio to the floor (``max_ratio``) and an absolute ceiling (``target``); both must hold.
    When ``target_is_ratio`` the target bounds the ratio only (the .ics export).
    ``load`` is the load average when the figure was measured (filled in by itself).
    """

    name: str
    value: float
    unit: str
    target: float
    floor: float | None
    target_is_ratio: bool = False
    note: str = ""
    max_ratio: float | None = None
    load: float | None = field(default_factory=load_average)

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    @property
    def ratio_target(self) -> float | None:
        return self.target if self.target_is_ratio else self.max_ratio

    @property
    def misses(self) -> list[str]:
        """What is missed: "ratio" (over its ratio to the floor), "ceiling" (over the figure)."""
        missed = []
        bound = self.ratio_target
        if bound is not None and (self.ratio is None or self.ratio > bound):
            missed.append("ratio")
        if not self.target_is_ratio and not self.value < self.target:
            missed.append("ceiling")
        return missed

    @property
    def meets_target(self) -> bool:
        return not self.misses

    def target_text(self) -> str:
        """The target as the table shows it: "≤ 3× floor, < 0.6 s"."""
        parts = []
        if self.ratio_target is not None:
            parts.append(f"≤ {self.ratio_target:g}× floor")
        if not self.target_is_ratio:
            parts.append(f"< {self.target:g} {self.unit}")
        return ", ".join(parts)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["meets_target"] = self.meets_target
        data["misses"] = self.misses
        data["value"] = round(self.value, 4)
        data["floor"] = None if self.floor is None else round(self.floor, 4)
        data["load"] = None if self.load is None else round(self.load, 2)
        return data

    def load_text(self) -> str:
        return "–" if self.load is None else f"{self.load:.1f}"


def samples_ms(fn: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        fn()
    result = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        result.append((time.perf_counter() - began) * 1000)
    return result


def median_ms(fn: Callable[[], object], repeat: int = 50, warmup: int = 3) -> float:
    return statistics.median(samples_ms(fn, repeat, warmup))


def interleaved(
    figure: Callable[[], object],
    floor: Callable[[], object],
    repeat: int,
    warmup: int = 1,
    floor_times_itself: bool = False,
) -> tuple[float, float]:
    """The medians, in milliseconds, of ``figure`` and of its ``floor``, measured the same way:
    their samples interleaved (figure, floor, figure, floor …) so a busy neighbour on the machine
    slows both alike, and the same statistic (the median) for both. ``floor_times_itself``: the
    floor returns its own milliseconds (a replay that times only its statements, not the
    checkout of a bare connection)."""

    def clock(fn: Callable[[], object]) -> float:
        began = time.perf_counter()
        fn()
        return (time.perf_counter() - began) * 1000

    for _ in range(warmup):
        figure()
        floor()
    figures, floors = [], []
    for _ in range(repeat):
        figures.append(clock(figure))
        floors.append(float(floor()) if floor_times_itself else clock(floor))  # type: ignore[arg-type]
    return statistics.median(figures), statistics.median(floors)


class SqlRecorder:
    """Records the statements an engine runs, to replay them on a bare DB-API connection.

    That replay is the floor of a database benchmark: the same SQL without the app.
    """

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.engine = engine
        self.statements: list[tuple[str, Any]] = []
        self._event = event
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if not executemany:
            self.statements.append((statement, parameters))

    def stop(self) -> list[tuple[str, Any]]:
        self._event.remove(self.engine, "before_cursor_execute", self._record)
        return self.statements

    @staticmethod
    def replay_ms(engine: Any, statements: list[tuple[str, Any]]) -> float:
        """Run ``statements`` on a raw DB-API connection, fetching everything; milliseconds."""
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            began = time.perf_counter()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                if cursor.description is not None:
                    cursor.fetchall()
            elapsed = (time.perf_counter() - began) * 1000
            raw.rollback()
        finally:
            raw.close()
        return elapsed


def letter_by_letter(phrases: Sequence[str]) -> list[str]:
    """What is in the search box after each keystroke of typing ``phrases`` (a space alone
    searches nothing new, so it is skipped)."""
    typed = []
    for phrase in phrases:
        for end in range(1, len(phrase) + 1):
            if not phrase[:end].endswith(" "):
                typed.append(phrase[:end])
    return typed


def typing_result(
    name: str,
    engine: Any,
    typed: Sequence[str],
    search: Callable[[str], object],
    target_ms: float,
    repeat: int = 3,
    count_found: bool = False,
    max_ratio: float | None = 1.5,
) -> Result:
    """Search as you type: the median time of ``search`` per keystroke in ``typed``, beside the
    median of its floor (the very SQL it ran, replayed on a bare DB-API connection), the two
    interleaved (``interleaved``); the medians over the keystrokes of both."""
    timings, floors, worst, found = [], [], ("", 0.0), 0
    for text in typed:
        recorder = SqlRecorder(engine)
        found += bool(search(text))
        statements = recorder.stop()
        figure, floor = interleaved(
            lambda text=text: search(text),
            lambda statements=statements: SqlRecorder.replay_ms(engine, statements),
            repeat,
            warmup=0,
            floor_times_itself=True,
        )
        floors.append(floor)
        timings.append(figure)
        if figure > worst[1]:
            worst = (text, figure)
    ordered = sorted(timings)
    counted = f" ({found} found someone)" if count_found else ""
    return Result(
        name,
        statistics.median(timings),
        "ms",
        target_ms,
        statistics.median(floors),
        note=(
            f"{len(timings)} keystrokes{counted}; p90 {ordered[int(len(ordered) * 0.9)]:.1f} ms, "
            f"worst {worst[1]:.1f} ms ({worst[0]!r}); floor: the same SQL on a bare cursor, "
            f"interleaved, median of {repeat} each"
        ),
        max_ratio=max_ratio,
    )


def print_median_result(result: Result) -> None:
    """A median-per-keystroke result as the benchmark scripts print it."""
    print(
        f"{result.name}: median {result.value:.1f} ms (target {result.target_text()}: "
        f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.1f} ms, "
        f"ratio {result.ratio:.2f}×; load average {result.load_text()}\n  {result.note}"
    )

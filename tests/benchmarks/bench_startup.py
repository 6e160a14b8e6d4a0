"""Benchmark: start to a usable main window on the "province" data set (DESIGN §7: ≤ 3 × a bare
QMainWindow process, and under 0.6 s).

The figure is a new process, from its launch to the first paint of the main window (offscreen):
the window paints first, then opens the database in a thread. A second figure is the moment the
first page has been built with its data ("ready"); with ``DIALOGUE_APP_EXIT_AFTER_FIRST_PAINT=1``
the app prints both and quits. The floor is a bare ``QApplication`` + ``QMainWindow`` process
measured the same way. Median of several runs, alternating the two, so a busy neighbour slows
both alike.

Run: .venv/bin/python tests/benchmarks/bench_startup.py [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result  # noqa: E402
from datasets import PROVINCE, PROVINCE_QUICK, Size, sqlite_dataset  # noqa: E402

TARGET_S = 0.6
MAX_RATIO = 3.0
READY_TARGET_S = 1.0  # the first page with its data: the first-paint target before issue 19
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.property("seen"):
            self.setProperty("seen", True)
            print("first paint", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint(window)
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DIALOGUE_APP_EXIT_AFTER_FIRST_PAINT="1",
        HOME=str(home),  # settings, logs and caches of this run only
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    return env


def time_to_first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching ``command`` to its line saying it painted, and to its line saying
    its first page is ready (the same moment for the bare window); it then quits."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    painted = ready = None
    for line in process.stdout:
        if "first paint" in line and painted is None:
            painted = time.perf_counter() - began
            if command[1] == "-c":  # the bare window: painted is ready
                ready = painted
                break
        if "ready after" in line:
            ready = time.perf_counter() - began
            break
    if painted is None or ready is None:
        _out, error = process.communicate()
        raise RuntimeError(f"no first paint from {command}: {error[-2000:]}")
    process.communicate(timeout=60)
    return painted, ready


def run(size: Size = PROVINCE, runs: int = 7) -> list[Result]:
    database = sqlite_dataset(size)
    url = f"sqlite:///{database}"
    python = sys.executable
    app = [python, "-m", "dialogue_app", "--database", url, "--no-demo-offer"]
    bare = [python, "-c", BARE]
    ours, readies, floors = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        env = _environment(Path(folder))
        time_to_first_paint(app, env)  # first run: settings file, page cache warm
        time_to_first_paint(bare, env)
        for _ in range(runs):
            painted, ready = time_to_first_paint(app, env)
            ours.append(painted)
            readies.append(ready)
            floors.append(time_to_first_paint(bare, env)[0])
    figure, floor = statistics.median(ours), statistics.median(floors)
    return [
        Result(
            f"start-up to first paint, {size.name}",
            figure,
            "s",
            TARGET_S,
            floor,
            note=f"median of {runs} new processes; floor: bare QApplication + QMainWindow",
            max_ratio=MAX_RATIO,
        ),
        Result(
            f"start-up to the first page with its data, {size.name}",
            statistics.median(readies),
            "s",
            READY_TARGET_S,
            floor,
            note="the same processes: database opened and checked, calendar page built and read",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    for result in run(PROVINCE_QUICK if args.quick else PROVINCE, args.runs):
        print(
            f"{result.name}: {result.value:.3f} s (target {result.target_text()}: "
            f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.3f} s, "
            f"ratio {result.ratio:.1f}×"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

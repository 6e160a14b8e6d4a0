"""Benchmark: memory with the "nation" case list open (DESIGN §7: ≤ 2 × a bare window process,
and under 150 MB resident).

A new process opens the Cases page on the nation data set (offscreen), scrolls the list to its
last row (``fetchMore`` until nothing is left, then the view to the bottom) and prints its
resident set size (``VmRSS``). The floor is a bare process with ``QApplication``, ``QMainWindow``
and an empty ``QTableView``, measured the same way.

Run: .venv/bin/python tests/benchmarks/bench_memory.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Result  # noqa: E402
from datasets import NATION, NATION_QUICK, Size, sqlite_dataset  # noqa: E402

TARGET_MB = 150.0
MAX_RATIO = 2.0  # DESIGN §7: ≤ 2 × a bare window process, and under 150 MB resident

RSS = """
def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
"""

CASE_LIST = (
    RSS
    + """
import sys, time
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QMainWindow
from dialogue_app.ui.cases.cases_page import CasesPage  # the window's modules first, as in the app
from dialogue_app.services.clock import SystemClock
from dialogue_app.services.container import Services
from dialogue_app.services.database import open_database
app = QApplication(sys.argv)
handle = open_database(sys.argv[1])
window = QMainWindow()
page = CasesPage(Services(handle, "bench", clock=SystemClock()))
window.setCentralWidget(page)
window.resize(1200, 800)
window.show()
app.processEvents()
page.reload() if hasattr(page, "reload") else None
model = page.model
began = time.perf_counter()
while model.canFetchMore(QModelIndex()):
    model.fetchMore(QModelIndex())
page.table.scrollToBottom()
app.processEvents()
print(f"rows {model.rowCount()} in {time.perf_counter() - began:.1f} s", file=sys.stderr)
print(f"rss {rss_mb():.1f}", flush=True)
import os
os._exit(0)  # the figure is printed; skip tearing down the rows and Qt
"""
)

BARE = (
    RSS
    + """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
if len(sys.argv) > 1:  # for the note: the same window painting one line of text
    window.setMenuWidget(QLabel("Dialogue Desk"))
window.resize(1200, 800)
window.show()
app.processEvents()
print(f"rss {rss_mb():.1f}", flush=True)
import os
os._exit(0)
"""
)


def _rss(code: str, *args: str) -> tuple[float, str]:
    """The process's resident set in MB, and what it wrote to stderr."""
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as home:
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=f"{home}/config"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
    for line in done.stdout.splitlines():
        if line.startswith("rss "):
            sys.stderr.write(done.stderr[-300:])
            return float(line.split()[1]), done.stderr
    raise RuntimeError(f"no RSS printed: {done.stderr[-2000:]}")


def run(size: Size = NATION) -> Result:
    path = sqlite_dataset(size)
    figure, said = _rss(CASE_LIST, f"sqlite:///{path}")
    floor, _ = _rss(BARE)
    # not the target's floor (DESIGN §7: a bare window); shown because that floor paints no
    # text, and any window with words in it pays for Qt's fonts and text layout
    texted, _ = _rss(BARE, "text")
    scrolled = re.search(r"rows \d+ in ([\d.]+) s", said)
    seconds = f" in {scrolled.group(1)} s" if scrolled else ""
    return Result(
        f"memory, case list scrolled to the end, {size.name}",
        figure,
        "MB",
        TARGET_MB,
        floor,
        note=(
            f"{size.cases:,} rows loaded{seconds}; "
            "floor: bare QApplication + QMainWindow + QTableView; the same window painting "
            f"one line of text: {texted:.0f} MB ({figure / texted:.2f}×)"
        ),
        max_ratio=MAX_RATIO,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    result = run(NATION_QUICK if args.quick else NATION)
    print(
        f"{result.name}: {result.value:.0f} MB (target {result.target_text()}: "
        f"{'MET' if result.meets_target else 'NOT MET'}); floor {result.floor:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""resources/ and seeds/ reach the app in a normal (wheel) install as well as in a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dialogue_app.resources import seeds_dir, translations_dir

ROOT = Path(__file__).resolve().parents[2]


def test_resources_are_found_in_the_checkout() -> None:
    assert (translations_dir() / "dialogue_app_vi.ts").is_file()
    assert (seeds_dir() / "demo" / "ha_tinh.json").is_file()


def test_wheel_carries_resources_and_seeds_inside_the_package(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("dialogue_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dialogue_app/_resources/translations/dialogue_app_vi.ts" in names
    # compiled by the build (hatch_build.py): the installed app needs no lrelease
    assert "dialogue_app/_resources/translations/dialogue_app_vi.qm" in names
    assert "dialogue_app/_resources/translations/dialogue_app_en.qm" in names
    assert "dialogue_app/_seeds/demo/ha_tinh.json" in names
    assert "dialogue_app/store/migrations/env.py" in names
    assert any(n.startswith("dialogue_app/store/migrations/versions/0001") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "dialogue-app = dialogue_app.__main__:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )

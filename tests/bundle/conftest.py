"""The bundle (``tools/build_bundle.py``), built once per test session into a folder whose path
has Vietnamese letters and spaces, as on an office PC (``C:\\Users\\Nguyễn Văn Đức\\…``).

The build takes a minute or two; ``pytest -m "not bundle"`` leaves these tests out, and
``DIALOGUE_APP_TEST_BUNDLE=dist/dialogue-app`` tests a bundle already built instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLACE = Path("Nguyễn Văn Đức") / "Ứng dụng văn phòng"  # where IT unpacks the bundle


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.bundle)


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/dialogue-app
    base: Path  # a folder every user may enter (the tests run the bundle as another user too)

    @property
    def program(self) -> Path:
        return self.folder / "dialogue-app"

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


@dataclass
class Run:
    """One start of the bundle: its folders and environment (never the test run's own)."""

    bundle: Bundle
    home: Path
    user: str | None = None  # run as this user (when the tests run as root)
    env: dict[str, str] = field(default_factory=dict)

    def environment(self) -> dict[str, str]:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "DIALOGUE_APP_DATA_DIR": str(self.home / "Dữ liệu văn phòng"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "QT_QPA_PLATFORM": "offscreen",
            # the system's time zone files are not looked at: the bundle's tzdata must answer,
            # as on Windows, which has none
            "PYTHONTZPATH": "",
            "DIALOGUE_APP_CLOCK": os.environ.get("DIALOGUE_APP_CLOCK", ""),
        }
        env.update(self.env)
        return env

    def command(self, *arguments: str) -> list[str]:
        command = [str(self.bundle.program), *arguments]
        if self.user:
            return ["setpriv", f"--reuid={self.user}", "--regid=nogroup", "--clear-groups"] + (
                command
            )
        return command

    def __call__(self, *arguments: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*arguments),
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self, *arguments: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*arguments),
            env=self.environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture(scope="session")
def bundle() -> Iterator[Bundle]:
    base = Path(tempfile.mkdtemp(prefix="dialogue-bundle-"))
    base.chmod(0o755)
    prebuilt = os.environ.get("DIALOGUE_APP_TEST_BUNDLE")
    if prebuilt:
        yield Bundle(Path(prebuilt).resolve(), base)
        shutil.rmtree(base, ignore_errors=True)
        return
    try:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "tools" / "build_bundle.py"),
                "--quiet",
                "--dist",
                str(base / PLACE),
                "--work",
                str(base / "build"),
            ],
            capture_output=True,
            text=True,
            timeout=1200,
        )
        assert result.returncode == 0, (
            f"the bundle did not build:\n{result.stdout}\n{result.stderr}"
        )
        shutil.rmtree(base / "build")
        yield Bundle(base / PLACE / "dialogue-app", base)
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(base)], check=False)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def home(bundle: Bundle, tmp_path: Path) -> Iterator[Path]:
    """A home folder for one run, inside a folder other users may enter."""
    folder = Path(tempfile.mkdtemp(prefix="home ", dir=bundle.base))
    folder.chmod(0o755)
    yield folder
    subprocess.run(["chmod", "-R", "u+w", str(folder)], check=False)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def run(bundle: Bundle, home: Path) -> Run:
    return Run(bundle, home)


def other_user() -> str | None:
    """Root ignores file permissions: the tests of a read-only folder then run the bundle as
    ``nobody``. None when the tests run as an ordinary user (permissions hold for them)."""
    return "nobody" if hasattr(os, "geteuid") and os.geteuid() == 0 else None


def give_to(path: Path, user: str | None) -> None:
    if user:
        shutil.chown(path, user, "nogroup")

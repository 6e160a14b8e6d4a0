"""The app loads compiled catalogues (.qm) shipped with it; lrelease is a developer's fallback."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from dialogue_app import resources
from dialogue_app.ui.common import i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from compile_translations import compile_translations  # noqa: E402


def test_the_tool_compiles_every_catalogue(tmp_path: Path) -> None:
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(source, tmp_path / source.name)
    written = compile_translations(tmp_path)
    assert sorted(path.name for path in written) == [
        "dialogue_app_en.qm",
        "dialogue_app_vi.qm",
        "qt_vi.qm",  # Qt's own strings: Qt ships no Vietnamese
    ]
    assert all(path.stat().st_size > 1000 for path in written)


def installed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_qm: bool) -> Path:
    """resources/ laid out as an installed app has it (inside the package), no longer a
    checkout; the .ts deliberately newer than the .qm, as a wheel's fixed dates may leave it."""
    package = tmp_path / "site-packages" / "dialogue_app"
    folder = package / "_resources" / "translations"
    folder.mkdir(parents=True)
    if with_qm:
        compiled = tmp_path / "compiled"
        compiled.mkdir()
        for source in (ROOT / "resources" / "translations").glob("*.ts"):
            shutil.copy(source, compiled / source.name)
        for qm in compile_translations(compiled):
            shutil.copy(qm, folder / qm.name)
    for source in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(source, folder / source.name)  # copied last: newer than the .qm
    monkeypatch.setattr(resources, "_package_dir", lambda: package)
    return folder


def test_an_installed_app_loads_its_shipped_catalogue_without_lrelease(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = installed_copy(tmp_path, monkeypatch, with_qm=True)
    monkeypatch.setattr(i18n, "_lrelease", lambda: pytest.fail("lrelease called at run time"))
    assert not resources.in_checkout()
    qm = i18n.compiled_catalogue("vi", tmp_path / "cache")
    assert qm == folder / "dialogue_app_vi.qm"
    qt = i18n.compiled_catalogue("vi", tmp_path / "cache", i18n.QT_CATALOGUE)
    assert qt == folder / "qt_vi.qm"
    assert not (tmp_path / "cache").exists()


def test_a_checkout_rebuilds_a_stale_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resources.in_checkout()  # the tests run from the checkout
    source = resources.translations_dir() / "dialogue_app_vi.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        assert i18n.compiled_catalogue("vi", tmp_path / "cache") == shipped
    # a .qm older than its .ts in a checkout is not trusted: rebuilt with lrelease
    fake = tmp_path / "translations"
    fake.mkdir()
    shutil.copy(source, fake / source.name)
    (fake / "dialogue_app_vi.qm").write_bytes(b"stale")
    os.utime(fake / "dialogue_app_vi.qm", (0, 0))
    monkeypatch.setattr(i18n, "translations_dir", lambda: fake)
    rebuilt = i18n.compiled_catalogue("vi", tmp_path / "cache")
    assert rebuilt is not None and rebuilt.read_bytes() != b"stale"

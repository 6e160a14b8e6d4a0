"""Locate ``resources/`` and ``seeds/`` in a normal install (inside the package) and in an
editable install or a checkout (beside the package)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    beside = _PACKAGE.parent / checkout
    if beside.is_dir():
        return beside
    raise FileNotFoundError(
        f"Dialogue Desk is incompletely installed: neither {inside} nor {beside} exists. "
        "Reinstall the application."
    )


def resources_dir() -> Path:
    return _find("_resources", "resources")


def seeds_dir() -> Path:
    return _find("_seeds", "seeds")


def translations_dir() -> Path:
    return resources_dir() / "translations"

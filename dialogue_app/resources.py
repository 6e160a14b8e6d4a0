"""Locate ``resources/`` and ``seeds/`` wherever the app runs from.

- a normal install: inside the package (``dialogue_app/_resources``, ``dialogue_app/_seeds``);
- the bundle (PyInstaller, ``packaging/dialogue-app.spec``): the same names under the bundle's
  folder, ``sys._MEIPASS/dialogue_app/``;
- an editable install or a checkout: beside the package (``resources/``, ``seeds/``), where a
  developer edits them.
"""

from __future__ import annotations

import sys
from pathlib import Path


def frozen() -> bool:
    """True inside the bundle (PyInstaller sets ``sys.frozen`` and ``sys._MEIPASS``)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _package_dir() -> Path:
    if frozen():
        return Path(sys._MEIPASS) / "dialogue_app"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    package = _package_dir()
    inside = package / installed
    if inside.is_dir():
        return inside
    beside = package.parent / checkout
    if not frozen() and beside.is_dir():
        return beside
    raise FileNotFoundError(
        f"Dialogue Desk is incompletely installed: {inside} is missing. Reinstall the application."
        if frozen()
        else f"Dialogue Desk is incompletely installed: neither {inside} nor {beside} exists. "
        "Reinstall the application."
    )


def resources_dir() -> Path:
    return _find("_resources", "resources")


def seeds_dir() -> Path:
    return _find("_seeds", "seeds")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def in_checkout() -> bool:
    """True when the resources are a developer's sources (a checkout or an editable install),
    which may be newer than what was compiled from them."""
    return not frozen() and resources_dir() == _package_dir().parent / "resources"

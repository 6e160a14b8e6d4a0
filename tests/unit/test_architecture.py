"""The layers of DESIGN.md §5 hold: Qt only in ui/ and rendering/, no database in ui/ or
rendering/, a pure domain; and the import contracts see every import."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    tool = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run(
        [tool, "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


PACKAGE = ROOT / "dialogue_app"
LOADERS = {"import_module", "find_spec", "__import__"}


def _trees(folder: Path | None = None) -> list[tuple[Path, ast.Module]]:
    files = sorted((folder or PACKAGE).rglob("*.py"))
    paths = [p for p in files if PACKAGE / "store" / "migrations" / "versions" not in p.parents]
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in paths]


def _imported_modules(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def test_no_module_is_loaded_by_name() -> None:
    """Every import is an import statement, so the contracts above see it: no importlib,
    find_spec or __import__ loading a module named in a string."""
    found = []
    for path, tree in _trees():
        where = path.relative_to(ROOT)
        found += [f"{where}: imports {m}" for m in _imported_modules(tree) if "importlib" in m]
        found += [
            f"{where}:{getattr(node, 'lineno', '?')}: {_name(node)}"
            for node in ast.walk(tree)
            if _name(node) in LOADERS
        ]
    assert not found, "\n".join(found)


# Qt modules rendering/ may use: it draws documents, it shows nothing. QtCharts draws on a
# QGraphicsScene, a QtWidgets class needing a QApplication: allowed in rendering/charts.py only.
RENDERING_QT = {"PySide6", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport"}
CHARTS_QT = RENDERING_QT | {"PySide6.QtCharts", "PySide6.QtWidgets"}


def test_rendering_uses_qt_gui_but_no_widgets() -> None:
    found = []
    for path, tree in _trees(PACKAGE / "rendering"):
        allowed = CHARTS_QT if path.name == "charts.py" else RENDERING_QT
        found += [
            f"{path.relative_to(ROOT)}: imports {module}"
            for module in sorted(_imported_modules(tree))
            if module.split(".")[0] in ("PySide6", "shiboken6")
            and ".".join(module.split(".")[:2]) not in allowed
        ]
    assert not found, "\n".join(found)

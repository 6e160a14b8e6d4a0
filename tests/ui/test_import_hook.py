"""The window's imports keep no source text (issue 19: memory).

PySide6's import hook reads each imported module's source to see whether it uses PySide; its own
way kept every line of SQLAlchemy, the models and the services in ``linecache`` (23 MB of the
case list's memory). ``dialogue_app.ui`` gives it a reader that keeps nothing; these tests import
real modules after it and check that nothing is kept and that PySide6 still tells the modules
that use it from those that do not.
"""

from __future__ import annotations

import importlib
import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest

import dialogue_app.ui  # noqa: F401  (the light hook is installed on import)


@pytest.fixture
def module_folder(tmp_path: Path):
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for name in ("hook_plain_module", "hook_qt_module"):
            sys.modules.pop(name, None)


def test_an_imported_module_leaves_no_source_in_memory(module_folder: Path) -> None:
    source = module_folder / "hook_plain_module.py"
    source.write_text("VALUE = 41 + 1\n" + "# padding line\n" * 200, encoding="utf-8")
    importlib.invalidate_caches()
    import hook_plain_module as module  # an import statement: what the hook sees

    assert module.VALUE == 42
    assert str(source) not in linecache.cache


def test_pyside_still_knows_which_modules_use_it(module_folder: Path) -> None:
    (module_folder / "hook_plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    (module_folder / "hook_qt_module.py").write_text(
        "from PySide6.QtCore import QObject\nVALUE = QObject\n", encoding="utf-8"
    )
    importlib.invalidate_caches()
    import hook_plain_module  # noqa: F401  (import statements: what the hook sees)
    import hook_qt_module  # noqa: F401

    switches = sys.modules["PySide6.support.feature"].pyside_feature_dict
    assert switches["hook_plain_module"] == -1  # not using PySide: left alone by its switches
    assert switches["hook_qt_module"] == 0  # using PySide: default features, as before


def test_the_window_modules_keep_no_source() -> None:
    """In a new process importing as the app does (PySide6, then the window's modules, then
    SQLAlchemy's ORM, the models and the services), no module's source stays in memory."""
    code = (
        "import os, linecache\n"
        "import PySide6.QtWidgets\n"
        "import dialogue_app.ui.main_window\n"
        "import dialogue_app.ui.cases.cases_page\n"
        "import dialogue_app.services.container, dialogue_app.services.cases\n"
        "import dialogue_app.store.models\n"
        "print(sum(1 for name in linecache.cache if os.path.isfile(name)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert int(done.stdout.split()[-1]) == 0, done.stdout

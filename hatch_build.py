"""Package build hook: compile the translations (``.ts`` -> ``.qm``) into the wheel.

Runs for ``pip install .``, ``pip install -e .`` and ``pip wheel``, so every installed app loads
a compiled catalogue and never needs ``pyside6-lrelease`` at run time. The hook's own dependency
(PySide6-Essentials, for lrelease) is declared in pyproject.toml, [tool.hatch.build.hooks.custom].
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        tool = Path(self.root) / "tools" / "compile_translations.py"
        spec = importlib.util.spec_from_file_location("compile_translations", tool)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            written = module.compile_translations(Path(self.root) / "resources" / "translations")
        except (OSError, RuntimeError) as error:
            # e.g. Qt's system libraries missing on a bare Linux: the app still installs, and
            # compiles its catalogues at first start once Qt runs (README, "Install")
            self.app.display_warning(f"translations not compiled: {error}")
            return
        for path in written:
            self.app.display_info(f"compiled {path.name}")

"""The window: PySide6 lives only here. Pages talk to services, never to the database.

Importing this package imports PySide6 and makes its import hook light (``_light_import_hook``),
before any page, service or SQLAlchemy module is imported by the window.
"""

from __future__ import annotations

import linecache
import logging
import sys

import PySide6.QtCore  # noqa: F401  (installs shiboken's import hook, made light below)

log = logging.getLogger(__name__)


def _uses_pyside(module: object) -> bool:
    """Whether ``module``'s source file mentions PySide6: shiboken's own test, without the cache.

    Shiboken replaces ``__import__`` and, after every import, asks whether the new module uses
    PySide (PYSIDE-2029, for its optional ``__feature__`` switches, which this app does not use).
    Its answer reads the module's source with ``inspect.getsource``, which keeps every line of
    every imported module in ``linecache`` for the life of the process: for SQLAlchemy, the
    models and the services, about 6 MB of source text kept as some 23 MB of line strings, and
    0.1 s of start-up (measured in ``tests/benchmarks/bench_memory.py``). The same question is
    answered here by reading the file once and keeping nothing.
    """
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled or source-less: shiboken says False for these too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _light_import_hook() -> None:
    """Give shiboken's after-import check the cache-free test above (if this PySide6 has it)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6 has no feature import hook to lighten")
        return
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # what it read before (PySide6's own modules): read again if needed


_light_import_hook()

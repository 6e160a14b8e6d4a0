"""Names the window shows for the values of an enumeration, in the user's language.

A ``Labels`` table maps each value to its English source text, marked for ``pyside6-lupdate``
with ``QT_TRANSLATE_NOOP(context, "…")`` (``domain/messages.py``) in the table's own context. A
name that needs a disambiguation (the same English word translated two ways) is given as a
function calling ``QCoreApplication.translate(context, "…", "disambiguation")``, which lupdate
reads as well. The text is translated when asked for, so a change of language shows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication

K = TypeVar("K", bound=Hashable)


class Labels(Generic[K]):
    """``labels(value)``: the name of ``value`` in the user's language."""

    def __init__(self, context: str, texts: Mapping[K, str | Callable[[], str]]) -> None:
        self._context = context
        self._texts = dict(texts)

    def __call__(self, value: K) -> str:
        text = self._texts[value]
        return text() if callable(text) else QCoreApplication.translate(self._context, text)


__all__ = ["Labels"]

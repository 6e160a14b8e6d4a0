"""Messages for people, written below the UI yet translated by it (Qt Linguist).

Code below ``ui/`` cannot call Qt's ``tr``. It writes each message as an English template marked
with ``QT_TRANSLATE_NOOP("Messages", "…")`` — the name ``pyside6-lupdate`` looks for, so the
template lands in the ``.ts`` catalogue — with ``%1``, ``%2``… for the values. ``str(error)`` gives
the English text (the command line); the window translates the template and then fills in the
values (``ui/messages.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

CONTEXT = "Messages"
_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def fill(template: str, values: Sequence[object]) -> str:
    """Replace ``%1``…``%9`` by ``values`` (as ``QString.arg`` does)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class UserMessage(Exception):
    """An error meant for a person: an English template (translatable) and its values."""

    def __init__(self, template: str, *values: object) -> None:
        self.template = template
        self.values = tuple(values)
        super().__init__(fill(template, self.values))

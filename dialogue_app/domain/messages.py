"""Messages for people, written below the UI yet translated by it (Qt Linguist).

Code below ``ui/`` cannot call Qt's ``tr``. It writes each message as an English template marked
with ``QT_TRANSLATE_NOOP("Messages", "…")`` — the name ``pyside6-lupdate`` looks for, so the
template lands in the ``.ts`` catalogue — with ``%1``, ``%2``… for the values. ``str(error)`` gives
the English text (the command line); the window translates the template and then fills in the
values (``ui/messages.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

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


# --- texts stored in the database and shown translated ------------------------------------------
#
# A text the application writes into a row (a deadline's explanation, a note in a case's
# timeline) is stored as its parts: templates marked for translation and their values, as JSON
# in a versioned envelope ``{"v": 1, "parts": [[template, [values…]], …]}``. The command line
# reads it in English (``render_parts``), the window translates each part (``ui/messages.py``).
# Any other stored text (typed by a person, or written before parts existed) is one part: the
# text itself, without values, shown as it was stored.

# one piece: an English template (``%1``… for the values) and its values
MessagePart = tuple[str, tuple[object, ...]]

PARTS_VERSION = 1


def render_parts(parts: Iterable[MessagePart]) -> str:
    """The stored text in English."""
    return "".join(fill(template, values) for template, values in parts)


def store_parts(parts: Iterable[MessagePart]) -> str:
    """The parts as the database stores them (JSON in a versioned envelope)."""
    envelope = {
        "v": PARTS_VERSION,
        "parts": [[template, list(values)] for template, values in parts],
    }
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))


def stored_parts(stored: str | None) -> list[MessagePart]:
    """The parts of a stored text; a text that is not such JSON is one part without values."""
    if not stored:
        return []
    if not stored.startswith("{"):
        return [(stored, ())]
    try:
        envelope = json.loads(stored)
    except ValueError:
        return [(stored, ())]
    if not isinstance(envelope, dict) or envelope.get("v") != PARTS_VERSION:
        return [(stored, ())]
    raw = envelope.get("parts")
    if not isinstance(raw, list):
        return [(stored, ())]
    parts: list[MessagePart] = []
    for item in raw:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not isinstance(item[0], str)
            or not isinstance(item[1], list)
        ):
            return [(stored, ())]
        parts.append((item[0], tuple(item[1])))
    return parts


def stored_text(stored: str | None) -> str | None:
    """A stored text in English (None stays None)."""
    if stored is None:
        return None
    return render_parts(stored_parts(stored))


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def shown_value(value: object) -> object:
    """A stored value as a person reads it in Vietnamese-style text: a date (stored as ISO
    2026-02-17) as 17/02/2026; anything else unchanged."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        year, month, day = value.split("-")
        return f"{day}/{month}/{year}"
    return value

"""Showing messages that come from below the UI in the chosen language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.messages import CONTEXT, fill
from dialogue_app.ui.dates import format_date

# the colour of a problem, and of a date that has passed
LATE_COLOUR = "#b00020"
# how a problem is shown next to the field or form it concerns
ERROR_STYLE = f"color: {LATE_COLOUR};"


def message_text(error: BaseException) -> str:
    """The error's message, translated when it carries a template (``domain/messages.py``)."""
    template = getattr(error, "template", None)
    if isinstance(template, str) and template:
        values = getattr(error, "values", ())
        return fill(QCoreApplication.translate(CONTEXT, template), values)
    return str(error)


def parts_translated(parts: Iterable[tuple[str, Sequence[object]]]) -> str:
    """A text stored in parts (a deadline's explanation, a timeline note: see
    ``domain/messages.py``), each part translated and then filled in; a text typed by a person
    or written before parts existed (one part, no values, not in the catalogue) shows as it was
    stored."""
    return "".join(
        fill(QCoreApplication.translate(CONTEXT, template), [_shown(v) for v in values])
        for template, values in parts
    )


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _shown(value: object) -> object:
    """A value as the window shows it: a date (stored as ISO 2026-02-17) in the interface
    language's format (17/02/2026)."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:  # shaped like a date but not one: show it as stored
            return value
    return value

"""Showing messages that come from below the UI in the chosen language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.messages import CONTEXT, fill, shown_value

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
        fill(QCoreApplication.translate(CONTEXT, template), [shown_value(v) for v in values])
        for template, values in parts
    )

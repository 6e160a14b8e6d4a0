"""Showing messages that come from below the UI in the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.messages import CONTEXT, fill


def message_text(error: BaseException) -> str:
    """The error's message, translated when it carries a template (``domain/messages.py``)."""
    template = getattr(error, "template", None)
    if isinstance(template, str) and template:
        values = getattr(error, "values", ())
        return fill(QCoreApplication.translate(CONTEXT, template), values)
    return str(error)

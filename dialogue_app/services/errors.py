"""Errors a service raises for a person to read: what is wrong and how to fix it.

Write the message as a translatable template, values as ``%1``, ``%2``…::

    raise ServiceError(QT_TRANSLATE_NOOP("Messages", "There is no conference %1."), conference_id)
    raise ValidationError(
        QT_TRANSLATE_NOOP("Messages", "“%1” is not an e-mail address."), "email", email
    )

``str(error)`` is the English text; the window shows it translated (``ui/messages.py``).
"""

from __future__ import annotations

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP, UserMessage

__all__ = [
    "QT_TRANSLATE_NOOP",
    "ConcurrentEdit",
    "NotFound",
    "ServiceError",
    "ValidationError",
]


class ServiceError(UserMessage):
    """A refusal or failure explained in words a secretary understands."""


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    """Input that cannot be saved; ``field`` names the part of the form (or file column);
    the values for the template's ``%1``, ``%2``… follow it."""

    def __init__(self, message: str, field: str | None = None, *values: object) -> None:
        super().__init__(message, *values)
        self.field = field


class ConcurrentEdit(ServiceError):
    """Somebody else saved the same record meanwhile."""

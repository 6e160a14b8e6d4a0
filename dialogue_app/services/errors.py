"""Errors a service raises for a person to read: what is wrong and how to fix it."""

from __future__ import annotations


class ServiceError(Exception):
    """A refusal or failure explained in words a secretary understands."""


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    """Input that cannot be saved; ``field`` names the part of the form (or file column)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConcurrentEdit(ServiceError):
    """Somebody else saved the same record meanwhile."""

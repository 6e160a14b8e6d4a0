"""Staff accounts, roles and the audit log (DESIGN.md §8)."""

from dialogue_app.services.accounts.permissions import (
    PermissionDenied,
    Permissions,
    database_role,
    require,
    role_of,
)
from dialogue_app.services.accounts.service import SQLITE_HAS_ONE_USER, Account, AccountService

__all__ = [
    "SQLITE_HAS_ONE_USER",
    "Account",
    "AccountService",
    "PermissionDenied",
    "Permissions",
    "database_role",
    "require",
    "role_of",
]

"""Staff accounts, roles and the audit log (DESIGN.md §8)."""

from dialogue_app.services.accounts.audit import (
    AuditFilter,
    AuditRow,
    AuditService,
    record_read,
)
from dialogue_app.services.accounts.permissions import (
    PermissionDenied,
    Permissions,
    database_role,
    require,
    role_of,
    signed_in_login,
)
from dialogue_app.services.accounts.service import SQLITE_HAS_ONE_USER, Account, AccountService

__all__ = [
    "SQLITE_HAS_ONE_USER",
    "Account",
    "AccountService",
    "AuditFilter",
    "AuditRow",
    "AuditService",
    "PermissionDenied",
    "Permissions",
    "database_role",
    "record_read",
    "require",
    "role_of",
    "signed_in_login",
]

"""Staff accounts, roles and the audit log (DESIGN.md §8)."""

from dialogue_app.services.accounts.audit import (
    AuditFilter,
    AuditRow,
    AuditService,
    record_action,
    record_read,
)
from dialogue_app.services.accounts.permissions import (
    DatabaseRefused,
    PermissionDenied,
    Permissions,
    database_role,
    require,
    role_of,
    signed_in_login,
)
from dialogue_app.services.accounts.service import SQLITE_HAS_ONE_USER, Account, AccountService
from dialogue_app.services.accounts.sign_in import (
    Server,
    SignInRefused,
    keyring_available,
    needs_sign_in,
    remember_password,
    saved_password,
    sign_in,
)

__all__ = [
    "SQLITE_HAS_ONE_USER",
    "Account",
    "AccountService",
    "AuditFilter",
    "AuditRow",
    "AuditService",
    "DatabaseRefused",
    "PermissionDenied",
    "Server",
    "SignInRefused",
    "Permissions",
    "database_role",
    "keyring_available",
    "needs_sign_in",
    "record_action",
    "record_read",
    "remember_password",
    "require",
    "role_of",
    "saved_password",
    "sign_in",
    "signed_in_login",
]

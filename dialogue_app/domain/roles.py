"""Who may do what (DESIGN.md §8): four roles, each a set of permissions, as data.

The services ask ``permits(role, permission)`` before they act (``services/accounts``); the
window asks the same question to show only what a role may do; PostgreSQL enforces the same
split a second time with its own group roles (``dialogue_admin`` …), GRANTs and row-level
security, so that an edited file or ``psql`` cannot bypass it.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # accounts, settings, deadline rules (and the records)
    HEAD = "head"  # everything, including denunciators' identities
    CLERK = "clerk"  # records and documents; never a denunciator's identity, attachments, notes
    VIEWER = "viewer"  # read and report

    @property
    def group_role(self) -> str:
        """The PostgreSQL group role whose members hold this role."""
        return GROUP_ROLE_PREFIX + self.value


GROUP_ROLE_PREFIX = "dialogue_"


class Permission(StrEnum):
    READ = "read"  # lists, details, reports, calendars
    EDIT_RECORDS = "edit_records"  # conferences, cases, citizens, follow-ups, documents
    VIEW_DENUNCIATORS = "view_denunciators"  # identity, attachments and notes of denunciations
    EDIT_SETTINGS = "edit_settings"  # the office profile, registers, working-day calendar
    EDIT_RULES = "edit_rules"  # the statutory deadline rules
    MANAGE_ACCOUNTS = "manage_accounts"  # staff accounts and their roles
    VIEW_AUDIT = "view_audit"  # the audit log
    BACKUP = "backup"  # backup and restore


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.HEAD: _ALL,
    Role.ADMIN: _ALL - {Permission.VIEW_DENUNCIATORS},
    Role.CLERK: frozenset({Permission.READ, Permission.EDIT_RECORDS}),
    Role.VIEWER: frozenset({Permission.READ}),
}


def permits(role: Role | None, permission: Permission) -> bool:
    """Whether ``role`` (None: a user without a role, who may do nothing) holds ``permission``."""
    return role is not None and permission in ROLE_PERMISSIONS[role]


# A PostgreSQL login role for a staff member: lower-case letters, digits and underscores,
# starting with a letter; never a name PostgreSQL or the app's group roles use.
_LOGIN = re.compile(r"[a-z][a-z0-9_]{1,62}")
_RESERVED_PREFIXES = ("pg_", GROUP_ROLE_PREFIX)
_RESERVED = frozenset({"postgres", "public", "none", "current_user", "session_user"})
MIN_PASSWORD_LENGTH = 10


def valid_login(login: str) -> bool:
    """Whether ``login`` may name a staff account (see ``_LOGIN``)."""
    return (
        _LOGIN.fullmatch(login) is not None
        and not login.startswith(_RESERVED_PREFIXES)
        and login not in _RESERVED
    )

"""Who the user is and what their role lets them do (DESIGN.md §8).

A user's role is their row of the users table (``User.role``; a disabled account has none).
Without a row: in SQLite mode the OS account is the one user and administers its own desk
(every permission except seeing denunciators, which needs a head's row); in PostgreSQL mode the
login's membership of the group roles decides (a superuser or the database's owner, the IT
staff who set it up, administers it).

Services call ``Permissions.require`` before they act; the window calls ``allows`` to show only
what the role may do. PostgreSQL refuses the same things again (``store/security.py``).
"""

from __future__ import annotations

import re

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from dialogue_app.domain.roles import Permission, Role, permits
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.store.models import User
from dialogue_app.store.security import SETTINGS_TABLES
from dialogue_app.store.unit_of_work import UnitOfWork

_REFUSALS: dict[Permission, str] = {
    Permission.READ: QT_TRANSLATE_NOOP(
        "Messages", "Your account is disabled or has no role. Ask an administrator."
    ),
    Permission.EDIT_RECORDS: QT_TRANSLATE_NOOP(
        "Messages",
        "Your role (%1) may read and report but not change records. Ask an administrator "
        "for the clerk role.",
    ),
    Permission.VIEW_DENUNCIATORS: QT_TRANSLATE_NOOP(
        "Messages",
        "Your role (%1) may not see who made a denunciation, nor its attachments and notes "
        "(Law on Denunciations 2018). Only a head may.",
    ),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP(
        "Messages", "Your role (%1) may not change the settings. Ask an administrator."
    ),
    Permission.EDIT_RULES: QT_TRANSLATE_NOOP(
        "Messages", "Your role (%1) may not change the deadline rules. Ask an administrator."
    ),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP(
        "Messages", "Your role (%1) may not manage staff accounts. Ask an administrator."
    ),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP(
        "Messages", "Your role (%1) may not read the audit log. Ask an administrator."
    ),
    Permission.BACKUP: QT_TRANSLATE_NOOP(
        "Messages", "Your role (%1) may not back up or restore the database."
    ),
}
NO_ROLE = QT_TRANSLATE_NOOP("Messages", "none")


class PermissionDenied(ServiceError):
    """The user's role does not allow the action; nothing was done."""

    def __init__(self, permission: Permission, role: Role | None) -> None:
        template = _REFUSALS[permission] if role is not None else _REFUSALS[Permission.READ]
        super().__init__(template, role.value if role is not None else NO_ROLE)
        self.permission = permission
        self.role = role


# built once: it is asked in every read that applies the denunciator rule (each keystroke of a
# search), where building the statement cost more than running it
_ROLE_OF_LOGIN = select(User.role, User.active).where(User.login == bindparam("login"))


def role_of(session: Session, user_name: str | None) -> Role | None:
    """The role of ``user_name`` (see the module's docstring); None: may do nothing.

    On PostgreSQL a staff login is who it is, whatever name the caller gives (a name comes from
    ``LOGNAME``, which anyone can set): only the database's owner or a superuser, who can
    bypass everything anyway, may act under the name it is given (the IT staff's scripts)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres and not _is_owner(session):
        user_name = session.scalar(text("SELECT current_user"))
    if user_name:
        row = session.execute(_ROLE_OF_LOGIN, {"login": user_name}).first()
        if row is not None:
            return Role(row.role) if row.active else None
    if not postgres:
        return Role.ADMIN
    return database_role(session)


def _is_owner(session: Session) -> bool:
    return bool(
        session.execute(
            text(
                "SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER') "
                "FROM pg_roles r, pg_database d "
                "WHERE r.rolname = current_user AND d.datname = current_database()"
            )
        ).scalar()
    )


def signed_in_login(session: Session) -> str | None:
    """The PostgreSQL login of this session; None for SQLite (the OS account is the user)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    login: str | None = session.scalar(text("SELECT current_user"))
    return login


def database_role(session: Session) -> Role | None:
    """The role the PostgreSQL login of this session holds by its group roles."""
    if _is_owner(session):
        return Role.ADMIN
    held = set(
        session.scalars(
            text(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'dialogue\\_%' "
                "AND pg_has_role(current_user, oid, 'MEMBER')"
            )
        )
    )
    for role in (Role.HEAD, Role.ADMIN, Role.CLERK, Role.VIEWER):
        if role.group_role in held:
            return role
    return None


class Permissions:
    """What the signed-in user may do; ``require`` refuses with a message that says why."""

    def __init__(self, uow: UnitOfWork, user_name: str | None) -> None:
        self._uow = uow
        self.user_name = user_name

    def role(self, session: Session | None = None) -> Role | None:
        if session is not None:
            return role_of(session, self.user_name)
        with self._uow.read() as own:
            return role_of(own, self.user_name)

    def allows(self, permission: Permission, session: Session | None = None) -> bool:
        return permits(self.role(session), permission)

    def require(self, permission: Permission, session: Session | None = None) -> None:
        """Raise ``PermissionDenied`` unless the user's role holds ``permission``."""
        role = self.role(session)
        if not permits(role, permission):
            raise PermissionDenied(permission, role)


# What PostgreSQL refused (SQLSTATE 42501, ``store/security.py``), said as the action the
# user's role may not do and whom to ask: the services refuse first, so this is met where a
# service has no check of its own or the database's rules are stricter.
_DATABASE_REFUSALS: dict[Permission, str] = {
    Permission.EDIT_RECORDS: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your role may read and report but not change records. "
        "Nothing was saved. Ask an administrator for the clerk role.",
    ),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your role may not change the office's settings, registers "
        "or working-day calendar. Nothing was saved. Ask an administrator.",
    ),
    Permission.EDIT_RULES: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your role may not change the deadline rules. Nothing was "
        "saved. Ask an administrator.",
    ),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your role may not manage staff accounts. Nothing was "
        "changed. Ask an administrator.",
    ),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your role may not read the audit log. Ask an administrator "
        "or the head of the office.",
    ),
    Permission.VIEW_DENUNCIATORS: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your role may not see or change what names a denunciator "
        "(Law on Denunciations 2018). Nothing was saved. Only a head of the office may.",
    ),
    Permission.READ: QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused this: your account may not do it (it may have been disabled or "
        "its role changed). Nothing was saved. Ask an administrator.",
    ),
}
_PERMISSION_OF_TABLE = {
    "deadline_rules": Permission.EDIT_RULES,
    "users": Permission.MANAGE_ACCOUNTS,
    "audit_log": Permission.VIEW_AUDIT,
}
_DENIED_TABLE = re.compile(r'permission denied for (?:table|relation|view) "?([a-z_0-9]+)')


class DatabaseRefused(ServiceError):
    """PostgreSQL refused the action for the user's role (SQLSTATE 42501); nothing was done."""

    def __init__(self, permission: Permission) -> None:
        super().__init__(_DATABASE_REFUSALS[permission])
        self.permission = permission


def database_refusal(message: str) -> DatabaseRefused:
    """PostgreSQL's "permission denied" (or row-level security's refusal) ``message`` as the
    action the role may not do (``services.errors`` turns SQLSTATE 42501 into this)."""
    text = message.lower()
    if "row-level security" in text:
        return DatabaseRefused(Permission.VIEW_DENUNCIATORS)
    if "create role" in text or "alter role" in text or "drop role" in text:
        return DatabaseRefused(Permission.MANAGE_ACCOUNTS)
    found = _DENIED_TABLE.search(text)
    if found is None:
        return DatabaseRefused(Permission.READ)
    table = found.group(1)
    if table in _PERMISSION_OF_TABLE:
        return DatabaseRefused(_PERMISSION_OF_TABLE[table])
    if table in SETTINGS_TABLES:
        return DatabaseRefused(Permission.EDIT_SETTINGS)
    return DatabaseRefused(Permission.EDIT_RECORDS)


def require(session: Session, user_name: str | None, permission: Permission) -> None:
    """``Permissions.require`` inside a unit of work the caller already opened."""
    role = role_of(session, user_name)
    if not permits(role, permission):
        raise PermissionDenied(permission, role)

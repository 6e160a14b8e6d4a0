"""Staff accounts (DESIGN.md §8): in PostgreSQL mode each one is a login role of the server,
member of the group role of its role, plus a row of the users table (full name, role, active).

Passwords never travel or rest in clear beyond the moment they are typed: the server receives
the SCRAM-SHA-256 verifier computed here by libpq (as ``psql``'s ``\\password`` does), so no
statement log of the server holds the password either. A SQLite database has one user, the OS
account, and no staff accounts to manage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from dialogue_app.domain.roles import MIN_PASSWORD_LENGTH, Permission, Role, valid_login
from dialogue_app.domain.text import clean
from dialogue_app.services.accounts.permissions import require
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError
from dialogue_app.store.models import AuditEntry, User
from dialogue_app.store.unit_of_work import UnitOfWork

SQLITE_HAS_ONE_USER = QT_TRANSLATE_NOOP(
    "Messages",
    "This database is a file on this computer: its one user is your computer account. Staff "
    "accounts need the office's shared PostgreSQL database.",
)


@dataclass(frozen=True)
class Account:
    """A staff account as the admin screen and ``users list`` show it."""

    login: str
    full_name: str
    role: Role
    active: bool


class AccountService:
    """Create, change and disable staff accounts; every change needs ``MANAGE_ACCOUNTS``."""

    def __init__(self, uow: UnitOfWork, user_name: str | None) -> None:
        self._uow = uow
        self.user_name = user_name

    def list(self) -> tuple[Account, ...]:
        with self._uow.read() as session:
            require(session, self.user_name, Permission.MANAGE_ACCOUNTS)
            return tuple(
                Account(u.login, u.full_name, Role(u.role), u.active)
                for u in session.scalars(select(User).order_by(User.login))
            )

    def add(self, login: str, role: Role, password: str, full_name: str = "") -> Account:
        """A new account that can sign in with ``password`` at once."""
        login = _checked_login(login)
        _check_password(password)
        with self._uow.begin() as session:
            self._may_manage(session)
            if session.scalar(select(User.id).where(User.login == login)) is not None or (
                _login_role_exists(session, login)
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There is already an account or database role “%1”."
                    ),
                    "login",
                    login,
                )
            session.execute(text(f"CREATE ROLE {_quoted(session, login)} LOGIN"))
            _set_password(session, login, password)
            _set_group(session, login, role)
            user = User(login=login, full_name=clean(full_name) or "", role=role, active=True)
            session.add(user)
            self._audit(session, "account_created", f"{login}: {role.value}")
            return Account(login, user.full_name, role, True)

    def set_role(self, login: str, role: Role) -> None:
        with self._uow.begin() as session:
            self._may_manage(session)
            user = _user(session, login)
            _keep_an_administrator(session, user, role, active=user.active)
            _set_group(session, user.login, role)
            user.role = role
            self._audit(session, "account_role_changed", f"{login}: {role.value}")

    def reset_password(self, login: str, password: str) -> None:
        _check_password(password)
        with self._uow.begin() as session:
            self._may_manage(session)
            user = _user(session, login)
            _set_password(session, user.login, password)
            self._audit(session, "account_password_reset", login)

    def disable(self, login: str) -> None:
        """The account can no longer sign in; its history keeps its name."""
        with self._uow.begin() as session:
            self._may_manage(session)
            user = _user(session, login)
            if user.login == self.user_name:
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "You cannot disable your own account. Ask another administrator.",
                    )
                )
            _keep_an_administrator(session, user, Role(user.role), active=False)
            session.execute(text(f"ALTER ROLE {_quoted(session, user.login)} NOLOGIN"))
            user.active = False
            self._audit(session, "account_disabled", login)

    def enable(self, login: str) -> None:
        with self._uow.begin() as session:
            self._may_manage(session)
            user = _user(session, login)
            session.execute(text(f"ALTER ROLE {_quoted(session, user.login)} LOGIN"))
            user.active = True
            self._audit(session, "account_enabled", login)

    # --- helpers ----------------------------------------------------------------------------

    def _may_manage(self, session: Session) -> None:
        require(session, self.user_name, Permission.MANAGE_ACCOUNTS)
        if session.get_bind().dialect.name != "postgresql":
            raise ServiceError(SQLITE_HAS_ONE_USER)

    def _audit(self, session: Session, action: str, detail: str) -> None:
        session.add(
            AuditEntry(user_name=self.user_name, action=action, entity="users", detail=detail)
        )


_MANAGERS = (Role.ADMIN, Role.HEAD)


def _keep_an_administrator(session: Session, user: User, role: Role, *, active: bool) -> None:
    """Refuse to take the office's last active admin or head away (by a new role or by
    disabling the account)."""
    if not (user.active and Role(user.role) in _MANAGERS) or (active and role in _MANAGERS):
        return
    others = session.scalar(
        select(User.id).where(
            User.id != user.id,
            User.active.is_(True),
            User.role.in_([r.value for r in _MANAGERS]),
        )
    )
    if others is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1” is the last active administrator or head: give another account that "
                "role first.",
            ),
            user.login,
        )


def _checked_login(login: str) -> str:
    login = (clean(login) or "").lower()
    if not valid_login(login):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“%1” cannot be a login name: use 2 to 63 lower-case letters without accents, "
                "digits or underscores, starting with a letter (not pg_ or dialogue_).",
            ),
            "login",
            login,
        )
    return login


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The password must have at least %1 characters."),
            "password",
            MIN_PASSWORD_LENGTH,
        )


def _user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == (clean(login) or "").lower()))
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "There is no account “%1”."), login)
    return user


def _driver(session: Session):  # type: ignore[no-untyped-def]  # psycopg's Connection
    return session.connection().connection.driver_connection


def _quoted(session: Session, login: str) -> str:
    from psycopg import sql

    return sql.Identifier(login).as_string(_driver(session))


def _login_role_exists(session: Session, login: str) -> bool:
    found = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
    return found is not None


def _set_password(session: Session, login: str, password: str) -> None:
    """Send the server the SCRAM verifier of ``password``, never the password itself."""
    from psycopg import sql

    driver = _driver(session)
    verifier = driver.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    )
    statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(verifier.decode("ascii"))
    )
    session.execute(text(statement.as_string(driver).replace(":", r"\:")))


def _set_group(session: Session, login: str, role: Role) -> None:
    """Make ``login`` a member of its role's group role only; admin and head may create roles
    (to manage accounts)."""
    quoted = _quoted(session, login)
    held: Sequence[str] = list(
        session.scalars(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"
            ),
            {"n": login},
        )
    )
    for group in (r.group_role for r in Role):
        if group in held and group != role.group_role:
            session.execute(text(f"REVOKE {group} FROM {quoted}"))
    if role.group_role not in held:
        session.execute(text(f"GRANT {role.group_role} TO {quoted}"))
    manages = role in (Role.ADMIN, Role.HEAD)
    session.execute(text(f"ALTER ROLE {quoted} {'CREATEROLE' if manages else 'NOCREATEROLE'}"))

"""Signing in to the shared PostgreSQL database as oneself (DESIGN.md §8).

The window asks for the login and password (``ui/accounts/sign_in.py``) and opens the database
with them; the password is kept only in the operating system's keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux), and only when the user asks for it,
never in a file. A SQLite database needs no sign-in: the OS account is its one user.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP
from dialogue_app.services.database import DatabaseError, DatabaseHandle, open_database

log = logging.getLogger(__name__)
KEYRING_SERVICE = "Dialogue Desk"

WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Messages", "The login name or the password is wrong. Check them and try again."
)
DISABLED = QT_TRANSLATE_NOOP(
    "Messages", "The account “%1” is disabled. Ask an administrator to enable it."
)


class SignInRefused(DatabaseError):
    """The server refused the login (wrong password, disabled account); nothing was opened."""


@dataclass(frozen=True)
class Server:
    """A PostgreSQL database as the sign-in dialog names it (never with a password)."""

    url: str  # without user and password

    @classmethod
    def of(cls, url: str) -> Server:
        return cls(make_url(url).set(username=None, password=None).render_as_string())

    @property
    def description(self) -> str:
        """server/database, as the status bar shows it."""
        from dialogue_app.store.database import describe

        return describe(self.url)

    @property
    def key(self) -> str:
        """The keyring entry's service name: one per server and database."""
        parsed = make_url(self.url)
        where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"
        return f"{KEYRING_SERVICE} {where}"


def needs_sign_in(url: str) -> bool:
    """A PostgreSQL address without a password asks who is signing in."""
    parsed = make_url(url)
    return parsed.get_backend_name() == "postgresql" and not parsed.password


def sign_in(url: str, login: str, password: str) -> DatabaseHandle:
    """Open the database as ``login``; ``SignInRefused`` says why the server refused."""
    parsed = make_url(url).set(username=login.strip(), password=password)
    try:
        return open_database(parsed.render_as_string(hide_password=False))
    except DatabaseError as error:
        text = " ".join(str(v) for v in error.values)
        if "password authentication failed" in text or (
            "role" in text and "does not exist" in text
        ):
            raise SignInRefused(WRONG_PASSWORD) from None
        if "not permitted to log in" in text:
            raise SignInRefused(DISABLED, login) from None
        raise


# --- the OS keyring --------------------------------------------------------------------------


def keyring_available() -> bool:
    """Whether this computer has a keyring to keep a password in."""
    try:
        import keyring

        return float(getattr(keyring.get_keyring(), "priority", 0)) > 0
    except Exception:  # noqa: BLE001 - no usable keyring: offer no "remember"
        return False


def saved_password(server: Server, login: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(server.key, login)
    except Exception:  # noqa: BLE001 - a locked or missing keyring: ask for the password
        log.warning("the keyring could not be read")
        return None


def remember_password(server: Server, login: str, password: str | None) -> None:
    """Keep ``password`` in the keyring, or forget the one kept (None)."""
    try:
        import keyring

        if password is None:
            if keyring.get_password(server.key, login) is not None:
                keyring.delete_password(server.key, login)
        else:
            keyring.set_password(server.key, login, password)
    except Exception:  # noqa: BLE001 - the keyring refused: the sign-in still counts
        log.warning("the keyring could not be written")

"""Passwords of the office's mail and calendar servers, in the operating system's password store.

Windows Credential Manager, the macOS Keychain or the Secret Service on Linux, through
``keyring``. A computer without such a store is told so plainly: the password is then not
kept anywhere (never in the database, a settings file or a log); the command line can take it
from an environment variable for one run instead.
"""

from __future__ import annotations

import contextlib

from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError

SERVICE = "dialogue-app"

NO_STORE = QT_TRANSLATE_NOOP(
    "Messages",
    "This computer has no password store (such as Windows Credential Manager or the macOS "
    "Keychain), so the password cannot be kept safely and was not saved. Install or unlock a "
    "password store, or give the password each time (on the command line: --password-env).",
)


def smtp_key(host: str, user: str) -> str:
    return f"smtp:{user}@{host}"


def caldav_key(url: str, user: str) -> str:
    return f"caldav:{user}@{url}"


def subscription_key(subscription_id: int) -> str:
    return f"subscription:{subscription_id}"


def available() -> bool:
    """True when a real password store is there (not keyring's failing or null stand-ins)."""
    import keyring  # loaded on first use: it looks for its backends when imported
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return any(not isinstance(b, fail.Keyring | null.Keyring) for b in chained)
    return not isinstance(backend, fail.Keyring | null.Keyring)


def store(key: str, password: str) -> None:
    """Keep ``password`` under ``key``; refuses, changing nothing, without a password store."""
    import keyring
    import keyring.errors

    if not available():
        raise ValidationError(NO_STORE, "password")
    try:
        keyring.set_password(SERVICE, key, password)
    except keyring.errors.KeyringError as error:
        raise ValidationError(NO_STORE, "password") from error


def read(key: str) -> str | None:
    """The password kept under ``key``, or None (none kept, or no password store)."""
    import keyring
    import keyring.errors

    if not available():
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except keyring.errors.KeyringError:
        return None


def forget(key: str) -> None:
    import keyring
    import keyring.errors

    if not available():
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # nothing was kept
        keyring.delete_password(SERVICE, key)

"""Real Radicale and SMTP servers and an in-memory password store for these tests."""

from calendar_servers import (  # noqa: F401 (fixtures)
    memory_keyring,
    no_keyring,
    own_radicale,
    radicale,
    smtp_server,
)

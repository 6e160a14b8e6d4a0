"""Real servers for the calendar and mail tests: Radicale (CalDAV) and aiosmtpd (SMTP) on
127.0.0.1, and an in-memory password store (a ``keyring`` backend installed in-process).

Import the fixtures into a test module: ``from calendar_servers import radicale, ...  # noqa``.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.backend
import pytest

USER = "clerk"
PASSWORD = "mật khẩu 2026"  # non-ASCII on purpose: Basic auth must carry it


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Radicale:
    """A Radicale server in its own process, with one account (``USER``/``PASSWORD``)."""

    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/{USER}/"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        config = self.folder / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\ndelay = 0\n"
            f"[storage]\nfilesystem_folder = {self.folder / 'data'}\n"
            "[logging]\nlevel = warning\n",
            encoding="utf-8",
        )
        with (self.folder / "radicale.log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Radicale did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def new_calendar(self) -> str:
        """A new, empty calendar collection; its URL."""
        import caldav

        url = f"{self.base}{uuid.uuid4().hex}/"
        client = caldav.DAVClient(url, username=USER, password=PASSWORD, timeout=10)
        answer = client.request(url, "MKCALENDAR", "")
        assert answer.status == 201, answer.status
        return url


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A server of the test's own, which the test may stop and start again."""
    server = Radicale(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A password store in memory, for the tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A computer without a password store (keyring's failing backend)."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@dataclass
class Mailbox:
    """What the SMTP server received: (envelope sender, recipients, message bytes)."""

    host: str
    port: int
    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    on_data: Callable[[], None] | None = None  # called as a message arrives, before "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that accepts one account, without TLS."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    box = Mailbox("127.0.0.1", 0)

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            box.messages.append(
                (envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content))
            )
            if box.on_data is not None:
                box.on_data()
            return "250 OK"

        async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
            if address.endswith("@refused.invalid"):
                return "550 no such user"
            envelope.rcpt_tos.append(address)
            return "250 OK"

    def authenticate(server, session, envelope, mechanism, data):
        if isinstance(data, LoginPassword):
            login, password = data.login.decode(), data.password.decode()
            box.logins.append((login, password))
            ok = login == "vanphong" and password == PASSWORD
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticate,
        auth_require_tls=False,  # the test server has no certificate; STARTTLS is checked apart
    )
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()

"""Writing files that are whole or absent, and long writes that report progress and can stop.

- ``atomic_writer``: write into a temporary file in the target folder, renamed over the target
  only when complete; on any error or cancellation the temporary file is removed, so an existing
  file is never half-overwritten and no fragment is left behind;
- ``CannotSave``: why a file could not be saved, in words a secretary understands (disk full,
  folder read-only or missing), instead of the operating system's ``OSError``;
- ``Steps``: a long job counts its steps through it; it passes the count to a plain
  ``progress(done, total)`` callback now and then and raises ``ExportCancelled`` as soon as
  ``cancelled()`` says so. No Qt here: the window turns the callback into signals.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from dialogue_app.services.errors import QT_TRANSLATE_NOOP, CannotSave, ServiceError

Progress = Callable[[int, int], None]  # (done, total); total 0: not known yet
Cancelled = Callable[[], bool]


class ExportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "The export was cancelled; the file was not written.")
        )


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``path`` only when the block completes.

    Raises ``CannotSave`` for a file-system error; any other exception (``ExportCancelled``)
    passes through. Either way nothing is left behind and an existing file stays as it was.
    """
    target = Path(path)
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = _create_temporary(target)
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise CannotSave.from_os_error(error, target) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _create_temporary(target: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside ``target``, open for writing.

    Created with mode 0666 less the user's umask, as ``open()`` creates a file, and not 0600 as
    ``tempfile.mkstemp`` would: an exported calendar or e-mail is for colleagues to open too
    (on a shared folder), like the PDF and the workbook."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        name = f".{target.name}.{secrets.token_hex(4)}.part"
        candidate = target.parent / name
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


def write_atomically(path: str | os.PathLike[str], content: bytes) -> Path:
    """Write ``content`` to ``path`` so that a reader never sees half a file."""
    with atomic_writer(path) as stream:
        stream.write(content)
    return Path(path)


class Steps:
    """Counts the steps of a long job; tells ``progress`` about every ``every``-th step (and the
    last), and raises ``ExportCancelled`` at the first step after ``cancelled()`` became true."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        every: int = 50,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._every = max(1, every)
        self.check()
        if progress is not None:
            progress(0, total)

    def check(self) -> None:
        """Stop here if the person asked to."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def __call__(self) -> None:
        self.check()
        self.done += 1
        if self._progress is not None and (self.done % self._every == 0 or self.done == self.total):
            self._progress(self.done, self.total)


__all__ = [
    "CannotSave",  # defined in errors.py, which must not import this module
    "Cancelled",
    "ExportCancelled",
    "Progress",
    "Steps",
    "atomic_writer",
    "write_atomically",
]

"""Saving over the version the person opened (issue 15: no edit lost).

A record two staff can edit carries a ``version`` (``store/models.py``: the mapper's
``version_id_col``). A save gives the version its form opened; when somebody else saved
meanwhile, the save is refused with ``EditConflict`` carrying what they saved, whether the
difference is seen before writing (``check_version``) or by the database at the UPDATE itself
(the row's version moved on between the read and the write: ``stale_as_conflict``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from dialogue_app.services.errors import EditConflict


def check_version(current: int, expected: int | None, theirs: Callable[[], object]) -> None:
    """Refuse with what is saved (``theirs()``) unless ``expected`` is None (no check: a new
    record, a script) or the version the row still has."""
    if expected is not None and current != expected:
        raise EditConflict(theirs())


@contextmanager
def stale_as_conflict(read_theirs: Callable[[], object]) -> Iterator[None]:
    """Around a unit of work: the UPDATE found the row's version moved on (somebody saved
    between our read and our write), so refuse with what they saved, read afresh."""
    try:
        yield
    except StaleDataError as error:
        raise EditConflict(read_theirs()) from error


__all__ = ["check_version", "stale_as_conflict"]

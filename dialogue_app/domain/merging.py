"""Two people saved the same record: what each changed, and the record that keeps both.

A three-way comparison of frozen dataclasses: ``base`` (what the second person opened),
``mine`` (what they want to save) and ``theirs`` (what the first person saved meanwhile).
A field only one side changed is not a conflict; a field both changed to different values
is. ``merge`` takes every field from the side that changed it and, for a conflict, the side
the person chose (theirs unless told otherwise), so nothing either of them typed is lost
without being shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

# bookkeeping fields, never compared nor merged
NOT_COMPARED = frozenset({"id", "version"})


@dataclass(frozen=True)
class FieldChange:
    """One field of the record in the three versions."""

    name: str
    base: Any
    mine: Any
    theirs: Any

    @property
    def mine_changed(self) -> bool:
        return bool(self.mine != self.base)

    @property
    def theirs_changed(self) -> bool:
        return bool(self.theirs != self.base)

    @property
    def conflict(self) -> bool:
        """Both changed it, to different values."""
        return self.mine_changed and self.theirs_changed and self.mine != self.theirs

    @property
    def differs(self) -> bool:
        """Mine and theirs differ (what the person must see)."""
        return bool(self.mine != self.theirs)


def compare(base: T, mine: T, theirs: T, fields: Iterable[str] | None = None) -> list[FieldChange]:
    """The fields (default: every dataclass field but ``id`` and ``version``) in the three
    versions, in the dataclass's order."""
    names = (
        list(fields)
        if fields is not None
        else [f.name for f in dataclasses.fields(mine) if f.name not in NOT_COMPARED]  # type: ignore[arg-type]
    )
    return [
        FieldChange(name, getattr(base, name), getattr(mine, name), getattr(theirs, name))
        for name in names
    ]


def merge(base: T, mine: T, theirs: T, keep_mine: Collection[str] = ()) -> T:
    """``theirs`` with every field only I changed taken from ``mine``, and the conflicting
    fields named in ``keep_mine`` too. Its ``version`` is theirs (the one now saved)."""
    mine_fields = {
        change.name: change.mine
        for change in compare(base, mine, theirs)
        if change.mine_changed and (not change.conflict or change.name in keep_mine)
    }
    return dataclasses.replace(theirs, **mine_fields)  # type: ignore[type-var]


def keep_mine_over(mine: T, theirs: T) -> T:
    """Mine as typed, to be saved over their version."""
    if any(f.name == "version" for f in dataclasses.fields(mine)):  # type: ignore[arg-type]
        return dataclasses.replace(mine, version=theirs.version)  # type: ignore[type-var,attr-defined]
    return mine

"""Administrative units with history (DESIGN §3): which unit stands for another on a given day.

A unit merged away keeps its own record (``valid_to``: its last day; ``successor``: the unit that
took it over), so a case keeps the commune of its time. On a day after the merger the unit is
represented by its successor, followed as far as it goes (a commune merged in 2019 and again in
2025 is represented today by the 2025 commune). The one rule, used by the forms and reports
(a row per commune as it stands at the period's end, never the same commune twice) and by new
cases (a petition received after the merger is recorded under the successor).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class UnitHistory:
    """What the rule needs of a unit: its last day (None: it still exists) and its successor."""

    id: int
    valid_to: date | None = None
    successor_id: int | None = None


def successor_on(units: Mapping[int, UnitHistory], unit_id: int, day: date) -> int:
    """The unit that stands for ``unit_id`` on ``day``: the unit itself while it existed, else
    its successor as of that day (followed further while that one too had ceased to exist).
    A unit without a successor stays itself; a loop in the records stops where it closes."""
    current = unit_id
    seen = {current}
    while True:
        unit = units.get(current)
        if unit is None or unit.successor_id is None:
            return current
        if unit.valid_to is not None and unit.valid_to >= day:
            return current  # it still existed that day
        if unit.successor_id in seen:
            return current
        current = unit.successor_id
        seen.add(current)


def successors_on(units: Iterable[UnitHistory], day: date) -> dict[int, int]:
    """Every unit that another stands for on ``day``: ``{old id: successor id}`` (units that
    stand for themselves are left out, so the result is small and empty before any merger)."""
    by_id = {u.id: u for u in units}
    found = {}
    for unit in by_id.values():
        if unit.successor_id is None:
            continue
        successor = successor_on(by_id, unit.id, day)
        if successor != unit.id:
            found[unit.id] = successor
    return found


class Successors(Mapping[int, int]):
    """``successors_on`` worked out only for the units asked about (a nation has thousands of
    merged communes; a form asks about the few hundred it has rows for): ``get(unit)`` is the
    unit standing for it, iteration lists every unit standing for another."""

    def __init__(self, units: Iterable[UnitHistory], day: date) -> None:
        self._units = {u.id: u for u in units}
        self._day = day
        self._found: dict[int, int] = {}
        self._all: dict[int, int] | None = None

    def __getitem__(self, unit_id: int) -> int:
        found = self._found.get(unit_id)
        if found is None:
            found = self._found[unit_id] = successor_on(self._units, unit_id, self._day)
        if found == unit_id:
            raise KeyError(unit_id)
        return found

    def _every(self) -> dict[int, int]:
        if self._all is None:
            self._all = successors_on(self._units.values(), self._day)
        return self._all

    def __iter__(self) -> Iterator[int]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())


__all__ = ["Successors", "UnitHistory", "successor_on", "successors_on"]

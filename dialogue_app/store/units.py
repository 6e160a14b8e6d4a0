"""Store helpers for administrative units: their history, read once for the successor rule of
``domain/units.py`` (which unit stands for a merged-away one on a day), and what lies within a
unit (the place filter of the case list and the unit a report is limited to)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from dialogue_app.domain.units import Successors, UnitHistory, successor_on
from dialogue_app.store.models import AdminUnit


def unit_histories(session: Session) -> list[UnitHistory]:
    """The units that were merged into another (only those matter to the rule)."""
    rows = session.connection().execute(
        select(AdminUnit.id, AdminUnit.valid_to, AdminUnit.successor_id).where(
            AdminUnit.successor_id.is_not(None)
        )
    )
    return [UnitHistory(*row) for row in rows.all()]


def merged_units_on(session: Session, day: date) -> Successors:
    """``{unit id: the unit that stands for it on day}`` for every unit merged away by then
    (worked out for the units asked about)."""
    return Successors(unit_histories(session), day)


def unit_on(session: Session, unit_id: int | None, day: date) -> int | None:
    """The unit a record made on ``day`` belongs to: ``unit_id``, or its successor when the
    unit had been merged away by then (a petition about "Xã Thạch Xuân" received after the
    2025 merger is recorded under the commune that took it over)."""
    if unit_id is None:
        return None
    histories = {u.id: u for u in unit_histories(session)}
    return successor_on(histories, unit_id, day)


def units_within(unit_ids: Iterable[int]) -> Select[Any]:
    """The ids of ``unit_ids``, of every unit below them at any time (a district's communes, a
    province's districts and theirs) and of every unit merged into them, and so on: the records
    "of" a unit. One recursive query, shared by the case list and the reports, so that a figure
    and the list behind it count a unit alike (a district's cases are its communes' cases; the
    cases of a commune merged away in 2025 count in the commune that took it over)."""
    start = select(AdminUnit.id).where(AdminUnit.id.in_(sorted(set(unit_ids))))
    scope = start.cte("unit_scope", recursive=True)
    below = aliased(AdminUnit, name="below")
    scope = scope.union(
        select(below.id).where(or_(below.parent_id == scope.c.id, below.successor_id == scope.c.id))
    )
    return select(scope.c.id)


def units_of(session: Session, unit_id: int) -> frozenset[int]:
    """``units_within`` one unit, read."""
    return frozenset(session.scalars(units_within((unit_id,))))


__all__ = ["merged_units_on", "unit_histories", "unit_on", "units_of", "units_within"]

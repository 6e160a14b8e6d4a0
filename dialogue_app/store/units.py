"""Store helpers for administrative units: their history, read once for the successor rule of
``domain/units.py`` (which unit stands for a merged-away one on a day)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

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


__all__ = ["merged_units_on", "unit_histories", "unit_on"]

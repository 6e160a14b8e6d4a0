"""The office's registers that every feature picks from: leaders (officials), venues, agencies,
administrative units and fields. One :class:`Choice` for every pick list.

Features record *what happened* (a conference, a case); these tables say *who and where*. They
live here, not in one feature, so that the conference form, the case form, the filters and the
reports read them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from dialogue_app.domain.roles import Permission
from dialogue_app.domain.text import clean, fold
from dialogue_app.services.accounts import require
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import AdminUnit, Agency, CaseField, Official, Venue
from dialogue_app.store.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)  # slots: thousands of units in a filter's list
class Choice:
    """An item of a pick list: a leader, venue, agency, unit, field or conference."""

    id: int
    name: str
    detail: str = ""  # a leader's position, a venue's address, an agency's short name
    capacity: int | None = None  # a venue's seats


@dataclass(frozen=True)
class Choices:
    """The conference form's pick lists, read together."""

    officials: tuple[Choice, ...]
    venues: tuple[Choice, ...]
    agencies: tuple[Choice, ...]
    units: tuple[Choice, ...]


# --- queries (each takes the caller's session: one unit of work per user action) ---------------


def officials(session: Session) -> tuple[Choice, ...]:
    """Active leaders, by name."""
    query = select(Official).where(Official.active).order_by(Official.full_name, Official.id)
    return tuple(Choice(o.id, o.full_name, o.position or "") for o in session.scalars(query))


def venues(session: Session) -> tuple[Choice, ...]:
    query = select(Venue).where(Venue.active).order_by(Venue.name, Venue.id)
    return tuple(Choice(v.id, v.name, v.address or "", v.capacity) for v in session.scalars(query))


def agencies(session: Session) -> tuple[Choice, ...]:
    """Active agencies, in the order of their names ignoring diacritics."""
    query = select(Agency).where(Agency.active.is_(True)).order_by(Agency.search_key, Agency.id)
    return tuple(Choice(a.id, a.name, a.short_name or "") for a in session.scalars(query))


def current_units(session: Session) -> tuple[Choice, ...]:
    """Administrative units that still exist (not abolished or merged away)."""
    query = (
        select(AdminUnit.id, AdminUnit.name)
        .where(AdminUnit.valid_to.is_(None))
        .order_by(AdminUnit.search_key, AdminUnit.id)
    )
    return tuple(Choice(i, n) for i, n in session.execute(query))


def communes(session: Session, on: date | None = None) -> tuple[Choice, ...]:
    """Administrative units a record can belong to. With ``on``: the units that existed that
    day and had no unit below them then (the communes and wards of that day: after the 2025
    reform the new communes, not the abolished districts or merged communes); without it:
    every unit (for filtering ten years of records)."""
    query = select(AdminUnit.id, AdminUnit.name).order_by(AdminUnit.search_key, AdminUnit.id)
    if on is not None:
        child = aliased(AdminUnit)

        def existed(unit: Any) -> ColumnElement[bool]:
            return and_(
                or_(unit.valid_from.is_(None), unit.valid_from <= on),
                or_(unit.valid_to.is_(None), unit.valid_to >= on),
            )

        has_child = exists().where(child.parent_id == AdminUnit.id, existed(child))
        query = query.where(existed(AdminUnit), ~has_child)
    return tuple(Choice(i, n) for i, n in session.execute(query))


def fields(session: Session) -> tuple[Choice, ...]:
    """Fields (lĩnh vực) of petitions: land, site clearance, resettlement…"""
    query = select(CaseField.id, CaseField.name).order_by(CaseField.search_key, CaseField.id)
    return tuple(Choice(i, n) for i, n in session.execute(query))


def find_or_create_field(session: Session, name: str) -> tuple[CaseField, bool]:
    """The field named ``name`` ignoring case and diacritics, created if new; and whether new."""
    key = fold(name)
    row = session.scalars(select(CaseField).where(CaseField.search_key == key)).first()
    if row is not None:
        return row, False
    row = CaseField(name=clean(name) or name, search_key=key)
    session.add(row)
    session.flush()
    return row, True


# --- the service the window and the command line call ------------------------------------------


def _name_of(text: str | None, message: str, field: str, limit: int) -> str:
    """The cleaned name, refused when empty or too long (``message``: what to enter)."""
    name = clean(text) or ""
    if not name:
        raise ValidationError(message, field)
    if len(name) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The name is too long (%1 characters at most); shorten it."
            ),
            field,
            limit,
        )
    return name


class RegisterService:
    """Pick lists for the forms and filters; adding a field, an agency, a venue or a leader
    from the form that needs it (issue 18)."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self._uow = uow
        self._user_name = user_name  # whose role may add to the registers (clerks may)

    def planning_choices(self) -> Choices:
        """Active leaders, venues, agencies and current units, for the conference form."""
        with self._uow.read() as session:
            return Choices(
                officials(session), venues(session), agencies(session), current_units(session)
            )

    def agencies(self) -> tuple[Choice, ...]:
        with self._uow.read() as session:
            return agencies(session)

    def current_units(self) -> tuple[Choice, ...]:
        with self._uow.read() as session:
            return current_units(session)

    def communes(self, on: date | None = None) -> tuple[Choice, ...]:
        with self._uow.read() as session:
            return communes(session, on)

    def fields(self) -> tuple[Choice, ...]:
        with self._uow.read() as session:
            return fields(session)

    def add_field(self, name: str) -> Choice:
        """The field named ``name`` (matched ignoring case and diacritics), created if new."""
        if not clean(name):
            raise ValidationError(QT_TRANSLATE_NOOP("Messages", "Enter the field's name."), "field")
        with self._uow.begin() as session:
            row, _ = find_or_create_field(session, name)
            return Choice(row.id, row.name)

    def add_agency(
        self, name: str, short_name: str | None = None, email: str | None = None
    ) -> Choice:
        """A new agency, or the active one of that name (ignoring case and diacritics)."""
        text = _name_of(
            name, QT_TRANSLATE_NOOP("Messages", "Enter the agency's name."), "name", 300
        )
        key = fold(text)
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            query = select(Agency).where(Agency.search_key == key, Agency.active.is_(True))
            row = session.scalars(query).first()
            if row is None:
                row = Agency(
                    name=text,
                    short_name=clean(short_name),
                    email=clean(email),
                    active=True,
                    search_key=key,
                )
                session.add(row)
                session.flush()
            return Choice(row.id, row.name, row.short_name or "")

    def add_venue(
        self, name: str, address: str | None = None, capacity: int | None = None
    ) -> Choice:
        """A new venue, or the active one of that name (ignoring case and diacritics)."""
        text = _name_of(name, QT_TRANSLATE_NOOP("Messages", "Enter the venue's name."), "name", 300)
        if capacity is not None and capacity < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The number of seats cannot be negative."),
                "capacity",
            )
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            for row in session.scalars(select(Venue).where(Venue.active)):
                if fold(row.name) == fold(text):
                    return Choice(row.id, row.name, row.address or "", row.capacity)
            venue = Venue(name=text, address=clean(address), capacity=capacity or None)
            session.add(venue)
            session.flush()
            return Choice(venue.id, venue.name, venue.address or "", venue.capacity)

    def add_official(
        self, full_name: str, position: str | None = None, email: str | None = None
    ) -> Choice:
        """A new leader, or the active one of that name and position."""
        text = _name_of(
            full_name, QT_TRANSLATE_NOOP("Messages", "Enter the leader's full name."), "name", 200
        )
        title = clean(position) or ""
        key = fold(text)
        with self._uow.begin() as session:
            require(session, self._user_name, Permission.EDIT_RECORDS)
            query = select(Official).where(Official.search_key == key, Official.active)
            for row in session.scalars(query):
                if fold(row.position) == fold(title):
                    return Choice(row.id, row.full_name, row.position or "")
            official = Official(
                full_name=text, position=title, email=clean(email), active=True, search_key=key
            )
            session.add(official)
            session.flush()
            return Choice(official.id, official.full_name, official.position or "")

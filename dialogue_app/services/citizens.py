"""The citizen register: find a citizen as you type, and recognise a person already registered.

One rule (``match_key``) decides whether a typed person is someone the register already knows:
the same national ID number (CCCD); without one, the same name (folded: case, diacritics, đ) in
the same commune. A name alone is never enough: namesakes are common. Case registration, the
case import and conferences all go through ``match_key`` and ``registered``, so one person
stays one citizen and repeat petitions from the same person are found.

A denunciator's identity is confidential (Law on Denunciations 2018): the picker's search shows
no case types at all, and a user without the permission does not find a citizen known to the
office only as a denunciator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import CaseType, is_valid_national_id
from dialogue_app.domain.text import clean, fold
from dialogue_app.services import case_index
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import AdminUnit, Case, CaseCitizen, Citizen, User
from dialogue_app.store.unit_of_work import UnitOfWork

CHUNK = 500  # values per IN (...) list
SEARCH_LIMIT = 20

GONE = QT_TRANSLATE_NOOP(
    "Messages", "A citizen chosen was removed from the register meanwhile; choose them again."
)


@dataclass(frozen=True)
class CitizenInput:
    """A person of a case or a conference: chosen from the register (``citizen_id``, used as
    is) or typed (name, optionally ID number, address, phone and commune)."""

    full_name: str
    national_id: str | None = None
    address: str | None = None
    phone: str | None = None
    is_representative: bool = False
    citizen_id: int | None = None
    commune_id: int | None = None  # where the person lives; default: the case's commune


@dataclass(frozen=True)
class CitizenChoice:
    """A registered citizen as a picker shows it: enough to tell namesakes apart."""

    id: int
    full_name: str
    national_id: str | None  # partly masked (``masked_national_id``)
    commune_id: int | None
    commune: str | None
    address: str | None


class MatchKey(NamedTuple):
    """What identifies a typed person in the register (see ``match_key``)."""

    national_id: str | None
    folded_name: str | None
    commune_id: int | None


def match_key(
    full_name: str | None, national_id: str | None, commune_id: int | None
) -> MatchKey | None:
    """The key a typed person is recognised by: the ID number; without one, the folded name
    in the commune; None when neither is known (a name alone: never merged)."""
    number = clean(national_id)
    if number:
        return MatchKey(number, None, None)
    name = fold(full_name)
    if name and commune_id is not None:
        return MatchKey(None, name, commune_id)
    return None


def registered(session: Session, keys: Iterable[MatchKey]) -> dict[MatchKey, int]:
    """The registered citizen (id) of each key that has one. Among namesakes registered in
    the same commune without a distinguishing ID number, the earliest registered is taken."""
    wanted = set(keys)
    found: dict[MatchKey, int] = {}
    numbers = sorted({k.national_id for k in wanted if k.national_id})
    for start in range(0, len(numbers), CHUNK):
        chunk = numbers[start : start + CHUNK]
        for citizen_id, number in session.execute(
            select(Citizen.id, Citizen.national_id).where(Citizen.national_id.in_(chunk))
        ):
            found[MatchKey(number, None, None)] = citizen_id
    named = sorted(
        {(k.folded_name, k.commune_id) for k in wanted if k.folded_name},
        key=lambda pair: (pair[0] or "", pair[1] or 0),
    )
    for start in range(0, len(named), CHUNK):
        chunk = named[start : start + CHUNK]
        query = (
            select(Citizen.id, Citizen.search_key, Citizen.unit_id)
            .where(
                Citizen.search_key.in_({name for name, _ in chunk}),
                Citizen.unit_id.in_({commune for _, commune in chunk}),
            )
            .order_by(Citizen.id)
        )
        for citizen_id, name, commune in session.execute(query):
            key = MatchKey(None, name, commune)
            if key in wanted:
                found.setdefault(key, citizen_id)
    return found


def check_national_id(person: CitizenInput) -> None:
    """Refuse a typed ID number that is not 12 digits (as the case register does)."""
    number = clean(person.national_id)
    if number and not is_valid_national_id(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The ID number “%1” of %2 must be exactly 12 digits."),
            "national_id",
            number,
            clean(person.full_name) or "",
        )


def find_or_create_citizen(
    session: Session, person: CitizenInput, commune_id: int | None = None
) -> Citizen:
    """The citizen ``person`` is: the one chosen (``citizen_id``); else the registered one
    ``match_key`` recognises (address, phone and a missing commune are filled in from what was
    typed); else a new citizen. ``commune_id``: the commune when the person gives none."""
    if person.citizen_id is not None:
        chosen = session.get(Citizen, person.citizen_id)
        if chosen is None:
            raise ValidationError(GONE, "citizens")
        return chosen
    commune = person.commune_id if person.commune_id is not None else commune_id
    key = match_key(person.full_name, person.national_id, commune)
    if key is not None:
        found = registered(session, [key]).get(key)
        if found is not None:
            citizen = session.get(Citizen, found)
            assert citizen is not None
            if clean(person.address):
                citizen.address = clean(person.address)
            if clean(person.phone):
                citizen.phone = clean(person.phone)
            if citizen.unit_id is None and commune is not None:
                citizen.unit_id = commune
            return citizen
    name = clean(person.full_name) or ""
    citizen = Citizen(
        full_name=name,
        national_id=clean(person.national_id),
        address=clean(person.address),
        phone=clean(person.phone),
        unit_id=commune,
        search_key=fold(name),
    )
    session.add(citizen)
    session.flush()  # the next person of the same unit of work finds this one
    return citizen


def may_view_denunciators(session: Session, user_name: str | None) -> bool:
    """Whether ``user_name`` holds the permission to see who made a denunciation."""
    if not user_name:
        return False
    allowed = session.scalar(
        select(User.can_view_denunciators).where(User.login == user_name, User.active.is_(True))
    )
    return bool(allowed)


def masked_national_id(number: str | None) -> str | None:
    """An ID number shown in part (first 3 digits: the province; last 3): ``040••••••789``."""
    if not number:
        return None
    if len(number) <= 6:
        return "•" * len(number)
    return number[:3] + "•" * (len(number) - 6) + number[-3:]


def _only_denunciator() -> ColumnElement[bool]:
    """SQL: the citizen appears in denunciations and in no other case."""

    def linked(condition: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists(
            select(CaseCitizen.id)
            .join(Case, Case.id == CaseCitizen.case_id)
            .where(CaseCitizen.citizen_id == Citizen.id, condition)
        )

    denounced = linked(Case.case_type == CaseType.DENUNCIATION.value)
    other = linked(Case.case_type != CaseType.DENUNCIATION.value)
    return and_(denounced, ~other)


def _word_condition(word: str) -> ColumnElement[bool]:
    # a word of the name starts with the typed word; digits may also begin the ID number
    name = or_(Citizen.search_key.like(f"{word}%"), Citizen.search_key.like(f"% {word}%"))
    if word.isdigit():
        return or_(Citizen.national_id.like(f"{word}%"), name)
    return name


class CitizenService:
    """Searching the citizen register for the pickers of the conference forms."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self._uow = uow
        self.user_name = user_name

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> tuple[CitizenChoice, ...]:
        """Registered citizens matching every typed word (a prefix of a word of the name,
        ignoring case and diacritics, or of the ID number), by name."""
        typed = list(dict.fromkeys(case_index.words(text)))
        if not typed:
            return ()
        with self._uow.read() as session:
            query = (
                select(
                    Citizen.id,
                    Citizen.full_name,
                    Citizen.national_id,
                    Citizen.unit_id,
                    AdminUnit.name,
                    Citizen.address,
                )
                .outerjoin(AdminUnit, AdminUnit.id == Citizen.unit_id)
                .where(*(_word_condition(word) for word in typed))
                .order_by(Citizen.search_key, Citizen.id)
                .limit(limit)
            )
            if not may_view_denunciators(session, self.user_name):
                query = query.where(~_only_denunciator())
            return tuple(
                CitizenChoice(i, name, masked_national_id(number), unit_id, unit, address)
                for i, name, number, unit_id, unit, address in session.execute(query)
            )

    def get(self, citizen_ids: Sequence[int]) -> tuple[CitizenChoice, ...]:
        """These citizens as the picker shows them, in the order asked (missing ones left out)."""
        if not citizen_ids:
            return ()
        with self._uow.read() as session:
            rows = {
                i: CitizenChoice(i, name, masked_national_id(number), unit_id, unit, address)
                for i, name, number, unit_id, unit, address in session.execute(
                    select(
                        Citizen.id,
                        Citizen.full_name,
                        Citizen.national_id,
                        Citizen.unit_id,
                        AdminUnit.name,
                        Citizen.address,
                    )
                    .outerjoin(AdminUnit, AdminUnit.id == Citizen.unit_id)
                    .where(Citizen.id.in_(list(citizen_ids)))
                )
            }
        return tuple(rows[i] for i in citizen_ids if i in rows)

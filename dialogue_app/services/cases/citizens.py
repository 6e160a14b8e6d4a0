"""The citizen register: find a citizen as you type, and recognise a person already registered.

One rule (``match_key``) decides whether a typed person is someone the register already knows:
the same national ID number (CCCD), and nothing else. A name is never enough, not even in the
same commune: namesakes are common, and merging two people would let the cases of one show the
ID number and phone of the other (a denunciator's among them). Case registration, the case
import and conferences all go through ``match_key`` and ``registered``; a person typed without
an ID number is a new citizen (pick them from the register to reuse them).

Repeat petitions (DESIGN §3: the same ID number, or the same name and commune, in the same
field) are found by the case register and the import as links between cases
(``cases._repeats``), never by merging citizens.

A denunciator's identity is confidential (Law on Denunciations 2018): the picker's search shows
no case types at all, and a user without the permission does not find a citizen known to the
office only as a denunciator.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    and_,
    bindparam,
    delete,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import CaseType, is_valid_national_id
from dialogue_app.domain.roles import Permission, permits
from dialogue_app.domain.text import clean, fold
from dialogue_app.services.cases import search_index
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.bulk import insert_values, one_of
from dialogue_app.store.models import (
    AdminUnit,
    Case,
    CaseCitizen,
    Citizen,
    CitizenSearchTerm,
)
from dialogue_app.store.unit_of_work import UnitOfWork

CHUNK = 500  # values per IN (...) list
SEARCH_LIMIT = 20
# How a search finds its page (``_candidates``): a typed word with fewer entries in the words
# table than SELECTIVE drives it; else a word with at most FEW_TERMS distinct terms.
SELECTIVE = 20_000
FEW_TERMS = 16

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


def match_key(national_id: str | None) -> str | None:
    """The key a typed person is recognised by in the register: their national ID number, when
    it is a valid one (12 digits); None otherwise. A name is never a key, even within a commune:
    namesakes are common ("Nguyễn Văn Hùng" lives many times in one commune), and merging two
    people would show one's cases, ID number and phone through the other's."""
    number = clean(national_id)
    if number and is_valid_national_id(number):
        return number
    return None


def registered(session: Session, numbers: Iterable[str]) -> dict[str, int]:
    """The registered citizen (id) of each ID number (``match_key``) that has one."""
    wanted = sorted(set(numbers))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = (
            select(Citizen.id, Citizen.national_id)
            .where(one_of(session, Citizen.national_id, chunk))
            .order_by(Citizen.id)
        )
        for citizen_id, number in session.execute(query):
            if number is not None:  # always: the query matched it
                found.setdefault(number, citizen_id)
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
    """The citizen ``person`` is: the one chosen (``citizen_id``); else the registered one with
    the same ID number (``match_key``); else a new citizen, even when a namesake lives in the
    same commune. ``commune_id``: the commune when the person gives none.

    A citizen found by the ID number is the same person: what the register lacks (address,
    phone, commune) is filled in from what was typed, what it holds is never replaced (a typed
    entry is not a correction of the register; two typed spellings must not make it flip)."""
    if person.citizen_id is not None:
        chosen = session.get(Citizen, person.citizen_id)
        if chosen is None:
            raise ValidationError(GONE, "citizens")
        return chosen
    commune = person.commune_id if person.commune_id is not None else commune_id
    number = match_key(person.national_id)
    if number is not None:
        found = registered(session, [number]).get(number)
        if found is not None:
            citizen = session.get(Citizen, found)
            assert citizen is not None
            if not citizen.address and clean(person.address):
                citizen.address = clean(person.address)
            if not citizen.phone and clean(person.phone):
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
    index_citizens(session, [(citizen.id, citizen.full_name, citizen.national_id)])
    return citizen


def citizen_terms(full_name: str | None, national_id: str | None) -> set[tuple[str, str]]:
    """(term, folded name) rows of a citizen in the words table: each word of the name, and
    the ID number."""
    name = fold(full_name)
    return {
        (word, name) for word in search_index.folded_words(name) + search_index.words(national_id)
    }


def index_citizens(
    session: Session, citizens: Iterable[tuple[int, str | None, str | None]]
) -> None:
    """(Re)write the search terms of these citizens: (id, full name, ID number) each. Every
    writer of a citizen's name or ID number calls this (the picker's search reads only it)."""
    rows: list[tuple[str, str, int]] = []
    ids: list[int] = []
    for citizen_id, full_name, national_id in citizens:
        ids.append(citizen_id)
        rows.extend(
            (term, name, citizen_id) for term, name in citizen_terms(full_name, national_id)
        )
    for start in range(0, len(ids), CHUNK):
        session.execute(
            delete(CitizenSearchTerm).where(
                one_of(session, CitizenSearchTerm.citizen_id, ids[start : start + CHUNK])
            )
        )
    # plain strings and ids, as the driver takes them: no dict or value processing per row
    insert_values(session, CitizenSearchTerm.__table__, ("term", "name", "citizen_id"), rows)


def may_view_denunciators(session: Session, user_name: str | None) -> bool:
    """Whether ``user_name`` holds the permission to see who made a denunciation (their role,
    ``services/accounts``)."""
    from dialogue_app.services.accounts import role_of

    return permits(role_of(session, user_name), Permission.VIEW_DENUNCIATORS)


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


def _upper(word: str) -> str:
    """The first word after every word starting with ``word``: words are [a-z0-9]+, so every
    word starting with ``word`` sorts below ``word`` with its last character incremented, under
    any collation of [a-z0-9]."""
    return word[:-1] + chr(ord(word[-1]) + 1)


# The statements asked for every keystroke, built once: building a statement costs more Python
# than SQLite takes to answer it. (ruff's SIM300 takes a column compared with a parameter for a
# "Yoda condition": it is SQL, in SQL's order.)
_TERM = CitizenSearchTerm.term
_ENTRIES = select(func.count()).select_from(
    select(literal(1))
    .select_from(CitizenSearchTerm)
    .where(_TERM >= bindparam("low"), _TERM < bindparam("high"))  # noqa: SIM300
    .limit(bindparam("bound"))
    .subquery()
)
_FIRST_TERM = select(func.min(_TERM)).where(
    _TERM >= bindparam("low"),  # noqa: SIM300
    _TERM < bindparam("high"),  # noqa: SIM300
)
# only these two bounds: with ">= word" too, SQLite scans from ``word``
_NEXT_TERM = select(func.min(_TERM)).where(
    _TERM > bindparam("low"),  # noqa: SIM300
    _TERM < bindparam("high"),  # noqa: SIM300
)


def _entries(session: Connection, word: str, bound: int) -> int:
    """How many entries of the words table start with ``word``, counted up to ``bound``."""
    values = {"low": word, "high": _upper(word), "bound": bound}
    return session.scalar(_ENTRIES, values) or 0


def _terms_of(session: Connection, word: str, most: int) -> list[str] | None:
    """The distinct terms starting with ``word`` (one index seek each), or None when there are
    more than ``most``."""
    found: list[str] = []
    upper = _upper(word)
    while len(found) <= most:
        if found:
            term = session.scalar(_NEXT_TERM, {"low": found[-1], "high": upper})
        else:
            term = session.scalar(_FIRST_TERM, {"low": word, "high": upper})
        if term is None:
            return found
        found.append(term)
    return None


def _matching(
    name: SQLColumnExpression[str],
    citizen_id: SQLColumnExpression[int],
    digits: Sequence[bool],
    national_id: SQLColumnExpression[str | None] | None = None,
) -> list[ColumnElement[bool]]:
    """SQL: the citizen (``name``, ``citizen_id``; ``national_id`` when the row at hand has
    it) matches each of the other typed words, given as parameters (``_word_values``): word
    ``i`` starts a word of the name (``w{i}a``, ``w{i}b``), or, when ``digits[i]`` (an ID
    number), the citizen's ID number (``w{i}a``, or its terms from ``w{i}lo`` to ``w{i}hi``)."""
    conditions = []
    for i, digit in enumerate(digits):
        starts = bindparam(f"w{i}a", type_=String())
        inside = bindparam(f"w{i}b", type_=String())
        condition = or_(name.like(starts), name.like(inside))
        if digit:  # an ID number: a term of the citizen's own, not in the name
            number = (
                national_id.like(starts)
                if national_id is not None
                else exists(
                    select(CitizenSearchTerm.citizen_id).where(
                        CitizenSearchTerm.citizen_id == citizen_id,
                        _TERM >= bindparam(f"w{i}lo"),  # noqa: SIM300
                        _TERM < bindparam(f"w{i}hi"),  # noqa: SIM300
                    )
                )
            )
            condition = or_(condition, number)
        conditions.append(condition)
    return conditions


def _word_values(others: Sequence[str]) -> dict[str, str]:
    """The parameters of ``_matching`` for the words ``others``."""
    values = {}
    for i, word in enumerate(others):
        values[f"w{i}a"], values[f"w{i}b"] = f"{word}%", f"% {word}%"
        if word.isdigit():
            values[f"w{i}lo"], values[f"w{i}hi"] = word, _upper(word)
    return values


@cache
def _page_query(plan: int, digits: tuple[bool, ...], paging: bool) -> Select[str, int]:
    """The page statement of a plan of ``_candidates`` (1: one word's range of the words table,
    ``low``/``high``; 2: one term, ``term``; 3: the register's names) for other words of these
    kinds, after ``after_name``/``after_id`` when ``paging``, ``limit`` rows; built once per
    shape, as the picker asks for one at every keystroke."""
    terms = CitizenSearchTerm
    name: SQLColumnExpression[str]
    citizen_id: SQLColumnExpression[int]
    if plan == 3:
        name, citizen_id = Citizen.search_key, Citizen.id
        query = select(name, citizen_id).where(
            *_matching(name, citizen_id, digits, Citizen.national_id)
        )
    else:
        name, citizen_id = terms.name, terms.citizen_id
        if plan == 1:
            found = [_TERM >= bindparam("low"), _TERM < bindparam("high")]  # noqa: SIM300
        else:
            found = [_TERM == bindparam("term")]  # noqa: SIM300
        query = select(name, citizen_id).where(*found, *_matching(name, citizen_id, digits))
        if plan == 1:
            query = query.distinct()  # a citizen with two words starting so ("ho": Hoàng Hoa)
    if paging:
        after_name = bindparam("after_name", type_=String())
        after_id = bindparam("after_id", type_=Integer())
        query = query.where(or_(name > after_name, and_(name == after_name, citizen_id > after_id)))
    return query.order_by(name, citizen_id).limit(bindparam("limit"))


def _page(
    session: Connection,
    plan: int,
    others: Sequence[str],
    values: Mapping[str, object],
    after: tuple[str, int] | None,
    limit: int,
) -> list[tuple[str, int]]:
    query = _page_query(plan, tuple(w.isdigit() for w in others), after is not None)
    bound = {**values, **_word_values(others), "limit": limit}
    if after is not None:
        bound["after_name"], bound["after_id"] = after
    return [(n, i) for n, i in session.execute(query, bound).all()]  # one fetchall


def _candidates(
    session: Connection, typed: Sequence[str], after: tuple[str, int] | None, limit: int
) -> list[tuple[str, int]]:
    """The next ``limit`` citizens (folded name, id) matching every typed word, in name order
    after ``after``; read from the words table, whose entries hold the names (no row of the
    register is read), by the first of these plans that applies:

    1. a selective word (under ``SELECTIVE`` entries): its entries, tested and sorted;
    2. a common word of a few distinct terms ("nguy": nguyen): each term's entries in name
       order (the index's), tested until a page is full, merged;
    3. otherwise (short prefixes: "n", "04"): the register's name index, walked and tested;
       such words are spread over the whole alphabet, a page fills quickly.
    """
    rarest, fewest = None, SELECTIVE
    by_length = sorted(typed, key=len, reverse=True)  # longer words: likely rarer, count first
    for word in by_length:
        count = _entries(session, word, fewest)
        if count == 0:
            return []
        if count < fewest:
            rarest, fewest = word, count
    if rarest is not None:
        others = [w for w in typed if w != rarest]
        bounds = {"low": rarest, "high": _upper(rarest)}
        return _page(session, 1, others, bounds, after, limit)
    for word in by_length:
        found = _terms_of(session, word, FEW_TERMS)
        if found is None:
            continue
        others = [w for w in typed if w != word]
        merged: set[tuple[str, int]] = set()
        for term in found:
            merged.update(_page(session, 2, others, {"term": term}, after, limit))
        return sorted(merged)[:limit]
    return _page(session, 3, typed, {}, after, limit)


class CitizenService:
    """Searching the citizen register for the pickers of the conference forms."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None) -> None:
        self._uow = uow
        self.user_name = user_name

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> tuple[CitizenChoice, ...]:
        """Registered citizens matching every typed word (a prefix of a word of the name,
        ignoring case and diacritics, or of the ID number), by name; a user without the
        permission does not find citizens known only as denunciators."""
        typed = list(dict.fromkeys(search_index.words(text)))
        if not typed:
            return ()
        with self._uow.read() as session:
            hide_denunciators = not may_view_denunciators(session, self.user_name)
            # Core statements on the session's connection: the ORM adds nothing to these rows
            connection = session.connection()
            chosen: list[int] = []
            after: tuple[str, int] | None = None
            while len(chosen) < limit:
                batch = _candidates(connection, typed, after, 2 * limit)
                if not batch:
                    break
                after = batch[-1]
                ids = [citizen_id for _, citizen_id in batch]
                if hide_denunciators:
                    hidden = set(connection.scalars(_only_denunciators(), {"ids": ids}))
                    ids = [i for i in ids if i not in hidden]
                chosen.extend(ids[: limit - len(chosen)])
                if len(batch) < 2 * limit:
                    break
            return _choices(connection, chosen) if chosen else ()

    def get(self, citizen_ids: Sequence[int]) -> tuple[CitizenChoice, ...]:
        """These citizens as the picker shows them, in the order asked (missing ones left out,
        and, for a user without the permission, those known only as denunciators)."""
        if not citizen_ids:
            return ()
        with self._uow.read() as session:
            if not may_view_denunciators(session, self.user_name):
                hidden = set(session.scalars(_only_denunciators(), {"ids": list(citizen_ids)}))
                citizen_ids = [i for i in citizen_ids if i not in hidden]
            return _choices(session.connection(), citizen_ids)


@cache
def _only_denunciators() -> Select[int]:
    """Of the citizens ``ids`` (a parameter), those known only as denunciators; built once."""
    return select(Citizen.id).where(
        Citizen.id.in_(bindparam("ids", expanding=True)), _only_denunciator()
    )


@cache
def _choices_query() -> Select[int, str, str | None, int | None, str, str | None]:
    """The citizens ``ids`` (a parameter) as the picker shows them; built once, as the picker
    asks for it every keystroke."""
    return (
        select(
            Citizen.id,
            Citizen.full_name,
            Citizen.national_id,
            Citizen.unit_id,
            AdminUnit.name,
            Citizen.address,
        )
        .outerjoin(AdminUnit, AdminUnit.id == Citizen.unit_id)
        .where(Citizen.id.in_(bindparam("ids", expanding=True)))
    )


def _choices(session: Connection, citizen_ids: Sequence[int]) -> tuple[CitizenChoice, ...]:
    rows = {
        i: CitizenChoice(i, name, masked_national_id(number), unit_id, unit, address)
        for i, name, number, unit_id, unit, address in session.execute(
            _choices_query(), {"ids": list(citizen_ids)}
        ).all()
    }
    return tuple(rows[i] for i in citizen_ids if i in rows)

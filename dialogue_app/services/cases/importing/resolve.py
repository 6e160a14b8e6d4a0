"""Matching an import's rows with the register: communes, agencies and fields by name (ignoring
case and diacritics; created when not found), citizens (the register's match_key), rows already
imported or twice in the file, case numbers already used, and the earlier cases a row repeats."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import (
    REPEATABLE_STATUSES,
    CaseType,
)
from dialogue_app.domain.text import (
    fold,
)
from dialogue_app.services.cases.citizens import index_citizens, match_key, registered
from dialogue_app.services.cases.importing.parse import ParsedRow
from dialogue_app.services.cases.importing.results import (
    CHUNK,
    MAX_PROBLEMS,
    ImportProblem,
    in_cell,
    in_file,
    in_row,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP
from dialogue_app.store.bulk import insert_returning_ids, one_of
from dialogue_app.store.models import (
    AdminLevel,
    AdminUnit,
    Case,
    CaseCitizen,
    Citizen,
)


def resolve_named(
    session: Session, model: Any, names: set[str]
) -> tuple[dict[str, int], list[str]]:
    """Folded name → id for agencies or fields; the missing ones are created."""
    existing: dict[str, int] = {}
    for row_id, key in session.execute(select(model.id, model.search_key)):
        existing.setdefault(key, row_id)
    created: list[str] = []
    for name in _spellings(names):
        key = fold(name)
        if key in existing:
            continue
        row = model(name=name, search_key=key)
        session.add(row)
        session.flush()
        existing[key] = row.id
        created.append(name)
    return existing, created


def _spellings(names: set[str]) -> list[str]:
    """One spelling per folded name, preferring the one written with diacritics."""
    best: dict[str, str] = {}
    for name in sorted(names):
        key = fold(name)
        accents = sum(not ch.isascii() for ch in name)
        if key not in best or accents > sum(not ch.isascii() for ch in best[key]):
            best[key] = name
    return sorted(best.values(), key=fold)


def resolve_units(session: Session, names: set[str]) -> tuple[dict[str, int], list[str]]:
    existing: dict[str, int] = {}
    # current units first, so a name shared with a unit abolished in a merger maps to today's
    query = select(AdminUnit.id, AdminUnit.search_key, AdminUnit.name).order_by(
        AdminUnit.valid_to.is_not(None), AdminUnit.id
    )
    for row_id, key, name in session.execute(query):
        existing.setdefault(key or fold(name), row_id)
    missing = [n for n in _spellings(names) if fold(n) not in existing]
    if not missing:
        return existing, []
    level_id = _commune_level(session)
    for name in missing:
        unit = AdminUnit(name=name, level_id=level_id, search_key=fold(name))
        session.add(unit)
        session.flush()
        existing[fold(name)] = unit.id
    return existing, missing


def _commune_level(session: Session) -> int:
    """The lowest tier in the office's own list of levels (a commune), created if none exists."""
    level_id = session.scalar(select(AdminLevel.id).order_by(AdminLevel.rank.desc()).limit(1))
    if level_id is not None:
        return level_id
    level = AdminLevel(code="commune", name="Xã, phường", rank=2)
    session.add(level)
    session.flush()
    return level.id


def resolve_citizens(
    session: Session,
    rows: list[ParsedRow],
    communes: dict[str, int],
    fold_name: Callable[[str], str] = fold,
) -> tuple[list[int], int, set[int]]:
    """A citizen id per row: the registered citizen with the same ID number
    (``citizens.match_key``), the one an earlier row of the file with that number creates,
    else a new one: a person without an ID number is never taken for a namesake, even one of
    the same commune. Registered citizens are left as they are. Also: how many citizens are
    new, and the ids of those registered before (the only ones with earlier cases)."""
    keys = [match_key(row.national_id) for row in rows]
    known = registered(session, [key for key in keys if key is not None])
    new_rows: list[dict[str, Any]] = []
    new_index: list[int] = []
    pending: dict[str, int] = {}
    result: list[int | None] = []
    for row, key in zip(rows, keys, strict=True):
        if key is not None and key in known:
            result.append(known[key])
            continue
        if key is not None and key in pending:
            result.append(None)
            new_index.append(pending[key])
            continue
        position = len(new_rows)
        if key is not None:
            pending[key] = position
        new_rows.append(
            {
                "full_name": row.citizen_name,
                "national_id": row.national_id,
                "address": row.address,
                "unit_id": communes.get(fold_name(row.commune)) if row.commune else None,
                "search_key": fold_name(row.citizen_name),
            }
        )
        result.append(None)
        new_index.append(position)
    new_ids: list[int] = []
    for start in range(0, len(new_rows), CHUNK):
        new_ids.extend(
            insert_returning_ids(session, Citizen.__table__, new_rows[start : start + CHUNK])
        )
    index_citizens(
        session,
        [
            (i, row["full_name"], row["national_id"])
            for i, row in zip(new_ids, new_rows, strict=True)
        ],
    )
    pointer = iter(new_index)
    final = [value if value is not None else new_ids[next(pointer)] for value in result]
    return final, len(new_rows), set(known.values())


# the same case: received the same day, of the same type, with the same (folded) summary, from
# the same person: the same ID number, else the same folded name in the same commune. A person
# with neither (a name alone) is not checked: namesakes are common, two such rows are two cases
_Person = tuple[str | None, str | None, int | None]


# without the summary, which is folded only where the rest matches (folding every summary of a
# large file would cost more than the check itself)
_Coarse = tuple[date, CaseType, _Person]


_ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1: this row was already imported as case %2 (received on %3, same citizen, type and "
    "summary); remove it from the file.",
)


_TWICE_IN_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1 is the same case as row %2 (same received date, citizen, type and summary); remove "
    "one of them from the file.",
)


_MANY_ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "Messages",
    "%1 of the %2 rows are already in the register: this file, or part of it, was imported "
    "before. Remove those rows from the file.",
)


_NUMBER_USED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: case number %3 is already used by case %4 in the register; change it or "
    "leave it empty.",
)


_NUMBER_TWICE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: case number %3 is also on row %4; each case has its own number.",
)


def _person(
    name: str | None,
    national_id: str | None,
    commune_id: int | None,
    fold_name: Callable[[str], str] = fold,
) -> _Person:
    if national_id:
        return (national_id, None, None)
    return (None, fold_name(name) if name else "", commune_id)


def _coarse(
    row: ParsedRow, communes: dict[str, int], fold_name: Callable[[str], str] = fold
) -> _Coarse | None:
    """The row's key for the duplicate check; None for a person known by a name alone (no ID
    number, no commune): not checked."""
    commune_id = communes.get(fold_name(row.commune)) if row.commune else None
    if not row.national_id and commune_id is None:
        return None
    person = _person(row.citizen_name, row.national_id, commune_id, fold_name)
    return (row.received_on, row.case_type, person)


def _case_ref(case_id: int, number: str | None) -> str:
    return f"{number} (#{case_id})" if number else f"#{case_id}"


def duplicates(
    session: Session,
    rows: list[ParsedRow],
    communes: dict[str, int],
    fold_name: Callable[[str], str] = fold,
) -> list[ImportProblem]:
    """The rows that are a case already in the register or an earlier row of the file, and
    the case numbers already used (one query per batch of rows, not one per row).
    ``fold_name``: ``fold``, or the same remembered for the file."""
    problems: list[ImportProblem] = []
    coarse = [_coarse(row, communes, fold_name) for row in rows]
    # in the file: rows alike but for the summary, then the same folded summary
    alike: dict[_Coarse, list[ParsedRow]] = {}
    for row, key in zip(rows, coarse, strict=True):
        if key is not None:
            alike.setdefault(key, []).append(row)
    for group in alike.values():
        if len(group) < 2:
            continue
        first_row: dict[str, int] = {}
        for row in group:
            summary = fold(row.summary)
            if summary in first_row:
                problems.append(in_row(row.line, _TWICE_IN_FILE, first_row[summary]))
            else:
                first_row[summary] = row.line
    first_number: dict[str, int] = {}
    for row in rows:
        if row.number:
            if row.number in first_number:
                problems.append(
                    in_cell(row.line, "number", _NUMBER_TWICE, row.number, first_number[row.number])
                )
            else:
                first_number[row.number] = row.line
    in_register: list[ImportProblem] = []
    for start in range(0, len(rows), CHUNK):
        batch = rows[start : start + CHUNK]
        keys = coarse[start : start + CHUNK]
        known = _registered_cases(session, [key for key in keys if key is not None])
        numbers = sorted({row.number for row in batch if row.number})
        used: dict[str | None, int] = {}
        if numbers:
            query = select(Case.number, Case.id).where(one_of(session, Case.number, numbers))
            used = {number: case_id for number, case_id in session.execute(query)}
        for row, key in zip(batch, keys, strict=True):
            same = known[key].get(fold(row.summary)) if key is not None and key in known else None
            if same is not None:
                case_id, number = same
                in_register.append(
                    in_row(
                        row.line,
                        _ALREADY_IMPORTED,
                        _case_ref(case_id, number),
                        row.received_on.isoformat(),
                    )
                )
            elif row.number and row.number in used:
                problems.append(
                    in_cell(
                        row.line,
                        "number",
                        _NUMBER_USED,
                        row.number,
                        _case_ref(used[row.number], row.number),
                    )
                )
    if len(in_register) > 1:
        in_register.insert(0, in_file(_MANY_ALREADY_IMPORTED, len(in_register), len(rows)))
    found = in_register + sorted(problems, key=lambda p: p.row)
    return found[:MAX_PROBLEMS]


def _registered_cases(
    session: Session, keys: Sequence[_Coarse]
) -> dict[_Coarse, dict[str, tuple[int, str | None]]]:
    """The registered cases (folded summary → id, number) alike to each key: one query for a
    batch, narrowed by the days received and the people (ID numbers, folded names)."""
    days = {key[0] for key in keys}
    numbers = {key[2][0] for key in keys if key[2][0]}
    names = {key[2][1] for key in keys if key[2][1]}
    wanted = set(keys)
    query = (
        select(
            Case.id,
            Case.number,
            Case.received_on,
            Case.case_type,
            Case.summary,
            Case.commune_id,
            Citizen.national_id,
            Citizen.search_key,
            Citizen.unit_id,
        )
        .join(CaseCitizen, CaseCitizen.case_id == Case.id)
        .join(Citizen, Citizen.id == CaseCitizen.citizen_id)
        .where(
            one_of(session, Case.received_on, sorted(days)),
            or_(
                one_of(session, Citizen.national_id, sorted(numbers)),
                one_of(session, Citizen.search_key, sorted(names)),
            ),
        )
        .order_by(Case.id)
    )
    found: dict[_Coarse, dict[str, tuple[int, str | None]]] = {}
    for case_id, number, received, case_type, summary, commune, nid, name, unit in session.execute(
        query
    ):
        people: set[_Person] = {(None, name, commune), (None, name, unit)}
        if nid:
            people.add((nid, None, None))
        for person in people:
            key = (received, case_type, person)
            if key in wanted:
                found.setdefault(key, {}).setdefault(fold(summary), (case_id, number))
    return found


def existing_cases(
    session: Session, citizen_ids: set[int]
) -> dict[tuple[int | None, int | None, bool], int]:
    """(citizen, field, denunciation?) → the latest open or settled case already registered."""
    latest: dict[tuple[int | None, int | None, bool], int] = {}
    statuses = [s.value for s in REPEATABLE_STATUSES]
    ordered = sorted(citizen_ids)
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        query = (
            select(CaseCitizen.citizen_id, Case.field_id, Case.case_type, Case.id)
            .join(Case, Case.id == CaseCitizen.case_id)
            .where(
                one_of(session, CaseCitizen.citizen_id, chunk),
                Case.field_id.is_not(None),
                Case.status.in_(statuses),
            )
            .order_by(Case.received_on, Case.id)
        )
        for citizen_id, field_id, case_type, case_id in session.execute(query):
            latest[(citizen_id, field_id, case_type == CaseType.DENUNCIATION)] = case_id
    return latest


def existing_cases_by_name(
    session: Session, names: set[str]
) -> dict[tuple[str, int | None, int | None, bool], int]:
    """(folded citizen name, commune, field, denunciation?) → the latest open or settled case:
    the same person as DESIGN §3 counts one without an ID number (same name and commune), for a
    repeat link only (the citizens stay apart)."""
    latest: dict[tuple[str, int | None, int | None, bool], int] = {}
    statuses = [s.value for s in REPEATABLE_STATUSES]
    ordered = sorted(names)
    for start in range(0, len(ordered), CHUNK):
        query = (
            select(Citizen.search_key, Case.commune_id, Case.field_id, Case.case_type, Case.id)
            .join(CaseCitizen, CaseCitizen.citizen_id == Citizen.id)
            .join(Case, Case.id == CaseCitizen.case_id)
            .where(
                one_of(session, Citizen.search_key, ordered[start : start + CHUNK]),
                Case.field_id.is_not(None),
                Case.commune_id.is_not(None),
                Case.status.in_(statuses),
            )
            .order_by(Case.received_on, Case.id)
        )
        for name, commune_id, field_id, case_type, case_id in session.execute(query):
            latest[(name, commune_id, field_id, case_type == CaseType.DENUNCIATION)] = case_id
    return latest

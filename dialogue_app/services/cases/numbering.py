"""Giving a case its register number (``domain/case_numbers.py``) when it has none.

The year's counter lives in ``document_counters`` (series ``case-register``) and is taken with
the same upsert as documents' numbers, inside the registering transaction: two clerks saving at
once wait on the row and get consecutive numbers; a rollback frees the number. A number someone
typed by hand is skipped over, never given twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dialogue_app.domain.case_numbers import SERIES, register_number, sequence_in
from dialogue_app.domain.cases import CaseType
from dialogue_app.store.bulk import one_of
from dialogue_app.store.models import Case, DocumentCounter
from dialogue_app.store.upsert import upsert_into

_CHUNK = 500  # numbers checked per query (SQLite's bound-parameter limit is far above)


def _seed(session: Session, year: int, also: Iterable[str]) -> None:
    """Start a year's counter after the numbers of that year already written (typed by hand,
    imported, loaded by the demo; ``also``: about to be), so that the register goes on from the
    highest."""
    if session.get(DocumentCounter, (SERIES, year)) is not None:
        return
    stored = session.scalars(select(Case.number).where(Case.number.like(f"%-{year}")))
    written = [*stored, *also]
    last = max((s for s in (sequence_in(n, year) for n in written) if s is not None), default=0)
    values = {"series": SERIES, "year": year, "last": last}
    session.execute(upsert_into(session, DocumentCounter).values(**values).on_conflict_do_nothing())


def _take(session: Session, year: int, count: int, also: Iterable[str] = ()) -> range:
    """``count`` new sequences of ``year``'s register, in one statement."""
    _seed(session, year, also)
    columns = (DocumentCounter.series, DocumentCounter.year)
    upsert = upsert_into(session, DocumentCounter).values(series=SERIES, year=year, last=count)
    statement = upsert.on_conflict_do_update(
        index_elements=columns, set_={"last": DocumentCounter.last + count}
    )
    last = int(session.execute(statement.returning(DocumentCounter.last)).scalar_one())
    return range(last - count + 1, last + 1)


def _taken(session: Session, numbers: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(numbers), _CHUNK):
        chunk = list(numbers[start : start + _CHUNK])
        found.update(
            session.scalars(select(Case.number).where(one_of(session, Case.number, chunk)))
        )
    return found


def new_numbers(
    session: Session,
    wanted: Sequence[tuple[date, CaseType]],
    also_taken: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """Register numbers for new cases received on these days, of these types, in that order:
    each year's next ones, skipping numbers already given (in the database or ``also_taken``)."""
    by_year: dict[int, list[int]] = defaultdict(list)
    for position, (received_on, _type) in enumerate(wanted):
        by_year[received_on.year].append(position)
    result = [""] * len(wanted)
    for year, positions in by_year.items():
        pending = list(positions)
        while pending:
            sequences = _take(session, year, len(pending), also_taken)
            numbers = [
                register_number(seq, wanted[p][1], year)
                for seq, p in zip(sequences, pending, strict=True)
            ]
            used = _taken(session, numbers) | (set(numbers) & set(also_taken))
            left = []
            for position, number in zip(pending, numbers, strict=True):
                if number in used:
                    left.append(position)
                else:
                    result[position] = number
            pending = left
    return result


def number_case(session: Session, case: Case) -> None:
    """Give ``case`` the next number of its year's register if it has none."""
    if not case.number:
        case.number = new_numbers(session, [(case.received_on, case.case_type)])[0]


def number_cases(session: Session, case_ids: Sequence[int]) -> None:
    """Number the cases of ``case_ids`` that have none, in order of receipt."""
    rows = session.execute(
        select(Case.id, Case.received_on, Case.case_type)
        .where(Case.id.in_(list(case_ids)), Case.number.is_(None))
        .order_by(Case.received_on, Case.id)
    ).all()
    numbers = new_numbers(session, [(r.received_on, r.case_type) for r in rows])
    for row, number in zip(rows, numbers, strict=True):
        session.execute(update(Case).where(Case.id == row.id).values(number=number))


__all__ = ["new_numbers", "number_case", "number_cases"]

"""The search index of cases: folded words (``CaseSearchTerm``) and ``Case.search_key``.

Search as you type matches every typed word as the *prefix* of a word of the case (number,
citizens' names and ID numbers, summary), ignoring case and diacritics (đ → d). Prefix ranges over
an index stay fast at a million cases. A denunciator's name and ID number are indexed as
confidential: only a user allowed to see denunciators finds a case by them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from dialogue_app.domain.text import fold
from dialogue_app.store.models import CaseSearchTerm

_WORD = re.compile(r"[a-z0-9]+")
MAX_TERM = 64
# Below this many index entries, the rarest word drives the search; above, every typed word is
# common and walking the cases in list order finds a page of matches quickly.
SELECTIVE = 10_000


@dataclass(frozen=True)
class IndexedCitizen:
    full_name: str
    national_id: str | None
    confidential: bool


def words(text: str | None) -> list[str]:
    """The folded words of ``text`` (what is indexed and what a search is split into)."""
    return [w[:MAX_TERM] for w in _WORD.findall(fold(text))]


def case_terms(
    number: str | None, summary: str | None, citizens: Sequence[IndexedCitizen]
) -> dict[str, bool]:
    """term → confidential (a word also found in public text is not confidential)."""
    terms: dict[str, bool] = {}

    def add(text: str | None, confidential: bool) -> None:
        for word in words(text):
            terms[word] = terms.get(word, True) and confidential

    add(number, False)
    if number:
        joined = "".join(words(number))
        if joined:
            terms[joined[:MAX_TERM]] = False
    add(summary, False)
    for citizen in citizens:
        add(citizen.full_name, citizen.confidential)
        add(citizen.national_id, citizen.confidential)
    return terms


def search_key(number: str | None, summary: str | None, citizens: Sequence[IndexedCitizen]) -> str:
    """The folded text of a case (``Case.search_key``), public parts only."""
    parts = [number or ""]
    parts += [c.full_name + " " + (c.national_id or "") for c in citizens if not c.confidential]
    parts.append(summary or "")
    return fold(" ".join(parts))


def term_rows(case_id: int, terms: dict[str, bool]) -> list[dict[str, object]]:
    return [
        {"term": term, "case_id": case_id, "confidential": confidential}
        for term, confidential in terms.items()
    ]


def replace_terms(session: Session, case_id: int, terms: dict[str, bool]) -> None:
    session.execute(delete(CaseSearchTerm).where(CaseSearchTerm.case_id == case_id))
    rows = term_rows(case_id, terms)
    if rows:
        session.execute(insert(CaseSearchTerm), rows)


def _prefix_range(word: str) -> ColumnElement[bool]:
    # Words are [a-z0-9]+, so "the next string after every word starting with w" is w with its
    # last character incremented; index range scans work under any collation of [a-z0-9].
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    return and_(CaseSearchTerm.term >= word, CaseSearchTerm.term < upper)


def _term_filter(word: str, include_confidential: bool) -> ColumnElement[bool]:
    condition = _prefix_range(word)
    if not include_confidential:
        condition = and_(condition, CaseSearchTerm.confidential.is_(False))
    return condition


def search_conditions(
    session: Session,
    text: str,
    case_id_column: ColumnElement[int],
    *,
    include_confidential: bool,
) -> list[ColumnElement[bool]]:
    """WHERE conditions restricting cases to those matching every word of ``text``."""
    typed = list(dict.fromkeys(words(text)))
    if not typed:
        return []
    counts = {}
    for word in typed:
        bounded = (
            select(literal(1))
            .select_from(CaseSearchTerm)
            .where(_term_filter(word, include_confidential))
            .limit(SELECTIVE)
            .subquery()
        )
        counts[word] = session.scalar(select(func.count()).select_from(bounded)) or 0
        if counts[word] == 0:
            return [literal(False)]
    rarest = min(typed, key=lambda w: counts[w])
    conditions: list[ColumnElement[bool]] = []
    for word in typed:
        if word == rarest and counts[word] < SELECTIVE:
            conditions.append(
                case_id_column.in_(
                    select(CaseSearchTerm.case_id).where(_term_filter(word, include_confidential))
                )
            )
        else:
            conditions.append(
                select(CaseSearchTerm.case_id)
                .where(
                    CaseSearchTerm.case_id == case_id_column,
                    _term_filter(word, include_confidential),
                )
                .exists()
            )
    return conditions


def bulk_term_rows(items: Iterable[tuple[int, dict[str, bool]]]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for case_id, terms in items:
        rows.extend(term_rows(case_id, terms))
    return rows

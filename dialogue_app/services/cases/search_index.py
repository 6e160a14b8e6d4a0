"""The search index of cases: their folded words, and ``Case.search_key``.

Search as you type matches every typed word as the *prefix* of a word of the case (number,
citizens' names and ID numbers, summary), ignoring case and diacritics (đ → d). A denunciator's
name and ID number are indexed as confidential: only a user allowed to see denunciators finds a
case by them.

Where the words live:
- SQLite: only the full-text table ``case_text`` (FTS5, one row per case). The word table
  ``case_search_terms`` stays empty (migration 0028): FTS5 answers every search, and writing
  each word a second time into a B-tree was most of an import's time (754,000 rows for 35,000
  cases) and a third of the database.
- PostgreSQL: the word table (``CaseSearchTerm``: prefix ranges over its primary key, to count
  words and find a rare word's cases) and ``case_text`` (a ``tsvector`` per case).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    cast,
    column,
    delete,
    func,
    literal,
    literal_column,
    select,
    table,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from dialogue_app.domain.text import fold
from dialogue_app.store.bulk import insert_values
from dialogue_app.store.models import CaseSearchTerm

_WORD = re.compile(r"[a-z0-9]+")
MAX_TERM = 64
# Below this many index entries, the rarest word drives the search; above, every typed word is
# common and walking the cases in list order finds a page of matches quickly.
SELECTIVE = 10_000
# With the full-text index: above this many matches, walking the list order and testing each
# case finds a page sooner than collecting the matches' ids first.
DENSE = 100_000


@dataclass(frozen=True)
class IndexedCitizen:
    full_name: str
    national_id: str | None
    confidential: bool


def words(text: str | None) -> list[str]:
    """The folded words of ``text`` (what is indexed and what a search is split into)."""
    return folded_words(fold(text))


def folded_words(folded: str) -> list[str]:
    """``words(text)`` given ``fold(text)``."""
    return [w[:MAX_TERM] for w in _WORD.findall(folded)]


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


class BulkTerms:
    """The words of many new cases at once (an import): ``case_terms`` and ``search_key`` for
    each, equal to theirs, with each distinct text folded and split once (a file's summaries,
    names and places repeat from row to row). One per import; it remembers every text it met.
    """

    def __init__(self) -> None:
        self._words: dict[str, tuple[str, ...]] = {}
        self._public: dict[str, dict[str, bool]] = {}
        self._folded: dict[str, str] = {}

    def words(self, text: str | None) -> tuple[str, ...]:
        """``words(text)``, remembered."""
        if not text:
            return ()
        found = self._words.get(text)
        if found is None:
            if text.isascii() and text.isalnum():  # an ID number, a code: one word
                return (text.lower()[:MAX_TERM],)
            found = self._words[text] = tuple(words(text))
        return found

    def fold(self, text: str | None) -> str:
        """``fold(text)``, remembered."""
        if not text:
            return ""
        if text.isascii() and text.isalnum():  # an ID number, a code: no mark, no space
            return text.lower()
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = fold(text)
        return found

    def case_terms(
        self, number: str | None, summary: str | None, citizens: Sequence[IndexedCitizen]
    ) -> dict[str, bool]:
        """``case_terms(number, summary, citizens)``: the same terms in the same order."""
        # a public word is public whatever came before it (``terms.get(w, True) and False``);
        # a confidential one keeps what it was, or is confidential (``setdefault``)
        number_words = self.words(number) if number else ()
        terms = dict.fromkeys(number_words, False)
        if number_words:
            terms["".join(number_words)[:MAX_TERM]] = False
        if summary:
            public = self._public.get(summary)
            if public is None:
                public = self._public[summary] = dict.fromkeys(self.words(summary), False)
            terms.update(public)
        for citizen in citizens:
            for text in (citizen.full_name, citizen.national_id):
                if citizen.confidential:
                    for word in self.words(text):
                        terms.setdefault(word, True)
                else:
                    terms.update(dict.fromkeys(self.words(text), False))
        return terms

    def search_key(
        self, number: str | None, summary: str | None, citizens: Sequence[IndexedCitizen]
    ) -> str:
        """``search_key(number, summary, citizens)``: folding works character by character and
        then makes runs of white space one space, so the folded parts joined by a space are
        the folded whole."""
        parts = [fold(number)]
        for citizen in citizens:
            if not citizen.confidential:
                parts.append(self.fold(citizen.full_name))
                parts.append(self.fold(citizen.national_id))
        parts.append(self.fold(summary))
        return " ".join(part for part in parts if part)


def replace_terms(session: Session, case_id: int, terms: dict[str, bool]) -> None:
    """Index one case again (after an edit): its old words go, ``terms`` take their place."""
    if _text_index(session) != "sqlite":
        session.execute(delete(CaseSearchTerm).where(CaseSearchTerm.case_id == case_id))
    insert_terms(session, [(case_id, terms)])


def insert_terms(
    session: Session, items: Sequence[tuple[int, dict[str, bool]]], *, fresh: bool = False
) -> None:
    """Index cases in bulk: (case id, terms) each; a case's row of the full-text index is
    replaced. ``fresh``: the full-text index holds none of them (PostgreSQL: nothing to delete
    first)."""
    index = _text_index(session) if items else None
    if index != "sqlite":
        insert_values(
            session,
            CaseSearchTerm.__table__,
            ("term", "case_id", "confidential"),
            [(t, case_id, secret) for case_id, terms in items for t, secret in terms.items()],
        )
    if index == "sqlite":
        rows = [(case_id, *_text_columns(terms)) for case_id, terms in items]
        # OR REPLACE: a row left under a reused rowid (a case deleted without its row) goes
        insert_values(session, _CASE_TEXT, ("rowid", "public", "confidential"), rows, replace=True)
    elif index == "postgresql":
        if not fresh:
            ids = [case_id for case_id, _ in items]
            session.execute(delete(_PG_TEXT).where(_PG_TEXT.c.case_id.in_(ids)))
        # COPY reads each text as ``CAST(text AS tsvector)`` does (the type's input function)
        insert_values(
            session,
            _PG_TEXT,
            ("case_id", "words"),
            [(i, pg_words(terms)) for i, terms in items if terms],
        )


# --- the full-text index ---------------------------------------------------------------------
# The case's words, one row per case, kept apart by confidentiality; it intersects the lists of
# several common words in C, which a word table cannot do fast.
# SQLite (migration 0004): an FTS5 table, rowid = case id, public and confidential words in two
# columns. PostgreSQL (migration 0006): a table of (case_id, words tsvector) under a GIN index,
# public words with weight A, confidential ones with weight D; a search that must not see
# confidential words asks for weight A only. Every lexeme has a position: PostgreSQL lets a
# lexeme without positions satisfy any weight.

_CASE_TEXT = table("case_text", column("rowid"), column("public"), column("confidential"))
_PG_TEXT = table("case_text", column("case_id"), column("words"))


def pg_words(terms: dict[str, bool]) -> str:
    """The ``tsvector`` text of a case's terms (words are [a-z0-9]+: no quoting needed)."""
    return " ".join(f"{term}:1{'D' if secret else 'A'}" for term, secret in terms.items())


def _text_columns(terms: dict[str, bool]) -> tuple[str, str]:
    """The public and the confidential words of a case, each separated by one space."""
    public = [term for term, secret in terms.items() if not secret]
    if len(public) == len(terms):  # most cases: nothing confidential
        return " ".join(public), ""
    return " ".join(public), " ".join(term for term, secret in terms.items() if secret)


def rebuild_index(session: Session) -> int:
    """Index every case again from its number, summary and citizens, as ``index_case`` does
    (after a bulk load: a handover archive, whose word table was written by another engine or
    not at all); a batch of cases at a time. Returns how many cases were indexed."""
    from dialogue_app.domain.cases import CaseType
    from dialogue_app.store.models import Case, CaseCitizen, Citizen

    session.execute(delete(CaseSearchTerm))
    index = _text_index(session)
    if index == "sqlite":
        session.execute(delete(_CASE_TEXT))
    elif index == "postgresql":
        session.execute(delete(_PG_TEXT))
        # the GIN index built once after the rows: much faster than row by row
        session.execute(sql_text("DROP INDEX IF EXISTS case_text_words"))
    ids = list(session.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), _REBUILD_BATCH):
        bulk = BulkTerms()  # one per batch: it remembers every text it met
        first, last = ids[start], ids[min(start + _REBUILD_BATCH, len(ids)) - 1]
        people: dict[int, list[tuple[str, str | None]]] = {}
        for case_id, name, national_id in session.execute(
            select(CaseCitizen.case_id, Citizen.full_name, Citizen.national_id)
            .join(Citizen, Citizen.id == CaseCitizen.citizen_id)
            .where(CaseCitizen.case_id.between(first, last))
            .order_by(CaseCitizen.id)  # the order of ``Case.citizens``
        ):
            people.setdefault(case_id, []).append((name, national_id))
        items = []
        for case_id, number, summary, case_type in session.execute(
            select(Case.id, Case.number, Case.summary, Case.case_type)
            .where(Case.id.between(first, last))
            .order_by(Case.id)
        ):
            secret = case_type == CaseType.DENUNCIATION
            citizens = [IndexedCitizen(n, i, secret) for n, i in people.get(case_id, ())]
            items.append((case_id, bulk.case_terms(number, summary, citizens)))
        insert_terms(session, items, fresh=True)
    if index == "postgresql":
        session.execute(sql_text("CREATE INDEX case_text_words ON case_text USING gin (words)"))
    return len(ids)


_REBUILD_BATCH = 5_000


def _text_index(session: Session) -> str | None:
    """Which full-text index the database has: "sqlite", "postgresql" or None."""
    name = session.get_bind().dialect.name
    return name if name in ("sqlite", "postgresql") else None


def _text_query(typed: Sequence[str], include_confidential: bool) -> str:
    """An FTS5 query: every word as a prefix ("w"*); words are [a-z0-9]+, so quoting is safe."""
    conjunction = " AND ".join(f'"{word}"*' for word in typed)
    return conjunction if include_confidential else f"public : ({conjunction})"


def _text_matches(query: str) -> Select[int]:
    return (
        select(_CASE_TEXT.c.rowid)
        .select_from(_CASE_TEXT)
        .where(literal_column("case_text").op("MATCH")(query))
    )


def _text_has_words(
    typed: Sequence[str], case_id_column: ColumnElement[int], include_confidential: bool
) -> ColumnElement[bool]:
    """Whether the case's row of ``case_text`` holds every typed word as the prefix of one of
    its words, read by rowid and tested with GLOB (no MATCH: FTS5 would merge every word of a
    long prefix again for each case tested). The columns hold the words separated by one
    space, so " " + text GLOB "* w*" is "a word starts with w"; words are [a-z0-9]+, which
    GLOB takes literally."""
    words_of_case: ColumnElement[str] = _CASE_TEXT.c.public
    if include_confidential:
        words_of_case = words_of_case.concat(" ").concat(_CASE_TEXT.c.confidential)
    spaced = literal(" ").concat(words_of_case)
    return (
        select(literal(1))
        .select_from(_CASE_TEXT)
        .where(
            _CASE_TEXT.c.rowid == case_id_column,
            *(spaced.op("GLOB")(literal(f"* {word}*")) for word in typed),
        )
        .exists()
    )


def _pg_text_query(typed: Sequence[str], include_confidential: bool) -> str:
    """A ``tsquery``: every word as a prefix (w:*), public words only (w:*A) unless allowed."""
    weight = "" if include_confidential else "A"
    return " & ".join(f"{word}:*{weight}" for word in typed)


def _pg_text_test(
    typed: Sequence[str], case_id_column: ColumnElement[int], include_confidential: bool
) -> ColumnElement[bool]:
    """Whether the case's words match every typed word (NULL, i.e. no, for a case without)."""
    words_of_case = (
        select(_PG_TEXT.c.words).where(_PG_TEXT.c.case_id == case_id_column).scalar_subquery()
    )
    from sqlalchemy.dialects.postgresql import TSQUERY  # not imported on SQLite (2 MB)

    query = cast(literal(_pg_text_query(typed, include_confidential)), TSQUERY)
    return words_of_case.op("@@")(query)


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


@dataclass(frozen=True)
class SearchPlan:
    """WHERE conditions for a search, and how the list query should find its page.

    ``walk_conditions``: the matches are many (a set of ids from the full-text index): walking
    the list's sort index and keeping the ids in that set finds a page sooner than sorting them.
    """

    conditions: list[ColumnElement[bool]]
    # the same conditions written so that the database walks the list's sort index instead of
    # looking the matches up and sorting them (``id + 0`` hides the primary key from the planner)
    walk_conditions: list[ColumnElement[bool]] | None = None


def search_conditions(
    session: Session,
    text: str,
    case_id_column: ColumnElement[int],
    *,
    include_confidential: bool,
) -> list[ColumnElement[bool]]:
    """WHERE conditions restricting cases to those matching every word of ``text``."""
    return search_plan(
        session, text, case_id_column, include_confidential=include_confidential
    ).conditions


def search_plan(
    session: Session,
    text: str,
    case_id_column: ColumnElement[int],
    *,
    include_confidential: bool,
) -> SearchPlan:
    """How to find the cases matching every word of ``text``, by how many match.

    With the full-text index (SQLite): under ``SELECTIVE`` matches, their ids (sorted after);
    under ``DENSE``, their ids as a set tested while walking the list order; more, test each
    case of the list order against its stored words (``_text_has_words``: a page fills after a
    few hundred rows, where building a set of most cases would take longer). PostgreSQL:
    ``_pg_search_plan``. Other databases: the rarest word's ids when it is selective, else the walk.
    """
    typed = list(dict.fromkeys(words(text)))
    if not typed:
        return SearchPlan([])
    index = _text_index(session)
    if index == "sqlite":
        matches = _text_matches(_text_query(typed, include_confidential))
        bounded = matches.limit(DENSE).subquery()
        found = session.scalar(select(func.count()).select_from(bounded)) or 0
        if found == 0:
            return SearchPlan([literal(False)])
        if found < SELECTIVE:
            return SearchPlan([case_id_column.in_(matches)])
        if found < DENSE:
            return SearchPlan(
                [case_id_column.in_(matches)],
                walk_conditions=[(case_id_column + 0).in_(matches)],
            )
        return SearchPlan([_text_has_words(typed, case_id_column, include_confidential)])
    if index == "postgresql":
        return _pg_search_plan(session, typed, case_id_column, include_confidential)
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
            return SearchPlan([literal(False)])
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
            conditions.append(_word_exists(word, case_id_column, include_confidential))
    return SearchPlan(conditions)


def _word_count(session: Session, condition: ColumnElement[bool]) -> int:
    """How many entries of the word table meet ``condition``, counted up to ``SELECTIVE``."""
    bounded = (
        select(literal(1)).select_from(CaseSearchTerm).where(condition).limit(SELECTIVE).subquery()
    )
    return session.scalar(select(func.count()).select_from(bounded)) or 0


def _pg_search_plan(
    session: Session,
    typed: Sequence[str],
    case_id_column: ColumnElement[int],
    include_confidential: bool,
) -> SearchPlan:
    """PostgreSQL: one test of the case's words (``case_text``) for the whole phrase, per case;
    the cases tested are the rarest word's when it is selective, else those of the list order,
    walked until a page is full (a scalar subquery, which the planner cannot turn into a join
    over every match). The words' counts ignore confidentiality (the word table's primary key
    alone answers them, without reading rows): they only choose the plan; the test decides."""
    # JIT compiling a walk's plan (estimated as costly) takes longer than running it
    session.execute(sql_text("SET LOCAL jit = off"))
    counts = {}
    for word in typed:
        counts[word] = _word_count(session, _prefix_range(word))
        if counts[word] == 0:
            return SearchPlan([literal(False)])
    conditions = [_pg_text_test(typed, case_id_column, include_confidential)]
    rarest = min(typed, key=lambda w: counts[w])
    if counts[rarest] < SELECTIVE:
        rarest_cases = select(CaseSearchTerm.case_id).where(_prefix_range(rarest))
        conditions.insert(0, case_id_column.in_(rarest_cases))
    return SearchPlan(conditions)


def _word_exists(
    word: str, case_id_column: ColumnElement[int], include_confidential: bool
) -> ColumnElement[bool]:
    return (
        select(CaseSearchTerm.case_id)
        .where(
            CaseSearchTerm.case_id == case_id_column,
            _term_filter(word, include_confidential),
        )
        .exists()
    )

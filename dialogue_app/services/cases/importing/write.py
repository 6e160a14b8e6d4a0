"""Writing an import: the one transaction, one import at a time, with bulk inserts batch by batch
(cases, their citizens, the first entry of their timelines, their search terms)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import (
    REPEATABLE_STATUSES,
    CaseStatus,
    CaseType,
    Channel,
    FollowUpKind,
    Stage,
    StartsFrom,
)
from dialogue_app.domain.deadlines import (
    CaseFacts,
    Deadline,
    Rule,
    compute_deadline,
    select_rule,
    stage_for,
)
from dialogue_app.domain.messages import store_parts
from dialogue_app.domain.text import fold
from dialogue_app.domain.units import UnitHistory, successor_on
from dialogue_app.domain.working_days import WorkingDayCalendar
from dialogue_app.services.cases import search_index
from dialogue_app.services.cases.importing.form_facts import FACT_DEFAULTS
from dialogue_app.services.cases.importing.parse import ParsedRow
from dialogue_app.services.cases.importing.resolve import (
    duplicates,
    existing_cases,
    existing_cases_by_name,
    resolve_citizens,
    resolve_named,
    resolve_units,
)
from dialogue_app.services.cases.importing.results import (
    CHUNK,
    ImportCancelled,
    ImportFailed,
    ImportSummary,
    Progress,
)
from dialogue_app.services.cases.numbering import new_numbers
from dialogue_app.services.cases.queries import load_rules
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.bulk import bulk_cache, bulk_insert, insert_returning_ids
from dialogue_app.store.models import (
    Agency,
    AuditEntry,
    Case,
    CaseCitizen,
    CaseEvent,
    CaseField,
)
from dialogue_app.store.units import unit_histories

# the note of an imported case's first timeline entry: the file and its row
IMPORTED_NOTE = QT_TRANSLATE_NOOP("Messages", "Imported from %1, row %2")


# Two imports of the same file at the same moment must not both pass the duplicate check: the
# check and the writes of one import happen while the other waits. A key of our own for
# PostgreSQL's advisory lock ("DLG-IMPT"), held until the transaction ends.
IMPORT_LOCK_KEY = 0x444C472D494D5054


_BUSY = QT_TRANSLATE_NOOP(
    "Messages",
    "The database is busy (another import, or a large change by a colleague, is being saved); "
    "nothing was imported. Try again in a moment.",
)


def one_import_at_a_time(session: Session) -> None:
    """Wait for any other import to finish, and keep the next one waiting until this
    transaction ends; the first statement of the import's transaction.

    PostgreSQL: a transaction-level advisory lock (the other import waits for it). SQLite: the
    transaction takes the write lock at once (``BEGIN IMMEDIATE``) instead of at its first write,
    after the duplicate check; the other import waits up to the busy timeout, then is refused."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(IMPORT_LOCK_KEY)))
    elif dialect == "sqlite":
        connection = session.connection()
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except OperationalError as error:
            raise ServiceError(_BUSY) from error


def _repeat_keys(
    row: ParsedRow,
    citizen_id: int | None,
    field_id: int | None,
    communes: dict[str, int],
    fold_name: Callable[[str], str] = fold,
) -> tuple[tuple[int | None, int, bool] | None, tuple[str, int, int, bool] | None]:
    """The keys a later petition of this row's citizen in its field finds it by: the citizen,
    and their folded name in the row's commune (None: no field, or no commune)."""
    if not field_id:
        return None, None
    secret = row.case_type == CaseType.DENUNCIATION
    commune_id = communes.get(fold_name(row.commune)) if row.commune else None
    by_name = (fold_name(row.citizen_name), commune_id, field_id, secret) if commune_id else None
    return (citizen_id, field_id, secret), by_name


def _commune_on(
    histories: dict[int, UnitHistory],
    communes: dict[str, int],
    fold_name: Callable[[str], str],
    row: ParsedRow,
) -> int | None:
    """The row's commune, or the unit that had taken it over by the day the petition arrived
    ("Xã Thạch Xuân" received after the 2025 merger: its successor)."""
    commune_id = communes.get(fold_name(row.commune)) if row.commune else None
    if commune_id is None:
        return None
    return successor_on(histories, commune_id, row.received_on)


def write_rows(
    session: Session,
    rows: list[ParsedRow],
    source: str,
    report: Progress,
    is_cancelled: Callable[[], bool],
    total: int,
    user_name: str | None,
    now: datetime,
) -> ImportSummary:
    """Write the parsed rows (all or none: the caller's transaction), reporting progress from
    ``len(rows)`` to ``total``; refuse rows already in the register or twice in the file."""
    one_import_at_a_time(session)
    with bulk_cache(session):  # SQLite: the indexes written stay in memory until the commit
        return _write_rows(session, rows, source, report, is_cancelled, total, user_name, now)


def _write_rows(
    session: Session,
    rows: list[ParsedRow],
    source: str,
    report: Progress,
    is_cancelled: Callable[[], bool],
    total: int,
    user_name: str | None,
    now: datetime,
) -> ImportSummary:
    # each distinct text folded and split into search words once per file (names, places and
    # summaries repeat from row to row)
    terms_of = search_index.BulkTerms()
    fold_once = terms_of.fold
    communes, new_communes = resolve_units(session, {r.commune for r in rows if r.commune})
    # a row naming a commune merged away before its petition arrived goes to the successor
    histories = {u.id: u for u in unit_histories(session)}
    # a row already in the register (the file imported twice) or twice in the file, and a
    # case number already used: refused, before anything else is written
    problems = duplicates(session, rows, communes, fold_once)
    if problems:
        raise ImportFailed(problems)
    agencies, new_agencies = resolve_named(session, Agency, {r.agency for r in rows if r.agency})
    fields, new_fields = resolve_named(
        session, CaseField, {r.field_name for r in rows if r.field_name}
    )
    citizen_ids, new_citizens, registered = resolve_citizens(session, rows, communes, fold_once)
    rules = load_rules(session)
    calendar = working_day_calendar(session)
    # once per file: rows share their dates and types, so each deadline is computed once
    deadline_of, stage_of = _deadlines(rules, calendar)
    # deadlines of different days mostly share their explanation ("…: 30 days from
    # acceptance"): each stored text (JSON) is written once
    explanations: dict[tuple[Any, ...], str] = {}

    def explained(deadline: Deadline | None) -> str | None:
        if deadline is None:
            return None
        if deadline.parts not in explanations:
            explanations[deadline.parts] = deadline.stored_explanation
        return explanations[deadline.parts]

    # earlier cases of the same citizen, for repeat petitions: (citizen id, field id,
    # denunciation?) → case, and for citizens without an ID number: (folded name, commune
    # id, field id, denunciation?) → case; a denunciation repeats only denunciations, any
    # other type only non-denunciations (a link must not tell who a denunciator is). Both grow
    # as batches are written, so a row repeats an earlier row of the file as it would a case
    # imported before; within a batch the earlier row has no id yet (``pending``, linked by an
    # UPDATE once the batch is inserted).
    latest = existing_cases(session, registered)  # the new citizens have none
    latest_by_name = existing_cases_by_name(
        session, {fold_once(r.citizen_name) for r in rows if not r.national_id and r.commune}
    )
    done = len(rows)
    linked = 0
    # the first timeline entry's note, the same JSON ``store_parts`` writes, with the row's
    # number put in its place (one JSON encoding per file instead of one per row)
    status_change = FollowUpKind.STATUS_CHANGE.value
    note_head, note_tail = store_parts([(IMPORTED_NOTE, (source, 0))]).rsplit("0", 1)
    order = sorted(range(len(rows)), key=lambda i: (rows[i].received_on, i))
    # a register number for every row without one, in order of receipt (cases/numbering.py)
    missing = [i for i in order if not rows[i].number]
    given = dict(
        zip(
            missing,
            new_numbers(
                session,
                [(rows[i].received_on, rows[i].case_type) for i in missing],
                {r.number for r in rows if r.number},
            ),
            strict=True,
        )
    )
    numbers = [row.number or given[i] for i, row in enumerate(rows)]
    for start in range(0, len(order), CHUNK):
        if is_cancelled():
            raise ImportCancelled()
        batch = [rows[i] for i in order[start : start + CHUNK]]
        batch_citizens = [citizen_ids[i] for i in order[start : start + CHUNK]]
        batch_numbers = [numbers[i] for i in order[start : start + CHUNK]]
        values: list[dict[str, Any]] = []  # the batch's rows of the case table
        citizens: list[search_index.IndexedCitizen] = []  # each row's, for its search words
        repeat_keys: list[tuple[Any, Any]] = []  # each row's (``_repeat_keys``)
        pending: dict[tuple[Any, ...], int] = {}  # a repeat key → its row earlier in the batch
        in_batch: list[tuple[int, int]] = []  # (row, earlier row it repeats) within the batch
        for position, (row, citizen_id) in enumerate(zip(batch, batch_citizens, strict=True)):
            field_id = fields.get(fold_once(row.field_name)) if row.field_name else None
            by_citizen, by_name = _repeat_keys(row, citizen_id, field_id, communes, fold_once)
            repeat_keys.append((by_citizen, by_name))
            repeat = earlier = None
            if by_citizen is not None:
                earlier = pending.get(by_citizen)
                repeat = latest.get(by_citizen) if earlier is None else None
            if repeat is None and earlier is None and by_name is not None and not row.national_id:
                earlier = pending.get(by_name)
                repeat = latest_by_name.get(by_name) if earlier is None else None
            if earlier is not None:
                in_batch.append((position, earlier))
            linked += repeat is not None or earlier is not None
            if row.status in REPEATABLE_STATUSES:
                pending.update({key: position for key in (by_citizen, by_name) if key})
            accepted = row.accepted
            citizen = search_index.IndexedCitizen(
                row.citizen_name, row.national_id, row.case_type == CaseType.DENUNCIATION
            )
            citizens.append(citizen)
            facts = CaseFacts(
                row.case_type, row.round, row.remote_area, 0, row.received_on, accepted
            )
            stage = stage_of(row.status, facts)
            if stage is None:
                stage = (
                    Stage.SETTLE
                    if row.status == CaseStatus.RESOLVED
                    else (stage_of(CaseStatus.RECEIVED, facts))
                )
            deadline = deadline_of(facts, stage) if stage else None
            if deadline is None and stage == Stage.SETTLE:  # no settling rule: routing one
                receipt = stage_of(CaseStatus.RECEIVED, facts)
                deadline = deadline_of(facts, receipt) if receipt else None
            closes = row.status not in (
                CaseStatus.RECEIVED,
                CaseStatus.ACCEPTED,
                CaseStatus.IN_PROGRESS,
            )
            # an open, accepted denunciation: notify the denunciator (none recorded yet)
            notify = deadline_of(facts, Stage.NOTIFY) if not closes else None
            values.append(
                {
                    "number": batch_numbers[position],
                    "received_on": row.received_on,
                    "channel": Channel.MAIL,
                    "case_type": row.case_type,
                    "field_id": field_id,
                    "summary": row.summary,
                    "commune_id": _commune_on(histories, communes, fold_once, row),
                    "within_competence": row.within_competence,
                    "round": row.round,
                    "remote_area": row.remote_area,
                    "complexity": 0,
                    "group_size": 1,
                    "agency_id": agencies.get(fold_once(row.agency)) if row.agency else None,
                    "handler": row.handler,
                    "status": row.status,
                    "outcome": row.outcome,
                    "accepted_on": accepted,
                    "resolved_on": (row.resolved_on or (row.received_on if closes else None)),
                    "deadline": deadline.due if deadline else None,
                    "deadline_explanation": explained(deadline),
                    "notify_deadline": notify.due if notify else None,
                    "notify_deadline_explanation": explained(notify),
                    "notified_on": row.notified_on,
                    "repeat_of_id": repeat,
                    **FACT_DEFAULTS,
                    **row.form_facts,  # the statutory forms' facts (importing/form_facts.py)
                    "search_key": terms_of.search_key(
                        batch_numbers[position], row.summary, [citizen]
                    ),
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        ids = insert_returning_ids(session, Case.__table__, values)
        links, events, terms = [], [], []
        for case_id, row, citizen_id, value, citizen, (by_citizen, by_name) in zip(
            ids, batch, batch_citizens, values, citizens, repeat_keys, strict=True
        ):
            links.append({"case_id": case_id, "citizen_id": citizen_id, "is_representative": True})
            events.append(
                {
                    "case_id": case_id,
                    "at": now,
                    "user_name": user_name,
                    # Core inserts bypass the ORM column types' enum handling: pass values
                    "kind": status_change,
                    "to_status": row.status.value,
                    "note": f"{note_head}{int(row.line)}{note_tail}",
                }
            )
            terms.append((case_id, terms_of.case_terms(value["number"], row.summary, [citizen])))
            if row.status in REPEATABLE_STATUSES:
                if by_citizen is not None:
                    latest[by_citizen] = case_id
                if by_name is not None:
                    latest_by_name[by_name] = case_id
        if in_batch:
            cases = cast(Table, Case.__table__)
            session.execute(
                update(cases)
                .where(cases.c.id == bindparam("b_case"))
                .values(repeat_of_id=bindparam("b_repeat")),
                [{"b_case": ids[i], "b_repeat": ids[earlier]} for i, earlier in in_batch],
            )
        # Core inserts on the tables: plain executemany, no ORM bookkeeping per row
        bulk_insert(session, CaseCitizen.__table__, links)
        bulk_insert(session, CaseEvent.__table__, events)
        search_index.insert_terms(session, terms)
        done += len(batch)
        report(done, total)
    session.add(
        AuditEntry(
            user_name=user_name,
            action="import_cases",
            entity="case",
            detail=f"{len(rows)} cases imported from {source}",
        )
    )
    return ImportSummary(
        cases=len(rows),
        new_citizens=new_citizens,
        repeats_linked=linked,
        created_communes=tuple(new_communes),
        created_agencies=tuple(new_agencies),
        created_fields=tuple(new_fields),
        assumed_accepted=sum(
            1 for row in rows if not row.accepted_given and row.accepted is not None
        ),
    )


def _deadlines(
    rules: list[Rule], calendar: WorkingDayCalendar
) -> tuple[
    Callable[[CaseFacts, Stage], Deadline | None],
    Callable[[CaseStatus, CaseFacts], Stage | None],
]:
    """``compute_deadline`` and ``stage_for`` for the rows of one file, each distinct question
    answered once. A deadline depends on the facts that choose its rule (type, round, remote
    area, complexity), the stage and the one day the rule counts from (receipt or acceptance):
    rows alike in those share it, whatever their other day. ``compute_deadline`` chooses two
    rules (the row's and the one without its qualifiers, for the explanation); it is given just
    those two, in the table's order, so it chooses the same two without reading the table."""
    rules_of: dict[tuple[Any, ...], tuple[Rule | None, list[Rule]]] = {}
    deadlines: dict[tuple[Any, ...], Deadline | None] = {}
    stages: dict[tuple[Any, ...], Stage | None] = {}

    def deadline_of(facts: CaseFacts, stage: Stage) -> Deadline | None:
        kind = (facts.case_type, facts.round, facts.remote_area, facts.complexity, stage)
        if kind not in rules_of:
            rule = select_rule(rules, facts, stage)
            plain = replace(facts, remote_area=False, complexity=0)
            base = select_rule(rules, plain, stage)
            rules_of[kind] = (rule, [r for r in rules if r is rule or r is base])
        rule, chosen = rules_of[kind]
        if rule is None:
            return None
        start = facts.received_on if rule.starts_from == StartsFrom.RECEIPT else facts.accepted_on
        key = (kind, start)
        if key not in deadlines:
            deadlines[key] = compute_deadline(chosen, facts, stage, calendar)
        return deadlines[key]

    def stage_of(status: CaseStatus, facts: CaseFacts) -> Stage | None:
        key = (status, facts.case_type, facts.round, facts.remote_area, facts.complexity)
        if key not in stages:
            stages[key] = stage_for(status, facts, rules)
        return stages[key]

    return deadline_of, stage_of

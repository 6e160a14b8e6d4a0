"""Registering and editing cases: checking a draft (``validate``: the same refusals for the form
and the command line), writing it, linking its citizens and the earlier case it repeats, the
first and the "edited" entries of its timeline, and its search terms. Functions take the Session
of the caller's unit of work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy.orm import Session

from dialogue_app.domain.cases import (
    CaseStatus,
    CaseType,
    Channel,
    FollowUpKind,
    is_valid_national_id,
    representatives_allowed,
)
from dialogue_app.domain.messages import MessagePart, store_parts
from dialogue_app.domain.text import clean
from dialogue_app.services.cases import search_index, text_limits
from dialogue_app.services.cases.citizens import CitizenInput, find_or_create_citizen
from dialogue_app.services.cases.form_facts import check_case
from dialogue_app.services.cases.numbering import number_case
from dialogue_app.services.cases.queries import load_case, load_rules, number_taken, repeats
from dialogue_app.services.cases.types import CaseDraft, CaseRef
from dialogue_app.services.cases.workflow import CONCURRENT, refresh_deadline
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ConcurrentEdit, ValidationError
from dialogue_app.services.registers import find_or_create_field
from dialogue_app.services.working_days import working_day_calendar
from dialogue_app.store.models import (
    AdminUnit,
    Agency,
    Case,
    CaseCitizen,
    CaseEvent,
    CaseField,
    Conference,
)


def register_case(
    session: Session, draft: CaseDraft, user_name: str | None
) -> tuple[Case, CaseRef | None, tuple[str, ...]]:
    """Write a new case (``validate``d first); link it to an earlier one from the same citizen
    in the same field. The case, the case it repeats, and the names of pick-list entries made."""
    assert draft.citizens is not None
    created: list[str] = []
    case = Case(status=CaseStatus.RECEIVED)
    with session.no_autoflush:
        apply_draft(session, case, draft, created)
    session.add(case)
    session.flush()
    set_citizens(session, case, draft.citizens)
    repeat = complete_registration(session, case, draft.citizens, draft.repeat_of_id, user_name)
    return case, repeat, tuple(created)


def update_case(
    session: Session,
    case_id: int,
    draft: CaseDraft,
    expected_version: int,
    user_name: str | None,
    today: date,
) -> Case:
    """Save an edited case (``validate``d first); refuse when somebody else saved it meanwhile.
    The timeline notes the edit on ``today`` (the service's clock)."""
    case = load_case(session, case_id)
    if case.version != expected_version:
        raise ConcurrentEdit(CONCURRENT)
    created: list[str] = []
    before = _edited_state(case)
    apply_draft(session, case, draft, created)
    if draft.citizens is not None:
        set_citizens(session, case, draft.citizens)
    if draft.repeat_of_id is not None and draft.repeat_of_id != case.repeat_of_id:
        if draft.repeat_of_id == case.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A case cannot repeat itself."),
                "repeat_of_id",
            )
        _ref(session, draft.repeat_of_id, case.case_type)
        case.repeat_of_id = draft.repeat_of_id
    elif case.repeat_of_id is not None:
        # the type changed across a denunciator's secrecy: the link goes
        earlier = session.get(Case, case.repeat_of_id)
        if earlier is not None and _secret(earlier.case_type) != _secret(case.case_type):
            case.repeat_of_id = None
    check_case(case)  # the forms' facts still fit the edited case (its round, its type)
    changed = [label for label, value in _edited_state(case).items() if before[label] != value]
    case.events.append(
        CaseEvent(
            user_name=user_name,
            kind=FollowUpKind.NOTE,
            note=edited_note(changed),
            happened_on=today,
        )
    )
    refresh_deadline(case, load_rules(session), working_day_calendar(session))
    session.flush()
    index_case(session, case)
    return case


def apply_draft(session: Session, case: Case, draft: CaseDraft, created: list[str]) -> None:
    """Copy the draft's fields onto ``case``; ``created``: the new pick-list entries' names."""
    number = clean(draft.number)
    if number and number_taken(session, number, case.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Case number %1 is already used by another case. Choose another.",
            ),
            "number",
            number,
        )
    field_id = draft.field_id
    if field_id is None and clean(draft.field_name):
        row, new = find_or_create_field(session, draft.field_name or "")
        field_id = row.id
        if new:
            created.append(row.name)
    for model, key, label in (
        (CaseField, field_id, "field"),
        (AdminUnit, draft.commune_id, "commune"),
        (Agency, draft.agency_id, "agency"),
        (Conference, draft.conference_id, "conference"),
    ):
        if key is not None and session.get(model, key) is None:
            raise ValidationError(GONE[label], label)
    if case.accepted_on and draft.received_on > case.accepted_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "The received date cannot be after the date the case was accepted."
            ),
            "received_on",
        )
    case.number = number or case.number  # a register number stays once given
    case.received_on = draft.received_on
    case.channel = draft.channel
    case.conference_id = draft.conference_id
    case.case_type = draft.case_type
    case.field_id = field_id
    case.summary = clean(draft.summary) or ""
    case.commune_id = draft.commune_id
    case.within_competence = draft.within_competence
    case.round = draft.round
    case.remote_area = draft.remote_area
    case.complexity = draft.complexity
    count = len(draft.citizens) if draft.citizens is not None else len(case.citizens)
    case.group_size = draft.group_size or max(count, 1)
    case.agency_id = draft.agency_id
    case.handler = clean(draft.handler)


def set_citizens(session: Session, case: Case, citizens: Sequence[CitizenInput]) -> None:
    case.citizens.clear()
    session.flush()
    link_citizens(session, case, citizens)


def index_case(session: Session, case: Case) -> None:
    """Rewrite ``search_key`` and the search terms of ``case`` (after every write)."""
    confidential = case.case_type == CaseType.DENUNCIATION
    citizens = [
        search_index.IndexedCitizen(link.citizen.full_name, link.citizen.national_id, confidential)
        for link in case.citizens
    ]
    case.search_key = search_index.search_key(case.number, case.summary, citizens)
    search_index.replace_terms(
        session, case.id, search_index.case_terms(case.number, case.summary, citizens)
    )


# Notes the application writes into a timeline: stored in parts, shown translated
EDITED_NOTE = store_parts([(QT_TRANSLATE_NOOP("Messages", "Edited"), ())])


# what an edit may change, by the words its timeline note uses
_EDITABLE: dict[str, Callable[[Case], object]] = {
    QT_TRANSLATE_NOOP("Messages", "case number"): lambda c: c.number,
    QT_TRANSLATE_NOOP("Messages", "date received"): lambda c: c.received_on,
    QT_TRANSLATE_NOOP("Messages", "received through"): lambda c: c.channel,
    QT_TRANSLATE_NOOP("Messages", "conference"): lambda c: c.conference_id,
    QT_TRANSLATE_NOOP("Messages", "type"): lambda c: c.case_type,
    QT_TRANSLATE_NOOP("Messages", "field"): lambda c: c.field_id,
    QT_TRANSLATE_NOOP("Messages", "summary"): lambda c: c.summary,
    QT_TRANSLATE_NOOP("Messages", "commune"): lambda c: c.commune_id,
    QT_TRANSLATE_NOOP("Messages", "competence"): lambda c: c.within_competence,
    QT_TRANSLATE_NOOP("Messages", "round"): lambda c: c.round,
    QT_TRANSLATE_NOOP("Messages", "remote area"): lambda c: c.remote_area,
    QT_TRANSLATE_NOOP("Messages", "complexity"): lambda c: c.complexity,
    QT_TRANSLATE_NOOP("Messages", "group size"): lambda c: c.group_size,
    QT_TRANSLATE_NOOP("Messages", "agency"): lambda c: c.agency_id,
    QT_TRANSLATE_NOOP("Messages", "handler"): lambda c: c.handler,
    QT_TRANSLATE_NOOP("Messages", "citizens"): lambda c: sorted(
        (link.citizen_id or id(link.citizen), link.is_representative) for link in c.citizens
    ),
}


def _edited_state(case: Case) -> dict[str, object]:
    return {label: value(case) for label, value in _EDITABLE.items()}


def edited_note(changed: Sequence[str]) -> str:
    """The note of an edit: "Edited: complexity, summary" (each word translated when shown)."""
    if not changed:
        return EDITED_NOTE
    parts: list[MessagePart] = [(QT_TRANSLATE_NOOP("Messages", "Edited: "), ())]
    for position, label in enumerate(changed):
        if position:
            parts.append((", ", ()))
        parts.append((label, ()))
    return store_parts(parts)


def registered_note(repeat_of: object | None = None) -> str:
    """The note of a case's first entry; ``repeat_of``: the number of the case it repeats."""
    if repeat_of is None:
        return store_parts([(QT_TRANSLATE_NOOP("Messages", "Registered"), ())])
    return store_parts(
        [(QT_TRANSLATE_NOOP("Messages", "Registered; repeat of case %1"), (repeat_of,))]
    )


# "The chosen … no longer exists.", one sentence per pick list
GONE = {
    "field": QT_TRANSLATE_NOOP("Messages", "The chosen field no longer exists."),
    "commune": QT_TRANSLATE_NOOP("Messages", "The chosen commune no longer exists."),
    "agency": QT_TRANSLATE_NOOP("Messages", "The chosen agency no longer exists."),
    "conference": QT_TRANSLATE_NOOP("Messages", "The chosen conference no longer exists."),
}


def validate(draft: CaseDraft, today: date, *, new: bool) -> None:
    text_limits.check_case_draft(draft)  # lengths and characters, the same on every database
    if draft.received_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The received date %1 is in the future."),
            "received_on",
            draft.received_on.isoformat(),
        )
    if draft.round not in (1, 2):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The round must be 1 (first time) or 2 (second time)."),
            "round",
        )
    if draft.complexity not in (0, 1, 2):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Complexity must be normal, complex or particularly complex."
            )
        )
    if draft.channel in (Channel.CONFERENCE, Channel.RECEPTION) and draft.conference_id is None:
        pass  # allowed: the session may not be in the register (older records)
    citizens = draft.citizens
    if citizens is None:
        if new:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Add at least one citizen."), "citizens"
            )
        return
    if not citizens:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Add at least one citizen."), "citizens"
        )
    seen: set[str] = set()
    for position, person in enumerate(citizens, start=1):
        if person.citizen_id is not None:
            continue  # chosen from the register: as registered
        if not clean(person.full_name):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Citizen %1: enter the full name."),
                "citizens",
                position,
            )
        national_id = clean(person.national_id)
        if national_id:
            if not is_valid_national_id(national_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Citizen %1: the ID number “%2” must be exactly 12 digits."
                    ),
                    "national_id",
                    position,
                    national_id,
                )
            if national_id in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Messages", "Citizen %1: the ID number %2 is listed twice."),
                    "national_id",
                    position,
                    national_id,
                )
            seen.add(national_id)
    size = draft.group_size or len(citizens)
    if size < len(citizens):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The group size (%1) is smaller than the number of citizens listed (%2).",
            ),
            "group_size",
            size,
            len(citizens),
        )
    allowed = representatives_allowed(size)
    representatives = sum(1 for person in citizens if person.is_representative)
    if allowed is not None:
        low, high = allowed
        if not low <= representatives <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A group of %1 people must choose %2 to %3 representatives "
                    "(Decree 124/2020/NĐ-CP); %4 chosen.",
                ),
                "representatives",
                size,
                low,
                high,
                representatives,
            )


def link_citizens(session: Session, case: Case, citizens: Sequence[CitizenInput]) -> None:
    """Make ``citizens`` the people of ``case``: each the citizen chosen, the registered one
    with the same ID number, or a new one (``find_or_create_citizen``). A person listed twice
    (the same citizen) is linked once, a representative if either listing says so."""
    links: dict[int, CaseCitizen] = {}
    for person in citizens:
        citizen = find_or_create_citizen(session, person, case.commune_id)
        link = links.get(citizen.id)
        if link is not None:
            link.is_representative = link.is_representative or person.is_representative
            continue
        link = CaseCitizen(citizen=citizen, is_representative=person.is_representative)
        links[citizen.id] = link
        case.citizens.append(link)
    session.flush()


def complete_registration(
    session: Session,
    case: Case,
    citizens: Sequence[CitizenInput],
    repeat_of_id: int | None,
    user_name: str | None,
) -> CaseRef | None:
    """The rest of registering a new ``case`` whose row and citizens are written: link it to
    the earlier case it repeats (given, or found by ``repeats``), write the first entry of its
    timeline, compute its deadline and index it for search. Returns the case it repeats."""
    repeat: CaseRef | None = None
    if repeat_of_id is None:
        found = repeats(session, citizens, case.commune_id, case.field_id, case.case_type, case.id)
        if found:
            repeat = found[0]
            case.repeat_of_id = repeat.id
    else:
        repeat = _ref(session, repeat_of_id, case.case_type)
        case.repeat_of_id = repeat.id
    case.events.append(
        CaseEvent(
            user_name=user_name,
            kind=FollowUpKind.STATUS_CHANGE,
            to_status=CaseStatus.RECEIVED,
            note=registered_note(repeat.number or repeat.id if repeat else None),
            happened_on=case.received_on,
        )
    )
    refresh_deadline(case, load_rules(session), working_day_calendar(session))
    number_case(session, case)  # the register's next number when none was typed
    session.flush()
    index_case(session, case)
    return repeat


def _ref(session: Session, case_id: int, case_type: CaseType | None = None) -> CaseRef:
    """The earlier case a case repeats; with ``case_type``, refused across a denunciator's
    secrecy (a denunciation repeats only a denunciation, any other case only a non-one)."""
    row = session.get(Case, case_id)
    if row is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "The earlier case this one repeats no longer exists."),
            "repeat_of",
        )
    if case_type is not None and _secret(row.case_type) != _secret(case_type):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A denunciation can only repeat a denunciation, and another case only a case "
                "that is not one: the link would reveal who made the denunciation.",
            ),
            "repeat_of",
        )
    return CaseRef(row.id, row.number, row.received_on, row.status)


def _secret(case_type: CaseType) -> bool:
    return case_type == CaseType.DENUNCIATION

"""Cases (petitions): register them, move them through their workflow, follow them up, list and
search them at any size, and keep every statutory deadline with its explanation.

``CaseService`` is what the window and the command line call: each method is one unit of work
(one transaction, or one read) composed of the package's modules: ``queries`` (reading),
``detail``, ``register``, ``workflow``, ``attachments`` and ``rules``. A denunciator's identity is
hidden unless the current user may see it; each reveal is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy.orm.exc import StaleDataError

from dialogue_app.domain.cases import CaseStatus, CaseType, FollowUpKind, Outcome
from dialogue_app.domain.forms import SettlementFacts
from dialogue_app.domain.roles import Permission
from dialogue_app.services.accounts import record_read, require
from dialogue_app.services.cases import attachments, form_facts, queries, rules, undo, workflow
from dialogue_app.services.cases.citizens import CitizenInput, may_view_denunciators
from dialogue_app.services.cases.detail import build_detail, citizen_data
from dialogue_app.services.cases.register import index_case, register_case, update_case, validate
from dialogue_app.services.cases.types import (
    PAGE_SIZE,
    AgencyLateness,
    AttachmentInput,
    CaseDetail,
    CaseDraft,
    CaseFilter,
    CasePage,
    CaseRef,
    CaseRow,
    CaseSort,
    CitizenData,
    Cursor,
    DeadlineRuleData,
    RegisterResult,
)
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ConcurrentEdit, ServiceError
from dialogue_app.services.registers import Choice
from dialogue_app.services.versions import check_version, stale_as_conflict
from dialogue_app.store.models import AuditEntry, DeadlineRule
from dialogue_app.store.unit_of_work import UnitOfWork


class CaseService:
    """Use cases of the case register. ``user_name`` goes into timelines and the audit log."""

    def __init__(self, uow: UnitOfWork, user_name: str | None = None, *, clock: Clock) -> None:
        self._uow = uow
        self.user_name = user_name
        self._clock = clock

    def today(self) -> date:
        """The office's date the service counts from (its clock's)."""
        return self._clock.today()

    # permissions ---------------------------------------------------------------------------------

    def can_view_denunciators(self) -> bool:
        with self._uow.read() as session:
            return may_view_denunciators(session, self.user_name)

    # listing -------------------------------------------------------------------------------------

    def list_page(
        self,
        flt: CaseFilter = CaseFilter(),
        sort: CaseSort = CaseSort(),
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> CasePage:
        """One page of the filtered, sorted list; pass ``next_cursor`` back for the next one."""
        page = self._page_query(flt, sort, after, limit)
        with self._uow.read() as session:
            return queries.list_page(session, page)

    def list_ids_page(
        self,
        flt: CaseFilter = CaseFilter(),
        sort: CaseSort = CaseSort(),
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> tuple[tuple[int, ...], Cursor | None]:
        """The ids of one page of the list (same filter, order and keyset as ``list_page``),
        and the cursor of the next page (None: this was the last). Rows: ``rows_by_ids``."""
        page = self._page_query(flt, sort, after, limit)
        with self._uow.read() as session:
            return queries.list_ids_page(session, page)

    def _page_query(
        self, flt: CaseFilter, sort: CaseSort, after: Cursor | None, limit: int
    ) -> queries.PageQuery:
        today = self._clock.today()
        return queries.PageQuery(flt, sort, after, limit, today, self._check_sort(sort))

    def rows_by_ids(self, ids: Sequence[int]) -> list[CaseRow]:
        """The list rows of these cases, in the order given (ids no longer there are left out)."""
        if not ids:
            return []
        today = self._clock.today()
        with self._uow.read() as session:
            return queries.rows_by_ids(session, ids, today)

    def _check_sort(self, sort: CaseSort) -> bool:
        """Refuse an unknown sort key; whether this user's searches include denunciators."""
        queries.check_sort(sort)
        return self.can_view_denunciators()

    def iter_rows(
        self, flt: CaseFilter = CaseFilter(), sort: CaseSort = CaseSort()
    ) -> Iterator[CaseRow]:
        """Every row of the filtered list, page by page (for exports and the command line)."""
        cursor: Cursor | None = None
        while True:
            page = self.list_page(flt, sort, cursor, limit=1000)
            yield from page.rows
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def count(self, flt: CaseFilter = CaseFilter(), limit: int | None = None) -> int:
        """How many cases match; with ``limit``, stop counting there (search as you type
        over a million cases must not count them all on every keystroke)."""
        today = self._clock.today()
        include_confidential = self.can_view_denunciators()
        with self._uow.read() as session:
            return queries.count(session, flt, today, include_confidential, limit)

    def late_agencies(self) -> list[AgencyLateness]:
        """Agencies with open cases past their deadline: how many, and how many days late."""
        today = self._clock.today()
        with self._uow.read() as session:
            return queries.late_agencies(session, today)

    # detail --------------------------------------------------------------------------------------

    def get(self, case_id: int) -> CaseDetail:
        with self._uow.read() as session:
            case = queries.load_case(session, case_id)
            return build_detail(session, case, self._clock.today())

    def reveal_citizens(self, case_id: int) -> tuple[CitizenData, ...]:
        """The citizens of a denunciation, for a user allowed to see them; logged every time."""
        if not self.can_view_denunciators():
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "You are not allowed to see who made this denunciation (Law on Denunciations "
                    "2018). Ask the head of the office for the permission.",
                )
            )
        with self._uow.begin() as session:
            case = queries.load_case(session, case_id)
            session.add(
                AuditEntry(
                    user_name=self.user_name,
                    action="reveal_denunciator",
                    entity="case",
                    entity_id=case.id,
                    detail=f"Case {case.number or case.id}: identity of the denunciator viewed",
                )
            )
            return tuple(citizen_data(link) for link in case.citizens)

    def attachment_content(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, content) of an attached file; a denunciation's only for a
        user allowed to see denunciators. Every download is logged."""
        with self._uow.begin() as session:
            found = attachments.content(session, attachment_id)
            case_id, case_type = attachments.case_of(session, attachment_id)
            if case_type == CaseType.DENUNCIATION:
                require(session, self.user_name, Permission.VIEW_DENUNCIATORS)
            record_read(session, self.user_name, "download_attachment", "case", case_id)
            return found

    # registering and editing ---------------------------------------------------------------------

    def find_repeats(
        self,
        citizens: Sequence[CitizenInput],
        commune_id: int | None,
        field_id: int | None,
        case_type: CaseType,
        exclude_case_id: int | None = None,
    ) -> list[CaseRef]:
        """Open or settled cases in the same field from the same citizen (ID, or name + commune),
        of the same confidentiality as ``case_type`` (denunciations only with denunciations)."""
        with self._uow.read() as session:
            return queries.repeats(
                session, citizens, commune_id, field_id, case_type, exclude_case_id
            )

    def register(self, draft: CaseDraft) -> RegisterResult:
        """Record a new case; link it to an earlier one from the same citizen in the same field."""
        today = self._clock.today()
        validate(draft, today, new=True)
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_RECORDS)
            case, repeat, created = register_case(session, draft, self.user_name)
            return RegisterResult(build_detail(session, case, today), repeat, created)

    def update(self, case_id: int, draft: CaseDraft, expected_version: int) -> CaseDetail:
        """Save an edited case. Somebody else saved it meanwhile: ``EditConflict`` carrying
        their ``CaseDetail`` (the form shows theirs beside the person's and lets them choose)."""
        today = self._clock.today()
        validate(draft, today, new=False)
        with stale_as_conflict(lambda: self.get(case_id)), self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_RECORDS)
            loaded = queries.load_case(session, case_id)
            check_version(
                loaded.version, expected_version, lambda: build_detail(session, loaded, today)
            )
            before = undo.state_of(loaded)
            case = update_case(session, case_id, draft, expected_version, self.user_name, today)
            undo.seal(session, case, before)
            session.flush()  # a save in between: StaleDataError, theirs read afresh
            return build_detail(session, case, today)

    # the facts the statutory forms count -------------------------------------------------------

    def facts(self, case_id: int) -> SettlementFacts:
        """What the case records for the statutory forms (None where they derive a fact)."""
        with self._uow.read() as session:
            return form_facts.facts_of(queries.load_case(session, case_id))

    def record_facts(
        self, case_id: int, facts: SettlementFacts, expected_version: int | None = None
    ) -> CaseDetail:
        """Save the case's facts for the statutory forms; a contradiction (a withdrawn case
        with a verdict, a second-round verdict on a first-round case, a negative amount) is
        refused with a message naming the field, and nothing is saved."""
        today = self._clock.today()
        try:
            with self._uow.begin() as session:
                case = queries.load_case(session, case_id)
                if expected_version is not None and case.version != expected_version:
                    raise ConcurrentEdit(workflow.CONCURRENT)
                form_facts.apply_facts(case, facts)
                session.flush()
                return build_detail(session, case, today)
        except StaleDataError as error:
            raise ConcurrentEdit(workflow.CONCURRENT) from error

    # workflow ------------------------------------------------------------------------------------

    def change_status(
        self,
        case_id: int,
        target: CaseStatus,
        *,
        on: date | None = None,
        note: str | None = None,
        outcome: Outcome | None = None,
        refusal_ground: str | None = None,
        expected_version: int | None = None,
    ) -> CaseDetail:
        """Move a case along its workflow (only the moves of ``domain.case_workflow``)."""
        today = self._clock.today()
        workflow.check_status_change(target, on, outcome, refusal_ground)
        try:
            with self._uow.begin() as session:
                require(session, self.user_name, Permission.EDIT_RECORDS)
                before = undo.state_of(queries.load_case(session, case_id))
                case = workflow.change_status(
                    session,
                    case_id,
                    target,
                    day=on or today,
                    today=today,
                    note=note,
                    outcome=outcome,
                    refusal_ground=refusal_ground,
                    expected_version=expected_version,
                    user_name=self.user_name,
                )
                undo.seal(session, case, before)
                return build_detail(session, case, today)
        except StaleDataError as error:
            raise ConcurrentEdit(workflow.CONCURRENT) from error

    def add_follow_up(
        self,
        case_id: int,
        kind: FollowUpKind,
        *,
        note: str | None = None,
        decision_number: str | None = None,
        extension_days: int | None = None,
        attachments: Sequence[AttachmentInput] = (),
        on: date | None = None,
    ) -> CaseDetail:
        """Record an urging, an agency's report, the reply sent, an extension, the notification
        of a denunciator that their denunciation was accepted, or a note; ``on``: the day it
        happened (default today; not in the future, not before the case was received)."""
        decision = workflow.check_follow_up(kind, decision_number, attachments)
        today = self._clock.today()
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_RECORDS)
            if attachments and queries.load_case(session, case_id).case_type == (
                CaseType.DENUNCIATION
            ):  # a denunciation's files are as secret as its denunciator
                require(session, self.user_name, Permission.VIEW_DENUNCIATORS)
            case = workflow.add_follow_up(
                session,
                case_id,
                kind,
                day=on or today,
                today=today,
                note=note,
                decision=decision,
                extension_days=extension_days,
                attachments=attachments,
                user_name=self.user_name,
            )
            return build_detail(session, case, today)

    # undo (issue 18) ------------------------------------------------------------------------------

    def undo_offer(self, case_id: int) -> undo.UndoOffer | None:
        """The change "Undo" would take back (the case's last edit or status change, by this
        user, nobody having changed the case since), or None."""
        with self._uow.read() as session:
            return undo.undo_offer(session, queries.load_case(session, case_id), self.user_name)

    def undo(self, case_id: int, event_id: int) -> CaseDetail:
        """Undo timeline entry ``event_id``, the case's last change; refused with a message
        when it is no longer the last, or somebody changed the case since."""
        today = self._clock.today()
        try:
            with self._uow.begin() as session:
                require(session, self.user_name, Permission.EDIT_RECORDS)
                case = queries.load_case(session, case_id)
                undo.undo_last(session, case, event_id, self.user_name)
                session.flush()
                index_case(session, case)
                session.flush()
                return build_detail(session, case, today)
        except StaleDataError as error:
            raise ConcurrentEdit(workflow.CONCURRENT) from error

    # pick lists and rules ------------------------------------------------------------------------

    def conferences(self, limit: int = 300) -> list[Choice]:
        """Recent conferences and reception days, newest first (where a case was raised)."""
        with self._uow.read() as session:
            return queries.conference_choices(session, limit)

    def deadline_rules(self) -> list[DeadlineRuleData]:
        with self._uow.read() as session:
            return queries.deadline_rules(session)

    def restore_default_rules(self) -> int:
        """Add back every statutory default rule that is missing (edited ones are kept)."""
        with self._uow.begin() as session:
            require(session, self.user_name, Permission.EDIT_RULES)
            return rules.restore_default_rules(session)

    def save_deadline_rule(self, data: DeadlineRuleData) -> DeadlineRuleData:
        """Create or change a rule, then recompute the deadlines of open cases."""
        code = rules.check_rule(data)
        with (
            stale_as_conflict(lambda: self.deadline_rule(data.id)),
            self._uow.begin() as session,
        ):
            require(session, self.user_name, Permission.EDIT_RULES)
            return rules.save_rule(session, data, code)

    def deadline_rule(self, rule_id: int | None) -> DeadlineRuleData | None:
        """One rule as it is saved now; None when it is gone."""
        with self._uow.read() as session:
            row = session.get(DeadlineRule, rule_id) if rule_id is not None else None
            return queries.rule_data(row) if row is not None else None

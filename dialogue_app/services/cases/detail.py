"""A case as the detail view shows it (``CaseDetail``): its names, the earlier case it repeats,
its timeline in the order things happened, the moves allowed next and its deadlines explained.
Built from a case loaded whole (``queries.load_case``) in the caller's unit of work."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from dialogue_app.domain import case_workflow
from dialogue_app.domain.cases import CaseStatus, CaseType, FollowUpKind, Stage
from dialogue_app.domain.deadlines import select_rule
from dialogue_app.domain.messages import stored_parts, stored_text
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.cases.queries import (
    days_left,
    facts_of,
    load_rules,
    notify_overdue,
    parts_of,
)
from dialogue_app.services.cases.types import (
    AttachmentInfo,
    CaseDetail,
    CaseRef,
    CitizenData,
    TimelineEntry,
)
from dialogue_app.store.models import AdminUnit, Agency, Case, CaseCitizen, CaseField, Conference


def _local(moment: datetime) -> datetime:
    return moment.astimezone(VN_TZ)


def citizen_data(link: CaseCitizen) -> CitizenData:
    citizen = link.citizen
    return CitizenData(
        citizen.id,
        citizen.full_name,
        citizen.national_id,
        citizen.address,
        citizen.phone,
        link.is_representative,
    )


def build_detail(session: Session, case: Case, today: date, *, reveal: bool = False) -> CaseDetail:
    """The detail of ``case``; a denunciator shown only with ``reveal``."""
    hidden = case.case_type == CaseType.DENUNCIATION and not reveal
    rules = load_rules(session)
    rule = (
        select_rule(rules, facts_of(case), Stage.SETTLE)
        if case.status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS)
        else None
    )
    extensions = sum(1 for e in case.events if e.kind == FollowUpKind.EXTENSION)
    left = days_left(case.status, case.deadline, today)
    names = {
        "field": session.get(CaseField, case.field_id) if case.field_id else None,
        "commune": session.get(AdminUnit, case.commune_id) if case.commune_id else None,
        "agency": session.get(Agency, case.agency_id) if case.agency_id else None,
    }
    conference = session.get(Conference, case.conference_id) if case.conference_id else None
    repeat = None
    if case.repeat_of_id:
        other = session.get(Case, case.repeat_of_id)
        if other is not None:
            repeat = CaseRef(other.id, other.number, other.received_on, other.status)
    events = sorted(case.events, key=lambda e: (e.happened_on or _local(e.at).date(), e.id))
    timeline = tuple(
        TimelineEntry(
            id=event.id,
            at=_local(event.at),
            happened_on=event.happened_on or _local(event.at).date(),
            user_name=event.user_name,
            kind=event.kind,
            from_status=event.from_status,
            to_status=event.to_status,
            note=stored_text(event.note),
            note_parts=tuple(stored_parts(event.note)),
            decision_number=event.decision_number,
            extension_days=event.extension_days,
            attachments=tuple(
                AttachmentInfo(a.id, a.file_name, a.media_type, len(a.content or b""))
                for a in event.attachments
            ),
        )
        for event in events
    )
    return CaseDetail(
        id=case.id,
        number=case.number,
        received_on=case.received_on,
        channel=case.channel,
        conference_id=case.conference_id,
        conference=conference.title if conference else None,
        case_type=case.case_type,
        field_id=case.field_id,
        field=names["field"].name if names["field"] else None,
        summary=case.summary,
        commune_id=case.commune_id,
        commune=names["commune"].name if names["commune"] else None,
        within_competence=case.within_competence,
        round=case.round,
        remote_area=case.remote_area,
        complexity=case.complexity,
        group_size=case.group_size,
        agency_id=case.agency_id,
        agency=names["agency"].name if names["agency"] else None,
        handler=case.handler,
        status=case.status,
        outcome=case.outcome,
        refusal_ground=case.refusal_ground,
        accepted_on=case.accepted_on,
        resolved_on=case.resolved_on,
        deadline=case.deadline,
        overdue=left is not None and left < 0,
        repeat_of=repeat,
        citizens=() if hidden else tuple(citizen_data(link) for link in case.citizens),
        citizen_count=len(case.citizens),
        identity_hidden=hidden,
        timeline=timeline,
        allowed_next=tuple(sorted(case_workflow.allowed_next(case.status))),
        extensions_used=extensions,
        extensions_allowed=rule.max_extensions if rule else 0,
        version=case.version,
        deadline_parts=parts_of(case.deadline_explanation),
        notify_deadline=case.notify_deadline,
        notify_parts=parts_of(case.notify_deadline_explanation),
        notified_on=case.notified_on,
        notify_overdue=notify_overdue(case, today),
    )

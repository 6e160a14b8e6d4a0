"""Undoing the last change of a case through its timeline (issue 18): an edit or a status
change is put back while nobody has changed the case since; otherwise a clear refusal and
nothing undone. SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome
from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, ensure_rules, make_places


@pytest.fixture(autouse=True)
def _rules(db: DatabaseHandle) -> None:
    ensure_rules(db)


@pytest.fixture
def places(db: DatabaseHandle) -> Places:
    return make_places(db)


@pytest.fixture
def service(db: DatabaseHandle) -> CaseService:
    return CaseService(db.uow, "chuyenvien", clock=fixed_clock())


def draft(places: Places, **changes: object) -> CaseDraft:
    base = CaseDraft(
        received_on=TODAY - timedelta(days=40),
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput("Đặng Văn Đức", "042090001234"),),
        summary="Tranh chấp ranh giới thửa đất",
        channel=Channel.RECEPTION,
        field_id=places.land_id,
        commune_id=places.commune_id,
        agency_id=places.agency_id,
        number="KN-2026/015",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_new_case_offers_nothing_to_undo(service: CaseService, places: Places) -> None:
    case = service.register(draft(places)).case
    assert service.undo_offer(case.id) is None


def test_undo_an_edit(service: CaseService, places: Places) -> None:
    case = service.register(draft(places)).case
    edited = service.update(
        case.id,
        draft(
            places,
            summary="Đã sửa tóm tắt",
            citizens=(CitizenInput("Đặng Văn Đức", "042090001234"), CitizenInput("Hồ Thị Lan")),
            commune_id=places.other_commune_id,
        ),
        case.version,
    )
    assert len(edited.citizens) == 2
    offer = service.undo_offer(case.id)
    assert offer is not None and offer.kind == FollowUpKind.NOTE
    undone = service.undo(case.id, offer.event_id)
    assert undone.summary == "Tranh chấp ranh giới thửa đất"
    assert undone.commune_id == places.commune_id
    assert [c.full_name for c in undone.citizens] == ["Đặng Văn Đức"]
    assert undone.deadline == case.deadline
    assert "Undone" in (undone.timeline[-1].note_parts[0][0])
    assert service.undo_offer(case.id) is None
    # the search index follows the case back
    from dialogue_app.services.cases import CaseFilter

    assert service.count(CaseFilter(search="sua tom tat")) == 0
    assert service.count(CaseFilter(search="ranh gioi")) == 1


def test_undo_a_status_change_reopens_the_case_with_its_deadline(
    service: CaseService, places: Places
) -> None:
    case = service.register(draft(places)).case
    accepted = service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=35))
    resolved = service.change_status(
        case.id, CaseStatus.RESOLVED, on=TODAY - timedelta(days=2), outcome=Outcome.UPHELD
    )
    assert resolved.status is CaseStatus.RESOLVED
    offer = service.undo_offer(case.id)
    assert offer is not None
    assert (offer.from_status, offer.to_status) == (CaseStatus.ACCEPTED, CaseStatus.RESOLVED)
    undone = service.undo(case.id, offer.event_id)
    assert undone.status is CaseStatus.ACCEPTED
    assert undone.resolved_on is None and undone.outcome is None
    assert undone.deadline == accepted.deadline
    entry = undone.timeline[-1]
    assert (entry.from_status, entry.to_status) == (CaseStatus.RESOLVED, CaseStatus.ACCEPTED)


def test_undo_after_somebody_else_changed_the_case_is_refused(
    db: DatabaseHandle, service: CaseService, places: Places
) -> None:
    case = service.register(draft(places)).case
    accepted = service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=35))
    offer = service.undo_offer(case.id)
    assert offer is not None
    colleague = CaseService(db.uow, "dongnghiep", clock=fixed_clock())
    colleague.update(case.id, draft(places, summary="Sửa bởi đồng nghiệp"), accepted.version)
    with pytest.raises(ValidationError) as refused:
        service.undo(case.id, offer.event_id)
    assert "Somebody changed this case" in refused.value.template
    after = service.get(case.id)
    assert after.status is CaseStatus.ACCEPTED and after.summary == "Sửa bởi đồng nghiệp"
    # the colleague's edit: only they may undo it
    assert service.undo_offer(case.id) is None
    theirs = colleague.undo_offer(case.id)
    assert theirs is not None
    with pytest.raises(ValidationError) as refused:
        service.undo(case.id, theirs.event_id)
    assert refused.value.values == ("dongnghiep",)


def test_a_follow_up_after_the_change_blocks_its_undo(service: CaseService, places: Places) -> None:
    case = service.register(draft(places)).case
    service.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=35))
    offer = service.undo_offer(case.id)
    assert offer is not None
    service.add_follow_up(case.id, FollowUpKind.URGED, note="Đôn đốc lần 1")
    assert service.undo_offer(case.id) is None
    with pytest.raises(ValidationError):
        service.undo(case.id, offer.event_id)
    assert service.get(case.id).status is CaseStatus.ACCEPTED

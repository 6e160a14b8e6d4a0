"""Issuing: numbers per series and year, never reused, safe with two issuers on PostgreSQL; bad
records refused naming the missing field with nothing numbered; a file that cannot be written
leaves the number free; the register of outgoing documents; the case's timeline; the
denunciator's identity only for those allowed to see it."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from dialogue_app.domain.cases import CaseStatus, FollowUpKind
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.documents import DocumentKind, RecordType
from dialogue_app.domain.messages import stored_text
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.services.documents import DocumentOptions, OutgoingFilter, RecordRef
from dialogue_app.services.documents.records import KIND_NAMES
from dialogue_app.services.errors import CannotSave, NotFound, ServiceError, ValidationError
from dialogue_app.services.files import write_atomically
from dialogue_app.store.models import AuditEntry, Case, CaseEvent, Conference, DocumentCounter
from dialogue_app.store.models import IssuedDocument as IssuedDocumentRow
from dialogue_app.store.security import CHANGE_ACTIONS
from tests.clock import TODAY
from tests.services.documents.document_fixtures import service, setup_office


def test_numbers_run_per_series_and_year(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    numbers = [
        documents.issue(DocumentKind.ACCEPTANCE, office.complaint_id).number,
        documents.issue(DocumentKind.CONCLUSION, office.conference_id).number,
        documents.issue(DocumentKind.TRANSFER, office.complaint_id).number,
        documents.issue(DocumentKind.REFUSAL, office.refused_id).number,
    ]
    assert numbers == ["01/TB-BTCD", "02/TB-BTCD", "01/PC-BTCD", "03/TB-BTCD"]
    next_year = service(db, on=TODAY.replace(year=TODAY.year + 1, month=1, day=5))
    assert next_year.issue(DocumentKind.TRANSFER, office.complaint_id).number == "01/PC-BTCD"


def test_missing_venue_names_the_field_and_numbers_nothing(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    with pytest.raises(ValidationError) as caught:
        documents.issue(DocumentKind.INVITATION, office.bare_conference_id)
    assert caught.value.field == "venue"
    assert "venue" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        documents.draft(DocumentKind.MINUTES, office.bare_conference_id)
    assert caught.value.field == "venue"
    assert documents.list_issued() == []
    with db.uow.read() as session:
        assert session.scalars(select(DocumentCounter)).all() == []


def test_no_invitation_to_a_cancelled_conference(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with db.uow.begin() as session:
        session.get(Conference, office.upcoming_id).status = ConferenceStatus.CANCELLED
    documents = service(db)
    with pytest.raises(ValidationError) as caught:
        documents.issue(DocumentKind.INVITATION, office.upcoming_id)
    assert caught.value.field == "not_cancelled"
    assert "cancelled" in str(caught.value)
    assert documents.list_issued() == []


def test_transfer_without_an_agency_names_the_field(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    with pytest.raises(ValidationError) as caught:
        documents.issue(DocumentKind.TRANSFER, office.unassigned_id)
    assert caught.value.field == "agency"
    assert "agency" in str(caught.value)
    assert documents.list_issued() == []
    assert documents.issue(DocumentKind.TRANSFER, office.complaint_id).number == "01/PC-BTCD"


def test_wrong_kind_of_record(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    with pytest.raises(ValidationError) as caught:
        documents.issue(DocumentKind.DENUNCIATOR_NOTICE, office.complaint_id)
    assert caught.value.field == "denunciation"
    with pytest.raises(NotFound):
        documents.issue(DocumentKind.TRANSFER, 99999)


def test_a_file_that_cannot_be_written_leaves_the_number_free(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    office = setup_office(db)
    documents = service(db)
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    target = blocked / "transfer.docx"  # its folder is a file: cannot be written

    def deliver(_content: object, docx: bytes) -> None:
        write_atomically(target, docx)

    with pytest.raises(CannotSave):
        documents.issue(DocumentKind.TRANSFER, office.complaint_id, deliver=deliver)
    assert documents.list_issued() == []
    good = tmp_path / "transfer.docx"
    issued = documents.issue(
        DocumentKind.TRANSFER,
        office.complaint_id,
        deliver=lambda _content, docx: write_atomically(good, docx) and None,
    )
    assert issued.number == "01/PC-BTCD"
    assert good.read_bytes() == issued.docx


def test_register_of_outgoing_documents(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    invitation = documents.issue(DocumentKind.INVITATION, office.upcoming_id)
    transfer = documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    listed = documents.list_issued()
    assert [d.number for d in listed] == [transfer.number, invitation.number]
    assert listed[0].content is None and listed[0].docx is None
    assert [
        d.number for d in documents.list_issued(OutgoingFilter(kind=DocumentKind.INVITATION))
    ] == ["01/GM-BTCD"]
    assert documents.list_issued(OutgoingFilter(year=TODAY.year - 1)) == []
    assert [d.number for d in documents.list_issued(OutgoingFilter(search="chuyen don"))] == [
        "01/PC-BTCD"
    ]
    by_record = documents.list_issued(
        OutgoingFilter(record=RecordRef(RecordType.CONFERENCE, office.upcoming_id))
    )
    assert [d.number for d in by_record] == ["01/GM-BTCD"]
    reopened = documents.get_issued(invitation.id)
    assert reopened.docx == invitation.docx
    assert reopened.content == invitation.content
    assert documents.years() == (TODAY.year,)


def test_the_case_timeline_notes_the_document(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    documents.issue(DocumentKind.URGE, office.complaint_id)
    documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    with db.uow.read() as session:
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == office.complaint_id).order_by(CaseEvent.id)
        ).all()
        assert [(e.kind, e.decision_number) for e in events] == [
            (FollowUpKind.URGED, "01/BTCD-TCD"),
            (FollowUpKind.NOTE, "01/PC-BTCD"),
        ]
        assert stored_text(events[1].note) == "Issued: Phiếu chuyển đơn 01/PC-BTCD"
        assert events[0].user_name == "clerk"


def test_a_denunciator_is_never_named_to_a_clerk(db: DatabaseHandle) -> None:
    office = setup_office(db)
    clerk = service(db, "clerk")
    for kind in (DocumentKind.DENUNCIATOR_NOTICE, DocumentKind.TRANSFER, DocumentKind.ACCEPTANCE):
        issued = clerk.issue(kind, office.denunciation_id)
        assert issued.content is not None and not issued.confidential
        text = repr(issued.content)
        assert "Đặng Văn Đức" not in text and "042090001234" not in text
        assert "Đặng Văn Đức".encode() not in (issued.docx or b"")
    minutes = clerk.draft(DocumentKind.MINUTES, office.conference_id)
    rows = minutes.content.pages[0].table.rows  # type: ignore[union-attr]
    assert rows[2][1] == "Người tố cáo (giữ bí mật)"
    assert rows[0][1] == "Đặng Văn Đức"  # a complaint's citizen is not secret


def test_the_head_may_print_the_denunciator_and_it_is_guarded(db: DatabaseHandle) -> None:
    office = setup_office(db)
    head = service(db, "head")
    issued = head.issue(DocumentKind.DENUNCIATOR_NOTICE, office.denunciation_id)
    assert issued.confidential
    assert issued.content is not None
    assert issued.content.pages[0].addressee == "Kính gửi: Đặng Văn Đức"
    with pytest.raises(ServiceError) as caught:
        service(db, "clerk").get_issued(issued.id)
    assert "denunciator" in str(caught.value)
    assert head.get_issued(issued.id).docx == issued.docx
    with db.uow.read() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.action.not_in(CHANGE_ACTIONS))  # PostgreSQL's rows of changes
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["document_names_denunciator", "reopen_confidential_document"]


def test_the_signer_and_recipients_are_chosen(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    draft = documents.draft(
        DocumentKind.TRANSFER,
        office.complaint_id,
        DocumentOptions(signer=1, recipients=("Chủ tịch UBND tỉnh",)),
    )
    assert draft.content.signer.full_name == "Trần Thị Bình"
    assert draft.content.recipients == ("- Như trên;", "- Chủ tịch UBND tỉnh;", "- Lưu: VT.")
    with pytest.raises(ValidationError) as caught:
        documents.draft(DocumentKind.TRANSFER, office.complaint_id, DocumentOptions(signer=5))
    assert caught.value.field == "signers"


def test_no_future_issue_date(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with pytest.raises(ValidationError):
        service(db).issue(
            DocumentKind.TRANSFER,
            office.complaint_id,
            DocumentOptions(issued_on=TODAY + timedelta(days=1)),
        )


def test_two_issuers_at_once_never_share_a_number(
    db: DatabaseHandle, database_url: str, engine: str
) -> None:
    if engine != "postgres":
        pytest.skip("two connections issuing at the same moment: the shared PostgreSQL database")
    office = setup_office(db)
    handles = [open_database(database_url), open_database(database_url)]
    numbers: list[str] = []
    failures: list[BaseException] = []
    start = threading.Barrier(2)
    lock = threading.Lock()

    def issue(handle: DatabaseHandle) -> None:
        documents = service(handle)
        start.wait()
        try:
            for _ in range(10):
                number = documents.issue(DocumentKind.TRANSFER, office.complaint_id).number
                with lock:
                    numbers.append(number)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=issue, args=(handle,)) for handle in handles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for handle in handles:
        handle.close()
    assert failures == []
    assert sorted(numbers) == [f"{n:02d}/PC-BTCD" for n in range(1, 21)]


def test_a_held_number_is_given_to_the_next_issuer_after_a_rollback(
    db: DatabaseHandle, database_url: str, engine: str
) -> None:
    if engine != "postgres":
        pytest.skip("a second issuer waiting on the first: the shared PostgreSQL database")
    office = setup_office(db)
    other = open_database(database_url)
    inside = threading.Event()
    release = threading.Event()
    result: list[str] = []

    def slow_deliver(_content: object, _docx: bytes) -> None:
        inside.set()
        release.wait(10)
        raise CannotSave.from_os_error(OSError(28, "No space left on device"), Path("x.docx"))

    def first() -> None:
        with pytest.raises(CannotSave):
            service(db).issue(DocumentKind.TRANSFER, office.complaint_id, deliver=slow_deliver)

    def second() -> None:
        inside.wait(10)
        result.append(service(other).issue(DocumentKind.TRANSFER, office.complaint_id).number)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    inside.wait(10)
    release.set()
    for thread in threads:
        thread.join()
    other.close()
    assert result == ["01/PC-BTCD"]


def test_a_topic_ending_with_a_stop_does_not_end_the_sentence_twice(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with db.uow.begin() as session:
        session.get(Conference, office.upcoming_id).topic = "Bồi thường, hỗ trợ tái định cư."
    draft = service(db).draft(DocumentKind.INVITATION, office.upcoming_id)
    texts = [text for page in draft.content.pages for text in page.paragraphs]
    assert "Nội dung: Bồi thường, hỗ trợ tái định cư." in texts
    assert not any(".." in text for text in texts)


def test_the_notice_to_the_denunciator_records_the_notification(db: DatabaseHandle) -> None:
    """Issuing the first notice of an accepted denunciation is the notification the law asks
    for within 5 working days: its deadline is met, as if recorded by hand; a later notice
    (of the result, say) is a note."""
    office = setup_office(db)
    head = service(db, "head")
    first = head.issue(DocumentKind.DENUNCIATOR_NOTICE, office.denunciation_id)
    second = head.issue(DocumentKind.DENUNCIATOR_NOTICE, office.denunciation_id)
    with db.uow.read() as session:
        case = session.get(Case, office.denunciation_id)
        assert case is not None and case.notified_on == first.issued_on
        kinds = [
            (event.kind, event.decision_number)
            for event in session.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == office.denunciation_id)
                .order_by(CaseEvent.id)
            )
        ]
    assert (FollowUpKind.NOTIFIED, first.number) in kinds
    assert (FollowUpKind.NOTE, second.number) in kinds


def test_a_document_that_makes_no_sense_for_the_case_state_is_refused(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    with db.uow.begin() as session:
        case = session.get(Case, office.complaint_id)
        assert case is not None
        case.status = CaseStatus.RESOLVED
        case.resolved_on = TODAY
    with pytest.raises(ValidationError) as caught:
        documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    assert caught.value.field == "status"
    assert "already resolved" in str(caught.value) and "phiếu chuyển đơn" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        documents.issue(DocumentKind.ACCEPTANCE, office.refused_id)
    assert "refusal notice instead" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        documents.draft(DocumentKind.GUIDANCE, office.denunciation_id)
    assert "was accepted" in str(caught.value)
    assert documents.list_issued() == []  # nothing numbered
    assert documents.issue(DocumentKind.GUIDANCE, office.received_id).number == "01/PHD-BTCD"


def test_the_kind_suggested_for_a_record(db: DatabaseHandle) -> None:
    office = setup_office(db)
    documents = service(db)
    assert documents.suggested_kind(RecordType.CASE, office.received_id) is DocumentKind.APPOINTMENT
    # accepted, its deadline passed, an agency set: urge it
    assert documents.suggested_kind(RecordType.CASE, office.complaint_id) is DocumentKind.URGE
    assert documents.suggested_kind(RecordType.CASE, office.refused_id) is DocumentKind.REFUSAL
    assert documents.suggested_kind(RecordType.CONFERENCE, office.conference_id) is (
        DocumentKind.MINUTES
    )
    assert documents.suggested_kind(RecordType.CONFERENCE, office.upcoming_id) is (
        DocumentKind.INVITATION
    )


def test_no_invitation_to_a_conference_already_held(db: DatabaseHandle) -> None:
    office = setup_office(db)
    with pytest.raises(ValidationError) as caught:
        service(db).issue(DocumentKind.INVITATION, office.conference_id)
    assert caught.value.field == "status"
    assert "already been held" in str(caught.value) and "minutes" in str(caught.value)
    assert service(db).list_issued() == []


def test_the_register_summarises_a_document_without_its_kind(db: DatabaseHandle) -> None:
    """The register's summary is the document's own ("trích yếu"), not "Kind: record": the kind
    and the record have their own columns; the record's number still finds the document."""
    office = setup_office(db)
    documents = service(db)
    documents.issue(DocumentKind.TRANSFER, office.complaint_id)
    documents.issue(DocumentKind.MINUTES, office.conference_id)
    minutes, transfer = documents.list_issued()
    assert transfer.title == "Về việc chuyển đơn đến cơ quan có thẩm quyền"
    assert minutes.title == "Hội nghị đối thoại về bồi thường giải phóng mặt bằng"
    for document in (minutes, transfer):
        assert not document.title.startswith(KIND_NAMES[document.kind])
        assert documents.get_issued(document.id).title == document.title
    assert [d.number for d in documents.list_issued(OutgoingFilter(search="2026/001"))] == [
        transfer.number
    ]
    assert [d.number for d in documents.list_issued(OutgoingFilter(search="bien ban"))] == [
        minutes.number
    ]
    # a document issued when the summary was "Kind: record" is shown without the kind
    with db.uow.begin() as session:
        row = session.get(IssuedDocumentRow, transfer.id)
        assert row is not None
        row.title = "Phiếu chuyển đơn: 2026/001"
    assert documents.list_issued(OutgoingFilter(kind=DocumentKind.TRANSFER))[0].title == "2026/001"

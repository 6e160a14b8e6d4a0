"""``DocumentService``: official documents made from the record (issue 13).

Each method is one unit of work. A document is made from its record (a conference or a case) and
the office's letterhead, as ``DocumentContent`` (what is printed) and a .docx (the kind's template
filled by docxtpl: the office's own template if it loaded one, else the default shipped in
``resources/templates/``). A draft takes no number. Issuing takes the next number of the kind's
series for the year in the same transaction that stores the document, notes it in the case's
timeline and lets the caller write its file (``deliver``) before the commit: a failure anywhere
rolls everything back and the number stays free.

Long module: issuing, the register of outgoing documents (read through the row-level-security
view on PostgreSQL) and the templates share one service and its transaction rules; the
builders of each kind's content already live in their own modules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import FollowUpKind
from dialogue_app.domain.documents import KINDS, DocumentKind, Layout, RecordType, fitness
from dialogue_app.domain.messages import store_parts
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import to_local
from dialogue_app.resources import resources_dir
from dialogue_app.services.cases import CaseService
from dialogue_app.services.cases.workflow import add_follow_up, calls_for_notification
from dialogue_app.services.clock import Clock
from dialogue_app.services.documents import reception, word
from dialogue_app.services.documents.checks import check_letterhead_ready, check_needs
from dialogue_app.services.documents.numbering import next_sequence
from dialogue_app.services.documents.records import (
    KIND_NAMES,
    Facts,
    build_content,
    case_facts,
    conference_facts,
)
from dialogue_app.services.documents.types import (
    Deliver,
    DocumentContent,
    DocumentDraft,
    DocumentOptions,
    DocumentPage,
    DocumentTable,
    IssuedDocument,
    OutgoingFilter,
    ReceptionRegister,
    RecordRef,
    TemplateInfo,
)
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError
from dialogue_app.services.office import Signer, read_letterhead, read_profile
from dialogue_app.store import models
from dialogue_app.store.security import ISSUED_REGISTER
from dialogue_app.store.unit_of_work import UnitOfWork

# the note in the case's timeline (stored as parts: the window shows it translated)
ISSUED_NOTE = QT_TRANSLATE_NOOP("Messages", "Issued: %1 %2")


class DocumentService:
    """Use cases of official documents. ``user_name`` goes into the register and timelines and
    decides whether a denunciator's identity may be printed (the case register's rule)."""

    def __init__(
        self,
        uow: UnitOfWork,
        user_name: str | None = None,
        *,
        clock: Clock,
        templates_dir: Path | None = None,
    ) -> None:
        self._uow = uow
        self.user_name = user_name
        self._clock = clock
        self._templates_dir = templates_dir

    # --- kinds ------------------------------------------------------------------------------

    @staticmethod
    def kinds() -> tuple[DocumentKind, ...]:
        """Every kind of document, in the order of DOCUMENTS.md."""
        return tuple(KINDS)

    @staticmethod
    def kind_name(kind: DocumentKind) -> str:
        """The kind's Vietnamese name ("Phiếu chuyển đơn"), as the register prints it."""
        return KIND_NAMES[kind]

    @staticmethod
    def template_fields(kind: DocumentKind) -> tuple[str, ...]:
        """The names a template of ``kind`` may use (``{{ number_line }}``, ``{{ venue }}``…)."""
        return tuple(sorted(_allowed_fields(kind)))

    def suggested_kind(self, record_type: RecordType, record_id: int) -> DocumentKind:
        """The kind that fits the record's state best, to offer first: a transferred case's
        transfer slip, a new case's appointment slip, the urge letter for a case overdue at
        its agency, a conference's invitation before it and minutes after it. ``NotFound``."""
        today = self._clock.today()
        with self._uow.read() as session:
            if record_type is RecordType.CONFERENCE:
                status = session.scalar(
                    select(models.Conference.status).where(models.Conference.id == record_id)
                )
                if status is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Conference %1 does not exist (it may have been deleted)."
                        ),
                        record_id,
                    )
                return fitness.suggested_kind(status.value)
            case = session.get(models.Case, record_id)
            if case is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Case %1 does not exist (it may have been deleted)."
                    ),
                    record_id,
                )
            return fitness.suggested_kind(
                case.status.value,
                case_type=case.case_type,
                overdue=case.deadline is not None and case.deadline < today,
                has_agency=case.agency_id is not None,
            )

    # --- making and issuing -----------------------------------------------------------------

    def draft(
        self, kind: DocumentKind, record_id: int, options: DocumentOptions | None = None
    ) -> DocumentDraft:
        """The document of ``kind`` for the record ``record_id`` (a conference id for
        invitation, minutes, conclusion; a case id for the others) without a number ("…"), for
        a preview or print. Raises ``NotFound`` for a missing record, ``ValidationError``
        naming the first missing field (``field`` = e.g. "venue", "agency") when the record
        lacks what the kind needs, or when ``options.signer`` is not a signer of the letterhead
        (``field`` = "signers")."""
        kind = DocumentKind(kind)
        options = options or DocumentOptions()
        reveal = self._may_reveal()
        with self._uow.read() as session:
            facts, content = self._make(session, kind, record_id, options, reveal, 0)
            template = self._template_bytes(session, kind)
        return DocumentDraft(content, word.render(template, content))

    def issue(
        self,
        kind: DocumentKind,
        record_id: int,
        options: DocumentOptions | None = None,
        *,
        deliver: Deliver | None = None,
        file_name: str = "",
    ) -> IssuedDocument:
        """Issue the document: the next number of its series for the year (never reused, safe
        with several issuers on PostgreSQL), stored with its data and .docx in the register of
        outgoing documents, noted in the case's timeline. ``deliver(content, docx)`` is called
        before the commit to write the user's file; if it raises (``CannotSave``: disk full, file
        open in Word), nothing is issued and the number stays free. Same errors as ``draft``."""
        kind = DocumentKind(kind)
        options = options or DocumentOptions()
        today = self._clock.today()
        issued_on = options.issued_on or today
        if issued_on > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "A document cannot be issued with a future date."),
                "issued_on",
            )
        reveal = self._may_reveal()
        spec = KINDS[kind]
        with self._uow.begin() as session:
            # everything that can be refused is checked before the number is taken
            facts, _draft = self._make(session, kind, record_id, options, reveal, 0)
            template = self._template_bytes(session, kind)
            sequence = next_sequence(session, spec.series, issued_on.year)
            facts, content = self._make(session, kind, record_id, options, reveal, sequence)
            docx = word.render(template, content)
            title = document_summary(content)
            row = models.IssuedDocument(
                kind=kind.value,
                series=spec.series,
                year=issued_on.year,
                sequence=sequence,
                number=content.number,
                issued_on=issued_on,
                issued_at=self._clock.now(),
                user_name=self.user_name,
                conference_id=record_id if facts.record_type is RecordType.CONFERENCE else None,
                case_id=record_id if facts.record_type is RecordType.CASE else None,
                record_type=facts.record_type.value,
                record_id=record_id,
                title=title,
                # found by its number, kind, summary and the record's title or number
                search_key=fold(f"{content.number} {KIND_NAMES[kind]} {title} {facts.title}"),
                confidential=content.confidential,
                data_json=content_to_json(content),
                file_name=file_name or f"{content.number.replace('/', '-')}.docx",
                content=docx,
            )
            session.add(row)
            session.flush()
            if facts.record_type is RecordType.CASE:
                add_follow_up(
                    session,
                    record_id,
                    _follow_up_kind(session, kind, record_id, issued_on),
                    day=issued_on,
                    today=today,
                    note=store_parts(
                        [
                            (
                                QT_TRANSLATE_NOOP("Messages", "Issued: %1 %2"),
                                (KIND_NAMES[kind], content.number),
                            )
                        ]
                    ),
                    decision=content.number,
                    extension_days=None,
                    attachments=(),
                    user_name=self.user_name,
                )
            if content.confidential:
                session.add(
                    models.AuditEntry(
                        user_name=self.user_name,
                        action="document_names_denunciator",
                        entity=facts.record_type.value,
                        entity_id=record_id,
                        detail=f"Document {content.number} printed the denunciator's identity",
                    )
                )
            if deliver is not None:
                deliver(content, docx)
            return _issued(row, content, docx)

    def _may_reveal(self) -> bool:
        return CaseService(self._uow, self.user_name, clock=self._clock).can_view_denunciators()

    def _make(
        self,
        session: Session,
        kind: DocumentKind,
        record_id: int,
        options: DocumentOptions,
        reveal: bool,
        sequence: int,
    ) -> tuple[Facts, DocumentContent]:
        letterhead = read_letterhead(session)
        check_letterhead_ready(letterhead)
        if KINDS[kind].record_type is RecordType.CONFERENCE:
            facts = conference_facts(session, record_id, reveal=reveal)
        else:
            facts = case_facts(session, record_id, reveal=reveal, today=self._clock.today())
        check_needs(kind, facts)
        issued_on = options.issued_on or self._clock.today()
        return facts, build_content(kind, facts, letterhead, options, issued_on, sequence)

    # --- the register of outgoing documents --------------------------------------------------

    def list_issued(self, flt: OutgoingFilter | None = None) -> list[IssuedDocument]:
        """The register of outgoing documents, newest first (without content or file): the
        ``flt.limit`` rows after the first ``flt.offset``, each with its record's number or
        title (never just its database id). Every document is listed to every role; on
        PostgreSQL from the view without the protected content (``store/security.py``: a
        document naming a denunciator is hidden from a role that may not see them, but its
        register row is not)."""
        flt = flt or OutgoingFilter()
        with self._uow.read() as session:
            table = _register(session)
            query = (
                select(
                    table.id,
                    table.number,
                    table.kind,
                    table.year,
                    table.sequence,
                    table.issued_on,
                    table.issued_at,
                    table.user_name,
                    table.record_type,
                    table.record_id,
                    table.title,
                    table.confidential,
                    models.Case.number.label("case_number"),
                    models.Case.received_on,
                    models.Conference.title.label("conference_title"),
                    models.Conference.starts_at,
                )
                .outerjoin(
                    models.Case,
                    and_(
                        table.record_type == RecordType.CASE.value,
                        models.Case.id == table.record_id,
                    ),
                )
                .outerjoin(
                    models.Conference,
                    and_(
                        table.record_type == RecordType.CONFERENCE.value,
                        models.Conference.id == table.record_id,
                    ),
                )
            )
            query = self._filtered(query, flt, table)
            query = query.order_by(table.issued_on.desc(), table.id.desc())
            query = query.offset(max(flt.offset, 0)).limit(flt.limit)
            rows = session.execute(query).all()
        return [
            IssuedDocument(
                id=row.id,
                number=row.number,
                kind=DocumentKind(row.kind),
                year=row.year,
                sequence=row.sequence,
                issued_on=row.issued_on,
                issued_at=row.issued_at,
                user_name=row.user_name,
                record=RecordRef(RecordType(row.record_type), row.record_id),
                title=register_summary(DocumentKind(row.kind), row.title),
                confidential=row.confidential,
                record_number=row.case_number or "",
                record_title=row.conference_title or "",
                record_day=(
                    to_local(row.starts_at).date() if row.starts_at is not None else row.received_on
                ),
            )
            for row in rows
        ]

    def count_issued(self, flt: OutgoingFilter | None = None) -> int:
        """How many documents of the register match ``flt`` (its limit and offset aside)."""
        with self._uow.read() as session:
            table = _register(session)
            query = self._filtered(select(func.count(table.id)), flt or OutgoingFilter(), table)
            return int(session.scalar(query) or 0)

    @staticmethod
    def _filtered(query: Any, flt: OutgoingFilter, table: Any) -> Any:
        if flt.year is not None:
            query = query.where(table.year == flt.year)
        if flt.kind is not None:
            query = query.where(table.kind == DocumentKind(flt.kind).value)
        if flt.record is not None:
            query = query.where(
                table.record_type == flt.record.type.value, table.record_id == flt.record.id
            )
        words = fold(flt.search).split()
        for word_ in words:
            query = query.where(table.search_key.contains(word_, autoescape=True))
        return query

    def get_issued(self, document_id: int) -> IssuedDocument:
        """One issued document with its content and .docx, to reopen or reprint. A document that
        names a denunciator is refused (``ServiceError``) to a user who may not see them; each
        reopening of such a document by an allowed user is logged. ``NotFound`` if missing."""
        reveal = self._may_reveal()
        with self._uow.begin() as session:
            row = session.get(models.IssuedDocument, document_id)
            hidden = _hidden_from_role(session, document_id) if row is None else None
            if hidden is not None:
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Document %1 names a denunciator; you are not allowed to open it "
                        "(Law on Denunciations 2018). Ask the head of the office.",
                    ),
                    hidden,
                )
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "Issued document %1 does not exist."),
                    document_id,
                )
            if row.confidential:
                if not reveal:
                    raise ServiceError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Document %1 names a denunciator; you are not allowed to open it "
                            "(Law on Denunciations 2018). Ask the head of the office.",
                        ),
                        row.number,
                    )
                session.add(
                    models.AuditEntry(
                        user_name=self.user_name,
                        action="reopen_confidential_document",
                        entity="issued_document",
                        entity_id=row.id,
                        detail=f"Document {row.number} reopened",
                    )
                )
            return _issued(row, content_from_json(row.data_json), row.content)

    def years(self) -> tuple[int, ...]:
        """The years that have issued documents, newest first (for the register's filter)."""
        with self._uow.read() as session:
            table = _register(session)
            years = session.scalars(select(table.year).distinct().order_by(table.year.desc())).all()
        return tuple(years)

    # --- the reception register (Sổ tiếp công dân) -------------------------------------------

    def reception_register(self, date_from: date, date_to: date) -> ReceptionRegister:
        """The reception register of the period: one entry per case received at a reception,
        a conference or the desk between ``date_from`` and ``date_to`` (inclusive). A
        denunciator's name, address and ID are hidden unless the user may see them."""
        if date_from > date_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The period starts after it ends: check the two dates."
                ),
                "date_from",
            )
        reveal = self._may_reveal()
        with self._uow.read() as session:
            profile = read_profile(session)
            letterhead = read_letterhead(session)
            entries = reception.entries(
                session, date_from, date_to, reveal=reveal, today=self._clock.today()
            )
        office = letterhead.issuing_body or (profile.name if profile else "")
        return ReceptionRegister(
            date_from, date_to, office, tuple(entries), parent_body=letterhead.parent_body
        )

    def register_docx(self, register: ReceptionRegister) -> bytes:
        """The register as a landscape A4 .docx (form 03 of Circular 04/2021, 12 columns)."""
        return reception.register_docx(register)

    def register_xlsx(self, register: ReceptionRegister) -> bytes:
        """The register as an .xlsx workbook (one sheet, the 12 columns)."""
        return reception.register_xlsx(register)

    # --- templates ----------------------------------------------------------------------------

    def template_info(self, kind: DocumentKind) -> TemplateInfo:
        """Whether ``kind`` uses the office's own template or the default."""
        kind = DocumentKind(kind)
        with self._uow.read() as session:
            row = session.get(models.DocumentTemplate, kind.value)
            if row is None:
                return TemplateInfo(kind, False, f"{kind.value}.docx", None, None)
            return TemplateInfo(kind, True, row.file_name, row.loaded_at, row.user_name)

    def export_template(self, kind: DocumentKind) -> bytes:
        """The .docx template in use for ``kind`` (the office's, else the default), to edit."""
        kind = DocumentKind(kind)
        with self._uow.read() as session:
            return self._template_bytes(session, kind)

    def load_template(self, kind: DocumentKind, content: bytes, file_name: str) -> TemplateInfo:
        """Use ``content`` (a .docx edited in Word) as the office's template of ``kind``.
        Refused with a ``ValidationError`` (nothing changes, the previous template stays) when it
        is not a readable .docx, its template syntax is broken, or it uses a field the kind does
        not have (the message names the unknown fields)."""
        kind = DocumentKind(kind)
        word.check_template(content, _allowed_fields(kind))
        try:
            word.render(content, _sample_content(kind))
        except ValidationError:
            raise
        except Exception as error:  # the template parses but cannot be filled
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The template cannot be filled (%1). Correct it in Word and load it "
                    "again; the current template stays.",
                ),
                "template",
                str(error) or type(error).__name__,
            ) from error
        with self._uow.begin() as session:
            row = session.get(models.DocumentTemplate, kind.value)
            if row is None:
                row = models.DocumentTemplate(kind=kind.value)
                session.add(row)
            row.file_name = Path(file_name).name or f"{kind.value}.docx"
            row.content = content
            row.loaded_at = self._clock.now()
            row.user_name = self.user_name
            session.flush()
            return TemplateInfo(kind, True, row.file_name, row.loaded_at, row.user_name)

    def reset_template(self, kind: DocumentKind) -> TemplateInfo:
        """Go back to the default template of ``kind``."""
        kind = DocumentKind(kind)
        with self._uow.begin() as session:
            row = session.get(models.DocumentTemplate, kind.value)
            if row is not None:
                session.delete(row)
        return TemplateInfo(kind, False, f"{kind.value}.docx", None, None)

    def template_kinds(self) -> Sequence[TemplateInfo]:
        """``template_info`` of every kind, for the Settings section."""
        return [self.template_info(kind) for kind in KINDS]

    def default_template(self, kind: DocumentKind) -> bytes:
        """The default template shipped for ``kind`` (built when the file is missing)."""
        kind = DocumentKind(kind)
        path = (self._templates_dir or resources_dir() / "templates") / f"{kind.value}.docx"
        if path.is_file():
            return path.read_bytes()
        return word.default_template(kind)

    def _template_bytes(self, session: Session, kind: DocumentKind) -> bytes:
        row = session.get(models.DocumentTemplate, kind.value)
        return row.content if row is not None else self.default_template(kind)


def _allowed_fields(kind: DocumentKind) -> frozenset[str]:
    record = (
        word.CONFERENCE_FIELDS
        if KINDS[kind].record_type is RecordType.CONFERENCE
        else word.CASE_FIELDS
    )
    return word.fields_for(record)


def _sample_content(kind: DocumentKind) -> DocumentContent:
    """A document of ``kind`` with every field filled by a placeholder, to try a template."""
    fields: dict[str, object] = {name: "…" for name in _allowed_fields(kind)}
    fields.update(recipients=["- Lưu: VT."], signer_authority=["TM. …"], layout="state")
    table = DocumentTable(("STT", "…"), (("1", "…"),))
    return DocumentContent(
        kind=kind,
        layout=Layout.STATE,
        parent_body="…",
        issuing_body="…",
        number="…",
        number_line="Số: …",
        summary_line="",
        date_line="…",
        title="…",
        subtitle="…",
        pages=(DocumentPage("Kính gửi: …", ("…",), table, ("…",)),),
        recipients=("- Lưu: VT.",),
        signer=Signer("…", "…", ("TM. …",)),
        draft=True,
        fields=fields,
    )


def content_to_json(content: DocumentContent) -> str:
    """The content as stored with the issued document (its data, readable in the archive)."""
    data = asdict(content)
    data["kind"] = content.kind.value
    data["layout"] = content.layout.value
    return json.dumps(data, ensure_ascii=False, default=str)


def content_from_json(text: str) -> DocumentContent:
    data = json.loads(text)
    pages = tuple(
        DocumentPage(
            page["addressee"],
            tuple(page["paragraphs"]),
            DocumentTable(
                tuple(page["table"]["headers"]),
                tuple(tuple(row) for row in page["table"]["rows"]),
                tuple(page["table"]["widths"]),
            )
            if page.get("table")
            else None,
            tuple(page.get("closing", ())),
        )
        for page in data["pages"]
    )
    signer = data["signer"]
    return DocumentContent(
        kind=DocumentKind(data["kind"]),
        layout=Layout(data["layout"]),
        parent_body=data["parent_body"],
        issuing_body=data["issuing_body"],
        number=data["number"],
        number_line=data["number_line"],
        summary_line=data["summary_line"],
        date_line=data["date_line"],
        title=data["title"],
        subtitle=data["subtitle"],
        pages=pages,
        recipients=tuple(data["recipients"]),
        signer=Signer(signer["full_name"], signer["title"], tuple(signer["authority"])),
        landscape=data.get("landscape", False),
        draft=data.get("draft", False),
        confidential=data.get("confidential", False),
        fields=dict(data.get("fields", {})),
        letters=data.get("letters", False),
        cosigners=tuple(
            Signer(each["full_name"], each["title"], tuple(each["authority"]))
            for each in data.get("cosigners", ())
        ),
    )


def _register(session: Session) -> Any:
    """Where the register's rows are read: the table; on PostgreSQL the view of every row
    without the protected content (``store/security.py``)."""
    if session.get_bind().dialect.name == "postgresql":
        return ISSUED_REGISTER.c
    return models.IssuedDocument


def _hidden_from_role(session: Session, document_id: int) -> str | None:
    """The number of a document that exists but row-level security hides from this login (it
    names a denunciator); None otherwise."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    number: str | None = session.scalar(
        select(ISSUED_REGISTER.c.number).where(ISSUED_REGISTER.c.id == document_id)
    )
    return number


def document_summary(content: DocumentContent) -> str:
    """What the register of outgoing documents says a document is about (its "trích yếu"):
    the summary printed under its title, or the "V/v …" line of a letter; the kind and the
    record have columns of their own."""
    return content.subtitle or content.summary_line or content.title


def register_summary(kind: DocumentKind, title: str) -> str:
    """The stored summary as the register shows it: documents issued before the summary was
    the document's own carry "Kind: record title", shown without the kind's name."""
    return title.removeprefix(f"{KIND_NAMES[kind]}: ")


def _issued(
    row: models.IssuedDocument, content: DocumentContent | None, docx: bytes | None
) -> IssuedDocument:
    return IssuedDocument(
        id=row.id,
        number=row.number,
        kind=DocumentKind(row.kind),
        year=row.year,
        sequence=row.sequence,
        issued_on=row.issued_on,
        issued_at=row.issued_at,
        user_name=row.user_name,
        record=RecordRef(RecordType(row.record_type), row.record_id),
        title=register_summary(DocumentKind(row.kind), row.title),
        confidential=row.confidential,
        content=content,
        docx=docx,
    )


def _follow_up_kind(
    session: Session, kind: DocumentKind, case_id: int, issued_on: date
) -> FollowUpKind:
    """How issuing is noted in the case's timeline: an urge letter as urging; the first notice
    to the denunciator of an accepted denunciation as the notification the law requires
    (its deadline is then met, as if recorded by hand); anything else as a note."""
    if kind is DocumentKind.URGE:
        return FollowUpKind.URGED
    if kind in (DocumentKind.ACCEPTANCE, DocumentKind.DENUNCIATOR_NOTICE):
        case = session.get(models.Case, case_id)
        if case is not None and calls_for_notification(case, issued_on):
            return FollowUpKind.NOTIFIED
    return FollowUpKind.NOTE

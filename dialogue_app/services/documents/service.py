"""``DocumentService``: official documents made from the record (issue 13).

Each method is one unit of work. A document is made from its record (a conference or a case) and
the office's letterhead, as ``DocumentContent`` (what is printed) and a .docx (the kind's template
filled by docxtpl: the office's own template if it loaded one, else the default shipped in
``resources/templates/``). A draft takes no number. Issuing takes the next number of the kind's
series for the year in the same transaction that stores the document, notes it in the case's
timeline and lets the caller write its file (``deliver``) before the commit: a failure anywhere
rolls everything back and the number stays free.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dialogue_app.domain.documents import KINDS, DocumentKind
from dialogue_app.services.clock import Clock
from dialogue_app.services.documents.types import (
    Deliver,
    DocumentDraft,
    DocumentOptions,
    IssuedDocument,
    OutgoingFilter,
    ReceptionRegister,
    TemplateInfo,
)
from dialogue_app.store.unit_of_work import UnitOfWork


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
    def template_fields(kind: DocumentKind) -> tuple[str, ...]:
        """The names a template of ``kind`` may use (``{{ number_line }}``, ``{{ venue }}``…)."""
        raise NotImplementedError

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
        raise NotImplementedError

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
        raise NotImplementedError

    # --- the register of outgoing documents --------------------------------------------------

    def list_issued(self, flt: OutgoingFilter | None = None) -> list[IssuedDocument]:
        """The register of outgoing documents, newest first (without content or file)."""
        raise NotImplementedError

    def get_issued(self, document_id: int) -> IssuedDocument:
        """One issued document with its content and .docx, to reopen or reprint. A document that
        names a denunciator is refused (``ServiceError``) to a user who may not see them; each
        reopening of such a document by an allowed user is logged. ``NotFound`` if missing."""
        raise NotImplementedError

    def years(self) -> tuple[int, ...]:
        """The years that have issued documents, newest first (for the register's filter)."""
        raise NotImplementedError

    # --- the reception register (Sổ tiếp công dân) -------------------------------------------

    def reception_register(self, date_from: date, date_to: date) -> ReceptionRegister:
        """The reception register of the period: one entry per case received at a reception or
        the desk between ``date_from`` and ``date_to`` (inclusive). A denunciator's name,
        address and ID are hidden unless the user may see them."""
        raise NotImplementedError

    def register_docx(self, register: ReceptionRegister) -> bytes:
        """The register as a landscape A4 .docx (form 03 of Circular 04/2021, 12 columns)."""
        raise NotImplementedError

    def register_xlsx(self, register: ReceptionRegister) -> bytes:
        """The register as an .xlsx workbook (one sheet, the 12 columns)."""
        raise NotImplementedError

    # --- templates ----------------------------------------------------------------------------

    def template_info(self, kind: DocumentKind) -> TemplateInfo:
        """Whether ``kind`` uses the office's own template or the default."""
        raise NotImplementedError

    def export_template(self, kind: DocumentKind) -> bytes:
        """The .docx template in use for ``kind`` (the office's, else the default), to edit."""
        raise NotImplementedError

    def load_template(self, kind: DocumentKind, content: bytes, file_name: str) -> TemplateInfo:
        """Use ``content`` (a .docx edited in Word) as the office's template of ``kind``.
        Refused with a ``ValidationError`` (nothing changes, the previous template stays) when it
        is not a readable .docx, its template syntax is broken, or it uses a field the kind does
        not have (the message names the unknown fields)."""
        raise NotImplementedError

    def reset_template(self, kind: DocumentKind) -> TemplateInfo:
        """Go back to the default template of ``kind``."""
        raise NotImplementedError

    def template_kinds(self) -> Sequence[TemplateInfo]:
        """``template_info`` of every kind, for the Settings section."""
        return [self.template_info(kind) for kind in KINDS]

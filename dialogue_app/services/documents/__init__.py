"""Official documents (issue 13): its public API, for the window, the command line and the tests.
Its modules may move and split behind these names. See docs/DOCUMENTS_API.md."""

from dialogue_app.domain.documents import KINDS, DocumentKind, Layout, RecordType, is_heading
from dialogue_app.services.documents.service import DocumentService
from dialogue_app.services.documents.types import (
    RECEPTION_COLUMNS,
    Deliver,
    DocumentContent,
    DocumentDraft,
    DocumentOptions,
    DocumentPage,
    DocumentTable,
    IssuedDocument,
    OutgoingFilter,
    ReceptionEntry,
    ReceptionRegister,
    RecordRef,
    TemplateInfo,
)
from dialogue_app.services.office import Letterhead, Signer

__all__ = [
    "KINDS",
    "RECEPTION_COLUMNS",
    "Deliver",
    "DocumentContent",
    "DocumentDraft",
    "DocumentKind",
    "DocumentOptions",
    "DocumentPage",
    "DocumentService",
    "DocumentTable",
    "IssuedDocument",
    "Layout",
    "Letterhead",
    "OutgoingFilter",
    "ReceptionEntry",
    "ReceptionRegister",
    "RecordRef",
    "RecordType",
    "Signer",
    "TemplateInfo",
    "is_heading",
]

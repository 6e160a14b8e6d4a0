"""Official documents in the window (issue 13): the Documents page (the register of outgoing
documents, the reception register), the dialog that makes a document from a conference or a
case, and the Settings sections for the letterhead and the templates."""

from dialogue_app.ui.documents.documents_page import DocumentsPage
from dialogue_app.ui.documents.make_dialog import MakeDocumentDialog, kinds_for, make_document
from dialogue_app.ui.documents.record_documents import RecordDocuments
from dialogue_app.ui.documents.register_dialog import ReceptionRegisterDialog
from dialogue_app.ui.documents.settings_section import (
    LetterheadEditor,
    TemplatesEditor,
    document_settings,
)

__all__ = [
    "DocumentsPage",
    "LetterheadEditor",
    "MakeDocumentDialog",
    "ReceptionRegisterDialog",
    "RecordDocuments",
    "TemplatesEditor",
    "document_settings",
    "kinds_for",
    "make_document",
]

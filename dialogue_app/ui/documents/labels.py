"""Names the window shows for the kinds of official documents and for the document layouts."""

from __future__ import annotations

from dialogue_app.domain.documents import DocumentKind, Layout
from dialogue_app.domain.messages import QT_TRANSLATE_NOOP
from dialogue_app.ui.common.labels import Labels

kind_label = Labels[DocumentKind](
    "Documents",
    {
        DocumentKind.INVITATION: QT_TRANSLATE_NOOP("Documents", "Invitation letter"),
        DocumentKind.MINUTES: QT_TRANSLATE_NOOP("Documents", "Minutes"),
        DocumentKind.CONCLUSION: QT_TRANSLATE_NOOP("Documents", "Conclusion notice"),
        DocumentKind.APPOINTMENT: QT_TRANSLATE_NOOP(
            "Documents", "Appointment slip and receipt of papers"
        ),
        DocumentKind.GUIDANCE: QT_TRANSLATE_NOOP("Documents", "Guidance slip"),
        DocumentKind.TRANSFER: QT_TRANSLATE_NOOP("Documents", "Transfer slip"),
        DocumentKind.PROPOSAL: QT_TRANSLATE_NOOP("Documents", "Proposal to accept"),
        DocumentKind.ACCEPTANCE: QT_TRANSLATE_NOOP("Documents", "Acceptance notice"),
        DocumentKind.REFUSAL: QT_TRANSLATE_NOOP("Documents", "Refusal notice"),
        DocumentKind.URGE: QT_TRANSLATE_NOOP("Documents", "Urge letter to the agency"),
        DocumentKind.DENUNCIATOR_NOTICE: QT_TRANSLATE_NOOP(
            "Documents", "Notice to the denunciator"
        ),
    },
)

layout_label = Labels[Layout](
    "Documents",
    {
        Layout.STATE: QT_TRANSLATE_NOOP(
            "Documents", "State body (Decree 30/2020/NĐ-CP): Số: 05/GM-UBND"
        ),
        Layout.PARTY: QT_TRANSLATE_NOOP(
            "Documents", "Party body (Guidance 36-HD/VPTW): Số 12-TB/TU"
        ),
    },
)

__all__ = ["kind_label", "layout_label"]

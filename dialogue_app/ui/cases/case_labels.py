"""Words the window shows for case types, statuses, outcomes and follow-ups (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome
from dialogue_app.domain.messages import QT_TRANSLATE_NOOP
from dialogue_app.ui.common.labels import Labels

case_type = Labels[CaseType](
    "CaseLabels",
    {
        CaseType.COMPLAINT: QT_TRANSLATE_NOOP("CaseLabels", "Complaint"),
        CaseType.DENUNCIATION: QT_TRANSLATE_NOOP("CaseLabels", "Denunciation"),
        CaseType.RECOMMENDATION: QT_TRANSLATE_NOOP("CaseLabels", "Recommendation"),
        CaseType.FEEDBACK: QT_TRANSLATE_NOOP("CaseLabels", "Feedback"),
    },
)


status = Labels[CaseStatus](
    "CaseLabels",
    {
        CaseStatus.RECEIVED: QT_TRANSLATE_NOOP("CaseLabels", "Received"),
        CaseStatus.ACCEPTED: QT_TRANSLATE_NOOP("CaseLabels", "Accepted"),
        CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseLabels", "In progress"),
        CaseStatus.RESOLVED: QT_TRANSLATE_NOOP("CaseLabels", "Resolved"),
        CaseStatus.TRANSFERRED: QT_TRANSLATE_NOOP("CaseLabels", "Transferred"),
        CaseStatus.GUIDED: QT_TRANSLATE_NOOP("CaseLabels", "Guided elsewhere"),
        CaseStatus.WITHDRAWN: QT_TRANSLATE_NOOP("CaseLabels", "Withdrawn"),
        CaseStatus.REFUSED: QT_TRANSLATE_NOOP("CaseLabels", "Refused"),
    },
)


channel = Labels[Channel](
    "CaseLabels",
    {
        Channel.CONFERENCE: QT_TRANSLATE_NOOP("CaseLabels", "Dialogue conference"),
        Channel.RECEPTION: QT_TRANSLATE_NOOP("CaseLabels", "Reception day"),
        Channel.MAIL: QT_TRANSLATE_NOOP("CaseLabels", "Mail"),
        Channel.TRANSFERRED: QT_TRANSLATE_NOOP("CaseLabels", "Transferred from another body"),
    },
)


outcome = Labels[Outcome](
    "CaseLabels",
    {
        Outcome.UPHELD: QT_TRANSLATE_NOOP("CaseLabels", "Upheld"),
        Outcome.PARTLY_UPHELD: QT_TRANSLATE_NOOP("CaseLabels", "Partly upheld"),
        Outcome.REJECTED: QT_TRANSLATE_NOOP("CaseLabels", "Rejected"),
        Outcome.ANSWERED: QT_TRANSLATE_NOOP("CaseLabels", "Answered"),
    },
)


follow_up = Labels[FollowUpKind](
    "CaseLabels",
    {
        FollowUpKind.STATUS_CHANGE: QT_TRANSLATE_NOOP("CaseLabels", "Status changed"),
        FollowUpKind.URGED: QT_TRANSLATE_NOOP("CaseLabels", "Agency urged"),
        FollowUpKind.AGENCY_REPORTED: QT_TRANSLATE_NOOP("CaseLabels", "Agency reported"),
        FollowUpKind.REPLY_SENT: QT_TRANSLATE_NOOP("CaseLabels", "Reply sent to the citizen"),
        FollowUpKind.EXTENSION: QT_TRANSLATE_NOOP("CaseLabels", "Deadline extended"),
        FollowUpKind.NOTIFIED: QT_TRANSLATE_NOOP(
            "CaseLabels", "Denunciator notified of acceptance"
        ),
        FollowUpKind.NOTE: QT_TRANSLATE_NOOP("CaseLabels", "Note"),
    },
)


def complexity(value: int) -> str:
    return [
        QCoreApplication.translate("CaseLabels", "Normal"),
        QCoreApplication.translate("CaseLabels", "Complex"),
        QCoreApplication.translate("CaseLabels", "Particularly complex"),
    ][max(0, min(value, 2))]


def hidden_identity() -> str:
    return QCoreApplication.translate("CaseLabels", "Hidden (denunciator)")

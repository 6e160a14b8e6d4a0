"""Words the window shows for case types, statuses, outcomes and follow-ups (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome


def case_type(value: CaseType) -> str:
    return {
        CaseType.COMPLAINT: QCoreApplication.translate("CaseLabels", "Complaint"),
        CaseType.DENUNCIATION: QCoreApplication.translate("CaseLabels", "Denunciation"),
        CaseType.RECOMMENDATION: QCoreApplication.translate("CaseLabels", "Recommendation"),
        CaseType.FEEDBACK: QCoreApplication.translate("CaseLabels", "Feedback"),
    }[value]


def status(value: CaseStatus) -> str:
    return {
        CaseStatus.RECEIVED: QCoreApplication.translate("CaseLabels", "Received"),
        CaseStatus.ACCEPTED: QCoreApplication.translate("CaseLabels", "Accepted"),
        CaseStatus.IN_PROGRESS: QCoreApplication.translate("CaseLabels", "In progress"),
        CaseStatus.RESOLVED: QCoreApplication.translate("CaseLabels", "Resolved"),
        CaseStatus.TRANSFERRED: QCoreApplication.translate("CaseLabels", "Transferred"),
        CaseStatus.GUIDED: QCoreApplication.translate("CaseLabels", "Guided elsewhere"),
        CaseStatus.WITHDRAWN: QCoreApplication.translate("CaseLabels", "Withdrawn"),
        CaseStatus.REFUSED: QCoreApplication.translate("CaseLabels", "Refused"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.CONFERENCE: QCoreApplication.translate("CaseLabels", "Dialogue conference"),
        Channel.RECEPTION: QCoreApplication.translate("CaseLabels", "Reception day"),
        Channel.MAIL: QCoreApplication.translate("CaseLabels", "Mail"),
        Channel.TRANSFERRED: QCoreApplication.translate(
            "CaseLabels", "Transferred from another body"
        ),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.UPHELD: QCoreApplication.translate("CaseLabels", "Upheld"),
        Outcome.PARTLY_UPHELD: QCoreApplication.translate("CaseLabels", "Partly upheld"),
        Outcome.REJECTED: QCoreApplication.translate("CaseLabels", "Rejected"),
        Outcome.ANSWERED: QCoreApplication.translate("CaseLabels", "Answered"),
    }[value]


def follow_up(value: FollowUpKind) -> str:
    return {
        FollowUpKind.STATUS_CHANGE: QCoreApplication.translate("CaseLabels", "Status changed"),
        FollowUpKind.URGED: QCoreApplication.translate("CaseLabels", "Agency urged"),
        FollowUpKind.AGENCY_REPORTED: QCoreApplication.translate("CaseLabels", "Agency reported"),
        FollowUpKind.REPLY_SENT: QCoreApplication.translate(
            "CaseLabels", "Reply sent to the citizen"
        ),
        FollowUpKind.EXTENSION: QCoreApplication.translate("CaseLabels", "Deadline extended"),
        FollowUpKind.NOTIFIED: QCoreApplication.translate(
            "CaseLabels", "Denunciator notified of acceptance"
        ),
        FollowUpKind.NOTE: QCoreApplication.translate("CaseLabels", "Note"),
    }[value]


def complexity(value: int) -> str:
    return [
        QCoreApplication.translate("CaseLabels", "Normal"),
        QCoreApplication.translate("CaseLabels", "Complex"),
        QCoreApplication.translate("CaseLabels", "Particularly complex"),
    ][max(0, min(value, 2))]


def hidden_identity() -> str:
    return QCoreApplication.translate("CaseLabels", "Hidden (denunciator)")

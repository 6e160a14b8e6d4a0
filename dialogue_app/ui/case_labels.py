"""Words the window shows for case types, statuses, outcomes and follow-ups (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, FollowUpKind, Outcome


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseLabels", text)


def case_type(value: CaseType) -> str:
    return {
        CaseType.COMPLAINT: _t("Complaint"),
        CaseType.DENUNCIATION: _t("Denunciation"),
        CaseType.RECOMMENDATION: _t("Recommendation"),
        CaseType.FEEDBACK: _t("Feedback"),
    }[value]


def status(value: CaseStatus) -> str:
    return {
        CaseStatus.RECEIVED: _t("Received"),
        CaseStatus.ACCEPTED: _t("Accepted"),
        CaseStatus.IN_PROGRESS: _t("In progress"),
        CaseStatus.RESOLVED: _t("Resolved"),
        CaseStatus.TRANSFERRED: _t("Transferred"),
        CaseStatus.GUIDED: _t("Guided elsewhere"),
        CaseStatus.WITHDRAWN: _t("Withdrawn"),
        CaseStatus.REFUSED: _t("Refused"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.CONFERENCE: _t("Dialogue conference"),
        Channel.RECEPTION: _t("Reception day"),
        Channel.MAIL: _t("Mail"),
        Channel.TRANSFERRED: _t("Transferred from another body"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.UPHELD: _t("Upheld"),
        Outcome.PARTLY_UPHELD: _t("Partly upheld"),
        Outcome.REJECTED: _t("Rejected"),
        Outcome.ANSWERED: _t("Answered"),
    }[value]


def follow_up(value: FollowUpKind) -> str:
    return {
        FollowUpKind.STATUS_CHANGE: _t("Status changed"),
        FollowUpKind.URGED: _t("Agency urged"),
        FollowUpKind.AGENCY_REPORTED: _t("Agency reported"),
        FollowUpKind.REPLY_SENT: _t("Reply sent to the citizen"),
        FollowUpKind.EXTENSION: _t("Deadline extended"),
        FollowUpKind.NOTE: _t("Note"),
    }[value]


def complexity(value: int) -> str:
    return [_t("Normal"), _t("Complex"), _t("Particularly complex")][max(0, min(value, 2))]


def hidden_identity() -> str:
    return _t("Hidden (denunciator)")

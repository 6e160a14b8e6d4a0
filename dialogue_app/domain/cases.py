"""Cases (petitions): types, channels, statuses, outcomes."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class CaseType(StrEnum):
    COMPLAINT = "complaint"  # khiếu nại
    DENUNCIATION = "denunciation"  # tố cáo
    RECOMMENDATION = "recommendation"  # kiến nghị
    FEEDBACK = "feedback"  # phản ánh


class Channel(StrEnum):
    CONFERENCE = "conference"  # raised at a dialogue conference
    RECEPTION = "reception"  # raised at a reception day
    MAIL = "mail"
    TRANSFERRED = "transferred"  # transferred from another body


class CaseStatus(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"  # thụ lý
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    TRANSFERRED = "transferred"  # chuyển đơn
    GUIDED = "guided"  # hướng dẫn
    WITHDRAWN = "withdrawn"  # rút đơn
    REFUSED = "refused"  # không thụ lý (with legal ground)


class Outcome(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    REJECTED = "rejected"
    ANSWERED = "answered"


class Complexity(IntEnum):
    NORMAL = 0
    COMPLEX = 1  # phức tạp
    PARTICULARLY_COMPLEX = 2  # đặc biệt phức tạp


class FollowUpKind(StrEnum):
    STATUS_CHANGE = "status_change"
    URGED = "urged"  # đôn đốc
    AGENCY_REPORTED = "agency_reported"
    REPLY_SENT = "reply_sent"
    EXTENSION = "extension"  # gia hạn
    NOTE = "note"


class DayBasis(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


OPEN_STATUSES = frozenset({CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS})

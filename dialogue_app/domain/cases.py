"""Cases (petitions): types, channels, statuses, outcomes."""

from __future__ import annotations

from datetime import date
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
    NOTIFIED = "notified"  # the denunciator told the denunciation was accepted (thông báo thụ lý)
    NOTE = "note"


class DayBasis(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


OPEN_STATUSES = frozenset({CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS})

SETTLED_STATUSES = frozenset({CaseStatus.RESOLVED})
# a new petition repeats an earlier case that is still open or was settled (DESIGN §3)
REPEATABLE_STATUSES = OPEN_STATUSES | SETTLED_STATUSES
CLOSED_STATUSES = frozenset(CaseStatus) - OPEN_STATUSES


def notification_due(
    notify_deadline: date | None, notified_on: date | None, status: CaseStatus
) -> bool:
    """A denunciator is still to be notified that the denunciation was accepted: the duty runs
    (an accepted denunciation has ``notify_deadline``), nobody recorded it, the case is open."""
    return notify_deadline is not None and notified_on is None and status in OPEN_STATUSES


class Stage(StrEnum):
    """The step of handling a deadline rule applies to (DeadlineRule.stage)."""

    HANDLE = "handle"  # classify and route a petition (Circular 05/2021/TT-TTCP)
    ACCEPT = "accept"  # accept (thụ lý) or refuse a complaint (Law on Complaints, Art. 27)
    SETTLE = "settle"  # settle the matter once accepted
    NOTIFY = "notify"  # notify the denunciator after accepting (Law on Denunciations, Art. 29)


class StartsFrom(StrEnum):
    RECEIPT = "receipt"
    ACCEPTANCE = "acceptance"


def is_valid_national_id(value: str) -> bool:
    """A CCCD number: exactly 12 ASCII digits."""
    return len(value) == 12 and value.isascii() and value.isdigit()


def representatives_allowed(group_size: int) -> tuple[int, int] | None:
    """How many representatives a group petition of ``group_size`` people must choose.

    Decree 124/2020/NĐ-CP: 5–10 people choose 1–2 representatives; more than 10, up to 5.
    Below 5 there is no requirement (None).
    """
    if group_size < 5:
        return None
    if group_size <= 10:
        return (1, 2)
    return (1, 5)

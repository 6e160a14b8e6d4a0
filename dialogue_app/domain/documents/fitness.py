"""Which document fits a record's state (pure rules).

- ``unfit_reason``: why a kind of document makes no sense for a record in its state (a transfer
  slip for a case already settled, an acceptance notice for a refused case, a guidance slip for
  a case the office accepted, an invitation to a conference already held), as a reason code the
  service words; None when it fits;
- ``suggested_kind``: the document a clerk most likely wants next for a record in its state
  (a transferred case: the transfer slip; a new case: the appointment slip; a case overdue at
  its agency: the urge letter…);
- ``salutation``: how a person is addressed in a letter ("Ông", "Bà", or "Ông (Bà)" when the
  sex is not known); ``is_organisation``: a body, addressed by its name alone.
"""

from __future__ import annotations

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.documents import DocumentKind

S = CaseStatus
K = DocumentKind

ACCEPTED = frozenset({S.ACCEPTED, S.IN_PROGRESS})

# reason codes (worded by services/documents/checks.py)
SETTLED = "settled"  # resolved: nothing left to transfer, guide or urge
WITHDRAWN = "withdrawn"
REFUSED = "refused"  # refused: no acceptance, no transfer, no urging
ALREADY_ACCEPTED = "already_accepted"  # accepted: within competence, not guided, not refused
HANDED_ON = "handed_on"  # guided or transferred: out of the office's hands
HELD = "held"  # a conference already held: nobody is invited to it any more


def unfit_reason(kind: DocumentKind, status: str) -> str | None:
    """Why ``kind`` does not fit a record in ``status`` (a case's or a conference's), or None."""
    if kind is K.INVITATION:  # (a cancelled one: its need "not_cancelled")
        return HELD if status in (ConferenceStatus.HELD, ConferenceStatus.CLOSED) else None
    if kind in (K.MINUTES, K.CONCLUSION):
        return None  # "held" is among their needs
    case = CaseStatus(status)
    if case is S.WITHDRAWN and kind is not K.APPOINTMENT:
        return WITHDRAWN
    if kind is K.TRANSFER or kind is K.URGE:
        if case is S.RESOLVED:
            return SETTLED
        if case is S.REFUSED:
            return REFUSED
        if kind is K.URGE and case is S.GUIDED:
            return HANDED_ON
        return None
    if kind is K.GUIDANCE:
        if case in ACCEPTED:
            return ALREADY_ACCEPTED
        if case is S.RESOLVED:
            return SETTLED
        if case is S.TRANSFERRED:
            return HANDED_ON
        return None
    if kind is K.PROPOSAL:
        if case in ACCEPTED:
            return ALREADY_ACCEPTED
        if case is S.RESOLVED:
            return SETTLED
        if case is S.REFUSED:
            return REFUSED
        return HANDED_ON if case in (S.GUIDED, S.TRANSFERRED) else None
    if kind is K.ACCEPTANCE:
        if case is S.REFUSED:
            return REFUSED
        return HANDED_ON if case in (S.GUIDED, S.TRANSFERRED) else None
    if kind is K.REFUSAL:
        if case in ACCEPTED or case is S.RESOLVED:
            return ALREADY_ACCEPTED
        return HANDED_ON if case in (S.GUIDED, S.TRANSFERRED) else None
    if kind is K.DENUNCIATOR_NOTICE:
        return REFUSED if case is S.REFUSED else None
    return None  # the appointment slip and receipt: a copy can be given at any time


def suggested_kind(
    status: str,
    *,
    case_type: CaseType | None = None,
    overdue: bool = False,
    has_agency: bool = False,
) -> DocumentKind:
    """The document that fits a record in ``status`` best: for a conference (``case_type``
    None) the invitation before it and the minutes after; for a case, by its state."""
    if case_type is None:
        held = status in (ConferenceStatus.HELD, ConferenceStatus.CLOSED)
        return K.MINUTES if held else K.INVITATION
    case = CaseStatus(status)
    if overdue and has_agency and case in (S.TRANSFERRED, *ACCEPTED):
        return K.URGE
    if case is S.TRANSFERRED:
        return K.TRANSFER
    if case is S.GUIDED:
        return K.GUIDANCE
    if case is S.REFUSED:
        return K.REFUSAL
    if case_type is CaseType.DENUNCIATION and (case in ACCEPTED or case is S.RESOLVED):
        return K.DENUNCIATOR_NOTICE
    if case in ACCEPTED:
        return K.ACCEPTANCE
    return K.APPOINTMENT  # received (a new case), resolved or withdrawn: its slip


# Vietnamese middle names that say the sex: "Thị" a woman's, "Văn" a man's (the usual
# convention). Any other name leaves the sex unknown: "Ông (Bà)".
FEMALE_MIDDLE = frozenset({"thị"})
MALE_MIDDLE = frozenset({"văn"})


# the first words of a name that say it is a body, not a person ("Sở …", "UBND xã …")
ORGANISATION_WORDS = (
    "sở", "ban", "phòng", "ủy ban", "ubnd", "hđnd", "hội", "công ty", "trường", "bệnh viện",
    "cục", "chi cục", "thanh tra", "văn phòng", "mặt trận", "đoàn", "liên đoàn", "tòa án",
    "viện", "công an", "trung tâm", "đảng ủy", "đảng bộ", "huyện ủy", "tỉnh ủy", "thành ủy",
    "bộ", "tổng cục", "đài", "báo", "kho bạc", "ngân hàng", "hợp tác xã", "tổ dân phố", "thôn",
)  # fmt: skip


def is_organisation(name: str) -> bool:
    """Whether ``name`` names a body ("Sở Tài nguyên và Môi trường"), addressed by its name."""
    folded = " ".join(name.lower().split())
    return any(folded == word or folded.startswith(word + " ") for word in ORGANISATION_WORDS)


def salutation(full_name: str) -> str:
    """ "Ông" or "Bà" before a person's name when the sex is known from it, else "Ông (Bà)"."""
    words = full_name.split()
    middle = {word.lower() for word in words[1:-1]}
    if middle & FEMALE_MIDDLE and not middle & MALE_MIDDLE:
        return "Bà"
    if middle & MALE_MIDDLE and not middle & FEMALE_MIDDLE:
        return "Ông"
    return "Ông (Bà)"


__all__ = [
    "ALREADY_ACCEPTED",
    "is_organisation",
    "HANDED_ON",
    "HELD",
    "REFUSED",
    "SETTLED",
    "WITHDRAWN",
    "salutation",
    "suggested_kind",
    "unfit_reason",
]

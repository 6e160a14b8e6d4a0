"""What a document needs before it is made (and numbered): the record's needs, a signer, a
complete letterhead. Each refusal names the field and says what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialogue_app.domain.documents import DocumentKind, fitness, missing_fields
from dialogue_app.services.documents.types import DocumentOptions
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.office import Letterhead, Signer

if TYPE_CHECKING:
    from dialogue_app.services.documents.records import Facts

# What to say when a record lacks one of a kind's needs (``KindSpec.needs``): nothing numbered.
NEED_MESSAGES = {
    "venue": QT_TRANSLATE_NOOP(
        "Messages", "The conference has no venue. Choose its venue first; nothing was numbered."
    ),
    "starts_at": QT_TRANSLATE_NOOP(
        "Messages", "The conference has no start time. Set it first; nothing was numbered."
    ),
    "chair": QT_TRANSLATE_NOOP(
        "Messages",
        "The conference has no chairing leader. Add the chair first; nothing was numbered.",
    ),
    "held": QT_TRANSLATE_NOOP(
        "Messages",
        "The conference has not been held yet. Record it as held first; nothing was numbered.",
    ),
    "not_cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "The conference is cancelled, so no invitation can be issued. Send its cancellation "
        "instead; nothing was numbered.",
    ),
    "citizen": QT_TRANSLATE_NOOP(
        "Messages",
        "The case has no citizen who filed it. Add the citizen first; nothing was numbered.",
    ),
    "agency": QT_TRANSLATE_NOOP(
        "Messages",
        "The case has no agency to send it to. Choose the agency first; nothing was numbered.",
    ),
    "accepted_on": QT_TRANSLATE_NOOP(
        "Messages",
        "The case has not been accepted (no date of acceptance). Accept it first; nothing was "
        "numbered.",
    ),
    "refusal_ground": QT_TRANSLATE_NOOP(
        "Messages",
        "The case has no ground for refusal. Record the refusal and its ground first; nothing "
        "was numbered.",
    ),
    "deadline": QT_TRANSLATE_NOOP(
        "Messages", "The case has no deadline to urge about; nothing was numbered."
    ),
    "denunciation": QT_TRANSLATE_NOOP(
        "Messages",
        "This notice is for a denunciation only; the case is of another type. Nothing was "
        "numbered.",
    ),
}


# What to say when a kind makes no sense for the case's state (``fitness.unfit_reason``).
UNFIT_MESSAGES = {
    fitness.SETTLED: QT_TRANSLATE_NOOP(
        "Messages",
        "The case is already resolved, so a %1 makes no sense. Issue the notice of its result "
        "or reopen the case if it must go on; nothing was numbered.",
    ),
    fitness.WITHDRAWN: QT_TRANSLATE_NOOP(
        "Messages",
        "The citizen withdrew the case, so a %1 makes no sense. Only a copy of the appointment "
        "slip can still be issued; nothing was numbered.",
    ),
    fitness.REFUSED: QT_TRANSLATE_NOOP(
        "Messages",
        "The case was refused (not accepted), so a %1 makes no sense. Issue the refusal "
        "notice instead; nothing was numbered.",
    ),
    fitness.ALREADY_ACCEPTED: QT_TRANSLATE_NOOP(
        "Messages",
        "The case was accepted for settlement here, so a %1 makes no sense. Issue the "
        "acceptance notice, or the urge letter if its agency is late; nothing was numbered.",
    ),
    fitness.HELD: QT_TRANSLATE_NOOP(
        "Messages",
        "The conference has already been held, so a %1 makes no sense. Issue its minutes or "
        "conclusion notice instead; nothing was numbered.",
    ),
    fitness.HANDED_ON: QT_TRANSLATE_NOOP(
        "Messages",
        "The case was guided or transferred to another body, so a %1 makes no sense. Issue the "
        "guidance or transfer slip instead; nothing was numbered.",
    ),
}


def check_needs(kind: DocumentKind, facts: Facts) -> None:
    """Refuse a record that lacks what ``kind`` needs, naming the first missing field, or whose
    state makes ``kind`` nonsense (a transfer slip for a resolved case), saying why."""
    status = facts.present.get("status")
    reason = fitness.unfit_reason(kind, str(status)) if status else None
    if reason is not None:  # said first: what is missing would not help
        from dialogue_app.services.documents.records import KIND_NAMES

        raise ValidationError(UNFIT_MESSAGES[reason], "status", KIND_NAMES[kind].lower())
    missing = missing_fields(kind, facts.present)
    if missing:
        raise ValidationError(NEED_MESSAGES[missing[0]], missing[0])


def pick_signer(letterhead: Letterhead, options: DocumentOptions) -> Signer:
    if not letterhead.signers:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The office has no signer for its documents. Add one in Settings, Documents.",
            ),
            "signers",
        )
    if not 0 <= options.signer < len(letterhead.signers):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Choose one of the office's signers."), "signers"
        )
    return letterhead.signers[options.signer]


def check_letterhead_ready(letterhead: Letterhead) -> None:
    for name, value in (
        ("issuing_body", letterhead.issuing_body),
        ("issuer_code", letterhead.issuer_code),
        ("place", letterhead.place),
    ):
        if not value:
            raise ValidationError(LETTERHEAD_MESSAGES[name], name)


LETTERHEAD_MESSAGES = {
    "issuing_body": QT_TRANSLATE_NOOP(
        "Messages",
        "The letterhead has no issuing body. Complete it in Settings, Documents, first.",
    ),
    "issuer_code": QT_TRANSLATE_NOOP(
        "Messages",
        "The letterhead has no issuer's code for document numbers (e.g. UBND). Complete it in "
        "Settings, Documents, first.",
    ),
    "place": QT_TRANSLATE_NOOP(
        "Messages",
        "The letterhead has no place name for the date line. Complete it in Settings, "
        "Documents, first.",
    ),
}


__all__ = [
    "LETTERHEAD_MESSAGES",
    "NEED_MESSAGES",
    "UNFIT_MESSAGES",
    "check_letterhead_ready",
    "check_needs",
    "pick_signer",
]

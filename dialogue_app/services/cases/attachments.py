"""Files attached to a case's follow-ups (scans of decisions, replies): at most 25 MB each,
stored in the database with the entry of the timeline they belong to."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.text import clean
from dialogue_app.services.cases.types import AttachmentInput
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.store.models import Attachment, Case, CaseEvent

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


def check_sizes(attachments: Sequence[AttachmentInput]) -> None:
    """Refuse a file over ``MAX_ATTACHMENT_BYTES``."""
    for attachment in attachments:
        if len(attachment.content) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The file %1 is larger than 25 MB; attach a smaller scan or a PDF.",
                ),
                "attachments",
                attachment.file_name,
            )


def attach(event: CaseEvent, attachments: Sequence[AttachmentInput]) -> None:
    """Add the files to a timeline entry (written with it)."""
    for attachment in attachments:
        event.attachments.append(
            Attachment(
                file_name=clean(attachment.file_name) or "file",
                media_type=attachment.media_type,
                content=attachment.content,
            )
        )


def content(session: Session, attachment_id: int) -> tuple[str, str, bytes]:
    """(file name, media type, content) of an attached file."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "This attached file no longer exists."))
    return row.file_name, row.media_type, row.content


def case_of(session: Session, attachment_id: int) -> tuple[int, CaseType]:
    """The case (id, type) an attached file belongs to."""
    row = session.execute(
        select(Case.id, Case.case_type)
        .join(CaseEvent, CaseEvent.case_id == Case.id)
        .join(Attachment, Attachment.event_id == CaseEvent.id)
        .where(Attachment.id == attachment_id)
    ).one()
    return row.id, CaseType(row.case_type)

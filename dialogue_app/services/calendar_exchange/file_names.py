"""Default names of the files calendar exchange saves: Vietnamese words without diacritics
(safe in every mail program and on every file system), with the record's date and title, e.g.
``giay-moi-2026-12-15-hoi-nghi-doi-thoai.ics``. Also the names of leaders' calendars on the
server (``lich-nguyen-van-an-7``)."""

from __future__ import annotations

import re
from datetime import date

from dialogue_app.domain.text import fold

MAX_TITLE = 60
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str | None, limit: int = MAX_TITLE) -> str:
    """``text`` as lower-case ASCII words joined by hyphens (``Hội nghị đối thoại`` gives
    ``hoi-nghi-doi-thoai``), cut at a word boundary to at most ``limit`` characters."""
    words = _NOT_WORD.sub("-", fold(text)).strip("-")
    if len(words) <= limit:
        return words
    cut = words[: limit + 1]
    return (cut[: cut.rfind("-")] if "-" in cut else words[:limit]).strip("-")


def file_name(stem: str, day: date | None, title: str | None, extension: str) -> str:
    """``stem-YYYY-MM-DD-title.extension`` (missing parts left out)."""
    parts = [stem, day.isoformat() if day else "", slug(title)]
    return "-".join(part for part in parts if part) + extension


def message_stem(*, cancel: bool, update: bool) -> str:
    """What the message is: an invitation, its update, or the cancellation."""
    if cancel:
        return "thong-bao-huy"
    return "giay-moi-cap-nhat" if update else "giay-moi"


def range_name(stem: str, start: date | None, end: date | None, extension: str = ".ics") -> str:
    """``stem-FROM-TO.extension``, e.g. ``lich-cong-tac-2026-12-01-2026-12-31.ics``."""
    return "-".join([stem] + [d.isoformat() for d in (start, end) if d is not None]) + extension


def leader_calendar_name(full_name: str, official_id: int) -> str:
    """The name of a leader's own calendar on the server: stable (the id) and readable."""
    return f"lich-{slug(full_name, 40) or 'lanh-dao'}-{official_id}"

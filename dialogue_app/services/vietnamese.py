"""Texts stored in parts, in Vietnamese, for files that are Vietnamese whatever the window's
language: the calendar entries of case deadlines (their labels are Vietnamese too).

Qt is not used below ``ui/``, so this reads the Vietnamese of the "Messages" templates from the
same catalogue the window uses (``resources/translations/dialogue_app_vi.ts``, Qt Linguist's XML):
one catalogue, no second list of translations. A template the catalogue lacks stays English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import lru_cache

from dialogue_app.domain.messages import CONTEXT, MessagePart, fill, shown_value
from dialogue_app.resources import translations_dir

CATALOGUE = "dialogue_app_vi.ts"


@lru_cache(maxsize=1)
def _templates() -> dict[str, str]:
    """English template -> Vietnamese, of the finished translations in the "Messages" context."""
    table: dict[str, str] = {}
    try:
        root = ET.parse(translations_dir() / CATALOGUE).getroot()
    except (OSError, ET.ParseError):
        return table  # an incomplete install: the texts stay English rather than fail
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or not source or translation.get("type"):
                continue
            if translation.text and message.get("numerus") != "yes":
                table[source] = translation.text
    return table


def in_vietnamese(parts: Iterable[MessagePart]) -> str:
    """A text stored in parts, each template in Vietnamese, dates as 17/02/2026."""
    table = _templates()
    return "".join(
        fill(table.get(template, template), [shown_value(v) for v in values])
        for template, values in parts
    )

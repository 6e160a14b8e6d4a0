"""Vietnamese text: NFC normalisation and diacritic-insensitive search keys."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_SPACES = re.compile(r"\s+")
# Unicode does not decompose đ/Đ, so NFD alone would leave it; map it by hand.
_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def nfc(text: str | None) -> str | None:
    """Return ``text`` in Unicode NFC (Vietnamese keyboards may produce NFD), or None."""
    if text is None:
        return None
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str | None:
    """NFC-normalise, trim and collapse runs of white space; empty becomes None."""
    if text is None:
        return None
    result = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return result or None


class _Unmarked(dict[int, str]):
    """Character → the character without its marks (NFD, combining marks dropped), đ → d;
    filled as characters are met. Decomposition is per character and only combining marks are
    reordered, so dropping them character by character equals NFD of the whole text then
    dropping them, at the speed of ``str.translate``."""

    def __missing__(self, code: int) -> str:
        character = chr(code).translate(_D_MAP)
        value = "".join(
            c for c in unicodedata.normalize("NFD", character) if not unicodedata.combining(c)
        )
        self[code] = value
        return value


_UNMARKED = _Unmarked()


def fold(text: str | None) -> str:
    """Search key: lower case, without diacritics, đ → d, single spaces.

    "Đặng Văn Đức" and "dang van duc" fold to the same key.
    """
    if not text:
        return ""
    return _SPACES.sub(" ", text.translate(_UNMARKED).casefold()).strip()


# Control characters (Unicode category Cc: C0, DEL and C1) other than tab, line feed and carriage
# return, which are white space (``clean`` turns them into spaces). NUL is one of them: no
# database stores it the same way (PostgreSQL refuses it), and in a text file it means the file
# is not UTF-8 text at all.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(text: str | None) -> str | None:
    """The first control character of ``text`` other than tab and line breaks, or None."""
    if not text:
        return None
    found = _CONTROL.search(text)
    return found.group() if found else None


def without_controls(text: str | None) -> str | None:
    """``clean`` text with the control characters dropped: for text from files the office does
    not write itself (a leader's calendar), where refusing the file would help nobody."""
    return clean(_CONTROL.sub("", text)) if text else None


def describe_character(character: str) -> str:
    """A character as a person can look it up: ``U+0007``."""
    return f"U+{ord(character):04X}"


# A spreadsheet runs a cell that begins like a formula; an export writes such a text with an
# apostrophe before it (shown, never run), and the import takes it off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Make a text cell safe to open in a spreadsheet (no formula is ever run)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value

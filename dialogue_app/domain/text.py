"""Vietnamese text: NFC normalisation and diacritic-insensitive search keys."""

from __future__ import annotations

import re
import unicodedata

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


def fold(text: str | None) -> str:
    """Search key: lower case, without diacritics, đ → d, single spaces.

    "Đặng Văn Đức" and "dang van duc" fold to the same key.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()

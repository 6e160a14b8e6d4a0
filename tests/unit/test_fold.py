"""``fold``, the search key of every name and summary, drops marks character by character (a
translate table): the same key as NFD of the whole text with its combining marks dropped."""

from __future__ import annotations

import random
import unicodedata

from dialogue_app.domain.text import fold


def _fold_whole_text(text: str) -> str:  # the definition: NFD of the text, marks dropped
    decomposed = unicodedata.normalize("NFD", text.translate(str.maketrans("đĐð", "ddd")))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split(" ")).strip()


def test_vietnamese_names_fold_without_marks_and_case() -> None:
    assert fold("Đặng Văn Đức") == "dang van duc"
    assert fold(unicodedata.normalize("NFD", "Nguyễn Thị Ánh")) == "nguyen thi anh"
    assert fold("  Hà   Tĩnh\tCẩm Xuyên ") == "ha tinh cam xuyen"
    assert fold("İstanbul STRASSE ß") == "istanbul strasse ss"
    assert fold(None) == "" and fold("") == ""


def test_character_by_character_equals_the_whole_text_definition() -> None:
    rng = random.Random(19)
    alphabet = [chr(c) for c in range(0x20, 0x2FFF) if not 0xD800 <= c < 0xE000]
    alphabet += list("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệ") + ["\u0301", "\u0323", "\u0309"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        if " " in text or any(ch.isspace() for ch in text):
            continue  # white space runs are collapsed by both; compared on the marks here
        assert fold(text) == _fold_whole_text(text), repr(text)

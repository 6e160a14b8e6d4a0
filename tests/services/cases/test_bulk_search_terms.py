"""The import's bulk word building (``search_index.BulkTerms``) gives exactly what the one-case
functions give: the same terms in the same order, the same search key (issue 19)."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from dialogue_app.domain.text import fold
from dialogue_app.services.cases import search_index
from dialogue_app.services.cases.search_index import BulkTerms, IndexedCitizen

texts = st.one_of(
    st.none(),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(
        ["", " ", "Đặng Văn Đức", "dang  van\tduc", "12/2026/KN", "KN2026", "040123456789"]
        + ["ĐĐ", "ß Straße", "ǅ"]
    ),
)
citizens = st.lists(
    st.builds(
        IndexedCitizen,
        st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
        texts,
        st.booleans(),
    ),
    max_size=3,
)


@given(texts, texts, citizens)
def test_bulk_terms_equal_the_one_case_functions(
    number: str | None, summary: str | None, people: list[IndexedCitizen]
) -> None:
    bulk = BulkTerms()
    for _ in range(2):  # the second time from what it remembered
        terms = bulk.case_terms(number, summary, people)
        expected = search_index.case_terms(number, summary, people)
        assert list(terms.items()) == list(expected.items())
        assert bulk.search_key(number, summary, people) == search_index.search_key(
            number, summary, people
        )


def test_a_confidential_word_also_public_is_public_in_either_order() -> None:
    bulk = BulkTerms()
    secret = IndexedCitizen("Lê Văn Tám", "040123456789", True)
    public = IndexedCitizen("Tám Lê", None, False)
    for people in ([secret, public], [public, secret]):
        assert bulk.case_terms("7/2026", "đất", people) == search_index.case_terms(
            "7/2026", "đất", people
        )
    assert bulk.case_terms(None, None, [secret]) == {
        "le": True,
        "van": True,
        "tam": True,
        "040123456789": True,
    }


def test_white_space_is_the_same_for_the_pattern_and_split() -> None:
    """``fold`` collapses ``\\s`` runs and strips; ``BulkTerms.search_key`` joins folded parts
    by one space: equal only if the two agree on which characters are white space."""
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        assert bool(space.fullmatch(character)) == character.isspace(), hex(code)
    assert fold(" a \u3000 b ") == "a b"

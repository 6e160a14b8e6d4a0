"""The pure rules of official documents: numbers, the date line, what each kind needs."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.documents import (
    KINDS,
    DocumentKind,
    Layout,
    RecordType,
    date_line,
    document_number,
    missing_fields,
    month_text,
    number_line,
)


@pytest.mark.parametrize(
    ("layout", "sequence", "code", "expected"),
    [
        (Layout.STATE, 5, "GM", "05/GM-UBND"),
        (Layout.STATE, 12, "TB", "12/TB-UBND"),
        (Layout.STATE, 123, "BB", "123/BB-UBND"),
        (Layout.PARTY, 12, "TB", "12-TB/UBND"),
        (Layout.STATE, 0, "GM", "…/GM-UBND"),
    ],
)
def test_numbers_in_both_layouts(layout: Layout, sequence: int, code: str, expected: str) -> None:
    assert document_number(layout, sequence, code, "UBND") == expected


def test_a_letter_without_a_type_name() -> None:
    assert document_number(Layout.STATE, 12, None, "UBND", "TCD") == "12/UBND-TCD"
    assert document_number(Layout.PARTY, 3, None, "TU") == "03-CV/TU"


def test_number_line_has_a_colon_only_for_state_bodies() -> None:
    assert number_line(Layout.STATE, "05/GM-UBND") == "Số: 05/GM-UBND"
    assert number_line(Layout.PARTY, "12-TB/TU") == "Số 12-TB/TU"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 5), "Hà Tĩnh, ngày 05 tháng 01 năm 2026"),
        (date(2026, 2, 28), "Hà Tĩnh, ngày 28 tháng 02 năm 2026"),
        (date(2026, 3, 9), "Hà Tĩnh, ngày 09 tháng 3 năm 2026"),
        (date(2026, 12, 31), "Hà Tĩnh, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_date_line(day: date, expected: str) -> None:
    assert date_line("Hà Tĩnh", day) == expected


def test_date_line_is_nfc() -> None:
    decomposed = "Ha\u0300 Ti\u0303nh"  # a keyboard's NFD
    assert date_line(decomposed, date(2026, 1, 5)).startswith("Hà Tĩnh,")


def test_months_one_and_two_take_a_zero() -> None:
    assert [month_text(m) for m in (1, 2, 3, 10)] == ["01", "02", "3", "10"]


def test_every_kind_has_a_record_and_a_series() -> None:
    assert len(KINDS) == 11
    conference = {k for k, s in KINDS.items() if s.record_type is RecordType.CONFERENCE}
    assert conference == {DocumentKind.INVITATION, DocumentKind.MINUTES, DocumentKind.CONCLUSION}
    assert KINDS[DocumentKind.URGE].series == "CV"
    assert KINDS[DocumentKind.INVITATION].series == "GM"


def test_missing_fields_in_order() -> None:
    assert missing_fields(DocumentKind.INVITATION, {"starts_at": 1}) == (
        "venue",
        "chair",
        "not_cancelled",
    )
    assert (
        missing_fields(
            DocumentKind.INVITATION, {"starts_at": 1, "venue": "x", "chair": 1, "not_cancelled": 1}
        )
        == ()
    )
    assert missing_fields(DocumentKind.TRANSFER, {"agency": True}) == ()

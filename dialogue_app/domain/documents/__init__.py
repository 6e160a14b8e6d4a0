"""Official documents, the pure rules (DOCUMENTS.md; Decree 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW).

- ``DocumentKind``: each document the office prints, and ``KINDS``: what it is made from (a
  conference or a case), its type code (GM, BB, TB… of Decree 30, Appendix III), its title and
  what its record must have (``needs``);
- ``Layout``: a state body's layout (``05/GM-UBND``) or a Party body's (``12-TB/TU``);
- ``document_number`` / ``number_line``: the number as printed, its leading zero below 10;
- ``date_line``: "Hà Tĩnh, ngày 05 tháng 01 năm 2026" (days below 10 and months 1–2 with a
  leading zero, Decree 30 Appendix I);
- ``missing_fields``: which of a kind's needs a record lacks, so nothing is numbered for it.

Numbers run per series (the type code, or the letter series for letters without a type name) and
year: the conclusion notice and the acceptance notice are both "TB" and share one sequence, as
the office's register of outgoing documents counts them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dialogue_app.domain.text import nfc


class Layout(StrEnum):
    STATE = "state"  # Decree 30/2020/NĐ-CP
    PARTY = "party"  # Hướng dẫn 36-HD/VPTW


class RecordType(StrEnum):
    CONFERENCE = "conference"
    CASE = "case"
    PERIOD = "period"  # the reception register: not numbered


class DocumentKind(StrEnum):
    INVITATION = "invitation"  # giấy mời
    MINUTES = "minutes"  # biên bản
    CONCLUSION = "conclusion"  # thông báo kết luận
    APPOINTMENT = "appointment"  # phiếu hẹn / giấy biên nhận
    GUIDANCE = "guidance"  # phiếu hướng dẫn
    TRANSFER = "transfer"  # phiếu chuyển đơn
    PROPOSAL = "proposal"  # phiếu đề xuất thụ lý
    ACCEPTANCE = "acceptance"  # thông báo thụ lý
    REFUSAL = "refusal"  # thông báo không thụ lý
    URGE = "urge"  # văn bản đôn đốc
    DENUNCIATOR_NOTICE = "denunciator-notice"  # thông báo cho người tố cáo


LETTER_SERIES = (
    "CV"  # letters without a type name (công văn): state `12/UBND-TCD`, Party `12-CV/TU`
)


@dataclass(frozen=True)
class KindSpec:
    kind: DocumentKind
    record_type: RecordType
    code: str | None  # None: a letter without a type name (its summary goes on a "V/v" line)
    title: str  # printed in capitals
    needs: tuple[str, ...]  # fields the record must have (names of ``missing_fields``' keys)

    @property
    def series(self) -> str:
        return self.code or LETTER_SERIES


KINDS: Mapping[DocumentKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            DocumentKind.INVITATION,
            RecordType.CONFERENCE,
            "GM",
            "GIẤY MỜI",
            ("venue", "starts_at", "chair", "not_cancelled"),
        ),
        KindSpec(
            DocumentKind.MINUTES,
            RecordType.CONFERENCE,
            "BB",
            "BIÊN BẢN",
            ("venue", "starts_at", "held"),
        ),
        KindSpec(
            DocumentKind.CONCLUSION,
            RecordType.CONFERENCE,
            "TB",
            "THÔNG BÁO",
            ("venue", "starts_at", "held"),
        ),
        KindSpec(
            DocumentKind.APPOINTMENT,
            RecordType.CASE,
            "PH",
            "PHIẾU HẸN VÀ GIẤY BIÊN NHẬN",
            ("citizen",),
        ),
        KindSpec(
            DocumentKind.GUIDANCE,
            RecordType.CASE,
            "PHD",
            "PHIẾU HƯỚNG DẪN",
            ("citizen", "agency"),
        ),
        KindSpec(DocumentKind.TRANSFER, RecordType.CASE, "PC", "PHIẾU CHUYỂN ĐƠN", ("agency",)),
        KindSpec(
            DocumentKind.PROPOSAL, RecordType.CASE, "PĐX", "PHIẾU ĐỀ XUẤT THỤ LÝ", ("citizen",)
        ),
        KindSpec(
            DocumentKind.ACCEPTANCE,
            RecordType.CASE,
            "TB",
            "THÔNG BÁO",
            ("citizen", "accepted_on"),
        ),
        KindSpec(
            DocumentKind.REFUSAL,
            RecordType.CASE,
            "TB",
            "THÔNG BÁO",
            ("citizen", "refusal_ground"),
        ),
        KindSpec(DocumentKind.URGE, RecordType.CASE, None, "", ("agency", "deadline")),
        KindSpec(
            DocumentKind.DENUNCIATOR_NOTICE,
            RecordType.CASE,
            "TB",
            "THÔNG BÁO",
            ("denunciation", "accepted_on"),
        ),
    )
}


def spec(kind: DocumentKind | str) -> KindSpec:
    """The spec of ``kind`` (a ``DocumentKind`` or its value); ``KeyError`` for an unknown one."""
    return KINDS[DocumentKind(kind)]


def two_digits(value: int) -> str:
    """A day or a number below 10 with its leading zero ("05")."""
    return f"{value:02d}"


def month_text(month: int) -> str:
    """Months 1 and 2 take a leading zero ("01", "02"); 3 to 12 are written as they are."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_line(place: str, day: date) -> str:
    """'Hà Tĩnh, ngày 05 tháng 01 năm 2026' (Decree 30/2020, Appendix I, II.4)."""
    words = f"ngày {two_digits(day.day)} tháng {month_text(day.month)} năm {day.year}"
    place = nfc(place.strip()) or ""
    return f"{place}, {words}" if place else words


def date_words(day: date) -> str:
    """'ngày 05 tháng 01 năm 2026', as a date is written inside a text."""
    return date_line("", day)


def document_number(
    layout: Layout, sequence: int, code: str | None, issuer_abbreviation: str, unit_code: str = ""
) -> str:
    """The number as printed after "Số": state ``05/GM-UBND`` (a letter: ``12/UBND-TCD``),
    Party ``12-TB/TU`` (a letter: ``12-CV/TU``). ``sequence`` 0 is a draft: ``…``."""
    serial = two_digits(sequence) if sequence > 0 else "…"
    issuer = issuer_abbreviation.strip()
    if layout is Layout.PARTY:
        return f"{serial}-{code or LETTER_SERIES}/{issuer}"
    if code is None:
        unit = unit_code.strip()
        return f"{serial}/{issuer}-{unit}" if unit else f"{serial}/{issuer}"
    return f"{serial}/{code}-{issuer}"


def number_line(layout: Layout, number: str) -> str:
    """'Số: 05/GM-UBND' for a state body, 'Số 12-TB/TU' (no colon) for a Party body."""
    return f"Số {number}" if layout is Layout.PARTY else f"Số: {number}"


def missing_fields(kind: DocumentKind, record: Mapping[str, object]) -> tuple[str, ...]:
    """The needs of ``kind`` that ``record`` lacks (None, empty, or False), in the spec's order."""
    return tuple(name for name in KINDS[kind].needs if not record.get(name))


_HEADING = re.compile(r"[IVXLC]+\.\s+\S")


def is_heading(text: str) -> bool:
    """A numbered heading of a document's body ("I. THÀNH PHẦN THAM DỰ", "II. NỘI DUNG"): a
    Roman numeral and a stop, then capitals. Printed bold, flush with the margin (an ordinary
    paragraph has a first-line indent)."""
    text = text.strip()
    return bool(_HEADING.match(text)) and text == text.upper() and any(c.isalpha() for c in text)


__all__ = [
    "KINDS",
    "LETTER_SERIES",
    "DocumentKind",
    "KindSpec",
    "Layout",
    "RecordType",
    "date_line",
    "date_words",
    "document_number",
    "is_heading",
    "missing_fields",
    "month_text",
    "number_line",
    "spec",
    "two_digits",
]

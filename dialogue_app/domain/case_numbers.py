"""Register numbers of cases (issue 18): one series a year for every case, however it came in
(typed in the form, raised at a conference, imported), written as the office's register writes
them: the sequence, a code of the petition's type and the year, e.g. ``15/ĐKN-2026`` (đơn khiếu
nại), ``19/TC-2026`` (tố cáo), ``17/KN-2026`` (kiến nghị), ``21/PA-2026`` (phản ánh).
"""

from __future__ import annotations

import re

from dialogue_app.domain.cases import CaseType

# the counter's key in ``document_counters`` (one row a year); no document series has a dash
SERIES = "case-register"

TYPE_CODES = {
    CaseType.COMPLAINT: "ĐKN",
    CaseType.DENUNCIATION: "TC",
    CaseType.RECOMMENDATION: "KN",
    CaseType.FEEDBACK: "PA",
}

_NUMBER = re.compile(r"^(\d+)/[^/]*-(\d{4})$")


def register_number(sequence: int, case_type: CaseType, year: int) -> str:
    """``15/ĐKN-2026``: the ``sequence``-th case of ``year``'s register."""
    return f"{sequence}/{TYPE_CODES[CaseType(case_type)]}-{year}"


def sequence_in(number: str | None, year: int) -> int | None:
    """The sequence of a register number of ``year`` (``15`` for ``15/ĐKN-2026`` in 2026), None
    for a number of another year or written another way."""
    match = _NUMBER.match(number or "")
    if match is None or int(match.group(2)) != year:
        return None
    return int(match.group(1))

"""The columns of an import file (DESIGN.md §6): their English and Vietnamese headers, matched
ignoring case and diacritics, and the columns the app computes (accepted in a file the app
exported, and ignored)."""

from __future__ import annotations

from collections.abc import Sequence

from dialogue_app.domain.text import (
    clean,
    fold,
)
from dialogue_app.services.cases.importing.form_facts import FACT_COLUMNS, FACT_HEADERS
from dialogue_app.services.cases.importing.results import ImportFailed, ImportProblem, in_cell
from dialogue_app.services.errors import QT_TRANSLATE_NOOP

COLUMNS = (
    "received_on",
    "citizen_name",
    "national_id",
    "address",
    "commune",
    "type",
    "field",
    "summary",
    "within_competence",
    "agency",
    "status",
    "resolved_on",
    "remote_area",
    "round",
)


# optional columns beyond DESIGN §6's: the acceptance date and outcome, and what the app's own
# export writes (a file without them imports as before)
OPTIONAL_COLUMNS = (
    "accepted_on",
    "outcome",
    "number",
    "handler",
    "notified_on",
    *FACT_COLUMNS,  # the facts the statutory forms count (importing/form_facts.py)
)


REQUIRED = ("received_on", "citizen_name", "type")


# Every label the window and the export show for a column (the list's headers, the case's
# detail and form, the export's headers; ``EXPORT_COLUMNS`` and ``ui/cases_page.py``), in English
# and in Vietnamese (as ``dialogue_app_vi.ts`` translates them), plus a few usual variants; all
# matched ignoring case and diacritics. ``tests/services/test_case_import_headers.py`` checks
# that every such label of the window is here.
HEADERS: dict[str, tuple[str, ...]] = {
    "received_on": ("Received on", "Received", "Ngày tiếp nhận", "Ngày nhận"),
    "citizen_name": (
        "Citizens",
        "Citizen",
        "Full name",
        "Name",
        "Công dân",
        "Họ và tên",
        "Họ tên",
        "Người gửi",
    ),
    "national_id": (
        "ID number",
        "ID number (12 digits)",
        "CCCD",
        "Số CCCD",
        "Số CCCD (12 chữ số)",
        "Số căn cước",
    ),
    "address": ("Address", "Địa chỉ"),
    "commune": ("Commune", "Xã, phường", "Xã phường", "Xã/phường"),
    "type": ("Type", "Loại đơn", "Loại"),
    "field": ("Field", "Lĩnh vực"),
    "summary": ("Summary", "Nội dung", "Nội dung tóm tắt", "Tóm tắt"),
    "within_competence": (
        "Within competence",
        "Within the office's competence",
        "Thuộc thẩm quyền",
        "Thuộc thẩm quyền giải quyết của cơ quan",
    ),
    "agency": ("Agency", "Agency to resolve it", "Cơ quan giải quyết", "Cơ quan"),
    "status": ("Status", "Trạng thái", "Tình trạng"),
    "resolved_on": ("Resolved on", "Closed on", "Ngày giải quyết", "Ngày kết thúc"),
    "remote_area": (
        "Remote area",
        "Remote or disadvantaged area",
        "Vùng sâu, vùng xa",
        "Vùng sâu vùng xa",
        "Vùng sâu",
        "Vùng sâu, vùng xa, đi lại khó khăn",
    ),
    "round": ("Round", "Lần", "Lần khiếu nại", "Lần giải quyết"),
    "accepted_on": ("Accepted on", "Ngày thụ lý"),
    "outcome": ("Outcome", "Kết quả giải quyết", "Kết quả"),
    "number": ("Number", "Case number", "Số vụ việc", "Số hồ sơ"),
    "handler": ("Handler", "Cán bộ xử lý"),
    "notified_on": (
        "Denunciator notified on",
        "Notified on",
        "Ngày thông báo thụ lý tố cáo",
        "Ngày thông báo",
    ),
    **FACT_HEADERS,
}


# Columns the export writes that the app computes itself: accepted as headers so that an exported
# file imports back, their values ignored (the import summary names them).
COMPUTED_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "Mã"),
    "deadline": ("Deadline", "Hạn giải quyết"),
    "overdue": ("Overdue", "Quá hạn"),
    "days_left": ("Days left", "Số ngày còn lại"),
    "deadline_explanation": ("Deadline basis", "Căn cứ tính thời hạn"),
    "notify_deadline": (
        "Notify denunciator by",
        "Notify the denunciator by",
        "Hạn thông báo thụ lý",
        "Hạn thông báo thụ lý cho người tố cáo",
    ),
}


COMPUTED = "computed:"


def header_map() -> dict[str, str]:
    """Folded header → column name; a computed column's name is prefixed with ``COMPUTED``."""
    mapping: dict[str, str] = {}
    for names, prefix in ((COMPUTED_HEADERS, COMPUTED), (HEADERS, "")):
        for name, labels in names.items():
            for label in (name, name.replace("_", " "), *labels):
                mapping[fold(label)] = prefix + name
    for name in (*COLUMNS, *OPTIONAL_COLUMNS):
        mapping[fold(name)] = name
        mapping[fold(name.replace("_", " "))] = name
    return mapping


# the columns (COLUMNS, OPTIONAL_COLUMNS), written out so that a translation can name the
# Vietnamese headers
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: unknown column (the headers the app's own export writes are accepted "
    "too). The columns are: received_on, citizen_name, national_id, address, commune, type, "
    "field, summary, within_competence, agency, status, resolved_on, remote_area, round, "
    "accepted_on, outcome, number, handler, notified_on, reception_mode, repeat_visit, "
    "eligible, prior_settlement, outside_action, reply_received_on, verdict, money_to_state, "
    "land_to_state, money_to_organisations, land_to_organisations, money_to_individuals, "
    "land_to_individuals, organisations_restored, individuals_restored, sanction_recommended, "
    "sanction_officials, investigation_people, investigation_officials, "
    "investigation_transferred.",
)


def columns_of(header: Sequence[str]) -> tuple[list[str | None], tuple[str, ...]]:
    """The column of each header cell (None: a column the app computes, ignored) and the
    headers so ignored, as the file writes them."""
    mapping = header_map()
    columns: list[str | None] = []
    ignored: list[str] = []
    seen: set[str] = set()
    problems: list[ImportProblem] = []
    for position, label in enumerate(header, start=1):
        name = mapping.get(fold(label))
        if name is None:
            problems.append(in_cell(1, label or f"#{position}", UNKNOWN_COLUMN))
        elif name in seen:
            problems.append(
                in_cell(
                    1,
                    label,
                    QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: this column appears twice."),
                )
            )
        elif name.startswith(COMPUTED):
            seen.add(name)
            columns.append(None)
            ignored.append(clean(label) or label)
        else:
            seen.add(name)
            columns.append(name)
    for name in REQUIRED:
        if name not in seen and not problems:
            problems.append(
                in_cell(
                    1,
                    name,
                    QT_TRANSLATE_NOOP(
                        "Messages", "Row %1, column %2: this required column is missing."
                    ),
                )
            )
    if problems:
        raise ImportFailed(problems)
    return columns, tuple(ignored)

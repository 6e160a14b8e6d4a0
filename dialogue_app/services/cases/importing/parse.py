"""Parsing an import file's rows: each cell (dates, yes/no, ID numbers, types, statuses, outcomes,
rounds) and each row as a whole (its dates in order, its outcome and notification in step with
its status). Every problem names its row and column."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dialogue_app.domain.cases import (
    CaseStatus,
    CaseType,
    Outcome,
    is_valid_national_id,
)
from dialogue_app.domain.text import (
    FORMULA_STARTS,
    clean,
    control_character,
    describe_character,
    fold,
)
from dialogue_app.services.cases import text_limits
from dialogue_app.services.cases.importing.columns import COLUMNS
from dialogue_app.services.cases.importing.form_facts import check_row_facts, parse_facts
from dialogue_app.services.cases.importing.results import CellError, ImportProblem, in_cell
from dialogue_app.services.cases.types import HIDDEN
from dialogue_app.services.errors import QT_TRANSLATE_NOOP

TYPES: dict[str, CaseType] = {
    **{t.value: t for t in CaseType},
    "khieu nai": CaseType.COMPLAINT,
    "to cao": CaseType.DENUNCIATION,
    "kien nghi": CaseType.RECOMMENDATION,
    "phan anh": CaseType.FEEDBACK,
}


IMPORTABLE_STATUSES = (
    CaseStatus.RECEIVED,
    CaseStatus.ACCEPTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.TRANSFERRED,
    CaseStatus.GUIDED,
    CaseStatus.WITHDRAWN,
)


STATUSES: dict[str, CaseStatus] = {
    **{s.value: s for s in IMPORTABLE_STATUSES},
    "in progress": CaseStatus.IN_PROGRESS,
    "moi tiep nhan": CaseStatus.RECEIVED,
    "tiep nhan": CaseStatus.RECEIVED,
    "da thu ly": CaseStatus.ACCEPTED,
    "thu ly": CaseStatus.ACCEPTED,
    "dang giai quyet": CaseStatus.IN_PROGRESS,
    "da giai quyet": CaseStatus.RESOLVED,
    "chuyen don": CaseStatus.TRANSFERRED,
    "huong dan": CaseStatus.GUIDED,
    "rut don": CaseStatus.WITHDRAWN,
    # the window's words (``ui/case_labels.py``), in English and in Vietnamese
    "guided elsewhere": CaseStatus.GUIDED,
    "da tiep nhan": CaseStatus.RECEIVED,
    "da chuyen don": CaseStatus.TRANSFERRED,
    "da huong dan": CaseStatus.GUIDED,
    "da rut don": CaseStatus.WITHDRAWN,
}


# the statuses of a case that was accepted (thụ lý) at some point
ACCEPTED_STATUSES = (
    CaseStatus.ACCEPTED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.WITHDRAWN,
)


# the codes, and the window's words (``ui/case_labels.py``) in English and Vietnamese, folded
OUTCOMES: dict[str, Outcome] = {
    **{o.value: o for o in Outcome},
    "partly upheld": Outcome.PARTLY_UPHELD,
    "dung": Outcome.UPHELD,
    "dung mot phan": Outcome.PARTLY_UPHELD,
    "co dung co sai": Outcome.PARTLY_UPHELD,
    "sai": Outcome.REJECTED,
    "da tra loi": Outcome.ANSWERED,
    "tra loi": Outcome.ANSWERED,
}


ROUNDS = {
    "1": 1,
    "2": 2,
    "first time": 1,
    "second time": 2,
    "lan dau": 1,
    "lan 1": 1,
    "lan hai": 2,
    "lan 2": 2,
}


YES = {"yes", "y", "true", "1", "x", "co"}


NO = {"no", "n", "false", "0", "khong"}


@dataclass
class ParsedRow:
    line: int
    received_on: date
    citizen_name: str
    national_id: str | None
    address: str | None
    commune: str | None
    case_type: CaseType
    field_name: str | None
    summary: str
    within_competence: bool
    agency: str | None
    status: CaseStatus
    resolved_on: date | None
    remote_area: bool
    round: int
    # the day it was accepted (thụ lý); None: not accepted, or not given (``accepted_given``)
    accepted_on: date | None = None
    accepted_given: bool = False
    outcome: Outcome | None = None
    number: str | None = None
    handler: str | None = None
    notified_on: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # the facts the statutory forms count, as the case's attributes (importing/form_facts.py)
    form_facts: dict[str, Any] = field(default_factory=dict)

    @property
    def accepted(self) -> date | None:
        """The acceptance day the deadlines count from: the one given, else (an accepted case
        without it) the day of receipt, as before the column existed."""
        if self.accepted_on is not None:
            return self.accepted_on
        if self.status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED):
            return self.received_on
        return None


def cell_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
        # the app's export protects a text starting like a formula with an apostrophe: undo it
        text = text[1:]
    return clean(text)


def _date(value: Any, text_of: Callable[[Any], str | None] = cell_text) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value) or ""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise CellError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row %1, column %2: “%3” is not a real date; write it as dd/mm/yyyy, e.g. 15/03/2026.",
        ),
        text,
    )


def _yes_no(value: Any, default: bool, cells: Cells | None = None) -> bool:
    text = cells.text(value) if cells else cell_text(value)
    if text is None:
        return default
    key = cells.fold(text) if cells else fold(text)
    if key in YES:
        return True
    if key in NO:
        return False
    raise CellError(
        QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: “%3” must be yes or no."), text
    )


def _national_id(value: Any, cells: Cells | None = None) -> str | None:
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if whole and not isinstance(value, bool) and value >= 0:
        # Excel drops the leading zero of an ID typed as a number (every CCCD starts with 0..).
        value = str(int(value)).zfill(12)
    text = cells.text(value) if cells else cell_text(value)
    if text is None:
        return None
    text = text.replace(" ", "").replace(".", "")
    if not is_valid_national_id(text):
        raise CellError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Row %1, column %2: “%3” is not an ID number: a CCCD number is exactly 12 digits.",
            ),
            text,
        )
    return text


class Cells:
    """What the cells of one file come to, each distinct text worked out once: its clean text
    (``cell_text``), its folded key, the date it names. A file's cells repeat from row to row
    (statuses, types, yes and no, places, days); a CSV's cells are all texts. Only the texts
    are remembered (a workbook's numbers and dates are worked out each time: ``1 == 1.0 ==
    True`` would share an entry)."""

    def __init__(self) -> None:
        self._texts: dict[str, str | None] = {}
        self._folded: dict[str, str] = {}
        self._dates: dict[str, date] = {}

    def text(self, value: Any) -> str | None:
        """``cell_text(value)``."""
        if value.__class__ is not str:
            return cell_text(value)
        try:
            return self._texts[value]
        except KeyError:
            found = self._texts[value] = cell_text(value)
            return found

    def fold(self, text: str) -> str:
        """``fold(text)``."""
        try:
            return self._folded[text]
        except KeyError:
            found = self._folded[text] = fold(text)
            return found

    def date(self, value: Any) -> date:
        """``_date(value)``: the date, or ``CellError`` (not remembered: each row says it)."""
        if value.__class__ is not str:
            return _date(value, self.text)
        try:
            return self._dates[value]
        except KeyError:
            found = self._dates[value] = _date(value, self.text)
            return found


_SEVERAL = re.compile(r"^(.*\S) \+\d+$")


_FUTURE = QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: %3 is in the future.")


# the statuses a file may give (IMPORTABLE_STATUSES), written out so that they are translated too
_NOT_A_STATUS = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: “%3” is not a status; use received, accepted, in_progress, resolved, "
    "transferred, guided, withdrawn.",
)


def parse_row(
    line: int,
    record: dict[str, Any],
    today: date,
    problems: list[ImportProblem],
    present: frozenset[str] = frozenset(COLUMNS),
    cells: Cells | None = None,
) -> ParsedRow | None:
    """The row, or None after adding its problems. ``present``: the file's columns;
    ``cells``: what the file's earlier rows worked out (one ``Cells`` per file)."""
    before = len(problems)
    cells = cells or Cells()
    text_of, fold_of, date_of = cells.text, cells.fold, cells.date

    def fail(column: str, template: str, *values: object) -> None:
        problems.append(in_cell(line, column, template, *values))

    def wrong(column: str, error: CellError) -> None:
        fail(column, error.template, *error.values)

    get = record.get

    texts = [value for value in record.values() if isinstance(value, str)]
    if control_character("".join(texts)) is not None:  # rare: then find the cells
        for column, value in record.items():
            if isinstance(value, str) and (character := control_character(value)) is not None:
                fail(column, _CONTROL_IN_CELL, describe_character(character))
    received: date | None = None
    if text_of(get("received_on")) is None and not isinstance(get("received_on"), date):
        fail(
            "received_on",
            QT_TRANSLATE_NOOP(
                "Messages", "Row %1, column %2: the date the case was received is missing."
            ),
        )
    else:
        try:
            received = date_of(get("received_on"))
            if received > today:
                fail("received_on", _FUTURE, received.isoformat())
        except CellError as error:
            wrong("received_on", error)
    name = text_of(get("citizen_name"))
    if name == HIDDEN:
        fail("citizen_name", _HIDDEN_NAME)
    elif name and (several := _SEVERAL.match(name)):
        # the list and its export show a group petition as its first citizen and "+N"
        name = several.group(1)
    if name == HIDDEN:
        name = None
    elif not name:
        fail(
            "citizen_name",
            QT_TRANSLATE_NOOP("Messages", "Row %1, column %2: the citizen's name is missing."),
        )
    national_id = None
    try:
        national_id = _national_id(get("national_id"), cells)
    except CellError as error:
        wrong("national_id", error)
    case_type = None
    type_text = text_of(get("type"))
    if not type_text:
        fail(
            "type",
            QT_TRANSLATE_NOOP(
                "Messages",
                "Row %1, column %2: the type is missing (complaint, denunciation, recommendation "
                "or feedback).",
            ),
        )
    else:
        case_type = TYPES.get(fold_of(type_text).replace("_", " ")) or TYPES.get(fold_of(type_text))
        if case_type is None:
            fail(
                "type",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Row %1, column %2: “%3” is not a type; use complaint, denunciation, "
                    "recommendation or feedback.",
                ),
                type_text,
            )
    status = CaseStatus.RECEIVED
    status_text = text_of(get("status"))
    if status_text:
        key = fold_of(status_text)
        found = STATUSES.get(key) or STATUSES.get(key.replace(" ", "_"))
        if found is None:
            fail("status", _NOT_A_STATUS, status_text)
        else:
            status = found
    resolved_on = None
    if text_of(get("resolved_on")) is not None or isinstance(get("resolved_on"), date):
        try:
            resolved_on = date_of(get("resolved_on"))
            if received and resolved_on < received:
                fail(
                    "resolved_on",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Row %1, column %2: the case cannot be resolved before it was received.",
                    ),
                )
            elif resolved_on > today:
                fail("resolved_on", _FUTURE, resolved_on.isoformat())
        except CellError as error:
            wrong("resolved_on", error)
    elif status == CaseStatus.RESOLVED:
        fail(
            "resolved_on",
            QT_TRANSLATE_NOOP(
                "Messages", "Row %1, column %2: a resolved case needs the date it was resolved."
            ),
        )
    within = remote = False
    try:
        within = _yes_no(get("within_competence"), True, cells)
    except CellError as error:
        wrong("within_competence", error)
    try:
        remote = _yes_no(get("remote_area"), False, cells)
    except CellError as error:
        wrong("remote_area", error)
    round_ = 1
    round_text = text_of(get("round"))
    if round_text:
        if fold_of(round_text) in ROUNDS:
            round_ = ROUNDS[fold_of(round_text)]
        else:
            fail(
                "round",
                QT_TRANSLATE_NOOP(
                    "Messages", "Row %1, column %2: “%3” must be 1 (first time) or 2 (second time)."
                ),
                round_text,
            )
    accepted_on = _optional_date(get("accepted_on"), "accepted_on", wrong, cells)
    if accepted_on is not None:
        if status not in ACCEPTED_STATUSES:
            fail("accepted_on", _NEVER_ACCEPTED, status_text or status.value)
        elif received and accepted_on < received:
            fail("accepted_on", _ACCEPTED_BEFORE_RECEIPT, received.isoformat())
        elif accepted_on > today:
            fail("accepted_on", _FUTURE, accepted_on.isoformat())
        elif resolved_on and accepted_on > resolved_on:
            fail("accepted_on", _ACCEPTED_AFTER_CLOSING, resolved_on.isoformat())
    outcome = None
    outcome_text = text_of(get("outcome"))
    if outcome_text:
        outcome = OUTCOMES.get(fold_of(outcome_text).replace(",", "").replace("_", " ")) or (
            OUTCOMES.get(fold_of(outcome_text))
        )
        if outcome is None:
            fail("outcome", _NOT_AN_OUTCOME, outcome_text)
        elif status != CaseStatus.RESOLVED:
            fail("outcome", _OUTCOME_NOT_RESOLVED, status_text or status.value)
    elif status == CaseStatus.RESOLVED and "outcome" in present and case_type is not None:
        # the file gives outcomes: a recommendation or feedback is settled by answering it;
        # whether a complaint or denunciation was right is for the file to say
        if case_type in (CaseType.RECOMMENDATION, CaseType.FEEDBACK):
            outcome = Outcome.ANSWERED
        else:
            fail("outcome", _OUTCOME_MISSING)
    notified_on = _optional_date(get("notified_on"), "notified_on", wrong, cells)
    if notified_on is not None and case_type is not None and received is not None:
        accepted_day = accepted_on or (
            received
            if status in (CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)
            else None
        )
        if case_type != CaseType.DENUNCIATION or accepted_day is None:
            fail("notified_on", _NOTIFIED_NOT_ACCEPTED)
        elif notified_on < accepted_day:
            fail("notified_on", _NOTIFIED_BEFORE_ACCEPTANCE, accepted_day.isoformat())
        elif notified_on > today:
            fail("notified_on", _FUTURE, notified_on.isoformat())
    number = text_of(get("number"))
    handler = text_of(get("handler"))
    address, commune = text_of(get("address")), text_of(get("commune"))
    field_name, agency = text_of(get("field")), text_of(get("agency"))
    # the columns' lengths (``text_limits``), checked here: the same on SQLite and PostgreSQL
    for column, value, limit in (
        ("citizen_name", name, text_limits.CITIZEN_NAME),
        ("address", address, text_limits.ADDRESS),
        ("commune", commune, text_limits.COMMUNE),
        ("field", field_name, text_limits.FIELD),
        ("agency", agency, text_limits.AGENCY),
        ("number", number, text_limits.CASE_NUMBER),
        ("handler", handler, text_limits.HANDLER),
    ):
        if text_limits.too_long(value, limit):
            fail(column, _TOO_LONG, limit)
    form_facts = parse_facts(
        record,
        fail,
        lambda value, default: _yes_no(value, default, cells),
        lambda value, column: _optional_date(value, column, wrong, cells),
    )
    if received is not None and case_type is not None:
        check_row_facts(
            form_facts,
            fail,
            case_type=case_type.value,
            round_=round_,
            status=status.value,
            within_competence=within,
            received_on=received,
        )
    if len(problems) > before or received is None or case_type is None or not name:
        return None
    return ParsedRow(
        line=line,
        received_on=received,
        citizen_name=name,
        national_id=national_id,
        address=address,
        commune=commune,
        case_type=case_type,
        field_name=field_name,
        summary=text_of(get("summary")) or "",
        within_competence=within,
        agency=agency,
        status=status,
        resolved_on=resolved_on,
        remote_area=remote,
        round=round_,
        accepted_on=accepted_on,
        accepted_given=accepted_on is not None,
        outcome=outcome,
        number=number,
        handler=handler,
        notified_on=notified_on,
        form_facts=form_facts,
    )


def _optional_date(
    value: Any,
    column: str,
    wrong: Callable[[str, CellError], None],
    cells: Cells | None = None,
) -> date | None:
    cells = cells or Cells()
    if cells.text(value) is None and not isinstance(value, date):
        return None
    try:
        return cells.date(value)
    except CellError as error:
        wrong(column, error)
        return None


_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "Row %1, column %2: the text is too long; at most %3 characters."
)


_CONTROL_IN_CELL = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the text contains an invisible control character (%3); delete it (type "
    "the cell again) and import the file again.",
)


_NEVER_ACCEPTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: a case with status “%3” was never accepted; leave this cell empty or "
    "correct the status.",
)


_ACCEPTED_BEFORE_RECEIPT = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the case cannot be accepted before it was received (%3).",
)


_ACCEPTED_AFTER_CLOSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the case cannot be accepted after it was resolved or closed (%3).",
)


_NOT_AN_OUTCOME = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: “%3” is not an outcome; use upheld, partly_upheld, rejected or answered.",
)


_OUTCOME_NOT_RESOLVED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: only a resolved case has an outcome, and this one is “%3”; leave this "
    "cell empty or correct the status.",
)


_OUTCOME_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: a resolved complaint or denunciation needs its outcome: upheld, "
    "partly_upheld, rejected or answered.",
)


_NOTIFIED_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: only an accepted denunciation has a date its denunciator was notified; "
    "leave this cell empty or correct the type or status.",
)


_NOTIFIED_BEFORE_ACCEPTANCE = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the denunciator cannot be notified before the denunciation was accepted "
    "(%3).",
)


_HIDDEN_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: the denunciator's name is hidden in this file ([confidential]): type "
    "the name, or export the list again with the names of denunciators.",
)

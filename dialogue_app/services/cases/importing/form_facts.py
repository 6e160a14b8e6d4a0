"""The import's optional columns for the facts the statutory forms count (issue 14): parsed
cell by cell, then checked against the row (``domain.forms.contradiction``) as the case form
checks them. A file without them imports as before (the facts derived or zero)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from dialogue_app.domain.forms import (
    OutsideAction,
    PriorSettlement,
    ReceptionMode,
    SettlementFacts,
    Verdict,
    contradiction,
)
from dialogue_app.domain.text import fold
from dialogue_app.services.cases.importing.results import CellError
from dialogue_app.services.errors import QT_TRANSLATE_NOOP

AMOUNT_COLUMNS = (
    "money_to_state",
    "land_to_state",
    "money_to_organisations",
    "land_to_organisations",
    "money_to_individuals",
    "land_to_individuals",
)
COUNT_COLUMNS = (
    "organisations_restored",
    "individuals_restored",
    "sanction_recommended",
    "sanction_officials",
    "investigation_people",
    "investigation_officials",
)
FACT_COLUMNS = (
    "reception_mode",
    "repeat_visit",
    "eligible",
    "prior_settlement",
    "outside_action",
    "reply_received_on",
    "verdict",
    *AMOUNT_COLUMNS,
    *COUNT_COLUMNS,
    "investigation_transferred",
)

# English and Vietnamese headers (matched ignoring case and diacritics)
FACT_HEADERS: dict[str, tuple[str, ...]] = {
    "reception_mode": ("Reception mode", "Hình thức tiếp"),
    "repeat_visit": ("Repeat visit", "Tiếp nhiều lần"),
    "eligible": ("Eligible", "Đủ điều kiện xử lý"),
    "prior_settlement": ("Prior settlement", "Tình trạng giải quyết trước đó"),
    "outside_action": ("Outside competence action", "Hình thức xử lý đơn không thuộc thẩm quyền"),
    "reply_received_on": ("Reply received on", "Ngày nhận văn bản phúc đáp"),
    "verdict": ("Verdict", "Kết luận"),
    "money_to_state": ("Money to the State", "Tiền thu hồi về Nhà nước"),
    "land_to_state": ("Land to the State", "Đất thu hồi về Nhà nước"),
    "money_to_organisations": ("Money to organisations", "Tiền trả lại cho tổ chức"),
    "land_to_organisations": ("Land to organisations", "Đất trả lại cho tổ chức"),
    "money_to_individuals": ("Money to individuals", "Tiền trả lại cho cá nhân"),
    "land_to_individuals": ("Land to individuals", "Đất trả lại cho cá nhân"),
    "organisations_restored": ("Organisations restored", "Số tổ chức được khôi phục quyền lợi"),
    "individuals_restored": ("Individuals restored", "Số cá nhân được khôi phục quyền lợi"),
    "sanction_recommended": ("Recommended for sanction", "Số người bị kiến nghị xử lý"),
    "sanction_officials": ("Officials recommended for sanction", "Trong đó cán bộ bị kiến nghị"),
    "investigation_transferred": ("Transferred for investigation", "Chuyển cơ quan điều tra"),
    "investigation_people": ("People transferred for investigation", "Số người chuyển điều tra"),
    "investigation_officials": ("Officials transferred for investigation", "Trong đó cán bộ"),
}

_CHOICES: dict[str, dict[str, str]] = {
    "reception_mode": {
        "regular": "regular",
        "thuong xuyen": "regular",
        "head": "head",
        "thu truong": "head",
        "delegated": "delegated",
        "uy quyen": "delegated",
    },
    "prior_settlement": {
        "none": "none",
        "chua": "none",
        "once": "once",
        "lan dau": "once",
        "several": "several",
        "nhieu lan": "several",
    },
    "outside_action": {
        "guide": "guide",
        "huong dan": "guide",
        "transfer": "transfer",
        "chuyen don": "transfer",
        "urge": "urge",
        "don doc": "urge",
    },
    "verdict": {
        **{v.value.replace("_", " "): v.value for v in Verdict},
        "dung": "right",
        "sai": "wrong",
        "dung mot phan": "partly_right",
        "cong nhan": "first_decision_upheld",
        "huy sua": "first_decision_annulled",
    },
}

_NOT_A_CHOICE = QT_TRANSLATE_NOOP(
    "Messages", "Row %1, column %2: “%3” is not one of the accepted values (%4)."
)
_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Messages", "Row %1, column %2: “%3” is not a number; write it like 12.5, or leave it empty."
)
_NEGATIVE = QT_TRANSLATE_NOOP(
    "Messages", "Row %1, column %2: cannot be negative; write 0 or leave it empty."
)
_CONTRADICTS = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: contradicts the row's other columns (its status, type, round or "
    "competence, or the people counted); correct one of them.",
)
_WITHDRAWN_DECIDED = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: a withdrawn petition was not settled by a decision; leave the verdict "
    "empty or change the status.",
)
_SECOND_ROUND = QT_TRANSLATE_NOOP(
    "Messages",
    "Row %1, column %2: upholding or annulling a first decision is a second-round outcome, and "
    "this row is round 1.",
)


def parse_facts(
    record: dict[str, Any],
    fail: Callable[..., None],
    yes_no: Callable[[Any, bool], bool],
    parse_date: Callable[[Any, str], date | None],
) -> dict[str, Any]:
    """The fact columns of a row present in ``record``, as the case's attribute values."""
    values: dict[str, Any] = {}
    if record.keys().isdisjoint(FACT_COLUMNS):  # a file without them: nothing to read
        return values
    for column in ("reception_mode", "prior_settlement", "outside_action", "verdict"):
        text = _text(record.get(column))
        if text is None:
            continue
        value = _CHOICES[column].get(fold(text).replace("_", " ").replace(",", ""))
        if value is None:
            accepted = ", ".join(sorted(set(_CHOICES[column].values())))
            fail(column, _NOT_A_CHOICE, text, accepted)
        else:
            values[column] = value
    for column in ("repeat_visit", "eligible", "investigation_transferred"):
        if _text(record.get(column)) is not None:
            try:
                values[column] = yes_no(record.get(column), column == "eligible")
            except CellError as error:
                fail(column, error.template, *error.values)
    reply = parse_date(record.get("reply_received_on"), "reply_received_on")
    if reply is not None:
        values["reply_received_on"] = reply
    for column in AMOUNT_COLUMNS + COUNT_COLUMNS:
        raw = record.get(column)
        text = _text(raw)
        if text is None:
            continue
        try:
            number = Decimal(text.replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            fail(column, _NOT_A_NUMBER, text)
            continue
        if not number.is_finite():  # "Infinity", "NaN": Decimal reads them, no amount is one
            fail(column, _NOT_A_NUMBER, text)
            continue
        if number < 0:
            fail(column, _NEGATIVE)
            continue
        if column in COUNT_COLUMNS:
            if number != number.to_integral_value():
                fail(column, _NOT_A_NUMBER, text)
                continue
            values[column] = int(number)
        else:
            values[column] = number
    return values


def check_row_facts(
    values: dict[str, Any],
    fail: Callable[..., None],
    *,
    case_type: str,
    round_: int,
    status: str,
    within_competence: bool,
    received_on: date,
) -> None:
    """Refuse facts that contradict the row, as the case form does."""
    if not values:
        return
    facts = SettlementFacts(
        **{
            **values,
            **{
                k: v
                for k, v in (
                    ("reception_mode", _enum(ReceptionMode, values.get("reception_mode"))),
                    ("prior_settlement", PriorSettlement(values.get("prior_settlement", "none"))),
                    ("outside_action", _enum(OutsideAction, values.get("outside_action"))),
                    ("verdict", _enum(Verdict, values.get("verdict"))),
                )
            },
        }
    )
    found = contradiction(
        facts,
        case_type=case_type,
        round_=round_,
        status=status,
        within_competence=within_competence,
        received_on=received_on,
    )
    if found is None:
        return
    if found.field == "verdict" and status == "withdrawn":
        fail("verdict", _WITHDRAWN_DECIDED)
    elif (
        found.field == "verdict"
        and round_ != 2
        and facts.verdict
        in (
            Verdict.UPHELD,
            Verdict.ANNULLED,
        )
    ):
        fail("verdict", _SECOND_ROUND)
    else:
        fail(found.field, _CONTRADICTS)


def _enum(kind: Any, value: str | None) -> Any:
    return None if value is None else kind(value)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# every fact column's value for a row that does not give it (bulk inserts need every key)
FACT_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(FACT_COLUMNS),
    "eligible": True,
    "prior_settlement": "none",
    **dict.fromkeys(COUNT_COLUMNS, 0),
    "investigation_transferred": False,
}

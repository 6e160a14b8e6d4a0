"""How long a text may be, and which characters it may not hold: the same on SQLite and PostgreSQL.

SQLite stores a VARCHAR of any length and any character; PostgreSQL refuses a text longer than
its column, or holding a NUL, with an error no person can read. So the services check first, with
the lengths read from the models' column types (one source of truth: change a model, and the
limit follows) and the control characters of ``domain/text.py``.

Control characters (other than tab and line breaks, which are white space) are *refused*, not
stripped: an invisible character in a name or a case number would make it differ from the same
text typed again, and a NUL in a file means it is not the text it claims to be.
"""

from __future__ import annotations

from typing import Any

from dialogue_app.domain.text import clean, control_character, describe_character, fold
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.store.models import AdminUnit, Agency, Case, CaseField, Citizen


def column_length(*columns: Any) -> int:
    """The shortest declared length of ``columns`` (a text goes into all of them)."""
    lengths: list[int] = []
    for column in columns:
        length = column.type.length
        if not isinstance(length, int):
            raise ValueError(f"{column} has no declared length")
        lengths.append(length)
    return min(lengths)


# the longest text of each kind (characters; the search keys hold the text folded)
CITIZEN_NAME = column_length(Citizen.full_name, Citizen.search_key)
ADDRESS = column_length(Citizen.address)
PHONE = column_length(Citizen.phone)
COMMUNE = column_length(AdminUnit.name, AdminUnit.search_key)
AGENCY = column_length(Agency.name, Agency.search_key)
FIELD = column_length(CaseField.name, CaseField.search_key)
CASE_NUMBER = column_length(Case.number)
HANDLER = column_length(Case.handler)


def too_long(text: str | None, limit: int) -> bool:
    """Whether ``text`` (or its search key, which can be longer: "ß" folds to "ss") exceeds
    ``limit`` characters."""
    if not text:
        return False
    if len(text) > limit:
        return True
    # folding makes a text at most 3 times longer ("ﬃ" → "ffi"): fold only when it could matter
    return len(text) * 3 > limit and len(fold(text)) > limit


_CONTROL = QT_TRANSLATE_NOOP(
    "Messages",
    "The text “%1” contains an invisible control character (%2): delete it and type the text "
    "again.",
)
_TOO_LONG = {
    "number": QT_TRANSLATE_NOOP("Messages", "The case number is too long: at most %1 characters."),
    "handler": QT_TRANSLATE_NOOP(
        "Messages", "The handler's name is too long: at most %1 characters."
    ),
    "field": QT_TRANSLATE_NOOP("Messages", "The field's name is too long: at most %1 characters."),
}
_CITIZEN_TOO_LONG = {
    "full_name": QT_TRANSLATE_NOOP(
        "Messages", "Citizen %1: the name is too long: at most %2 characters."
    ),
    "address": QT_TRANSLATE_NOOP(
        "Messages", "Citizen %1: the address is too long: at most %2 characters."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "Citizen %1: the phone number is too long: at most %2 characters."
    ),
}
_CITIZEN_LIMITS = {"full_name": CITIZEN_NAME, "address": ADDRESS, "phone": PHONE}


def check_control(text: str | None, field: str | None = None) -> None:
    """Refuse a text holding a control character (``ValidationError`` naming ``field``)."""
    character = control_character(text)
    if character is None:
        return
    assert text is not None
    before = text[: text.index(character)]
    shown = clean("".join(ch for ch in before[-30:] if control_character(ch) is None)) or ""
    raise ValidationError(_CONTROL, field, shown + "…", describe_character(character))


def check_case_draft(draft: Any) -> None:
    """Refuse a typed case (``cases.types.CaseDraft``) whose texts a column cannot hold."""
    for name in ("summary", "number", "handler", "field_name"):
        check_control(getattr(draft, name), "field" if name == "field_name" else name)
    for name, limit in (("number", CASE_NUMBER), ("handler", HANDLER), ("field", FIELD)):
        value = clean(getattr(draft, "field_name" if name == "field" else name))
        if too_long(value, limit):
            raise ValidationError(_TOO_LONG[name], name, limit)
    for position, person in enumerate(draft.citizens or (), start=1):
        if person.citizen_id is not None:
            continue  # chosen from the register: as registered
        for name, limit in _CITIZEN_LIMITS.items():
            value = getattr(person, name)
            check_control(value, "citizens")
            if too_long(clean(value), limit):
                raise ValidationError(_CITIZEN_TOO_LONG[name], "citizens", position, limit)


__all__ = [
    "ADDRESS",
    "AGENCY",
    "CASE_NUMBER",
    "CITIZEN_NAME",
    "COMMUNE",
    "FIELD",
    "HANDLER",
    "PHONE",
    "check_case_draft",
    "check_control",
    "column_length",
    "too_long",
]

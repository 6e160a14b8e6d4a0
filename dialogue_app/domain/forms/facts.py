"""The facts the statutory forms count (REPORT_FORMS.md), as values and the rules between them.

Recorded where they happen: on a case (the statistics group of the case form, the import's
optional columns) and derived from what the register already knows when nobody recorded them:

* *Reception mode* (01/TCD): a case raised in person at a reception day is a *visit*. A visit is
  regular (by the reception staff) when it has no reception session; at a session it is the head's
  in person, or delegated when the session holds a reception duty marked delegated. Recorded
  ``reception_mode`` wins.
* *Repeat visit*: the citizen came before on the same matter (the case repeats an earlier one,
  ``repeat_of_id``), unless recorded otherwise.
* *Eligible* for handling (01/XLD col. 6): recorded, default yes.
* *Prior settlement* (col. 11–13): settled once, several times, or not yet (the default).
* *Outside-competence action* (col. 19–21): guided, transferred or urged; derived from the status
  (guided → guided) and otherwise "transferred", the default handling of a petition the office
  has no competence over (Circular 05/2021/TT-TTCP Art. 7).
* *Verdict* (01/KQGQ col. 20–24, the denunciation table's 20–22): first round right / wrong /
  partly right; second round first decision upheld / annulled or amended. Recorded, else derived
  from the outcome (upheld → right, partly upheld → partly right, rejected → wrong; in the second
  round a rejected complaint upholds the first decision, an upheld one annuls or amends it; a
  denunciation, whatever its round, is concluded right, wrong or partly right; derived in the
  forms' SQL, ``services/reports/forms/queries.verdict``).
* Recoveries (money in million VND, land in m²), rights restored, people recommended for
  sanction, transfers to the investigation agency: recorded numbers, never negative.
* *Time limit kept* (col. 25, 26): settled on or before the deadline (or without one).

A fact that contradicts another is refused (``contradiction``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from dialogue_app.domain.messages import QT_TRANSLATE_NOOP


class ReceptionMode(StrEnum):
    REGULAR = "regular"  # tiếp thường xuyên (reception staff)
    HEAD = "head"  # Thủ trưởng tiếp (periodic or ad hoc, in person)
    DELEGATED = "delegated"  # Ủy quyền tiếp


class PriorSettlement(StrEnum):
    NONE = "none"  # chưa được giải quyết
    ONCE = "once"  # đã được giải quyết lần đầu
    SEVERAL = "several"  # đã được giải quyết nhiều lần


class OutsideAction(StrEnum):
    GUIDE = "guide"  # hướng dẫn
    TRANSFER = "transfer"  # chuyển đơn
    URGE = "urge"  # đôn đốc giải quyết


class Verdict(StrEnum):
    RIGHT = "right"  # khiếu nại / tố cáo đúng
    WRONG = "wrong"  # sai
    PARTLY_RIGHT = "partly_right"  # đúng một phần
    UPHELD = "first_decision_upheld"  # lần hai: công nhận quyết định lần đầu
    ANNULLED = "first_decision_annulled"  # lần hai: hủy, sửa quyết định lần đầu


FIRST_ROUND_VERDICTS = frozenset({Verdict.RIGHT, Verdict.WRONG, Verdict.PARTLY_RIGHT})
SECOND_ROUND_VERDICTS = frozenset({Verdict.UPHELD, Verdict.ANNULLED})


@dataclass(frozen=True)
class SettlementFacts:
    """What a case's settlement recorded for the forms (the case form's statistics group)."""

    reception_mode: ReceptionMode | None = None  # None: derived (module docstring)
    repeat_visit: bool | None = None  # None: derived from the repeat link
    eligible: bool = True
    prior_settlement: PriorSettlement = PriorSettlement.NONE
    outside_action: OutsideAction | None = None  # None: derived from the status
    reply_received_on: date | None = None  # written reply to a transferred petition
    verdict: Verdict | None = None
    money_to_state: Decimal | None = None  # million VND
    land_to_state: Decimal | None = None  # m²
    money_to_organisations: Decimal | None = None
    land_to_organisations: Decimal | None = None
    money_to_individuals: Decimal | None = None
    land_to_individuals: Decimal | None = None
    organisations_restored: int = 0
    individuals_restored: int = 0
    sanction_recommended: int = 0
    sanction_officials: int = 0
    investigation_transferred: bool = False
    investigation_people: int = 0
    investigation_officials: int = 0


AMOUNTS = (
    "money_to_state",
    "land_to_state",
    "money_to_organisations",
    "land_to_organisations",
    "money_to_individuals",
    "land_to_individuals",
)
COUNTS = (
    "organisations_restored",
    "individuals_restored",
    "sanction_recommended",
    "sanction_officials",
    "investigation_people",
    "investigation_officials",
)


@dataclass(frozen=True)
class Contradiction:
    """Why a set of facts cannot be saved: an English template, the field, the values."""

    template: str
    field: str
    values: tuple[object, ...] = ()


def contradiction(
    facts: SettlementFacts,
    *,
    case_type: str,
    round_: int,
    status: str,
    within_competence: bool,
    received_on: date,
) -> Contradiction | None:
    """The first contradiction between ``facts`` and the case they belong to, or None."""
    for name in AMOUNTS:
        value = getattr(facts, name)
        if value is not None and value < 0:
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A recovered or returned amount cannot be negative (%1). Enter 0 or leave "
                    "it empty.",
                ),
                name,
                (value,),
            )
    for name in COUNTS:
        if getattr(facts, name) < 0:
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages", "A number of people or organisations cannot be negative."
                ),
                name,
            )
    if facts.sanction_officials > facts.sanction_recommended:
        return Contradiction(
            QT_TRANSLATE_NOOP(
                "Messages",
                "More officials than people recommended for sanction: the officials are "
                "counted among those people.",
            ),
            "sanction_officials",
        )
    if facts.investigation_officials > facts.investigation_people:
        return Contradiction(
            QT_TRANSLATE_NOOP(
                "Messages",
                "More officials than people transferred to the investigation agency: the "
                "officials are counted among those people.",
            ),
            "investigation_officials",
        )
    if not facts.investigation_transferred and facts.investigation_people:
        return Contradiction(
            QT_TRANSLATE_NOOP(
                "Messages",
                "People are transferred to the investigation agency but the case is not: tick "
                "“transferred to the investigation agency” or enter 0 people.",
            ),
            "investigation_people",
        )
    if facts.verdict is not None:
        if status == "withdrawn":
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This petition was withdrawn, so it was not settled by a decision: clear "
                    "the verdict, or change the status if a decision was issued.",
                ),
                "verdict",
            )
        if case_type not in ("complaint", "denunciation"):
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Only complaints and denunciations are settled with a verdict; clear it.",
                ),
                "verdict",
            )
        if facts.verdict in SECOND_ROUND_VERDICTS and (round_ != 2 or case_type != "complaint"):
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Upholding or annulling a first decision is a second-round outcome; this is "
                    "a first-round case. Choose right, wrong or partly right, or set the round "
                    "to 2.",
                ),
                "verdict",
            )
        if facts.verdict in FIRST_ROUND_VERDICTS and round_ == 2 and case_type == "complaint":
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A second-round complaint ends by upholding or annulling (amending) the "
                    "first decision; choose one of those.",
                ),
                "verdict",
            )
    if facts.outside_action is not None and within_competence:
        return Contradiction(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Guiding, transferring or urging applies only to petitions outside the "
                "office's competence; clear it or untick “within competence”.",
            ),
            "outside_action",
        )
    if facts.reply_received_on is not None:
        if within_competence or facts.outside_action not in (None, OutsideAction.TRANSFER):
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "A written reply is recorded only for a petition transferred to another body.",
                ),
                "reply_received_on",
            )
        if facts.reply_received_on < received_on:
            return Contradiction(
                QT_TRANSLATE_NOOP(
                    "Messages", "The reply cannot arrive (%1) before the petition (%2)."
                ),
                "reply_received_on",
                (facts.reply_received_on.isoformat(), received_on.isoformat()),
            )
    return None

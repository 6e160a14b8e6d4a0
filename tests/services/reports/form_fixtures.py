"""Data sets with known counts for every column of the statutory forms (March 2026), written
straight into the real database so each date, status and fact is exactly what a cell needs.

Each builder's docstring lists its cases and the cells they land in; the tests compare every
column of every row with the tables here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, Outcome
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.forms import OutsideAction, PriorSettlement, ReceptionMode, Verdict
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import (
    AdminLevel,
    AdminUnit,
    Case,
    Conference,
    Official,
    ReceptionDuty,
)

TODAY = date(2026, 4, 15)
START, END = date(2026, 3, 1), date(2026, 3, 31)


@dataclass(frozen=True)
class Units:
    a: int  # Xã An
    b: int  # Xã Bình


def units(session: Session) -> Units:
    level = AdminLevel(code="commune", name="Xã", rank=2)
    session.add(level)
    session.flush()
    a = AdminUnit(name="Xã An", level_id=level.id, search_key=fold("Xã An"))
    b = AdminUnit(name="Xã Bình", level_id=level.id, search_key=fold("Xã Bình"))
    session.add_all([a, b])
    session.flush()
    return Units(a.id, b.id)


def case(session: Session, received_on: date, **facts: Any) -> Case:
    facts.setdefault("case_type", CaseType.COMPLAINT)
    facts.setdefault("status", CaseStatus.RECEIVED)
    row = Case(received_on=received_on, search_key="", **facts)
    session.add(row)
    session.flush()
    return row


def session_at(session: Session, day: date, unit_id: int, *, delegated: bool) -> Conference:
    starts = datetime(day.year, day.month, day.day, 8, 0, tzinfo=VN_TZ)
    conference = Conference(
        uid=f"form-session-{day.isoformat()}-{unit_id}",
        kind=ConferenceKind.RECEPTION,
        status=ConferenceStatus.HELD,
        title="Tiếp công dân định kỳ",
        unit_id=unit_id,
        starts_at=starts,
        ends_at=starts.replace(hour=11),
    )
    session.add(conference)
    session.flush()
    leader = Official(full_name="Nguyễn Văn Chủ", search_key=fold("Nguyễn Văn Chủ"))
    session.add(leader)
    session.flush()
    session.add(
        ReceptionDuty(
            official_id=leader.id,
            day=day,
            status=DutyStatus.DELEGATED if delegated else DutyStatus.HELD,
            conference_id=conference.id,
        )
    )
    session.flush()
    return conference


def zeros(count: int) -> dict[str, int]:
    return {str(i): 0 for i in range(1, count + 1)}


def expect(count: int, **values: int | Decimal) -> dict[str, int | Decimal]:
    """A row of ``count`` columns, zero but for ``values`` (``c4=2`` is column 4 = 2)."""
    row: dict[str, int | Decimal] = dict(zeros(count))
    for key, value in values.items():
        row[key.removeprefix("c")] = value
    return row


def build_tcd(db: DatabaseHandle) -> tuple[Units, dict[int, dict[str, int | Decimal]]]:
    """v1 regular, A, 1 person, first · v2 regular, A, crowd of 6, repeats v1 · v3 at A's
    session held by the head, first · v4 at B's delegated session, crowd of 5, recorded as a
    repeat · v5 recorded as delegated, B, 2 people, first · v6 February (not counted) · a
    mailed case (not a visit). Sessions: A held by the head, B delegated, one in April."""
    with db.uow.begin() as session:
        u = units(session)
        reception = Channel.RECEPTION
        s1 = session_at(session, date(2026, 3, 15), u.a, delegated=False)
        s2 = session_at(session, date(2026, 3, 16), u.b, delegated=True)
        session_at(session, date(2026, 4, 15), u.b, delegated=False)
        v1 = case(session, date(2026, 3, 2), channel=reception, commune_id=u.a)
        case(
            session,
            date(2026, 3, 3),
            channel=reception,
            commune_id=u.a,
            group_size=6,
            repeat_of_id=v1.id,
        )
        case(session, date(2026, 3, 15), channel=reception, commune_id=u.a, conference_id=s1.id)
        case(
            session,
            date(2026, 3, 16),
            channel=reception,
            commune_id=u.b,
            group_size=5,
            conference_id=s2.id,
            repeat_visit=True,
        )
        case(
            session,
            date(2026, 3, 20),
            channel=reception,
            commune_id=u.b,
            group_size=2,
            reception_mode=ReceptionMode.DELEGATED,
        )
        case(session, date(2026, 2, 20), channel=reception, commune_id=u.a)
        case(session, date(2026, 3, 20), channel=Channel.MAIL, commune_id=u.a)
    expected = {
        u.a: expect(
            29,
            c1=3,
            c2=8,
            c3=3,
            c4=2,
            c5=7,
            c6=1,
            c7=1,
            c8=1,
            c9=6,
            c11=1,
            c12=1,
            c13=1,
            c14=1,
            c15=1,
        ),
        u.b: expect(29, c1=2, c2=7, c3=2, c21=1, c22=2, c23=7, c24=1, c25=1, c26=1, c27=5, c29=1),
    }
    return u, expected


def build_xld(db: DatabaseHandle) -> tuple[Units, dict[int, dict[str, int | Decimal]]]:
    """p1 Feb, not handled · p2 Feb, accepted 3 Mar, settled once · p3 denunciation, accepted ·
    p4 recommendation outside competence, transferred, reply 20 Mar · p5 feedback guided · p6
    complaint outside competence, urged, settled several times, repeats p2 · p7 (B) refused,
    not eligible · p8 January, handled in January (not counted)."""
    with db.uow.begin() as session:
        u = units(session)
        a = u.a
        case(session, date(2026, 2, 20), commune_id=a)
        p2 = case(
            session,
            date(2026, 2, 25),
            commune_id=a,
            status=CaseStatus.ACCEPTED,
            accepted_on=date(2026, 3, 3),
            prior_settlement=PriorSettlement.ONCE,
        )
        case(
            session,
            date(2026, 3, 5),
            commune_id=a,
            case_type=CaseType.DENUNCIATION,
            status=CaseStatus.ACCEPTED,
            accepted_on=date(2026, 3, 8),
        )
        case(
            session,
            date(2026, 3, 6),
            commune_id=a,
            case_type=CaseType.RECOMMENDATION,
            status=CaseStatus.TRANSFERRED,
            resolved_on=date(2026, 3, 9),
            within_competence=False,
            reply_received_on=date(2026, 3, 20),
        )
        case(
            session,
            date(2026, 3, 7),
            commune_id=a,
            case_type=CaseType.FEEDBACK,
            status=CaseStatus.GUIDED,
            resolved_on=date(2026, 3, 8),
            within_competence=False,
        )
        case(
            session,
            date(2026, 3, 10),
            commune_id=a,
            status=CaseStatus.ACCEPTED,
            accepted_on=date(2026, 3, 11),
            within_competence=False,
            outside_action=OutsideAction.URGE,
            prior_settlement=PriorSettlement.SEVERAL,
            repeat_of_id=p2.id,
        )
        case(
            session,
            date(2026, 3, 12),
            commune_id=u.b,
            status=CaseStatus.REFUSED,
            resolved_on=date(2026, 3, 14),
            eligible=False,
        )
        case(
            session,
            date(2026, 1, 5),
            commune_id=a,
            status=CaseStatus.ACCEPTED,
            accepted_on=date(2026, 1, 10),
        )
    expected = {
        u.a: expect(
            22,
            c1=6,
            c2=2,
            c3=4,
            c4=5,
            c5=1,
            c6=5,
            c7=4,
            c8=2,
            c9=1,
            c10=2,
            c11=1,
            c12=1,
            c13=3,
            c14=2,
            c15=1,
            c16=1,
            c18=3,
            c19=1,
            c20=1,
            c21=1,
            c22=1,
        ),
        u.b: expect(22, c1=1, c3=1, c4=1),
    }
    return u, expected


def build_kqgq(db: DatabaseHandle) -> tuple[Units, dict[int, dict[str, int | Decimal]]]:
    """Complaints within competence (unit A): k1 Feb, open · k2 Feb, decided 10 Mar, right,
    money 12.5 and land 100 to the State, 2 people restored, 3 recommended for sanction (1
    official), on time · k3 decided 25 Mar, partly upheld (partly right), late, 5 to an
    individual, transferred for investigation (2 people, 1 official) · k4 second round,
    annulled, no deadline · k5 withdrawn · k6 second round rejected (upheld), repeats k2 ·
    k7 outside competence · k9 settled in February. Denunciation k8 (unit B): decided, wrong."""
    with db.uow.begin() as session:
        u = units(session)
        a = u.a
        resolved = CaseStatus.RESOLVED
        case(session, date(2026, 2, 10), commune_id=a, status=CaseStatus.ACCEPTED)
        k2 = case(
            session,
            date(2026, 2, 20),
            commune_id=a,
            status=resolved,
            resolved_on=date(2026, 3, 10),
            deadline=date(2026, 3, 20),
            verdict=Verdict.RIGHT,
            money_to_state=Decimal("12.5"),
            land_to_state=Decimal("100"),
            individuals_restored=2,
            sanction_recommended=3,
            sanction_officials=1,
        )
        case(
            session,
            date(2026, 3, 3),
            commune_id=a,
            status=resolved,
            resolved_on=date(2026, 3, 25),
            deadline=date(2026, 3, 20),
            outcome=Outcome.PARTLY_UPHELD,
            money_to_individuals=Decimal("5"),
            investigation_transferred=True,
            investigation_people=2,
            investigation_officials=1,
        )
        case(
            session,
            date(2026, 3, 5),
            commune_id=a,
            status=resolved,
            round=2,
            resolved_on=date(2026, 3, 28),
            verdict=Verdict.ANNULLED,
        )
        case(
            session,
            date(2026, 3, 6),
            commune_id=a,
            status=CaseStatus.WITHDRAWN,
            resolved_on=date(2026, 3, 8),
        )
        case(
            session,
            date(2026, 3, 7),
            commune_id=a,
            status=resolved,
            round=2,
            resolved_on=date(2026, 3, 30),
            deadline=date(2026, 4, 30),
            outcome=Outcome.REJECTED,
            repeat_of_id=k2.id,
        )
        case(session, date(2026, 3, 8), commune_id=a, within_competence=False)
        case(
            session,
            date(2026, 3, 2),
            commune_id=u.b,
            case_type=CaseType.DENUNCIATION,
            status=resolved,
            resolved_on=date(2026, 3, 15),
            verdict=Verdict.WRONG,
        )
        case(
            session,
            date(2026, 1, 5),
            commune_id=a,
            status=resolved,
            resolved_on=date(2026, 2, 1),
            verdict=Verdict.RIGHT,
        )
    expected = {
        u.a: expect(
            26,
            c1=6,
            c2=2,
            c3=4,
            c4=5,
            c5=4,
            c6=1,
            c7=Decimal("12.5"),
            c8=100,
            c11=5,
            c14=2,
            c15=3,
            c16=1,
            c17=1,
            c18=2,
            c19=1,
            c20=1,
            c22=1,
            c23=1,
            c24=1,
            c25=4,
            c26=1,
        ),
        u.b: expect(24, c1=1, c3=1, c4=1, c5=1, c21=1, c23=1),
    }
    return u, expected

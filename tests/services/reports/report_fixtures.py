"""A small data set with known figures for March 2026 (calendar months), shared by the report
tests of the service, the exports, the command line and the dashboard. Written straight into the
real database (no mocks) so every date, status and deadline is exactly what the figure needs.

Expected for March 2026, as of 31 March (today = 15 April 2026):

==========  ======================================================================
case        facts
==========  ======================================================================
1           complaint, received 10 Feb, open, deadline 15 Mar → carried, overdue
2           complaint, 20 Feb, resolved 10 Mar, deadline 20 Mar → carried, on time (18 d)
3           denunciation, 5 Jan, resolved 25 Feb → closed before March: not counted
4           recommendation, 5 Mar, resolved 25 Mar, deadline 20 Mar → received, late (20 d)
5           feedback, 10 Mar, transferred 12 Mar, no field, no agency → closed otherwise
6           complaint, 20 Mar, open, deadline 30 Apr, group of 7 at session C2 → crowd
7           denunciation, 25 Mar, withdrawn 28 Mar, no deadline, outside competence
8           complaint, 2 Apr → after March: not counted
9           complaint, 1 Feb, resolved 5 Apr, deadline 1 Mar → carried, open at end, overdue
10          recommendation, 1 Dec 2025, guided, no closing date → closed on receipt
==========  ======================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from dialogue_app.domain.calendar_days import DutyStatus
from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.reception_rules import DEFAULT_QUOTAS
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import (
    AdminLevel,
    AdminUnit,
    Agency,
    Case,
    CaseCitizen,
    CaseField,
    Citizen,
    Conference,
    ConferenceParticipant,
    DutyQuota,
    Official,
    ReceptionDuty,
)

TODAY = date(2026, 4, 15)


@dataclass(frozen=True)
class Known:
    unit_a: int  # Cẩm Lộc, merged into unit_b
    unit_b: int
    unit_empty: int
    agency_a: int
    agency_b: int
    land: int
    resettlement: int
    leader_1: int
    leader_2: int
    cases: dict[int, int]  # number in the table above → case id


def build(db: DatabaseHandle) -> Known:
    with db.uow.begin() as session:
        level = AdminLevel(code="commune", name="Xã", rank=2)
        session.add(level)
        session.flush()
        b = AdminUnit(name="Cẩm Xuyên", level_id=level.id, search_key=fold("Cẩm Xuyên"))
        empty = AdminUnit(name="Kỳ Anh", level_id=level.id, search_key=fold("Kỳ Anh"))
        session.add_all([b, empty])
        session.flush()
        a = AdminUnit(
            name="Cẩm Lộc", level_id=level.id, search_key=fold("Cẩm Lộc"), successor_id=b.id
        )
        agency_a = Agency(name="UBND xã Cẩm Lộc", search_key=fold("UBND xã Cẩm Lộc"))
        agency_b = Agency(name="Sở Tài nguyên và Môi trường", search_key="so tai nguyen")
        land = CaseField(name="Đất đai", search_key="dat dai")
        resettlement = CaseField(name="Tái định cư", search_key="tai dinh cu")
        quotas = {
            q.code: DutyQuota(
                code=q.code, name=q.name, days=q.days, period=q.period, legal_source=""
            )
            for q in DEFAULT_QUOTAS
        }
        session.add_all([a, agency_a, agency_b, land, resettlement, *quotas.values()])
        session.flush()
        leader_1 = Official(
            full_name="Võ Trọng Hải",
            position="Chủ tịch UBND tỉnh",
            duty_quota_id=quotas["province_chairman"].id,
            unit_id=b.id,
        )
        leader_2 = Official(
            full_name="Đặng Quốc Vinh",
            position="Chủ tịch UBND xã",
            duty_quota_id=quotas["commune_chairman"].id,
            unit_id=a.id,
        )
        x = Citizen(full_name="Nguyễn Văn An", national_id="042000000001", search_key="x")
        y = Citizen(full_name="Trần Thị Bình", national_id="042000000002", search_key="y")
        session.add_all([leader_1, leader_2, x, y])
        session.flush()

        def at(day: date, hour: int, minute: int = 0) -> datetime:
            return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VN_TZ)

        def conference(
            kind: ConferenceKind,
            status: ConferenceStatus,
            day: date,
            hour: int,
            minute: int,
            attendees: int | None,
            chairs: list[int],
        ) -> Conference:
            row = Conference(
                uid=f"test-{day}-{hour}-{kind}",
                kind=kind,
                status=status,
                title=f"{kind} {day}",
                starts_at=at(day, hour, minute),
                ends_at=at(day, min(hour + 1, 23), minute),
                attendee_count=attendees,
                unit_id=b.id,
            )
            for chair in chairs:
                row.participants.append(
                    ConferenceParticipant(role=ParticipantRole.CHAIR, official_id=chair)
                )
            session.add(row)
            return row

        held = ConferenceStatus.HELD
        c1 = conference(ConferenceKind.RECEPTION, held, date(2026, 3, 12), 8, 0, 12, [leader_1.id])
        c2 = conference(
            ConferenceKind.DIALOGUE,
            ConferenceStatus.CLOSED,
            date(2026, 3, 20),
            14,
            0,
            None,
            [leader_1.id, leader_2.id],
        )
        c2.participants.append(
            ConferenceParticipant(role=ParticipantRole.INVITED_CITIZEN, citizen_id=x.id)
        )
        c2.participants.append(
            ConferenceParticipant(role=ParticipantRole.REPRESENTATIVE, name="Lê Văn Cường")
        )
        conference(
            ConferenceKind.RECEPTION,
            ConferenceStatus.SCHEDULED,
            date(2026, 3, 26),
            8,
            0,
            None,
            [leader_1.id],
        )
        conference(ConferenceKind.ADHOC_RECEPTION, held, date(2026, 4, 1), 8, 0, 30, [])
        # starts 23:30 on 31 March in Vietnam (16:30 UTC): belongs to March
        conference(ConferenceKind.RECEPTION, held, date(2026, 3, 31), 23, 30, 2, [])
        session.flush()

        def add(
            number: int,
            case_type: CaseType,
            received: date,
            status: CaseStatus,
            *,
            resolved: date | None = None,
            deadline: date | None = None,
            within: bool = True,
            field: CaseField | None = land,
            commune: AdminUnit | None = a,
            agency: Agency | None = agency_a,
            group: int = 1,
            conference_id: int | None = None,
            citizens: tuple[Citizen, ...] = (),
        ) -> Case:
            row = Case(
                number=f"T-{number}",
                received_on=received,
                channel=Channel.CONFERENCE if conference_id else Channel.MAIL,
                conference_id=conference_id,
                case_type=case_type,
                field_id=field.id if field else None,
                commune_id=commune.id if commune else None,
                within_competence=within,
                agency_id=agency.id if agency else None,
                status=status,
                resolved_on=resolved,
                deadline=deadline,
                group_size=group,
                summary=f"case {number}",
            )
            for citizen in citizens:
                row.citizens.append(CaseCitizen(citizen_id=citizen.id))
            session.add(row)
            return row

        d = date
        cases = {
            1: add(1, CaseType.COMPLAINT, d(2026, 2, 10), CaseStatus.IN_PROGRESS,
                   deadline=d(2026, 3, 15)),
            2: add(2, CaseType.COMPLAINT, d(2026, 2, 20), CaseStatus.RESOLVED,
                   resolved=d(2026, 3, 10), deadline=d(2026, 3, 20)),
            3: add(3, CaseType.DENUNCIATION, d(2026, 1, 5), CaseStatus.RESOLVED,
                   resolved=d(2026, 2, 25), deadline=d(2026, 2, 28)),
            4: add(4, CaseType.RECOMMENDATION, d(2026, 3, 5), CaseStatus.RESOLVED,
                   resolved=d(2026, 3, 25), deadline=d(2026, 3, 20), field=resettlement,
                   commune=b, agency=agency_b, conference_id=c1.id),
            5: add(5, CaseType.FEEDBACK, d(2026, 3, 10), CaseStatus.TRANSFERRED,
                   resolved=d(2026, 3, 12), field=None, commune=b, agency=None),
            6: add(6, CaseType.COMPLAINT, d(2026, 3, 20), CaseStatus.RECEIVED,
                   deadline=d(2026, 4, 30), agency=agency_b, group=7, conference_id=c2.id,
                   citizens=(x, y)),
            7: add(7, CaseType.DENUNCIATION, d(2026, 3, 25), CaseStatus.WITHDRAWN,
                   resolved=d(2026, 3, 28), within=False),
            8: add(8, CaseType.COMPLAINT, d(2026, 4, 2), CaseStatus.RECEIVED,
                   deadline=d(2026, 5, 2)),
            9: add(9, CaseType.COMPLAINT, d(2026, 2, 1), CaseStatus.RESOLVED,
                   resolved=d(2026, 4, 5), deadline=d(2026, 3, 1)),
            10: add(10, CaseType.RECOMMENDATION, d(2025, 12, 1), CaseStatus.GUIDED),
        }  # fmt: skip
        for day, status, delegate in (
            (d(2026, 3, 5), DutyStatus.HELD, None),
            (d(2026, 3, 12), DutyStatus.MISSED, None),
            (d(2026, 3, 19), DutyStatus.DELEGATED, leader_1.id),
            (d(2026, 3, 26), DutyStatus.PENDING, None),
        ):
            session.add(
                ReceptionDuty(
                    official_id=leader_2.id,
                    day=day,
                    status=status,
                    delegate_id=delegate,
                    reason="ốm" if status is DutyStatus.MISSED else None,
                )
            )
        session.add(
            ReceptionDuty(official_id=leader_1.id, day=d(2026, 3, 12), status=DutyStatus.HELD)
        )
        session.flush()
        return Known(
            a.id, b.id, empty.id, agency_a.id, agency_b.id, land.id, resettlement.id,
            leader_1.id, leader_2.id, {n: c.id for n, c in cases.items()},
        )  # fmt: skip

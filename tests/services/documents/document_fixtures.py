"""A small office for the document tests: its letterhead, a venue, a chairing leader, a held
dialogue conference with its issues, and cases of each kind (real database, no mocks)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.documents import Layout
from dialogue_app.domain.roles import Role
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.documents import DocumentService, Letterhead, Signer
from dialogue_app.services.office import OfficeProfileData, OfficeService
from dialogue_app.store.models import (
    Agency,
    Case,
    CaseCitizen,
    Citizen,
    Conference,
    ConferenceParticipant,
    Official,
    User,
    Venue,
)
from tests.clock import TODAY, fixed_clock

LETTERHEAD = Letterhead(
    layout=Layout.STATE,
    parent_body="UBND tỉnh Hà Tĩnh",
    issuing_body="Ban Tiếp công dân tỉnh",
    issuer_code="BTCD",
    unit_code="TCD",
    place="Hà Tĩnh",
    signers=(
        Signer("Nguyễn Văn An", "Phó Trưởng ban", ("KT. TRƯỞNG BAN",)),
        Signer("Trần Thị Bình", "Trưởng ban", ()),
    ),
    recipients=("Thanh tra tỉnh", "UBND các xã liên quan"),
)
PARTY = Letterhead(
    layout=Layout.PARTY,
    parent_body="Đảng bộ tỉnh Hà Tĩnh",
    issuing_body="Tỉnh ủy Hà Tĩnh",
    issuer_code="TU",
    place="Hà Tĩnh",
    signers=(Signer("Lê Văn Cường", "Phó Bí thư", ("T/M BAN THƯỜNG VỤ",)),),
)


@dataclass(frozen=True)
class Office:
    conference_id: int
    bare_conference_id: int  # no venue
    complaint_id: int  # accepted, agency set, deadline passed
    unassigned_id: int  # no agency
    denunciation_id: int  # accepted denunciation
    refused_id: int
    agency_id: int
    received_id: int = 0  # received by mail, not accepted yet, its agency known (to guide)
    upcoming_id: int = 0  # a scheduled conference (to invite to): venue, chair, invitees


def setup_office(db: DatabaseHandle, letterhead: Letterhead = LETTERHEAD) -> Office:
    office = OfficeService(db.uow)
    office.save_profile(OfficeProfileData(name="Ban Tiếp công dân tỉnh Hà Tĩnh"))
    office.save_letterhead(letterhead)
    day = TODAY - timedelta(days=40)
    with db.uow.begin() as session:
        venue = Venue(name="Hội trường UBND xã Cẩm Lộc", address="xã Cẩm Lộc, tỉnh Hà Tĩnh")
        chair = Official(full_name="Võ Trọng Hải", position="Chủ tịch UBND tỉnh")
        agency = Agency(name="Sở Tài nguyên và Môi trường", search_key=fold("So TNMT"))
        people = [
            Citizen(full_name="Đặng Văn Đức", national_id="042090001234", address="xã Cẩm Lộc"),
            Citizen(full_name="Phạm Thị Hoa", national_id="042090005678", address="xã Thạch Hà"),
        ]
        session.add_all([venue, chair, agency, *people])
        session.flush()
        start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=VN_TZ)
        conference = Conference(
            uid="doc-test-1@example",
            kind=ConferenceKind.DIALOGUE,
            status=ConferenceStatus.HELD,
            title="Đối thoại về bồi thường giải phóng mặt bằng",
            topic="bồi thường, hỗ trợ tái định cư dự án đường ven biển",
            venue_id=venue.id,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            attendee_count=42,
            minutes_summary="Công dân nêu 2 ý kiến.\nLãnh đạo tỉnh trả lời trực tiếp.",
        )
        bare = Conference(
            uid="doc-test-2@example",
            kind=ConferenceKind.RECEPTION,
            status=ConferenceStatus.SCHEDULED,
            title="Tiếp công dân định kỳ",
            starts_at=start + timedelta(days=60),
            ends_at=start + timedelta(days=60, hours=3),
        )
        upcoming = Conference(
            uid="doc-test-3@example",
            kind=ConferenceKind.DIALOGUE,
            status=ConferenceStatus.SCHEDULED,
            title="Đối thoại về cấp giấy chứng nhận quyền sử dụng đất",
            topic="cấp giấy chứng nhận quyền sử dụng đất tại xã Cẩm Lộc",
            venue_id=venue.id,
            starts_at=start + timedelta(days=60),
            ends_at=start + timedelta(days=60, hours=3),
        )
        session.add_all([conference, bare, upcoming])
        session.flush()
        session.add_all(
            [
                ConferenceParticipant(
                    conference_id=conference.id, role=ParticipantRole.CHAIR, official_id=chair.id
                ),
                ConferenceParticipant(
                    conference_id=conference.id,
                    role=ParticipantRole.ANSWERING_AGENCY,
                    agency_id=agency.id,
                ),
                ConferenceParticipant(
                    conference_id=conference.id,
                    role=ParticipantRole.INVITED_CITIZEN,
                    citizen_id=people[0].id,
                ),
                ConferenceParticipant(
                    conference_id=bare.id, role=ParticipantRole.CHAIR, official_id=chair.id
                ),
                ConferenceParticipant(
                    conference_id=upcoming.id, role=ParticipantRole.CHAIR, official_id=chair.id
                ),
                ConferenceParticipant(
                    conference_id=upcoming.id,
                    role=ParticipantRole.ANSWERING_AGENCY,
                    agency_id=agency.id,
                ),
                ConferenceParticipant(
                    conference_id=upcoming.id,
                    role=ParticipantRole.INVITED_CITIZEN,
                    citizen_id=people[0].id,
                ),
            ]
        )

        def case(number: str, case_type: CaseType, status: CaseStatus, **extra: object) -> Case:
            row = Case(
                number=number,
                received_on=day,
                channel=Channel.CONFERENCE,
                conference_id=conference.id,
                case_type=case_type,
                summary=f"Nội dung đơn {number}",
                status=status,
                **extra,
            )
            row.citizens.append(CaseCitizen(citizen_id=people[0].id))
            session.add(row)
            return row

        complaint = case(
            "2026/001",
            CaseType.COMPLAINT,
            CaseStatus.ACCEPTED,
            agency_id=agency.id,
            accepted_on=day + timedelta(days=2),
            deadline=day + timedelta(days=32),
        )
        unassigned = case("2026/002", CaseType.RECOMMENDATION, CaseStatus.RECEIVED)
        denunciation = case(
            "2026/003",
            CaseType.DENUNCIATION,
            CaseStatus.ACCEPTED,
            agency_id=agency.id,
            accepted_on=day + timedelta(days=3),
            deadline=day + timedelta(days=33),
        )
        refused = case(
            "2026/004",
            CaseType.COMPLAINT,
            CaseStatus.REFUSED,
            refusal_ground="Đơn đã được giải quyết lần hai, không có tình tiết mới",
        )
        received = Case(
            number="2026/005",
            received_on=day,
            channel=Channel.MAIL,
            case_type=CaseType.FEEDBACK,
            summary="Nội dung đơn 2026/005",
            status=CaseStatus.RECEIVED,
            agency_id=agency.id,
        )
        received.citizens.append(CaseCitizen(citizen_id=people[1].id))
        session.add(received)
        session.add_all(
            [
                User(login="clerk", full_name="Clerk", role=Role.CLERK),
                User(login="head", full_name="Head", role=Role.HEAD),
            ]
        )
        session.flush()
        return Office(
            conference.id,
            bare.id,
            complaint.id,
            unassigned.id,
            denunciation.id,
            refused.id,
            agency.id,
            received.id,
            upcoming.id,
        )


def service(db: DatabaseHandle, user: str | None = "clerk", on: date = TODAY) -> DocumentService:
    return DocumentService(db.uow, user, clock=fixed_clock(on))

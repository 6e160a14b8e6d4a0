"""The data model of the whole domain (DESIGN.md §2–3).

Typed ``Mapped[]`` models on one base with a naming convention, so Alembic can alter constraints on
SQLite. Datetimes are aware UTC (``UTCDateTime``); text is NFC (``NFCString``, ``NFCText``); enums
are stored as their values. ``search_key`` columns hold the folded text (no case, no diacritics,
đ → d) that search compares against.

Long module: every table in one place, so the relationships and Alembic's autogenerate see
the whole schema at once; it grows by one class per table, not by logic.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from dialogue_app.domain.calendar_days import DayException, DutyPeriod, DutyStatus
from dialogue_app.domain.cases import (
    CaseStatus,
    CaseType,
    Channel,
    DayBasis,
    FollowUpKind,
    Outcome,
)
from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus, ParticipantRole
from dialogue_app.domain.forms import OutsideAction, PriorSettlement, ReceptionMode, Verdict
from dialogue_app.domain.roles import Role
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import now_utc
from dialogue_app.store.types import EnumValue, NFCString, NFCText, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, onupdate=now_utc)


# --- places and people -------------------------------------------------------------------------


class AdminLevel(Base):
    """A tier of local government (province, district, commune, ward…): data, not code."""

    __tablename__ = "admin_levels"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(NFCString(100))
    rank: Mapped[int] = mapped_column(Integer, default=0)  # 1 = province, larger = lower tier


class AdminUnit(Base):
    """A province, district, commune or ward, with its validity and its successor after a merger."""

    __tablename__ = "admin_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(NFCString(200))
    level_id: Mapped[int] = mapped_column(ForeignKey("admin_levels.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)  # last day the unit existed
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    search_key: Mapped[str] = mapped_column(String(200), default="", index=True)

    level: Mapped[AdminLevel] = relationship()
    parent: Mapped[AdminUnit | None] = relationship(remote_side=[id], foreign_keys=[parent_id])
    successor: Mapped[AdminUnit | None] = relationship(
        remote_side=[id], foreign_keys=[successor_id]
    )


class Agency(Base):
    """A body that must answer or resolve matters (department, commune People's Committee…)."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NFCString(300))
    short_name: Mapped[str | None] = mapped_column(NFCString(100))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_key: Mapped[str] = mapped_column(String(300), default="", index=True)

    unit: Mapped[AdminUnit | None] = relationship()


class DutyQuota(Base):
    """How many reception days a role owes per period (Law 42/2013, Regulation 11-QĐi/TW)."""

    __tablename__ = "duty_quotas"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(NFCString(200))
    days: Mapped[int] = mapped_column(Integer)
    period: Mapped[DutyPeriod] = mapped_column(EnumValue(DutyPeriod))
    legal_source: Mapped[str] = mapped_column(NFCText, default="")


class Official(Base):
    """A leader or official: may chair conferences and owes reception days."""

    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(NFCString(200))
    position: Mapped[str] = mapped_column(NFCString(300), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    duty_quota_id: Mapped[int | None] = mapped_column(ForeignKey("duty_quotas.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_key: Mapped[str] = mapped_column(String(200), default="", index=True)

    unit: Mapped[AdminUnit | None] = relationship()
    agency: Mapped[Agency | None] = relationship()
    duty_quota: Mapped[DutyQuota | None] = relationship()


class Citizen(Base):
    """A citizen who raised a matter. The national ID (CCCD) has 12 digits."""

    __tablename__ = "citizens"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(NFCString(200))
    national_id: Mapped[str | None] = mapped_column(String(12), unique=True)
    address: Mapped[str | None] = mapped_column(NFCString(500))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    search_key: Mapped[str] = mapped_column(String(200), default="", index=True)

    unit: Mapped[AdminUnit | None] = relationship()
    # optimistic version (revision 0022): a save over a version moved on is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}


def _byte_order(length: int) -> TypeEngine[str]:
    """A string compared byte by byte: ``COLLATE "C"`` on PostgreSQL (SQLite compares bytes and
    has no collation named C)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class CitizenSearchTerm(Base):
    """One folded word of a citizen's name, or their ID number, beside the folded name.

    The citizen pickers' search as you type: a typed word is a prefix range of ``term`` in the
    primary key, which also holds the name to sort and test the other words by, so the search
    reads the register's rows only for the page it shows (``services/cases/citizens.py``).

    Both strings compare byte by byte on PostgreSQL too (``COLLATE "C"``): the prefix ranges and
    the name order of the search hold only in that order, not under a locale or ICU collation.
    """

    __tablename__ = "citizen_search_terms"

    term: Mapped[str] = mapped_column(_byte_order(64), primary_key=True)
    name: Mapped[str] = mapped_column(_byte_order(200), primary_key=True)  # Citizen.search_key
    citizen_id: Mapped[int] = mapped_column(
        ForeignKey("citizens.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NFCString(300))
    address: Mapped[str | None] = mapped_column(NFCString(500))
    capacity: Mapped[int | None] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[AdminUnit | None] = relationship()


# --- conferences and reception days ------------------------------------------------------------


class Conference(Timestamped, Base):
    """A dialogue conference or a reception session.

    ``uid`` is the calendar UID, stable forever; ``sequence`` rises on every change of time, place
    or status (RFC 5545). ``version`` guards against two people saving over each other.
    """

    __tablename__ = "conferences"
    __table_args__ = (Index(None, "starts_at", "ends_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[ConferenceKind] = mapped_column(EnumValue(ConferenceKind), index=True)
    status: Mapped[ConferenceStatus] = mapped_column(
        EnumValue(ConferenceStatus), default=ConferenceStatus.DRAFT, index=True
    )
    title: Mapped[str] = mapped_column(NFCString(500))
    topic: Mapped[str | None] = mapped_column(NFCText)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    online_url: Mapped[str | None] = mapped_column(String(1000))
    notes: Mapped[str | None] = mapped_column(NFCText)
    status_reason: Mapped[str | None] = mapped_column(NFCText)  # why postponed or cancelled
    # filled when held
    attendee_count: Mapped[int | None] = mapped_column(Integer)
    organisations_present: Mapped[str | None] = mapped_column(NFCText)
    minutes_summary: Mapped[str | None] = mapped_column(NFCText)
    reception_schedule_id: Mapped[int | None] = mapped_column(
        ForeignKey("reception_schedules.id"), index=True
    )
    # folded title and topic (no case, no diacritics, đ → d), kept by the listener below
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[AdminUnit | None] = relationship()
    venue: Mapped[Venue | None] = relationship()
    participants: Mapped[list[ConferenceParticipant]] = relationship(
        back_populates="conference",
        cascade="all, delete-orphan",
        order_by="ConferenceParticipant.id",
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="conference", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )

    __mapper_args__ = {"version_id_col": version}


class ConferenceParticipant(Base):
    """Someone taking part: an official (chair), an agency that must answer, a citizen…"""

    __tablename__ = "conference_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ParticipantRole] = mapped_column(EnumValue(ParticipantRole))
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"), index=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizens.id"), index=True)
    name: Mapped[str | None] = mapped_column(NFCString(300))  # for someone not in the register
    email: Mapped[str | None] = mapped_column(String(254))
    # came to the conference (ticked at the door or after; issue 18)
    attended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    conference: Mapped[Conference] = relationship(back_populates="participants")
    official: Mapped[Official | None] = relationship()
    agency: Mapped[Agency | None] = relationship()
    citizen: Mapped[Citizen | None] = relationship()


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(NFCString(500))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    presenter: Mapped[str | None] = mapped_column(NFCString(300))

    conference: Mapped[Conference] = relationship(back_populates="agenda_items")


class ConflictOverride(Base):
    """A conflict warning the user saved over, with the reason they gave."""

    __tablename__ = "conflict_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))
    warnings: Mapped[str] = mapped_column(NFCText)
    reason: Mapped[str] = mapped_column(NFCText)


class BusyBlock(Base):
    """A time an official is busy elsewhere, imported from their own calendar (.ics)."""

    __tablename__ = "busy_blocks"
    __table_args__ = (Index(None, "official_id", "starts_at", "ends_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str | None] = mapped_column(NFCString(500))
    source: Mapped[str | None] = mapped_column(NFCString(500))  # the imported file's name
    source_uid: Mapped[str | None] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class ReceptionSchedule(Base):
    """A leader's standing rule for reception days, e.g. "15th monthly, else next working day".

    ``rule`` is a small JSON document interpreted by ``domain`` (kept as data so new rule shapes
    need no schema change).
    """

    __tablename__ = "reception_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"), index=True)
    rule: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(NFCString(500))
    start_time: Mapped[str] = mapped_column(String(5), default="07:30")  # local HH:MM
    end_time: Mapped[str] = mapped_column(String(5), default="11:30")
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    official: Mapped[Official] = relationship()
    venue: Mapped[Venue | None] = relationship()
    # optimistic version (revision 0022): a save over a version moved on is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}


class ReceptionDuty(Base):
    """One required reception day of an official: held, delegated (to whom) or missed (why)."""

    __tablename__ = "reception_duties"
    __table_args__ = (UniqueConstraint("official_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id"), index=True)
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("reception_schedules.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[DutyStatus] = mapped_column(EnumValue(DutyStatus), default=DutyStatus.PENDING)
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"))
    reason: Mapped[str | None] = mapped_column(NFCText)
    conference_id: Mapped[int | None] = mapped_column(ForeignKey("conferences.id"))

    official: Mapped[Official] = relationship(foreign_keys=[official_id])
    delegate: Mapped[Official | None] = relationship(foreign_keys=[delegate_id])
    # optimistic version (revision 0022): a save over a version moved on is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}


# --- working-day calendar ----------------------------------------------------------------------


class WorkingDayException(Base):
    """The office's own days: compensatory days off, swapped working Saturdays."""

    __tablename__ = "working_day_exceptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[DayException] = mapped_column(EnumValue(DayException))
    description: Mapped[str] = mapped_column(NFCString(300), default="")


# --- cases -------------------------------------------------------------------------------------


class CaseField(Base):
    """A field (lĩnh vực): land, compensation and site clearance, resettlement… (editable list)."""

    __tablename__ = "case_fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NFCString(200))
    search_key: Mapped[str] = mapped_column(String(200), unique=True)


class DeadlineRule(Base):
    """One row of the statutory deadline table (DESIGN §3), editable by the office.

    A rule applies to a ``case_type`` (or all when null) at a ``stage`` (``accept``, ``settle``,
    ``notify``, ``handle``) for a round, remote area and complexity; it counts ``days`` of
    ``day_basis`` from ``starts_from`` (``receipt`` or ``acceptance``).
    """

    __tablename__ = "deadline_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    stage: Mapped[str] = mapped_column(String(32))
    case_type: Mapped[CaseType | None] = mapped_column(EnumValue(CaseType))
    round: Mapped[int | None] = mapped_column(Integer)
    remote_area: Mapped[bool | None] = mapped_column(Boolean)
    complexity: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    day_basis: Mapped[DayBasis] = mapped_column(EnumValue(DayBasis), default=DayBasis.CALENDAR)
    starts_from: Mapped[str] = mapped_column(String(32), default="acceptance")
    max_extensions: Mapped[int] = mapped_column(Integer, default=0)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    legal_source: Mapped[str] = mapped_column(NFCText, default="")
    # optimistic version (revision 0022): a save over a version moved on is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}


_AMOUNT = Numeric(18, 3)


class Case(Timestamped, Base):
    """A petition or issue raised by citizens, followed until it is resolved."""

    __tablename__ = "cases"
    __table_args__ = (
        Index(None, "status", "deadline"),
        Index(None, "received_on", "id"),
        # the report's scope: open cases received before a period; cases resolved in or after it
        Index(None, "status", "received_on"),
        Index(None, "resolved_on", "received_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(64), unique=True)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[Channel] = mapped_column(EnumValue(Channel), default=Channel.MAIL)
    conference_id: Mapped[int | None] = mapped_column(ForeignKey("conferences.id"), index=True)
    case_type: Mapped[CaseType] = mapped_column(EnumValue(CaseType), index=True)
    field_id: Mapped[int | None] = mapped_column(ForeignKey("case_fields.id"), index=True)
    summary: Mapped[str] = mapped_column(NFCText, default="")
    commune_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    within_competence: Mapped[bool] = mapped_column(Boolean, default=True)
    round: Mapped[int] = mapped_column(Integer, default=1)
    remote_area: Mapped[bool] = mapped_column(Boolean, default=False)
    complexity: Mapped[int] = mapped_column(Integer, default=0)
    group_size: Mapped[int] = mapped_column(Integer, default=1)  # > 1: crowd delegation
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), index=True)
    handler: Mapped[str | None] = mapped_column(NFCString(200))
    status: Mapped[CaseStatus] = mapped_column(
        EnumValue(CaseStatus), default=CaseStatus.RECEIVED, index=True
    )
    outcome: Mapped[Outcome | None] = mapped_column(EnumValue(Outcome))
    refusal_ground: Mapped[str | None] = mapped_column(NFCText)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    deadline_explanation: Mapped[str | None] = mapped_column(NFCText)
    # A denunciation runs a second deadline once accepted: notifying the denunciator (Law on
    # Denunciations 2018, Art. 29). It is met when ``notified_on`` is recorded.
    notify_deadline: Mapped[date | None] = mapped_column(Date, index=True)
    notify_deadline_explanation: Mapped[str | None] = mapped_column(NFCText)
    notified_on: Mapped[date | None] = mapped_column(Date)
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    search_key: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # --- the facts the statutory forms count (domain/forms/facts.py); None: derived
    reception_mode: Mapped[ReceptionMode | None] = mapped_column(EnumValue(ReceptionMode))
    repeat_visit: Mapped[bool | None] = mapped_column(Boolean)
    eligible: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    prior_settlement: Mapped[PriorSettlement] = mapped_column(
        EnumValue(PriorSettlement), default=PriorSettlement.NONE, server_default="none"
    )
    outside_action: Mapped[OutsideAction | None] = mapped_column(EnumValue(OutsideAction))
    reply_received_on: Mapped[date | None] = mapped_column(Date, index=True)
    verdict: Mapped[Verdict | None] = mapped_column(EnumValue(Verdict))
    money_to_state: Mapped[Decimal | None] = mapped_column(_AMOUNT)  # million VND
    land_to_state: Mapped[Decimal | None] = mapped_column(_AMOUNT)  # m²
    money_to_organisations: Mapped[Decimal | None] = mapped_column(_AMOUNT)
    land_to_organisations: Mapped[Decimal | None] = mapped_column(_AMOUNT)
    money_to_individuals: Mapped[Decimal | None] = mapped_column(_AMOUNT)
    land_to_individuals: Mapped[Decimal | None] = mapped_column(_AMOUNT)
    organisations_restored: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    individuals_restored: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sanction_recommended: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    sanction_officials: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    investigation_transferred: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    investigation_people: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    investigation_officials: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    field: Mapped[CaseField | None] = relationship()
    commune: Mapped[AdminUnit | None] = relationship()
    agency: Mapped[Agency | None] = relationship()
    conference: Mapped[Conference | None] = relationship()
    citizens: Mapped[list[CaseCitizen]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseCitizen.id"
    )
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.id"
    )

    __mapper_args__ = {"version_id_col": version}


class CaseCitizen(Base):
    """A citizen of a case; in a group petition some are its representatives."""

    __tablename__ = "case_citizens"
    __table_args__ = (UniqueConstraint("case_id", "citizen_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    citizen_id: Mapped[int] = mapped_column(ForeignKey("citizens.id"), index=True)
    is_representative: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="citizens")
    citizen: Mapped[Citizen] = relationship()


class CaseSearchTerm(Base):
    """One folded word of a case (number, citizen name or ID, summary) for search as you type,
    on PostgreSQL (empty on SQLite, where the full-text table ``case_text`` alone holds them).

    Prefix search over the primary key stays fast at a million cases, where ``LIKE '%…%'`` over
    ``Case.search_key`` reads every row. Words that identify a denunciator are ``confidential``:
    only users allowed to see denunciators find cases by them.
    """

    __tablename__ = "case_search_terms"

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)


class CaseEvent(Base):
    """An entry in a case's timeline: a status change or a follow-up (urged, reply sent…)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)  # when it was recorded
    # the day it happened, when that is not the day it was recorded (a reply sent last week)
    happened_on: Mapped[date | None] = mapped_column(Date)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))
    kind: Mapped[FollowUpKind] = mapped_column(EnumValue(FollowUpKind))
    from_status: Mapped[CaseStatus | None] = mapped_column(EnumValue(CaseStatus))
    to_status: Mapped[CaseStatus | None] = mapped_column(EnumValue(CaseStatus))
    note: Mapped[str | None] = mapped_column(NFCText)
    decision_number: Mapped[str | None] = mapped_column(NFCString(100))
    extension_days: Mapped[int | None] = mapped_column(Integer)
    # what the step changed, as it was before (JSON), and the case's version right after it:
    # the step can be undone while it is the case's last change (services/cases/undo.py)
    undo_state: Mapped[str | None] = mapped_column(Text)
    version_after: Mapped[int | None] = mapped_column(Integer)

    case: Mapped[Case] = relationship(back_populates="events")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class Attachment(Base):
    """A file attached to a follow-up, kept inside the database with the rest of the data."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("case_events.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(NFCString(300))
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    content: Mapped[bytes] = mapped_column(LargeBinary)

    event: Mapped[CaseEvent] = relationship(back_populates="attachments")


# --- office, users, audit ----------------------------------------------------------------------


class OfficeProfile(Base):
    """The office using the app: its name and the organizer of its calendar invitations."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NFCString(300), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"))
    address: Mapped[str | None] = mapped_column(NFCString(500))
    phone: Mapped[str | None] = mapped_column(String(32))
    organizer_name: Mapped[str | None] = mapped_column(NFCString(200))
    organizer_email: Mapped[str | None] = mapped_column(String(254))
    # the host of the calendar UIDs: the domain of the first organizer e-mail, kept when the
    # e-mail changes (a changed UID would duplicate every entry in subscribers' calendars)
    calendar_uid_host: Mapped[str | None] = mapped_column(String(253))
    report_cutoff_day: Mapped[int] = mapped_column(Integer, default=0)  # 0: calendar months
    reminder_minutes: Mapped[int] = mapped_column(Integer, default=1440)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # the letterhead of official documents (issue 13, revision 0014)
    document_layout: Mapped[str] = mapped_column(
        String(16), default="state", server_default="state"
    )
    parent_body: Mapped[str | None] = mapped_column(NFCString(300))
    issuing_body: Mapped[str | None] = mapped_column(NFCString(300))
    issuer_code: Mapped[str | None] = mapped_column(NFCString(32))
    unit_code: Mapped[str | None] = mapped_column(NFCString(32))
    place_name: Mapped[str | None] = mapped_column(NFCString(100))
    signers_json: Mapped[str | None] = mapped_column(NFCText)  # [{full_name, title, authority}]
    default_recipients: Mapped[str | None] = mapped_column(NFCText)  # one per line
    archive_line: Mapped[str | None] = mapped_column(NFCString(200))
    # optimistic version (revision 0022): a save over a version moved on is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(NFCString(200), default="")
    # what the staff member may do (DESIGN §8); in PostgreSQL mode also their login role's
    # membership in the group role of the same name (services/accounts keeps both in step)
    role: Mapped[Role] = mapped_column(EnumValue(Role), default=Role.CLERK)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """Who did what when: reveals of a denunciator, overrides, imports, deletions."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, index=True)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(NFCText)


class PendingTask(Base):
    """Work an upgrade leaves for the application, which alone can do it (e.g. recomputing
    deadlines needs the rules and the working-day calendar): a row per task, written by a
    migration, deleted in the transaction that does the work, so a failed attempt is retried
    the next time the database is opened."""

    __tablename__ = "pending_tasks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    since: Mapped[date | None] = mapped_column(Date)  # the day the upgrade left it


# --- official documents (issue 13) ----------------------------------------------------------------


class DocumentCounter(Base):
    """The last number given in a series (type code) and year. Issuing increments it with one
    upsert inside the issuing transaction: a second issuer waits on the row until the first
    commits (PostgreSQL) or the database's write lock (SQLite); a rollback frees the number."""

    __tablename__ = "document_counters"

    series: Mapped[str] = mapped_column(NFCString(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class IssuedDocument(Base):
    """A document of the register of outgoing documents (sổ văn bản đi): its number, what it was
    made from, the data it was made with (JSON) and the .docx as issued."""

    __tablename__ = "issued_documents"
    __table_args__ = (UniqueConstraint("series", "year", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    series: Mapped[str] = mapped_column(NFCString(16))
    year: Mapped[int] = mapped_column(Integer, index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(NFCString(100))
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))
    conference_id: Mapped[int | None] = mapped_column(
        ForeignKey("conferences.id", ondelete="SET NULL"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    record_type: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(NFCText, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    data_json: Mapped[str] = mapped_column(NFCText, default="{}")
    file_name: Mapped[str] = mapped_column(NFCString(300), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentTemplate(Base):
    """The office's own template of a kind of document (a .docx it edited in Word)."""

    __tablename__ = "document_templates"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    file_name: Mapped[str] = mapped_column(NFCString(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))


class FormOpeningBalance(Base):
    """The figures an office carried over into its first period in the app, per statutory
    form and unit (entered once; ``services/reports/forms/opening.py``)."""

    __tablename__ = "form_opening_balances"
    __table_args__ = (UniqueConstraint("form", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_units.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    carried_over: Mapped[int] = mapped_column(Integer, default=0)


# --- calendars and mail, both ways (issue 16) ------------------------------------------------


class CalendarLinkSettings(Base):
    """The office's mail server and calendar server (one row). Passwords are never here: they
    live in the operating system's password store (services/calendar_exchange/passwords.py)."""

    __tablename__ = "calendar_link_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    smtp_host: Mapped[str | None] = mapped_column(String(253))
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    smtp_security: Mapped[str] = mapped_column(String(16), default="starttls")  # ssl, none
    smtp_user: Mapped[str | None] = mapped_column(String(254))
    caldav_url: Mapped[str | None] = mapped_column(String(2000))
    caldav_user: Mapped[str | None] = mapped_column(String(254))
    published_file: Mapped[str | None] = mapped_column(NFCString(1000))  # the subscribable .ics
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=30)


class SentInvitation(Base):
    """One invitation, update or cancellation of a conference that left the app: by e-mail
    through the office's server, or saved as an .eml/.ics file for the user to send."""

    __tablename__ = "sent_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    method: Mapped[str] = mapped_column(String(16))  # REQUEST, CANCEL
    sequence: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))  # smtp, eml, ics
    recipients: Mapped[str] = mapped_column(NFCText)  # "Name <a@b>", one a line
    destination: Mapped[str | None] = mapped_column(NFCString(1000))  # server or file
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))
    # "sending" from just before the mail server is given the message until it accepted it,
    # then "sent" (a saved file is "sent" at once)
    status: Mapped[str] = mapped_column(String(16), default="sent", server_default="sent")


class PublishedObject(Base):
    """One calendar object the app put on a CalDAV collection: where, with which ETag (to
    notice a change made on the server), the SEQUENCE and the content it carried."""

    __tablename__ = "published_objects"
    __table_args__ = (UniqueConstraint("collection_url", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_url: Mapped[str] = mapped_column(String(1000))
    uid: Mapped[str] = mapped_column(String(500))
    href: Mapped[str] = mapped_column(String(2000))
    etag: Mapped[str | None] = mapped_column(String(500))
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the event without DTSTAMP
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    # the selections that published it here ("schedule", "leader:<id>"), one a line: a
    # selection deletes an object only when no other selection still publishes it
    owners: Mapped[str] = mapped_column(Text, default="schedule", server_default="schedule")


class CalendarSubscription(Base):
    """A leader's own calendar read live (an .ics address or a CalDAV collection) as busy
    times. The busy blocks it brought carry ``source = "subscription:<id>"``; a failed
    refresh leaves them as they were (the last good copy)."""

    __tablename__ = "calendar_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    official_id: Mapped[int] = mapped_column(
        ForeignKey("officials.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # ics, caldav
    url: Mapped[str] = mapped_column(String(2000))
    user: Mapped[str | None] = mapped_column(String(254))
    refresh_minutes: Mapped[int] = mapped_column(Integer, default=60)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(NFCText)
    last_count: Mapped[int] = mapped_column(Integer, default=0)


@event.listens_for(Conference, "before_insert")
@event.listens_for(Conference, "before_update")
def _fold_conference_text(_mapper: object, _connection: object, target: Conference) -> None:
    """Keep ``search_key`` in step with the title and topic, whoever writes the conference."""
    target.search_key = conference_search_key(target.title, target.topic)


def conference_search_key(title: str | None, topic: str | None) -> str:
    return fold(" ".join(part for part in (title, topic) if part))


# --- backups (issue 20) ------------------------------------------------------------------------


class BackupPolicy(Base):
    """The office's word on backups of a shared (PostgreSQL) database, one row: the folder
    where its ``pg_dump`` files are written and how old the newest may be before everyone sees
    a warning. (The embedded database's backup settings are kept per computer instead.)"""

    __tablename__ = "backup_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    dump_folder: Mapped[str | None] = mapped_column(String(1000))
    max_age_days: Mapped[int] = mapped_column(Integer, default=3)


# --- a conference's timeline (issue 18) ---------------------------------------------------------


class ConferenceEvent(Base):
    """One step in a conference's life: an edit, a status change, a reopening with its reason.

    ``undo_state`` (JSON) keeps what the step changed as it was before, and ``version_after`` the
    conference's version right after it: the step can be undone while it is the last change."""

    __tablename__ = "conference_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    conference_id: Mapped[int] = mapped_column(
        ForeignKey("conferences.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    user_name: Mapped[str | None] = mapped_column(NFCString(100))
    kind: Mapped[str] = mapped_column(String(32))  # services/conferences/timeline.py
    from_status: Mapped[ConferenceStatus | None] = mapped_column(EnumValue(ConferenceStatus))
    to_status: Mapped[ConferenceStatus | None] = mapped_column(EnumValue(ConferenceStatus))
    note: Mapped[str | None] = mapped_column(NFCText)
    undo_state: Mapped[str | None] = mapped_column(Text)
    version_after: Mapped[int | None] = mapped_column(Integer)

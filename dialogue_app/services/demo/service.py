"""The demo data set: Hà Tĩnh, drawn from the seed article (``seeds/demo/ha_tinh.json``).

It loads into an empty database in one transaction (all or nothing). Dates written ``today+N HH:MM``
in the file are relative to the day of loading, so the demo always has past and coming events.
Feature modules add their own sections (reception days, cases) through ``DEMO_SECTIONS``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_app.domain.calendar_days import DutyPeriod
from dialogue_app.domain.conferences import (
    ConferenceKind,
    ConferenceStatus,
    ParticipantRole,
    uid_host,
)
from dialogue_app.domain.text import fold
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.resources import seeds_dir
from dialogue_app.services.cases import index_citizens
from dialogue_app.services.clock import Clock
from dialogue_app.services.demo.cases import cases_demo_section
from dialogue_app.services.demo.conferences import scheduling_demo_section
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.store.conferences import add_conference
from dialogue_app.store.models import (
    AdminLevel,
    AdminUnit,
    Agency,
    AgendaItem,
    Case,
    Citizen,
    Conference,
    ConferenceParticipant,
    DutyQuota,
    OfficeProfile,
    Official,
    Venue,
)
from dialogue_app.store.unit_of_work import UnitOfWork

DEMO_FILE = "demo/ha_tinh.json"
_RELATIVE = re.compile(r"^today(?P<offset>[+-]\d+)?(?:\s+(?P<time>\d{1,2}:\d{2}))?$")


@dataclass
class DemoContext:
    """What a demo section needs: the session, the day the demo is loaded, and keys → rows."""

    session: Session
    today: date
    refs: dict[str, Any] = field(default_factory=dict)

    def ref(self, kind: str, key: str) -> Any:
        try:
            return self.refs[f"{kind}:{key}"]
        except KeyError:
            # "unit:ha-tinh": the demo file's own reference, not words to translate
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The demo data refers to “%1”, which it does not define."
                ),
                f"{kind}:{key}",
            ) from None


@dataclass(frozen=True)
class DemoSummary:
    units: int
    officials: int
    conferences: int
    extra: dict[str, int]


# Sections contributed by feature modules. Each function takes the DemoContext, adds its part
# (finding demo rows through ``context.ref`` or by name) and returns {label: count} for the
# summary. Add one line per feature.
DemoSection = Callable[[DemoContext], dict[str, int]]
DEMO_SECTIONS: tuple[DemoSection, ...] = (scheduling_demo_section, cases_demo_section)


def demo_sections() -> list[DemoSection]:
    return list(DEMO_SECTIONS)


def parse_when(text: str, today: date) -> datetime:
    """``2026-03-15 08:00``, ``2026-03-15T08:00`` or ``today+12 14:00`` → aware local datetime."""
    match = _RELATIVE.match(text.strip())
    if match:
        day = today + timedelta(days=int(match.group("offset") or 0))
        hour, minute = (int(p) for p in (match.group("time") or "00:00").split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=VN_TZ)
    moment = datetime.fromisoformat(text.strip().replace(" ", "T"))
    return moment if moment.tzinfo else moment.replace(tzinfo=VN_TZ)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def demo_file() -> Path:
    return seeds_dir() / DEMO_FILE


class DemoService:
    def __init__(self, uow: UnitOfWork, *, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def load(self) -> DemoSummary:
        """Load the demo into an empty database; refuse (changing nothing) if it holds data."""
        data = json.loads(demo_file().read_text(encoding="utf-8"))
        with self._uow.begin() as session:
            # anything the office may have entered or imported: conferences, leaders, cases,
            # citizens, units (the demo brings its own, and would clash with them)
            existing = any(
                session.scalar(select(table.id).limit(1)) is not None
                for table in (Conference, Official, Case, Citizen, AdminUnit)
            )
            if existing:
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The database already holds data; the demo is only loaded into an empty "
                        "database. Use a new database file (--database) to try the demo.",
                    )
                )
            context = DemoContext(session, self._clock.today())
            _load_core(context, data)
            extra: dict[str, int] = {}
            for section in demo_sections():
                extra.update(section(context))
            session.flush()
            return DemoSummary(
                units=len(data["admin_units"]),
                officials=len(data["officials"]),
                conferences=len(data["conferences"]),
                extra=extra,
            )


def _load_core(context: DemoContext, data: dict[str, Any]) -> None:
    session, refs = context.session, context.refs

    def keep(kind: str, key: str, row: Any) -> None:
        session.add(row)
        refs[f"{kind}:{key}"] = row

    for item in data["admin_levels"]:
        keep(
            "level", item["key"], AdminLevel(code=item["key"], name=item["name"], rank=item["rank"])
        )
    session.flush()
    for item in data["admin_units"]:
        unit = AdminUnit(
            name=item["name"],
            code=item.get("code"),
            level=context.ref("level", item["level"]),
            parent=context.ref("unit", item["parent"]) if item.get("parent") else None,
            valid_from=_date(item.get("valid_from")),
            valid_to=_date(item.get("valid_to")),
            search_key=fold(item["name"]),
        )
        keep("unit", item["key"], unit)
    session.flush()
    for item in data["admin_units"]:
        if item.get("successor"):
            context.ref("unit", item["key"]).successor = context.ref("unit", item["successor"])
    for item in data["agencies"]:
        agency = Agency(
            name=item["name"],
            short_name=item.get("short_name"),
            unit=context.ref("unit", item["unit"]) if item.get("unit") else None,
            email=item.get("email"),
            search_key=fold(item["name"]),
        )
        keep("agency", item["key"], agency)
    for item in data["duty_quotas"]:
        quota = DutyQuota(
            code=item["key"],
            name=item["name"],
            days=item["days"],
            period=DutyPeriod(item["period"]),
            legal_source=item["legal_source"],
        )
        keep("quota", item["key"], quota)
    session.flush()
    for item in data["officials"]:
        official = Official(
            full_name=item["full_name"],
            position=item["position"],
            unit=context.ref("unit", item["unit"]) if item.get("unit") else None,
            agency=context.ref("agency", item["agency"]) if item.get("agency") else None,
            email=item.get("email"),
            duty_quota=context.ref("quota", item["duty_quota"]) if item.get("duty_quota") else None,
            search_key=fold(item["full_name"]),
        )
        keep("official", item["key"], official)
    for item in data["venues"]:
        venue = Venue(
            name=item["name"],
            address=item.get("address"),
            capacity=item.get("capacity"),
            unit=context.ref("unit", item["unit"]) if item.get("unit") else None,
        )
        keep("venue", item["key"], venue)
    for item in data["citizens"]:
        citizen = Citizen(
            full_name=item["full_name"],
            national_id=item.get("national_id"),
            address=item.get("address"),
            unit=context.ref("unit", item["unit"]) if item.get("unit") else None,
            phone=item.get("phone"),
            search_key=fold(item["full_name"]),
        )
        keep("citizen", item["key"], citizen)
    office = data["office"]
    session.add(
        OfficeProfile(
            name=office["name"],
            address=office.get("address"),
            phone=office.get("phone"),
            organizer_name=office.get("organizer_name"),
            organizer_email=office.get("organizer_email"),
            calendar_uid_host=uid_host(None, office.get("organizer_email")),
            report_cutoff_day=office.get("report_cutoff_day", 0),
            reminder_minutes=office.get("reminder_minutes", 1440),
            unit_id=context.ref("unit", "ha-tinh").id,
            is_demo=True,
            **_letterhead_columns(office.get("letterhead", {})),
        )
    )
    session.flush()
    index_citizens(
        session,
        [
            (c.id, c.full_name, c.national_id)
            for key, c in context.refs.items()
            if key.startswith("citizen:")
        ],
    )
    for item in data["conferences"]:
        context.refs[f"conference:{item['key']}"] = _conference(context, item)


def _conference(context: DemoContext, item: dict[str, Any]) -> Conference:
    conference = Conference(
        kind=ConferenceKind(item["kind"]),
        status=ConferenceStatus(item["status"]),
        title=item["title"],
        topic=item.get("topic"),
        unit=context.ref("unit", item["unit"]) if item.get("unit") else None,
        venue=context.ref("venue", item["venue"]) if item.get("venue") else None,
        starts_at=parse_when(item["start"], context.today),
        ends_at=parse_when(item["end"], context.today),
        online_url=item.get("online_url"),
        notes=item.get("notes"),
        status_reason=item.get("status_reason"),
        attendee_count=item.get("attendee_count"),
        organisations_present=item.get("organisations_present"),
        minutes_summary=item.get("minutes_summary"),
    )
    for key in item.get("chairs", []):
        official = context.ref("official", key)
        conference.participants.append(
            ConferenceParticipant(
                role=ParticipantRole.CHAIR, official=official, email=official.email
            )
        )
    for key in item.get("agencies", []):
        agency = context.ref("agency", key)
        conference.participants.append(
            ConferenceParticipant(
                role=ParticipantRole.ANSWERING_AGENCY, agency=agency, email=agency.email
            )
        )
    for key in item.get("citizens", []):
        conference.participants.append(
            ConferenceParticipant(
                role=ParticipantRole.INVITED_CITIZEN, citizen=context.ref("citizen", key)
            )
        )
    for position, agenda in enumerate(item.get("agenda", [])):
        conference.agenda_items.append(
            AgendaItem(
                position=position,
                title=agenda["title"],
                duration_minutes=agenda["minutes"],
                presenter=agenda.get("presenter"),
            )
        )
    return add_conference(context.session, conference)


def _letterhead_columns(letterhead: dict[str, Any]) -> dict[str, Any]:
    """The demo office's letterhead (so its documents can be made at once) as profile columns."""
    if not letterhead:
        return {}
    return {
        "document_layout": letterhead.get("layout", "state"),
        "parent_body": letterhead.get("parent_body"),
        "issuing_body": letterhead.get("issuing_body"),
        "issuer_code": letterhead.get("issuer_code"),
        "place_name": letterhead.get("place"),
        "signers_json": json.dumps(letterhead.get("signers", []), ensure_ascii=False),
        "default_recipients": "\n".join(letterhead.get("recipients", [])) or None,
        "archive_line": letterhead.get("archive_line"),
    }

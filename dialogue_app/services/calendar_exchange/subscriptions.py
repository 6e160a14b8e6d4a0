"""Leaders' own calendars read live as busy times: an .ics address (Outlook's "publish
calendar", Google's secret address) or a CalDAV collection, refreshed on a schedule and on
demand.

A refresh fetches the calendar with no database session open, then imports it through the
same path as a file imported by hand (``CalendarExchangeService.import_busy_times``), which
replaces the busy times the subscription brought before in one transaction. A refresh that
fails (server down, wrong password, not a calendar, a timeout) changes no busy time: the last
good copy stays and feeds the conflict checks and Find a time; the subscription records the
failure and when it last succeeded, so the window can say how old the busy times are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

import icalendar
from sqlalchemy import delete, select

from dialogue_app.domain.messages import (
    MessagePart,
    UserMessage,
    store_parts,
    stored_parts,
    stored_text,
)
from dialogue_app.domain.text import clean
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import caldav_link, passwords
from dialogue_app.services.calendar_exchange.caldav_link import ServerAccount, ServerFailure
from dialogue_app.services.calendar_exchange.link_settings import read_settings
from dialogue_app.services.calendar_exchange.service import (
    DEFAULT_HORIZON_FUTURE,
    DEFAULT_HORIZON_PAST,
    CalendarExchangeService,
)
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.store.models import BusyBlock, CalendarSubscription, Official
from dialogue_app.store.unit_of_work import UnitOfWork

MIN_REFRESH_MINUTES = 5


class SubscriptionKind(StrEnum):
    ICS = "ics"  # an .ics address, read whole
    CALDAV = "caldav"  # a CalDAV collection, asked for the planning period


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    official_id: int
    official_name: str
    kind: SubscriptionKind
    url: str
    user: str | None
    refresh_minutes: int
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None  # English; None when the last refresh worked
    busy_times: int  # what the last good copy holds
    # the same error as its translatable parts (``domain/messages.py``), for the window
    last_error_parts: tuple[MessagePart, ...] = ()


@dataclass(frozen=True)
class RefreshOutcome:
    subscription_id: int
    official_name: str
    ok: bool
    busy_times: int  # imported now (ok) or kept from the last good copy (not ok)
    error: UserMessage | None
    last_success_at: datetime | None


def source_of(subscription_id: int) -> str:
    """The ``BusyBlock.source`` of what a subscription brought."""
    return f"subscription-{subscription_id}"


class SubscriptionService:
    def __init__(
        self,
        uow: UnitOfWork,
        exchange: CalendarExchangeService,
        user_name: str | None = None,
        *,
        clock: Clock,
    ) -> None:
        self._uow = uow
        self._exchange = exchange
        self._user_name = user_name
        self._clock = clock

    def all(self) -> list[SubscriptionView]:
        with self._uow.read() as session:
            rows = session.execute(
                select(CalendarSubscription, Official.full_name)
                .join(Official, Official.id == CalendarSubscription.official_id)
                .order_by(Official.full_name, CalendarSubscription.id)
            ).all()
            return [_view(row, name) for row, name in rows]

    def add(
        self,
        official_id: int,
        kind: SubscriptionKind,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        refresh_minutes: int = 60,
    ) -> SubscriptionView:
        """Subscribe to an official's calendar (not fetched yet: ``refresh`` does that)."""
        try:
            address = caldav_link.check_url(url)
        except ServerFailure as error:
            raise ValidationError(error.template, "url", *error.values) from error
        if kind is SubscriptionKind.CALDAV:
            address = caldav_link.collection_url(address)
        if refresh_minutes < MIN_REFRESH_MINUTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Refresh at most every %1 minutes, so the server is not flooded."
                ),
                "refresh_minutes",
                MIN_REFRESH_MINUTES,
            )
        user = clean(user) or None
        if password and not passwords.available():
            raise ValidationError(passwords.NO_STORE, "password")
        with self._uow.begin() as session:
            official = session.get(Official, official_id)
            if official is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no official number %1."), official_id
                )
            row = CalendarSubscription(
                official_id=official_id,
                kind=kind.value,
                url=address,
                user=user,
                refresh_minutes=refresh_minutes,
                last_count=0,
            )
            session.add(row)
            session.flush()
            if password:  # inside the transaction: a password that cannot be kept saves nothing
                passwords.store(passwords.subscription_key(row.id), password)
            return _view(row, official.full_name)

    def remove(self, subscription_id: int) -> None:
        """Stop reading the calendar and forget the busy times it brought."""
        with self._uow.begin() as session:
            row = session.get(CalendarSubscription, subscription_id)
            if row is None:
                return
            session.execute(
                delete(BusyBlock).where(
                    BusyBlock.official_id == row.official_id,
                    BusyBlock.source == source_of(subscription_id),
                )
            )
            session.delete(row)
        passwords.forget(passwords.subscription_key(subscription_id))

    def refresh(self, subscription_id: int) -> RefreshOutcome:
        """Fetch the calendar now and replace the busy times it brought; on any failure keep
        the last good copy and record why."""
        with self._uow.read() as session:
            row = session.get(CalendarSubscription, subscription_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Messages", "There is no calendar subscription number %1."),
                    subscription_id,
                )
            official = session.get(Official, row.official_id)
            name = official.full_name if official is not None else ""
            official_id, kind, url, user = row.official_id, row.kind, row.url, row.user
            timeout = float(read_settings(session).timeout_seconds)
            previous_success, previous_count = row.last_success_at, row.last_count
        today = self._clock.today()
        low, high = today - DEFAULT_HORIZON_PAST, today + DEFAULT_HORIZON_FUTURE
        password = passwords.read(passwords.subscription_key(subscription_id)) if user else None
        account = ServerAccount(url, user, password, timeout)
        now = self._clock.now()
        try:
            if kind == SubscriptionKind.CALDAV:
                data = _caldav_calendar(account, low, high)
            else:
                data = _ics_feed(account)
            summary = self._exchange.import_busy_times(
                official_id,
                data,
                source_of(subscription_id),
                horizon_start=low,
                horizon_end=high,
            )
        except (ServerFailure, ValidationError) as error:
            self._note(subscription_id, now, error=store_parts([(error.template, error.values)]))
            return RefreshOutcome(
                subscription_id, name, False, previous_count, error, previous_success
            )
        self._note(subscription_id, now, count=summary.blocks_imported)
        return RefreshOutcome(subscription_id, name, True, summary.blocks_imported, None, now)

    def due(self) -> list[int]:
        """Subscriptions whose refresh time has come."""
        now = self._clock.now()
        with self._uow.read() as session:
            rows = session.scalars(
                select(CalendarSubscription).order_by(CalendarSubscription.id)
            ).all()
            return [
                row.id
                for row in rows
                if row.last_attempt_at is None
                or row.last_attempt_at + timedelta(minutes=row.refresh_minutes) <= now
            ]

    def refresh_due(self) -> list[RefreshOutcome]:
        """Refresh every subscription whose time has come (the window's timer, a scheduled
        command): one failure does not stop the others."""
        return [self.refresh(subscription_id) for subscription_id in self.due()]

    def _note(
        self, subscription_id: int, at: datetime, *, error: str | None = None, count: int = 0
    ) -> None:
        with self._uow.begin() as session:
            row = session.get(CalendarSubscription, subscription_id)
            if row is None:  # removed meanwhile
                return
            row.last_attempt_at = at
            row.last_error = error
            if error is None:
                row.last_success_at = at
                row.last_count = count


def _ics_feed(account: ServerAccount) -> bytes:
    client = caldav_link.connect(account)
    status, content = caldav_link.get(client, caldav_link.check_url(account.url), account.timeout)
    if status == 404:
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nothing is published at %1 (the server answered 404). The address may have "
                "changed: ask for the calendar's current address.",
            ),
            account.url,
        )
    if status != 200:
        raise ServerFailure(
            QT_TRANSLATE_NOOP("Messages", "The server answered %1 for %2. Check the address."),
            status,
            account.url,
        )
    if not content.lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR"):
        raise ServerFailure(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 does not give a calendar (an .ics feed starts with BEGIN:VCALENDAR); it may "
                "be a web page. Copy the calendar's .ics address (Outlook: “Publish calendar”, "
                "ICS link; Google: “Secret address in iCal format”).",
            ),
            account.url,
        )
    return content


def _caldav_calendar(account: ServerAccount, low: date, high: date) -> bytes:
    client = caldav_link.connect(account)
    url = caldav_link.collection_url(account.url)
    caldav_link.check_calendar(client, url, account.timeout)
    start = datetime.combine(low, time.min, VN_TZ)
    end = datetime.combine(high + timedelta(days=1), time.min, VN_TZ)
    objects = caldav_link.events_between(client, url, start, end, account.timeout)
    merged = icalendar.Calendar()
    merged.add("prodid", "-//Dialogue Desk//subscription//VI")
    merged.add("version", "2.0")
    zones: set[str] = set()
    for data in objects:
        try:
            calendar = icalendar.Calendar.from_ical(data)
        except ValueError as error:
            raise ServerFailure(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The calendar at %1 holds an entry that cannot be read, so none of it was "
                    "used. Ask its owner to open and save the broken entry again.",
                ),
                account.url,
            ) from error
        for component in calendar.subcomponents:
            if component.name == "VTIMEZONE":
                tzid = str(component.get("TZID"))
                if tzid in zones:
                    continue
                zones.add(tzid)
            if component.name in ("VTIMEZONE", "VEVENT"):
                merged.add_component(component)
    return bytes(merged.to_ical())


def _view(row: CalendarSubscription, name: str) -> SubscriptionView:
    return SubscriptionView(
        row.id,
        row.official_id,
        name,
        SubscriptionKind(row.kind),
        row.url,
        row.user,
        row.refresh_minutes,
        row.last_attempt_at,
        row.last_success_at,
        stored_text(row.last_error),
        row.last_count,
        tuple(stored_parts(row.last_error)),
    )

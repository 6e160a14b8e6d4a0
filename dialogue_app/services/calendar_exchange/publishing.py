"""Publishing the office schedule (or one leader's) to a CalDAV collection, and keeping the
subscribable .ics file up to date.

Each event is one object at an address derived from its stable UID, carrying the app's own
SEQUENCE. What was put where (href, ETag, SEQUENCE, a digest of the content) is remembered in
``published_objects``, so a republish sends only what changed, as a change of the same object
(``If-Match`` its ETag); a cancelled conference stays, as STATUS:CANCELLED with its raised
SEQUENCE; an event the app no longer has (a deleted conference, a reception day no longer due)
is deleted from the server. An object somebody changed on the server is a conflict: reported,
never overwritten or deleted.

The network work happens with no database session open; what was done is saved at the end,
also when the run stops half-way (cancelled, the server gone), so the next run knows which
objects are there. The report names every event that is not on the server as the app has it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import caldav_link
from dialogue_app.services.calendar_exchange.caldav_link import ServerAccount, ServerFailure
from dialogue_app.services.calendar_exchange.exports import local_day_bounds
from dialogue_app.services.calendar_exchange.ics_writer import CalendarSpec, EventSpec
from dialogue_app.services.calendar_exchange.link_settings import read_settings
from dialogue_app.services.calendar_exchange.service import CalendarExchangeService
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.files import Cancelled, Progress
from dialogue_app.store.models import PublishedObject
from dialogue_app.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from caldav.davclient import DAVClient

PUBLISHED_FILE_PAST = timedelta(days=30)
PUBLISHED_FILE_FUTURE = timedelta(days=366)


@dataclass(frozen=True)
class ObjectProblem:
    """An event that is not on the server as the app has it, and why."""

    uid: str
    summary: str
    reason: str  # English; the window shows it as is (a server's own words or a status)


@dataclass(frozen=True)
class PublishReport:
    collection_url: str
    total: int  # events the app has for the period
    created: int
    updated: int
    unchanged: int
    deleted: int
    conflicts: tuple[ObjectProblem, ...]  # changed on the server by somebody else: left alone
    failed: tuple[ObjectProblem, ...]  # refused by the server
    not_done: tuple[ObjectProblem, ...]  # not tried: cancelled, or the server stopped answering
    stopped: str | None = None  # why the run stopped early (English), None when it ran through

    @property
    def complete(self) -> bool:
        return not (self.conflicts or self.failed or self.not_done)


@dataclass
class _Remembered:
    uid: str
    href: str
    etag: str | None
    sequence: int
    digest: str
    starts_at: datetime


@dataclass
class _Run:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[ObjectProblem] = field(default_factory=list)
    failed: list[ObjectProblem] = field(default_factory=list)
    not_done: list[ObjectProblem] = field(default_factory=list)
    stopped: str | None = None
    saved: dict[str, _Remembered] = field(default_factory=dict)  # uid -> now on the server
    removed: set[str] = field(default_factory=set)  # uids deleted from the server


class PublishService:
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

    def account(
        self, url: str | None = None, user: str | None = None, password: str | None = None
    ) -> ServerAccount:
        """The CalDAV account to use: what is given, else the saved settings."""
        with self._uow.read() as session:
            return read_settings(session).calendar_account(url, user, password)

    def publish(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        account: ServerAccount | None = None,
        leader_id: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PublishReport:
        """Bring the collection of ``account`` in line with the schedule of ``start``..``end``
        (one leader's with ``leader_id``): create, update, delete; report the rest."""
        account = account or self.account()
        collection = caldav_link.collection_url(account.url)
        if start and end and end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."), "end"
            )
        built = self._exchange.schedule(start, end, leader_id=leader_id, include_cancelled=True)
        assert built.spec is not None
        spec = built.spec
        low, high = local_day_bounds(start, end)
        with self._uow.read() as session:
            remembered = {
                row.uid: _Remembered(
                    row.uid, row.href, row.etag, row.sequence, row.digest, row.starts_at
                )
                for row in session.scalars(
                    select(PublishedObject).where(PublishedObject.collection_url == collection)
                )
            }
        client = caldav_link.connect(account)
        caldav_link.check_calendar(client, collection, account.timeout)  # before any change
        wanted = {event.uid for event in spec.events}
        gone = [
            item
            for uid, item in remembered.items()
            if uid not in wanted and _within(item.starts_at, low, high)
        ]
        total = len(spec.events) + len(gone)
        run = _Run()
        try:
            done = 0
            for event in spec.events:
                if run.stopped is None and cancelled is not None and cancelled():
                    run.stopped = "cancelled"
                if run.stopped is not None:
                    run.not_done.append(ObjectProblem(event.uid, event.summary, run.stopped))
                    continue
                self._put(client, account, collection, event, spec, remembered, run)
                done += 1
                if progress is not None:
                    progress(done, total)
            for item in gone:
                if run.stopped is None and cancelled is not None and cancelled():
                    run.stopped = "cancelled"
                if run.stopped is not None:
                    run.not_done.append(ObjectProblem(item.uid, item.uid, run.stopped))
                    continue
                self._delete(client, account, item, run)
                done += 1
                if progress is not None:
                    progress(done, total)
        finally:
            self._remember(collection, run)
        return PublishReport(
            collection,
            len(spec.events),
            run.created,
            run.updated,
            run.unchanged,
            run.deleted,
            tuple(run.conflicts),
            tuple(run.failed),
            tuple(run.not_done),
            run.stopped,
        )

    def _put(
        self,
        client: DAVClient,
        account: ServerAccount,
        collection: str,
        event: EventSpec,
        spec: CalendarSpec,
        remembered: dict[str, _Remembered],
        run: _Run,
    ) -> None:
        body = caldav_link.object_body(event, spec.stamp, spec.organizer)
        digest = caldav_link.digest(body)
        known = remembered.get(event.uid)
        if known is not None and known.digest == digest:
            run.unchanged += 1
            return
        href = known.href if known is not None else caldav_link.object_href(collection, event.uid)
        try:
            answer = caldav_link.put(
                client,
                href,
                body,
                known.etag if known is not None else None,
                account.timeout,
            )
        except ServerFailure as error:
            run.stopped = str(error)
            run.not_done.append(ObjectProblem(event.uid, event.summary, str(error)))
            return
        if answer.status == 412:
            reason = (
                "changed on the server since it was published; left as it is there"
                if known is not None
                else "an object with this address is already on the server; left as it is"
            )
            run.conflicts.append(ObjectProblem(event.uid, event.summary, reason))
            return
        if answer.status not in (200, 201, 204):
            run.failed.append(
                ObjectProblem(event.uid, event.summary, f"refused by the server ({answer.status})")
            )
            return
        if known is None:
            run.created += 1
        else:
            run.updated += 1
        start = event.start
        starts_at = (
            start if isinstance(start, datetime) else datetime.combine(start, time.min, VN_TZ)
        )
        run.saved[event.uid] = _Remembered(
            event.uid, href, answer.etag, event.sequence, digest, starts_at
        )

    def _delete(
        self, client: DAVClient, account: ServerAccount, item: _Remembered, run: _Run
    ) -> None:
        try:
            answer = caldav_link.delete(
                client,
                item.href,
                item.etag,
                account.timeout,
            )
        except ServerFailure as error:
            run.stopped = str(error)
            run.not_done.append(ObjectProblem(item.uid, item.uid, str(error)))
            return
        if answer.status == 412:
            run.conflicts.append(
                ObjectProblem(
                    item.uid, item.uid, "changed on the server since it was published; not deleted"
                )
            )
            return
        if answer.status not in (200, 204, 404):  # 404: somebody deleted it already
            run.failed.append(
                ObjectProblem(item.uid, item.uid, f"refused by the server ({answer.status})")
            )
            return
        run.deleted += 1
        run.removed.add(item.uid)

    def _remember(self, collection: str, run: _Run) -> None:
        if not (run.saved or run.removed):
            return
        now = self._clock.now()
        with self._uow.begin() as session:
            if run.removed:
                session.execute(
                    delete(PublishedObject).where(
                        PublishedObject.collection_url == collection,
                        PublishedObject.uid.in_(run.removed),
                    )
                )
            rows = {
                row.uid: row
                for row in session.scalars(
                    select(PublishedObject).where(
                        PublishedObject.collection_url == collection,
                        PublishedObject.uid.in_(list(run.saved)),
                    )
                )
            }
            for uid, item in run.saved.items():
                row = rows.get(uid)
                if row is None:
                    row = PublishedObject(collection_url=collection, uid=uid)
                    session.add(row)
                row.href = item.href
                row.etag = item.etag
                row.sequence = item.sequence
                row.digest = item.digest
                row.starts_at = item.starts_at
                row.published_at = now

    # --- the subscribable file ---------------------------------------------------------------

    def write_published_file(self, path: str | os.PathLike[str] | None = None) -> Path | None:
        """Write the schedule (30 days back, a year ahead, cancelled ones marked so) to the
        published file of the settings (or ``path``), whole or not at all. None when no file
        is set up."""
        if path is None:
            with self._uow.read() as session:
                path = read_settings(session).published_file
            if not path:
                return None
        today = self._clock.today()
        built = self._exchange.schedule(
            today - PUBLISHED_FILE_PAST, today + PUBLISHED_FILE_FUTURE, include_cancelled=True
        )
        return built.save(path)


def _within(moment: datetime, low: datetime | None, high: datetime | None) -> bool:
    return (low is None or moment >= low) and (high is None or moment < high)

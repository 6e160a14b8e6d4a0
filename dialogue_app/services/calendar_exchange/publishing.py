"""Publishing the office schedule (or one leader's) to a CalDAV collection, and keeping the
subscribable .ics file up to date.

Each event is one object at an address derived from its stable UID, carrying the app's own
SEQUENCE. What was put where (href, ETag, SEQUENCE, a digest of the content) is remembered in
``published_objects``, so a republish sends only what changed, as a change of the same object
(``If-Match`` its ETag); a cancelled conference stays, as STATUS:CANCELLED with its raised
SEQUENCE; an event the app no longer has (a deleted conference, a reception day no longer due)
is deleted from the server. An object somebody changed on the server is a conflict: reported,
never overwritten or deleted.

Several selections (the office schedule, each leader's calendar) may be published to the same
collection: each object records which selections own it (``owners``), and a selection deletes
only what it owns and no other selection still publishes (it just lets go of the others). A
collection that does not exist yet is created (MKCALENDAR) only when the caller says so
(``create_missing``, the person agreed); otherwise ``MissingCalendar`` names it before anything
changed. ``publish_each_leader`` publishes every leader's calendar to a collection of its own,
beside the office's (``leader_targets``).

The network work happens with no database session open; what was done is saved at the end,
also when the run stops half-way (cancelled, the server gone), so the next run knows which
objects are there. The report names every event that is not on the server as the app has it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.calendar_exchange import caldav_link, file_names
from dialogue_app.services.calendar_exchange.caldav_link import (
    MissingCalendar,
    ServerAccount,
    ServerFailure,
)
from dialogue_app.services.calendar_exchange.exports import local_day_bounds
from dialogue_app.services.calendar_exchange.ics_writer import CalendarSpec, EventSpec
from dialogue_app.services.calendar_exchange.link_settings import read_settings
from dialogue_app.services.calendar_exchange.service import CalendarExchangeService
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dialogue_app.services.files import Cancelled, Progress
from dialogue_app.store.models import PublishedObject
from dialogue_app.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from caldav.davclient import DAVClient

PUBLISHED_FILE_PAST = timedelta(days=30)
OFFICE_SELECTION = "schedule"
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
    released: int = 0  # events this selection no longer has, left for another that still does
    selection: str = OFFICE_SELECTION

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
    owners: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PublishTarget:
    """One selection and where it goes: the office schedule (``leader_id`` None) or one
    leader's calendar, to ``account``'s collection."""

    label: str
    account: ServerAccount
    leader_id: int | None = None


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
    claimed: set[str] = field(default_factory=set)  # uids unchanged, now owned by this selection
    let_go: set[str] = field(default_factory=set)  # uids this selection no longer owns
    released: int = 0


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
        create_missing: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PublishReport:
        """Bring the collection of ``account`` in line with the schedule of ``start``..``end``
        (one leader's with ``leader_id``): create, update, delete what this selection owns;
        report the rest. A missing collection is created with ``create_missing``, else
        ``MissingCalendar`` is raised before anything changed."""
        account = account or self.account()
        collection = caldav_link.collection_url(account.url)
        if start and end and end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."), "end"
            )
        client = caldav_link.connect(account)
        if not caldav_link.calendar_exists(client, collection, account.timeout):
            if not create_missing:
                raise MissingCalendar([collection])
            caldav_link.make_calendar(
                client, collection, self._calendar_name(leader_id), account.timeout
            )
        return self._publish(
            client, account, collection, start, end, leader_id, progress, cancelled
        )

    def _publish(
        self,
        client: DAVClient,
        account: ServerAccount,
        collection: str,
        start: date | None,
        end: date | None,
        leader_id: int | None,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> PublishReport:
        selection = selection_key(leader_id)
        built = self._exchange.schedule(start, end, leader_id=leader_id, include_cancelled=True)
        assert built.spec is not None
        spec = built.spec
        low, high = local_day_bounds(start, end)
        with self._uow.read() as session:
            remembered = {
                row.uid: _Remembered(
                    row.uid,
                    row.href,
                    row.etag,
                    row.sequence,
                    row.digest,
                    row.starts_at,
                    _owners(row.owners),
                )
                for row in session.scalars(
                    select(PublishedObject).where(PublishedObject.collection_url == collection)
                )
            }
        wanted = {event.uid for event in spec.events}
        gone = [
            item
            for uid, item in remembered.items()
            if uid not in wanted and selection in item.owners and _within(item.starts_at, low, high)
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
                self._put(client, account, collection, event, spec, remembered, run, selection)
                done += 1
                if progress is not None:
                    progress(done, total)
            for item in gone:
                if run.stopped is None and cancelled is not None and cancelled():
                    run.stopped = "cancelled"
                if run.stopped is not None:
                    run.not_done.append(ObjectProblem(item.uid, item.uid, run.stopped))
                    continue
                if item.owners - {selection}:  # another selection still publishes it
                    run.let_go.add(item.uid)
                    run.released += 1
                else:
                    self._delete(client, account, item, run)
                done += 1
                if progress is not None:
                    progress(done, total)
        finally:
            self._remember(collection, run, selection)
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
            run.released,
            selection,
        )

    def _calendar_name(self, leader_id: int | None) -> str:
        """The display name of a calendar the app creates."""
        if leader_id is None:
            return "Lịch công tác"
        name = next((o.full_name for o in self._exchange.officials() if o.id == leader_id), "")
        return f"Lịch công tác – {name}" if name else "Lịch công tác"

    # --- leaders' own calendars ----------------------------------------------------------------

    def leader_account(self, leader_id: int, account: ServerAccount | None = None) -> ServerAccount:
        """Where one leader's calendar is published: a collection of its own beside the
        office's (``…/lich-nguyen-van-an-7/``), with the same account."""
        account = account or self.account()
        leader = next((o for o in self._exchange.officials() if o.id == leader_id), None)
        if leader is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "There is no official number %1."), leader_id
            )
        url = caldav_link.sibling_url(
            account.url, file_names.leader_calendar_name(leader.full_name, leader.id)
        )
        return replace(account, url=url)

    def leader_targets(
        self, start: date | None, end: date | None, account: ServerAccount | None = None
    ) -> list[PublishTarget]:
        """Every leader whose calendar has something to publish in ``start``..``end`` (or had
        before, so that removals reach it), each to its own collection."""
        account = account or self.account()
        with self._uow.read() as session:
            published = {
                owner
                for text in session.scalars(select(PublishedObject.owners).distinct())
                for owner in _owners(text)
            }
        targets = []
        for leader in self._exchange.officials():
            had = selection_key(leader.id) in published
            if not had and not self._exchange.schedule(start, end, leader_id=leader.id).event_count:
                continue
            targets.append(
                PublishTarget(leader.label, self.leader_account(leader.id, account), leader.id)
            )
        return targets

    def missing(self, targets: list[PublishTarget]) -> list[str]:
        """The collections of ``targets`` that do not exist on the server yet."""
        found = []
        for target in targets:
            collection = caldav_link.collection_url(target.account.url)
            client = caldav_link.connect(target.account)
            if not caldav_link.calendar_exists(client, collection, target.account.timeout):
                found.append(collection)
        return found

    def publish_each_leader(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        account: ServerAccount | None = None,
        create_missing: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[tuple[PublishTarget, PublishReport]]:
        """Publish every leader's calendar (``leader_targets``) to its own collection. Missing
        collections are all named (``MissingCalendar``) before anything changes, unless
        ``create_missing``. Progress counts leaders."""
        targets = self.leader_targets(start, end, account)
        if not create_missing:
            missing = self.missing(targets)
            if missing:
                raise MissingCalendar(missing)
        reports = []
        for number, target in enumerate(targets):
            if cancelled is not None and cancelled():
                break
            reports.append(
                (
                    target,
                    self.publish(
                        start,
                        end,
                        account=target.account,
                        leader_id=target.leader_id,
                        create_missing=create_missing,
                        cancelled=cancelled,
                    ),
                )
            )
            if progress is not None:
                progress(number + 1, len(targets))
        return reports

    def _put(
        self,
        client: DAVClient,
        account: ServerAccount,
        collection: str,
        event: EventSpec,
        spec: CalendarSpec,
        remembered: dict[str, _Remembered],
        run: _Run,
        selection: str,
    ) -> None:
        body = caldav_link.object_body(event, spec.stamp, spec.organizer)
        digest = caldav_link.digest(body)
        known = remembered.get(event.uid)
        if known is not None and known.digest == digest:
            run.unchanged += 1
            if selection not in known.owners:
                run.claimed.add(event.uid)
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

    def _remember(self, collection: str, run: _Run, selection: str) -> None:
        if not (run.saved or run.removed or run.claimed or run.let_go):
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
            touched = set(run.saved) | run.claimed | run.let_go
            rows = {
                row.uid: row
                for row in session.scalars(
                    select(PublishedObject).where(
                        PublishedObject.collection_url == collection,
                        PublishedObject.uid.in_(list(touched)),
                    )
                )
            }
            for uid, item in run.saved.items():
                row = rows.get(uid)
                if row is None:
                    row = PublishedObject(collection_url=collection, uid=uid, owners="")
                    session.add(row)
                row.href = item.href
                row.etag = item.etag
                row.sequence = item.sequence
                row.digest = item.digest
                row.starts_at = item.starts_at
                row.published_at = now
                row.owners = _joined(_owners(row.owners) | {selection})
            for uid in run.claimed:
                if uid in rows:
                    rows[uid].owners = _joined(_owners(rows[uid].owners) | {selection})
            for uid in run.let_go:
                if uid in rows:
                    rows[uid].owners = _joined(_owners(rows[uid].owners) - {selection})

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


def selection_key(leader_id: int | None) -> str:
    """What a publication publishes: the office schedule, or one leader's calendar."""
    return OFFICE_SELECTION if leader_id is None else f"leader:{leader_id}"


def _owners(text: str | None) -> frozenset[str]:
    return frozenset(line for line in (text or "").split("\n") if line)


def _joined(owners: frozenset[str]) -> str:
    return "\n".join(sorted(owners))


def _within(moment: datetime, low: datetime | None, high: datetime | None) -> bool:
    return (low is None or moment >= low) and (high is None or moment < high)

"""Every service the window needs, built once by ``app.py`` from one open database.

The UI receives this object and calls the services; it never sees a Session or an ORM object.
Each service is constructed lazily: start-up pays only for what the first page uses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from dialogue_app.services.clock import Clock
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.office import OfficeService
from dialogue_app.services.registers import RegisterService
from dialogue_app.services.working_days import WorkingDayService

if TYPE_CHECKING:
    from dialogue_app.services.accounts import AccountService, AuditService, Permissions
    from dialogue_app.services.backups import BackupService
    from dialogue_app.services.calendar_exchange import CalendarExchangeService, CalendarLinks
    from dialogue_app.services.cases import CaseService, CitizenService
    from dialogue_app.services.conferences import (
        ConferenceQueries,
        ConferenceService,
        ReceptionService,
    )
    from dialogue_app.services.demo import DemoService
    from dialogue_app.services.documents import DocumentService
    from dialogue_app.services.followup import FollowUpService
    from dialogue_app.services.handover import HandoverService
    from dialogue_app.services.live_changes import ChangeFeed
    from dialogue_app.services.reports import ReportService
    from dialogue_app.services.reports.forms import FormService


class Services:
    def __init__(
        self, database: DatabaseHandle, user_name: str | None = None, *, clock: Clock
    ) -> None:
        self.database = database
        self.user_name = user_name  # recorded in timelines and the audit log
        self.clock = clock  # the one source of today and now (SystemClock in the app)

    @property
    def uow(self):  # type: ignore[no-untyped-def]  # the UnitOfWork, for services built here
        return self.database.uow

    @cached_property
    def office(self) -> OfficeService:
        return OfficeService(self.uow, self.user_name)

    @cached_property
    def conferences(self) -> ConferenceQueries:
        from dialogue_app.services.conferences import ConferenceQueries

        return ConferenceQueries(self.uow, clock=self.clock)

    @cached_property
    def registers(self) -> RegisterService:  # pick lists: leaders, venues, agencies, units, fields
        return RegisterService(self.uow, self.user_name)

    @cached_property
    def working_days(self) -> WorkingDayService:
        return WorkingDayService(self.uow, self.user_name)

    @cached_property
    def scheduling(self) -> ConferenceService:
        from dialogue_app.services.conferences import ConferenceService

        return ConferenceService(self.uow, user_name=self.user_name, clock=self.clock)

    @cached_property
    def reception(self) -> ReceptionService:
        from dialogue_app.services.conferences import ReceptionService

        return ReceptionService(self.uow, clock=self.clock)

    @cached_property
    def demo(self) -> DemoService:
        from dialogue_app.services.demo import DemoService

        return DemoService(self.uow, clock=self.clock)

    @cached_property
    def calendar_exchange(self) -> CalendarExchangeService:  # .ics/.eml in and out (issue 5)
        from dialogue_app.services.calendar_exchange import CalendarExchangeService

        return CalendarExchangeService(self.uow, user_name=self.user_name, clock=self.clock)

    @cached_property
    def calendar_links(self) -> CalendarLinks:  # mail and calendar servers (issue 16)
        from dialogue_app.services.calendar_exchange import CalendarLinks

        return CalendarLinks(self.uow, user_name=self.user_name, clock=self.clock)

    @cached_property
    def cases(self) -> CaseService:  # the case register (issue 4)
        from dialogue_app.services.cases import CaseService

        return CaseService(self.uow, self.user_name, clock=self.clock)

    @cached_property
    def citizens(self) -> CitizenService:  # the citizen register's search, for the pickers
        from dialogue_app.services.cases import CitizenService

        return CitizenService(self.uow, self.user_name)

    @cached_property
    def reports(self) -> ReportService:  # figures, drill-down, exports (issue 6)
        from dialogue_app.services.reports import ReportService

        return ReportService(self.uow, clock=self.clock, user_name=self.user_name)

    @cached_property
    def documents(self) -> DocumentService:  # official documents and their register (issue 13)
        from dialogue_app.services.documents import DocumentService

        return DocumentService(self.uow, self.user_name, clock=self.clock)

    @cached_property
    def backups(self) -> BackupService:  # automatic backups, the list, restore (issue 20)
        from dialogue_app.services.backups import BackupService

        return BackupService(
            self.database.url,
            clock=self.clock,
            engine=self.database.engine,
            user_name=self.user_name,
        )

    @cached_property
    def handover(self) -> HandoverService:  # the whole record in open formats (issue 20)
        from dialogue_app.services.handover import HandoverService

        return HandoverService(self.database.engine, clock=self.clock, user_name=self.user_name)

    @cached_property
    def permissions(self) -> Permissions:  # what the signed-in user's role may do (issue 15)
        from dialogue_app.services.accounts import Permissions

        return Permissions(self.uow, self.user_name)

    @cached_property
    def accounts(self) -> AccountService:  # staff accounts (PostgreSQL login roles)
        from dialogue_app.services.accounts import AccountService

        return AccountService(self.uow, self.user_name)

    @cached_property
    def audit(self) -> AuditService:  # the audit log, read-only
        from dialogue_app.services.accounts import AuditService

        return AuditService(self.uow, self.user_name)

    # Further services are added here as cached properties, one per feature.

    @cached_property
    def forms(self) -> FormService:  # the statutory forms and their opening balances (issue 14)
        from dialogue_app.services.reports.forms import FormService

        return FormService(self.uow, clock=self.clock)

    @cached_property
    def followup(self) -> FollowUpService:  # the follow-up board of held conferences (issue 18)
        from dialogue_app.services.followup import FollowUpService

        return FollowUpService(self.uow, clock=self.clock)

    def change_feed(
        self,
        on_changes: Callable[[frozenset[str]], None],
        on_status: Callable[[bool], None],
        **timings: float,
    ) -> ChangeFeed | None:
        """What other staff change, heard as it happens (issue 15); None on SQLite."""
        from dialogue_app.services.live_changes import open_change_feed

        return open_change_feed(self.database.engine, on_changes, on_status, **timings)

"""``CalendarLinks``: the office's mail and calendar servers, one object for the window and
the command line (settings, invitations by e-mail, CalDAV publishing, subscriptions)."""

from __future__ import annotations

from functools import cached_property

from dialogue_app.services.calendar_exchange.invitations import InvitationService
from dialogue_app.services.calendar_exchange.link_settings import LinkSettingsService
from dialogue_app.services.calendar_exchange.publishing import PublishService
from dialogue_app.services.calendar_exchange.service import CalendarExchangeService
from dialogue_app.services.calendar_exchange.subscriptions import SubscriptionService
from dialogue_app.services.clock import Clock
from dialogue_app.store.unit_of_work import UnitOfWork


class CalendarLinks:
    def __init__(self, uow: UnitOfWork, user_name: str | None = None, *, clock: Clock) -> None:
        self._uow = uow
        self._user_name = user_name
        self._clock = clock
        self._exchange = CalendarExchangeService(uow, user_name, clock=clock)

    @cached_property
    def settings(self) -> LinkSettingsService:
        return LinkSettingsService(self._uow)

    @cached_property
    def invitations(self) -> InvitationService:
        return InvitationService(self._uow, self._exchange, self._user_name, clock=self._clock)

    @cached_property
    def publishing(self) -> PublishService:
        return PublishService(self._uow, self._exchange, self._user_name, clock=self._clock)

    @cached_property
    def subscriptions(self) -> SubscriptionService:
        return SubscriptionService(self._uow, self._exchange, self._user_name, clock=self._clock)

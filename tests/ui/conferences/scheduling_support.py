"""Services for the scheduling UI tests, with a fixed clock so the dates in tests never age."""

from __future__ import annotations

from datetime import date

from dialogue_app.services.conferences import (
    ConferenceQueries,
    ConferenceService,
    ReceptionService,
)
from dialogue_app.services.container import Services
from tests.clock import AFTER_THE_FIXTURES, fixed_clock
from tests.services.scheduling_fixtures import EARLY


def with_fixed_clock(services: Services) -> Services:
    """Make ``services`` believe it is 2 January 2026 (cached properties can be replaced)."""
    services.__dict__["scheduling"] = ConferenceService(
        services.uow, user_name=services.user_name, clock=fixed_clock(EARLY)
    )
    services.__dict__["reception"] = ReceptionService(
        services.uow, clock=fixed_clock(date(2026, 3, 20))
    )
    # the lists' "coming first, then past" and the reminders stand after the tests' conferences
    services.clock = fixed_clock(AFTER_THE_FIXTURES)
    services.__dict__["conferences"] = ConferenceQueries(services.uow, clock=services.clock)
    return services

"""Calendar exchange (.ics, .eml): invitations, updates, cancellations, published schedules,
deadlines, and import of leaders' own calendars as busy times (DESIGN.md §4).

- ``ics_writer``: what makes any file we write correct (pure);
- ``queries``: what the exports read (conferences, reception days, open cases, officials);
- ``exports``: conferences, reception days and case deadlines as calendar events;
- ``email_message``: the .eml that Outlook opens as a meeting request;
- ``busy_import``: reading Outlook/Google/Thunderbird files as busy times (pure);
- ``service``: ``CalendarExchangeService``, what the window and the command line call;
- ``links`` (issue 16): ``CalendarLinks``, the office's servers both ways: ``link_settings``
  (SMTP, CalDAV, the published file; passwords in ``passwords``, the OS password store),
  ``invitations`` (sent by SMTP through ``mail`` or saved as .eml/.ics, and the "sent" record),
  ``publishing`` (CalDAV objects through ``caldav_link``; the subscribable .ics file),
  ``subscriptions`` (leaders' calendars read live as busy times).
"""

from dialogue_app.services.calendar_exchange.caldav_link import (
    MissingCalendar,
    ServerAccount,
    ServerFailure,
)
from dialogue_app.services.calendar_exchange.invitations import (
    Channel,
    Delivery,
    SentButNotRecorded,
    SentRecord,
    Status,
)
from dialogue_app.services.calendar_exchange.link_settings import LinkSettings
from dialogue_app.services.calendar_exchange.links import CalendarLinks
from dialogue_app.services.calendar_exchange.mail import Security
from dialogue_app.services.calendar_exchange.publishing import (
    ObjectProblem,
    PublishReport,
    PublishTarget,
)
from dialogue_app.services.calendar_exchange.service import (
    BusyImportSummary,
    CalendarExchangeService,
    CalendarFile,
    OfficialChoice,
    write_atomically,
)
from dialogue_app.services.calendar_exchange.subscriptions import (
    RefreshOutcome,
    SubscriptionKind,
    SubscriptionView,
)

__all__ = [
    "BusyImportSummary",
    "CalendarExchangeService",
    "CalendarFile",
    "CalendarLinks",
    "Channel",
    "Delivery",
    "LinkSettings",
    "MissingCalendar",
    "ObjectProblem",
    "OfficialChoice",
    "PublishReport",
    "PublishTarget",
    "RefreshOutcome",
    "Security",
    "SentButNotRecorded",
    "SentRecord",
    "ServerAccount",
    "ServerFailure",
    "Status",
    "SubscriptionKind",
    "SubscriptionView",
    "write_atomically",
]

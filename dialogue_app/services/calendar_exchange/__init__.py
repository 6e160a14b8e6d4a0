"""Calendar exchange (.ics, .eml): invitations, updates, cancellations, published schedules,
deadlines, and import of leaders' own calendars as busy times (DESIGN.md §4).

- ``ics_writer``: what makes any file we write correct (pure);
- ``queries``: what the exports read (conferences, reception days, open cases, officials);
- ``exports``: conferences, reception days and case deadlines as calendar events;
- ``email_message``: the .eml that Outlook opens as a meeting request;
- ``busy_import``: reading Outlook/Google/Thunderbird files as busy times (pure);
- ``service``: ``CalendarExchangeService``, what the window and the command line call.
"""

from dialogue_app.services.calendar_exchange.service import (
    BusyImportSummary,
    CalendarExchangeService,
    CalendarFile,
    OfficialChoice,
    write_atomically,
)

__all__ = [
    "BusyImportSummary",
    "CalendarExchangeService",
    "CalendarFile",
    "OfficialChoice",
    "write_atomically",
]

"""Conferences and reception sessions: planning, holding and closing them, the leaders' reception
schedules and duties, and the read-only listings.

- ``types``: the values taken and returned (drafts, details, summaries, schedules, duties);
- ``queries``: ``ConferenceQueries`` (the lists, pages and calendars) and the other reading of
  conferences: one conference in full, the bookings and busy times conflicts are made of;
- ``planning``: ``ConferenceService``, create, edit, check conflicts, postpone, cancel, hold, close;
- ``conflicts``: the warnings for a draft and the busy times behind the free-slot search;
- ``status``: the moves between statuses, and the version check of a change;
- ``holding``: recording how a conference went; issues raised there become cases;
- ``attendance``: who was invited and who came (ticks, the printed list);
- ``timeline``: a conference's steps (edits, status changes, reopenings) and undoing the last;
- ``reception``: ``ReceptionService``, reception schedules, duties marked held, delegated or
  missed, and who is behind their quota;
- ``reception_days``: generating and re-planning the dated reception days of a schedule
  (also used by the demo); ``reception_queries``: reading schedules, days and quotas.

Other features, the window and the command line import from this package, not its modules.
"""

from dialogue_app.services.conferences.attendance import AttendanceRow, AttendanceSheet
from dialogue_app.services.conferences.conflicts import ConflictsNeedReason
from dialogue_app.services.conferences.planning import ConferenceService
from dialogue_app.services.conferences.queries import ConferenceQueries
from dialogue_app.services.conferences.reception import ReceptionService
from dialogue_app.services.conferences.reception_days import (
    CHANGED_REASON,
    RECEPTION_TITLE,
    STOPPED_REASON,
    ensure_default_quotas,
    generate_reception_days,
)
from dialogue_app.services.conferences.timeline import StepKind, TimelineEntry
from dialogue_app.services.conferences.types import (
    AgendaItemData,
    CaseLink,
    ComplianceRow,
    ConferenceDetail,
    ConferenceDraft,
    ConferenceSummary,
    DutyData,
    GenerationResult,
    HoldingRecord,
    IssueRaised,
    ParticipantData,
    QuotaData,
    ReplanResult,
    ScheduleChange,
    ScheduleData,
    change_of,
)

__all__ = [
    "CHANGED_REASON",
    "RECEPTION_TITLE",
    "STOPPED_REASON",
    "AgendaItemData",
    "AttendanceRow",
    "AttendanceSheet",
    "CaseLink",
    "ComplianceRow",
    "ConferenceDetail",
    "ConferenceDraft",
    "ConferenceQueries",
    "ConferenceService",
    "ConferenceSummary",
    "ConflictsNeedReason",
    "DutyData",
    "GenerationResult",
    "HoldingRecord",
    "IssueRaised",
    "ParticipantData",
    "QuotaData",
    "ReceptionService",
    "ReplanResult",
    "ScheduleChange",
    "change_of",
    "ScheduleData",
    "StepKind",
    "TimelineEntry",
    "ensure_default_quotas",
    "generate_reception_days",
]

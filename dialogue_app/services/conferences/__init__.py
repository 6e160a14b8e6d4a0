"""Conferences and reception sessions: planning, holding and closing them, the leaders' reception
schedules and duties, and the read-only listings.

- ``queries``: ``ConferenceQueries``, the lists, pages and calendars (read only);
- ``planning``: ``ConferenceService``, create, edit, check conflicts, postpone, cancel, hold, close;
- ``reception``: ``ReceptionService``, reception schedules turned into dated reception days, duties
  marked held, delegated or missed, and who is behind their quota.

Other features, the window and the command line import from this package, not its modules.
"""

from dialogue_app.services.conferences.planning import (
    AgendaItemData,
    CaseLink,
    ConferenceDetail,
    ConferenceDraft,
    ConferenceService,
    ConflictsNeedReason,
    HoldingRecord,
    IssueRaised,
    ParticipantData,
)
from dialogue_app.services.conferences.queries import ConferenceQueries, ConferenceSummary
from dialogue_app.services.conferences.reception import (
    CHANGED_REASON,
    RECEPTION_TITLE,
    STOPPED_REASON,
    ComplianceRow,
    DutyData,
    GenerationResult,
    QuotaData,
    ReceptionService,
    ReplanResult,
    ScheduleChange,
    ScheduleData,
    ensure_default_quotas,
    generate_reception_days,
)

__all__ = [
    "CHANGED_REASON",
    "RECEPTION_TITLE",
    "STOPPED_REASON",
    "AgendaItemData",
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
    "ScheduleData",
    "ensure_default_quotas",
    "generate_reception_days",
]

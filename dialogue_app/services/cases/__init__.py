"""The case register (issue 12): its public API, for the ui, the command line, other features
and the tests. Its modules may move and split behind these names.

The spreadsheet import and export load when one of their names is first asked for: the list,
the forms and the command line's other commands do not need them (issue 19).
"""

from typing import TYPE_CHECKING, Any

from dialogue_app.services.cases.citizens import (
    CitizenChoice,
    CitizenInput,
    CitizenService,
    check_national_id,
    citizen_terms,
    find_or_create_citizen,
    index_citizens,
    masked_national_id,
    match_key,
)
from dialogue_app.services.cases.form_facts import check_case
from dialogue_app.services.cases.queries import load_rules
from dialogue_app.services.cases.register import (
    complete_registration,
    index_case,
    link_citizens,
    registered_note,
)
from dialogue_app.services.cases.service import CaseService
from dialogue_app.services.cases.slices import (
    OTHERWISE_STATUSES,
    SESSION_KINDS,
    SETTLED_STATUSES,
    closed_on,
    day_start,
    held_session_conditions,
    held_sessions,
    is_open,
)
from dialogue_app.services.cases.types import (
    HIDDEN,
    AgencyLateness,
    AttachmentInput,
    CaseDetail,
    CaseDraft,
    CaseFilter,
    CasePage,
    CaseRow,
    CaseSort,
    Cursor,
    DeadlineRuleData,
    RegisterResult,
)
from dialogue_app.services.cases.undo import UndoOffer
from dialogue_app.services.cases.workflow import recompute_open_deadlines, refresh_deadline

if TYPE_CHECKING:
    from dialogue_app.services.cases.export import EXPORT_COLUMNS, CaseExporter, neutralise
    from dialogue_app.services.cases.importing import (
        COLUMNS,
        COMPUTED,
        CaseImporter,
        ImportCancelled,
        ImportFailed,
        ImportProblem,
        ImportSummary,
    )

_EXPORT = frozenset({"EXPORT_COLUMNS", "CaseExporter", "neutralise"})
_IMPORTING = frozenset(
    {
        "COLUMNS",
        "COMPUTED",
        "CaseImporter",
        "ImportCancelled",
        "ImportFailed",
        "ImportProblem",
        "ImportSummary",
    }
)


def __getattr__(name: str) -> Any:
    if name in _EXPORT:
        from dialogue_app.services.cases import export

        return getattr(export, name)
    if name in _IMPORTING:
        from dialogue_app.services.cases import importing

        return getattr(importing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UndoOffer",
    "check_case",
    "COLUMNS",
    "COMPUTED",
    "EXPORT_COLUMNS",
    "HIDDEN",
    "OTHERWISE_STATUSES",
    "SESSION_KINDS",
    "SETTLED_STATUSES",
    "AgencyLateness",
    "AttachmentInput",
    "CaseDetail",
    "CaseDraft",
    "CaseExporter",
    "CaseFilter",
    "CaseImporter",
    "CasePage",
    "CaseRow",
    "CaseService",
    "CaseSort",
    "CitizenChoice",
    "CitizenInput",
    "CitizenService",
    "Cursor",
    "DeadlineRuleData",
    "ImportCancelled",
    "ImportFailed",
    "ImportProblem",
    "ImportSummary",
    "RegisterResult",
    "check_national_id",
    "citizen_terms",
    "closed_on",
    "complete_registration",
    "day_start",
    "find_or_create_citizen",
    "held_session_conditions",
    "held_sessions",
    "index_case",
    "index_citizens",
    "is_open",
    "link_citizens",
    "load_rules",
    "masked_national_id",
    "match_key",
    "neutralise",
    "recompute_open_deadlines",
    "refresh_deadline",
    "registered_note",
]

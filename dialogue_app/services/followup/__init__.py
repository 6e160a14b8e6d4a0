"""The follow-up board (issue 18): what happened to what citizens raised at each held conference.

- ``types``: ``BoardItem`` (one issue: agency, deadline, status, days left), ``ConferenceBoard``
  (one conference and its progress, "x of y settled"), ``PeriodBoard`` (every held conference of
  a period on one board);
- ``queries``: the SQL that reads the conferences and their cases;
- ``service``: ``FollowUpService``, what the window and the printed board call.

The board reads the store only; it imports no other feature.
"""

from dialogue_app.services.followup.service import FollowUpService
from dialogue_app.services.followup.types import (
    BOARD_STATUSES,
    BoardItem,
    ConferenceBoard,
    PeriodBoard,
    board_order,
)

__all__ = [
    "BOARD_STATUSES",
    "BoardItem",
    "ConferenceBoard",
    "FollowUpService",
    "PeriodBoard",
    "board_order",
]

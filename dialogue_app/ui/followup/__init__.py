"""The follow-up board (issue 18): what became of the issues raised at held conferences.

``BoardDialog`` shows one conference's board (opened from the calendar and the conference list);
``PeriodBoardView`` the same board across every held conference of a period (a tab of the
Conferences page). Both print and save as PDF through ``rendering/followup_pdf.py``.
"""

from dialogue_app.ui.followup.board_model import BoardModel
from dialogue_app.ui.followup.board_view import BoardDialog, PeriodBoardView, open_board

__all__ = ["BoardDialog", "BoardModel", "PeriodBoardView", "open_board"]

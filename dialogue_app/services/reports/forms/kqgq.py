"""01/KQGQ (complaints within competence) and its companion for denunciations: settled by a
decision or withdrawn, recoveries, rights restored, sanctions, investigation, verdicts, time."""

from __future__ import annotations

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.forms.layout import KQGQ, KQGQ_TC
from dialogue_app.services.reports.forms.queries import FormSql, settlement_cells

LAYOUT = KQGQ
DENUNCIATION_LAYOUT = KQGQ_TC
OPENING_COLUMNS = ("1", "2")


def cells() -> FormSql:
    return settlement_cells(CaseType.COMPLAINT)


def denunciation_cells() -> FormSql:
    return settlement_cells(CaseType.DENUNCIATION)


NOTE = "Tiền tính bằng triệu đồng; đất tính bằng m². Thời hạn giải quyết theo Luật Khiếu nại 2011."
DENUNCIATION_NOTE = (
    "Tiền tính bằng triệu đồng; đất tính bằng m². Thời hạn giải quyết theo Luật Tố cáo 2018."
)

"""01/TCD: citizens received, regular and by the head (in person or delegated), per unit."""

from __future__ import annotations

from dialogue_app.domain.forms.layout import TCD
from dialogue_app.services.reports.forms.queries import FormSql, tcd_cells

LAYOUT = TCD


def cells() -> FormSql:
    return tcd_cells()


NOTE = (
    "Lượt tiếp là lượt công dân đến trình bày trực tiếp; mỗi vụ việc được tính một lần trong kỳ. "
    "Đoàn đông người: từ 5 người trở lên (Nghị định 124/2020/NĐ-CP)."
)

"""01/XLD: petitions handled, by content, by earlier settlement, within competence or not."""

from __future__ import annotations

from dialogue_app.domain.forms.layout import XLD
from dialogue_app.services.reports.forms.queries import FormSql, xld_cells

LAYOUT = XLD

# The opening balance (petitions carried over from before the app) counts as carried over and,
# since the app does not know when they were handled, as not yet handled.
OPENING_COLUMNS = ("1", "2", "5")


def cells() -> FormSql:
    return xld_cells()


NOTE = (
    "Đơn chưa xử lý được chuyển sang kỳ sau. Đơn không thuộc thẩm quyền chưa ghi hình thức xử lý "
    "được tính là chuyển đơn (Thông tư 05/2021/TT-TTCP)."
)

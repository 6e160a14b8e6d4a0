"""The statutory statistics forms (REPORT_FORMS.md): 01/TCD (``tcd``), 01/XLD (``xld``),
01/KQGQ and the denunciation table (``kqgq``); their SQL (``queries``) and how it runs
(``statements``), the filled form and its identity check (``result``), the workbook and JSON
(``xlsx``), and ``FormService``."""

from dialogue_app.domain.forms import FormCode, FormLayout
from dialogue_app.services.reports.forms.result import (
    NO_UNIT,
    TOTAL,
    FormReport,
    FormRow,
    check_identities,
)
from dialogue_app.services.reports.forms.service import (
    ALL_UNITS,
    FormService,
    OpeningBalance,
    form_code,
)
from dialogue_app.services.reports.forms.xlsx import period_line, write_form

__all__ = [
    "ALL_UNITS",
    "NO_UNIT",
    "TOTAL",
    "FormCode",
    "FormLayout",
    "FormReport",
    "FormRow",
    "FormService",
    "OpeningBalance",
    "check_identities",
    "form_code",
    "period_line",
    "write_form",
]

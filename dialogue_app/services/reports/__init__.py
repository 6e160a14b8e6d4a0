"""Reports: the figures superiors ask for, for any period, and the files they are sent as.

- ``figures``: what a ``Report`` holds (and its JSON), worked out from the sums of ``queries``;
- ``queries``: the SQL that reads a period's figures (what each figure counts is the shared
  ``services/cases/slices.py``, which the case list's drill-down uses too);
- ``drill_down``: from a figure to the case list filter of the cases behind it;
- ``export``: a report's tables as an Excel workbook or a CSV file (the PDF is ``rendering/``);
- ``service``: ``ReportService``, what the window and the command line call.

The reports read the case register through its public API (``CaseFilter``); the case register
never imports the reports.
"""

from dialogue_app.domain.statistics import Measure, format_decimal
from dialogue_app.services.reports.drill_down import DIMENSIONS
from dialogue_app.services.reports.export import (
    KIND_NAMES,
    TYPE_NAMES,
    ExportCancelled,
    Table,
    report_tables,
    summary_table,
    title_lines,
    write_report,
)
from dialogue_app.services.reports.figures import (
    NO_CHAIR,
    BreakdownRow,
    DutyRow,
    LeaderRow,
    Report,
    describe_rate,
)
from dialogue_app.services.reports.service import ReportService

__all__ = [
    "DIMENSIONS",
    "KIND_NAMES",
    "NO_CHAIR",
    "TYPE_NAMES",
    "BreakdownRow",
    "DutyRow",
    "ExportCancelled",
    "LeaderRow",
    "Measure",
    "Report",
    "ReportService",
    "Table",
    "describe_rate",
    "format_decimal",
    "report_tables",
    "summary_table",
    "title_lines",
    "write_report",
]

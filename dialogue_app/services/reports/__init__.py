"""Reports: the figures superiors ask for, for any period, and the files they are sent as."""

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
    DIMENSIONS,
    BreakdownRow,
    DutyRow,
    LeaderRow,
    Measure,
    Report,
    ReportService,
    describe_rate,
    format_decimal,
    slice_conditions,
)

__all__ = [
    "DIMENSIONS",
    "KIND_NAMES",
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
    "slice_conditions",
    "summary_table",
    "title_lines",
    "write_report",
]

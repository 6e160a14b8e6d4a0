"""From a figure to the cases behind it: the case list filter of a report's drill-down.

The filter carries the figure as a ``ReportSlice``; the case list turns it into the same SQL
conditions the figure was summed with (``services/cases/slices.py``), so the list and the figure
cannot disagree.
"""

from __future__ import annotations

from typing import Any

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.statistics import Measure, ReportSlice
from dialogue_app.services.cases import CaseFilter
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from dialogue_app.services.reports.figures import Report

DIMENSIONS = ("type", "field", "unit", "agency")


def drill_filter(
    report: Report,
    measure: Measure,
    *,
    within_competence: bool | None = None,
    dimension: str | None = None,
    key: int | str | None = None,
) -> CaseFilter:
    """The case list filter that shows exactly the cases behind a figure.

    ``dimension`` (``type``, ``field``, ``unit``, ``agency``) and ``key`` pick one row of a
    table or one bar of a chart; ``key`` None is the "not recorded" row.
    """
    if dimension is not None and dimension not in DIMENSIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Cannot break figures down by “%1”."), None, dimension
        )
    missing: set[str] = set()
    values: dict[str, Any] = {}
    row_units: frozenset[int] | None = None
    if dimension == "type":
        if key is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Every case has a type; choose one.")
            )
        values["case_types"] = frozenset({CaseType(str(key))})
    elif dimension is not None:
        name = {"field": "field", "unit": "commune", "agency": "agency"}[dimension]
        if key is None:
            missing.add(name)
        elif dimension == "unit":  # with the communes merged into it
            row_units = report.unit_members.get(int(key), frozenset({int(key)}))
        else:
            values[f"{name}_ids"] = frozenset({int(key)})
    if row_units is not None:  # exactly the row's units...
        values["commune_ids"] = row_units
    if report.unit_id is not None:  # ...within the report's unit (the list's filter names it):
        values["unit_id"] = report.unit_id  # a district's row of a commune it lost in a merger
    report_slice = ReportSlice(
        measure,
        report.period.start,
        report.period.end,
        report.as_of,
        within_competence,
        frozenset(missing),
    )
    return CaseFilter(report_slice=report_slice, **values)

"""Report figures from a data set with known counts (tests/services/reports/report_fixtures)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dialogue_app.domain.periods import PeriodKind, month_period, range_period
from dialogue_app.domain.statistics import Measure
from dialogue_app.services.cases import CaseFilter, CaseService
from dialogue_app.services.errors import NotFound, ValidationError
from dialogue_app.services.reports import ReportService
from tests.clock import fixed_clock
from tests.services.reports import report_fixtures
from tests.services.reports.report_fixtures import TODAY

MARCH = month_period(2026, 3)


@pytest.fixture
def known(db):  # type: ignore[no-untyped-def]
    return report_fixtures.build(db)


@pytest.fixture
def service(db):  # type: ignore[no-untyped-def]
    return ReportService(db.uow, clock=fixed_clock(TODAY))


def _ids(db, flt: CaseFilter) -> set[int]:  # type: ignore[no-untyped-def]
    return {row.id for row in CaseService(db.uow, clock=fixed_clock(TODAY)).iter_rows(flt)}


def test_case_figures_of_the_month(known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    cases = report.cases
    assert report.as_of == date(2026, 3, 31)
    assert (cases.carried_over, cases.received, cases.total) == (3, 4, 7)
    assert (cases.settled, cases.settled_on_time, cases.settled_late) == (3, 1, 1)
    assert cases.settled_no_deadline == 1
    assert (cases.closed_otherwise, cases.open_at_end, cases.overdue) == (1, 3, 2)
    assert (cases.crowd, cases.crowd_people) == (1, 7)
    assert cases.reconciles()
    received = {str(row.key): row.counts.received for row in report.by_type}
    assert received == {"complaint": 1, "denunciation": 1, "recommendation": 1, "feedback": 1}
    carried = {str(row.key): row.counts.carried_over for row in report.by_type}
    assert carried == {"complaint": 3, "denunciation": 0, "recommendation": 0, "feedback": 0}


def test_settlement_within_competence(known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    within = report.within
    assert (within.total, within.closed_otherwise, within.to_settle) == (6, 1, 5)
    assert (within.settled, within.settled_on_time, within.settled_late) == (2, 1, 1)
    assert report.settlement.text() == "2/5 (40.00 %)"
    assert within.average_days_to_settle == Decimal("19.00")  # (18 + 20) / 2
    assert report.outside.total == 1 and report.outside.settled == 1
    assert report.within + report.outside == report.cases


def test_every_table_adds_up_to_the_totals(known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    for rows in (report.by_type, report.by_field, report.by_unit, report.by_agency):
        summed = sum((row.counts for row in rows), start=type(report.cases)())
        assert summed == report.cases
        assert all(row.counts.reconciles() for row in rows)
    agencies = {row.key: row.counts for row in report.by_agency}
    assert agencies[known.agency_a].total == 4 and agencies[known.agency_a].overdue == 2
    assert agencies[known.agency_b].total == 2 and agencies[None].total == 1
    assert [(r.key, r.counts.overdue) for r in report.overdue_by_agency] == [(known.agency_a, 2)]
    # Cẩm Lộc was merged into Cẩm Xuyên: its cases count in Cẩm Xuyên's row, one row
    units = {row.key: row for row in report.by_unit}
    assert known.unit_a not in units
    assert units[known.unit_b].label == "Cẩm Xuyên" and units[known.unit_b].counts.total == 7


def test_citizens_received(known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    reception = report.reception
    # 12 recorded + 3 known at the dialogue (invited X, named representative, Y of case 6)
    # + 2 at the session starting 23:30 on 31 March
    assert (reception.sessions, reception.visits) == (3, 17)
    assert (reception.cases, reception.crowd, reception.crowd_people) == (2, 1, 7)
    kinds = {kind: counts for kind, counts in report.reception_by_kind}
    assert (kinds["reception"].sessions, kinds["reception"].visits) == (2, 14)
    assert (kinds["dialogue"].sessions, kinds["dialogue"].visits) == (1, 3)
    assert kinds["adhoc_reception"].sessions == 0
    leaders = {row.official_id: row.counts for row in report.reception_by_leader}
    assert (leaders[known.leader_1].sessions, leaders[known.leader_1].visits) == (2, 15)
    assert (leaders[known.leader_2].sessions, leaders[known.leader_2].visits) == (1, 3)
    assert (leaders[None].sessions, leaders[None].visits) == (1, 2)


def test_reception_duty_compliance(known, service) -> None:  # type: ignore[no-untyped-def]
    rows = {row.official_id: row for row in service.report(MARCH).duties}
    weekly = rows[known.leader_2]
    # Sundays of March 2026: 1, 8, 15, 22, 29 → five weeks owed
    assert weekly.count.required == 5
    assert (weekly.count.held, weekly.count.delegated, weekly.count.missed) == (1, 1, 1)
    assert weekly.count.unmarked == 1
    assert weekly.rate.text() == "2/5 (40.00 %)"
    monthly = rows[known.leader_1]
    assert (monthly.count.required, monthly.count.held) == (1, 1)
    assert monthly.rate.text() == "1/1 (100.00 %)"


def test_compared_with_the_previous_month(known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    previous = report.previous
    assert previous is not None and previous.period == month_period(2026, 2)
    # February: received 1, 2, 9; carried over 3 (received in January, resolved 25 Feb)
    assert (previous.cases.received, previous.cases.carried_over) == (3, 1)
    assert previous.previous is None


def test_drill_down_lists_exactly_the_counted_cases(db, known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    n = known.cases
    expected = {
        Measure.IN_SCOPE: {1, 2, 4, 5, 6, 7, 9},
        Measure.CARRIED_OVER: {1, 2, 9},
        Measure.RECEIVED: {4, 5, 6, 7},
        Measure.SETTLED: {2, 4, 7},
        Measure.SETTLED_ON_TIME: {2},
        Measure.SETTLED_LATE: {4},
        Measure.SETTLED_NO_DEADLINE: {7},
        Measure.CLOSED_OTHERWISE: {5},
        Measure.OPEN_AT_END: {1, 6, 9},
        Measure.OVERDUE: {1, 9},
        Measure.CROWD: {6},
        Measure.AT_SESSIONS: {4, 6},
    }
    for measure, numbers in expected.items():
        flt = service.drill_filter(report, measure)
        assert _ids(db, flt) == {n[i] for i in numbers}, measure
    within = service.drill_filter(report, Measure.TO_SETTLE, within_competence=True)
    assert len(_ids(db, within)) == report.within.to_settle == 5
    settled = service.drill_filter(report, Measure.SETTLED, within_competence=True)
    assert _ids(db, settled) == {n[2], n[4]}


def test_drill_down_of_every_bar_matches_its_figure(db, known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH)
    cases = CaseService(db.uow, clock=fixed_clock(TODAY))
    for dimension, rows in (
        ("type", report.by_type),
        ("field", report.by_field),
        ("unit", report.by_unit),
        ("agency", report.by_agency),
    ):
        for row in rows:
            for measure, value in (
                (Measure.IN_SCOPE, row.counts.total),
                (Measure.RECEIVED, row.counts.received),
                (Measure.OVERDUE, row.counts.overdue),
            ):
                flt = service.drill_filter(report, measure, dimension=dimension, key=row.key)
                assert cases.count(flt) == value, (dimension, row.key, measure)


def test_a_unit_counts_the_units_merged_into_it(db, known, service) -> None:  # type: ignore[no-untyped-def]
    merged = service.report(MARCH, unit_id=known.unit_b)
    assert merged.cases.total == 7  # Cẩm Lộc was merged into Cẩm Xuyên
    only_a = service.report(MARCH, unit_id=known.unit_a)
    assert only_a.cases.total == 5 and only_a.unit_name == "Cẩm Lộc"
    flt = service.drill_filter(only_a, Measure.IN_SCOPE)
    assert CaseService(db.uow, clock=fixed_clock(TODAY)).count(flt) == 5


def test_a_unit_with_no_data_is_an_honest_empty_report(known, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(MARCH, unit_id=known.unit_empty)
    assert report.empty
    assert report.settlement.text() == "0/0 (—)"
    data = report.as_json()
    assert data["within_competence"]["rate_percent"] is None  # type: ignore[index]
    assert data["within_competence"]["average_days_to_resolve"] is None  # type: ignore[index]
    with pytest.raises(NotFound):
        service.report(MARCH, unit_id=999_999)


def test_an_empty_database_and_bad_periods(db, service) -> None:  # type: ignore[no-untyped-def]
    report = service.report(range_period(date(2026, 1, 1), date(2026, 1, 1)))
    assert report.empty and report.cases.total == 0
    assert report.as_json()["cases_by_type"] == {
        "complaint": 0, "denunciation": 0, "recommendation": 0, "feedback": 0,
    }  # fmt: skip
    with pytest.raises(ValidationError, match="before it starts"):
        service.period(PeriodKind.RANGE, start=date(2026, 3, 2), end=date(2026, 3, 1))


def test_json_has_the_command_line_contract(known, service) -> None:  # type: ignore[no-untyped-def]
    data = service.report(MARCH).as_json()
    assert data["period"]["from"] == "2026-03-01" and data["period"]["to"] == "2026-03-31"  # type: ignore[index]
    assert data["citizens_received"] == 17
    assert data["cases_received"] == 4
    assert data["within_competence"]["total"] == 5  # type: ignore[index]
    assert data["within_competence"]["resolved"] == 2  # type: ignore[index]
    assert data["within_competence"]["rate_percent"] == 40.0  # type: ignore[index]
    assert data["overdue"] == 2
    assert data["previous"]["cases_received"] == 3  # type: ignore[index]


def test_period_follows_the_office_cutoff(db, service) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.services.office import OfficeProfileData, OfficeService

    OfficeService(db.uow).save_profile(OfficeProfileData(name="VP", report_cutoff_day=10))
    period = service.period(PeriodKind.MONTH, date(2026, 3, 11))
    assert (period.start, period.end) == (date(2026, 3, 11), date(2026, 4, 10))
    assert (period.year, period.number) == (2026, 4)

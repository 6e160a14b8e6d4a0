"""A case recorded under a commune merged away counts in the unit that took it over: one row
per commune as it stands at the period's end, never the same commune twice; the drill-down of
that row lists the merged communes' cases too."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.cases import CaseStatus
from dialogue_app.domain.forms import FormCode
from dialogue_app.domain.periods import range_period
from dialogue_app.domain.statistics import Measure
from dialogue_app.domain.text import fold
from dialogue_app.services.cases import CaseService
from dialogue_app.services.reports import ReportService
from dialogue_app.services.reports.forms import FormService
from dialogue_app.store.models import AdminLevel, AdminUnit
from tests.clock import fixed_clock
from tests.services.reports.form_fixtures import TODAY, case

MARCH = range_period(date(2026, 3, 1), date(2026, 3, 31))
EARLY_MARCH = range_period(date(2026, 3, 1), date(2026, 3, 10))


@pytest.fixture
def forms(db):  # type: ignore[no-untyped-def]
    return FormService(db.uow, clock=fixed_clock(TODAY))


def _units(db):  # type: ignore[no-untyped-def]
    """Xã Rất Cũ → (2015) Xã Cũ → (2020) Xã Thạch Xuân → (15 March 2026) Xã Đồng Tiến."""
    with db.uow.begin() as session:
        level = AdminLevel(code="commune", name="Xã", rank=2)
        session.add(level)
        session.flush()

        def unit(name: str, valid_to: date | None = None, successor: AdminUnit | None = None):  # type: ignore[no-untyped-def]
            row = AdminUnit(
                name=name,
                level_id=level.id,
                search_key=fold(name),
                valid_to=valid_to,
                successor_id=successor.id if successor else None,
            )
            session.add(row)
            session.flush()
            return row

        new = unit("Xã Đồng Tiến")
        thach_xuan = unit("Xã Thạch Xuân", date(2026, 3, 15), new)
        old = unit("Xã Cũ", date(2020, 12, 31), thach_xuan)
        oldest = unit("Xã Rất Cũ", date(2015, 12, 31), old)
        other = unit("Xã Khác")
        ids = (new.id, thach_xuan.id, old.id, oldest.id, other.id)
        accepted = {"status": CaseStatus.ACCEPTED, "accepted_on": date(2026, 3, 9)}
        first = case(session, date(2026, 3, 2), commune_id=thach_xuan.id, **accepted)
        case(session, date(2026, 3, 20), commune_id=new.id, repeat_of_id=first.id, **accepted)
        case(session, date(2026, 3, 5), commune_id=old.id, **accepted)
        case(session, date(2026, 3, 6), commune_id=oldest.id, **accepted)
        case(session, date(2026, 3, 7), commune_id=other.id, **accepted)
    return ids


def test_a_merged_commune_counts_in_its_successor(db, forms) -> None:  # type: ignore[no-untyped-def]
    new, thach_xuan, _old, _oldest, other = _units(db)
    report = forms.form(FormCode.XLD, MARCH)
    rows = {row.unit_id: row for row in report.rows}
    assert set(rows) == {new, other}
    assert [row.unit for row in report.rows] == ["Xã Đồng Tiến", "Xã Khác"]
    merged = rows[new].values
    assert (merged["1"], merged["3"], merged["6"], merged["14"]) == (4, 4, 4, 4)
    assert merged["7"] == 3  # the repeat in Đồng Tiến is the Thạch Xuân matter
    assert len(forms.cell_ids(FormCode.XLD, MARCH, new, "3")) == 4
    assert forms.cell_ids(FormCode.XLD, MARCH, thach_xuan, "3") == []


def test_before_the_merger_the_commune_keeps_its_row(db, forms) -> None:  # type: ignore[no-untyped-def]
    new, thach_xuan, _old, _oldest, other = _units(db)
    report = forms.form(FormCode.XLD, EARLY_MARCH)
    rows = {row.unit_id: row.values for row in report.rows}
    assert set(rows) == {thach_xuan, other}
    assert rows[thach_xuan]["3"] == 3
    assert len(forms.cell_ids(FormCode.XLD, EARLY_MARCH, thach_xuan, "3")) == 3


def test_the_report_by_commune_counts_merged_communes_in_their_successor(db) -> None:  # type: ignore[no-untyped-def]
    new, thach_xuan, old, oldest, other = _units(db)
    service = ReportService(db.uow, clock=fixed_clock(TODAY))
    report = service.report(MARCH, compare=False)
    rows = {row.key: row for row in report.by_unit}
    assert set(rows) == {new, other}
    assert rows[new].counts.received == 4 and rows[new].label == "Xã Đồng Tiến"
    flt = service.drill_filter(report, Measure.RECEIVED, dimension="unit", key=new)
    listed = {r.id for r in CaseService(db.uow, clock=fixed_clock(TODAY)).iter_rows(flt)}
    assert len(listed) == 4
    early = {row.key for row in service.report(EARLY_MARCH, compare=False).by_unit}
    assert early == {thach_xuan, other}


def test_an_opening_balance_of_a_merged_commune_counts_in_its_successor(db, forms) -> None:  # type: ignore[no-untyped-def]
    """The successor's name is read even when the successor has no figures of its own."""
    new, _thach_xuan, _old, oldest, _other = _units(db)
    forms.set_opening_balance(FormCode.KQGQ_TC, oldest, date(2026, 3, 1), 5)
    report = forms.form(FormCode.KQGQ_TC, MARCH)
    assert [(row.unit_id, row.unit, row.values["2"]) for row in report.rows] == [
        (new, "Xã Đồng Tiến", 5)
    ]

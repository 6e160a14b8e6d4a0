"""The statutory forms from data sets with known counts for every column (form_fixtures), their
drill-down, the opening balance, and the identities on random data sets (hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from dialogue_app.domain.forms import LAYOUTS, FormCode, broken_identities
from dialogue_app.domain.periods import (
    PeriodKind,
    quarter_period,
    range_period,
    year_part_period,
)
from dialogue_app.services.cases import CaseService
from dialogue_app.services.errors import ValidationError
from dialogue_app.services.reports.forms import ALL_UNITS, NO_UNIT, FormService, form_code
from tests.clock import fixed_clock
from tests.services.reports import form_fixtures
from tests.services.reports.form_fixtures import END, START, TODAY

MARCH = range_period(START, END)
BUILDERS = {
    FormCode.TCD: form_fixtures.build_tcd,
    FormCode.XLD: form_fixtures.build_xld,
    FormCode.KQGQ: form_fixtures.build_kqgq,
}


@pytest.fixture
def forms(db):  # type: ignore[no-untyped-def]
    return FormService(db.uow, clock=fixed_clock(TODAY))


def _rows(report):  # type: ignore[no-untyped-def]
    return {row.unit_id: row.values for row in report.rows}


@pytest.mark.parametrize("code", list(BUILDERS))
def test_every_column_of_the_form_is_known(db, forms, code) -> None:  # type: ignore[no-untyped-def]
    units, expected = BUILDERS[code](db)
    if code is FormCode.KQGQ:  # unit B has a denunciation only (the companion table)
        expected = {units.a: expected[units.a]}
    report = forms.form(code, MARCH)
    assert report.layout.columns == tuple(str(i) for i in range(1, len(report.layout.columns) + 1))
    assert _rows(report) == expected
    total = {c: sum(row[c] for row in expected.values()) for c in report.layout.columns}
    assert report.total == total
    for values in [*expected.values(), total]:
        assert broken_identities(report.layout, values) == []


def test_the_denunciation_table(db, forms) -> None:  # type: ignore[no-untyped-def]
    units, expected = form_fixtures.build_kqgq(db)
    report = forms.form(FormCode.KQGQ_TC, MARCH)
    assert _rows(report) == {units.b: expected[units.b]}


def test_money_keeps_its_decimals(db, forms) -> None:  # type: ignore[no-untyped-def]
    form_fixtures.build_kqgq(db)
    report = forms.form(FormCode.KQGQ, MARCH)
    assert report.total["7"] == Decimal("12.5")
    assert report.as_json()["total"]["7"] == 12.5  # type: ignore[index]


@pytest.mark.parametrize("code", list(BUILDERS))
def test_each_cell_lists_exactly_its_cases(db, forms, code) -> None:  # type: ignore[no-untyped-def]
    BUILDERS[code](db)
    report = forms.form(code, MARCH)
    cases = CaseService(db.uow, clock=fixed_clock(TODAY))
    for row in [*report.rows, None]:
        values = report.total if row is None else row.values
        unit = ALL_UNITS if row is None else row.unit_id
        for column in report.layout.columns:
            ids = forms.cell_ids(code, MARCH, unit, column)
            if (
                column in report.layout.decimal_columns
                or code is FormCode.TCD
                and column in ("2", "5", "9", "14", "18", "23", "27")
            ):
                continue  # sums of amounts and people: the list holds the cases summed
            if code is FormCode.KQGQ and column in ("13", "14", "15", "16", "18", "19"):
                continue
            if column in (("7",) if code is FormCode.XLD else ("4",)) and code is not FormCode.TCD:
                assert len(ids) >= values[column]  # matters: repeats count with the first
                continue
            assert len(ids) == values[column], (code, unit, column)
            if not forms.is_session_column(code, column):
                listed = {
                    r.id for r in cases.iter_rows(forms.drill_filter(code, MARCH, unit, column))
                }
                assert listed == set(ids)


def test_a_people_cell_lists_the_cases_whose_people_it_sums(db, forms) -> None:  # type: ignore[no-untyped-def]
    units, _expected = form_fixtures.build_tcd(db)
    ids = forms.cell_ids(FormCode.TCD, MARCH, units.a, "9")  # people in crowd delegations
    cases = CaseService(db.uow, clock=fixed_clock(TODAY))
    assert [cases.get(i).group_size for i in ids] == [6]


def test_a_session_cell_lists_reception_sessions(db, forms) -> None:  # type: ignore[no-untyped-def]
    units, _expected = form_fixtures.build_tcd(db)
    assert len(forms.cell_ids(FormCode.TCD, MARCH, units.b, "21")) == 1
    with pytest.raises(ValidationError, match="reception sessions"):
        forms.drill_filter(FormCode.TCD, MARCH, units.b, "21")


def test_opening_balance_counts_in_its_first_period(db, forms) -> None:  # type: ignore[no-untyped-def]
    units, expected = form_fixtures.build_xld(db)
    forms.set_opening_balance(FormCode.XLD, units.a, START, 10)
    forms.set_opening_balance(FormCode.XLD, None, START, 4)
    report = forms.form(FormCode.XLD, MARCH)
    a = _rows(report)[units.a]
    assert (a["1"], a["2"], a["5"]) == (16, 12, 11)
    assert _rows(report)[None]["2"] == 4
    assert [r.unit for r in report.rows][-1] == NO_UNIT
    assert report.opening_applied == START
    assert _rows(report)[units.b] == expected[units.b]


def test_opening_balance_carries_forward_across_quarters_and_the_year(db, forms) -> None:  # type: ignore[no-untyped-def]
    """Opening balance on 1 January: the first quarter carries it; the second carries it plus
    what the app recorded before April and was still not handled (so its column 2 equals the
    first quarter's column 5); the year carries it once."""
    units, _expected = form_fixtures.build_xld(db)
    january = date(2026, 1, 1)
    forms.set_opening_balance(FormCode.XLD, units.a, january, 10)
    forms.set_opening_balance(FormCode.XLD, None, january, 4)
    q1 = forms.form(FormCode.XLD, quarter_period(2026, 1))
    q2 = forms.form(FormCode.XLD, quarter_period(2026, 2))
    year = forms.form(FormCode.XLD, year_part_period(PeriodKind.YEAR, 2026))
    a1, a2, ay = (_rows(r)[units.a] for r in (q1, q2, year))
    # A: 7 petitions received in the first quarter, one of them (20 Feb) never handled
    assert (a1["1"], a1["2"], a1["3"], a1["4"], a1["5"]) == (17, 10, 7, 6, 11)
    assert (a2["1"], a2["2"], a2["3"], a2["4"], a2["5"]) == (11, 11, 0, 0, 11)
    assert a2["2"] == a1["5"]
    assert (ay["1"], ay["2"], ay["3"]) == (17, 10, 7)
    for report in (q1, q2, year):
        assert report.opening_applied == january
        assert _rows(report)[None]["2"] == 4
    assert q2.total["2"] == q1.total["5"]
    with pytest.raises(ValidationError, match="opening balance"):
        forms.form(FormCode.XLD, quarter_period(2025, 4))


def test_a_period_before_the_opening_balance_is_refused(db, forms) -> None:  # type: ignore[no-untyped-def]
    units, _expected = form_fixtures.build_kqgq(db)
    forms.set_opening_balance(FormCode.KQGQ, units.a, START, 3)
    with pytest.raises(ValidationError) as error:
        forms.form(FormCode.KQGQ, range_period(date(2026, 2, 1), date(2026, 2, 28)))
    assert "2026-03-01" in str(error.value) and "opening balance" in str(error.value)
    forms.form(FormCode.TCD, range_period(date(2026, 2, 1), date(2026, 2, 28)))  # its own


def test_opening_balance_bad_input(db, forms) -> None:  # type: ignore[no-untyped-def]
    units, _expected = form_fixtures.build_kqgq(db)
    with pytest.raises(ValidationError, match="negative"):
        forms.set_opening_balance(FormCode.KQGQ, units.a, START, -1)
    with pytest.raises(ValidationError, match="no opening balance"):
        forms.set_opening_balance(FormCode.TCD, units.a, START, 1)
    forms.set_opening_balance(FormCode.KQGQ, units.a, START, 3)
    with pytest.raises(ValidationError, match="same day"):
        forms.set_opening_balance(FormCode.KQGQ, units.b, date(2026, 4, 1), 3)
    assert [(b.unit, b.carried_over) for b in forms.opening_balances()] == [("Xã An", 3)]


def test_unknown_form_is_named() -> None:
    with pytest.raises(ValidationError, match="01/TCD, 01/XLD"):
        form_code("01/ABC")
    assert form_code("01/tcd") is FormCode.TCD


def test_every_layout_numbers_its_columns_in_order() -> None:
    for layout in LAYOUTS.values():
        codes = [int(c) for c in layout.columns]
        assert codes == list(range(1, len(codes) + 1))
        for identity in layout.identities:
            assert all(c in layout.columns for side in identity.sides for c in side)


def test_a_form_that_does_not_add_up_is_never_exported(db, forms, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    form_fixtures.build_xld(db)
    report = forms.form(FormCode.XLD, MARCH)
    row = report.rows[0]
    broken = replace(row, values={**row.values, "1": row.values["1"] + 1})
    bad = replace(report, rows=(broken, *report.rows[1:]))
    target = tmp_path / "xld.xlsx"
    with pytest.raises(ValidationError, match="1=2\\+3=4\\+5"):
        forms.export(bad, target)
    assert not target.exists()
    forms.export(report, target)
    assert target.exists()

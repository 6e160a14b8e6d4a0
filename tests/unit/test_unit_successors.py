"""The successor rule of administrative units (``domain/units.py``): which unit stands for a
merged-away one on a day."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dialogue_app.domain.units import UnitHistory, successor_on, successors_on

MERGER = date(2025, 6, 30)  # the last day of the pre-2025 communes
UNITS = {
    1: UnitHistory(1, valid_to=date(2019, 12, 31), successor_id=2),  # merged in 2020, then 2025
    2: UnitHistory(2, valid_to=MERGER, successor_id=3),
    3: UnitHistory(3),  # today's commune
    4: UnitHistory(4, valid_to=MERGER, successor_id=3),
    5: UnitHistory(5),  # never merged
    6: UnitHistory(6, successor_id=3),  # merged, day not recorded: always the successor
}


def test_a_unit_stands_for_itself_while_it_existed() -> None:
    assert successor_on(UNITS, 2, date(2025, 6, 30)) == 2
    assert successor_on(UNITS, 4, date(2024, 1, 1)) == 4
    assert successor_on(UNITS, 5, date(2030, 1, 1)) == 5


def test_after_the_merger_its_successor_does() -> None:
    assert successor_on(UNITS, 2, date(2025, 7, 1)) == 3
    assert successor_on(UNITS, 4, date(2025, 7, 1)) == 3
    assert successor_on(UNITS, 6, date(2001, 1, 1)) == 3


def test_the_chain_is_followed_as_far_as_the_day() -> None:
    assert successor_on(UNITS, 1, date(2019, 12, 31)) == 1
    assert successor_on(UNITS, 1, date(2020, 1, 1)) == 2
    assert successor_on(UNITS, 1, date(2025, 7, 1)) == 3


def test_unknown_units_and_loops_stop() -> None:
    assert successor_on(UNITS, 99, date(2025, 7, 1)) == 99
    loop = {1: UnitHistory(1, date(2000, 1, 1), 2), 2: UnitHistory(2, date(2000, 1, 1), 1)}
    assert successor_on(loop, 1, date(2020, 1, 1)) in (1, 2)


def test_the_map_of_a_day_lists_only_units_standing_for_another() -> None:
    assert successors_on(UNITS.values(), date(2025, 7, 1)) == {1: 3, 2: 3, 4: 3, 6: 3}
    assert successors_on(UNITS.values(), date(2024, 1, 1)) == {1: 2, 6: 3}


@given(st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 1, 1)))
def test_the_successor_stands_for_itself(day: date) -> None:
    for unit_id in UNITS:
        found = successor_on(UNITS, unit_id, day)
        assert successor_on(UNITS, found, day) == found

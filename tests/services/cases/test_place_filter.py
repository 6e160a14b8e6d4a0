"""The records of a place: a unit, the units below it and the units merged into it.

A district secretary who picks "Huyện Cẩm Xuyên" expects the district's cases: those recorded
under its communes (cases belong to communes). After the 2025 reform a new commune also answers
for the cases of the communes merged into it. The case list and the reports use the same rule
(``store.units.units_within``), so a report limited to a unit and the list behind its figures
agree. Real SQLite and PostgreSQL (the ``db`` fixture).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.domain.periods import month_period
from dialogue_app.domain.statistics import Measure
from dialogue_app.domain.text import fold
from dialogue_app.services.cases import CaseFilter, CaseService
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.reports import ReportService
from dialogue_app.store.models import AdminLevel, AdminUnit, Case
from dialogue_app.store.units import units_of
from tests.clock import fixed_clock

TODAY = date(2026, 3, 31)
MARCH = month_period(2026, 3)


@dataclass(frozen=True)
class Tree:
    province: int
    district: int  # abolished on 30 June 2025, with its two communes
    old_1: int
    old_2: int
    new: int  # from 1 July 2025: took over old_1 and old_2, directly under the province
    other_district: int
    other_commune: int


def build(db: DatabaseHandle) -> Tree:
    """The tree, and cases: old_1 2, old_2 1, new 3, other_commune 4 (received in March 2026)."""
    gone = date(2025, 6, 30)
    with db.uow.begin() as session:
        levels = [
            AdminLevel(code=code, name=name, rank=rank)
            for code, name, rank in (("province", "Tỉnh", 0), ("district", "Huyện", 1),
                                     ("commune", "Xã", 2))
        ]  # fmt: skip
        session.add_all(levels)
        session.flush()
        province_level, district_level, commune_level = (level.id for level in levels)

        def unit(name: str, level: int, parent: AdminUnit | None, **more: object) -> AdminUnit:
            row = AdminUnit(
                name=name,
                level_id=level,
                parent_id=parent.id if parent else None,
                search_key=fold(name),
                **more,
            )
            session.add(row)
            session.flush()
            return row

        province = unit("Tỉnh Hà Tĩnh", province_level, None)
        new = unit("Xã Cẩm Xuyên", commune_level, province, valid_from=date(2025, 7, 1))
        district = unit("Huyện Cẩm Xuyên", district_level, province, valid_to=gone)
        old_1 = unit("Xã Cẩm Lộc", commune_level, district, valid_to=gone, successor_id=new.id)
        old_2 = unit("Xã Cẩm Hà", commune_level, district, valid_to=gone, successor_id=new.id)
        other_district = unit("Huyện Kỳ Anh", district_level, province)
        other_commune = unit("Xã Kỳ Hoa", commune_level, other_district)
        number = 0
        for commune, count in ((old_1, 2), (old_2, 1), (new, 3), (other_commune, 4)):
            for _ in range(count):
                number += 1
                session.add(
                    Case(
                        number=f"P-{number}",
                        received_on=date(2026, 3, number),
                        channel=Channel.MAIL,
                        case_type=CaseType.COMPLAINT,
                        commune_id=commune.id,
                        within_competence=True,
                        status=CaseStatus.IN_PROGRESS,
                        deadline=date(2026, 5, 1),
                        group_size=1,
                        summary=f"case {number}",
                    )
                )
        return Tree(
            province.id, district.id, old_1.id, old_2.id, new.id, other_district.id,
            other_commune.id,
        )  # fmt: skip


@pytest.fixture
def tree(db: DatabaseHandle) -> Tree:
    return build(db)


def test_a_unit_holds_the_units_below_it_and_those_merged_into_it(db, tree: Tree) -> None:  # type: ignore[no-untyped-def]
    with db.uow.read() as session:
        assert units_of(session, tree.district) == {tree.district, tree.old_1, tree.old_2}
        # the new commune answers for the communes merged into it, not for their old district
        assert units_of(session, tree.new) == {tree.new, tree.old_1, tree.old_2}
        assert units_of(session, tree.other_commune) == {tree.other_commune}
        assert units_of(session, tree.province) == set(vars(tree).values())


@pytest.mark.parametrize(
    ("place", "expected"),
    [("district", 3), ("new", 6), ("old_1", 2), ("other_district", 4), ("province", 10)],
)
def test_the_case_list_of_a_place_holds_the_cases_recorded_below_it(  # type: ignore[no-untyped-def]
    db, tree: Tree, place: str, expected: int
) -> None:
    cases = CaseService(db.uow, clock=fixed_clock(TODAY))
    flt = CaseFilter(unit_id=getattr(tree, place))
    assert cases.count(flt) == expected
    ids, _next = cases.list_ids_page(flt)
    assert len(ids) == expected
    # exactly these units (a report's row) stays exact: a district has no case of its own
    assert cases.count(CaseFilter(commune_ids=frozenset({tree.district}))) == 0


def test_a_report_of_a_district_counts_its_communes_and_its_list_agrees(db, tree: Tree) -> None:  # type: ignore[no-untyped-def]
    reports = ReportService(db.uow, clock=fixed_clock(TODAY))
    cases = CaseService(db.uow, clock=fixed_clock(TODAY))
    for place, expected in (("district", 3), ("new", 6), ("province", 10)):
        report = reports.report(MARCH, unit_id=getattr(tree, place), compare=False)
        assert report.cases.received == expected, place
        flt = reports.drill_filter(report, Measure.RECEIVED)
        assert cases.count(flt) == expected, place
        assert flt.unit_id == getattr(tree, place)  # the list's place filter shows the unit
        for row in report.by_unit:  # and each row of its table by unit
            flt = reports.drill_filter(report, Measure.RECEIVED, dimension="unit", key=row.key)
            assert cases.count(flt) == row.counts.received, (place, row.label)
    whole = reports.report(MARCH, compare=False)
    assert whole.cases.received == 10
    # the district's communes were merged into the new commune: the district's report shows
    # their cases in its row, without the new commune's own
    district = reports.report(MARCH, unit_id=tree.district, compare=False)
    assert [(row.key, row.counts.received) for row in district.by_unit] == [(tree.new, 3)]

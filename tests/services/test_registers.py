"""The shared registers' pick lists: one Choice, read the same way by every form."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_app.domain.text import fold
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import ValidationError
from dialogue_app.services.registers import Choice, RegisterService
from dialogue_app.store.models import AdminLevel, AdminUnit, Official, Venue
from tests.services.cases.case_fixtures import Places, make_places


@pytest.fixture
def places(db: DatabaseHandle) -> Places:
    return make_places(db)


def test_fields_are_listed_ignoring_diacritics_and_matched_when_added_again(
    db: DatabaseHandle, places: Places
) -> None:
    registers = RegisterService(db.uow)
    # "Đất đai" sorts as "dat dai", before "Tái định cư"
    assert [c.name for c in registers.fields()] == ["Đất đai", "Tái định cư"]
    assert registers.add_field("DAT DAI").id == places.land_id  # matched, not duplicated
    added = registers.add_field("  Giải phóng   mặt bằng ")
    assert added == Choice(added.id, "Giải phóng mặt bằng")
    assert len(registers.fields()) == 3
    with pytest.raises(ValidationError, match="field's name"):
        registers.add_field("   ")


def test_communes_of_a_day_leave_out_the_units_merged_away(
    db: DatabaseHandle, places: Places
) -> None:
    with db.uow.begin() as session:
        level = session.query(AdminLevel).one()
        old = AdminUnit(
            name="Xã Thạch Xuân", level_id=level.id, search_key=fold("Xã Thạch Xuân"),
            valid_to=date(2025, 6, 30),
        )  # fmt: skip
        session.add(old)
    registers = RegisterService(db.uow)
    every = {c.name for c in registers.communes()}
    assert "Xã Thạch Xuân" in every and len(every) == 3
    today = {c.name for c in registers.communes(on=date(2026, 3, 1))}
    assert "Xã Thạch Xuân" not in today and len(today) == 2
    assert "Xã Thạch Xuân" in {c.name for c in registers.communes(on=date(2024, 3, 1))}
    assert "Xã Thạch Xuân" not in {c.name for c in registers.current_units()}


def test_the_conference_form_reads_its_lists_in_one_go(db: DatabaseHandle, places: Places) -> None:
    with db.uow.begin() as session:
        session.add_all(
            [
                Official(full_name="Trần Văn B", position="Chủ tịch UBND", active=True),
                Official(full_name="Lê Thị A", position="Bí thư", active=True),
                Official(full_name="Nghỉ Hưu", position="", active=False),
                Venue(name="Hội trường xã", address="thôn 1", capacity=120, active=True),
            ]
        )
    choices = RegisterService(db.uow).planning_choices()
    assert [(c.name, c.detail) for c in choices.officials] == [
        ("Lê Thị A", "Bí thư"),
        ("Trần Văn B", "Chủ tịch UBND"),
    ]
    (hall,) = choices.venues
    assert (hall.name, hall.detail, hall.capacity) == ("Hội trường xã", "thôn 1", 120)
    assert [c.name for c in choices.agencies] == [
        "Sở Tài nguyên và Môi trường",
        "UBND xã Cẩm Lộc",
    ]
    assert len(choices.units) == 2

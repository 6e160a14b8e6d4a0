"""The office's letterhead (Settings): saved, read back cleaned, refused naming what is missing."""

from __future__ import annotations

import pytest

from dialogue_app.domain.documents import Layout
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.documents import Letterhead, Signer
from dialogue_app.services.errors import ValidationError
from dialogue_app.services.office import OfficeProfileData, OfficeService
from tests.services.documents.document_fixtures import LETTERHEAD, PARTY


def test_round_trip_in_nfc(db: DatabaseHandle) -> None:
    office = OfficeService(db.uow)
    assert office.get_letterhead() == Letterhead()
    office.save_profile(OfficeProfileData(name="Văn phòng UBND tỉnh"))
    assert office.get_letterhead().issuing_body == "Văn phòng UBND tỉnh"  # the name until set
    decomposed = Letterhead(
        layout=Layout.STATE,
        parent_body="  UBND ti\u0309nh Ha\u0300 Ti\u0303nh ",
        issuing_body="Văn phòng",
        issuer_code="VP",
        place="Ha\u0300 Ti\u0303nh",
        signers=(Signer(" Lê Văn A ", "Chánh Văn phòng", ("", "TL. CHỦ TỊCH")),),
        recipients=("Như trên", "", "Lưu hồ sơ"),
    )
    saved = office.save_letterhead(decomposed)
    assert saved.parent_body == "UBND tỉnh Hà Tĩnh" and saved.place == "Hà Tĩnh"
    assert saved.signers == (Signer("Lê Văn A", "Chánh Văn phòng", ("TL. CHỦ TỊCH",)),)
    assert saved.recipients == ("Như trên", "Lưu hồ sơ")
    assert office.get_letterhead() == saved
    office.save_letterhead(PARTY)
    assert office.get_letterhead().layout is Layout.PARTY


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"issuing_body": " "}, "issuing_body"),
        ({"issuer_code": ""}, "issuer_code"),
        ({"issuer_code": "UB ND"}, "issuer_code"),
        ({"place": ""}, "place"),
        ({"signers": (Signer("", "Trưởng ban"),)}, "signers"),
    ],
)
def test_refused_naming_the_field(db: DatabaseHandle, change: dict, field: str) -> None:  # type: ignore[type-arg]
    from dataclasses import replace

    office = OfficeService(db.uow)
    office.save_profile(OfficeProfileData(name="Ban Tiếp công dân"))
    with pytest.raises(ValidationError) as caught:
        office.save_letterhead(replace(LETTERHEAD, **change))
    assert caught.value.field == field
    assert office.get_letterhead().issuer_code == ""


def test_the_office_is_set_up_first(db: DatabaseHandle) -> None:
    with pytest.raises(ValidationError) as caught:
        OfficeService(db.uow).save_letterhead(LETTERHEAD)
    assert caught.value.field == "name"

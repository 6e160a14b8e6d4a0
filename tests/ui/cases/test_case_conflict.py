"""Two workstations edit the same case: the second save meets the newer version and the case
form shows theirs beside mine (``ui/common/conflict_dialog.py``), then keeps theirs, keeps mine
or merges — never a raw error, nothing lost silently. The other workstation is a second
``Services`` on its own connection to the same database (SQLite file or PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.cases import CaseDraft, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.case_dialog import CaseDialog, _comparable
from dialogue_app.ui.common.conflict_dialog import ConflictDialog
from tests.services.cases.case_fixtures import make_places
from tests.ui.common.conflict_support import rows_of


def opened_form(services: Services, qtbot) -> tuple[CaseDialog, int]:  # type: ignore[no-untyped-def]
    places = make_places(services.database)
    case = services.cases.register(
        CaseDraft(
            received_on=services.cases.today(),
            case_type=CaseType.RECOMMENDATION,
            citizens=(CitizenInput("Lê Văn Cường"),),
            summary="Đường làng xuống cấp",
            commune_id=places.commune_id,
        )
    ).case
    dialog = CaseDialog(services, services.cases.get(case.id))
    qtbot.addWidget(dialog)
    return dialog, case.id


def theirs_saved(other: Services, case_id: int, **changes: object) -> None:
    detail = other.cases.get(case_id)
    draft = replace(_comparable(detail), **changes)
    other.cases.update(case_id, draft, detail.version)


def test_a_case_saved_meanwhile_merges_both(
    other: Services, services: Services, qtbot, answer
) -> None:
    dialog, case_id = opened_form(services, qtbot)
    theirs_saved(other, case_id, summary="Đường làng sạt lở", handler="Anh Bình")
    dialog.summary.setPlainText("Đường làng hư hỏng nặng")
    dialog.remote.setChecked(True)

    def tick_summary_and_merge(dialog: ConflictDialog) -> None:
        assert rows_of(dialog) == {
            "Summary (both changed it)": ("Đường làng sạt lở", "Đường làng hư hỏng nặng"),
            "Remote or disadvantaged area": ("no", "yes"),
            "Handler": ("Anh Bình", "—"),
        }
        dialog.set_use_mine("summary", True)
        dialog.merge_button.click()

    shown = answer(tick_summary_and_merge)
    assert dialog.save()
    assert len(shown) == 1
    saved = other.cases.get(case_id)
    assert (saved.summary, saved.remote_area, saved.handler) == (
        "Đường làng hư hỏng nặng",
        True,
        "Anh Bình",
    )
    assert dialog.saved is not None and dialog.saved.version == saved.version
    assert [c.full_name for c in saved.citizens] == ["Lê Văn Cường"]


def test_back_keeps_my_typing_and_theirs_closes_on_theirs(
    other: Services, services: Services, qtbot, answer
) -> None:
    dialog, case_id = opened_form(services, qtbot)
    theirs_saved(other, case_id, summary="Của họ")
    dialog.summary.setPlainText("Của tôi")
    answer(lambda d: d.back_button.click())
    assert not dialog.save()
    assert dialog.summary.toPlainText() == "Của tôi"
    assert dialog.problem.text() == "Not saved yet: your changes are still in the form."
    assert other.cases.get(case_id).summary == "Của họ"

    answer(lambda d: d.theirs_button.click())
    assert not dialog.save()
    assert dialog.saved is not None and dialog.saved.summary == "Của họ"
    assert other.cases.get(case_id).summary == "Của họ"


def test_keeping_mine_saves_the_form_over_theirs(
    other: Services, services: Services, qtbot, answer
) -> None:
    dialog, case_id = opened_form(services, qtbot)
    theirs_saved(other, case_id, summary="Của họ", handler="Anh Bình")
    dialog.summary.setPlainText("Của tôi")
    answer(lambda d: d.mine_button.click())
    assert dialog.save()
    saved = other.cases.get(case_id)
    assert (saved.summary, saved.handler) == ("Của tôi", None)

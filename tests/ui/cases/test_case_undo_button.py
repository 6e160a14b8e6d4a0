"""The case page's "Undo" (issue 18): it says what it takes back, takes it back, and a change
made since by a colleague is refused with a message, nothing undone (offscreen, real database)."""

from __future__ import annotations

from datetime import timedelta

from dialogue_app.domain.cases import CaseStatus, CaseType
from dialogue_app.services.cases import CaseDraft, CaseService, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.cases_page import CasesPage
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import make_places


def registered(services: Services) -> int:
    places = make_places(services.database)
    return services.cases.register(
        CaseDraft(
            received_on=TODAY - timedelta(days=3),
            case_type=CaseType.RECOMMENDATION,
            citizens=(CitizenInput("Lê Văn Cường"),),
            summary="Đường làng xuống cấp",
            commune_id=places.commune_id,
        )
    ).case.id


def test_undo_names_the_change_and_takes_it_back(services: Services, qtbot) -> None:
    case_id = registered(services)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.open_case(case_id)
    assert not page.undo_button.isEnabled()  # registering is not undone this way
    services.cases.change_status(case_id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=1))
    page.open_case(case_id)
    assert page.undo_button.isEnabled()
    assert "Received → Accepted" in page.undo_button.text()
    assert page.undo_button.undo()
    assert services.cases.get(case_id).status is CaseStatus.RECEIVED
    assert not page.undo_button.isEnabled()
    assert "Undone" in page.detail_view.toPlainText()


def test_undo_after_a_colleague_changed_the_case_is_refused(services: Services, qtbot) -> None:
    case_id = registered(services)
    services.cases.change_status(case_id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=1))
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.open_case(case_id)
    assert page.undo_button.isEnabled()
    colleague = CaseService(services.uow, "dongnghiep", clock=fixed_clock())
    colleague.change_status(case_id, CaseStatus.IN_PROGRESS, on=TODAY)
    shown: list[str] = []
    page.undo_button.show_refusal = shown.append
    assert not page.undo_button.undo()
    assert shown and "Somebody changed this case" in shown[0]
    assert services.cases.get(case_id).status is CaseStatus.IN_PROGRESS

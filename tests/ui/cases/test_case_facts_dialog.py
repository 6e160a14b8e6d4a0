"""The case's statistics dialog: the facts the forms count, saved or refused with words."""

from __future__ import annotations

from datetime import date

from dialogue_app.domain.cases import CaseStatus
from dialogue_app.domain.forms import OutsideAction, ReceptionMode, Verdict
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.case_facts_dialog import CaseFactsDialog
from dialogue_app.ui.cases.cases_page import CasesPage
from tests.services.reports import form_fixtures


def _case(services: Services, **facts) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow.begin() as session:
        return form_fixtures.case(session, date(2026, 3, 1), **facts).id


def test_facts_are_saved_from_the_dialog(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(services, status=CaseStatus.RESOLVED, resolved_on=date(2026, 3, 9))
    dialog = CaseFactsDialog(services.cases, services.cases.get(case_id))
    qtbot.addWidget(dialog)
    dialog.reception_mode.setCurrentIndex(dialog.reception_mode.findData("head"))
    dialog.verdict.setCurrentIndex(dialog.verdict.findData(Verdict.PARTLY_RIGHT.value))
    dialog.amounts["land_to_state"].setValue(120.5)
    dialog.counts["individuals_restored"].setValue(3)
    assert dialog.save()
    facts = services.cases.facts(case_id)
    assert facts.reception_mode is ReceptionMode.HEAD
    assert facts.verdict is Verdict.PARTLY_RIGHT
    assert str(facts.land_to_state) in ("120.5", "120.500")
    assert facts.individuals_restored == 3


def test_contradictions_are_shown_and_nothing_saved(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(services, status=CaseStatus.WITHDRAWN, resolved_on=date(2026, 3, 9))
    dialog = CaseFactsDialog(services.cases, services.cases.get(case_id))
    qtbot.addWidget(dialog)
    dialog.verdict.setCurrentIndex(dialog.verdict.findData(Verdict.RIGHT.value))
    assert not dialog.save()
    assert "withdrawn" in dialog.problem.text()
    dialog.verdict.setCurrentIndex(0)
    dialog.amounts["land_to_state"].setValue(-5)
    assert not dialog.save()
    assert "negative" in dialog.problem.text()
    dialog.amounts["land_to_state"].setValue(0)
    dialog.outside_action.setCurrentIndex(dialog.outside_action.findData(OutsideAction.URGE.value))
    assert not dialog.save()
    assert "competence" in dialog.problem.text()
    assert services.cases.facts(case_id).verdict is None


def test_the_cases_page_opens_it(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(services)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page._show_detail(services.cases.get(case_id))
    dialog = page.edit_facts()
    assert isinstance(dialog, CaseFactsDialog)
    dialog.eligible.setChecked(False)
    dialog.save()
    assert services.cases.facts(case_id).eligible is False

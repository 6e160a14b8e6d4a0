"""Every item model of the window passes Qt's model tester with real data.

Most models are checked beside the page that shows them; this file checks the ones that have no
other model test, and keeps the list of where each model is checked, so a new model without a
``qtmodeltester.check`` fails here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt

import dialogue_app.ui
from dialogue_app.services.cases import CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.citizen_picker import CitizenMatchesModel, CitizenPicker, CitizenRole
from tests.ui.cases.test_citizen_picker import DUC_ID, namesakes, register

TESTS = Path(__file__).parent

# Each model of dialogue_app/ui (all its packages) and the test file, under tests/ui, that runs
# qtmodeltester.check on it.
CHECKED_IN = {
    "AccountsModel": "accounts/test_staff_ui.py",
    "AuditModel": "accounts/test_staff_ui.py",
    "BoardModel": "followup/test_board_ui.py",
    "BackupListModel": "backups/test_backups_window.py",
    "CaseTableModel": "cases/test_cases_page.py",
    "ChoicesModel": "cases/test_cases_page.py",  # the case list's place filters
    "CitizenMatchesModel": "test_models.py",
    "ComplianceModel": "conferences/test_scheduling_pages.py",
    "ConferenceTableModel": "conferences/test_scheduling_pages.py",  # the page; agenda too
    "DeadlineRulesModel": "cases/test_deadline_rules_editor.py",
    "DutyModel": "conferences/test_scheduling_pages.py",
    "FormTableModel": "reports/test_forms_view.py",
    "LateAgencyModel": "cases/test_cases_page.py",
    "MonthModel": "conferences/test_calendar_page.py",
    "OutgoingModel": "documents/test_documents_page.py",
    "ReportTableModel": "reports/test_reports_page.py",
    "RowsModel": "reports/test_reports_page.py",  # the base of the table models above
    "ScheduleModel": "conferences/test_reception_schedules_view.py",
    "SentModel": "calendar_exchange/test_invitation_dialog.py",
    "SubscriptionModel": "calendar_exchange/test_links_dialog.py",
    "WeekModel": "conferences/test_calendar_page.py",
    "YearModel": "conferences/test_scheduling_pages.py",  # the working-days editor
}


def _ui_models() -> set[str]:
    names = set()
    for module_info in pkgutil.walk_packages(dialogue_app.ui.__path__, "dialogue_app.ui."):
        module = importlib.import_module(module_info.name)
        names.update(
            name
            for name, value in vars(module).items()
            if inspect.isclass(value)
            and issubclass(value, QAbstractItemModel)
            and value.__module__ == module.__name__
        )
    return names


def test_every_model_is_checked_by_the_model_tester() -> None:
    assert _ui_models() == set(CHECKED_IN), "add the new model to CHECKED_IN, with its test"
    for model, test_file in CHECKED_IN.items():
        assert "qtmodeltester.check(" in (TESTS / test_file).read_text(encoding="utf-8"), model


def test_citizen_matches_model(services: Services, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    places = namesakes(services)
    register(services, places, CitizenInput("Trần Thị Mai", address="xóm 2"))
    model = CitizenMatchesModel()
    qtmodeltester.check(model)  # empty
    model.set_matches(services.citizens.search("duc"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    choice = model.index(0, 0).data(CitizenRole.CHOICE)
    assert choice.full_name == "Đặng Văn Đức"
    assert "Đặng Văn Đức" in model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    model.set_matches(services.citizens.search("mai"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.set_matches(())
    qtmodeltester.check(model)


def test_citizen_matches_model_in_the_picker(services: Services, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    namesakes(services)
    picker = CitizenPicker(services)
    qtbot.addWidget(picker)
    picker.search_edit.setText(DUC_ID[:6])
    picker.search()
    assert picker.matches.rowCount() == 1
    qtmodeltester.check(picker.matches)

"""The deadline rules editor in Settings: lists the rules, saves a change (recomputing open cases),
refuses invalid values, restores the statutory defaults."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QMessageBox

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel, DayBasis
from dialogue_app.domain.deadlines import DEFAULT_RULES
from dialogue_app.services.cases import CaseDraft, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.ui.cases.deadline_rules_editor import (
    Column,
    DeadlineRulesEditor,
    DeadlineRulesModel,
)
from dialogue_app.ui.settings.settings_page import SettingsPage
from tests.clock import TODAY
from tests.services.cases.case_fixtures import make_places

STATUTORY = {rule.code: rule for rule in DEFAULT_RULES}


@pytest.fixture
def editor(services: Services, qtbot) -> DeadlineRulesEditor:
    services.cases.restore_default_rules()  # the PostgreSQL fixture empties every table
    widget = DeadlineRulesEditor(services)
    qtbot.addWidget(widget)
    return widget


def _rule(services: Services, code: str):
    return next(rule for rule in services.cases.deadline_rules() if rule.code == code)


def _open_complaint(services: Services) -> int:
    """A first-time complaint accepted 5 days ago: its deadline follows rule complaint-1."""
    places = make_places(services.database)
    case = services.cases.register(
        CaseDraft(
            received_on=TODAY - timedelta(days=10),
            case_type=CaseType.COMPLAINT,
            citizens=(CitizenInput("Đặng Văn Đức", "040123456789", "thôn 3"),),
            summary="Tranh chấp ranh giới thửa đất",
            channel=Channel.RECEPTION,
            field_id=places.land_id,
            commune_id=places.commune_id,
            agency_id=places.agency_id,
            number="KN-2026/101",
        )
    ).case
    case = services.cases.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=5))
    assert "Điều 28" in (case.deadline_explanation or "")
    return case.id


def test_model_passes_the_model_tester(services: Services, qtmodeltester) -> None:
    services.cases.restore_default_rules()
    model = DeadlineRulesModel()
    model.set_rows(services.cases.deadline_rules())
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_lists_the_default_rules_with_their_legal_source(editor: DeadlineRulesEditor) -> None:
    model = editor.model
    assert model.rowCount() == len(DEFAULT_RULES)
    assert editor.empty_label.isHidden()
    # each rule named in words, never by its internal code (issue 18)
    names = {model.index(row, Column.CODE).data() for row in range(model.rowCount())}
    assert len(names) == len(STATUTORY) and not names & set(STATUTORY)
    assert {model.row_at(row).code for row in range(model.rowCount())} == set(STATUTORY)
    remote = next(
        r for r in range(model.rowCount()) if model.row_at(r).code == "complaint-1-remote-complex"
    )
    assert model.index(remote, Column.CODE).data() == (
        "Complaint, round 1, remote area, complex — Settle"
    )
    row = next(r for r in range(model.rowCount()) if model.row_at(r).code == "denunciation-notify")
    assert model.index(row, Column.DAYS).data() == "5"
    assert model.index(row, Column.DAY_BASIS).data() == "Working days"
    assert "Điều 29" in model.index(row, Column.LEGAL_SOURCE).data()
    assert model.headerData(Column.LEGAL_SOURCE, Qt.Orientation.Horizontal) == "Legal source"


def test_saving_days_recomputes_an_open_complaint(
    services: Services, editor: DeadlineRulesEditor
) -> None:
    case_id = _open_complaint(services)
    before = services.cases.get(case_id)
    accepted_on = before.accepted_on
    assert accepted_on is not None

    assert editor.select_code("complaint-1")
    assert editor.days_spin.value() == 30
    editor.days_spin.setValue(40)
    assert editor.save()
    assert editor.message.text() == "Saved."

    assert _rule(services, "complaint-1").days == 40
    after = services.cases.get(case_id)
    assert after.deadline is not None and after.deadline != before.deadline
    # 40 days from acceptance, moved to the next working day when it falls on a day off
    assert accepted_on + timedelta(days=40) <= after.deadline <= accepted_on + timedelta(days=47)
    # the table shows the new value and keeps the rule selected
    assert editor.selected_rule().code == "complaint-1"
    row = editor.view.currentIndex().row()
    assert editor.model.index(row, Column.DAYS).data() == "40"


def test_day_basis_and_source_are_saved(services: Services, editor: DeadlineRulesEditor) -> None:
    assert editor.select_code("petition-handle")
    editor.basis_combo.setCurrentIndex(editor.basis_combo.findData(DayBasis.WORKING))
    editor.source_edit.setText("Circular 05/2021/TT-TTCP, Art. 7")
    assert editor.save()
    saved = _rule(services, "petition-handle")
    assert saved.day_basis == DayBasis.WORKING
    assert saved.legal_source == "Circular 05/2021/TT-TTCP, Art. 7"


def test_zero_days_is_refused_and_changes_nothing(
    services: Services, editor: DeadlineRulesEditor
) -> None:
    case_id = _open_complaint(services)
    before = services.cases.get(case_id)
    assert editor.select_code("complaint-1")
    editor.days_spin.setValue(0)
    assert not editor.save()
    assert "at least one day" in editor.message.text()
    assert _rule(services, "complaint-1").days == 30
    assert services.cases.get(case_id).deadline == before.deadline


def test_restore_defaults_asks_then_brings_the_statutory_value_back(
    services: Services, editor: DeadlineRulesEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert editor.select_code("complaint-1")
    editor.days_spin.setValue(40)
    editor.extensions_spin.setValue(2)
    assert editor.save()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not editor.restore_defaults()
    assert _rule(services, "complaint-1").days == 40

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert editor.restore_defaults()
    restored = _rule(services, "complaint-1")
    assert (restored.days, restored.max_extensions) == (30, 0)
    assert editor.days_spin.value() == 30
    assert editor.message.text() == ("Statutory defaults restored. Rules reset: 1; rules added: 0.")


def test_empty_table_says_what_to_do(editor: DeadlineRulesEditor) -> None:
    # no delete in the service: show what the editor shows when the table is empty
    editor.show_rules([])
    assert not editor.empty_label.isHidden()
    assert "Restore the statutory defaults" in editor.empty_label.text()
    assert not editor.save_button.isEnabled()
    assert not editor.save()
    editor.reload()
    assert editor.empty_label.isHidden()


def test_settings_page_shows_the_editor(services: Services, qtbot) -> None:
    services.cases.restore_default_rules()
    page = SettingsPage(services)
    qtbot.addWidget(page)
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert "Deadline rules" in titles
    assert page.findChild(DeadlineRulesEditor) is not None


def test_shown_in_vietnamese(services: Services, languages, qtbot) -> None:
    services.cases.restore_default_rules()
    page = SettingsPage(services)
    qtbot.addWidget(page)
    assert "Quy tắc thời hạn" in [box.title() for box in page.findChildren(QGroupBox)]
    editor = page.findChild(DeadlineRulesEditor)
    model = editor.model
    assert model.headerData(Column.LEGAL_SOURCE, Qt.Orientation.Horizontal) == "Căn cứ pháp lý"
    labels = {model.index(row, Column.DAY_BASIS).data() for row in range(model.rowCount())}
    assert labels == {"Ngày theo lịch", "Ngày làm việc"}
    assert editor.restore_button.text() == "Khôi phục mặc định theo luật"

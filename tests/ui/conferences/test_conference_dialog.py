"""The conference form: live conflict warnings, the override reason, agenda total, status."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.container import Services
from dialogue_app.store.models import ConflictOverride
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.scheduling_common import qdatetime
from tests.clock import fixed_clock
from tests.services.scheduling_fixtures import add_official, add_venue, at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock


def check_chair(dialog: ConferenceDialog, name: str) -> None:
    for i in range(dialog.chairs_list.count()):
        item = dialog.chairs_list.item(i)
        if item.text().startswith(name):
            item.setCheckState(Qt.CheckState.Checked)


def test_conflict_appears_live_and_saving_over_it_records_the_reason(
    services: Services, qtbot
) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Văn An")
    add_venue(services.database, "Hội trường", capacity=50)
    services.scheduling.create(draft(at(10, 8), at(10, 10), chairs=(leader,), title="Họp khác"))

    dialog = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Đối thoại về đất đai")
    check_chair(dialog, "Nguyễn Văn An")
    qtbot.waitUntil(lambda: "Họp khác" in dialog.warning_label.text(), timeout=2000)
    assert "Nguyễn Văn An" in dialog.warning_label.text()

    asked = []
    dialog.ask_reason = lambda warnings: asked.append(list(warnings)) or None
    assert not dialog.save()
    assert asked and "reason" in dialog.error_label.text()

    dialog.ask_reason = lambda warnings: "Chủ tịch yêu cầu giữ lịch"
    with qtbot.waitSignal(dialog.conference_saved):
        assert dialog.save()
    with services.uow.read() as session:
        override = session.scalars(select(ConflictOverride)).one()
        assert override.reason == "Chủ tịch yêu cầu giữ lịch"
        assert "Họp khác" in override.warnings


def test_moving_away_clears_the_warning_and_agenda_overrun_is_shown(
    services: Services, qtbot
) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Trần Bình")
    services.scheduling.create(draft(at(10, 8), at(10, 10), chairs=(leader,), title="Họp khác"))
    dialog = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Tiếp dân")
    check_chair(dialog, "Trần Bình")
    dialog.refresh_warnings()
    assert "Họp khác" in dialog.warning_label.text()
    dialog.start_edit.setDateTime(qdatetime(at(10, 10)))
    dialog.end_edit.setDateTime(qdatetime(at(10, 11)))
    dialog.refresh_warnings()
    assert dialog.warnings == []
    dialog.add_agenda_item("Khai mạc", 45)
    dialog.add_agenda_item("Đối thoại", 30)
    assert "15" in dialog.agenda_total.text()
    assert dialog.save()
    assert dialog.conference_id is not None


def test_end_before_start_is_explained_and_nothing_saved(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    dialog = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Sai giờ")
    dialog.end_edit.setDateTime(qdatetime(at(10, 8)))
    dialog.refresh_warnings()
    assert dialog.warning_label.text()
    assert not dialog.save()
    assert "before it starts" in dialog.error_label.text()
    assert services.conferences.count() == 0


def test_edit_concurrently_and_cancel_with_reason(
    services: Services, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialogue_app.ui.common.conflict_dialog import ConflictDialog

    # theirs beside mine (tests/ui/conferences/test_conference_conflict.py): back to the form
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: d.back_button.click() or d.result())
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    services.scheduling.update(created.id, created.version, draft(at(11, 8), at(11, 10), title="X"))
    dialog.title_edit.setText("Y")
    assert not dialog.save()
    assert dialog.error_label.text() == "Not saved yet: your changes are still in the form."

    fresh = ConferenceDialog(services, created.id)
    qtbot.addWidget(fresh)
    assert fresh.cancel_conference_button.isVisibleTo(fresh)
    fresh.ask_text = lambda title, prompt: "Trùng lịch họp tỉnh"
    fresh.cancel_conference()
    detail = services.scheduling.get(created.id)
    assert detail.status is ConferenceStatus.CANCELLED
    # readable, not editable: the tabs open, the fields refuse typing
    assert fresh.tabs.isEnabled() and fresh.title_edit.isReadOnly()
    assert not fresh.buttons.button(fresh.buttons.StandardButton.Save).isEnabled()
    assert detail.sequence == 1 and detail.draft.end - detail.draft.start == timedelta(hours=2)


def test_counts_read_as_whole_sentences_in_both_languages(
    services: Services, qtbot, languages
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from dialogue_app.domain.cases import CaseType
    from dialogue_app.domain.scheduling import ConflictKind, ConflictWarning
    from dialogue_app.services.conferences import ConferenceService, HoldingRecord, IssueRaised
    from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
    from dialogue_app.ui.conferences.scheduling_common import warning_text

    services = with_fixed_clock(services)
    venue = add_venue(services.database, "Hội trường", capacity=1200)
    created = services.scheduling.create(draft(at(5, 8), at(5, 9)))
    issues = tuple(IssueRaised(CaseType.FEEDBACK, f"Nội dung {n}") for n in (1, 2))
    later = ConferenceService(services.uow, user_name="tester", clock=fixed_clock(at(20, 8)))
    later.record_held(created.id, created.version, HoldingRecord(40, issues=issues))
    too_small = ConflictWarning(ConflictKind.VENUE_TOO_SMALL, "Hội trường", capacity=1, invited=3)

    def read(dialog: ConferenceDialog) -> list[str]:
        dialog.venue_combo.setCurrentIndex(dialog.venue_combo.findData(venue))
        dialog.end_edit.setDateTime(qdatetime(at(10, 10)))  # one hour
        dialog.add_agenda_item("Khai mạc", 45)
        dialog.add_agenda_item("Đối thoại", 30)
        dialog.refresh_warnings()
        held = ConferenceDialog(services, created.id)
        qtbot.addWidget(held)
        outcome = HoldingDialog(services, services.scheduling.get(created.id))
        qtbot.addWidget(outcome)
        labels = [label.text() for label in outcome.findChildren(QLabel)]
        return [
            next(text for text in labels if text[:1].isdigit()),
            dialog.venue_combo.currentText(),
            dialog.agenda_total.text(),
            dialog.warning_label.text().split("<br>")[-1],
            held.status_label.text(),
            warning_text(too_small),
        ]

    dialog = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(dialog)
    assert read(dialog) == [
        "2 nội dung của hội nghị này đã được ghi nhận thành vụ việc.",
        "Hội trường (1.200 chỗ ngồi)",
        "Chương trình: 75 phút, dài hơn thời gian hội nghị 15 phút",
        "⚠ Chương trình dài hơn thời gian hội nghị 15 phút.",
        "Trạng thái: Đã tổ chức · 2 nội dung đã được ghi nhận thành vụ việc",
        "Hội trường không đủ chỗ: sức chứa 1, số người được mời 3.",
    ]
    languages.apply("en")
    dialog = ConferenceDialog(services, start=at(10, 9))
    qtbot.addWidget(dialog)
    assert read(dialog) == [
        "2 issues of this conference already registered as cases.",
        "Hội trường (1,200 seats)",
        "Agenda: 75 min, 15 min longer than the conference",
        "⚠ The agenda runs 15 minutes longer than the conference.",
        "Status: Held · 2 issues registered as cases",
        "Hội trường is too small: capacity 1, people invited 3.",
    ]


def test_the_status_keeps_the_reason_in_one_sentence(services: Services, qtbot, languages) -> None:  # type: ignore[no-untyped-def]
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    dialog.ask_text = lambda title, prompt: "Trùng lịch họp tỉnh 100%1"
    dialog.cancel_conference()
    assert dialog.status_label.text() == "Trạng thái: Đã hủy — Trùng lịch họp tỉnh 100%1"

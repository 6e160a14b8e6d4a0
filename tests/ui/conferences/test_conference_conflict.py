"""Two workstations hold the same conference: the second save meets the newer version and the
form shows theirs beside mine (``ui/common/conflict_dialog.py``), then keeps theirs, keeps mine
or merges — never a raw error, nothing lost silently. The other workstation is a second
``Services`` on its own connection to the same database (SQLite file or PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

from dialogue_app.services.container import Services
from dialogue_app.ui.common.conflict_dialog import ConflictDialog
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from tests.services.scheduling_fixtures import at, draft
from tests.ui.common.conflict_support import rows_of
from tests.ui.conferences.scheduling_support import with_fixed_clock


def opened_form(services: Services, qtbot) -> tuple[ConferenceDialog, int]:  # type: ignore[no-untyped-def]
    services = with_fixed_clock(services)
    created = services.scheduling.create(draft(at(11, 8), at(11, 10)))
    dialog = ConferenceDialog(services, created.id)
    qtbot.addWidget(dialog)
    return dialog, created.id


def theirs_saved(other: Services, conference_id: int, **changes: object) -> None:
    detail = other.scheduling.get(conference_id)
    other.scheduling.update(conference_id, detail.version, replace(detail.draft, **changes))


def test_a_conference_saved_meanwhile_merges_both(
    other: Services, services: Services, qtbot, answer
) -> None:
    dialog, conference_id = opened_form(services, qtbot)
    theirs_saved(other, conference_id, notes="Mời thêm Hội Nông dân", title="Đối thoại (sửa)")
    dialog.title_edit.setText("Đối thoại về bồi thường")
    dialog.topic_edit.setText("Bồi thường đất nông nghiệp")

    def tick_title_and_merge(dialog: ConflictDialog) -> None:
        assert rows_of(dialog) == {
            "Title (both changed it)": ("Đối thoại (sửa)", "Đối thoại về bồi thường"),
            "Topic": ("—", "Bồi thường đất nông nghiệp"),
            "Notes": ("Mời thêm Hội Nông dân", "—"),
        }
        dialog.set_use_mine("title", True)
        dialog.merge_button.click()

    shown = answer(tick_title_and_merge)
    assert dialog.save()
    assert len(shown) == 1
    saved = other.scheduling.get(conference_id).draft
    assert (saved.title, saved.topic, saved.notes) == (
        "Đối thoại về bồi thường",
        "Bồi thường đất nông nghiệp",
        "Mời thêm Hội Nông dân",
    )
    assert dialog.title_edit.text() == "Đối thoại về bồi thường"
    assert not dialog.has_unsaved_changes()


def test_keeping_theirs_shows_theirs_and_going_back_keeps_my_typing(
    other: Services, services: Services, qtbot, answer
) -> None:
    dialog, conference_id = opened_form(services, qtbot)
    theirs_saved(other, conference_id, title="Đối thoại (sửa)")
    dialog.title_edit.setText("Của tôi")
    answer(lambda d: d.back_button.click())
    assert not dialog.save()
    assert dialog.title_edit.text() == "Của tôi"  # nothing dropped
    assert dialog.error_label.text() == "Not saved yet: your changes are still in the form."
    assert other.scheduling.get(conference_id).draft.title == "Đối thoại (sửa)"

    answer(lambda d: d.theirs_button.click())
    assert not dialog.save()
    assert dialog.title_edit.text() == "Đối thoại (sửa)"
    assert dialog.error_label.text() == "Their version is kept; yours was dropped."
    # the form now holds their version: the next save goes over it without a conflict
    dialog.title_edit.setText("Lần sau")
    shown = answer(lambda d: d.back_button.click())
    assert dialog.save() and not shown
    assert other.scheduling.get(conference_id).draft.title == "Lần sau"


def test_keeping_mine_saves_the_form_over_theirs(
    other: Services, services: Services, qtbot, answer
) -> None:
    dialog, conference_id = opened_form(services, qtbot)
    theirs_saved(other, conference_id, title="Đối thoại (sửa)", notes="Của họ")
    dialog.title_edit.setText("Của tôi")
    answer(lambda d: d.mine_button.click())
    assert dialog.save()
    saved = other.scheduling.get(conference_id).draft
    assert (saved.title, saved.notes) == ("Của tôi", None)

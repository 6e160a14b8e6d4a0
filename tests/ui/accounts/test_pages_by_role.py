"""The pages show what the signed-in role may do, asked of one helper (``Capabilities``): a
viewer's Cases, Conferences and Calendar pages offer no button that registers, edits, moves a
status or issues a document, and say why; a viewer's conference form is read-only; a clerk
edits records but is offered no head-only action (revealing a denunciator, reopening a held
conference); a head sees them. Real PostgreSQL login roles (``s2_…``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.roles import Role
from dialogue_app.services.cases import CaseDraft, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.accounts.role_view import Capabilities
from dialogue_app.ui.cases.cases_page import CasesPage
from dialogue_app.ui.conferences.calendar_page import CalendarPage
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.conferences_page import ConferencesPage
from tests.clock import fixed_clock
from tests.services.cases.case_fixtures import make_places
from tests.ui.accounts.s2_support import logins, pg_s2  # noqa: F401
from tests.ui.conferences.test_conference_safety import held_conference

VIEWER_NOTE = (
    "Your role (Viewer (read and report)) may not register, edit or issue anything here. Ask "
    "an administrator for the clerk role."
)


def settle(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not any(t.isRunning() for t in widget.findChildren(QThread)))


def a_denunciation(services: Services) -> int:
    places = make_places(services.database)
    return services.cases.register(
        CaseDraft(
            received_on=services.cases.today(),
            case_type=CaseType.DENUNCIATION,
            citizens=(CitizenInput("Trần Thị Bình"),),
            summary="Tố cáo cán bộ địa chính",
            commune_id=places.commune_id,
        )
    ).case.id


@pytest.mark.postgres
def test_a_viewer_reads_the_pages_but_is_offered_no_change(
    pg_s2: DatabaseHandle,  # noqa: F811
    logins,  # noqa: F811
    qtbot,
) -> None:
    owner = Services(pg_s2, None, clock=fixed_clock())
    case_id = a_denunciation(owner)
    conference_id = held_conference(owner)
    viewer = logins("s2_viewer", Role.VIEWER)
    services = Services(viewer, "s2_viewer", clock=fixed_clock())
    capabilities = Capabilities.of(services)
    assert capabilities.role is Role.VIEWER and not capabilities.may_edit
    assert Capabilities.of(services) is capabilities  # asked once

    cases = CasesPage(services)
    qtbot.addWidget(cases)
    cases.open_case(case_id)
    assert cases._detail is not None  # the viewer reads the case
    for button in (
        cases.new_button,
        cases.import_button,
        cases.edit_button,
        cases.status_button,
        cases.follow_button,
        cases.document_button,
        cases.facts_button,
        cases.undo_button,
        cases.reveal_button,
    ):
        assert not button.isVisibleTo(cases), button.text()
    assert cases.deadlines_button.isVisibleTo(cases)  # reading and reporting stay
    assert cases.findChild(QLabel, "roleNote").text() == VIEWER_NOTE
    cases.new_case()  # Ctrl+N, a double-click: nothing opens
    cases.edit_case()
    assert cases.make_document() is None and cases.edit_facts() is None

    conferences = ConferencesPage(services)
    qtbot.addWidget(conferences)
    assert not conferences.new_button.isVisibleTo(conferences)
    assert conferences.open_button.isVisibleTo(conferences)
    assert conferences.findChild(QLabel, "roleNote").text() == VIEWER_NOTE
    conferences.new_conference()
    assert conferences.last_dialog is None

    calendar = CalendarPage(services)
    qtbot.addWidget(calendar)
    assert not calendar.new_button.isVisibleTo(calendar)
    assert calendar.export_button.isVisibleTo(calendar)
    assert calendar.findChild(QLabel, "roleNote").text() == VIEWER_NOTE
    shown_before = len(calendar.findChildren(ConferenceDialog))
    calendar.new_conference(None)
    assert len(calendar.findChildren(ConferenceDialog)) == shown_before

    dialog = ConferenceDialog(services, conference_id)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.isReadOnly()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    for button in (
        dialog.reopen_button,
        dialog.close_button,
        dialog.hold_button,
        dialog.invite_button,
        dialog.document_button,
        dialog.undo_button,
    ):
        assert not button.isVisibleTo(dialog), button.text()
    for widget in (cases, conferences, calendar, dialog):
        settle(qtbot, widget)
        widget.close()


@pytest.mark.postgres
def test_a_clerk_edits_but_is_offered_no_head_only_action(
    pg_s2: DatabaseHandle,  # noqa: F811
    logins,  # noqa: F811
    qtbot,
) -> None:
    owner = Services(pg_s2, None, clock=fixed_clock())
    case_id = a_denunciation(owner)
    conference_id = held_conference(owner)
    clerk = logins("s2_clerk", Role.CLERK)
    head = logins("s2_head", Role.HEAD)
    as_clerk = Services(clerk, "s2_clerk", clock=fixed_clock())
    cases = CasesPage(as_clerk)
    qtbot.addWidget(cases)
    cases.open_case(case_id)
    assert cases._detail is not None and cases._detail.identity_hidden
    assert cases.findChild(QLabel, "roleNote") is None
    assert cases.new_button.isVisibleTo(cases) and cases.edit_button.isVisibleTo(cases)
    assert cases.edit_button.isEnabled()
    assert not cases.reveal_button.isVisibleTo(cases)  # a head's
    dialog = ConferenceDialog(as_clerk, conference_id)
    qtbot.addWidget(dialog)
    assert not dialog.reopen_button.isVisibleTo(dialog)  # a head's
    assert dialog.document_button.isVisibleTo(dialog)

    as_head = Services(head, "s2_head", clock=fixed_clock())
    head_cases = CasesPage(as_head)
    qtbot.addWidget(head_cases)
    head_cases.open_case(case_id)
    assert head_cases.reveal_button.isVisibleTo(head_cases)
    head_dialog = ConferenceDialog(as_head, conference_id)
    qtbot.addWidget(head_dialog)
    assert head_dialog.reopen_button.isVisibleTo(head_dialog)
    for widget in (cases, dialog, head_cases, head_dialog):
        settle(qtbot, widget)
        widget.close()


def test_the_desk_s_own_user_is_offered_everything(services: Services, qtbot) -> None:
    if services.database.url.startswith("postgresql"):
        pytest.skip("the PostgreSQL roles are tested above; SQLite's OS account administers")
    assert Capabilities.of(services).may_edit and Capabilities.of(services).may_reopen
    cases = CasesPage(services)
    qtbot.addWidget(cases)
    assert cases.new_button.isVisibleTo(cases) and cases.import_button.isVisibleTo(cases)
    assert cases.findChild(QLabel, "roleNote") is None
    calendar = CalendarPage(services)
    qtbot.addWidget(calendar)
    assert calendar.new_button.isVisibleTo(calendar)
    settle(qtbot, calendar)

"""The holding dialog records how many people a delegation brought (form 01/TCD)."""

from __future__ import annotations

from datetime import date

from dialogue_app.domain.cases import CaseType
from dialogue_app.services.container import Services
from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
from tests.clock import fixed_clock
from tests.services.reports import form_fixtures


def test_the_people_of_a_delegation(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    with db.uow.begin() as session:
        units = form_fixtures.units(session)
        conference_id = form_fixtures.session_at(
            session, date(2026, 3, 15), units.a, delegated=False
        ).id
    services = Services(db, user_name="tester", clock=fixed_clock(form_fixtures.TODAY))
    dialog = HoldingDialog(services, services.scheduling.get(conference_id))
    qtbot.addWidget(dialog)
    dialog.add_issue(CaseType.COMPLAINT, "Đoàn đông người", "Lê Văn An", group_size=9)
    dialog.add_issue(CaseType.FEEDBACK, "Phản ánh", "Trần Thị Hoa")
    issues = dialog.record().issues
    assert [i.group_size for i in issues] == [9, None]

"""A lost connection in the middle of an edit (issue 15, "Bad input"): the save waits in its
form under a bar, with everything typed, and goes through by itself once the connection is back
(``ui/common/waiting_save.py``) — or is discarded on the person's word. Real PostgreSQL, real
logins: the server drops a login's connections and refuses new ones (``ALTER ROLE … NOLOGIN``
and ``pg_terminate_backend``), then takes it again."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QVBoxLayout
from sqlalchemy import event, func, select, text

from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.roles import Role
from dialogue_app.services.accounts import AccountService
from dialogue_app.services.cases import CaseDraft, CitizenInput
from dialogue_app.services.conferences import HoldingRecord, IssueRaised
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.errors import SaveOutcomeUnknown
from dialogue_app.store.models import Case
from dialogue_app.ui.accounts.staff_page import AccountDialog, StaffPage
from dialogue_app.ui.cases.case_dialog import CaseDialog, _comparable
from dialogue_app.ui.cases.deadline_rules_editor import DeadlineRulesEditor
from dialogue_app.ui.common import waiting_save
from dialogue_app.ui.common.changes import ChangeHub
from dialogue_app.ui.common.conflict_dialog import ConflictDialog
from dialogue_app.ui.common.live_refresh import LiveRefresh
from dialogue_app.ui.common.operations import Operation
from dialogue_app.ui.common.waiting_save import WaitingSaves
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.settings.settings_page import SettingsPage
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import PASSWORD, pg, staff  # noqa: F401
from tests.services.cases.case_fixtures import make_places
from tests.services.scheduling_fixtures import at, draft
from tests.ui.accounts.test_lost_connection import cut_off
from tests.ui.accounts.waiting_support import bar_of, bar_text, saves  # noqa: F401
from tests.ui.conferences.scheduling_support import with_fixed_clock

pytestmark = pytest.mark.postgres

QUICK = {"gather_seconds": 0.1, "retry_seconds": 0.3, "ping_seconds": 0.5}


def case_count(handle: DatabaseHandle) -> int:
    with handle.uow.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


def a_case(commune_id: int, summary: str = "Đường làng xuống cấp") -> CaseDraft:
    return CaseDraft(
        received_on=fixed_clock().today(),
        case_type=CaseType.RECOMMENDATION,
        citizens=(CitizenInput("Lê Văn Cường"),),
        summary=summary,
        commune_id=commune_id,
    )


def shown(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_a_rule_saved_offline_waits_and_saves_itself_when_live_refresh_says_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
) -> None:
    Services(pg, None, clock=fixed_clock()).cases.restore_default_rules()
    admin = staff(pg, "dlgh_cho_luu", Role.ADMIN)
    window = QMainWindow()
    qtbot.addWidget(window)
    services = Services(admin, "dlgh_cho_luu", clock=fixed_clock())
    live = LiveRefresh(window, services, ChangeHub.of(window), **QUICK)
    live.start()
    try:
        assert live.feed is not None and live.feed.wait_listening(10)
        editor = DeadlineRulesEditor(services)
        window.setCentralWidget(editor)
        window.show()
        assert editor.select_code("complaint-1")
        editor.days_spin.setValue(41)

        cut_off(pg, "dlgh_cho_luu", allowed=False)
        assert not editor.save()  # refused: the bar, not a message box
        assert "will be saved by themselves" in bar_text(editor)
        assert editor.days_spin.value() == 41 and not editor.days_spin.isEnabled()
        assert saves.of(editor) is not None
        qtbot.waitUntil(lambda: live.online is False, timeout=10_000)  # the listener noticed

        cut_off(pg, "dlgh_cho_luu", allowed=True)  # back: LiveRefresh says so, it saves
        qtbot.waitUntil(lambda: saves.of(editor) is None, timeout=15_000)
        rules = Services(pg, None, clock=fixed_clock()).cases.deadline_rules()
        assert next(r for r in rules if r.code == "complaint-1").days == 41
        assert bar_of(editor) is None and editor.days_spin.isEnabled()
        assert window.statusBar().currentMessage().startswith("Saved: the connection is back")
    finally:
        live.stop()
        admin.close()


def test_a_new_case_waits_in_its_form_and_is_registered_once(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
) -> None:
    places = make_places(pg)
    clerk = staff(pg, "dlgh_van_thu", Role.CLERK)
    try:
        services = Services(clerk, "dlgh_van_thu", clock=fixed_clock())
        dialog = shown(qtbot, CaseDialog(services))
        dialog.citizens.item(0, 0).setText("Trần Văn Bình")
        dialog.summary.setPlainText("Xin cấp giấy chứng nhận quyền sử dụng đất")
        dialog.commune.setCurrentIndex(dialog.commune.findData(places.commune_id))

        cut_off(pg, "dlgh_van_thu", allowed=False)
        assert not dialog.save()
        assert dialog.isVisible() and bar_of(dialog) is not None
        assert dialog.summary.toPlainText() == "Xin cấp giấy chứng nhận quyền sử dụng đất"
        assert not dialog.summary.isEnabled()  # what waits is what the form shows

        saves.retry_all()  # the quiet probe while the server still refuses: it keeps waiting
        assert "Still no connection" in bar_text(dialog) and dialog.isVisible()

        cut_off(pg, "dlgh_van_thu", allowed=True)
        saves.probe.setInterval(50)  # the probe (no LiveRefresh here) finds it back
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
        assert case_count(pg) == 1
        saved = Services(pg, None, clock=fixed_clock()).cases.get(dialog.saved.id)
        assert saved.summary == "Xin cấp giấy chứng nhận quyền sử dụng đất"
        assert [c.full_name for c in saved.citizens] == ["Trần Văn Bình"]
        assert not saves.saves and not saves.probe.isActive()
    finally:
        clerk.close()


def test_discarding_a_waiting_edit_closes_the_form_and_saves_nothing(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    places = make_places(pg)
    owner = Services(pg, None, clock=fixed_clock())
    case_id = owner.cases.register(a_case(places.commune_id)).case.id
    clerk = staff(pg, "dlgh_bo_sua", Role.CLERK)
    try:
        services = Services(clerk, "dlgh_bo_sua", clock=fixed_clock())
        dialog = shown(qtbot, CaseDialog(services, services.cases.get(case_id)))
        dialog.summary.setPlainText("Đường làng sạt lở nặng")
        cut_off(pg, "dlgh_bo_sua", allowed=False)
        assert not dialog.save() and bar_of(dialog) is not None

        # Esc and the window's button ask: "stay" keeps it waiting, nothing closes
        asked: list[int] = []
        monkeypatch.setattr(waiting_save, "ask_close", lambda _w, n: asked.append(n) or False)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.reject()  # Cancel, or the window's close button (through reject)
        assert asked == [1, 1] and dialog.isVisible() and saves.of(dialog) is not None

        # "Discard changes": asks first; "no" keeps it
        monkeypatch.setattr(waiting_save, "ask_discard", lambda _form: False)
        bar_of(dialog).findChild(QPushButton, "waitingSaveDiscard").click()  # type: ignore[union-attr]
        assert dialog.isVisible() and saves.of(dialog) is not None
        monkeypatch.setattr(waiting_save, "ask_discard", lambda _form: True)
        bar_of(dialog).findChild(QPushButton, "waitingSaveDiscard").click()  # type: ignore[union-attr]
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
        assert not saves.saves

        cut_off(pg, "dlgh_bo_sua", allowed=True)
        saves.connection_changed(True)  # back: nothing waits, nothing is written
        assert owner.cases.get(case_id).summary == "Đường làng xuống cấp"
    finally:
        clerk.close()


def test_a_colleague_saving_while_offline_brings_the_conflict_dialog(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    places = make_places(pg)
    owner = Services(pg, None, clock=fixed_clock())
    case_id = owner.cases.register(a_case(places.commune_id)).case.id
    clerk = staff(pg, "dlgh_xung_dot", Role.CLERK)
    try:
        services = Services(clerk, "dlgh_xung_dot", clock=fixed_clock())
        dialog = shown(qtbot, CaseDialog(services, services.cases.get(case_id)))
        dialog.summary.setPlainText("Đường làng hư hỏng nặng")
        cut_off(pg, "dlgh_xung_dot", allowed=False)
        assert not dialog.save() and bar_of(dialog) is not None

        # meanwhile a colleague, still connected, saves the same case
        theirs = owner.cases.get(case_id)

        owner.cases.update(
            case_id, replace(_comparable(theirs), handler="Anh Bình"), theirs.version
        )

        shown_dialogs: list[ConflictDialog] = []

        def merge(conflict: ConflictDialog) -> int:
            shown_dialogs.append(conflict)
            conflict.merge_button.click()  # their handler, my summary
            return int(conflict.result())

        monkeypatch.setattr(ConflictDialog, "exec", merge)
        cut_off(pg, "dlgh_xung_dot", allowed=True)
        saves.connection_changed(True)
        assert len(shown_dialogs) == 1
        saved = owner.cases.get(case_id)
        assert (saved.summary, saved.handler) == ("Đường làng hư hỏng nặng", "Anh Bình")
        assert not dialog.isVisible() and not saves.saves
    finally:
        clerk.close()


def test_a_connection_lost_at_commit_is_never_saved_again_by_itself(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The connection breaks at COMMIT (the server ends the session as the transaction is
    about to commit): a new record's save may or may not have landed, so it is not tried
    again by itself; "Save again" asks first."""
    places = make_places(pg)
    clerk = staff(pg, "dlgh_luc_ghi", Role.CLERK)
    try:
        services = Services(clerk, "dlgh_luc_ghi", clock=fixed_clock())
        form = shown(qtbot, QDialog())
        QVBoxLayout(form)

        def register_and_lose_the_line_at_commit() -> object:
            with services.uow.begin() as session:
                pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
                with pg.engine.begin() as other:
                    other.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
            return None

        operation = Operation(form, register_and_lose_the_line_at_commit, waits=True)
        assert not operation.run()
        assert isinstance(operation.failure_seen.message, SaveOutcomeUnknown)  # type: ignore[union-attr]
        save = saves.of(form)
        assert save is not None and save.unknown
        assert "may already be saved" in bar_text(form)
        tried: list[bool] = []
        monkeypatch.setattr(save, "retry", lambda: tried.append(True) or True)
        saves.connection_changed(True)
        saves.retry_all()
        assert not tried  # never by itself
        monkeypatch.setattr(waiting_save, "confirm", lambda *_a: False)
        bar_of(form).findChild(QPushButton, "waitingSaveTryNow").click()  # type: ignore[union-attr]
        assert not tried  # "Save again", then "no"
        monkeypatch.setattr(waiting_save, "confirm", lambda *_a: True)
        bar_of(form).findChild(QPushButton, "waitingSaveTryNow").click()  # type: ignore[union-attr]
        assert tried == [True]
        assert case_count(pg) == 0 and places.commune_id
    finally:
        clerk.close()


def test_a_new_case_whose_commit_was_cut_is_not_registered_again_by_itself(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The line breaks as the case form's transaction commits (the server ends the session
    when COMMIT is about to be sent): the window cannot know whether the case was registered,
    so the form does not register it again by itself; "Save again" asks, then registers it
    once."""
    places = make_places(pg)
    clerk = staff(pg, "dlgh_cat_luc_ghi", Role.CLERK)
    cut: list[int] = []

    def cut_at_commit(connection) -> None:  # type: ignore[no-untyped-def]
        if cut:
            return
        pid = connection.connection.dbapi_connection.info.backend_pid
        cut.append(pid)
        with pg.engine.begin() as other:
            other.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})

    event.listen(clerk.engine, "commit", cut_at_commit)
    try:
        services = Services(clerk, "dlgh_cat_luc_ghi", clock=fixed_clock())
        dialog = shown(qtbot, CaseDialog(services))
        dialog.citizens.item(0, 0).setText("Phạm Thị Hoa")
        dialog.summary.setPlainText("Đề nghị sửa cống thoát nước")
        dialog.commune.setCurrentIndex(dialog.commune.findData(places.commune_id))
        assert not dialog.save()
        assert cut and "may already be saved" in bar_text(dialog)
        saves.connection_changed(True)  # back: nothing runs by itself
        saves.retry_all()
        assert dialog.isVisible() and case_count(pg) == 0  # (the server rolled it back)

        monkeypatch.setattr(waiting_save, "confirm", lambda *_a: True)  # "Save again": yes
        bar_of(dialog).findChild(QPushButton, "waitingSaveTryNow").click()  # type: ignore[union-attr]
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
        assert case_count(pg) == 1
    finally:
        event.remove(clerk.engine, "commit", cut_at_commit)
        clerk.close()


def test_a_settings_edit_discarded_offline_shows_what_is_saved_once_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page's editor (not a dialog): "Discard changes" unlocks it, and it reads what is
    saved again, at once if it can, else when the connection is back."""
    admin = staff(pg, "dlgh_cai_dat", Role.ADMIN)
    try:
        services = Services(admin, "dlgh_cai_dat", clock=fixed_clock())
        page = SettingsPage(services)
        qtbot.addWidget(page)
        saved_name = services.office.get_profile().name
        page.name_edit.setText("Văn phòng HĐND và UBND xã Cẩm Lộc")
        cut_off(pg, "dlgh_cai_dat", allowed=False)
        assert not page.save()
        assert bar_of(page) is not None and not page.name_edit.isEnabled()

        monkeypatch.setattr(waiting_save, "ask_discard", lambda _form: True)
        bar_of(page).findChild(QPushButton, "waitingSaveDiscard").click()  # type: ignore[union-attr]
        assert saves.of(page) is None and page.name_edit.isEnabled()
        assert page in saves.rereads  # still offline: read again once back

        cut_off(pg, "dlgh_cai_dat", allowed=True)
        saves.connection_changed(True)
        assert page.name_edit.text() == saved_name and not saves.rereads
        assert Services(pg, None, clock=fixed_clock()).office.get_profile().name == saved_name
        qtbot.waitUntil(lambda: not any(t.isRunning() for t in page.findChildren(QThread)))
        qtbot.wait(50)
    finally:
        admin.close()


def test_a_new_account_waits_in_its_dialog_and_is_made_when_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The staff admin's account dialog (run again and again until saved): the save that lost
    the connection waits in the dialog shown again, and the account is made once back."""
    admin = staff(pg, "dlgh_quan_tri_tk", Role.ADMIN)
    try:
        services = Services(admin, "dlgh_quan_tri_tk", clock=fixed_clock())
        page = StaffPage(services)
        qtbot.addWidget(page)
        runs: list[str] = []

        def exec_(dialog: AccountDialog) -> int:
            dialog.show()
            if not runs:  # the person fills the form and saves: the line is cut meanwhile
                runs.append("filled")
                dialog.login.setText("dlgh_nguoi_moi")
                dialog.full_name.setText("Nguyễn Thị Mới")
                for field in (dialog.password, dialog.repeat):
                    field.setText(PASSWORD)
                cut_off(pg, "dlgh_quan_tri_tk", allowed=False)
                dialog.accept()
                return int(dialog.result())
            runs.append("waiting")  # shown again, with the bar
            assert bar_of(dialog) is not None and dialog.login.text() == "dlgh_nguoi_moi"
            cut_off(pg, "dlgh_quan_tri_tk", allowed=True)
            saves.connection_changed(True)  # back: made, and the dialog closes
            return int(dialog.result())

        monkeypatch.setattr(AccountDialog, "exec", exec_)
        page.accounts.add_account()
        assert runs == ["filled", "waiting"] and not saves.saves
        logins = [a.login for a in AccountService(pg.uow, None).list()]
        assert logins.count("dlgh_nguoi_moi") == 1
    finally:
        admin.close()


def test_a_conference_outcome_recorded_offline_waits_and_registers_its_issues_once(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
) -> None:
    """The outcome form (attendance, minutes, the issues raised, each becoming a case) closes
    before the outcome is saved: lost to the connection, the outcome waits in the conference
    form, and once back the conference is held and each issue is one case."""
    owner = with_fixed_clock(Services(pg, None, clock=fixed_clock()))
    created = owner.scheduling.create(draft(at(5, 8), at(5, 9)))
    head = staff(pg, "dlgh_truong_phong", Role.HEAD)
    try:
        services = Services(head, "dlgh_truong_phong", clock=fixed_clock(at(20, 8)))
        dialog = shown(qtbot, ConferenceDialog(services, created.id))
        issue = IssueRaised(CaseType.FEEDBACK, "Đề nghị sửa đường vào khu tái định cư")
        dialog.ask_holding = lambda _detail: HoldingRecord(40, issues=(issue,))
        cut_off(pg, "dlgh_truong_phong", allowed=False)
        dialog.record_outcome()
        assert bar_of(dialog) is not None and dialog.isVisible()
        assert owner.scheduling.get(created.id).status is not ConferenceStatus.HELD

        cut_off(pg, "dlgh_truong_phong", allowed=True)
        saves.connection_changed(True)
        held = owner.scheduling.get(created.id)
        assert held.status is ConferenceStatus.HELD and len(held.cases) == 1
        assert bar_of(dialog) is None and case_count(pg) == 1
        saves.connection_changed(True)
        assert case_count(pg) == 1
    finally:
        head.close()


def test_an_edit_whose_commit_landed_before_the_line_broke_is_taken_as_saved(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The case form's COMMIT reaches the server, then the line breaks before the answer: the
    window cannot tell, the edit (versioned) is tried again and refused as a conflict with a
    version that is exactly what the form typed. Nothing to choose: no conflict dialog, the
    form closes as after a save, the status bar says it is saved, saved once."""
    places = make_places(pg)
    owner = Services(pg, None, clock=fixed_clock())
    case_id = owner.cases.register(a_case(places.commune_id)).case.id
    clerk = staff(pg, "dlgh_da_luu", Role.CLERK)
    cut: list[int] = []

    def commit_then_cut(connection) -> None:  # type: ignore[no-untyped-def]
        if cut:
            return
        dbapi = connection.connection.dbapi_connection
        dbapi.commit()  # the COMMIT lands …
        dbapi.execute("SELECT 1")  # … (a transaction open again, for the driver's COMMIT)
        cut.append(dbapi.info.backend_pid)
        with pg.engine.begin() as other:  # … and the line breaks before the answer
            other.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": cut[0]})

    monkeypatch.setattr(
        ConflictDialog, "exec", lambda _d: pytest.fail("no conflict dialog: it is saved")
    )
    event.listen(clerk.engine, "commit", commit_then_cut)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        services = Services(clerk, "dlgh_da_luu", clock=fixed_clock())
        dialog = CaseDialog(services, services.cases.get(case_id), window)
        shown(qtbot, dialog)
        dialog.summary.setPlainText("Đường làng sạt lở sau mưa lũ")
        assert not dialog.save()
        assert cut and bar_of(dialog) is not None  # it waits (an edit may be tried again)
        assert owner.cases.get(case_id).summary == "Đường làng sạt lở sau mưa lũ"  # landed

        saves.connection_changed(True)  # back: tried again, refused: theirs == mine
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.saved is not None and dialog.saved.summary == "Đường làng sạt lở sau mưa lũ"
        assert not saves.saves
        assert window.statusBar().currentMessage().startswith("Saved: your change had reached")
        saved = owner.cases.get(case_id)
        assert saved.summary == "Đường làng sạt lở sau mưa lũ"
        assert saved.version == dialog.saved.version  # written once
    finally:
        event.remove(clerk.engine, "commit", commit_then_cut)
        clerk.close()

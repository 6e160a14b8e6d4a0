"""The documents' forms through a lost connection (issue 15): issuing a numbered document, the
letterhead and a template wait in their form under the bar and are saved by themselves, once,
when the connection is back (``ui/common/waiting_save.py``). Real PostgreSQL, real logins cut
off (``ALTER ROLE … NOLOGIN`` and ``pg_terminate_backend``) and allowed again."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogue_app.domain.documents import DocumentKind, RecordType
from dialogue_app.domain.roles import Role
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.common import waiting_save
from dialogue_app.ui.common.waiting_save import WaitingSaves
from dialogue_app.ui.documents import (
    LetterheadEditor,
    MakeDocumentDialog,
    TemplatesEditor,
    kinds_for,
)
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.documents.document_fixtures import setup_office
from tests.ui.accounts.test_lost_connection import cut_off
from tests.ui.accounts.waiting_support import bar_shown, saves  # noqa: F401

pytestmark = pytest.mark.postgres


def test_a_document_issued_offline_waits_and_takes_one_number_when_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    tmp_path: Path,
) -> None:
    office = setup_office(pg)
    clerk = staff(pg, "dlgh_vb_phat_hanh", Role.CLERK)
    try:
        services = Services(clerk, "dlgh_vb_phat_hanh", clock=fixed_clock())
        kinds = kinds_for(RecordType.CONFERENCE)
        dialog = MakeDocumentDialog(
            services, RecordType.CONFERENCE, office.upcoming_id, kinds, kind=DocumentKind.INVITATION
        )
        qtbot.addWidget(dialog)
        dialog.show()
        target = tmp_path / "giay-moi.docx"
        dialog.ask_path = lambda _title, _filter, _suggested: str(target)

        cut_off(pg, "dlgh_vb_phat_hanh", allowed=False)
        assert not dialog.save_as("docx")
        assert bar_shown(dialog) and dialog.issued is None and saves.of(dialog) is not None
        owner = Services(pg, None, clock=fixed_clock())
        assert owner.documents.list_issued() == []  # nothing numbered meanwhile

        cut_off(pg, "dlgh_vb_phat_hanh", allowed=True)
        saves.connection_changed(True)  # back: issued by itself, once
        assert not saves.saves and not bar_shown(dialog)
        assert dialog.issued is not None and dialog.issued.number == "01/GM-BTCD"
        assert [d.number for d in owner.documents.list_issued()] == ["01/GM-BTCD"]
        assert target.read_bytes() == dialog.issued.docx
    finally:
        clerk.close()


def test_the_letterhead_saved_offline_is_saved_by_itself_when_back(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
) -> None:
    setup_office(pg)
    admin = staff(pg, "dlgh_tieu_de", Role.ADMIN)
    try:
        services = Services(admin, "dlgh_tieu_de", clock=fixed_clock())
        editor = LetterheadEditor(services)
        qtbot.addWidget(editor)
        editor.show()
        editor.place_edit.setText("Cẩm Xuyên")

        cut_off(pg, "dlgh_tieu_de", allowed=False)
        assert not editor.save()
        assert bar_shown(editor) and not editor.place_edit.isEnabled()

        cut_off(pg, "dlgh_tieu_de", allowed=True)
        saves.connection_changed(True)
        assert not saves.saves and editor.message.text() == "Saved."
        owner = Services(pg, None, clock=fixed_clock())
        assert owner.office.get_letterhead().place == "Cẩm Xuyên"
        assert editor.place_edit.isEnabled()
    finally:
        admin.close()


def test_a_template_loaded_offline_is_loaded_when_back_and_a_discard_rereads(
    pg: DatabaseHandle,  # noqa: F811
    saves: WaitingSaves,  # noqa: F811
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    setup_office(pg)
    owner = Services(pg, None, clock=fixed_clock())
    source = tmp_path / "giay-moi-cua-van-phong.docx"
    source.write_bytes(owner.documents.default_template(DocumentKind.INVITATION))
    admin = staff(pg, "dlgh_mau_vb", Role.ADMIN)
    try:
        services = Services(admin, "dlgh_mau_vb", clock=fixed_clock())
        editor = TemplatesEditor(services)
        qtbot.addWidget(editor)
        editor.show()
        editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(DocumentKind.INVITATION))
        editor.ask_open_path = lambda _title, _filter: str(source)

        cut_off(pg, "dlgh_mau_vb", allowed=False)
        assert not editor.load_template()
        assert bar_shown(editor)
        cut_off(pg, "dlgh_mau_vb", allowed=True)
        saves.connection_changed(True)
        info = owner.documents.template_info(DocumentKind.INVITATION)
        assert info.custom and info.file_name == source.name
        assert not saves.saves and "Loaded" in editor.message.text()

        # "Reset" lost too, then discarded: nothing changes, the editor shows what is saved
        cut_off(pg, "dlgh_mau_vb", allowed=False)
        assert not editor.reset_template() and bar_shown(editor)
        monkeypatch.setattr(waiting_save, "ask_discard", lambda _form: True)
        saves.of(editor).discard_asked()  # type: ignore[union-attr]
        cut_off(pg, "dlgh_mau_vb", allowed=True)
        saves.connection_changed(True)  # read again once back
        assert owner.documents.template_info(DocumentKind.INVITATION).custom
        assert editor.reset_button.isEnabled() and not bar_shown(editor)
        assert not saves.rereads
    finally:
        admin.close()

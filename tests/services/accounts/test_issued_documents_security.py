"""An issued document that names a denunciator (a head's notice to them) is protected by the
database like the denunciator's identity: a clerk's login lists its register row (number, kind,
date, title) but reads neither its data nor its .docx, in the app or in raw SQL; a head reads
both."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from dialogue_app.domain.documents import DocumentKind
from dialogue_app.domain.roles import Role
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.services.documents import DocumentService
from dialogue_app.services.errors import ServiceError
from tests.clock import fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.documents.document_fixtures import TODAY, setup_office

pytestmark = pytest.mark.postgres


def test_a_clerk_lists_the_notice_but_never_reads_it(pg: DatabaseHandle) -> None:  # noqa: F811
    office = setup_office(pg)
    notice = DocumentService(pg.uow, "head", clock=fixed_clock(TODAY)).issue(
        DocumentKind.DENUNCIATOR_NOTICE, office.denunciation_id
    )
    assert notice.confidential
    plain = DocumentService(pg.uow, "clerk", clock=fixed_clock(TODAY)).issue(
        DocumentKind.TRANSFER, office.complaint_id
    )
    clerk = staff(pg, "dlgh_thuky", Role.CLERK)
    head = staff(pg, "dlgh_truong", Role.HEAD)
    try:
        as_clerk = DocumentService(clerk.uow, "dlgh_thuky", clock=fixed_clock(TODAY))
        listed = {d.number: d for d in as_clerk.list_issued()}
        assert set(listed) == {notice.number, plain.number}
        assert listed[notice.number].confidential and listed[notice.number].title == notice.title
        assert as_clerk.years() == (notice.issued_on.year,)
        with pytest.raises(ServiceError) as refused:
            as_clerk.get_issued(notice.id)
        assert "names a denunciator" in str(refused.value)
        assert as_clerk.get_issued(plain.id).docx  # an ordinary document opens
        with clerk.engine.connect() as sql:
            contents = sql.execute(
                text("SELECT number FROM issued_documents WHERE length(content) > 0")
            ).scalars()
            assert list(contents) == [plain.number]
            assert sql.execute(text("SELECT count(*) FROM issued_register")).scalar() == 2
        with head.engine.connect() as sql:
            readable = sql.execute(text("SELECT count(*) FROM issued_documents")).scalar()
            assert readable == 2
        as_head = DocumentService(head.uow, "dlgh_truong", clock=fixed_clock(TODAY))
        assert as_head.get_issued(notice.id).docx == notice.docx
    finally:
        clerk.close()
        head.close()

"""``store.bulk.one_of``: ``column IN values`` for long lists, an array parameter on
PostgreSQL; the same rows found on both engines, texts compared as stored (issue 19)."""

from __future__ import annotations

import unicodedata
from datetime import date

from sqlalchemy import select

from dialogue_app.domain.cases import CaseStatus, CaseType, Channel
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.bulk import one_of
from dialogue_app.store.models import Case


def _case(number: str, received_on: date) -> Case:
    return Case(
        number=number,
        received_on=received_on,
        channel=Channel.MAIL,
        case_type=CaseType.COMPLAINT,
        summary="Tranh chấp đất",
        within_competence=True,
        round=1,
        remote_area=False,
        complexity=0,
        group_size=1,
        status=CaseStatus.RECEIVED,
        search_key="tranh chap dat",
    )


def test_one_of_finds_the_rows_among_many_values(db: DatabaseHandle) -> None:
    with db.uow.begin() as session:
        session.add_all(
            [_case("1-2026", date(2026, 1, 5)), _case("2-2026", date(2026, 1, 6))]
            + [_case("Số 3", date(2026, 2, 1))]
        )
    wanted = ["2-2026", "Số 3", *(f"{n}-2025" for n in range(1000))]
    with db.uow.read() as session:
        found = session.scalars(select(Case.number).where(one_of(session, Case.number, wanted)))
        assert sorted(found) == ["2-2026", "Số 3"]
        days = [date(2026, 1, 5), date(2026, 2, 1), date(2020, 1, 1)]
        query = select(Case.number).where(one_of(session, Case.received_on, days))
        assert sorted(session.scalars(query)) == ["1-2026", "Số 3"]
        assert list(session.scalars(select(Case.id).where(one_of(session, Case.id, [])))) == []
        # the values go through the column's type as an IN list's do: typed NFD, stored NFC
        typed = [unicodedata.normalize("NFD", "Tranh chấp đất"), "khác"]
        query = select(Case.number).where(one_of(session, Case.summary, typed))
        assert len(list(session.scalars(query))) == 3
        ids = sorted(session.scalars(select(Case.id)))
        query = select(Case.number).where(one_of(session, Case.id, [ids[0], ids[2], 10**9]))
        assert sorted(session.scalars(query)) == ["1-2026", "Số 3"]
        statuses = [CaseStatus.RECEIVED, CaseStatus.RESOLVED]
        query = select(Case.id).where(one_of(session, Case.status, statuses))
        assert sorted(session.scalars(query)) == ids

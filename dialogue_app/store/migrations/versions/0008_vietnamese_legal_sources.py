"""vietnamese legal sources

The statutory default rules of 0003 named their laws in English ("Law on Complaints
02/2011/QH13, Art. 28"); an explanation shown in Vietnamese then still cited the law in English.
This revision gives the defaults the names Vietnamese documents use ("Luật Khiếu nại 02/2011/QH13,
Điều 28"). A rule whose source the office has edited is left as it is. Stored deadline
explanations cite the source as a JSON string value, so the same names are replaced there (a
source the office edited does not match and is left as it is).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 14:10:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (rule code or None for a source quoted only in explanations, English source, Vietnamese source)
SOURCES = [
    ("complaint-accept", "Law on Complaints 02/2011/QH13, Art. 27",
     "Luật Khiếu nại 02/2011/QH13, Điều 27"),
    ("complaint-1", "Law on Complaints 02/2011/QH13, Art. 28",
     "Luật Khiếu nại 02/2011/QH13, Điều 28"),
    ("complaint-1-complex", "Law on Complaints 02/2011/QH13, Art. 28",
     "Luật Khiếu nại 02/2011/QH13, Điều 28"),
    ("complaint-1-remote", "Law on Complaints 02/2011/QH13, Art. 28",
     "Luật Khiếu nại 02/2011/QH13, Điều 28"),
    ("complaint-1-remote-complex", "Law on Complaints 02/2011/QH13, Art. 28",
     "Luật Khiếu nại 02/2011/QH13, Điều 28"),
    ("complaint-2", "Law on Complaints 02/2011/QH13, Art. 37",
     "Luật Khiếu nại 02/2011/QH13, Điều 37"),
    ("complaint-2-complex", "Law on Complaints 02/2011/QH13, Art. 37",
     "Luật Khiếu nại 02/2011/QH13, Điều 37"),
    ("complaint-2-remote", "Law on Complaints 02/2011/QH13, Art. 37",
     "Luật Khiếu nại 02/2011/QH13, Điều 37"),
    ("complaint-2-remote-complex", "Law on Complaints 02/2011/QH13, Art. 37",
     "Luật Khiếu nại 02/2011/QH13, Điều 37"),
    ("denunciation-settle", "Law on Denunciations 25/2018/QH14, Art. 30",
     "Luật Tố cáo 25/2018/QH14, Điều 30"),
    ("denunciation-settle-complex", "Law on Denunciations 25/2018/QH14, Art. 30",
     "Luật Tố cáo 25/2018/QH14, Điều 30"),
    ("denunciation-settle-particularly-complex", "Law on Denunciations 25/2018/QH14, Art. 30",
     "Luật Tố cáo 25/2018/QH14, Điều 30"),
    ("denunciation-notify", "Law on Denunciations 25/2018/QH14, Art. 29",
     "Luật Tố cáo 25/2018/QH14, Điều 29"),
    ("petition-handle", "Circular 05/2021/TT-TTCP", "Thông tư 05/2021/TT-TTCP"),
    # a calendar-day period ending on a day off ends on the next working day
    (None, "Civil Code 2015, Art. 148", "Bộ luật Dân sự 91/2015/QH13, Điều 148"),
]


def _quoted(text: str) -> str:
    """The source as it appears inside a stored explanation (a JSON string)."""
    return json.dumps(text, ensure_ascii=False)


def _rename(forward: bool) -> None:
    rules = sa.table("deadline_rules", sa.column("code"), sa.column("legal_source"))
    cases = sa.table("cases", sa.column("deadline_explanation"))
    explanations: dict[str, str] = {}
    for code, english, vietnamese in SOURCES:
        old, new = (english, vietnamese) if forward else (vietnamese, english)
        explanations[old] = new
        if code is not None:
            op.execute(
                rules.update()
                .where(rules.c.code == code, rules.c.legal_source == old)
                .values(legal_source=new)
            )
    column = cases.c.deadline_explanation
    for old, new in explanations.items():
        op.execute(
            cases.update()
            .where(column.contains(_quoted(old), autoescape=True))
            .values(deadline_explanation=sa.func.replace(column, _quoted(old), _quoted(new)))
        )


def upgrade() -> None:
    _rename(forward=True)


def downgrade() -> None:
    _rename(forward=False)

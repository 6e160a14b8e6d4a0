"""default deadline rules

The statutory deadline table of DESIGN.md §3, so a fresh database computes deadlines at once; the
office edits the rules afterwards. Values are written out here (not imported from
the domain) so this revision never changes when the code does.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 11:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COMPLAINTS = "Law on Complaints 02/2011/QH13"
DENUNCIATIONS = "Law on Denunciations 25/2018/QH14"

# code, stage, case_type, round, remote_area, complexity, days, day_basis, starts_from,
# max_extensions, extension_days, legal_source
RULES = [
    ("complaint-accept", "accept", "complaint", None, None, None, 10, "calendar", "receipt", 0, 0,
     f"{COMPLAINTS}, Art. 27"),
    ("complaint-1", "settle", "complaint", 1, False, 0, 30, "calendar", "acceptance", 0, 0,
     f"{COMPLAINTS}, Art. 28"),
    ("complaint-1-complex", "settle", "complaint", 1, False, 1, 45, "calendar", "acceptance", 0, 0,
     f"{COMPLAINTS}, Art. 28"),
    ("complaint-1-remote", "settle", "complaint", 1, True, 0, 45, "calendar", "acceptance", 0, 0,
     f"{COMPLAINTS}, Art. 28"),
    ("complaint-1-remote-complex", "settle", "complaint", 1, True, 1, 60, "calendar",
     "acceptance", 0, 0, f"{COMPLAINTS}, Art. 28"),
    ("complaint-2", "settle", "complaint", 2, False, 0, 45, "calendar", "acceptance", 0, 0,
     f"{COMPLAINTS}, Art. 37"),
    ("complaint-2-complex", "settle", "complaint", 2, False, 1, 60, "calendar", "acceptance", 0, 0,
     f"{COMPLAINTS}, Art. 37"),
    ("complaint-2-remote", "settle", "complaint", 2, True, 0, 60, "calendar", "acceptance", 0, 0,
     f"{COMPLAINTS}, Art. 37"),
    ("complaint-2-remote-complex", "settle", "complaint", 2, True, 1, 70, "calendar",
     "acceptance", 0, 0, f"{COMPLAINTS}, Art. 37"),
    ("denunciation-settle", "settle", "denunciation", None, None, 0, 30, "calendar", "acceptance",
     0, 0, f"{DENUNCIATIONS}, Art. 30"),
    ("denunciation-settle-complex", "settle", "denunciation", None, None, 1, 30, "calendar",
     "acceptance", 1, 30, f"{DENUNCIATIONS}, Art. 30"),
    ("denunciation-settle-particularly-complex", "settle", "denunciation", None, None, 2, 30,
     "calendar", "acceptance", 2, 30, f"{DENUNCIATIONS}, Art. 30"),
    ("denunciation-notify", "notify", "denunciation", None, None, None, 5, "working",
     "acceptance", 0, 0, f"{DENUNCIATIONS}, Art. 29"),
    ("petition-handle", "handle", None, None, None, None, 10, "calendar", "receipt", 0, 0,
     "Circular 05/2021/TT-TTCP"),
]

COLUMNS = ("code", "stage", "case_type", "round", "remote_area", "complexity", "days",
           "day_basis", "starts_from", "max_extensions", "extension_days", "legal_source")


def upgrade() -> None:
    rules = sa.table(
        "deadline_rules",
        *(sa.column(name) for name in COLUMNS),
    )
    op.bulk_insert(rules, [dict(zip(COLUMNS, row, strict=True)) for row in RULES])


def downgrade() -> None:
    codes = ", ".join(f"'{row[0]}'" for row in RULES)
    op.execute(f"DELETE FROM deadline_rules WHERE code IN ({codes})")

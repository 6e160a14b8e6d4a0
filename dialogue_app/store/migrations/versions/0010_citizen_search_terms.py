"""citizen search terms: the words of each citizen's name and their ID number, for the pickers

The citizen pickers searched the register with ``LIKE '% word%'`` over every citizen; at the
scale of a nation (over a million citizens) a keystroke could take a second. The words table
answers a typed word with a prefix range of its primary key (DESIGN §7: under 50 ms).

On PostgreSQL ``term`` and ``name`` compare byte by byte (``COLLATE "C"``): a prefix range
``term >= 'abc' AND term < 'abd'`` and the search's pages (``name > last``, merged in Python)
hold only in that order; under a locale or ICU collation ('vi-x-icu') "040:" does not sort
after "040912…". SQLite compares bytes anyway (and has no collation named C).

The folding is written out here (frozen: as ``domain/text.py`` folded at 0010), not imported
from the application, so this revision never changes when the code does.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 15:00:00
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 20_000
WORD = re.compile(r"[a-z0-9]+")
SPACES = re.compile(r"\s+")
D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def byte_order(length: int) -> sa.types.TypeEngine[str]:
    """A string compared byte by byte on PostgreSQL (as on SQLite)."""
    return sa.String(length=length).with_variant(
        sa.String(length=length, collation="C"), "postgresql"
    )


def fold(text: str | None) -> str:
    """Lower case, without diacritics, đ → d, single spaces (``domain/text.py`` at 0010)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return SPACES.sub(" ", stripped.casefold()).strip()


def citizen_terms(full_name: str | None, national_id: str | None) -> set[tuple[str, str]]:
    """(term, folded name) of a citizen, as ``services/citizens.py`` wrote them at 0010."""
    name = fold(full_name)[:200]
    found = {(word[:64], name) for word in WORD.findall(name)}
    found |= {(word[:64], name) for word in WORD.findall(fold(national_id))}
    return found


def upgrade() -> None:
    op.create_table(
        "citizen_search_terms",
        sa.Column("term", byte_order(64), nullable=False),
        sa.Column("name", byte_order(200), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
            name=op.f("fk_citizen_search_terms_citizen_id_citizens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("term", "name", "citizen_id", name=op.f("pk_citizen_search_terms")),
    )
    op.create_index(
        op.f("ix_citizen_search_terms_citizen_id"), "citizen_search_terms", ["citizen_id"]
    )
    citizens = sa.table(
        "citizens",
        sa.column("id", sa.Integer),
        sa.column("full_name", sa.Text),
        sa.column("national_id", sa.Text),
        sa.column("search_key", sa.Text),
    )
    terms = sa.table(
        "citizen_search_terms",
        sa.column("term", sa.Text),
        sa.column("name", sa.Text),
        sa.column("citizen_id", sa.Integer),
    )
    bind = op.get_bind()
    last = 0
    while True:  # in batches of ids: a nation's register does not fit in memory at once
        rows = bind.execute(
            sa.select(citizens.c.id, citizens.c.full_name, citizens.c.national_id)
            .where(citizens.c.id > last)
            .order_by(citizens.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        values = [
            {"term": term, "name": name, "citizen_id": row.id}
            for row in rows
            for term, name in citizen_terms(row.full_name, row.national_id)
        ]
        if values:
            bind.execute(terms.insert(), values)
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index(op.f("ix_citizen_search_terms_citizen_id"), table_name="citizen_search_terms")
    op.drop_table("citizen_search_terms")

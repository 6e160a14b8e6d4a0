"""official documents: the letterhead, numbering counters, issued documents, office templates

The office profile gains the letterhead of its documents (state or Party layout, parent and
issuing bodies, the issuer's code in numbers, place name, signers, default recipients). New
tables: ``document_counters`` (the last number of each series and year), ``issued_documents``
(the register of outgoing documents, with each document's data and file) and
``document_templates`` (the office's own templates).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 09:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROFILE_COLUMNS = (
    ("document_layout", sa.String(16)),
    ("parent_body", sa.String(300)),
    ("issuing_body", sa.String(300)),
    ("issuer_code", sa.String(32)),
    ("unit_code", sa.String(32)),
    ("place_name", sa.String(100)),
    ("signers_json", sa.Text()),
    ("default_recipients", sa.Text()),
    ("archive_line", sa.String(200)),
)


def upgrade() -> None:
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        for name, type_ in PROFILE_COLUMNS:
            if name == "document_layout":
                batch_op.add_column(
                    sa.Column(name, type_, nullable=False, server_default="state")
                )
            else:
                batch_op.add_column(sa.Column(name, type_, nullable=True))

    op.create_table(
        "document_counters",
        sa.Column("series", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_document_counters")),
    )
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("series", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=True),
        sa.Column("conference_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("record_type", sa.String(16), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_issued_documents_case_id_cases"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name=op.f("fk_issued_documents_conference_id_conferences"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_documents")),
        sa.UniqueConstraint(
            "series", "year", "sequence", name=op.f("uq_issued_documents_series_year_sequence")
        ),
    )
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        for column in ("kind", "year", "issued_on", "conference_id", "case_id"):
            batch_op.create_index(
                batch_op.f(f"ix_issued_documents_{column}"), [column], unique=False
            )
    op.create_table(
        "document_templates",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_document_templates")),
    )


def downgrade() -> None:
    op.drop_table("document_templates")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        for column in ("kind", "year", "issued_on", "conference_id", "case_id"):
            batch_op.drop_index(batch_op.f(f"ix_issued_documents_{column}"))
    op.drop_table("issued_documents")
    op.drop_table("document_counters")
    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        for name, _type in reversed(PROFILE_COLUMNS):
            batch_op.drop_column(name)

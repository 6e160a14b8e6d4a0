"""the facts the statutory forms count, and their opening balances

Cases gain what the forms 01/TCD, 01/XLD, 01/KQGQ and the denunciation table count and the
register did not know (``domain/forms/facts.py``): how a visit was received and whether it was
a repeat, eligibility, the earlier settlement, the action on a petition outside competence,
the reply to a transferred petition, the verdict, recoveries, rights restored, sanctions and
transfers to the investigation agency. Existing cases keep null (derived) or zero facts.
``form_opening_balances`` holds what an office carried over into its first period in the app.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AMOUNTS = (
    "money_to_state",
    "land_to_state",
    "money_to_organisations",
    "land_to_organisations",
    "money_to_individuals",
    "land_to_individuals",
)
COUNTS = (
    "organisations_restored",
    "individuals_restored",
    "sanction_recommended",
    "sanction_officials",
    "investigation_people",
    "investigation_officials",
)


def upgrade() -> None:
    # plain ADD COLUMN (nullable, or with a constant default): no table copy on SQLite, whose
    # batch mode would drop ``cases`` under the foreign keys that point at it
    columns = [
        sa.Column("reception_mode", sa.String(length=32), nullable=True),
        sa.Column("repeat_visit", sa.Boolean(), nullable=True),
        sa.Column("eligible", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("prior_settlement", sa.String(32), server_default="none", nullable=False),
        sa.Column("outside_action", sa.String(length=32), nullable=True),
        sa.Column("reply_received_on", sa.Date(), nullable=True),
        sa.Column("verdict", sa.String(length=32), nullable=True),
        *(sa.Column(name, sa.Numeric(18, 3), nullable=True) for name in AMOUNTS),
        *(sa.Column(n, sa.Integer(), server_default="0", nullable=False) for n in COUNTS),
        sa.Column(
            "investigation_transferred", sa.Boolean(), server_default=sa.false(), nullable=False
        ),
    ]
    for column in columns:
        op.add_column("cases", column)
    # 01/XLD counts the replies received in a period, whenever their petition was handled
    op.create_index(op.f("ix_cases_reply_received_on"), "cases", ["reply_received_on"])
    op.create_table(
        "form_opening_balances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("carried_over", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["admin_units.id"],
            name=op.f("fk_form_opening_balances_unit_id_admin_units"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_opening_balances")),
        sa.UniqueConstraint("form", "unit_id", name=op.f("uq_form_opening_balances_form_unit_id")),
    )
    op.create_index(op.f("ix_form_opening_balances_unit_id"), "form_opening_balances", ["unit_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_cases_reply_received_on"), table_name="cases")
    op.drop_index(op.f("ix_form_opening_balances_unit_id"), table_name="form_opening_balances")
    op.drop_table("form_opening_balances")
    for name in (
        "reception_mode",
        "repeat_visit",
        "eligible",
        "prior_settlement",
        "outside_action",
        "reply_received_on",
        "verdict",
        *AMOUNTS,
        *COUNTS,
        "investigation_transferred",
    ):
        op.drop_column("cases", name)

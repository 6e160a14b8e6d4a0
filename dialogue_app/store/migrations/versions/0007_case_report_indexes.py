"""indexes for the report's cases in scope: (status, received_on) and (resolved_on, received_on)

A period's cases in scope are those received in it (``received_on``), plus those received
before it and still open (``status``, ``received_on``) or resolved on or after its first day
(``resolved_on``, ``received_on``). With these two indexes each range is an index search, and a
year's report on a million cases reads the cases of that year instead of all of them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 13:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_status_received_on"), ["status", "received_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cases_resolved_on_received_on"),
            ["resolved_on", "received_on"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_resolved_on_received_on"))
        batch_op.drop_index(batch_op.f("ix_cases_status_received_on"))

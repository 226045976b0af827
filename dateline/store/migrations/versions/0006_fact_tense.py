"""Facts: the tense of the trigger's clause (past, present, future), as the analysis says since this revision.

A fact stored before has no tense (NULL, unknown): its analysis was made without one, and the knowledge
base treats it as before (an unknown tense contradicts as any other). ``dateline ingest --reanalyse``
gives stored articles their tenses. Going down, the knowledge base forgets what the tenses decided: the
planned status goes back to confirmed and the contradictions are computed again on the next resolve.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tense', sa.String(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Not batch mode: copying the table would drop the old one, and with it (foreign keys cascade) every
        # participant and index row of every fact. SQLite drops a plain column in place since 3.35.
        op.execute("ALTER TABLE facts DROP COLUMN tense")
    else:
        op.drop_column('facts', 'tense')
    op.execute("UPDATE canonical_facts SET status = 'confirmed' WHERE status = 'planned'")
    op.execute("DELETE FROM kb_state WHERE name = 'contradictions'")
    op.execute(
        "INSERT INTO kb_state (name, value) SELECT 'contradictions', 'stale' "
        "WHERE EXISTS (SELECT 1 FROM canonical_entities)"
    )

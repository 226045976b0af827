"""Fact index: the date of each fact's article, so that as-of and rumour pages are read from the index alone.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published', sa.Date(), nullable=True))
    op.execute(
        "UPDATE canonical_facts SET published = ("
        "SELECT documents.date FROM facts JOIN documents ON documents.id = facts.document_id "
        "WHERE facts.key = canonical_facts.fact_key)"
    )
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.create_index('ix_canonical_facts_published', ['canonical_id', 'statement', 'published'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.drop_index('ix_canonical_facts_published')
        batch_op.drop_column('published')

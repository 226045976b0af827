"""Facts: an index on their place, so that an entity's facts include those that happened there.

``/api/facts?entity=Cannes`` (and ``KnowledgeBase.facts``) finds the facts whose place is one of the
entity's document entities; without the index each such query read every fact. Nothing else changes, so
going down drops the index only.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_facts_place_entity_key', 'facts', ['place_entity_key'])


def downgrade() -> None:
    op.drop_index('ix_facts_place_entity_key', table_name='facts')

"""Contradictions computed when the knowledge base is resolved: the contradictions, the entities that list or name
them, the documents they rest on, a small state table, and indexes to find the facts an entity is the source of.

An existing knowledge base gets its contradictions on the next resolve (``dateline resolve``, ``ingest``, any
knowledge-base command or ``serve``), not here: the migration only marks them as not computed yet.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

CodePointString = sa.String().with_variant(sa.String(collation='C'), 'postgresql')
ORDER = ['rank', 'group_date', 'group_key', 'ordinal']


def _order_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('rank', sa.Integer(), nullable=False),
        sa.Column('group_date', sa.Date(), nullable=False),
        sa.Column('group_key', CodePointString, nullable=False),
        sa.Column('ordinal', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('contradictions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('scope', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('entities', sa.JSON(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('listed', sa.Boolean(), nullable=False),
    *_order_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contradictions'))
    )
    with op.batch_alter_table('contradictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contradictions_scope'), ['scope'], unique=False)
        batch_op.create_index('ix_contradictions_order', ['listed', *ORDER], unique=False)

    op.create_table('contradiction_entities',
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('contradiction_id', sa.Integer(), nullable=False),
    sa.Column('listed', sa.Boolean(), nullable=False),
    *_order_columns(),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_entities.id'], name=op.f('fk_contradiction_entities_canonical_id_canonical_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contradiction_id'], ['contradictions.id'], name=op.f('fk_contradiction_entities_contradiction_id_contradictions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('canonical_id', 'contradiction_id', name=op.f('pk_contradiction_entities'))
    )
    with op.batch_alter_table('contradiction_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contradiction_entities_contradiction_id'), ['contradiction_id'], unique=False)
        batch_op.create_index('ix_contradiction_entities_order', ['canonical_id', 'listed', *ORDER, 'contradiction_id'], unique=False)

    op.create_table('contradiction_documents',
    sa.Column('contradiction_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['contradiction_id'], ['contradictions.id'], name=op.f('fk_contradiction_documents_contradiction_id_contradictions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contradiction_id', 'document_id', name=op.f('pk_contradiction_documents'))
    )
    with op.batch_alter_table('contradiction_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contradiction_documents_document_id'), ['document_id'], unique=False)

    # The facts an entity is the source of, found when its name changes (their contradictions show it).
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attributions_source_entity_key'), ['source_entity_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_attributions_via_entity_key'), ['via_entity_key'], unique=False)
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facts_attribution_key'), ['attribution_key'], unique=False)

    op.create_table('kb_state',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_kb_state'))
    )
    # A knowledge base resolved before this revision has no contradictions stored: the next resolve computes them.
    op.execute(
        "INSERT INTO kb_state (name, value) SELECT 'contradictions', 'stale' "
        "WHERE EXISTS (SELECT 1 FROM canonical_entities)"
    )


def downgrade() -> None:
    op.drop_table('kb_state')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_attribution_key'))
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attributions_via_entity_key'))
        batch_op.drop_index(batch_op.f('ix_attributions_source_entity_key'))
    op.drop_table('contradiction_documents')
    op.drop_table('contradiction_entities')
    op.drop_table('contradictions')

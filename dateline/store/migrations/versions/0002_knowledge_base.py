"""Knowledge base: canonical entities, their names, links from document entities, fact index, corrections.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('canonical_entities',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('documents', sa.Integer(), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.Column('birth_from', sa.Date(), nullable=True),
    sa.Column('birth_to', sa.Date(), nullable=True),
    sa.Column('profile', sa.JSON(), nullable=False),
    sa.Column('vector', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_canonical_entities'))
    )
    with op.batch_alter_table('canonical_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canonical_entities_name'), ['name'], unique=False)

    op.create_table('corrections',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('document_a', sa.String(), nullable=False),
    sa.Column('name_a', sa.Text(), nullable=False),
    sa.Column('document_b', sa.String(), nullable=False),
    sa.Column('name_b', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections'))
    )
    op.create_table('canonical_names',
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_entities.id'], name=op.f('fk_canonical_names_canonical_id_canonical_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('canonical_id', 'name_key', name=op.f('pk_canonical_names'))
    )
    with op.batch_alter_table('canonical_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canonical_names_name_key'), ['name_key'], unique=False)

    op.create_table('entity_links',
    sa.Column('entity_key', sa.String(), nullable=False),
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('linked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_entities.id'], name=op.f('fk_entity_links_canonical_id_canonical_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_key'], ['entities.key'], name=op.f('fk_entity_links_entity_key_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entity_key', name=op.f('pk_entity_links'))
    )
    with op.batch_alter_table('entity_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_links_canonical_id'), ['canonical_id'], unique=False)

    op.create_table('canonical_facts',
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('fact_key', sa.String(), nullable=False),
    sa.Column('sort_date', sa.Date(), nullable=True),
    sa.Column('statement', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_entities.id'], name=op.f('fk_canonical_facts_canonical_id_canonical_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fact_key'], ['facts.key'], name=op.f('fk_canonical_facts_fact_key_facts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('canonical_id', 'fact_key', name=op.f('pk_canonical_facts'))
    )
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canonical_facts_fact_key'), ['fact_key'], unique=False)
        batch_op.create_index('ix_canonical_facts_timeline', ['canonical_id', 'sort_date'], unique=False)
        batch_op.create_index('ix_canonical_facts_statement', ['canonical_id', 'statement'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.drop_index('ix_canonical_facts_statement')
        batch_op.drop_index('ix_canonical_facts_timeline')
        batch_op.drop_index(batch_op.f('ix_canonical_facts_fact_key'))

    op.drop_table('canonical_facts')
    with op.batch_alter_table('entity_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_links_canonical_id'))

    op.drop_table('entity_links')
    with op.batch_alter_table('canonical_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canonical_names_name_key'))

    op.drop_table('canonical_names')
    op.drop_table('corrections')
    with op.batch_alter_table('canonical_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canonical_entities_name'))

    op.drop_table('canonical_entities')

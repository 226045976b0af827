"""Initial tables: documents, entities, mentions, attributes, times, attributions, facts, ingest errors.

Revision ID: 0001
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('words', sa.Integer(), nullable=False),
    sa.Column('schema', sa.String(), nullable=False),
    sa.Column('analyser', sa.String(), nullable=True),
    sa.Column('analysis', sa.JSON(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_date'), ['date'], unique=False)

    op.create_table('ingest_errors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('input', sa.Text(), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_errors'))
    )
    op.create_table('entities',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('local_id', sa.String(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_entities_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_entities'))
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_document_id'), ['document_id'], unique=False)
        batch_op.create_index('ix_entities_name', ['name'], unique=False)

    op.create_table('times',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('local_id', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.Column('anchor', sa.String(), nullable=True),
    sa.Column('resolved', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_times_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_times'))
    )
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_times_document_id'), ['document_id'], unique=False)

    op.create_table('attributions',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('local_id', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=True),
    sa.Column('source_start', sa.Integer(), nullable=True),
    sa.Column('source_end', sa.Integer(), nullable=True),
    sa.Column('source_entity_key', sa.String(), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('via_entity_key', sa.String(), nullable=True),
    sa.Column('cue_text', sa.Text(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('polarity', sa.String(), nullable=False),
    sa.Column('certainty', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_attributions_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_entity_key'], ['entities.key'], name=op.f('fk_attributions_source_entity_key_entities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['via_entity_key'], ['entities.key'], name=op.f('fk_attributions_via_entity_key_entities'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_attributions'))
    )
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attributions_document_id'), ['document_id'], unique=False)

    op.create_table('entity_attributes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity_key', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('interval', sa.String(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_entity_attributes_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_key'], ['entities.key'], name=op.f('fk_entity_attributes_entity_key_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entity_attributes'))
    )
    with op.batch_alter_table('entity_attributes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entity_attributes_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entity_attributes_entity_key'), ['entity_key'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity_key', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('group_id', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_key'], ['entities.key'], name=op.f('fk_mentions_entity_key_entities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_entity_key'), ['entity_key'], unique=False)

    op.create_table('facts',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('document_id', sa.String(), nullable=False),
    sa.Column('local_id', sa.String(), nullable=False),
    sa.Column('predicate', sa.String(), nullable=False),
    sa.Column('object_entity_key', sa.String(), nullable=True),
    sa.Column('place_entity_key', sa.String(), nullable=True),
    sa.Column('time_key', sa.String(), nullable=True),
    sa.Column('time', sa.String(), nullable=True),
    sa.Column('time_start', sa.Date(), nullable=True),
    sa.Column('time_end', sa.Date(), nullable=True),
    sa.Column('valid_from', sa.String(), nullable=True),
    sa.Column('valid_to', sa.String(), nullable=True),
    sa.Column('polarity', sa.String(), nullable=False),
    sa.Column('certainty', sa.String(), nullable=False),
    sa.Column('asserted_by', sa.String(), nullable=False),
    sa.Column('attribution_key', sa.String(), nullable=True),
    sa.Column('trigger_text', sa.Text(), nullable=False),
    sa.Column('trigger_start', sa.Integer(), nullable=False),
    sa.Column('trigger_end', sa.Integer(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('arguments', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['attribution_key'], ['attributions.key'], name=op.f('fk_facts_attribution_key_attributions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_facts_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['object_entity_key'], ['entities.key'], name=op.f('fk_facts_object_entity_key_entities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['place_entity_key'], ['entities.key'], name=op.f('fk_facts_place_entity_key_entities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['time_key'], ['times.key'], name=op.f('fk_facts_time_key_times'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_facts'))
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facts_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_predicate'), ['predicate'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_time_start'), ['time_start'], unique=False)

    op.create_table('fact_participants',
    sa.Column('fact_key', sa.String(), nullable=False),
    sa.Column('entity_key', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entity_key'], ['entities.key'], name=op.f('fk_fact_participants_entity_key_entities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fact_key'], ['facts.key'], name=op.f('fk_fact_participants_fact_key_facts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('fact_key', 'entity_key', name=op.f('pk_fact_participants'))
    )
    with op.batch_alter_table('fact_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fact_participants_entity_key'), ['entity_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('fact_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fact_participants_entity_key'))

    op.drop_table('fact_participants')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_time_start'))
        batch_op.drop_index(batch_op.f('ix_facts_predicate'))
        batch_op.drop_index(batch_op.f('ix_facts_document_id'))

    op.drop_table('facts')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_entity_key'))
        batch_op.drop_index(batch_op.f('ix_mentions_document_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('entity_attributes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entity_attributes_entity_key'))
        batch_op.drop_index(batch_op.f('ix_entity_attributes_document_id'))

    op.drop_table('entity_attributes')
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attributions_document_id'))

    op.drop_table('attributions')
    with op.batch_alter_table('times', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_times_document_id'))

    op.drop_table('times')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_name')
        batch_op.drop_index(batch_op.f('ix_entities_document_id'))

    op.drop_table('entities')
    op.drop_table('ingest_errors')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_date'))

    op.drop_table('documents')

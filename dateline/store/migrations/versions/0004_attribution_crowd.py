"""Attributions: whether the source is the crowd ("set tongues wagging", "fans speculate"), as the analysis says.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('crowd', sa.Boolean(), server_default=sa.false(), nullable=False))
    _mark_crowd_sources(op.get_bind())


def _mark_crowd_sources(connection: sa.Connection) -> None:
    """Read the flag from each stored analysis: the column is new, the analyses always had it."""
    documents = connection.execute(
        sa.text("SELECT id, analysis FROM documents WHERE id IN (SELECT document_id FROM attributions WHERE anonymous)")
    )
    crowd_keys = []
    for document_id, analysis in documents:
        record = json.loads(analysis) if isinstance(analysis, str) else analysis
        for attribution in record.get("attributions", []):
            if (attribution.get("source") or {}).get("crowd"):
                crowd_keys.append({"key": f"{document_id}/{attribution['id']}"})
    if crowd_keys:
        connection.execute(sa.text("UPDATE attributions SET crowd = TRUE WHERE key = :key"), crowd_keys)


def downgrade() -> None:
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.drop_column('crowd')

"""Statement keys tell apart an award's years: ``won_award|5|"best actor"|2005`` (was ``won_award|5|"best actor"``).

The fact index (``canonical_facts.statement``) and the contradictions' ``statement:`` scopes hold keys in
which the best actor of 2004 and that of 2005 were one statement. As in 0007, the keys depend on the
knowledge-base rules (kb.yaml ``yearly_predicates``), so they are not rewritten here: the migration marks
them and the contradictions stale, and the next resolve indexes every fact again and computes every
contradiction.

Going down, the keys lose their year (the form of 0007) and the contradictions are computed again.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

STALE = (
    "INSERT INTO kb_state (name, value) SELECT '{name}', 'stale' "
    "WHERE EXISTS (SELECT 1 FROM canonical_entities)"
)


def _mark_stale(*names: str) -> None:
    for name in names:
        op.execute(f"DELETE FROM kb_state WHERE name = '{name}'")
        op.execute(STALE.format(name=name))


def upgrade() -> None:
    _mark_stale('statements', 'contradictions')


def downgrade() -> None:
    # A year is a fourth field after the object; a text's "|" is escaped, so a key with three "|" has one.
    connection = op.get_bind()
    index = sa.table('canonical_facts', sa.column('statement', sa.String()))
    keys = connection.execute(sa.select(index.c.statement).where(index.c.statement.like('%|%|%|%')).distinct()).scalars()
    for statement in list(keys):
        older = statement.rpartition('|')[0]
        connection.execute(sa.update(index).where(index.c.statement == statement).values(statement=older))
    _mark_stale('contradictions')

"""Statement keys tell apart the objects kept as text: ``won_award|5|"best actor"`` (was ``won_award|5|``).

The fact index (``canonical_facts.statement``) and the contradictions' ``statement:`` scopes hold the old
keys, in which every award one person won, kept as text, was one statement. The keys depend on the
knowledge-base rules and the object texts' normal form, so they are not rewritten here: the migration
marks them stale, and the next resolve (``dateline resolve``, ``ingest``, any knowledge-base command or
``serve``) indexes every fact again and computes every contradiction, as after 0005.

Going down, the keys lose their text again (the older form) and the contradictions are computed again.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
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
    # The older keys end at the object's id or nothing: a quoted text (which has no "|") goes.
    connection = op.get_bind()
    index = sa.table('canonical_facts', sa.column('statement', sa.String()))
    texts = connection.execute(sa.select(index.c.statement).where(index.c.statement.like('%|"%')).distinct()).scalars()
    for statement in list(texts):
        older = statement.rpartition('|')[0] + '|'
        connection.execute(sa.update(index).where(index.c.statement == statement).values(statement=older))
    op.execute("DELETE FROM kb_state WHERE name = 'statements'")
    _mark_stale('contradictions')

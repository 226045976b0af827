"""Resolving a store before a command reads its knowledge base, saying so when it takes long."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.cli.app import err_console

if TYPE_CHECKING:  # the knowledge base imports SQLAlchemy: the caller has it imported already
    from dateline.kb import KnowledgeBase, ResolveSummary

__all__ = ["resolve_with_notice"]


def resolve_with_notice(knowledge: KnowledgeBase) -> ResolveSummary:
    """Resolve the store's new documents, saying so first when every contradiction is about to be computed."""
    notice = None
    if knowledge.statement_keys_stale():
        notice = ("knowledge base: computing every contradiction once, after indexing every fact again (statements "
                  "tell awards kept as text apart since schema 0007, and their years since 0008; this store predates one)")
    elif knowledge.contradictions_stale():
        notice = "knowledge base: computing every contradiction once (stored since schema 0005; this store predates it)"
    if notice:
        err_console.print(notice, markup=False, soft_wrap=True)  # one line, whatever the terminal's width
    return knowledge.resolve()

"""Resolving a store before a command reads its knowledge base, saying so when it takes long."""

from __future__ import annotations

from dateline.cli.app import err_console
from dateline.kb import KnowledgeBase, ResolveSummary

__all__ = ["resolve_with_notice"]


def resolve_with_notice(knowledge: KnowledgeBase) -> ResolveSummary:
    """Resolve the store's new documents, saying so first when every contradiction is about to be computed."""
    if knowledge.contradictions_stale():
        err_console.print(
            "knowledge base: computing every contradiction once (stored since schema 0005; this store predates it)",
            markup=False,
        )
    return knowledge.resolve()

"""Resolving a store before a command reads its knowledge base, saying so when it takes long."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import typer

from dateline.cli.app import err_console

if TYPE_CHECKING:  # the knowledge base imports SQLAlchemy: the caller has it imported already
    from dateline.kb import KnowledgeBase, ResolveSummary

__all__ = ["interrupted_resolving", "resolve_with_notice"]


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
    with interrupted_resolving():
        return knowledge.resolve()


@contextlib.contextmanager
def interrupted_resolving() -> Iterator[None]:
    """On Ctrl-C while linking, say what is kept and what comes next, and exit 130.

    It ended without a word, even after a rebuild had emptied the entities; the documents stay
    stored, and the next command that reads the knowledge base links what is left.
    """
    try:
        yield
    except KeyboardInterrupt:
        typer.echo(
            "Interrupted while linking entities across articles: the documents are stored; the next dateline "
            "resolve (or any command that reads entities) links the ones left.",
            err=True,
        )
        raise typer.Exit(130) from None

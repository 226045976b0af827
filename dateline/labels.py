"""How records are named for people reading a list: shared by the CLI and the web pages."""

from __future__ import annotations

__all__ = ["counted", "document_label"]


def document_label(title: str | None, document_id: str) -> str:
    """How a document is named in lists: its title, else its id (a long hash id shortened)."""
    if title:
        return title
    return document_id if len(document_id) <= 24 else f"{document_id[:12]}…"


def counted(number: int, noun: str) -> str:
    """``number`` and ``noun``, plural unless one: "1 document", "3 documents" (not "1 documents")."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"

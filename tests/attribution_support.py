"""Reading attributions in tests: each one as (source text, cue text, content texts)."""

from __future__ import annotations

from dateline.model import Attribution


def roles(attribution: Attribution) -> tuple[str | None, str | None, list[str]]:
    """The source, cue and content of one attribution, as text."""
    source = attribution.source.text if attribution.source else None
    cue = attribution.cue.text if attribution.cue else None
    return source, cue, [span.text for span in attribution.content]


def all_roles(found: list[Attribution]) -> list[tuple[str | None, str | None, list[str]]]:
    """The roles of every attribution, in order."""
    return [roles(attribution) for attribution in found]

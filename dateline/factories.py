"""dateline's spaCy components, registered so that ``nlp.add_pipe("dateline_...")`` works."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["add_dateline_pipes"]


def add_dateline_pipes(nlp: Language) -> None:
    """Add the rule components dateline's stages expect to a loaded pipeline."""

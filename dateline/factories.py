"""dateline's spaCy components, registered so that ``nlp.add_pipe("dateline_...")`` works."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from dateline.components.context import ContextEntityRuler
from dateline.components.patterns import make_entity_ruler

if TYPE_CHECKING:
    from spacy.pipeline import SpanRuler

__all__ = ["DATELINE_PIPES", "add_dateline_pipes", "make_context_entity_ruler", "make_pattern_entity_ruler"]

#: dateline's own components, in the order they run after spaCy's.
DATELINE_PIPES = ("dateline_entity_ruler", "dateline_entity_context")


@Language.factory(
    "dateline_entity_ruler",
    default_config={"patterns_file": "entity_patterns.yaml"},
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_pattern_entity_ruler(nlp: Language, name: str, patterns_file: str) -> SpanRuler:
    """The names of ``patterns_file`` (outlets, regions) as entities, winning over NER guesses."""
    return make_entity_ruler(nlp, name, patterns_file=patterns_file)


@Language.factory(
    "dateline_entity_context",
    default_config={"rules_file": "entity_context.yaml"},
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos", "token.dep"],
)
def make_context_entity_ruler(nlp: Language, name: str, rules_file: str) -> ContextEntityRuler:
    """Work titles and outlets found by their context (``rules_file``)."""
    return ContextEntityRuler(nlp, name, rules_file=rules_file)


def add_dateline_pipes(nlp: Language) -> None:
    """Add the rule components dateline's stages expect to a loaded pipeline.

    They run after the statistical NER, whose entities they correct: first the listed names
    (``dateline_entity_ruler``), then the context rules (``dateline_entity_context``).
    """
    anchor = "ner" if "ner" in nlp.pipe_names else None
    if "dateline_entity_ruler" not in nlp.pipe_names:
        nlp.add_pipe("dateline_entity_ruler", after=anchor)
    if "dateline_entity_context" not in nlp.pipe_names:
        nlp.add_pipe("dateline_entity_context", after="dateline_entity_ruler")

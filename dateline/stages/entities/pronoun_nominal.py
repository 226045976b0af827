"""A subject pronoun after a sentence whose subject is a description ("The actor began his career ...
He later appeared in ...").

The resolver ties pronouns before descriptions such as "the actor" are tied to anyone, so a pronoun
that continues such a subject would see only the names around it, often a name the description's
sentence mentions in passing ("playing Macduff to Orson Welles' Macbeth"). For a main-clause subject
pronoun whose previous sentence's main subject is a description of a person, the person that
description goes to (dateline/stages/entities/nominals.py) is favoured (``nominal_subject`` in
``coref.yaml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.attributes import describe_names
from dateline.stages.entities.lexicon import coref_weights
from dateline.stages.entities.nominals import nominal_antecedent, nominal_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.stages.entities.discourse import Discourse

__all__ = ["nominal_subject_before"]


def nominal_subject_before(discourse: Discourse, pronoun: Token) -> int | None:
    """The cluster of the description that is the previous sentence's main subject, for a main-clause
    subject pronoun outside quotations; None when there is none."""
    sentence = discourse.sentence_of[pronoun.i]
    if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT" or sentence == 0 or discourse.quote_of[pronoun.i] >= 0:
        return None
    previous = discourse.doc[discourse.sentence_starts[sentence - 1] : discourse.sentence_starts[sentence]]
    subject = next((child for child in previous.root.children if child.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or discourse.covered(subject.i, subject.i + 1):
        return None
    nominal = nominal_at(discourse, subject)  # the one of find_nominals that ends at the subject
    if nominal is None:
        return None
    describe_names(discourse)  # the occupations the description is matched on ("Irish actor Dan Lee"); idempotent
    return nominal_antecedent(discourse, nominal, coref_weights().nominal_window_sentences)

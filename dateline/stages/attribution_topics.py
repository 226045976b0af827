"""Talk about a topic: "[Ana] talked about [her plans]", "[he] bragged about [the crowd]".

A verb of talking whose only complement is the object of a preposition that names what was talked
about (``topic_verbs`` in attribution.yaml, verb lemma -> prepositions) attributes that topic to
its subject: PolNeAR annotates such phrases with the topic as content and the verb through the
preposition as cue. Only a verb with a subject in the parse (its own, or that of the verb it is
coordinated with or subordinated to), with no clause or object of its own (those are the lexicon's
contents), whose preposition comes right after it or after its particle or adverbs ("talked
openly about"), and outside a quotation (a quoted "we talked about it" is the quotation's); not
in a relative clause or on a noun (``_NOUN_CLAUSES``), and only where no other candidate (the cue
model's, mostly) took the verb. It has no commitment class: talking about a topic asserts nothing
about it, so the cue cuts no content it stands in ("said [he left and talked about the ferry]")
and takes no quotation after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate, linked_cue, source_span, subject_of
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, Layout, overlaps, quotation_at, subtree_chars

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["topic_candidates"]

#: Dependents that are a content of the verb's own: then the topic is no content.
_OWN_CONTENTS = frozenset({"ccomp", "xcomp", "dobj", "dative"})
#: The tags of the word that opens a question ("how", "why", "what").
_QUESTION_TAGS = frozenset({"WRB", "WP"})
#: Clauses that modify a noun: "the things [Ana] has said about [Rui]" (the noun belongs to the
#: content), "footage of Ana talking about ..." (the speaker is inside the noun phrase).
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
#: What may stand between the verb and its preposition ("talked [openly] about", "spoke [out] about").
_BETWEEN = frozenset({"advmod", "prt", "npadvmod"})


def _topic(verb: Token, prepositions: frozenset[str]) -> tuple[Token, Token] | None:
    """The preposition and its object, when the preposition follows the verb past its adverbs."""
    if verb.dep_ in _NOUN_CLAUSES or any(child.dep_ in _OWN_CONTENTS for child in verb.children):
        return None
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            between = verb.doc[verb.i + 1 : child.i]
            if target is None or any(t.head.i != verb.i or t.dep_ not in _BETWEEN for t in between):
                return None
            return child, target
        if child.dep_ not in _BETWEEN:
            return None
    return None


def _with_question(doc: Doc, target: Token, span: CharSpan) -> CharSpan:
    """A topic goes on through a question coordinated with it, wherever the parser hung that:
    "talked about [immigration and how it is changing the country]"."""
    after = target.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "and" or doc[after + 1].tag_ not in _QUESTION_TAGS:
        return span
    clause = doc[after + 1].head
    if clause.left_edge.i != after + 1 or clause.i <= after:
        return span
    last = clause.right_edge
    while last.i > clause.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return span[0], last.idx + len(last.text)


def topic_candidates(
    doc: Doc, lexicon: AttributionLexicon, quotations: list[Quotation], *, layout: Layout, cues: list[CharSpan]
) -> list[Candidate]:
    """Each verb of ``topic_verbs`` with a subject and a topic: the verb through the preposition is
    the cue, the preposition's object the content; not a verb inside ``cues`` (the other candidates')."""
    found: list[Candidate] = []
    for index, lemma in enumerate(layout.lemmas):
        prepositions = lexicon.topic_verbs.get(lemma)
        if not prepositions:
            continue  # before making a Token: most words are no verb of talking
        verb = doc[index]
        if verb.pos_ != "VERB" or quotation_at(quotations, verb) is not None:
            continue
        parts = _topic(verb, prepositions)
        subject = subject_of(verb, quotations=quotations) if parts is not None else None
        if parts is None or subject is None or subject.tag_ in ("WP", "WDT"):
            continue
        preposition, target = parts
        cue = linked_cue(verb, preposition, lexicon=lexicon)
        content = subtree_chars(doc, target, quotations=quotations)
        source = source_span(doc, subject, cue=verb)
        if content is None or source is None or any(overlaps(cue, other) for other in cues):
            continue
        content = _with_question(doc, target, content)
        if overlaps(source, content):
            continue
        found.append(
            Candidate(cue=cue, head=verb, content=[content], source=source, source_head=subject, commitment=None)
        )
    return found

"""Candidates from the learned cue model: a word the hand lexicon does not cover, and its content.

For a word the rules found nothing for, every cue option (dateline/stages/cue_options.py) is scored
by the cue model; the most probable one at or above the threshold is a candidate. Its content is
the subtree of the option's dependent (with the subject of a raising passive: "[Ana] is
expected [to sign]"), its cue the word with its auxiliaries (and the preposition
that links it to its content: "called for"), and its source the word's subject (the agent of a
passive), or for an adjective the subject of its copula ("were critical of"). An active verb
without a subject in the parse is no candidate, but for a raising verb ("[the race] seemed [to be
hers]"), whose subject is part of the content; nor is a passive without agent, but for a raising
passive ("[the tour] is expected [to start]"): "the film was shown", "he was known for his
research" describe. Auxiliaries (``not_learned_cues`` in attribution.yaml: "he was 'lewd'") never
are learned cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import (
    Candidate,
    cue_span,
    is_passive,
    linked_cue,
    source_span,
    subject_of,
)
from dateline.stages.attribution_content import from_object, with_complements, with_object
from dateline.stages.attribution_rules import AttributionLexicon, is_act_frame
from dateline.stages.cue_options import CueWord, content_options, option_context, option_features
from dateline.stages.quotes import Quotation
from dateline.stages.spans import (
    CharSpan,
    holds_quotation,
    overlaps,
    paragraph_of,
    quotation_at,
    subtree_chars,
    within,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.learn.cue_model import CueModel

__all__ = ["learned_source", "model_candidate", "option_candidate", "witnessed"]


def learned_source(word: Token, relation: str) -> Token | None:
    """The source word of a learned cue: see the module docstring."""
    if relation == "nsubjpass" or is_passive(word):
        agent = next((c for c in word.children if c.dep_ == "agent"), None)
        return next((t for t in agent.children if t.dep_ == "pobj"), None) if agent is not None else None
    if word.pos_ in ("VERB", "AUX"):
        return subject_of(word)
    if word.dep_ == "acomp" and word.head.pos_ in ("VERB", "AUX"):
        return subject_of(word.head)
    return None


def witnessed(word: Token, subject: Token | None, *, lexicon: AttributionLexicon) -> bool:
    """Whether a learned cue only says what a work, an occasion or a time saw happen: "[the ceremony] also
    saw the induction of ...", "[2004] saw ..." (``witness_verbs``): no one's view, no attribution."""
    if subject is None or word.lemma_.lower() not in lexicon.witness_verbs:
        return False
    return subject.lemma_.lower() in lexicon.witness_subjects or subject.ent_type_ in lexicon.witness_entity_types


def _raised_subject(doc: Doc, word: Token, subject: Token, quotations: list[Quotation]) -> CharSpan | None:
    """The subject of a raising verb, with a second subject the parser split off right after it: "[A
    saxophone belonging to jazz musician Charlie Parker] is expected to ..." ("Parker" parsed as a subject
    of its own)."""
    span = subtree_chars(doc, subject, quotations=quotations)
    for other in word.lefts:
        if other.i <= subject.i or other.dep_ != subject.dep_ or other.left_edge.i != subject.right_edge.i + 1:
            continue
        more = subtree_chars(doc, other, quotations=quotations)
        if span is not None and more is not None:
            span = (span[0], more[1])
    return span


def _raising(word: Token, *, lexicon: AttributionLexicon) -> tuple[Token, Token] | None:
    """The subject and to-infinitive of a raising verb: "[Ana] is expected [to sign]", "[Ana] seems [to
    agree]". The subject belongs to the content; the source, if any, is the agent of the passive."""
    if is_passive(word):
        subject = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
        relations: tuple[str, ...] = ("xcomp",)  # not "[Ana] was told [that ...]": Ana is the hearer
    elif word.lemma_.lower() in lexicon.raising_verbs:
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        relations = ("xcomp", "acomp")  # "[his voice] seemed [weaker]"
    else:
        return None
    infinitive = next((c for c in word.children if c.dep_ in relations), None)
    if subject is None or infinitive is None or subject.i > infinitive.i:
        return None
    if subject.lower_ in ("it", "there"):
        return None  # "it seems that ...": the expletive subject is no part of the content
    return subject, infinitive


def _best_option(word: Token, model: CueModel, quotations: list[Quotation]) -> tuple[float, str, Token] | None:
    """The most probable cue option of ``word``: (probability, relation, content head)."""
    options = list(content_options(word))
    cue_word = CueWord.of(word) if options else None  # read once for all the word's options
    scored = []
    for relation, head in options:
        quoted = quotation_at(quotations, head) is not None
        features = option_features(word, relation, head, quoted=quoted, word=cue_word)
        context = option_context(word, head) if model.contextual else None
        scored.append((model.probability(features, context=context), relation, head))
    return max(scored, key=lambda item: item[0]) if scored else None


def _content(
    doc: Doc,
    word: Token,
    relation: str,
    head: Token,
    quotations: list[Quotation],
    *,
    text: str,
    lexicon: AttributionLexicon,
) -> CharSpan | None:
    if head.pos_ == "PRON" and head.n_lefts + head.n_rights == 0 and head.lower_ not in ("it", "this", "that"):
        return None  # "what they call ...", "referred to him": the content is elsewhere
    span = subtree_chars(doc, head, quotations=quotations)
    if span is not None:
        span = within(doc, span, paragraph_of(text, word.idx))
    if span is not None and relation in ("xcomp", "prep:as", "oprd"):
        span = with_object(doc, word, head, span, lexicon=lexicon)
    if span is not None:
        span = within(doc, with_complements(doc, word, head, span, lexicon=lexicon), paragraph_of(text, word.idx)) or span
    if span is not None and relation.startswith("prep:"):
        span = from_object(word, head, span, lexicon=lexicon)
    return span



def _cue(word: Token, relation: str, head: Token, *, lexicon: AttributionLexicon) -> CharSpan:
    if relation.startswith("prep:") and head.head.head.i == word.i:
        return linked_cue(word, head.head, lexicon=lexicon)
    return cue_span(word, lexicon=lexicon)


def option_candidate(
    doc: Doc,
    word: Token,
    relation: str,
    head: Token,
    quotations: list[Quotation],
    *,
    lexicon: AttributionLexicon,
    text: str,
) -> Candidate | None:
    """The candidate a cue option makes: ``word`` as the cue, ``head``'s subtree as the content."""
    raising = _raising(word, lexicon=lexicon) if relation in ("xcomp", "acomp", "nsubjpass") else None
    if raising is not None:
        relation, head = "xcomp", raising[1]
    span = _content(doc, word, relation, head, quotations, text=text, lexicon=lexicon)
    if span is None:
        return None
    cue = _cue(word, relation, head, lexicon=lexicon)
    quotation = quotation_at(quotations, head)
    if raising is not None:
        subject = _raised_subject(doc, word, raising[0], quotations) or span
        candidate = Candidate(cue=cue, head=word, content=[subject, span])
    elif quotation is not None and quotation.covers(*span):
        candidate = Candidate(cue=cue, head=word, content=list(quotation.pieces), direct=True)
    else:
        mixed = holds_quotation(quotations, *span)
        candidate = Candidate(cue=cue, head=word, content=[span], mixed=mixed)
    candidate.commitment = None
    candidate.content_head = head
    source = learned_source(word, "nsubjpass" if raising is not None else relation)
    if witnessed(word, source, lexicon=lexicon):
        return None
    if source is not None:
        candidate.source = source_span(doc, source, cue=word)
        candidate.source_head = source if candidate.source else None
    if overlaps(cue, span):
        return None
    if candidate.source and any(overlaps(candidate.source, piece) for piece in candidate.content):
        return None
    return candidate


def model_candidate(
    doc: Doc,
    word: Token,
    model: CueModel,
    quotations: list[Quotation],
    *,
    threshold: float,
    lexicon: AttributionLexicon,
    text: str,
) -> Candidate | None:
    """The candidate of ``word``'s most probable cue option, when the model gives it ``threshold`` or more."""
    if quotation_at(quotations, word) is not None or word.lemma_.lower() in lexicon.not_learned_cues:
        return None
    best = _best_option(word, model, quotations)
    if best is None or best[0] < threshold:
        return None
    _, relation, head = best
    if is_act_frame(lexicon, word.lemma_.lower(), relation):
        return None
    candidate = option_candidate(doc, word, relation, head, quotations, lexicon=lexicon, text=text)
    if candidate is None or candidate.source is not None:
        return candidate
    if len(candidate.content) == 2 or (not is_passive(word) and word.lemma_.lower() in lexicon.raising_verbs):
        return candidate  # "[the tour] is expected [to start]", "it seems that ...": no source in the text
    # Otherwise a passive without agent mostly describes ("the film was shown", "he was known for
    # his research"), and an active verb without subject in the parse is too often no attribution.
    return None

"""Finding attribution candidates in a parsed document: a cue with its source and content spans.

The cues found:

- a cue verb of the lexicon ("said", "told", "denied") whose content is a clausal complement,
  a quotation next to its clause, a to-infinitive or (for some verbs) a noun-phrase object
  (attribution_content.py); its source is the subject, or the agent of a passive, or nothing
  ("it is understood that");
- another verb, when one of its dependents matches a learned cue frame ("urged ... to");
- another verb, noun or adjective, when the learned cue model scores one of its cue options
  high enough ("wants to", "support for", "were critical of"; attribution_learned.py);
- "according to X", crowd speculation (attribution_phrases.py);
- a reputation in the passive ("[Ana] is known for [her wit]", attribution_passives.py), a stance
  adjective after a copula ("[Ana] is confident [that ...]", attribution_stances.py), any verb
  opening a quotation with a colon ("[Ana] retorted: [...]", attribution_colon.py), a verb of
  talking with its topic ("[Ana] talked about [her plans]", attribution_topics.py);
- punctuation: a line "Speaker: clause", a quotation signed "― Name" (attribution_lines.py).

Spans are character offsets; nothing here knows about entities (see attribution_sources.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.learn.cue_frames import CueFrame
from dateline.stages.attribution_candidate import (
    Candidate,
    cue_span,
    is_passive,
    linked_cue,
    postposed_subject,
    source_span,
    subject_of,
)
from dateline.stages.attribution_colon import colon_quote_candidates
from dateline.stages.attribution_content import (
    adjacent_quotations,
    as_clause_content,
    clause_content,
    colon_quotation,
    from_object,
    fronted_content,
    parenthetical_content,
    participle_quotation,
    with_complements,
    with_object,
)
from dateline.stages.attribution_learned import model_candidate, witnessed
from dateline.stages.attribution_lines import signed_quote_candidates, speaker_line_candidates
from dateline.stages.attribution_nouns import noun_candidates
from dateline.stages.attribution_passives import reputation_candidates
from dateline.stages.attribution_phrases import according_candidates, crowd_candidates, poll_candidates
from dateline.stages.attribution_rules import AttributionLexicon, CueVerb, is_act_frame
from dateline.stages.attribution_stances import stance_candidates
from dateline.stages.attribution_topics import topic_candidates
from dateline.stages.cue_options import CUE_POS, frame_relations
from dateline.stages.quotes import Quotation
from dateline.stages.spans import (
    Layout,
    holds_quotation,
    overlaps,
    paragraph_of,
    quotation_at,
    subtree_chars,
    within,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from dateline.learn.cue_model import CueModel

__all__ = ["find_candidates"]


#: The tag of an infinitive (or imperative): with no subject in the parse and no quotation, such a
#: cue verb is mostly a noun's complement or an aim, not an act of speech ("her refusal to
#: endorse", "in order to show"): on PolNeAR train 73 of the 77 such attributions matched no gold
#: one. Participles are kept: there the parse more often just misses the speaker (", saying ...":
#: 62 of 70 wrong on train, but about half of those read on news-dev are real attributions).
_NON_FINITE = frozenset({"VB"})


def _hearer(verb: Token, rule: CueVerb) -> Token | None:
    if not rule.hearer:
        return None
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.pos_ in ("PROPN", "NOUN", "PRON", "X"):
            return child
    return None


def _split_glued_hearer(doc: Doc, verb: Token, candidate: Candidate) -> None:
    """An organisation right after a verb of telling that the parser glued to the content's subject is
    the hearer: "told [BBC News] [schools had been crying out ...]", not one noun phrase "BBC News schools"."""
    if not candidate.content or verb.i + 1 >= len(doc):
        return
    first = doc[verb.i + 1]
    if candidate.content[0][0] != first.idx or first.ent_type_ != "ORG" or first.ent_iob_ != "B":
        return
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    name = doc[first.i : last.i + 1]
    if last.i + 1 >= len(doc) or any(t.dep_ != "compound" or t.head.i <= last.i for t in name if t.head not in name):
        return
    candidate.hearer = (first.idx, last.idx + len(last.text))
    candidate.content[0] = (doc[last.i + 1].idx, candidate.content[0][1])


def _inverted(doc: Doc, verb: Token, candidate: Candidate, rule: CueVerb) -> bool:
    """Whether a reported content comes first and its cue after a comma, subject last: "The band
    will play, added the spokesman". Not a verb whose object is its hearer ("told Ana")."""
    before = candidate.content[-1][1] <= verb.idx if candidate.content else False
    return before and not rule.hearer and verb.i > 0 and doc[verb.i - 1].text == ","


def _through_object_word(verb: Token, cue: tuple[int, int], rule: CueVerb) -> tuple[int, int]:
    """A cue that needs its object word ("as Ana put it") runs through it, and a colon right after it."""
    word = next((c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == rule.object_word), None)
    if word is None:
        return cue
    doc = verb.doc
    last = doc[word.i + 1] if word.i + 1 < len(doc) and doc[word.i + 1].text == ":" else word
    return cue[0], max(cue[1], last.idx + len(last.text))


def _verb_candidate(
    doc: Doc,
    verb: Token,
    rule: CueVerb,
    quotations: list[Quotation],
    sentence: SpacySpan,
    *,
    text: str,
    lexicon: AttributionLexicon,
    framing: bool = False,
) -> Candidate | None:
    """The candidate of a lexicon cue verb; with ``framing``, only as the "as" clause framing the
    clause it modifies ("As the Post reported, ..."), which is tried last, when no rule, frame or
    the cue model took the verb with a content of its own ("as she called for ...")."""
    passive = is_passive(verb)
    if rule.passive_only and not passive:
        return None
    if rule.particle and not any(c.dep_ == "prt" and c.lower_ == rule.particle for c in verb.children):
        return None
    if rule.object_word and not any(c.dep_ == "dobj" and c.lower_ == rule.object_word for c in verb.children):
        return None
    if quotation_at(quotations, verb) is not None and not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    introduced = None if rule.clause_only or framing else colon_quotation(doc, verb, quotations, sentence, text=text)
    candidate: Candidate | None
    if framing:
        framed = as_clause_content(doc, verb, quotations, lexicon=lexicon)
        candidate = Candidate(cue=(0, 0), head=verb, content=framed) if framed else None
    elif introduced is not None:
        candidate = Candidate(
            cue=(0, 0), head=verb, content=list(introduced.pieces), direct=True
        )
    else:
        candidate = clause_content(
            doc, verb, rule, quotations, paragraph=paragraph_of(text, verb.idx), lexicon=lexicon
        )
    if candidate is None and not rule.clause_only and not framing:
        adjacent = adjacent_quotations(
            doc, verb, quotations, sentence, text=text, hearer=_hearer(verb, rule), lexicon=lexicon
        )
        participle = None if adjacent else participle_quotation(verb, quotations, text=text)
        adjacent = [participle] if participle is not None else adjacent
        if adjacent:
            pieces = [piece for q in adjacent for piece in q.pieces]
            candidate = Candidate(cue=(0, 0), head=verb, content=pieces, direct=True)
        elif not rule.quote_only:
            around = parenthetical_content(doc, verb, quotations, hearer=_hearer(verb, rule))
            fronted = None if around else fronted_content(doc, verb, quotations)
            if around:
                candidate = Candidate(cue=(0, 0), head=verb, content=around)
            elif fronted is not None:
                candidate = Candidate(cue=(0, 0), head=verb, content=[fronted[0]], source_head=fronted[1])
    if candidate is None:
        return None
    own = _through_object_word(verb, cue_span(verb, lexicon=lexicon), rule)
    # A content that set its own cue keeps it, with the verb's words: "asked about".
    candidate.cue = own if candidate.cue == (0, 0) else (min(own[0], candidate.cue[0]), max(own[1], candidate.cue[1]))
    candidate.commitment = rule.commitment
    subject = (
        None if passive and not any(c.dep_ == "agent" for c in verb.children) else subject_of(verb, quotations=quotations)
    )
    if candidate.source_head is not None:
        subject = candidate.source_head  # the second subject, after a fronted content (`fronted_content`)
    if subject is None and not passive and (candidate.direct or _inverted(doc, verb, candidate, rule)):
        subject = postposed_subject(verb)
    if subject is None and not passive and not candidate.direct and verb.tag_ in _NON_FINITE:
        return None  # "her refusal to endorse", "in order to show", "too soon to say": no one speaks
    if subject is not None:
        candidate.source = source_span(doc, subject, cue=verb)
        candidate.source_head = subject if candidate.source else None
    hearer = _hearer(verb, rule)
    if hearer is not None:
        candidate.hearer = subtree_chars(doc, hearer)
    elif rule.hearer:
        _split_glued_hearer(doc, verb, candidate)
    if candidate.source and any(s[0] < candidate.source[1] and candidate.source[0] < s[1] for s in candidate.content):
        return None
    return candidate


def _with_manner_object(
    doc: Doc, verb: Token, head: Token, span: tuple[int, int], *, lexicon: AttributionLexicon
) -> tuple[int, int]:
    """A prepositional content that only says how the verb's object was treated ("mentioned [Ana by
    name]", ``manner_objects``) runs from that object: the object is what is attributed."""
    if head.dep_ != "pobj" or head.lemma_.lower() not in lexicon.manner_objects:
        return span
    preposition = head.head
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.i < preposition.i), None)
    return (found.left_edge.idx, span[1]) if found is not None and preposition.head.i == verb.i else span


def _frame_candidate(
    doc: Doc,
    verb: Token,
    frames: list[CueFrame],
    quotations: list[Quotation],
    *,
    threshold: float,
    lexicon: AttributionLexicon,
    text: str,
) -> Candidate | None:
    """A candidate from a learned frame: the most precise one whose relation the verb has."""
    offered = dict(frame_relations(verb))
    lemma = verb.lemma_.lower()
    usable = (f for f in frames if f.relation in offered and not is_act_frame(lexicon, lemma, f.relation))
    frame = next((f for f in usable if f.precision >= threshold), None)
    if frame is None or is_passive(verb) or quotation_at(quotations, verb) is not None:
        return None
    if verb.dep_ == "xcomp":
        return None  # "hoped to call a lawyer": an aim, not something said
    head = offered[frame.relation]
    if head.pos_ == "PRON" and head.n_lefts + head.n_rights == 0:
        return None  # "what they call ...", "referred to it": the content is elsewhere
    span = subtree_chars(doc, head, quotations=quotations)
    if span is not None:
        span = within(doc, span, paragraph_of(text, verb.idx))
    if span is None:
        return None
    if frame.relation == "xcomp" or frame.relation == "prep:as":
        span = with_object(doc, verb, head, span, lexicon=lexicon)
    span = within(doc, with_complements(doc, verb, head, span, lexicon=lexicon), paragraph_of(text, verb.idx)) or span
    span = _with_manner_object(doc, verb, head, span, lexicon=lexicon)
    if frame.relation.startswith("prep:"):
        span = from_object(verb, head, span, lexicon=lexicon)
    quotation = quotation_at(quotations, head)
    linked = frame.relation.startswith("prep:") and head.head.head.i == verb.i
    cue_start, cue_end = linked_cue(verb, head.head, lexicon=lexicon) if linked else cue_span(verb, lexicon=lexicon)
    if quotation is not None and quotation.covers(*span):
        candidate = Candidate(cue=(cue_start, cue_end), head=verb, content=list(quotation.pieces), direct=True)
    else:
        mixed = holds_quotation(quotations, *span)
        candidate = Candidate(cue=(cue_start, cue_end), head=verb, content=[span], mixed=mixed)
    candidate.commitment = None
    candidate.content_head = head
    subject = subject_of(verb)
    if subject is None or witnessed(verb, subject, lexicon=lexicon):
        return None  # a learned frame without a source in the text is too often no attribution at all
    if verb.lemma_.lower() in lexicon.raising_verbs:
        return _raised(doc, candidate, subject, quotations)
    candidate.source = source_span(doc, subject, cue=verb)
    candidate.source_head = subject if candidate.source else None
    if candidate.source and any(overlaps(candidate.source, piece) for piece in candidate.content):
        return None
    return candidate


def _raised(doc: Doc, candidate: Candidate, subject: Token, quotations: list[Quotation]) -> Candidate:
    """A raising verb's frame ("[the plan] seems like [a fair idea]"): its subject is no source but
    what the judgement is about, the first piece of the content, as in "[Ana] seems [to agree]". On
    PolNeAR train the gold has no source for 11 of the 12 such frames over a gold cue."""
    if subject.i < candidate.head.i and subject.lower_ not in ("it", "there"):
        span = subtree_chars(doc, subject, quotations=quotations)
        if span is not None and span[1] <= candidate.cue[0]:
            candidate.content = [span, *candidate.content]
            candidate.direct = False
    return candidate


def _in_concessive_opener(token: Token, sentence: SpacySpan, lexicon: AttributionLexicon) -> bool:
    """Whether ``token`` ends a concessive opener of its ``sentence`` set off by a comma ("That said, ..."):
    the writer's "even so", not anyone's saying."""
    after = token.i + 1
    if after >= len(token.doc) or token.doc[after].text != "," or token.i - sentence.start > 3:
        return False
    return token.doc[sentence.start : after].text.lower() in lexicon.concessive_openers


def find_candidates(
    doc: Doc,
    *,
    quotations: list[Quotation],
    lexicon: AttributionLexicon,
    layout: Layout,
    frames: dict[str, list[CueFrame]],
    frame_threshold: float = 0.5,
    model: CueModel | None = None,
) -> list[Candidate]:
    """Every attribution candidate of ``doc``, in text order of their cues.

    Verbs of the hand lexicon follow its rules; other verbs are cues when a learned frame
    (``frames``, by lemma) at least ``frame_threshold`` precise matches one of their dependents;
    any other word is one when the cue ``model`` scores one of its options at its threshold.
    """
    found: list[Candidate] = []
    for i, (pos, lemma) in enumerate(zip(layout.pos, layout.lemmas, strict=True)):
        if pos not in CUE_POS:
            continue
        token = doc[i]  # only here: making a Token for every word costs more than the tests above
        if _in_concessive_opener(token, layout.of(token), lexicon):
            continue
        rule = lexicon.cue_verbs.get(lemma) if pos in ("VERB", "AUX") else None
        candidate = None
        if rule is not None:
            candidate = _verb_candidate(
                doc, token, rule, quotations, layout.of(token), text=layout.text, lexicon=lexicon
            )
        if candidate is None and lemma in frames and pos in ("VERB", "AUX"):
            candidate = _frame_candidate(
                doc, token, frames[lemma], quotations, threshold=frame_threshold, lexicon=lexicon, text=layout.text
            )
        if candidate is None and model is not None:
            candidate = model_candidate(
                doc, token, model, quotations, threshold=model.threshold, lexicon=lexicon, text=layout.text
            )
        if candidate is None and rule is not None and not rule.quote_only:
            candidate = _verb_candidate(
                doc, token, rule, quotations, layout.of(token), text=layout.text, lexicon=lexicon, framing=True
            )
        if candidate is not None:
            found.append(candidate)
    found.extend(according_candidates(doc, lexicon, quotations, layout))
    found.extend(poll_candidates(doc, lexicon, quotations, layout))
    found.extend(noun_candidates(doc, lexicon, layout=layout))
    sources = [c.source for c in found if c.source]
    found.extend(reputation_candidates(doc, lexicon, quotations, layout=layout, sources=sources))
    cues = [c.cue for c in found]
    found.extend(stance_candidates(doc, lexicon, quotations, layout=layout, cues=cues, sources=sources))
    found.extend(colon_quote_candidates(doc, lexicon, quotations, layout=layout, cues=cues))
    found.extend(topic_candidates(doc, lexicon, quotations, layout=layout, cues=cues))
    found.extend(speaker_line_candidates(doc, text=layout.text, lexicon=lexicon))
    found.extend(signed_quote_candidates(doc, quotations, text=layout.text))
    found.extend(crowd_candidates(doc, lexicon, layout))
    for candidate in found:
        candidate.sentence = layout.number(candidate.head)
    found.sort(key=lambda c: c.cue)
    return found

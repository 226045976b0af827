"""The content of a cue verb: its complement clause, or a quotation next to its clause.

Tried in this order by attribution_cues.py: a quotation opened by a colon after the cue, the
complement clause (a quotation when the clause lies inside one), a quotation touching the cue's
clause, and the clause around a parenthetical cue ("The goal, he said, is peace").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import (
    Candidate,
    clause_break,
    is_passive,
    last_word,
    linked_cue,
    stray_subject,
    subject_of,
)
from dateline.stages.attribution_rules import AttributionLexicon, CueVerb
from dateline.stages.cue_options import before_colon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import (
    CharSpan,
    chars,
    holds_quotation,
    paragraph_break,
    paragraph_of,
    quotation_at,
    quotation_from,
    quotation_starting_at,
    quotations_ending_in,
    quotations_overlapping,
    runs,
    subtree_chars,
    text_before,
    trimmed,
    with_quote_marks,
    within,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "adjacent_quotations",
    "as_clause_content",
    "clause_content",
    "colon_quotation",
    "from_object",
    "fronted_content",
    "parenthetical_content",
    "participle_quotation",
    "title_in_frame",
    "with_complements",
    "with_object",
]


#: Most tokens a quotation's frame ("the source said", "Ana told People") may have.
_MAX_FRAME = 30
#: Dependents of a cue verb that name whom it was said to or where ('told [NBC's “Today”]', 'said [on
#: ABC's “This Week”]'), and the most words a programme's title quoted there may have.
_FRAME_DEPENDENTS = frozenset({"dobj", "dative", "prep", "npadvmod"})
_MAX_TITLE_WORDS = 6


def title_in_frame(doc: Doc, verb: Token, quotation: Quotation) -> bool:
    """ 'told NBC's “Today.”', 'said on ABC's “This Week,”': a programme's title quoted inside the
    cue's frame (the one spoken to, or where it was said) is no content: a short quotation whose
    words all start with a capital and lie in the subtree of such a dependent of the verb."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    words = [t for t in span if t.is_alpha] if span is not None and len(quotation.pieces) == 1 else []
    if not words or len(words) > _MAX_TITLE_WORDS or not all(w.text[:1].isupper() for w in words):
        return False
    frame = {t.i for child in verb.children if child.dep_ in _FRAME_DEPENDENTS for t in child.subtree}
    return all(w.i in frame for w in words)


def _frame_ok(sentence: SpacySpan, verb: Token, quotations: list[Quotation], *, paragraph: CharSpan) -> bool:
    """Whether the words of ``sentence`` (in the cue's paragraph) outside quotations are the cue's clause.

    Words the parser hung elsewhere count as the cue's when no verb is among them: the phrase after
    or before the cue ('"...," she said, in a caution to her fans'; 'On Channel 9 Tuesday, he said, "..."')
    is no clause that could claim the quotation."""
    subtree = {t.i for t in verb.subtree}
    outside = [
        t
        for t in sentence
        if not t.is_punct
        and not t.is_space
        and paragraph[0] <= t.idx < paragraph[1]
        and quotation_at(quotations, t) is None
    ]
    if len(outside) > _MAX_FRAME:
        return False
    return all(t.i in subtree or t.i == verb.i or t.pos_ not in ("VERB", "AUX") for t in outside)


def adjacent_quotations(
    doc: Doc,
    verb: Token,
    quotations: list[Quotation],
    sentence: SpacySpan,
    *,
    text: str,
    hearer: Token | None = None,
    lexicon: AttributionLexicon | None = None,
) -> list[Quotation]:
    """Quotations next to the cue's clause: in its sentence, or just after a colon ending it.

    ``hearer`` is the verb's object that is the one spoken to ("told [reporters]"): it is no content
    of the verb's own that would keep a quotation just before the sentence from it, unless the verb
    goes on to say something of it ("warned [musicians] against ...": ``object_complements``)."""
    paragraph = paragraph_of(text, verb.idx)
    low, high = max(sentence.start_char, paragraph[0]), min(sentence.end_char, paragraph[1])
    if hearer is not None and lexicon is not None and any(
        c.dep_ in lexicon.object_complements.relations or (c.dep_ == "prep" and c.lower_ in lexicon.object_complements.prepositions)
        for c in verb.rights
    ):
        hearer = None
    inside = quotations_overlapping(quotations, low, high)
    inside = [q for q in inside if not q.covers(verb.idx, verb.idx + len(verb.text))]
    inside = [q for q in inside if not title_in_frame(doc, verb, q)]
    if inside and _frame_ok(sentence, verb, inside, paragraph=paragraph):
        return _next_to_frame(verb, inside, text=text, paragraph=paragraph, lexicon=lexicon)
    before = _quotation_just_before(quotations, sentence.start_char, text=text)
    if (
        before is not None
        and sentence.start_char - before.end < 3
        and "\n" not in text[before.end : sentence.start_char]
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c != hearer for c in verb.children)
        and _frame_ok(sentence, verb, [], paragraph=paragraph)
    ):
        return [before]  # the parser ended the sentence inside the quote: '"... right?" Trump said.'
    last = sentence[-1] if sentence[-1].is_punct else None
    if last is not None and last.text == ":" and sentence.end < len(doc):
        following = quotation_from(quotations, last.idx)
        gap = text[last.idx + 1 : following.start] if following else "x"
        if following and gap.strip() == "" and _frame_ok(sentence, verb, [], paragraph=paragraph):
            return [following]
    return []


def _quotation_just_before(quotations: list[Quotation], position: int, *, text: str) -> Quotation | None:
    """The first quotation that ends at or before ``position`` with only blanks after it up to there."""
    blank = position
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    return next(iter(quotations_ending_in(quotations, blank, position)), None)


#: Dependents that belong to a participle cue's own words before its quotation ("telling
#: [reporters] [at one point], '...'").
_PARTICIPLE_WORDS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "prt"})


def participle_quotation(verb: Token, quotations: list[Quotation], *, text: str) -> Quotation | None:
    """The quotation right after a participle cue that follows its clause after a comma: "Ana went
    after the plan, telling reporters, '...'", "..., saying at one point: '...'". Its frame is its
    own words, whatever verbs the clause before it has."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if quotation_at(quotations, verb) is not None:
        return None
    last = max([c.right_edge for c in verb.rights if c.dep_ in _PARTICIPLE_WORDS] + [verb], key=lambda t: t.i)
    end = last.idx + len(last.text)
    following = quotation_from(quotations, end)
    if following is None or text[end : following.start].strip() not in ("", ",", ":") or "\n" in text[end : following.start]:
        return None
    return following


def _after_reporting_clause(
    verb: Token, quotation: Quotation, quotations: list[Quotation], *, text: str, lexicon: AttributionLexicon | None
) -> bool:
    """Whether ``quotation`` comes right after a relative clause under ``verb`` whose verb is a lexicon
    cue of its own ("the allegations which he said had been made [quotation]"): it is that cue's."""
    if lexicon is None:
        return False
    for clause in verb.subtree:
        if clause.dep_ != "relcl" or clause.i == verb.i or clause.lemma_.lower() not in lexicon.cue_verbs:
            continue
        outside = [t for t in clause.subtree if quotation_at(quotations, t) is None and not t.is_punct]
        last = max(outside, key=lambda t: t.i, default=None)
        if last is not None and last.idx < quotation.start and _only_marks(text[last.idx + len(last.text) : quotation.start]):
            return True
    return False


def _next_to_frame(
    verb: Token,
    quotations: list[Quotation],
    *,
    text: str,
    paragraph: CharSpan,
    lexicon: AttributionLexicon | None = None,
) -> list[Quotation]:
    """The quotations that touch the cue's frame (its clause outside quotes), or touch one that does.

    A title or scare quote inside the frame ('asked during MSNBC's "Morning Joe" whether ...') is
    not what the source said, nor is a quotation right after a relative clause in the frame that
    reports on its own ('admitted to frustration about the allegations, which he said had been made
    "countless times"').
    """
    frame = [
        t
        for t in verb.subtree
        if paragraph[0] <= t.idx < paragraph[1] and not t.is_punct and not t.is_space
        and quotation_at(quotations, t) is None
    ]
    low = min(t.idx for t in frame)
    high = max(t.idx + len(t.text) for t in frame)
    kept: list[Quotation] = []
    for quotation in sorted(quotations, key=lambda q: -q.start):
        if quotation.end <= low and _only_marks(text[quotation.end : low]):
            kept.append(quotation)
            low = quotation.start
    for quotation in sorted(quotations, key=lambda q: q.start):
        if quotation.start >= high and _only_marks(text[high : quotation.start]):
            if _after_reporting_clause(verb, quotation, quotations, text=text, lexicon=lexicon):
                break
            kept.append(quotation)
            high = quotation.end
    return sorted(kept, key=lambda q: q.start)


def _only_marks(gap: str) -> bool:
    return len(gap) < 40 and all(char.isspace() or char in ",:;.—–-" for char in gap)


def colon_quotation(
    doc: Doc, verb: Token, quotations: list[Quotation], sentence: SpacySpan, *, text: str
) -> Quotation | None:
    """A quotation introduced by a colon just after the cue ("he said in a statement: '...'")."""
    for token in doc[verb.i + 1 : min(verb.i + 8, sentence.end)]:
        if token.dep_ in ("dobj", "ccomp", "xcomp") and token.head.i == verb.i:
            return None
        if token.text == ":":
            after = text[token.idx + 1 : token.idx + 10]
            start = token.idx + 1 + len(after) - len(after.lstrip())
            return quotation_starting_at(quotations, start)
        if token.is_punct or quotation_at(quotations, token) is not None:
            return None
    return None


#: The dependents of a parenthetical cue that are clauses or objects of its own, not words of its frame.
_OWN_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "dobj"})


def _frame(verb: Token, hearer: Token | None = None) -> list[int] | None:
    """The words of a parenthetical cue's own clause: its subject, auxiliaries and what follows the verb
    up to the next punctuation ("he said", "Ana Reyes told reporters on Tuesday", the hearer being no
    content), or None."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i:
        return None
    clauses = [c for c in verb.children if c.dep_ in _OWN_CLAUSES and c != hearer]
    inside = {t.i for c in clauses for t in c.subtree}
    start = subject.left_edge.i
    end = verb.i
    while end + 1 < len(verb.doc) and not verb.doc[end + 1].is_punct and (end + 1) not in inside:
        end += 1
    words = list(range(start, end + 1))
    subtree = {t.i for t in verb.subtree}
    return words if all(i in subtree and i not in inside for i in words) else None


def _after_comma(token: Token | None) -> bool:
    """Whether ``token`` ends a phrase with a comma: the comma itself, or a closing quotation mark right
    after one ('"Only you," she said, "would ..."': the quote stops inside the sentence it opens)."""
    if token is None:
        return False
    if token.text == ",":
        return True
    return token.is_quote and token.i > 0 and token.doc[token.i - 1].text == ","


def _hung_on_clause(verb: Token) -> bool:
    """Whether the parser hung a cue on the clause around or before it: as a complement or a loose
    clause, or as an adverbial clause with no conjunction ("She will meet Ana, [her campaign announced],
    rejecting ..."; "after she told him" is a time, not a frame)."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ == "advcl":
        loose = not any(c.dep_ in ("mark", "nsubjpass") or c.tag_ in ("WRB", "WDT", "WP") for c in verb.children)
        return loose and verb.tag_ != "VBN"
    return verb.dep_ in ("parataxis", "ccomp")


def parenthetical_content(
    doc: Doc, verb: Token, quotations: list[Quotation], *, hearer: Token | None = None
) -> list[CharSpan]:
    """The clause around a parenthetical cue: "The goal, he said, is peace." -> "The goal", "is peace";
    "Back home, Ana said, she rested." -> "Back home", "she rested"; with a hearer ("Ana, 29, is dating
    Tom, an insider told the Sun.": the parser, misled by the age, made the cue the complement of the
    clause it reports)."""
    head = verb.head
    if not _hung_on_clause(verb):
        return []
    core = _frame(verb, hearer)
    if core is None:
        return []
    before = doc[core[0] - 1] if core[0] > 0 else None
    after = doc[core[-1] + 1] if core[-1] + 1 < len(doc) else None
    if not _after_comma(before) or (after is not None and not after.is_punct):
        return []
    own = {t.i for t in verb.subtree}
    # What precedes the cue's subject belongs to the content ("Back home, Ana said, she rested"), but
    # for a participle, which describes the source ("Smiling, Ana said, ..."), wherever the parser
    # hung it.
    participles = {
        t.i
        for child in [*verb.lefts, *head.lefts]
        if child.i < core[0] and child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN")
        for t in child.subtree
    }
    lead = {t.i for child in verb.lefts if child.i < core[0] for t in child.subtree}
    clause = ({t.i for t in head.subtree if t.i not in own} | lead) - participles
    rest = [i for i in sorted(clause) if not core[0] <= i <= core[-1]]
    if before is not None and before.is_quote and head.i < verb.i:
        # A whole quote before the cue ('"We will win," Ana said, smiling'): what the parser hung on
        # it after the cue describes the telling, not what is told.
        rest = [i for i in rest if i < core[0]]
    pieces: list[CharSpan] = []
    for run in runs(rest):
        bounds = trimmed(doc, run[0], run[-1] + 1)
        if bounds is not None:
            start, end = chars(doc[bounds[0]], doc[bounds[1] - 1])
            pieces.append(with_quote_marks(start, end, quotations))
    return pieces


#: Tags of a finite verb, which a fronted content has ("[Nothing he said will help], Ana said").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _opens_sentence(token: Token) -> bool:
    """Whether ``token`` is the first word of its sentence, or follows only a quote mark there."""
    start = token.sent.start
    return token.i == start or (token.i == start + 1 and token.doc[start].is_quote)


def fronted_content(doc: Doc, verb: Token, quotations: list[Quotation]) -> tuple[CharSpan, Token] | None:
    """A content before its cue that the parser made one of the cue's two subjects, or a loose
    dependent of it, up to the comma before the cue: "[Nothing he said will calm fears], the senator
    said", "[The vote signals the end], said Ana Reyes". Returns the content and the other subject,
    which is the source."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) == 1:
        broken = _clause_before_speaker(doc, verb, subjects[0], quotations)
        if broken is not None:
            return broken
    for lead in verb.lefts:
        if lead.dep_ not in ("nsubj", "dep", "npadvmod") or not _opens_sentence(lead.left_edge):
            continue
        if not any(t.tag_ in _FINITE_TAGS for t in lead.subtree):
            continue  # a phrase, not a clause: "Last week, the senator said"
        end = last_word(lead).i  # the parser may hang the comma after the clause on it
        if not _after_comma(doc[end + 1]) or end + 1 >= verb.i:
            continue
        speaker = next((s for s in subjects if s.i > end), None)
        if speaker is None:
            continue
        span = subtree_chars(doc, lead, quotations=quotations)
        if span is not None:
            return span, speaker
    return None


def _clause_before_speaker(
    doc: Doc, verb: Token, subject: Token, quotations: list[Quotation]
) -> tuple[CharSpan, Token] | None:
    """A reported clause that the parser made the cue's subject, with the speaker as its apposition
    after a comma: "[Ana has not married footballer Tom Kell], [her publicist] said" ("married" taken
    for an adjective of "footballer"). The clause runs from the sentence's start to the comma."""
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    broken = clause_break(doc, start, end)
    if broken is None or doc[broken].text != "," or not _opens_sentence(doc[start]) or end != verb.i:
        return None
    speaker = next(t for t in doc[broken + 1 : end] if not broken < t.head.i < end)
    bounds = trimmed(doc, start, broken)
    if bounds is None or quotation_at(quotations, doc[start]) is not None:
        return None
    return chars(doc[bounds[0]], doc[bounds[1] - 1]), speaker


def as_clause_content(doc: Doc, verb: Token, quotations: list[Quotation], *, lexicon: AttributionLexicon) -> list[CharSpan]:
    """The clause that an "as" clause of a cue modifies: "As the Post reported, [the deal fell
    through]", "[It carries risks], as her aides point out" (``clause_marks`` in attribution.yaml).

    Only an active cue with a subject of its own and no complement: "as it is written", "as
    expected", "as he said he would" and "as much as she promised" attribute nothing."""
    if verb.dep_ not in ("advcl", "parataxis") or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in lexicon.clause_marks), None)
    if mark is None or any(
        t.dep_ in ("advmod", "prep") and t.lower_ == mark.lower_ and t.i < mark.i for t in verb.head.subtree
    ):
        return []  # a comparison: "as dramatic as she believed"
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "nsubjpass", "auxpass") for c in verb.children):
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ != "it" for c in verb.children):
        return []
    own = {t.i for t in verb.subtree}
    rest = [t.i for t in verb.head.subtree if t.i not in own]
    pieces: list[CharSpan] = []
    for run in runs(rest):
        bounds = trimmed(doc, run[0], run[-1] + 1)
        if bounds is not None and bounds[1] - bounds[0] > 1:
            start, end = chars(doc[bounds[0]], doc[bounds[1] - 1])
            pieces.append(with_quote_marks(start, end, quotations))
    return pieces


def with_object(doc: Doc, verb: Token, complement: Token, span: CharSpan, *, lexicon: AttributionLexicon) -> CharSpan:
    """A to-infinitive or "as" phrase content starts at the verb's object: "urged Ana to stay", "described it as";
    or at the object of the preposition the cue takes, right before it: "called on [the mayor to resign]"."""
    if complement.dep_ not in ("xcomp", "pobj", "prep"):
        return span
    target = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < complement.i), None)
    if target is None and complement.dep_ == "xcomp":
        target = _cue_preposition_object(verb, complement, lexicon=lexicon)
    if target is None:
        return span
    return target.left_edge.idx, span[1]


def _cue_preposition_object(verb: Token, complement: Token, *, lexicon: AttributionLexicon) -> Token | None:
    """The object of a preposition the cue takes ("called on", ``cue_prepositions``) right before a
    to-infinitive: the one asked to do it, which the gold keeps in the content ("called on [Michigan's
    governor to resign]": on PolNeAR train every such content starts there)."""
    taken = lexicon.cue_prepositions.get(verb.lemma_.lower(), ())
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in taken or not verb.i < preposition.i < complement.i:
            continue
        target = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if target is not None and target.right_edge.i + 1 == complement.left_edge.i:
            return target
    return None


def relative_complement(doc: Doc, verb: Token, complement: Token, *, lexicon: AttributionLexicon) -> CharSpan | None:
    """What the verb says of an object that is a relative pronoun before it, right after the verb:
    "Ana, who he described [as a friend]", "the plan, which she called [a disaster]" (PolNeAR
    annotates the pronoun and this as the content's two pieces)."""
    if complement.dep_ != "dobj" or complement.tag_ not in ("WP", "WDT") or complement.i > verb.i:
        return None
    if verb.dep_ != "relcl" or complement.lower_ in ("what", "that"):
        return None  # "what he called X" names a thing inside another clause; the gold takes the noun before "that"
    rules = lexicon.object_complements
    after = [c for c in verb.rights if c.dep_ in rules.relations or (c.dep_ == "prep" and c.lower_ in rules.prepositions)]
    if not after or after[0].left_edge.i != verb.i + 1:
        return None
    first, last = after[0].left_edge.i, after[0].right_edge.i
    if sum(token.is_quote for token in doc[first : last + 1]) % 2:
        # The closing quote mark of a quoted complement, with a comma before it: 'as "a friend,"'.
        ahead = doc[last + 1 : last + 3]
        closing = next((token.i for token in ahead if token.is_quote), None)
        if closing is not None and all(token.is_punct for token in doc[last + 1 : closing]):
            return doc[first].idx, doc[closing].idx + len(doc[closing].text)
    bounds = trimmed(doc, first, last + 1, keep_quotes=True)
    return chars(doc[bounds[0]], doc[bounds[1] - 1]) if bounds is not None else None


def with_complements(doc: Doc, verb: Token, complement: Token, span: CharSpan, *, lexicon: AttributionLexicon) -> CharSpan:
    """An object content runs on through what the verb says of the object, when it follows it:
    "called [the plan a disaster]", "described [Ana as a friend]", "praised [Ana for her work]",
    "urged [Ana to stay]", "proposed [funds to help states]" (an adverbial to-infinitive the parser
    hung on the verb) (``object_complements`` in attribution.yaml); so does the object of a
    preposition that links the verb to its content: "referred to [Ana as a friend]", "pointed to
    [the album as proof]" (on PolNeAR train, relation F1 +0.09)."""
    linked = complement.dep_ == "pobj" and complement.head.dep_ == "prep" and complement.head.head.i == verb.i
    if complement.dep_ != "dobj" and not linked:
        return span
    rules = lexicon.object_complements
    last, end = complement.right_edge.i, span[1]
    for child in verb.rights:
        if child.i <= last:
            continue
        takes = child.dep_ in rules.relations or (child.dep_ == "prep" and child.lower_ in rules.prepositions)
        takes = takes or (child.dep_ == "advcl" and child.left_edge.lower_ in rules.clause_openers)
        if not takes or child.left_edge.i != last + 1:
            break
        last = child.right_edge.i
        # The closing quote mark of a quoted complement goes with it: 'as "my friends"'.
        while last + 1 < len(doc) and doc[last + 1].is_quote and doc[last].whitespace_ == "":
            last += 1
        end = max(end, doc[last].idx + len(doc[last].text))
    return span[0], end


def from_object(word: Token, head: Token, span: CharSpan, *, lexicon: AttributionLexicon) -> CharSpan:
    """A content after a preposition that says something of the verb's object right before it starts at
    that object, as an object content runs on through it (``with_complements``): "sued [the firm for
    unpaid work]", "hit out at [the club for stalling]"."""
    preposition = head.head
    if preposition.dep_ != "prep" or preposition.lower_ not in lexicon.object_complements.prepositions:
        return span
    for child in word.children:
        target = child if child.dep_ == "dobj" else next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ not in ("dobj", "prep") or target is None or target.i > preposition.i:
            continue
        if target.right_edge.i + 1 == preposition.i:
            return min(span[0], target.left_edge.idx), span[1]
    return span


def _before_colon(doc: Doc, span: CharSpan) -> CharSpan:
    """A content cut before a colon that opens a new sentence ("... a broader difference: When ...")."""
    inner = doc.char_span(span[0], span[1], alignment_mode="expand")
    if inner is None:
        return span
    for token in inner[:-1]:
        following = doc[token.i + 1]
        if token.text == ":" and following.text[:1].isupper() and following.i > inner.start + 2 and not _subtitle(token):
            bounds = trimmed(doc, inner.start, token.i)
            if bounds is not None:
                return chars(doc[bounds[0]], doc[bounds[1] - 1])
    return span


def _subtitle(colon: Token) -> bool:
    """Whether a colon sits inside a name the parser reads as one phrase ("Bridget Jones: The Edge of
    Reason"): the words after it hang on the noun before it."""
    noun = colon.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.i < colon.i and noun.right_edge.i > colon.i


def _stray_complement(verb: Token) -> Token | None:
    """A that-clause the parser hung on a phrase right after the verb instead of on the verb: "said
    in an interview [that ...]", "said Tuesday [that ...]"."""
    for child in verb.rights:
        if child.dep_ not in ("prep", "npadvmod") or child.i > verb.i + 2:
            continue
        for token in child.subtree:
            clause = token.dep_ in ("acl", "relcl", "ccomp") and token.i > child.i
            if clause and token.left_edge.lower_ == "that" and token.left_edge.dep_ == "mark":
                return token
    return None


def _evidence_subject(verb: Token, *, lexicon: AttributionLexicon) -> bool:
    """Whether the subject of ``verb`` is a poll, a study or a report (``evidence_heads``), whose
    noun-phrase object is what it says: "[a new poll] shows [Ana ahead by six points]"; in a
    relative clause, the noun the relative pronoun stands for: "a poll [that] shows [Ana ahead]"."""
    subject = subject_of(verb)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in lexicon.evidence_heads


def _with_rest(doc: Doc, verb: Token, complement: Token, span: CharSpan) -> CharSpan:
    """An evidence object runs on through what the verb says of it after it: "shows [Ana with a
    lead of six points]", "found [Ana ahead among women, but behind among men]" (the parser hangs
    those phrases on the verb)."""
    last = complement.right_edge.i
    for child in verb.rights:
        if child.i <= last or child.is_punct:
            continue
        gap = doc[last + 1 : child.left_edge.i]
        if any(not (t.is_punct and t.text == ",") for t in gap):
            break
        last = child.right_edge.i
    while last > complement.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return span[0], max(span[1], doc[last].idx + len(doc[last].text))


def _question(verb: Token, *, lexicon: AttributionLexicon) -> Token | None:
    """A question the parser made an adverbial clause of a verb of asking: "asked [if she would
    run]" (``question_marks``)."""
    for child in verb.rights:
        marks = [t for t in child.children if t.dep_ == "mark" and t.i == child.left_edge.i]
        if child.dep_ == "advcl" and marks and marks[0].lower_ in lexicon.question_marks:
            return child
    return None


def _asked_topic(doc: Doc, verb: Token, quotations: list[Quotation], *, lexicon: AttributionLexicon) -> Candidate | None:
    """What someone was asked about (``question_topics``): "When [asked about] [the plan], Ana
    said ...". Only in the passive, where the one who asks is not the subject: "Ana asked about
    the plan" is mostly no attribution in PolNeAR."""
    topic = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in lexicon.question_topics), None)
    target = next((c for c in topic.children if c.dep_ == "pobj"), None) if topic is not None else None
    if topic is None or target is None:
        return None
    span = subtree_chars(doc, target, quotations=quotations)
    if span is None:
        return None
    return Candidate(cue=linked_cue(verb, topic, lexicon=lexicon), head=verb, content=[span])


def _for_clause(doc: Doc, verb: Token, quotations: list[Quotation], *, lexicon: AttributionLexicon) -> Candidate | None:
    """A "for" clause the parser made an adverbial clause of a verb that takes "for" into its cue
    (``cue_prepositions``): "[called for] [Ana to resign]", with "for" marking the clause."""
    if "for" not in lexicon.cue_prepositions.get(verb.lemma_.lower(), ()):
        return None
    for child in verb.rights:
        mark = child.left_edge
        if child.dep_ == "advcl" and mark.lower_ == "for" and mark.dep_ == "mark" and mark.i == verb.i + 1:
            bounds = trimmed(doc, mark.i + 1, child.right_edge.i + 1, keep_quotes=True)
            if bounds is None:
                return None
            span = with_quote_marks(*chars(doc[bounds[0]], doc[bounds[1] - 1]), quotations)
            return Candidate(cue=chars(verb, mark), head=verb, content=[span])
    return None


def _passive_object(doc: Doc, verb: Token, quotations: list[Quotation], *, lexicon: AttributionLexicon) -> list[CharSpan]:
    """The content of a judgement in the passive: its subject, and what the verb says of it right
    after it or after its agent ("[Ana] was criticized [for her remarks]", "[the plan] was
    condemned by fans [as reckless]")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    if len(subjects) != 1 or not any(c.dep_ == "auxpass" for c in verb.children):
        return []  # two subjects: the parser broke the phrase, and half of it would be a wrong content
    if verb.dep_ != "ROOT" and verb.head.pos_ not in ("VERB", "AUX"):
        return []  # a clause hung on a noun: the parse of the sentence is broken
    subject = subjects[0]
    if subject.pos_ == "PRON" and subject.n_lefts + subject.n_rights == 0:
        return []  # "it was criticized": what was judged is elsewhere
    pieces = [span for span in [subtree_chars(doc, subject, quotations=quotations)] if span is not None]
    rules = lexicon.object_complements
    complement = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in rules.prepositions), None)
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if complement is not None and complement.i in (verb.i + 1, agent.right_edge.i + 1 if agent else -1):
        span = subtree_chars(doc, complement, quotations=quotations)
        pieces.extend([span] if span is not None else [])
    return pieces


def _proform(verb: Token, *, lexicon: AttributionLexicon, quotations: list[Quotation]) -> CharSpan | None:
    """A word after the verb that stands for the whole content (``proform_contents``): "said
    [so]", "said [no]", "said [the same of Ana]" (with a preposition the parser hung on the verb);
    not "said no to the plan", where "no" is part of the cue's meaning, nor a word in a quotation
    ('she replied, "Maybe so."'), which is the content as a whole."""
    rules = lexicon.proform_contents
    word = next(
        (c for c in verb.rights if c.lower_ in rules.words and c.dep_ in ("advmod", "dobj", "intj", "npadvmod")), None
    )
    if word is None or quotation_at(quotations, word) is not None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None
    start, end = chars(word.left_edge, word.right_edge)
    after = next((c for c in verb.rights if c.i == word.right_edge.i + 1), None)
    if after is not None and after.dep_ == "prep" and after.lower_ in rules.prepositions:
        end = after.right_edge.idx + len(after.right_edge.text)
    return start, end


def _with_reason(doc: Doc, verb: Token, span: CharSpan, *, lexicon: AttributionLexicon) -> CharSpan:
    """A that-clause content runs on through a reason the parser hung on the cue verb right after it
    (``reason_marks``): "alleges [the label knew of it because it had censored it]"."""
    for child in verb.rights:
        if child.dep_ != "advcl" or child.left_edge.idx < span[1]:
            continue
        first, gap = child.left_edge, text_before(child.left_edge, span[1])
        if first.lower_ not in lexicon.reason_marks or gap.strip(" ,") or "\n" in gap:
            return span
        last = child.right_edge
        while last.i > first.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        return span[0], last.idx + len(last.text)
    return span


def _with_stray_subject(verb: Token, complement: Token, span: CharSpan) -> CharSpan:
    """A reported clause before its cue runs on through the end the parser made a subject of the cue
    (`stray_subject`): "[Ana is not engaged to footballer Ben Kell], her agent said"."""
    stray = stray_subject(verb)
    if stray is None or complement.dep_ != "ccomp" or complement.i > verb.i:
        return span
    last = last_word(stray)
    return span[0], max(span[1], last.idx + len(last.text))


def _clause_complement(verb: Token, quotations: list[Quotation]) -> Token | None:
    """The clause a cue verb says: the one after it when the parser also hung a clause before its
    subject on it ("We wanted to pay tribute, so we thought [a professional would be best]", "It's
    crazy. I think [it's bigger than the Oscars]"): that one is said before, not under, the cue.
    Not a quotation before a cue outside it, which the cue does say ('"...," she said, after Ben
    noted that')."""
    clauses = [child for child in verb.children if child.dep_ == "ccomp" and not before_colon(child, verb)]
    subject = next((child for child in verb.lefts if child.dep_ in ("nsubj", "nsubjpass")), None)
    after = [clause for clause in clauses if clause.i > verb.i]
    unquoted = bool(clauses) and quotation_at(quotations, clauses[0]) in (None, quotation_at(quotations, verb))
    if after and subject is not None and clauses[0].i < subject.i and unquoted:
        return after[0]
    return clauses[0] if clauses else None


def clause_content(
    doc: Doc,
    verb: Token,
    rule: CueVerb,
    quotations: list[Quotation],
    *,
    paragraph: CharSpan,
    lexicon: AttributionLexicon,
) -> Candidate | None:
    complement = _clause_complement(verb, quotations)
    if complement is None and rule.content == "clause":
        complement = _stray_complement(verb)
    if complement is None and rule.question:
        complement = _question(verb, lexicon=lexicon)
    if complement is None and rule.infinitive:
        complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if complement is None:
        marked = _for_clause(doc, verb, quotations, lexicon=lexicon)
        if marked is not None:
            return marked
    if complement is None and rule.question and is_passive(verb):
        asked = _asked_topic(doc, verb, quotations, lexicon=lexicon)
        if asked is not None:
            return asked
    evidence = rule.content != "object" and rule.evidence_object and _evidence_subject(verb, lexicon=lexicon)
    takes_object = rule.content == "object" or evidence
    if complement is None and takes_object and not any(c.dep_ == "dative" for c in verb.children):
        complement = next((c for c in verb.children if c.dep_ == "dobj"), None)
    proform = _proform(verb, lexicon=lexicon, quotations=quotations) if complement is None else None
    if proform is not None:
        return Candidate(cue=(0, 0), head=verb, content=[proform])
    judged = _passive_object(doc, verb, quotations, lexicon=lexicon) if rule.passive_object and complement is None else []
    if judged:
        return Candidate(cue=(0, 0), head=verb, content=judged)
    if complement is None or paragraph_break(doc, verb, complement):
        return None
    span = subtree_chars(doc, complement, quotations=quotations)
    if span is not None and evidence and complement.dep_ == "dobj":
        if complement.pos_ == "PRON" and complement.n_lefts + complement.n_rights == 0:
            return None  # "the poll found that": the content is elsewhere
        span = _with_rest(doc, verb, complement, span)
    if span is not None:
        span = within(doc, span, paragraph)
    if span is None:
        return None
    span = _before_colon(doc, with_object(doc, verb, complement, span, lexicon=lexicon))
    span = _with_stray_subject(verb, complement, span)
    if complement.dep_ == "ccomp":
        span = within(doc, _with_reason(doc, verb, span, lexicon=lexicon), paragraph) or span
    described = relative_complement(doc, verb, complement, lexicon=lexicon)
    if described is not None:
        # "Ana, [who] he described [as a friend]": the pronoun and what it is called, as two pieces.
        return Candidate(cue=(0, 0), head=verb, content=[span, described], mixed=holds_quotation(quotations, *described))
    span = within(doc, with_complements(doc, verb, complement, span, lexicon=lexicon), paragraph) or span
    predicate = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if complement.dep_ == "dobj" and predicate is not None:
        # "called the plan a disaster": the object and what it is called make the content.
        end = subtree_chars(doc, predicate, quotations=quotations)
        span = (span[0], end[1]) if end is not None and end[1] > span[1] else span
    elif complement.dep_ == "dobj" and rule.predicate:
        return None
    quotation = quotation_at(quotations, complement)
    if quotation is not None and not quotation.covers(verb.idx, verb.idx + 1) and quotation.covers(*span):
        return Candidate(cue=(0, 0), head=verb, content=list(quotation.pieces), direct=True)
    if rule.quote_only:
        return None
    mixed = holds_quotation(quotations, *span)
    return Candidate(cue=(0, 0), head=verb, content=[span], mixed=mixed)

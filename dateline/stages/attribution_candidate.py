"""An attribution candidate, and how its cue and source spans are drawn from the parse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, chars, quotation_at, trimmed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "Candidate",
    "clause_break",
    "cue_span",
    "is_passive",
    "last_word",
    "linked_cue",
    "postposed_subject",
    "source_span",
    "stray_clause",
    "stray_subject",
    "subject_of",
]


#: Verbs whose subject "it" is an expletive ("it seems that ...").
_EXPLETIVE_HEADS = frozenset({"seem", "appear", "emerge", "turn", "be", "understand", "report"})


_CUE_AUX = ("aux", "auxpass", "neg")

#: Words the parser sometimes makes the subject of a verb that are never a source.
_MISPARSED_SUBJECTS = frozenset({"n't", "n’t", "not"})


@dataclass
class Candidate:
    """One attribution before its source is resolved."""

    cue: CharSpan
    head: Token
    content: list[CharSpan]
    source: CharSpan | None = None
    source_head: Token | None = None
    hearer: CharSpan | None = None
    commitment: str | None = "stated"
    direct: bool = False
    mixed: bool = False
    crowd: bool = False
    sentence: int = 0
    #: For a learned cue, the head of its content (another cue's source or cue makes it a mere wrapper).
    content_head: Token | None = None


def _left_edge(verb: Token, *, lexicon: AttributionLexicon) -> Token:
    """The first word of the cue on the left: the verb's auxiliaries and negation, then the adverbs
    just before them that modify it ("has often said", "memorably promised"), but for wh-words
    ("when asked") and those of ``cue_adverbs_excluded``."""
    doc = verb.doc
    first = verb
    for child in verb.lefts:
        if child.dep_ in _CUE_AUX and child.i >= first.i - 3:
            first = min(first, child, key=lambda t: t.i)
    while first.i > 0:
        before = doc[first.i - 1]
        modifies = before.head.i == verb.i and before.dep_ == "advmod"
        if not modifies or before.tag_ in ("WRB", "WDT") or before.lower_ in lexicon.cue_adverbs_excluded:
            break
        if before.pos_ != "ADV" and before.lower_ not in lexicon.cue_adverbs:
            break
        first = before.left_edge  # with the adverb's own modifier: "no longer wants"
    return first


def _governor_edge(verb: Token, first: Token, *, lexicon: AttributionLexicon) -> Token:
    """A cue that completes the verb or adjective just before it takes it in, as one contiguous cue
    (PolNeAR): "went on [to say]", "is quick [to point out]", "began [tweeting out]"."""
    governor = verb.head
    if _after_governing_preposition(verb, first, lexicon=lexicon):
        return _left_edge(governor.head, lexicon=lexicon)
    # The parser makes some of these infinitives adverbial clauses ("went on [to say]").
    completes = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and first.lower_ == "to")
    if not completes or governor.i >= first.i or governor.pos_ not in ("VERB", "AUX", "ADJ"):
        return first
    between = verb.doc[governor.i + 1 : first.i]
    if any(t.head.i != governor.i or t.dep_ not in ("prt", "advmod", "neg") for t in between):
        return first
    if governor.pos_ == "ADJ":
        copula = governor.head
        if governor.dep_ == "acomp" and copula.i < governor.i and copula.pos_ in ("AUX", "VERB"):
            return _left_edge(copula, lexicon=lexicon) if governor.i - copula.i <= 2 else governor
        return governor
    return _left_edge(governor, lexicon=lexicon)


def _right_edge(verb: Token, *, lexicon: AttributionLexicon) -> Token:
    """The last word of the cue: the verb's particle, the preposition the verb takes as part of its
    cue ("called on", "asked for"; ``cue_prepositions``), the medium just after it ("said in a
    statement"), a colon that opens its content."""
    doc = verb.doc
    last = verb
    for child in verb.rights:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    last = _adverbs_after(verb, last, lexicon=lexicon)
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.dep_ in ("prep", "dative") and following.head.i == verb.i:
        if following.lower_ in lexicon.cue_prepositions.get(verb.lemma_.lower(), ()):
            last = following
        elif following.lower_ == "in":
            medium = next((c for c in following.children if c.dep_ == "pobj"), None)
            if medium is not None and medium.lemma_.lower() in lexicon.cue_media and medium.i <= following.i + 3:
                last = medium
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ":":
        last = doc[last.i + 1]
    return last


def _adverbs_after(verb: Token, last: Token, *, lexicon: AttributionLexicon) -> Token:
    """The adverbs right after the verb that modify it, as PolNeAR draws them into the cue: "said
    [repeatedly]", "shot [back]", "said [sarcastically]" (on PolNeAR train 105 of 116 such adverbs
    after a predicted cue are in the gold cue); not wh-words, `cue_adverbs_excluded` ("however"),
    nor a word that stands for the content ("said [so]": `proform_contents`)."""
    doc = verb.doc
    while last.i + 1 < len(doc):
        after = doc[last.i + 1]
        if after.dep_ != "advmod" or after.head.i != verb.i or after.pos_ != "ADV" or after.tag_ == "WRB" or after.is_title:
            break  # a capitalised "adverb" is a mistagged name ("told O'Reilly")
        if after.lower_ in lexicon.cue_adverbs_excluded or after.lower_ in lexicon.proform_contents.words:
            break
        last = after
    return last


def _after_governing_preposition(verb: Token, first: Token, *, lexicon: AttributionLexicon) -> bool:
    """Whether the cue completes the verb right before it through a preposition of
    ``governing_prepositions`` right before the cue: "[began by] saying", "[impassioned in] blasting"."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.dep_ != "prep" or preposition.lower_ not in lexicon.governing_prepositions:
        return False
    governor = preposition.head
    # Not a verb describing a noun ("the efforts [Ana] made in urging"): the cue is the participle's own.
    if governor.dep_ == "relcl":
        return False
    return preposition.i == first.i - 1 and governor.i == preposition.i - 1 and governor.pos_ == "VERB"


def _copula_edge(word: Token, first: Token, *, lexicon: AttributionLexicon) -> Token:
    """An adjective cue takes in its copula just before it: "['re] supportive of", "[were] critical of"."""
    copula = word.head
    if word.pos_ != "ADJ" or word.dep_ != "acomp" or copula.i >= first.i or copula.pos_ not in ("AUX", "VERB"):
        return first
    between = word.doc[copula.i + 1 : first.i]
    if any(t.dep_ not in ("advmod", "neg") for t in between):
        return first
    return _left_edge(copula, lexicon=lexicon)


def cue_span(verb: Token, *, lexicon: AttributionLexicon) -> CharSpan:
    """The cue: the verb with its auxiliaries, negation, adverbs and particle, the verb it completes
    ("went on to say") or an adjective's copula, and its preposition, medium or colon (PolNeAR's spans)."""
    first = _left_edge(verb, lexicon=lexicon)
    first = _copula_edge(verb, _governor_edge(verb, first, lexicon=lexicon), lexicon=lexicon)
    return chars(first, _right_edge(verb, lexicon=lexicon))


def linked_cue(word: Token, preposition: Token, *, lexicon: AttributionLexicon) -> CharSpan:
    """The cue of a word whose content is the object of ``preposition``: it runs to the preposition
    when that follows the word ("called for") or its cue's particle or adverb ("lashed out at",
    "spoke highly of": on PolNeAR train 38 cues made exact, 5 lost). Not over an object in between
    ("expressed concern about"): on PolNeAR train that lost more attributions than it set right."""
    start, end = cue_span(word, lexicon=lexicon)
    if preposition.i == word.i + 1 or _next_after(preposition, end):
        end = max(end, preposition.idx + len(preposition.text))
    return start, end


def _next_after(token: Token, end: int) -> bool:
    """Whether ``token`` is the word right after the cue ending at ``end`` (its particle or adverb
    in between: "came out against", "campaigned hard against")."""
    return token.i > 0 and token.doc[token.i - 1].idx + len(token.doc[token.i - 1].text) == end


def is_passive(verb: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return True
    # A bare past participle heading a modifier clause: "Asked whether ..., she said ...".
    if verb.dep_ not in ("advcl", "acl") or any(c.dep_ == "aux" for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _fronted_or_opened(verb))


def _fronted_or_opened(verb: Token) -> bool:
    """Whether a past form without a subject heads a clause before the verb it modifies or after
    "when", "if" ...: a participle the tagger took for a past tense ("Asked what ..., Ana replied",
    "said when asked how ..."; on PolNeAR train the gold gives 8 such "asked" no source, the main
    clause's subject none)."""
    if any(c.dep_ in ("nsubj", "expl", "nsubjpass") for c in verb.children):
        return False
    lefts = [c for c in verb.lefts if c.dep_ != "punct"]
    if any(c.dep_ not in ("mark", "advmod") for c in lefts):
        return False
    return bool(lefts) or verb.i < verb.head.i


def _shares_passive_subject(clause: Token, passive: Token) -> bool:
    """Whether ``clause``, hung on a passive verb, speaks for the passive's subject: a bare "-ing"
    participle when the passive has no agent ("[Ana] was arrested, saying ..."; with one either may
    speak: "sued by his ex-girlfriend, claiming ..."; after "when" anyone: "is banned when voting"),
    or a finite verb coordinated with a passive
    main clause ("[PBS] is seen in all homes and describes itself as ...", "[the firm] was fined by
    the SEC but has agreed to ..."). A coordinated bare past participle is passive too ("was given a
    passport and promised that ..."), and a verb inside a reported clause belongs to that clause."""
    if clause.dep_ == "advcl":
        bare = not any(child.dep_ in ("mark", "aux") or child.tag_ == "WRB" for child in clause.children)
        return clause.tag_ == "VBG" and bare and not any(child.dep_ == "agent" for child in passive.children)
    if clause.dep_ != "conj" or passive.dep_ != "ROOT":
        return False
    joined = any(c.dep_ == "cc" and passive.i < c.i < clause.i for c in passive.children)
    auxiliary = any(child.dep_ == "aux" for child in clause.children)
    return joined and (auxiliary or clause.tag_ in ("VBZ", "VBP", "VBD"))


def stray_subject(verb: Token) -> Token | None:
    """The end of a reported clause before the cue that the parser made a second subject of the cue:
    "[Ana is not engaged to footballer Ben Kell], her agent said" parses "to" as an auxiliary and
    "footballer Ben Kell" as a subject of "said", beside "her agent". It is the subject right after
    the end of a clause complement of the cue, with only a comma between it and the cue's last
    subject before the cue; or a subject ending with the full stop of the sentence before, which the
    parser ran into the cue's ("For many, the pick is [Ana]. Ben Kell said ...")."""
    subjects = [child for child in verb.lefts if child.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    stray, speaker = subjects[-2], subjects[-1]
    doc = verb.doc
    if doc[stray.right_edge.i].text == "." and stray.right_edge.i + 1 == speaker.left_edge.i:
        return stray  # the sentence before, run into this one: "For many, the pick is Ana. [Ben Kell] said ..."
    if not any(c.dep_ == "ccomp" and c.right_edge.i + 1 == stray.left_edge.i for c in verb.lefts):
        return None
    end = last_word(stray).i
    gap = [token.text for token in doc[end + 1 : speaker.left_edge.i]]
    return stray if gap == [","] else None


def _relative_object(pronoun: Token, verb: Token) -> bool:
    """Whether a relative pronoun the parser made a subject of ``verb`` stands before another subject of
    it, and so is its object or the subject of the clause it says: "Ana, [who] Trump called a liar",
    "the cuts, [which] they argue spur demand"."""
    if pronoun.tag_ not in ("WP", "WDT"):
        return False
    return any(c.dep_ == "nsubj" and pronoun.i < c.i < verb.i for c in verb.children)


def last_word(token: Token) -> Token:
    """The last token of ``token``'s subtree that is not punctuation."""
    last = token.right_edge
    while last.i > token.i and last.is_punct:
        last = token.doc[last.i - 1]
    return last


def subject_of(verb: Token, *, quotations: list[Quotation] | None = None) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with or subordinated to, or the noun
    it modifies ("a statement saying that ...").

    With ``quotations``, a subject inside a quotation the verb is not in is passed over: the parser
    takes '"The bullying," Ana said' for two subjects of "said".
    """
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    own = quotation_at(quotations, verb) if quotations else None
    node = climbed = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("nsubj", "csubj"):
                if quotations and quotation_at(quotations, child) not in (None, own):
                    continue
                if child.lower_ in _MISPARSED_SUBJECTS:
                    continue  # "did[n't] want": the parser's subject is the negation
                if child.dep_ == "nsubj" and child == stray_subject(node):
                    continue  # the end of the reported clause: "[Ana is not engaged to Ben Kell], her agent said"
                if _relative_object(child, node):
                    continue  # "Ana, [who] the mayor called a liar": the second subject speaks
                return child
            if child.dep_ == "agent":
                return next((t for t in child.children if t.dep_ == "pobj"), None)
            if child.dep_ == "nsubjpass" and node is not verb and _shares_passive_subject(climbed, node):
                return child  # "[Ana] was arrested, saying ...", "[PBS] is seen ... and describes itself"
        climbed = node
        head = node.head
        if node.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head  # "... by saying that", "before explaining why"
        elif node.dep_ not in ("conj", "advcl", "xcomp"):
            return None
        elif node.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.i < head.i:
            head = head.head  # "[Ana] was quick to condemn", "[they] are likely to say": the copula's subject
        if head.i == node.i or head.pos_ not in ("VERB", "AUX"):
            return None
        node = head
    return None


#: Clauses after an inverted cue whose subject may be the cue's own: '"...," said [Ana Reyes],
#: [angered] that ...' (the parser takes the name for the participle's subject).
_TRAILING_CLAUSES = frozenset({"ccomp", "advcl", "conj", "xcomp"})


def postposed_subject(verb: Token) -> Token | None:
    """A name the parser left as the object of an inverted cue ('"...," said Richard Trumka.'), or
    as the subject of a clause it hung on the cue, when the name comes right after the cue
    ('"...," said Ana Reyes, angered that ...')."""
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubj") and child.pos_ in ("PROPN", "NOUN"):
            return child
    for clause in verb.rights:
        if clause.dep_ not in _TRAILING_CLAUSES:
            continue
        for child in clause.lefts:
            if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN") and child.left_edge.i == verb.i + 1:
                return child
    return None


_BREAKS = frozenset({",", "-", "—", "–", "--"})
#: Marks that close an apposition inside a source.
_CLOSERS = _BREAKS
_DASHES = _BREAKS - {","}
_FOCUS = frozenset({"even", "only"})


def _after_left_break(doc: Doc, start: int, subject: Token) -> int:
    """Where a source starts: after a comma or spaced dash that ends a noun left of its head.

    The parser sometimes hangs the end of the previous phrase on the subject ("... in Cedar Rapids,
    Iowa, Rubio told reporters", "an old favorite - others say"); a source is only its own phrase.
    """
    for index in range(subject.i - 1, start, -1):
        token = doc[index]
        spaced = token.text == "," or doc[index - 1].whitespace_ != ""
        before = doc[index - 1].pos_
        if token.text in _BREAKS and spaced and (before in ("NOUN", "PROPN") or (before == "ADJ" and token.text != ",")):
            return index + 1
    return start


#: Dependents that make a verb a clause of its own, not a modifier inside a noun phrase.
_CLAUSE_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg"})
#: Clauses that belong inside a source: "Ana, [who sang there]", "the study, [released on Monday]".
_MODIFIER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"})


def stray_clause(doc: Doc, start: int, end: int) -> Token | None:
    """The first verb in ``doc[start:end]`` with its own subject, auxiliary or negation that heads no
    relative or participle clause of a noun there: a reported clause (or the end of the sentence
    before) the parser hung inside a noun phrase ("Ana has not [married] footballer Tom Kell", with
    "married" an adjective of "footballer")."""
    for token in doc[start:end]:
        if token.pos_ not in ("VERB", "AUX") or not any(c.dep_ in _CLAUSE_DEPENDENTS for c in token.children):
            continue
        path = [token, *(a for a in token.ancestors if start <= a.i < end)]
        if not any(a.dep_ in _MODIFIER_CLAUSES for a in path):
            return token
    return None


_CLAUSE_BREAKS = _BREAKS | {"."}


def clause_break(doc: Doc, start: int, end: int) -> int | None:
    """The comma (or spaced dash, or full stop) in ``doc[start:end]`` after which a noun phrase runs to
    the end, when a clause stands before it: "[Ana has not married footballer Tom Kell], [her
    publicist] said" parses the name as the subject of "said" and the publicist as its apposition.
    The first such break after the clause, so that an apposition of the speaker stays with it."""
    if not any(token.text in _CLAUSE_BREAKS for token in doc[start + 1 : end - 1]):
        return None
    verb = stray_clause(doc, start, end)
    if verb is None:
        return None
    for index in range(verb.i + 1, end - 1):
        if doc[index].text not in _CLAUSE_BREAKS:
            continue
        heads = [t for t in doc[index + 1 : end] if not index < t.head.i < end]
        if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON") and heads[0].i <= end - 1:
            return index
    return None


#: Dashes that set a dateline or a kicker off the sentence it opens ("PHILADELPHIA ― Ana's campaign said").
_LINE_DASHES = frozenset({"―", "—", "–", "-", "--"})


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a source opening its sentence starts after a dateline or kicker set off by a single spaced
    dash, with one noun phrase between the dash and the cue: "MYRTLE BEACH, S.C. - [Sen. Ana Reyes]
    said", "New York (AFP) – [Oscar winner Ana Reyes] told" (the parser hangs the speaker on the place).
    Not a pair of dashes around an apposition ("Ana Reyes — a teacher — said")."""
    dashes = [i for i in range(start + 1, end - 1) if doc[i].text in _LINE_DASHES and doc[i - 1].whitespace_]
    if len(dashes) != 1 or (end < len(doc) and doc[end].text in _LINE_DASHES):
        return start
    dash = dashes[0]
    heads = [t for t in doc[dash + 1 : end] if not dash < t.head.i < end]
    return dash + 1 if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") else start


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether ``doc[start]`` is its sentence's first word, or follows only a quote mark there (read from
    the tokens' sentence starts: ``Token.sent`` walks the parse each time)."""
    return bool(doc[start].is_sent_start) or (start > 0 and doc[start - 1].is_quote and bool(doc[start - 1].is_sent_start))


def _before_time(doc: Doc, subject: Token, start: int, end: int) -> int:
    """A source ends before a time the parser hung on it: "a report on Wednesday said"."""
    for child in subject.rights:
        target = next((t for t in child.children if t.dep_ == "pobj"), None)
        dated = child.dep_ == "prep" and target is not None and target.ent_type_ in ("DATE", "TIME")
        if dated and child.right_edge.i == end - 1 and child.i > start:
            return child.i
    return end


def _before_dashed_aside(doc: Doc, subject: Token, start: int, end: int) -> int:
    """A source ends before a relative clause set off by dashes, the author's aside: "[Ana Reyes] --
    who sang there in May -- said" (PolNeAR; 7 of the 8 such clauses on train are left out)."""
    for child in subject.rights:
        opening = child.left_edge.i - 1
        if child.dep_ == "relcl" and start < opening < end and doc[opening].text in _DASHES:
            return opening
    return end


def _closes_apposition(doc: Doc, start: int, end: int) -> bool:
    """Whether the comma or spaced dash right after a source closes one opened inside it."""
    if end >= len(doc) or doc[end].text not in _CLOSERS:
        return False
    mark = doc[end].text
    return any(doc[i].text == mark and (mark == "," or doc[i - 1].whitespace_ != "") for i in range(start + 1, end))


def _counts(token: Token) -> bool:
    """Whether a source goes on with a number: "only 49 percent", "only about 4 in 10" (PolNeAR
    keeps "only" there)."""
    if token.lower_ == "about" and token.i + 1 < len(token.doc):
        return token.doc[token.i + 1].like_num
    return token.like_num


def source_span(doc: Doc, subject: Token, *, cue: Token | None = None) -> CharSpan | None:
    """The span of a source: its subtree, less the cue's own clause when the cue modifies it."""
    passive_own = subject.dep_ == "nsubjpass" and (cue is None or subject.head.i == cue.i)
    if passive_own or (subject.lower_ == "it" and subject.head.lemma_.lower() in _EXPLETIVE_HEADS):
        return None
    own = {t.i for t in cue.subtree} if cue is not None and cue.head.i == subject.i else set()
    # A source before its cue ends there, whatever the parser hung on it after the cue ("[the budget
    # office] reported on Tuesday -- a development that ...", the remark taken for its apposition).
    stop = min(own) if own else cue.i if cue is not None and subject.i < cue.i else len(doc)
    indices = sorted(t.i for t in subject.subtree if t.i not in own and t.i < stop)
    # A line break before the subject ends an earlier line the parser hung on it ("7:10 p.m.\n\nAna's team says").
    breaks = [i for i in indices if i < subject.i and doc[i].is_space and "\n" in doc[i].text]
    first = breaks[-1] + 1 if breaks else indices[0]
    bounds = trimmed(doc, _after_left_break(doc, first, subject), indices[-1] + 1)
    if bounds is None:
        return None
    start, end = bounds
    if cue is not None and end <= cue.i and _opens_sentence(doc, start):
        broken = clause_break(doc, start, end) if cue.i - end <= 3 else None
        # "[Ana has not married Tom Kell], [her publicist] said"; "PHILADELPHIA ― [Ana's campaign] said"
        start = broken + 1 if broken is not None else _after_dateline(doc, start, end)
    focus = doc[start].lower_ in _FOCUS and doc[start].dep_ == "advmod"
    if end - start > 1 and focus and not _counts(doc[start + 1]):
        start += 1  # "even some of his admirers say": the focus adverb is not part of who says it
    end = _before_time(doc, subject, start, end)
    aside = _before_dashed_aside(doc, subject, start, end)
    if aside < end:
        end = aside
    elif _closes_apposition(doc, start, end):
        # "Ana Reyes, a singer, said", '"...," said Ana Reyes, a singer, "..."', "Ana Reyes - a
        # singer - said": the comma or dash closing the apposition goes with it (PolNeAR; a comma
        # after the cue in 48 of 64 such sources on train, a dash in 13 of 15).
        end += 1
    return chars(doc[start], doc[_closing_quote(doc, start, end) - 1])


_PAIRED_QUOTES = {"”": "“", "’’": "‘‘", "''": "``"}


def _closing_quote(doc: Doc, start: int, end: int) -> int:
    """The end of a source, past the quote mark closing a title opened inside it: 'the host of
    “Morning Show,”' (the parser hangs the mark on the verb)."""
    if end >= len(doc):
        return end
    mark = doc[end].text
    opening = _PAIRED_QUOTES.get(mark)
    opened = sum(t.text == opening for t in doc[start:end]) if opening else 0
    straight = mark in ('"', "''") and sum(t.text == mark for t in doc[start:end]) % 2 == 1
    return end + 1 if straight or opened > sum(t.text == mark for t in doc[start:end]) else end

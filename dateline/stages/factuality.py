"""Factuality of a clause: its polarity, its certainty, the source's commitment, and the cue words.

The facts stage asks :func:`assess` about the word that heads a clause ("the factuality of the
clause headed by this verb"). The answer is read off the dependency parse in a few steps, cheaply:

1. the head's own dependents: negation ("not", "never"), modals and hedging adverbs or adjectives
   ("may", "reportedly", "potential"), conditional subordinators ("if"); and a verb that calls off the
   noun it takes ("the tour was cancelled");
2. the words that govern the head through clausal complements, walking up the tree:
   "expected to play", "denied that ...", "shot down rumours of a romance", "is said to"; up to a
   report called false ("false rumours that ..."), whose content is not so;
   a to-infinitive only asked for, needed or scheduled ("asked her to leave", "has to", "is due to");
   not through the prepositional phrase of a verb ("did not recover from the flood");
3. the mood of the main clause: a yes-no question or a command asserts nothing ("Did she sign?");
4. when the clause is the content of an attribution, the commitment of its cue ("confirmed",
   "claimed", "speculated", "denied"), from ``dateline/data/factuality.yaml``.

Polarity flips once per negation; certainty is the lowest of the cues found.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from dateline.lexicons import load_lexicon
from dateline.model import Attribution, Certainty, Factuality, Polarity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CommitmentRule",
    "FactualityLexicon",
    "assess",
    "commitment_factuality",
    "cue_factuality",
    "hedge_cues",
    "lexicon",
    "lower",
    "name_taken_for_modal",
]

_RANK: dict[Certainty, int] = {"certain": 2, "probable": 1, "possible": 0}

#: Dependency relations through which a governor passes its factuality down to a clause.
_GOVERNED = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "attr", "oprd", "nsubjpass", "compound"})
#: Of those, the ones by which a verb or adjective takes a clause: only they pass on intentions
#: and doubt ("plans to sell" but not "set fire"); nouns pass doubt on to their objects ("rumours of").
_CLAUSAL = frozenset({"xcomp", "ccomp"})
#: Verbs whose subject belongs to their complement ("she seems to be happy").
_RAISING = frozenset({"seem", "appear"})
#: Arguments whose negative form negates their clause ("No one has claimed ...").
_NEGATED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Dependency relations of the dependents that can be modifiers of a head.
_MODIFIER_DEPS = frozenset({"aux", "advmod", "amod", "neg", "det", "npadvmod", "acomp", "auxpass", "preconj"})
#: spaCy labels of names whose words are no cues ("the film No Way Out", the band No Doubt).
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "LAW"})
#: Subject relations, whose absence makes a bare verb a command.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Tags of the wh-words that open an indirect question ("where he went", "who sent it", "which way").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Closing quote marks and brackets that may follow a sentence's question mark.
_CLOSING = frozenset({'"', "'", "''", "”", "’", ")", "]"})
#: How far up the tree a governor may be.
_MAX_STEPS = 6
#: Tags of a verb with its own tense, which no to-infinitive or raising complement has.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Of those, the ones whose form shows the tense ("VBP" looks like the bare infinitive: "going to rise and scare").
_MARKED_FINITE = frozenset({"VBD", "VBZ"})


class CommitmentRule(BaseModel):
    """What a commitment class says about its content."""

    certainty: Certainty = "certain"
    polarity: Polarity = "positive"


class NegatedAbility(BaseModel):
    """Modals of ability that, negated, say the clause did not happen, and the subjects that make them urge."""

    modals: frozenset[str] = frozenset()
    exhortative_subjects: frozenset[str] = frozenset()


class FactualityLexicon(BaseModel):
    """``factuality.yaml``: negation, hedges, governors and commitment classes."""

    negation: frozenset[str]
    ended_adverbs: frozenset[str] = frozenset()
    negative_governors: frozenset[str]
    negative_nouns: frozenset[str] = frozenset()
    negative_phrasal: dict[str, str]
    modifiers: dict[Literal["possible", "probable"], frozenset[str]]
    governors: dict[Literal["possible", "probable"], frozenset[str]]
    hedge_nouns: dict[Literal["possible", "probable"], frozenset[str]]
    intentions: frozenset[str]
    passive_hedges: frozenset[str]
    conditional_marks: frozenset[str]
    cancelling: frozenset[str] = frozenset()
    unknowing: frozenset[str] = frozenset()
    factives: frozenset[str] = frozenset()
    requests: dict[str, str] = Field(default_factory=dict)
    falsifying: frozenset[str] = frozenset()
    assuring_nouns: frozenset[str] = frozenset()
    announcing_governors: frozenset[str] = frozenset()
    ability: frozenset[str] = frozenset()
    necessity: frozenset[str] = frozenset()
    negated_ability: NegatedAbility = Field(default_factory=lambda: NegatedAbility())
    infinitive_governors: dict[Literal["possible", "probable"], frozenset[str]] = Field(default_factory=dict)
    past_implicative: frozenset[str] = frozenset()
    yet_governors: frozenset[str] = frozenset()
    scope_determiners: frozenset[str] = frozenset()
    number_bounds: frozenset[str] = frozenset()
    anticipating: dict[str, str] = Field(default_factory=dict)
    commitment: dict[str, CommitmentRule] = Field(default_factory=dict)


def lexicon() -> FactualityLexicon:
    """The factuality lexicon (cached per process)."""
    return load_lexicon("factuality.yaml", FactualityLexicon)


def lower(first: Certainty, second: Certainty) -> Certainty:
    """The less certain of two certainties."""
    return first if _RANK[first] <= _RANK[second] else second


@functools.cache
def _hedge_level(
    lemma: str, kind: Literal["modifiers", "governors", "hedge_nouns", "infinitive_governors"]
) -> Certainty | None:
    table = getattr(lexicon(), kind)
    for level in ("possible", "probable"):
        if lemma in table.get(level, ()):
            return level
    return None


def _span(token: Token) -> Span:
    return Span(start=token.idx, end=token.idx + len(token.text), text=token.text)


class _Reading:
    """The factuality being assembled for one clause."""

    def __init__(self) -> None:
        self.negations = 0
        self.certainty: Certainty = "certain"
        self.cues: list[Token] = []

    def negate(self, token: Token) -> None:
        self.negations += 1
        self.cues.append(token)

    def hedge(self, token: Token, level: Certainty) -> None:
        self.certainty = lower(self.certainty, level)
        self.cues.append(token)

    def result(self, *, commitment: str | None) -> Factuality:
        cues = sorted({token.i: token for token in self.cues}.values(), key=lambda token: token.i)
        return Factuality(
            polarity="negative" if self.negations % 2 else "positive",
            certainty=self.certainty,
            commitment=commitment,
            cues=[_span(token) for token in cues],
        )


def name_taken_for_modal(token: Token) -> bool:
    """Whether ``token`` is a capitalised word the parser took for a modal right before a verb in the
    past or present tense, which no modal takes: a name ("May performed with X": the guitarist May)."""
    verb = token.head
    return (
        token.dep_ == "aux"
        and token.tag_ == "MD"
        and token.text[:1].isupper()
        and verb.i == token.i + 1
        and verb.tag_ in ("VBD", "VBZ")
    )


def _read_modifiers(head: Token, reading: _Reading, *, governing: bool = False, existential: bool = False) -> None:
    lex = lexicon()
    # What one could not do did not happen, but what it governs keeps the modal's doubt ("could not
    # estimate the size of the charge": the charge may well be).
    unable = not governing and _negated_ability(head)
    for child in _modifier_children(head):
        if child.ent_type_ in _NAME_LABELS or name_taken_for_modal(child):
            continue  # a word of a title or a name: "No" in the film No Way Out, the guitarist May
        lemma = child.lemma_.lower()
        if unable and child.dep_ == "aux" and lemma in lex.negated_ability.modals:
            continue  # "could not comment": no doubt that it did not happen
        if child.dep_ == "neg" or (child.dep_ in _MODIFIER_DEPS and lemma in lex.negation):
            reading.negate(child)
        elif child.dep_ == "advmod" and child.lower_ in lex.ended_adverbs and _negated(child, lex.negation):
            reading.negate(child)  # "no longer a member": the negation is the adverb's
        elif child.dep_ in ("aux", "auxpass") and child.lower_.endswith(("n't", "n’t")):
            reading.negate(child)  # an unsplit "haven't" from pre-tokenised text
        elif (child.dep_ in _NEGATED_ARGUMENTS or (existential and _existential_attribute(child))) and _is_negative_phrase(
            child
        ):
            reading.negate(child)  # "No one has claimed ...", "made no comment", "there is no ban"
        elif (child.dep_ == "mark" and lemma in lex.conditional_marks) or (
            child.dep_ == "aux" and lemma in lex.ability  # "can": what may happen, not what did
        ):
            reading.hedge(child, "possible")
        elif child.dep_ == "aux" and lemma in lex.necessity:
            reading.hedge(child, "probable")  # "must": what is owed or inferred, not seen
        elif child.dep_ in _MODIFIER_DEPS and not _bounds_number(child):
            level = _hedge_level(lemma, "modifiers")
            if level is not None:
                reading.hedge(child, level)


def _existential_attribute(child: Token) -> bool:
    """Whether ``child`` is what an existential "there is" says exists: "there is [no ban]" says there is
    none (not any "is no" attribute: "she is no stranger to fame" says she is well known)."""
    if child.dep_ != "attr" or child.lemma_.lower() in lexicon().assuring_nouns:
        return False  # "there is no doubt that X": X is so
    if any(t.tag_ in ("JJR", "RBR") for t in child.subtree):
        return False  # "there's no one better than Joss": praise of one who is, not an absence
    return any(c.dep_ == "expl" for c in child.head.children)


def _negated(token: Token, negation: frozenset[str]) -> bool:
    return any(c.dep_ == "neg" or c.lemma_.lower() in negation for c in token.children)


def _modifier_children(head: Token) -> list[Token]:
    """The head's dependents, with an auxiliary the parser hung on one of its auxiliaries: "would have been
    [delighted]" with "would" on "been" is still a counterfactual."""
    children = list(head.children)
    stacked = [g for c in children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "aux"]
    return children + stacked


def _negated_ability(head: Token) -> bool:
    """Whether ``head`` is negated with a modal of ability ("could not comment", "can't find", "could
    find no trace")."""
    rules = lexicon().negated_ability
    children = list(head.children)
    # The modal and the negation first: few heads have both, and the last check reads every word under
    # the head (its whole sentence at a main verb), which cost 0.6 ms per news article asked of every head.
    if not any(c.dep_ == "aux" and c.lemma_.lower() in rules.modals for c in children) or not any(
        c.dep_ == "neg" or (c.dep_ in _NEGATED_ARGUMENTS and _is_negative_phrase(c)) for c in children
    ):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in rules.exhortative_subjects for c in children):
        return False  # "we can't just sleepwalk into the future" urges; it does not report
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
        return False  # "could not have been kinder": what might have been, not what was
    return not any(t.tag_ in ("JJR", "RBR") for t in head.subtree)  # "could not agree more": praise


def _bounds_number(modifier: Token) -> bool:
    """Whether ``modifier`` bounds the number right after it ("three of a possible five nominations")."""
    following = modifier.nbor() if modifier.i + 1 < len(modifier.doc) else None
    return (
        following is not None
        and following.tag_ == "CD"
        and following.head.i == modifier.head.i
        and modifier.lemma_.lower() in lexicon().number_bounds
    )


def _read_cancelled(head: Token, reading: _Reading) -> None:
    """A noun that a cancelling verb takes as its object did not happen ("the tour was cancelled"), nor one
    a cancelling participle describes ("led to the tour being cancelled")."""
    cancelling = lexicon().cancelling
    verb = head.head
    if head.dep_ in ("dobj", "nsubjpass") and verb.i != head.i and verb.lemma_.lower() in cancelling:
        reading.negate(verb)
        return
    participle = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if participle is not None and participle.lemma_.lower() in cancelling:
        reading.negate(participle)


def _read_raising(head: Token, reading: _Reading) -> None:
    """A head that only frames its complement hedges the clause itself: "X is expected to sign", "X seems to"."""
    if not any(child.dep_ == "xcomp" and child.tag_ not in _FINITE for child in head.children):
        return  # a finite "complement" is a misparse: "appeared in films, including Do the Right Thing"
    passive = any(child.dep_ == "auxpass" for child in head.children)
    if passive or head.lemma_.lower() in _RAISING:
        level = _governor_level(head)
        if level is not None:
            reading.hedge(head, level)


def _is_negative_phrase(token: Token) -> bool:
    lex = lexicon()
    if token.lemma_.lower() in lex.negation:
        return True
    return any(c.dep_ == "det" and c.lemma_.lower() == "no" for c in token.children)


def _read_governor(
    governor: Token, reading: _Reading, *, clausal: bool = True, noun_clause: bool = False, presupposed: bool = False
) -> None:
    """What ``governor`` says of the clause below it; ``noun_clause`` when that clause is the infinitive a noun
    takes ("refusal [to air]"); ``presupposed`` when the governor's own negation does not reach the clause
    ("did not know that [X]")."""
    lex = lexicon()
    lemma = governor.lemma_.lower()
    if lemma in lex.negative_governors or (noun_clause and lemma in lex.negative_nouns) or _negative_phrasal(governor):
        reading.negate(governor)
    elif (falsifier := _falsifier(governor)) is not None:
        reading.negate(falsifier)  # "false rumours that ...": not so, and no longer in doubt
        return
    else:
        level = _governor_level(governor)
        if level is None and clausal and lemma in lex.intentions:
            level = "possible"
        if level is not None and (clausal or governor.pos_ == "NOUN"):
            reading.hedge(governor, level)
    negations, cues = reading.negations, len(reading.cues)
    _read_modifiers(governor, reading, governing=True)
    if presupposed and reading.negations != negations:
        reading.negations = negations
        reading.cues = reading.cues[:cues] + [c for c in reading.cues[cues:] if not _negates(c)]


def _negates(token: Token) -> bool:
    return token.dep_ == "neg" or token.lemma_.lower() in lexicon().negation or _is_negative_phrase(token)


def _presupposed(clause: Token) -> bool:
    """Whether ``clause`` is the that-clause of a factive word (``factives``): so, whatever its negation
    ("not knowing [that the stall belonged to him]")."""
    governor = clause.head
    return clause.dep_ == "ccomp" and governor.i != clause.i and governor.lemma_.lower() in lexicon().factives and not _questioned(clause)


def _questioned(clause: Token) -> bool:
    marked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
    return marked or clause.left_edge.tag_ in _WH_TAGS


def _noun_infinitive(clause: Token) -> bool:
    """Whether ``clause`` is the to-infinitive a noun takes ("the refusal [to air it]")."""
    return clause.dep_ == "acl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)


def _shares_auxiliaries(conjunct: Token) -> bool:
    """Whether a conjunct takes the auxiliaries of the verb it is joined to: a bare verb or participle
    with no subject or auxiliary of its own ("may sing and dance"), not a finite one ("did not sing but danced")."""
    return (
        conjunct.tag_ in ("VB", "VBN", "VBG")
        and conjunct.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in conjunct.children)
    )


def _finite_conjunct_of_infinitive(conjunct: Token) -> bool:
    """Whether the parser joined a verb with its own tense and no subject of its own to a to-infinitive, which
    cannot take one: it is joined to the infinitive's governor ("is due to start filming in May and stars X": the
    film stars X). One with its own subject may be a clause inside the infinitive's ("to make sure X is fair and
    there is justice")."""
    infinitive = conjunct.head
    return (
        conjunct.tag_ in _MARKED_FINITE
        and not any(c.dep_ in _SUBJECTS for c in conjunct.children)
        and infinitive.head.i != infinitive.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
    )


def _fulfilled(infinitive: Token) -> bool:
    """Whether the governor of a to-infinitive is joined to the same verb in the past, which says it happened:
    "was invited to perform at the final and performed his song", "tried to escape and escaped"; also when
    the parser joined the past verb to the infinitive, which takes no tense (``_finite_conjunct_of_infinitive``)."""
    governor = infinitive.head
    joined = (*governor.children, *infinitive.children)
    return (
        infinitive.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
        and any(c.dep_ == "conj" and c.tag_ == "VBD" and c.lemma_ == infinitive.lemma_ for c in joined)
    )


def _parenthetical_participle(node: Token) -> bool:
    """Whether ``node`` is a participle set off by a comma right before it from the noun it describes ("a sequel,
    starring X"): an aside the writer vouches for, outside the scope of what governs the noun; not an
    elaboration ("privileges, especially earning money") nor a bare verb ("options, write in a candidate")."""
    return (
        node.dep_ == "acl"
        and node.tag_ in ("VBG", "VBN")
        and node.left_edge.i == node.i > 0
        and node.doc[node.i - 1].text == ","
    )


def _noun_of_verb_phrase(node: Token) -> bool:
    """Whether the walk has reached the prepositional phrase of a verb or adjective: what governs
    that verb is no more said of the noun, nor of what hangs from it ("did not recover from the flood":
    the flood was; "is set to begin in the court located in London"), unlike the phrase that "be" makes a
    predicate ("is not on the shortlist"), a noun's preposition
    ("denied rumours of a split") or a noun that a polarity word puts in the verb's scope ("did not
    result in any changes")."""
    if node.dep_ != "prep" or node.head.pos_ not in ("VERB", "AUX", "ADJ") or node.head.lemma_ == "be":
        return False  # after "be", the phrase is the predicate: "is not on the shortlist"
    scoped = lexicon().scope_determiners
    nouns = [c for c in node.children if c.dep_ == "pobj"]
    return not any(d.dep_ == "det" and d.lemma_.lower() in scoped for noun in nouns for d in noun.children)


def _read_mood(clause: Token, reading: _Reading, *, complement: Token | None) -> None:
    """A main clause that asks or bids asserts nothing: a yes-no question ("Did she sign?"), or a command
    ("Sign it!"), and what it bids through a bare infinitive ("Let me know"), not a finite complement
    ("Tell me what happened")."""
    if clause.dep_ != "ROOT":
        return
    auxiliary = _inverted_auxiliary(clause)
    if auxiliary is not None and _ends_with_question_mark(clause):
        reading.hedge(auxiliary, "possible")
    elif (complement is None or complement.tag_ == "VB") and _is_imperative(clause):
        reading.hedge(clause, "possible")


def _inverted_auxiliary(clause: Token) -> Token | None:
    """The auxiliary, or the verb "be" or "have", put before the subject of ``clause`` ("Did she ...", "Is it ...")."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    verbs = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.lemma_ in ("be", "have"):
        verbs.append(clause)
    return next((verb for verb in verbs if verb.i < subject.i and verb.i == clause.sent.start), None)


def _ends_with_question_mark(clause: Token) -> bool:
    last = next((token for token in reversed(clause.sent) if token.text not in _CLOSING), None)
    return last is not None and last.text == "?"


def _is_imperative(clause: Token) -> bool:
    """A bare verb with no subject and no auxiliary heading the sentence: "Call me", "Please sign"."""
    return clause.tag_ == "VB" and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass", "mark") for c in clause.children)


def _read_infinitive_governor(governor: Token, complement: Token, reading: _Reading) -> None:
    """A to-infinitive that is only asked for, needed or coming has not happened: "asked her to leave",
    "has to leave", "is able to come", "is going to sign"; unless the governor says, in the past, that
    it did ("had to leave", "was able to escape"). With "yet" ("has yet to"), it is not so."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children):
        return
    lemma = governor.lemma_.lower()
    yet = next((c for c in governor.children if c.lower_ == "yet" and governor.i < c.i < complement.i), None)
    if yet is not None and lemma in lexicon().yet_governors:
        reading.negate(yet)  # "has yet to be screened", "is yet to begin": not so far
        return
    level = _hedge_level(lemma, "infinitive_governors")
    if level is not None and not (lemma in lexicon().past_implicative and _in_past(governor)):
        reading.hedge(governor, level)


def announced_infinitive(governor: Token) -> Token | None:
    """The to-infinitive that ``governor`` announces (``announcing_governors``: "is going to [open]"), if
    any: the clause the governor's sentence is about, hedged by the governor when read from it."""
    if governor.lemma_.lower() not in lexicon().announcing_governors or governor.tag_ != "VBG":
        return None
    return next(
        (c for c in governor.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
        None,
    )


def _asked_of_another(governor: Token, complement: Token) -> bool:
    """Whether a to-infinitive says what someone other than the governor's subject is to do: "urged [Ana]
    to resign", "called on [Ana] to resign", "[Fans] were urged to stay", "called for [the office] to be
    given" (not "agreed to pay", "likes to say")."""
    asked = (c.dep_ in ("dobj", "nsubjpass") or _hearer_phrase(c, complement) for c in governor.children if c.i < complement.i)
    return any(asked) or any(c.dep_ in _SUBJECTS for c in complement.children)


def _hearer_phrase(preposition: Token, complement: Token) -> bool:
    """Whether ``preposition`` brings in, right before a to-infinitive, the one asked to do it: "called on
    [Ana] to resign" (not a time or place before it: "after the poll, officials agreed to pay")."""
    return (
        preposition.dep_ == "prep"
        and preposition.head.i < preposition.i
        and any(o.dep_ == "pobj" and o.right_edge.i + 1 == complement.left_edge.i for o in preposition.children)
    )


def _asker_of(noun: Token) -> Token | None:
    """The cue that asks for what ``noun`` names, if it does: its object ("demanded [an apology]") or the
    object of its preposition ("called for [a ban]", ``requests`` in factuality.yaml)."""
    requests = lexicon().requests
    if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if noun.dep_ == "dobj" and requests.get(noun.head.lemma_.lower()) == "object":
        return noun.head
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and requests.get(verb.lemma_.lower()) == noun.head.lower_:
        return verb
    return None


def _intended(cue: Token, complement: Token) -> bool:
    """Whether a cue of intention takes a to-infinitive ("vowed to fight on", "has promised to veto"): what
    is vowed or promised is said, but has not happened."""
    return cue.lemma_.lower() in lexicon().intentions and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)


def _in_past(token: Token) -> bool:
    """Whether a verb, or the "be" of an adjective ("was able to"), is in the past or the perfect ("has had to")."""
    verb = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    perfect = verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries)
    return verb.tag_ == "VBD" or perfect or any(c.tag_ == "VBD" for c in auxiliaries)


def _wisher_of_gerund(token: Token) -> Token | None:
    """The word a gerund after a preposition says is wished for or awaited: "looking forward to visiting",
    "dreams of winning". Other gerunds of a preposition ("after visiting") keep their own factuality."""
    if token.dep_ != "pcomp" or token.head.dep_ != "prep" or token.head.head.i == token.head.i:
        return None
    lex = lexicon()
    governor = token.head.head
    lemma = governor.lemma_.lower()
    adverb = lex.anticipating.get(lemma)
    if lemma in lex.intentions or (adverb is not None and any(c.lower_ == adverb for c in governor.children)):
        return governor
    return None


def _unknown_question(clause: Token) -> bool:
    """Whether ``clause`` is a question ("whether ...", "where ...", "who ...") that a negated word of
    knowing takes ("did not know whether", "have no idea where", ``unknowing``): not knowing asserts
    nothing of it, neither that it is so nor that it is not."""
    knowing = clause.head
    if clause.i == knowing.i or knowing.lemma_.lower() not in lexicon().unknowing:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
    if not marked and clause.left_edge.tag_ not in _WH_TAGS:
        return False
    holders = (knowing, knowing.head) if knowing.dep_ in ("dobj", "acomp", "attr") else (knowing,)
    return any(
        c.dep_ == "neg" or (c.dep_ in (*_NEGATED_ARGUMENTS, "det") and _is_negative_phrase(c))
        for holder in holders
        for c in holder.children
    )


def _falsifier(governor: Token) -> Token | None:
    """The adjective that calls a noun false ("false rumours", "baseless claims"), if any."""
    if governor.pos_ != "NOUN":
        return None
    falsifying = lexicon().falsifying
    return next((c for c in governor.children if c.dep_ == "amod" and c.lemma_.lower() in falsifying), None)


def _read_hearsay(head: Token, reading: _Reading) -> None:
    """A noun headed by a hearsay noun ("romance rumours") is only as sure as the hearsay."""
    governor = head.head if head.dep_ != "pobj" else head.head.head
    if head.pos_ in ("NOUN", "PROPN") and governor.i != head.i:
        level = _hedge_level(governor.lemma_.lower(), "hedge_nouns")
        if level is not None:
            reading.hedge(governor, level)


def _infinitive_adverbial(token: Token) -> bool:
    """A to-infinitive the parser hung as an adverbial clause of "be" ("are considered to be among the
    favourites to get"): the complement of that "be", not a purpose clause; or of a negative phrasal verb
    ("lost out in the battle to be named best artist"): what was lost, which did not happen; or one with
    its own subject after "for" ("called for [the office to be given a free hand]"): what is called for."""
    with_for = any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
    return (
        token.dep_ == "advcl"
        and (token.head.lemma_ == "be" or _negative_phrasal(token.head) or with_for)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _negative_phrasal(verb: Token) -> bool:
    """Whether ``verb`` with its particle denies what it governs ("ruled out", "lost out")."""
    particle = lexicon().negative_phrasal.get(verb.lemma_.lower())
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _governor_level(token: Token) -> Certainty | None:
    """How far a word that takes a clause hedges it: by its meaning, or as a passive ("is said to")."""
    lemma = token.lemma_.lower()
    level = _hedge_level(lemma, "governors")
    if level is None and lemma in lexicon().passive_hedges and any(c.dep_ == "auxpass" for c in token.children):
        level = "probable"
    return level


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def assess(target: Token | SpacySpan, *, attribution: Attribution | None = None) -> Factuality:
    """The factuality of the clause headed by ``target`` (a token, or a span whose root is used).

    With ``attribution`` (the attribution whose content the clause belongs to), the walk up the
    tree stops at its cue or source and the cue's commitment is folded in: "denied" makes the
    clause negative, "speculated" makes it possible.

    >>> from dateline.nlp import load_pipeline
    >>> doc = load_pipeline()("Ana Reyes may not return to Lisbon.")
    >>> fact = assess(doc[4])
    >>> fact.polarity, fact.certainty, [cue.text for cue in fact.cues]
    ('negative', 'possible', ['may', 'not'])
    """
    head = target if not hasattr(target, "root") else target.root
    reading = _Reading()
    # "there is no X" as what a source says is its denial of X; the event corpora's annotators read such
    # an "is" otherwise (train MAE UW 0.5157 -> 0.5175 when every clause took it), so only a content's.
    _read_modifiers(head, reading, existential=attribution is not None)
    _read_cancelled(head, reading)
    _read_raising(head, reading)
    _read_hearsay(head, reading)
    stops: list[tuple[int, int]] = []
    if attribution is not None:
        stops = [(span.start, span.end) for span in (attribution.cue, attribution.source) if span is not None]
    node, complement = head, None
    for _ in range(_MAX_STEPS):
        if node.dep_ == "conj":
            if _shares_auxiliaries(node):
                _read_modifiers(node.head, reading)  # "may sing and dance", "did not sing or dance"
            node = node.head.head if _finite_conjunct_of_infinitive(node) else node.head
            continue
        if (wisher := _wisher_of_gerund(node)) is not None:
            node = wisher
            reading.hedge(node, "possible")
            _read_modifiers(node, reading)
            if _inside(node, stops):
                break
            continue
        if _unknown_question(node):
            reading.hedge(node.head, "possible")  # "I have no idea where he went": asked about, not told
            break
        infinitive = _infinitive_adverbial(node)
        if (
            (node.dep_ not in _GOVERNED and not infinitive)
            or node.head.i == node.i
            or _noun_of_verb_phrase(node)
            or _parenthetical_participle(node)
        ):
            break
        clausal = node.dep_ in _CLAUSAL or infinitive
        if _inside(node.head, stops):
            # A cue with no commitment class (a learned one) still hedges by its meaning ("hopes to").
            if attribution is not None and attribution.factuality.commitment is None:
                _read_governor(node.head, reading, clausal=clausal, presupposed=_presupposed(node))
            elif clausal and _intended(node.head, node):
                reading.hedge(node.head, "possible")  # "vowed [to fight on]": said, but not done yet
            if (asker := _asker_of(node)) is not None:
                reading.hedge(asker, "possible")  # "demanded [an apology]": asked for, not had
            if clausal and _asked_of_another(node.head, node) and not _fulfilled(node):
                _read_infinitive_governor(node.head, node, reading)  # "urged [Ana to resign]": not yet done
            break
        if _fulfilled(node):
            node, complement = node.head, node
            _read_modifiers(node, reading)  # "was invited to sing and sang": no longer only asked for
            continue
        if clausal:
            _read_infinitive_governor(node.head, node, reading)
        node, complement = node.head, node
        _read_governor(node, reading, clausal=clausal, noun_clause=_noun_infinitive(complement), presupposed=_presupposed(complement))
        if _falsifier(node) is not None:
            break  # who spread the false report says nothing more of its content
    _read_mood(node, reading, complement=complement)
    factuality = reading.result(commitment=None)
    if attribution is not None:
        factuality = _with_commitment(factuality, _cue_reading(head.doc, attribution))
    return factuality


def _cue_reading(doc: Doc, attribution: Attribution) -> Factuality:
    """What the attribution's cue says of its content.

    Read again from the cue itself: ``attribution.factuality`` is the factuality of the content,
    which already holds the content's own negation and hedges, and folding it in would count them twice.
    """
    commitment, cue = attribution.factuality.commitment, attribution.cue
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue else None
    if span is None or cue is None:
        reading = commitment_factuality(commitment, cue=cue)
    else:
        reading = cue_factuality(span.root, commitment=commitment, cue=cue)
    called_false = _source_called_false(doc, attribution)
    if called_false is None or reading.certainty == "possible":
        return reading
    return reading.model_copy(update={"certainty": "possible", "cues": [*reading.cues, _span(called_false)]})


def _source_called_false(doc: Doc, attribution: Attribution) -> Token | None:
    """The word calling the source false (``falsifying``), if the text does: "false reports said ...",
    or through "they" the nearest plural noun before it in its sentence ("attacked false magazines after
    they reported she was pregnant"): what such a source says is not vouched for."""
    source = attribution.source
    span = doc.char_span(source.start, source.end, alignment_mode="expand") if source is not None else None
    if span is None:
        return None
    noun = span.root
    if noun.lower_ == "they":
        before = [t for t in noun.sent if t.i < noun.i and t.tag_ in ("NNS", "NNPS")]
        if not before:
            return None
        noun = before[-1]
    return _falsifier(noun)


def hedge_cues(tokens: Iterable[Token]) -> list[tuple[Token, Certainty]]:
    """The words among ``tokens`` that lower the certainty of a clause, with how far.

    A modifier counts where it modifies (a modal, a hedging adverb or adjective), a governor where
    it takes a clause ("expected to", "suggests that"), a subordinator where it is one ("if").
    """
    lex = lexicon()
    found: list[tuple[Token, Certainty]] = []
    for token in tokens:
        lemma = token.lemma_.lower()
        level: Certainty | None = None
        if token.dep_ == "mark" and lemma in lex.conditional_marks:
            level = "possible"
        elif token.dep_ in _MODIFIER_DEPS and not _bounds_number(token):
            level = _hedge_level(lemma, "modifiers")
        if level is None and any(child.dep_ in ("xcomp", "ccomp", "oprd", "prep") for child in token.children):
            level = _governor_level(token)
        if level is not None:
            found.append((token, level))
    return found


def cue_factuality(cue_head: Token, *, commitment: str | None, cue: Span) -> Factuality:
    """What a cue says of its content: its commitment class, and the cue's own negation and hedges.

    "did not confirm that X" leaves X open (possible); "never denied X" half-admits it (positive,
    probable); "might say" makes it possible.
    """
    base = commitment_factuality(commitment, cue=cue)
    reading = _Reading()
    _read_modifiers(cue_head, reading)
    polarity, certainty = base.polarity, lower(base.certainty, reading.certainty)
    # "not knowing that X": a factive cue's negation leaves its that-clause so.
    if reading.negations % 2 and not any(_presupposed(child) for child in cue_head.children):
        certainty = lower(certainty, "probable" if polarity == "negative" else "possible")
        polarity = "positive"
    own = reading.result(commitment=commitment).cues
    cues = sorted({(c.start, c.end): c for c in [*base.cues, *own]}.values(), key=lambda c: c.start)
    return Factuality(polarity=polarity, certainty=certainty, commitment=commitment, cues=cues)


def commitment_factuality(commitment: str | None, *, cue: Span | None = None) -> Factuality:
    """The factuality a cue's commitment class gives its content ("denied" -> negative)."""
    rule = lexicon().commitment.get(commitment or "", CommitmentRule())
    return Factuality(
        polarity=rule.polarity,
        certainty=rule.certainty,
        commitment=commitment,
        cues=[cue] if cue is not None and (rule.polarity == "negative" or rule.certainty != "certain") else [],
    )


def _with_commitment(clause: Factuality, source: Factuality) -> Factuality:
    negative = (clause.polarity == "negative") != (source.polarity == "negative")
    cues = sorted({(cue.start, cue.end): cue for cue in [*source.cues, *clause.cues]}.values(), key=lambda s: s.start)
    return Factuality(
        polarity="negative" if negative else "positive",
        certainty=lower(clause.certainty, source.certainty),
        commitment=source.commitment,
        cues=cues,
    )

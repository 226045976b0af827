"""From a trigger match to draft facts: roles filled, participants split or joined, time and source."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.model import Attribution, Evidence, Factuality, Span, Tense
from dateline.stages.attribution import attribution_at
from dateline.stages.clause_tense import clause_tense
from dateline.stages.entities.lexicon import pronouns
from dateline.stages.facts.arguments import Filler, Resolver
from dateline.stages.facts.frames import Role, RoleSpec
from dateline.stages.facts.slots import read_slot
from dateline.stages.facts.sources import asserting, factuality_of, predicated, presupposed
from dateline.stages.facts.triggers import hyphen_prefix

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc, Token

    from dateline.stages.facts.frames import Frame, FrameLexicon, FutureMarkers, Trigger, UnrealConditions
    from dateline.stages.facts.timing import AttachedTime, TimeAttacher
    from dateline.stages.facts.triggers import TriggerMatch
    from dateline.stages.quotes import Quotation

__all__ = ["Context", "Draft", "draft_facts", "sentence_evidence", "title_change"]

_FUTURE_STEPS = 4
#: Adverbs that make coordinated subjects share one fact ("X and Y were jointly named ...").
_JOINTLY = frozenset({"jointly", "together"})
#: Words that make coordinated subjects act one by one ("X and Y both met with ..."): no relation between them.
_SEVERALLY = frozenset({"both", "each"})


@dataclass(frozen=True)
class Context:
    """What every trigger of one document is read against."""

    doc: Doc
    resolver: Resolver
    lexicon: FrameLexicon
    times: TimeAttacher
    attributions: list[Attribution]
    #: ``doc.text``, kept because spaCy joins every token again each time it is asked for
    text: str
    #: the quotations of ``text``: a description inside one is the speaker's wording
    quotations: list[Quotation] = field(default_factory=list)


@dataclass
class Draft:
    """A fact before merging, ids and validity."""

    predicate: str
    participants: list[str]
    object: str | None
    place: str | None
    time: AttachedTime | None
    factuality: Factuality
    attribution: Attribution | None
    trigger: Span
    evidence: Evidence
    sentence: int
    arguments: dict[str, str] = field(default_factory=dict)
    ended: bool = False
    #: when the relation began and ended, from the triggers that begin or end it ("joined Y in 2019",
    #: "resigned in May"; the trigger settings `starting` and `ending`)
    start_time: AttachedTime | None = None
    end_time: AttachedTime | None = None
    ending: bool = False
    first: bool = False
    owners: list[str] = field(default_factory=list)
    scope: tuple[int, int] = (0, 0)
    #: the tense of the trigger's clause (None when the parse does not say)
    tense: Tense | None = None

    @property
    def asserted_by(self) -> str:
        """``author``, or the id of the attribution the fact is reported in."""
        return self.attribution.id if self.attribution else "author"


def sentence_evidence(token: Token) -> Evidence:
    """The offsets of the sentence holding ``token``, without outer white space."""
    sentence = token.sent
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return Evidence(start=start, end=sentence.start_char + len(text.rstrip()))


def _is_future(head: Token, markers: FutureMarkers) -> bool:
    if _joins_future(head, markers):
        return True
    node = head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in markers.taking:
        node = head.head  # "is pencilled in to play the role of X": the role is as future as the playing
    for _ in range(_FUTURE_STEPS):
        if any(c.dep_ == "aux" and c.lemma_.lower() in markers.auxiliaries for c in node.children):
            return True
        if not _complement(node) or node.head.i == node.i:
            return False
        node = node.head
        if _future_governor(node, markers):
            return True
    return False


def _future_governor(node: Token, markers: FutureMarkers) -> bool:
    """Whether ``node`` is a governor that puts its complement in the future ("set to", "is going to")."""
    lemma = node.lemma_.lower()
    if lemma in markers.progressive_only:
        return node.tag_ == "VBG"
    return lemma in markers.governors


def _joins_future(verb: Token, markers: FutureMarkers) -> bool:
    """Whether a present-tense verb is joined to a clause about the future and shares its time ("the film
    is due to start filming in May and stars X": X is cast, not yet acting)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    first = verb.head
    governed = any(c.dep_ in ("acomp", "xcomp") and _future_governor(c, markers) for c in first.children)
    return governed or _is_future(first, markers)


def _complement(node: Token) -> bool:
    """Whether ``node`` completes the verb it hangs from: an xcomp, or a to-infinitive the parser hung as an
    adverbial clause ("is pencilled in to play")."""
    return node.dep_ == "xcomp" or (
        node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    )


def _future_event(head: Token, markers: FutureMarkers) -> bool:
    """Whether a participle hangs from a future clause, directly ("Hosted by X, the gala will be broadcast")
    or through the noun it describes ("the gala, hosted by X, will be broadcast")."""
    if head.tag_ not in ("VBN", "VBG"):
        return False
    verb = head.head
    if head.dep_ == "acl" and verb.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = verb.head
    elif head.dep_ != "advcl":
        return False
    return verb.i != head.i and _is_future(verb, markers)


def _unreal(head: Token, conditions: UnrealConditions) -> bool:
    """Whether ``head`` heads a past-tense condition of a would-clause ("If X was nominated, it would be a
    different game"): the speaker takes it as not so, or not yet so."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if _imagined(node, conditions.situations) or _counterfactual(node, conditions.perfect_modals):
        return True
    if node.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in conditions.marks for c in node.children):
        return False
    past = node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in node.children)
    return past and any(c.dep_ == "aux" and c.lower_ in conditions.modals for c in node.head.children)


def _imagined(clause: Token, situations: frozenset[str]) -> bool:
    """Whether ``clause`` is a "where" clause of a noun of ``situations`` ("warned against a world where X
    can win"): a situation imagined, no event."""
    return (
        clause.dep_ in ("relcl", "acl")
        and clause.head.lemma_.lower() in situations
        and any(child.lower_ == "where" for child in clause.children)
    )


def _counterfactual(verb: Token, modals: frozenset[str]) -> bool:
    """Whether ``verb`` is a perfect of one of ``modals`` ("she should have been nominated"): it did not happen."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    return "have" in auxiliaries and bool(auxiliaries & modals)


def _reflexive(fillers: list[Filler]) -> bool:
    """Whether a role is filled by a reflexive pronoun ("playing versions of themselves"): each doer plays
    himself, whoever else the pronoun also stands for."""
    token = fillers[0].token if fillers else None
    entry = pronouns().pronouns.get(token.lower_) if token is not None else None
    return entry is not None and entry.role == "reflexive"


def _own_role(parties: list[str], resolver: Resolver) -> dict[str, str]:
    name = resolver.name(parties[0]) if parties else None
    return {"role": name} if name else {}


def _name(filler: Filler, resolver: Resolver) -> str | None:
    if filler.text is not None:
        return filler.text
    return resolver.name(filler.entities[0]) if filler.entities else None


def _participant_sets(
    fillers: list[Filler], *, frame: Frame, trigger: Trigger, head: Token
) -> list[list[str]]:
    if frame.symmetric and any(filler.unresolved for filler in fillers):
        return []  # a party the text names is not known: the list of parties would be wrong
    if frame.symmetric and not trigger.each_partner and _several_subjects(head):
        return []  # "X and Y both met with Z": each met Z, but the text names no meeting of the three
    named = [filler for filler in fillers if filler.entities]
    joint = trigger.joint if trigger.joint is not None else frame.joint
    joint = joint or any(child.lower_ in _JOINTLY for child in head.children)
    if frame.symmetric or joint or any(filler.group for filler in named):
        union = list(dict.fromkeys(entity for filler in named for entity in filler.entities))
        return [union] if union else []
    return [filler.entities[:1] for filler in named]


def _several_subjects(head: Token) -> bool:
    """Whether "both" or "each" before the verb ``head`` says its coordinated subjects act one by one ("X and
    Y both met with leaders": X did not meet Y)."""
    subjects = [child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    start = min(token.i for subject in subjects for token in subject.subtree)
    return any(token.lower_ in _SEVERALLY for token in head.doc[start : head.i])


def _each_partner(fillers: list[Filler], *, own: frozenset[str]) -> list[list[str]]:
    """One partner per filler of the `with` role; none from a list of alternatives ("work with X or
    Y": neither is said), nor a name a possessed noun of ``own`` introduces ("his band X": a member's
    own band is no partner)."""
    tokens = [filler.token for filler in fillers if filler.token is not None]
    if any(child.dep_ == "cc" and child.lower_ in ("or", "nor") for token in tokens for child in token.children):
        return []
    return [
        filler.entities[:1] for filler in fillers
        if filler.entities and not (filler.token is not None and _possessed_noun(filler.token, words=own))
    ]


def _possessed_noun(name: Token, *, words: frozenset[str]) -> bool:
    """Whether a name is introduced by a noun of ``words`` with a possessive pronoun ("his band X")."""
    nouns = [name.head, *name.children]
    return any(
        noun.lemma_.lower() in words and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        for noun in nouns
    )


def _objects(fillers: list[Filler]) -> list[tuple[str | None, str | None]]:
    """(entity id, text) per object conjunct; one empty pair when there is none."""
    found = [(f.entities[0] if f.entities else None, f.text) for f in fillers if not f.unresolved]
    return found or [(None, None)]


def _missed_sentence_end(token: Token) -> bool:
    """Whether ``token`` is a hyphenated name's last letter that the tokenizer kept with the full stop ending
    its sentence, as it does an initial ("... and Jay-Z. Soul singer X will receive": "Z." ends the sentence)."""
    doc = token.doc
    if not (len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "." and 0 < token.i < len(doc) - 1):
        return False
    hyphen = doc[token.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and doc[token.i + 1].is_title


def _across_missed_end(head: Token, token: Token | None) -> bool:
    """Whether a missed sentence end stands between the trigger ``head`` and a role's ``token``."""
    if token is None:
        return False
    start, end = sorted((head.i, token.i))
    return any(_missed_sentence_end(word) for word in head.doc[start:end])


def _other_half(head: Token, argument: Token | None, objects: list[Token]) -> bool:
    """Whether an "and" or "or" of ``head`` stands between ``argument`` and the objects: they are read from the
    two halves of a coordination ("played X's opposite number in A, and as Y in B": the role is A's, not B's)."""
    if argument is None or argument.i == head.i or not objects:
        return False  # the trigger's own word ("president and CEO of X") is both halves' title
    joins = [child.i for child in head.children if child.dep_ == "cc"]
    return any(all(min(argument.i, obj.i) < join < max(argument.i, obj.i) for obj in objects) for join in joins)


def _respective(
    objects: list[tuple[str | None, str | None]], *, index: int, count: int, head: Token
) -> list[tuple[str | None, str | None]]:
    """The objects of the ``index``-th of ``count`` participants: all of them, or, when "respectively" follows
    the trigger in its sentence and there are as many objects as participants, the one in the same place
    ("X and Y won best actor and actress respectively": X best actor)."""
    if count < 2 or len(objects) != count:
        return objects
    if not any(token.lower_ == "respectively" for token in head.doc[head.i + 1 : head.sent.end]):
        return objects
    return [objects[index]]


def _modifies(head: Token, words: frozenset[str]) -> bool:
    """Whether ``head`` modifies a noun of ``words``, directly or through a chain of modifiers, or heads a
    clause that describes one ("a firm that works with X")."""
    node = head
    while node.dep_ in ("amod", "compound", "nmod", "relcl", "acl") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in words:
            return True
    return False


def _describes(head: Token, words: frozenset[str]) -> bool:
    """Whether ``head`` modifies a noun of ``words``, or opens a title whose last word is one ("Swedish
    subsidiary X", parsed with "Swedish" on the name)."""
    title = None
    for token in head.doc[head.i + 1 : head.sent.end]:
        if not (token.is_lower or token.text == "-"):
            break
        title = token if token.is_alpha else title
    return _modifies(head, words) or (title is not None and title.lemma_.lower() in words)


def _owned_description(head: Token) -> bool:
    """Whether ``head`` modifies a noun whose possessor is neither a person nor a pronoun ("Screen
    International's US editor": the magazine's; not "his British wife", "Y's British husband")."""
    node = head
    while node.dep_ in ("amod", "compound", "nmod") and node.head.i != node.i:
        node = node.head
        owners = [c for c in node.children if c.dep_ == "poss"]
        if any(owner.pos_ != "PRON" and owner.ent_type_ != "PERSON" for owner in owners):
            return True
    return False


def _described_after(head: Token, words: list[str]) -> bool:
    """Whether a modifier of the noun ``head`` describes comes before ``head`` and is one of ``words``
    ("best" in "the best British female prize")."""
    described = head.head
    return any(child.i < head.i and child.lower_ in words for child in described.children if child.dep_ == "amod")


def _unnamed(match: TriggerMatch, context: Context) -> list[Draft]:
    """A draft without participants for "they have projects out this summer": the works are named
    in the next paragraph's text up to its end (see :mod:`.discourse`); the draft remembers who has
    them and where they may be named."""
    head, trigger = match.head, match.trigger
    words = context.lexicon.classes.get(trigger.unnamed or "", frozenset())
    nouns = [t for slot in trigger.roles["participants"].slots for t in read_slot(head, slot)]
    noun = next((t for t in nouns if t.tag_ == "NNS" and t.lemma_.lower() in words), None)
    if noun is None:
        return []
    owners_spec = RoleSpec(slots=["host", "poss"], types=["PERSON", "ORG"])
    fillers = context.resolver.fill(noun, "participants", spec=owners_spec)
    owners = [entity for filler in fillers for entity in filler.entities]
    if not owners:
        return []
    doc = context.doc
    if head.sent.end >= len(doc):
        return []
    attribution = attribution_at(head.idx, head.idx + len(head.text), context.attributions)
    start = doc[head.sent.end].idx
    end = context.text.find("\n", start)
    return [
        Draft(
            predicate=trigger.predicate or match.frame,
            participants=[],
            object=None,
            place=None,
            time=context.times.for_trigger(head, description=bool(trigger.background)),
            factuality=factuality_of(
                head, attribution=attribution, certainty=trigger.certainty, attributions=context.attributions
            ),
            attribution=attribution,
            trigger=Span(start=head.idx, end=head.idx + len(head.text), text=head.text),
            evidence=sentence_evidence(head),
            sentence=head.sent.start,
            owners=owners,
            scope=(start, end if end >= 0 else len(context.text)),
            tense=clause_tense(head, description=bool(trigger.background)),
        )
    ]


def _draft(*, predicate: str, participants: list[str], match: TriggerMatch, context: Context,
           factuality: Factuality, attribution: Attribution | None) -> Draft:
    """A fact with no object, place or arguments, read at the trigger of ``match``."""
    doc, head = context.doc, match.head
    first, last = doc[match.first], doc[match.last]
    end = last.idx + len(last.text)
    return Draft(
        predicate=predicate,
        participants=participants,
        object=None,
        place=None,
        time=context.times.for_trigger(head, description=bool(match.trigger.background)),
        factuality=factuality.model_copy(deep=True),
        attribution=attribution,
        trigger=Span(start=first.idx, end=end, text=context.text[first.idx : end]),
        evidence=sentence_evidence(head),
        sentence=head.sent.start,
        tense=clause_tense(head, description=bool(match.trigger.background)),
    )


def _setting_verb(head: Token) -> Token:
    """The verb whose preposition phrase ``head`` heads ("did not speak at the debate"), else ``head``."""
    verb = head.head.head if head.dep_ == "pobj" else head
    return verb if verb.pos_ in ("VERB", "AUX") else head


def _reduced_relative(head: Token) -> bool:
    """Whether ``head`` is a participle describing a noun ("the film, directed by X", "a drama starring Y"): a
    description inside a noun phrase, as much the reporter's wording in reported speech as "director X"."""
    if head.dep_ != "acl" or head.tag_ not in ("VBN", "VBG") or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # a clause of its own is none ("rumours that X was born in Y": the parser hangs it the same way)
    return not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for child in head.children)


def _asked(head: Token) -> bool:
    """Whether ``head``'s sentence is a question ("Why isn't X speaking at the debate?")."""
    return any(token.text == "?" for token in head.sent)


def title_change(title: Token, classes: Mapping[str, frozenset[str]]) -> tuple[str | None, Token]:
    """("start", verb) for a title a verb of beginning predicates ("was appointed chief executive of Y", "took over
    as chief executive"), ("end", verb) for one a verb of ending does ("resigned as chief executive of Y"), else
    (None, the title)."""
    if title.dep_ in ("attr", "oprd", "xcomp"):
        verb = title.head
    elif title.dep_ == "pobj" and title.head.lower_ == "as":
        verb = title.head.head
    else:
        return None, title
    particles = [child.lower_ for child in verb.children if child.dep_ == "prt"]
    forms = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {particle}" for particle in particles)}
    if forms & classes.get("starting_verbs", frozenset()):
        return "start", verb
    if forms & classes.get("ending_verbs", frozenset()):
        return "end", verb
    return None, title


def _former(title: Token, classes: Mapping[str, frozenset[str]]) -> bool:
    """Whether a word of the class former_words opens the title ("former chief executive", "ex-drummer")."""
    words = classes.get("former_words", frozenset())
    prefix = hyphen_prefix(title)
    return any(token.lower_ in words for token in title.doc[title.left_edge.i : title.i]) or (
        prefix is not None and prefix.lower_ in words
    )


def draft_facts(match: TriggerMatch, context: Context) -> list[Draft]:
    """The facts one trigger match states (none when a required role is missing)."""
    lexicon, resolver = context.lexicon, context.resolver
    frame = lexicon.frames[match.frame]
    trigger = match.trigger
    head = match.head
    # Nine in ten matches state nothing: the checks on the head alone, and a missing participant, come
    # before the other roles are filled (each outcome is [] wherever it is found, so the order is free).
    if any(_describes(head, lexicon.classes[name]) for name in trigger.unless_modifying_classes):
        return []
    if trigger.only_modifying and not _describes(head, lexicon.classes[trigger.only_modifying]):
        return []
    if trigger.unless_owned and _owned_description(head):
        return []
    if trigger.unless_after and _described_after(head, trigger.unless_after):
        return []
    phrase = list(context.doc[match.first : match.last + 1])

    def fill(role: Role, spec: RoleSpec) -> list[Filler]:
        fillers = resolver.fill(
            head, role, spec=spec, every_slot=frame.symmetric and role == "participants", phrase=phrase
        )
        return [f for f in fillers if not _across_missed_end(head, f.token)]

    participants = fill("participants", trigger.roles["participants"])
    if not (trigger.unnamed or "also" in trigger.roles or any(f.entities for f in participants)):
        return []  # no one to take part: no participant set below
    roles = {
        role: participants if role == "participants" else fill(role, spec) for role, spec in trigger.roles.items()
    }
    if any(trigger.roles[role].other_sense and any(f.unresolved for f in fillers) for role, fillers in roles.items()):
        return []  # "a contender for eviction" is no nominee
    if trigger.unnamed and not any(f.entities for f in roles.get("participants", [])):
        return _unnamed(match, context)
    if any(not any(f.entities or f.text for f in roles.get(role, [])) for role in trigger.require):
        return []
    partners = [entity for filler in roles.get("with", [])[:1] for entity in filler.entities]
    minimum = 2 if frame.symmetric else 1
    # "stars with X and Y": each of them stars too
    also = [filler.entities[:1] for filler in roles.get("also", []) if filler.entities]
    participants = roles["participants"]
    partner_sets = [partners]
    doers = _participant_sets(participants, frame=frame, trigger=trigger, head=head)
    if trigger.each_partner:
        # "X and Y have both worked with Z": X with Z, Y with Z; not the doer's own band ("his band Z")
        partner_sets = _each_partner(roles.get("with", []), own=lexicon.classes.get("band_nouns", frozenset()))
        doers = [filler.entities[:1] for filler in participants if filler.entities]
    participant_sets = [
        parties + [p for p in chosen if p not in parties] for parties in [*doers, *also] for chosen in partner_sets
    ]
    participant_sets = [parties for parties in participant_sets if len(parties) >= minimum]
    if not participant_sets:
        return []
    predicate = trigger.predicate or match.frame
    if trigger.future and (
        _is_future(head, lexicon.future) or (trigger.event_clause and _future_event(head, lexicon.future))
    ):
        predicate = trigger.future
    elif trigger.future_only and not _is_future(head, lexicon.future):
        return []
    if _unreal(head, lexicon.unreal):
        return []
    attribution = attribution_at(head.idx, head.idx + len(head.text), context.attributions)
    # A description its clause predicates ("X was not a member of Y") takes the clause's negation and hedges
    local = (trigger.background and not predicated(head)) or presupposed(
        head, words=lexicon.presupposing, past_words=lexicon.presupposing_past, nouns=lexicon.presupposing_nouns
    )
    event = _setting_verb(head) if trigger.setting else head
    factuality = factuality_of(
        event, attribution=attribution, certainty=trigger.certainty, local=local, attributions=context.attributions
    )
    if trigger.setting and (factuality.polarity != "positive" or _asked(head)):
        return []  # "did not speak at the debate" may still have been there; a question asserts nothing
    description = bool(trigger.background) or _reduced_relative(head)
    attribution = asserting(head, attribution=attribution, description=description, quotations=context.quotations)
    if trigger.negated:
        if factuality.polarity != "positive":
            return []  # "did not lose out" says no more than that
        factuality.polarity = "negative"
    place = next((f.entities[0] for f in roles.get("place", []) if f.entities), None)
    arguments = dict(trigger.arguments)
    object_tokens = [filler.token for filler in roles.get("object", []) if filler.token is not None]
    for role in ("origin", "role", "for", "by"):
        if (
            roles.get(role)
            and (text := _name(roles[role][0], resolver))
            and not _other_half(head, roles[role][0].token, object_tokens)
        ):
            arguments[role] = text
    own_role = _reflexive(roles.get("role", []))
    # an object named by a copula takes the copula's year ("his first self-penned hit was X in 1959")
    object_tokens += [token.head for token in object_tokens if token.dep_ == "attr"]
    doc = context.doc
    first, last = doc[match.first], doc[match.last]
    end = last.idx + len(last.text)
    trigger_span = Span(start=first.idx, end=end, text=context.text[first.idx : end])
    tense = clause_tense(event, description=bool(trigger.background))
    drafts = []
    objects: list[tuple[str | None, str | None]] = (
        [(None, None)] if frame.symmetric else _objects(roles.get("object", []))
    )
    for index, parties in enumerate(participant_sets):
        if frame.with_predicate and partners and len(parties) > 1:
            # "wrote Ring of Fire with June Carter": the writing was a collaboration too
            drafts.append(_draft(predicate=frame.with_predicate, participants=parties, match=match,
                                 context=context, factuality=factuality, attribution=attribution))
        for entity, text in _respective(objects, index=index, count=len(participant_sets), head=head):
            if entity is not None and entity in parties:
                continue
            extra = {"object_text": text} if text else {}
            change, verb = title_change(head, context.lexicon.classes) if frame.changes else (None, head)
            # a title whose post a verb begins or ends takes that verb's time ("resigned as chief executive in May")
            when = context.times.for_trigger(verb, extra=object_tokens, description=bool(trigger.background) and not change)
            starting, ending = trigger.starting or change == "start", trigger.ending or change == "end"
            # "former chief executive X", "ex-drummer X": a post that ended before the article
            former = frame.changes and _former(head, context.lexicon.classes)
            drafts.append(
                Draft(
                    predicate=predicate,
                    participants=parties,
                    object=entity,
                    place=place if place not in parties else None,
                    # an end ("resigned in May") dates the state's end, not its start
                    time=None if ending else when,
                    start_time=when if starting else None,
                    end_time=when if ending else None,
                    ending=ending,
                    factuality=factuality.model_copy(deep=True),
                    attribution=attribution,
                    trigger=trigger_span,
                    evidence=sentence_evidence(head),
                    sentence=head.sent.start,
                    arguments={**arguments, **extra, **(_own_role(parties, resolver) if own_role else {})},
                    ended=trigger.ended or ending or former,
                    first=trigger.first,
                    tense=tense,
                )
            )
    return drafts

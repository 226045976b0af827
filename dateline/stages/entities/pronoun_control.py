"""Who does what an infinitive says: the understood subject of a verb that has none of its own.

"Joel convinced Andy to help him": "help" has no subject; its doer is the object of "convinced", so
"him" is not Andy (binding), and may well be Joel. "Joel wanted to help him": the doer is the subject,
Joel. A verb completing another ("xcomp") takes the object of that verb as its doer when there is one
(object control: ask, tell, convince, allow ...), except after the few verbs whose subject keeps the
doing ("promised Ann to ...": ``subject_control_verbs`` in ``pronouns.yaml``); a verb coordinated
with another shares its subject, and so does a participle added to a clause ("Joel met Andy, telling
him ...", "made up for it by beating him": Joel tells, beats), unless it tells what the clause
brought about ("..., giving him a seat").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import role_of
from dateline.stages.entities.lexicon import pronouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["binds_reflexive", "clause_subjects", "controls_infinitive", "predicated_of", "understood_subjects"]

_SUBJECTS = {"nsubj", "nsubjpass"}
#: The object that controls an infinitive after an object-control verb.
_CONTROLLERS = {"dobj"}
_RELATIVES = {"who", "that"}
#: Words that take a part of what "of" names: "one of her heroes" is one of them, "part of his team" in it.
_PARTS = {"one", "some", "many", "several", "each", "any", "none", "all", "most", "few", "part"}


def understood_subjects(verb: Token) -> list[Token]:
    """Who does what ``verb`` says: its subjects, or, for a verb with none, its controller's; a relative
    "who" or "that" stands for the noun its clause hangs from ("Vivian, who wants to attack her")."""
    subjects = [child for child in verb.children if child.dep_ in _SUBJECTS]
    while not subjects and (verb.dep_ in {"conj", "xcomp"} or _purpose(verb) or _adjunct_participle(verb)) and verb.head.i != verb.i:
        completes = verb.dep_ != "conj" and not _adjunct_participle(verb)
        if verb.dep_ == "pcomp":
            verb = verb.head  # "left after telling her": the verb the preposition hangs from
        verb = verb.head  # "denies plying ... and molesting him": the subject is shared
        objects = [child for child in verb.children if child.dep_ in _CONTROLLERS]
        if completes and objects and verb.lemma_ not in pronouns().subject_control_verbs:
            return objects  # "convinced Andy to help him": Andy helps
        subjects = [child for child in verb.children if child.dep_ in _SUBJECTS]
    if verb.dep_ == "relcl":
        subjects = [verb.head if subject.lower_ in _RELATIVES else subject for subject in subjects]
    return subjects


def clause_subjects(pronoun: Token) -> list[Token]:
    """Who does what the clause of object or reflexive ``pronoun`` says: "Ann saw her" (Ann), "Joel
    convinced Andy to help him" (Andy), "allows him to sit" (the subject of "allows")."""
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if role_of(pronoun) == "subject":
        verb = verb.head  # the parser makes "him" in "allows him to sit" the subject of "sit"
    return understood_subjects(verb)


def binds_reflexive(head: Token, pronoun: Token) -> bool:
    """Whether the mention headed by ``head`` is the subject that reflexive ``pronoun`` refers back to
    ("Mary Cole saw herself", "advised Tom to just be himself": Tom)."""
    return any(subject.i == head.i for subject in clause_subjects(pronoun))


def _adjunct_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle added to a clause ("Ann met Joe, telling him ...", "... by
    beating him"), whose doer is that clause's subject; not one telling what the clause brought about
    ("..., giving her a seat": ``result_participles`` in ``pronouns.yaml``)."""
    if verb.tag_ != "VBG" or verb.lemma_ in pronouns().result_participles:
        return False
    if verb.dep_ == "pcomp":
        return verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}
    return verb.dep_ == "advcl"


def _purpose(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive of purpose ("went to Rome to meet Ann and ask her"), whose doer
    is found as an infinitive's after a control verb: not after a passive verb, whose doer is unnamed."""
    if verb.dep_ != "advcl" or not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    # "He was detained to prevent him ...": the one who detains, whom the passive leaves unnamed
    return not any(child.dep_ == "nsubjpass" for child in verb.head.children)


def predicated_of(pronoun: Token) -> list[Token]:
    """Whom the predicate noun that possessive ``pronoun`` owns is said of, who cannot be its owner:
    "Edith was appointed her successor", "Joe Hart is his cousin", "Ann was one of her heroes", "hired
    Tom Vale as his deputy", "considers Ann to be her last hope" (binding's i-within-i: no one is their
    own successor). Not a noun further in ("one of the best players of his time" is his)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.i == pronoun.i:
        return []
    part = noun.head
    if noun.dep_ == "pobj" and part.lower_ == "of" and (part.head.lower_ in _PARTS or part.head.pos_ == "NUM"):
        noun = part.head  # "one of her heroes"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.i > noun.head.head.i:
        verb = noun.head.head  # after its verb: a fronted "as her friend Ann observed" is no predicate
        objects = [child for child in verb.children if child.dep_ in _CONTROLLERS]
        return objects or (understood_subjects(verb) if verb.pos_ in {"VERB", "AUX"} else [])
    if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
        return understood_subjects(noun.head)
    if noun.dep_ == "oprd":
        objects = [child for child in noun.head.children if child.dep_ in _CONTROLLERS]
        return objects or understood_subjects(noun.head)
    return []


def controls_infinitive(word: Token) -> bool:
    """Whether ``word`` is the object that does what an infinitive after its verb says ("Heath asked Carr
    to take over", "summoned Nichols to become engineer"): the subject of that clause, whom a subject
    pronoun in the next sentence most often goes on about ("He was made a peer": Carr)."""
    verb = word.head
    if word.dep_ not in _CONTROLLERS or verb.lemma_ in pronouns().subject_control_verbs:
        return False
    return any(
        child.dep_ == "xcomp"
        and not any(grandchild.dep_ in _SUBJECTS for grandchild in child.children)
        and any(grandchild.dep_ == "aux" and grandchild.lower_ == "to" for grandchild in child.children)
        for child in verb.children
    )

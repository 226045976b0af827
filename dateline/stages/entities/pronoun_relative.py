"""A pronoun inside a clause on an unnamed person ("a man who returns to his home").

News about a film or book often says whom it is about without a name: "the film follows a man who
returns to his childhood home", "the novel tells of a girl who is sent away when her father enlists".
A pronoun in the relative clause (or a clause under it) on such a person is theirs, not the director's
or author's named before, when the relative pronoun is the clause's subject and nobody is mentioned
earlier in the sentence as a subject or object ("Joe Hart tackled a man who stole his watch": Hart's),
and no person is the subject of a clause between the pronoun and the relative clause. The nouns are
``relative_clause_people`` in ``pronouns.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.lexicon import pronouns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.stages.entities.discourse import Discourse

__all__ = ["in_unnamed_relative"]

_RELATIVE_SUBJECTS = {"who", "that"}
_INDEFINITE = {"a", "an"}
#: Links of a noun that describes someone named ("Joe is a man who ...", "Joe, a man who ..."), not a new person.
_DESCRIBING = {"attr", "appos", "acomp", "oprd"}
_SUBJECTS = {"nsubj", "nsubjpass"}
#: Links of a person mentioned before the noun who may be the one the pronoun means.
_ACTING = _SUBJECTS | {"dobj", "dative"}


def in_unnamed_relative(discourse: Discourse, pronoun: Token) -> bool:
    """Whether ``pronoun`` stands in a relative clause on "a man", "a character" (``relative_clause_people``)
    whose subject is the relative pronoun, with no one acting before that noun in its sentence."""
    word = pronoun
    while word.head.i != word.i:
        if word.dep_ == "relcl":
            return _unnamed_head(discourse, word, pronoun)
        word = word.head
        if _person_subject(discourse, word, pronoun):
            return False  # "... who vanished, and questions about who Trump surrounded himself with": Trump's
    return False


def _person_subject(discourse: Discourse, verb: Token, pronoun: Token) -> bool:
    """Whether ``verb`` has a subject other than the pronoun that a person's mention covers."""
    return any(
        child.dep_ in _SUBJECTS and child.i != pronoun.i and _is_person(discourse, child.i)
        for child in verb.children
    )


def _is_person(discourse: Discourse, token: int) -> bool:
    return any(discourse.clusters[number].type == "PERSON" for number in discourse.clusters_at(token))


def _unnamed_head(discourse: Discourse, clause: Token, pronoun: Token) -> bool:
    noun = clause.head
    people = pronouns().relative_clause_people
    if noun.pos_ != "NOUN" or noun.lemma_ not in people or noun.dep_ in _DESCRIBING:
        return False
    gender = pronouns().pronouns[pronoun.lower_].gender
    if people[noun.lemma_] not in {None, gender}:
        return False
    if not any(child.dep_ == "det" and child.lower_ in _INDEFINITE for child in noun.children):
        return False
    if not any(child.dep_ in _SUBJECTS and child.lower_ in _RELATIVE_SUBJECTS for child in clause.children):
        return False
    # someone who acts or is acted on before it may be meant ("Joe Hart chased a man who stole his
    # watch"); not a name in a phrase ("Based on the novel by Ann Lee, it tells of a girl who ...")
    return not any(
        token.dep_ in _ACTING and _is_person(discourse, token.i) for token in noun.doc[noun.sent.start : noun.i]
    )

""" "It" as the subject of what a work does: "Dust Road topped the charts. It went on to win two awards."

"It" is tied to a work only when the verb is one a work is the subject of ("top", "sell", "win", "be
recorded": ``pronoun_verbs`` in ``work_nouns.yaml``) in a main clause, outside quotations, and the
choice is clear: the one name of a work, organisation (not a band: that is "they") or event
mentioned in the pronoun's sentence before it and in the sentence before that is a work, with no
unnamed thing as a subject in between ("The re-release ... It"); failing any name at all, the work
the article opens with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.collectives import band_clusters
from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.lexicon import WorkNouns, work_nouns
from dateline.stages.entities.work_nominals import opening_work

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["resolve_work_pronouns"]

_SUBJECTS = {"nsubj", "nsubjpass"}
_NOUNS = {"NN", "NNP", "NNPS"}
_MAIN_CLAUSE = {"ROOT", "conj"}


def resolve_work_pronouns(discourse: Discourse) -> None:
    """Tie each clear subject "it" of a work's verb to the work it stands for."""
    lexicon = work_nouns()
    bands: set[int] | None = None
    for token in discourse.tokens:
        if discourse.lowers[token.i] != "it" or token.pos_ != "PRON" or token.dep_ not in _SUBJECTS:
            continue
        if discourse.quote_of[token.i] >= 0 or not _work_verb(token, lexicon):
            continue
        bands = band_clusters(discourse) if bands is None else bands
        work = _antecedent(discourse, token, lexicon, bands)
        if work is not None:
            discourse.add_ref(work, Ref(token.i, token.i + 1, "pronoun"))


def _work_verb(pronoun: Token, lexicon: WorkNouns) -> bool:
    """Whether the pronoun's verb, in a main clause, is one a work does, also through "went on to win"."""
    verb = pronoun.head
    if verb.dep_ not in _MAIN_CLAUSE:
        return False  # "since it was released": a clause that may be about any work named before
    if verb.lemma_ == "go":
        verb = next((child for child in verb.children if child.dep_ in {"xcomp", "advcl"} and child.i > verb.i), verb)
    return verb.pos_ == "VERB" and verb.lemma_ in lexicon.pronoun_verbs


def _antecedent(discourse: Discourse, pronoun: Token, lexicon: WorkNouns, bands: set[int]) -> int | None:
    start = discourse.sentence_window(pronoun.i, 1)
    if _unnamed_subject(discourse, start, pronoun.i):
        return None
    rivals = {
        number
        for number, _ in discourse.refs_between(start, pronoun.i)
        if discourse.clusters[number].type in lexicon.pronoun_rivals and number not in bands  # a band is "they"
    }
    if not rivals:
        works = opening_work(discourse)
        return works[0] if works else None
    work = rivals.pop()
    return work if not rivals and discourse.clusters[work].type == "WORK" else None


def _unnamed_subject(discourse: Discourse, start: int, end: int) -> bool:
    """Whether a thing no name covers is a subject before the pronoun: "The re-release also marks
    ...", or a title the NER missed ("Bogeyman performed well even though it was not screened")."""
    return any(
        token.dep_ in _SUBJECTS
        and token.tag_ in _NOUNS
        and not discourse.covered(token.left_edge.i, token.right_edge.i + 1)  # not "The film X"
        for token in discourse.doc[start:end]
    )

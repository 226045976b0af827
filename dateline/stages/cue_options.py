"""Cue options: a word that may attribute, with the dependent that may be its content, and their features.

A cue option is a word (verb or adjective) and one of its dependents that could carry what is
attributed: "wants [to win]" (``xcomp``), "called [for a ban]" (``prep:for``), "backed [the
plan]" (``dobj``), "critical [of the plan]" (``prep:of``), "[the plan] was criticized"
(``nsubjpass``). The
learned cue model (dateline/learn/cue_model.py) scores each option from the features listed here;
the same functions serve training and the attribution stage, so both see the same options.

A cue model trained with ``learn-cue-model --context`` also reads an option's contextual
features: the vectors that the spaCy pipeline's shared ``tok2vec`` already wrote into
``doc.tensor`` for the word, its subject, the content's head and the sentence
(:func:`option_context`). They carry what the sparse features leave out: the words around the
option, and what a verb or adjective the model saw rarely or never is like.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from dateline.errors import PipelineError

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CONTEXT_PARTS",
    "CUE_POS",
    "CueWord",
    "before_colon",
    "content_options",
    "dependent_options",
    "frame_relations",
    "option_context",
    "option_features",
    "relation_group",
]

#: Parts of speech a cue word may have. Nouns ("his support for", "the decision to") are left out:
#: scored like verbs, fewer than a third of them were right on held-out PolNeAR train.
CUE_POS = frozenset({"VERB", "AUX", "ADJ"})

_CHILD_RELATIONS = frozenset({"ccomp", "xcomp", "dobj", "acl", "nsubjpass", "oprd", "advcl", "attr", "acomp"})
#: The relations a learned cue frame (dateline/data/cue_frames.yaml) may name, besides prepositions.
_FRAME_RELATIONS = frozenset({"ccomp", "xcomp", "dobj"})
_MARKS = frozenset({"that", "whether", "if", "to", "how", "why", "what"})
_PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they", "it", "who", "which", "that"})
#: The contextual vectors of an option, in the order :func:`option_context` puts them.
CONTEXT_PARTS = ("word", "subject", "content", "sentence")


def before_colon(child: Token, token: Token) -> bool:
    """Whether ``child`` is a clause ending at a colon before ``token``'s clause: "[The talks made
    headway]: Ana and Ben agreed to ...". What follows a colon spells out the clause before it; that
    clause is said by the author, not by the subject after the colon (on PolNeAR train the 10
    attributions drawn that way matched no gold one)."""
    colon = child.right_edge.i + 1
    return child.i < token.i and colon < token.i and child.doc[colon].text == ":"


def dependent_options(token: Token, relations: frozenset[str]) -> Iterator[tuple[str, Token]]:
    """Each (relation, head) among ``token``'s dependents: a child by one of ``relations``, or the
    object of a preposition as ``prep:<preposition>`` ("call [for] a ban"); not a clause before a
    colon ending before the word (:func:`before_colon`)."""
    for child in token.children:
        if before_colon(child, token):
            continue
        if child.dep_ in relations:
            yield child.dep_, child
        elif child.dep_ == "prep":
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                yield f"prep:{child.lower_}", target


def content_options(token: Token) -> Iterator[tuple[str, Token]]:
    """Each (relation, head of the possible content) that ``token``'s dependents offer."""
    if token.pos_ in CUE_POS:
        yield from dependent_options(token, _CHILD_RELATIONS)


def frame_relations(verb: Token) -> Iterator[tuple[str, Token]]:
    """Each (relation, content head) a cue frame may name: ("xcomp", to-clause), ("prep:for", object)."""
    return dependent_options(verb, _FRAME_RELATIONS)


def relation_group(relation: str) -> str:
    """The coarse kind of a relation: clause, infinitive (or predicate), object, preposition or subject."""
    if relation in ("ccomp", "advcl", "acl", "attr"):
        return "clause"
    if relation in ("xcomp", "oprd", "acomp"):
        return "infinitive"
    if relation.startswith("prep:"):
        return "prep"
    if relation == "nsubjpass":
        return "subject"
    return "object"


def _subject(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    return None


def _subject_kind(subject: Token | None) -> str:
    if subject is None:
        return "none"
    if subject.lower_ in _PRONOUN_SUBJECTS:
        return f"pron:{subject.lower_}"
    if subject.ent_type_:
        return f"ent:{subject.ent_type_}"
    return subject.pos_


def _mark(head: Token) -> str:
    """The word introducing a clause ("that", "whether", "to"), or its first word's part of speech."""
    for child in head.children:
        if child.dep_ in ("mark", "aux") and child.i < head.i and child.lower_ in _MARKS:
            return child.lower_
    first = head.left_edge
    return first.lower_ if first.tag_ in ("WDT", "WP", "WRB") else first.pos_


def _length(head: Token) -> str:
    size = head.right_edge.i - head.left_edge.i + 1
    return "1" if size == 1 else "2-3" if size <= 3 else "4-8" if size <= 8 else "9+"


@dataclass(frozen=True)
class CueWord:
    """What every option of one cue word shares, read from its Token once: a word has several options,
    and each read of a Token's string attribute costs a string-store lookup."""

    lemma: str
    pos: str
    tag: str
    dep: str
    subject: str | None  # the subject's kind (:func:`_subject_kind`), None without a subject
    governor: str
    auxiliaries: list[str]

    @classmethod
    def of(cls, token: Token) -> CueWord:
        subject = _subject(token)
        governor = token.head
        return cls(
            lemma=token.lemma_.lower(),
            pos=token.pos_,
            tag=token.tag_,
            dep=token.dep_,
            subject=_subject_kind(subject) if subject is not None else None,
            governor=governor.lemma_.lower() if governor.i != token.i else "ROOT",
            auxiliaries=sorted({c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass", "neg")}),
        )


def option_features(token: Token, relation: str, head: Token, *, quoted: bool, word: CueWord | None = None) -> list[str]:
    """The sparse features of one cue option (``quoted``: the content head is inside a quotation);
    ``word`` is ``CueWord.of(token)`` when the caller already has it."""
    word = CueWord.of(token) if word is None else word
    lemma = word.lemma
    group = relation_group(relation)
    subject = word.subject or "none"
    features = [
        "bias",
        f"lemma={lemma}",
        f"lemma|rel={lemma}|{relation}",
        f"lemma|group={lemma}|{group}",
        f"rel={relation}",
        f"pos|rel={word.pos}|{relation}",
        f"tag={word.tag}",
        f"tag|group={word.tag}|{group}",
        f"dep={word.dep}",
        f"dep|group={word.dep}|{group}",
        f"subject={subject}",
        f"subject|group={subject}|{group}",
        f"head.pos={head.pos_}",
        f"head.tag|rel={head.tag_}|{relation}",
        f"head.mark|rel={_mark(head)}|{relation}",
        f"head.length|group={_length(head)}|{group}",
        f"quoted|group={quoted}|{group}",
        f"lemma|quoted={lemma}|{quoted}",
        f"governor={word.governor}|{word.dep}",
    ]
    features.extend(f"aux={aux}" for aux in word.auxiliaries)
    features.extend(f"lemma|aux={lemma}|{aux}" for aux in word.auxiliaries)
    if word.subject is not None:
        features.append(f"lemma|subject={lemma}|{word.subject}")
    if group == "object":
        features.append(f"lemma|object={lemma}|{head.lemma_.lower()}")
    return features


def option_context(token: Token, head: Token) -> np.ndarray:
    """The contextual vectors of a cue option, one after the other (:data:`CONTEXT_PARTS`).

    They are the rows of ``doc.tensor`` (the pipeline's ``tok2vec`` output) of ``token``, of its
    subject (zeros without one), of the content head ``head``, and the mean of the rows of
    ``token``'s sentence. Raises PipelineError when the parse has no token vectors: a pipeline without
    ``tok2vec``, or a Doc rebuilt without its tensor.
    """
    doc = token.doc
    tensor = doc.tensor
    if tensor.ndim != 2 or tensor.shape[0] != len(doc) or tensor.shape[1] == 0:
        raise PipelineError("the cue model reads the token vectors of the pipeline's tok2vec (doc.tensor); this parse has none")
    subject = _subject(token)
    sentence = token.sent
    return np.concatenate(
        [
            tensor[token.i],
            tensor[subject.i] if subject is not None else np.zeros(tensor.shape[1], dtype=tensor.dtype),
            tensor[head.i],
            tensor[sentence.start : sentence.end].mean(axis=0),
        ]
    )

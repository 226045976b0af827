"""Definite descriptions of a work just named: "the film", "the soap", "the picture".

"Black Friday was due to open in January. The court postponed the film's launch" - "the film" is
Black Friday. A description is tied to a work only when the choice is clear: exactly one work
(an entity of type WORK) is mentioned in its own sentence before it and the sentences of the
window before that (failing any, the work the article opens with), and that work was not
introduced as another kind of work ("the album X" is not "the film"), and no noun of the kind with a
name's possessive stands since its last mention ("Oliver Stone's film ... The film": perhaps another).
Descriptions that pick out a work rather than refer back ("the next film", "the film director", "the
film Sideways", "the film of the book", "the best film") are skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.lexicon import WorkNouns, work_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["opening_work", "resolve_work_nominals"]


def resolve_work_nominals(discourse: Discourse) -> None:
    """Tie each clear "the <work noun>" to the one work mentioned just before it."""
    lexicon = work_nouns()
    nouns = lexicon.nouns
    for token in discourse.tokens:
        lower = discourse.lowers[token.i]
        if lower not in nouns:
            continue
        kinds = lexicon.kinds_of(lower) if _singular_noun(token) else frozenset()
        start = _article(token) if kinds else None  # "the", before any maker's name
        if start is None or not _refers_back(token, start, lexicon.selecting):
            continue
        if start < token.i - 1:
            start = token.i  # "the Tom Hale drama": the mention leaves the maker's name to the maker
        if discourse.covered(start, token.i + 1):
            continue
        works = _works_before(discourse, start, lexicon.window_sentences) or opening_work(discourse)
        if len(works) != 1 or _modifier(discourse, works[0]) or not _compatible(discourse, works[0], kinds, lexicon):
            continue
        if not _owned_work_since(discourse, works[0], kinds, lexicon, start):
            discourse.add_ref(works[0], Ref(start, token.i + 1, "nominal"))


def _owned_work_since(discourse: Discourse, number: int, kinds: frozenset[str], lexicon: WorkNouns, position: int) -> bool:
    """Whether, since the work's last mention, a noun of the kind stands with an owner and no name ("Oliver
    Stone's film met with scathing reviews. The film stars ..."): that may be another work, the one the
    article is about, so "the film" after it is left alone."""
    doc = discourse.doc
    last = max(ref.end for ref in discourse.clusters[number].refs if ref.start < position)
    return any(
        lexicon.kinds_of(discourse.lowers[i]) & kinds
        and any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in doc[i].lefts)
        and not discourse.covered(i, i + 1)
        for i in range(last, position)
    )


def opening_work(discourse: Discourse) -> list[int]:
    """The work an article opens with ("We Are The World, the charity anthem, has been re-issued"):
    what "the single" refers to when no work was named just before it."""
    works = [number for number in discourse.clusters_at(0) if discourse.clusters[number].type == "WORK"]
    first = discourse.doc[0]
    if not works and first.lower_ == "the" and len(discourse.doc) > 1:
        works = [n for n in discourse.clusters_at(1) if discourse.clusters[n].type == "WORK"]
    return works[:1]


def _compatible(discourse: Discourse, number: int, kinds: frozenset[str], lexicon: WorkNouns) -> bool:
    """Whether no noun that introduced the work ("the album X", "the album, X") names only other kinds."""
    doc = discourse.doc
    for ref in discourse.clusters[number].refs:
        before = ref.start - 2 if ref.start >= 2 and doc[ref.start - 1].text == "," else ref.start - 1
        introduced = lexicon.kinds_of(doc[before].lower_) if before >= 0 else frozenset()
        if introduced and not introduced & kinds:
            return False
    return True


def _singular_noun(token: Token) -> bool:
    """A singular noun, also one the tagger took for an adjective ("The single was released")."""
    return token.tag_ == "NN" or (token.tag_ == "JJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))


def _article(token: Token) -> int | None:
    """Where the "the" of "the film" or of "the Tom Hale drama" is: a person's name in between
    says whose work it is, not which of several ("the new film" does)."""
    doc = token.doc
    i = token.i - 1
    if i > 0 and doc[i].ent_type_ == "PERSON":  # the NER may take the name's first word for a place
        while i > 0 and doc[i].pos_ == "PROPN" and doc[i].dep_ == "compound":
            i -= 1
    return i if i >= 0 and doc[i].lower_ == "the" else None


def _refers_back(token: Token, start: int, selecting: frozenset[str]) -> bool:
    """ "the film" or "the film's" right after "the" (at ``start``) or a maker's name, not modified,
    named or specified."""
    doc = token.doc
    article = doc[start]
    if article.head.i != token.i or token.lower_ in selecting:
        return False
    maker = range(start + 1, token.i)
    if token.dep_ in ("compound", "amod", "nmod") or any(left.i != start and left.i not in maker for left in token.lefts):
        return False  # "the film director", "the new film"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    made = start < token.i - 1 and token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "which"
    if following is not None and (following.pos_ == "PROPN" or following.text == "-"):
        return False  # "the film Sideways", "the film-maker"
    if following is not None and following.text == "," and not made:
        return False  # "the film, Sideways"; but "the Tom Hale drama, which ..." is the one just named
    # "the film of the book", "the film that won"; "the film, which ..." only adds to a known one
    return not any(
        child.dep_ in ("prep", "acl", "appos") or (child.dep_ == "relcl" and doc[child.left_edge.i - 1].text != ",")
        for child in token.rights
    )


def _works_before(discourse: Discourse, position: int, window: int) -> list[int]:
    start = discourse.sentence_window(position, window)
    works: list[int] = []
    for number, _ in discourse.refs_between(start, position):
        if discourse.clusters[number].type == "WORK" and number not in works:
            works.append(number)
    return works


def _modifier(discourse: Discourse, number: int) -> bool:
    """Whether a work's name is used in front of a noun ("Oscar nominations", "Soul Train Awards"):
    the NER's WORK is then the name of an award or an event rather than of a work."""
    doc = discourse.doc
    return any(
        doc[ref.end - 1].dep_ in ("compound", "nmod") and doc[ref.end - 1].head.i == ref.end
        for ref in discourse.clusters[number].refs
        if ref.kind == "name"
    )

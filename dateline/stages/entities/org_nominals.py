"""Definite descriptions of an organisation just named: "the company", "the club", "the magazine".

"Titan, a California-based company, pleaded guilty ... The company says it no longer ..." - "The
company" is Titan. A description is tied to an organisation only when the text shows that
organisation's kind (``organisation_nouns.yaml``: a word of its name, a word next to a mention, an
apposition) and exactly one organisation so shown is mentioned in the description's sentence before it
and the sentences of the window before that; an organisation whose kind nothing shows is never
guessed. Descriptions that pick out an organisation rather than refer back ("the same parent company",
"the company behind X", "the studio Focus Features", "the record company of X") are skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Discourse, Ref
from dateline.stages.entities.lexicon import organisation_nouns, work_nouns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["resolve_org_nominals"]


def resolve_org_nominals(discourse: Discourse) -> None:
    """Tie each clear "the <organisation noun>" to the one organisation of its kind just named."""
    lexicon = organisation_nouns()
    kinds_shown: dict[int, set[str]] = {}
    for token in discourse.tokens:
        kind_words = lexicon.nominals.get(discourse.lowers[token.i])
        if kind_words is None or token.tag_ != "NN" or not _refers_back(token):
            continue
        start = min(child.i for child in token.lefts)
        if discourse.covered(start, token.i + 1):
            continue
        named = _organisations_before(discourse, start, lexicon.window_sentences, lexicon.types)
        for number in named:
            kinds_shown.setdefault(number, _kind_words(discourse, number) & lexicon.kind_words)
        fitting = [number for number in named if kind_words & kinds_shown[number]]
        if len(fitting) != 1:
            continue
        later = named[named.index(fitting[0]) + 1 :]
        if any(_unknown(discourse, number, kinds_shown) for number in later):
            continue
        nouns = kind_words & lexicon.nominals.keys()
        if not _another_described(discourse, fitting[0], nouns, start, lexicon.window_sentences):
            discourse.add_ref(fitting[0], Ref(start, token.i + 1, "nominal"))


def _unknown(discourse: Discourse, number: int, kinds_shown: dict[int, set[str]]) -> bool:
    """An organisation typed ORG whose kind nothing shows ("Disney"): named after the one that fits, it
    may be the one meant, so the description is left alone."""
    return discourse.clusters[number].type == "ORG" and not kinds_shown[number]


def _refers_back(token: Token) -> bool:
    """ "the company", "the California-based company", "the record company", "the company's": "the" with
    adjectives or common nouns before it, no selecting word, no name right after it and nothing after it
    that says which one ("of X", "behind X", "that owns X"; "the company, which ..." only adds)."""
    doc = token.doc
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].dep_ != "det" or token.dep_ in ("compound", "nmod"):
        return False
    selecting = work_nouns().selecting | organisation_nouns().other_modifiers
    for child in lefts[1:]:
        if child.pos_ not in ("ADJ", "NOUN", "VERB", "ADV", "PUNCT") or child.tag_ in ("JJS", "RBS"):
            return False  # "the ABC network", "the biggest company"
        if any(word.lower_ in selecting for word in child.subtree):
            return False  # "the new club", "the parent company", "the police station"
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "PROPN":
        return False  # "the studio Focus Features"
    return not any(
        child.dep_ in ("prep", "acl", "appos") or (child.dep_ == "relcl" and doc[child.left_edge.i - 1].text != ",")
        for child in token.rights
    )


def _another_described(discourse: Discourse, number: int, nouns: frozenset[str], position: int, window: int) -> bool:
    """Whether a description of the same kind in the window stands apart from the organisation's names
    and mentions ("over the Direct Connect peer-to-peer network ... the network", "a spokesman for the
    firm"): another one, or the same one not tied to it, may be meant."""
    doc = discourse.doc
    own = {i for ref in discourse.clusters[number].refs for i in range(ref.start - 1, ref.end + 1)}
    for i in range(discourse.sentence_window(position, window), position):
        if discourse.lowers[i] in nouns and doc[i].pos_ == "NOUN" and i not in own and doc[i].dep_ != "appos":
            return True
    return False


def _organisations_before(discourse: Discourse, position: int, window: int, types: frozenset[str]) -> list[int]:
    """The organisations mentioned in the window before ``position``, by their last mention there."""
    start = discourse.sentence_window(position, window)
    found: list[int] = []
    for number, _ in discourse.refs_between(start, position):
        if discourse.clusters[number].type in types:
            found = [*(other for other in found if other != number), number]
    return found


def _kind_words(discourse: Discourse, number: int) -> set[str]:
    """The words that show what kind of organisation cluster ``number`` is: its names' last words, the
    common noun right before or after each of its names, and the noun of an apposition to one."""
    doc = discourse.doc
    words: set[str] = set()
    for ref in discourse.clusters[number].refs:
        if ref.kind != "name":
            continue
        last = doc[ref.end - 1]
        words.add(last.lower_)
        if ref.start > 0 and doc[ref.start - 1].pos_ == "NOUN":
            words.add(doc[ref.start - 1].lower_)  # "record label Sony"
        if ref.end < len(doc) and doc[ref.end].pos_ == "NOUN" and not discourse.covered(ref.end, ref.end + 1):
            words.add(doc[ref.end].lower_)  # "Vibe magazine", "the Wolves manager"
        words.update(child.lower_ for child in last.children if child.dep_ == "appos" and child.pos_ == "NOUN")
    return words

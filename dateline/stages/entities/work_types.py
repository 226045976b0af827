"""Names a work noun describes in apposition are works, whatever type the NER gave them.

"Archangel, an adaptation of the best-seller, ...", "Sins, the film, ...", "the film, Sins,", "her
first Hollywood film, The Perez Family" and "Coronation Street has become the first soap to ..." say
what the name is: a work (``work_nouns.yaml``). Only a singular,
lower-case noun set off by a comma counts ("Film - The Aviator" in a list, "shows X and Y" do not),
and a name starting with a known given name is left a person ("Will Hale, a film-maker").

A name right before a credit noun and a person's name ("Harbour Lights star Ann Lee", "Night Shift
actor Tom Hale") is a work too, given name or not ("Vera Drake star"): only when the cluster has that
one name (a "Ray" merged into "Ray Hale" stays a person), it is not a band ("former Westlife star") and the
NER took it for a person, an organisation or something else (not a place: "Hollywood star"); "star"
counts only in an article that does not speak of bands ("Rolling Stones star X").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.collectives import band_clusters
from dateline.stages.entities.discourse import Discourse
from dateline.stages.entities.lexicon import first_names, work_nouns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["type_described_works"]

_COPULAS = {"be", "become"}
#: Types left as they are: works, and events, which are shows too ("the most watched programme").
_KEPT = {"WORK", "EVENT"}
#: Types the NER gives a title credited to someone ("Troy star X": a person, "Friends actor X": a company).
_CREDITED = {"PERSON", "ORG", "OTHER"}
#: Words before a name that make "<name> star" a member's title.
_FORMER = {"former", "ex"}
#: Lower-case words a title may have inside it ("Shaun of the Dead").
_JOINERS = {"of", "the", "and", "a", "an", "in", "on", "to", "for", "at", "with", "from"}


def type_described_works(discourse: Discourse) -> None:
    """Make WORK every cluster one of whose names has a work noun in apposition."""
    nouns = work_nouns().nouns
    names = first_names()
    credited = _credited_titles(discourse)
    for number, cluster in enumerate(discourse.clusters):
        if cluster.type in _KEPT:
            continue
        if number in credited:
            cluster.type = "WORK"
            continue
        if any(names.gender(words[0]) is not None for words in cluster.names):
            continue
        spans = [discourse.doc[ref.start : ref.end] for ref in cluster.refs if ref.kind == "name"]
        if any(_described(span, nouns) for span in spans):
            cluster.type = "WORK"


def _credited_titles(discourse: Discourse) -> set[int]:
    """Clusters known by one name only, which stands right before a credit noun and a person's name."""
    doc = discourse.doc
    lexicon = work_nouns()
    nouns = lexicon.credit_nouns if discourse.about_bands else lexicon.credit_nouns | lexicon.band_credit_nouns
    found = {
        number
        for number, cluster in enumerate(discourse.clusters)
        if cluster.type in _CREDITED
        and len(set(cluster.names)) == 1
        and any(ref.kind == "name" and _credits(doc[ref.start : ref.end], nouns) for ref in cluster.refs)
    }
    return found - band_clusters(discourse) if found else found


def _credits(span: Span, nouns: frozenset[str]) -> bool:
    """ "<title> star|actor <person>", the title in capitalised words (not "R&B", not "X's")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in nouns:
        return False
    person = doc[span.end + 1]
    if person.ent_type_ != "PERSON" or person.ent_iob_ != "B":
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _FORMER:
        return False  # "former Westlife star X": one is a former member of a band, not of a film
    if _cut_from_title(span):
        return False
    return all(token.like_num or (token.is_alpha and (token.text[0].isupper() or token.lower_ in _JOINERS)) for token in span)


def _cut_from_title(span: Span) -> bool:
    """Whether the NER cut the name out of a longer title: a capitalised word it left untagged right
    before the name, or before a joiner ("Only Fools and" + "Horses"; not "Jude Law and Troy star")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.is_sent_start:
        return False
    if before.lower_ in _JOINERS and span.start > 1:
        before = doc[span.start - 2]
    return before.text[:1].isupper() and before.is_alpha and not before.ent_type_


def _described(span: Span, nouns: frozenset[str]) -> bool:
    """ "X, a/the/her ... <noun>" or "the ... <noun>, X", the noun and the name set apart by a comma,
    or "X is/has become a ... <noun>";
    not a name the NER cut out of a longer title ("Smells Like" + "Teen Spirit"), which is no work's
    whole name."""
    root = span.root
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].is_title and not doc[span.start - 1].is_sent_start:
        return False
    after = [c for c in root.children if c.dep_ == "appos" and c.i > span.end and doc[span.end].text == ","]
    if any(_work_noun(noun, nouns) and _determined(noun) for noun in after):
        return True
    head = root.head
    before = root.dep_ == "appos" and head.i < span.start and doc[span.start - 1].text == ","
    if before and _work_noun(head, nouns):
        return True
    # "X has become the first soap to win", "X is a comedy about ..."
    copula = root.dep_ == "nsubj" and head.lemma_ in _COPULAS
    return copula and any(c.dep_ == "attr" and _work_noun(c, nouns) and _determined(c) for c in head.children)


def _determined(noun: Token) -> bool:
    """ "a drama", "the film", "her first film", "Tom Hale's biopic": not a bare noun the parser may
    have hung on a person's name ("... voiced by the late X, superb children's programme")."""
    return any(child.dep_ in {"det", "poss"} and child.pos_ in {"DET", "PRON", "PROPN"} for child in noun.lefts)


def _work_noun(token: Token, nouns: frozenset[str]) -> bool:
    return token.tag_ == "NN" and token.is_lower and token.lemma_ in nouns

"""Bands referred back to: "the band", "the group" and "they", "their", "them" for an act named just before.

A name stands for a band when the text says so: a band noun names it ("rock band Velvet Harbour",
"the group, Velvet Harbour", "Velvet Harbour, the band"), a band title follows it ("Velvet Harbour
guitarist Ann Lee"), or, in an article that speaks of bands, it takes a plural verb ("Velvet
Harbour are", "Velvet Harbour were"). Then

- "the band", "the group", "the trio" is that band when it is the only band named in the last
  ``group_window_sentences`` sentences; "her band" is the one band the text names her a member of
  ("Velvet Harbour guitarist Ann Lee");
- a plural pronoun outside quotations is that band when it is the only band mentioned in the
  pronoun's sentence and the one before, that mention is a subject or its possessor, and nothing
  between them could be what the pronoun stands for (people in the plural, a plural subject, another
  organisation, a pronoun left unresolved).

Runs after :mod:`.groups`, so "they" for two people named together stays theirs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.entities.discourse import Cluster, Discourse, Ref
from dateline.stages.entities.lexicon import (
    Gender,
    coref_weights,
    first_names,
    person_nouns,
    pronouns,
    work_nouns,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["band_clusters", "resolve_collectives", "type_named_bands"]

#: Types a band's name may be given by the NER (a band is often taken for a person).
_BAND_TYPES = {"ORG", "PERSON", "OTHER", "WORK"}
#: Entity labels of words that cannot stand for people ("five years", "two weeks").
_COUNTED = {"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}


def resolve_collectives(discourse: Discourse) -> None:
    """Link "the band" and plural pronouns to the one band just named, in text order (so that a
    "they" can follow an earlier "the band" or "they")."""
    bands = band_clusters(discourse)
    if not bands:
        return
    plural = {form for form, entry in pronouns().pronouns.items() if entry.number == "plural"}
    window = coref_weights().group_window_sentences
    for token in discourse.tokens:
        if discourse.covered(token.i, token.i + 1):
            continue
        if token.lower_ in plural and token.pos_ == "PRON":
            band = _pronoun_band(discourse, token, bands)
        elif _band_description(token):
            band = _only_band(discourse, token, bands, window=window)
        elif (band := _members_band(discourse, token, bands)) is not None:
            discourse.add_ref(band, Ref(token.i, token.i + 1, "nominal"))  # the member's pronoun stays his
            continue
        else:
            continue
        if band is None:
            continue
        if token.pos_ == "PRON":
            discourse.add_ref(band, Ref(token.i, token.i + 1, "pronoun"))
        else:
            start = min(child.i for child in token.lefts)  # "the band", with its "the"
            discourse.add_ref(band, Ref(start, token.i + 1, "nominal"))


#: Types the NER gives a band's name that a band noun or title in the text overrules ("former Blur guitarist").
_MISTYPED_BAND_TYPES = {"GPE", "LOC", "FAC", "EVENT"}


def type_named_bands(discourse: Discourse) -> None:
    """Make ORG a cluster typed a place or an event that a band noun names ("the band Blur") or that a band
    title follows ("Blur guitarist Ann Lee"): a band, not where it comes from. Bands typed PERSON stay so (the
    knowledge base merges no PERSON with an ORG, and a band's articles do not all say it is one)."""
    doc = discourse.doc
    for cluster in discourse.clusters:
        if cluster.type not in _MISTYPED_BAND_TYPES:
            continue
        names = [doc[ref.start : ref.end] for ref in cluster.refs if ref.kind == "name"]
        if any(_after_band_noun(name) or _titled(name) for name in names):
            cluster.type = "ORG"


def _after_band_noun(name: Span) -> bool:
    """ "rock band X": a band noun right before the name, modifying it (not "the band play in the capital, X")."""
    doc = name.doc
    noun = doc[name.start - 1] if name.start > 0 else None
    return noun is not None and noun.lower_ in person_nouns().band_nouns and noun.head.i == name.root.i


def band_clusters(discourse: Discourse) -> set[int]:
    """Numbers of the clusters the text shows to be bands, and no single person. A plural verb
    counts only in an article that speaks of a band at all: organisations and peoples take one too."""
    return {
        number
        for number, cluster in enumerate(discourse.clusters)
        if cluster.type in _BAND_TYPES
        and _is_band(
            discourse.doc,
            cluster,
            about_bands=discourse.about_bands,
            title_positions=discourse.band_title_positions,
        )
    }


def _is_band(doc: Doc, cluster: Cluster, *, about_bands: bool, title_positions: list[int]) -> bool:
    names = [doc[ref.start : ref.end] for ref in cluster.refs if ref.kind == "name"]
    if any(_band_noun_names(name.root) for name in names):
        return True  # "rock band Franz Ferdinand": whatever the given name says
    singular = {form for form, entry in pronouns().pronouns.items() if entry.number == "singular"}
    if any(ref.kind == "pronoun" and doc[ref.start].lower_ in singular for ref in cluster.refs):
        return False  # "he", "she": the resolver took it for one person
    if any(_titled(name) for name in names) or _titled_unlabelled(doc, cluster, title_positions):
        # "Franz Ferdinand frontman X": a band, though its first word is a given name
        return cluster.gender is None or cluster.gender == _given_name_gender(cluster)
    plural = about_bands and any(_plural_subject(name.root) for name in names)
    return plural and cluster.gender is None  # "Ann Lee, Tom Hale and Mara Quill are": three people


def _given_name_gender(cluster: Cluster) -> Gender | None:
    """The gender the cluster's first word has as a given name, if its full name has no honorific."""
    full = max(cluster.names, key=len)
    return None if full[0].casefold().rstrip(".") in person_nouns().honorifics else first_names().gender(full[0])


def _titled_unlabelled(doc: Doc, cluster: Cluster, title_positions: list[int]) -> bool:
    """ "X guitarist Ann Lee" where the NER did not take X for a name, X being named elsewhere
    (``title_positions``: where the document has a band title, so that each name is looked for only there)."""
    for words in cluster.names:
        size = len(words)
        for position in title_positions:
            start = position - size
            if start >= 0 and tuple(token.text for token in doc[start:position]) == words:
                return True
    return False


def _band_noun_names(root: Token) -> bool:
    """ "rock band X", "X, the band", "the band, X"."""
    nouns = person_nouns().band_nouns
    if any(c.dep_ in {"compound", "appos", "nmod"} and c.lemma_.lower() in nouns and c.pos_ == "NOUN"
           for c in root.children):
        return True
    head = root.head
    return root.dep_ == "appos" and head.lemma_.lower() in nouns and head.pos_ == "NOUN"


def _titled(name: Span) -> bool:
    """ "X guitarist Ann Lee": a band title right after the name."""
    root = name.root
    return root.dep_ == "compound" and root.head.i == name.end and root.head.lower_ in person_nouns().band_titles


def _plural_subject(root: Token) -> bool:
    """Whether the uncoordinated name headed by ``root`` takes a plural verb ("X are", "X were")."""
    if root.dep_ not in _SUBJECTS or any(child.dep_ in {"conj", "cc"} for child in root.children):
        return False
    if root.pos_ != "PROPN" or root.tag_ == "NNPS":
        return False  # "Films of this sort have", tagged a name: a plural noun, no band
    verbs = [root.head, *(child for child in root.head.children if child.dep_ in {"aux", "auxpass"})]
    finite = next((verb for verb in verbs if verb.tag_ in {"VBP", "VBZ", "VBD", "MD"}), None)
    if finite is None or any(child.lower_ == "if" for child in root.head.children):
        return False  # "if X were": a subjunctive, not a plural
    return finite.tag_ == "VBP" or finite.lower_ == "were"


def _band_description(token: Token) -> bool:
    """ "the band", "the group": a definite band noun that names no one itself ("the band Queen",
    "the band's singer Ann Lee", "the group of fans", "the other band" are not)."""
    nouns = person_nouns()
    if token.lemma_.lower() not in nouns.band_nouns or token.tag_ != "NN" or token.dep_ == "compound":
        return False  # "the band members": the members
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or not all(_describes_band(child) for child in lefts[1:]):
        return False  # "the other group", "the best band", "the piracy group": may be another one
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "PROPN":
        return False
    return not any(
        child.dep_ in {"prep", "appos", "acl"} or (child.dep_ == "relcl" and doc[child.left_edge.i - 1].text != ",")
        for child in token.rights
    )  # "the band, whose ...": a relative clause set off by a comma only adds


def _describes_band(word: Token) -> bool:
    """Whether a word before "band" describes the band named before ("the Welsh band", "the four-piece Leeds
    band", "the boy band", "the veteran metal band") rather than pick out another ("the other band", "the
    best band", "the brass band", "the piracy group")."""
    selecting = work_nouns().selecting
    if any(child.lower_ in selecting for child in word.subtree) or word.tag_ in {"JJS", "RBS"}:
        return False
    if word.pos_ in {"ADJ", "ADV", "PUNCT"}:
        return True
    if word.pos_ == "PROPN":
        return word.ent_type_ in {"NORP", "GPE", "LOC"}  # "the Leeds band"; not "the Lagardere group"
    nouns = person_nouns()
    return word.pos_ == "NOUN" and (word.lower_ in nouns.genre_modifiers or word.lower_ in nouns.band_kind_words)


def _members_band(discourse: Discourse, token: Token, bands: set[int]) -> int | None:
    """ "Ann Lee and her Leeds four-piece band": a band noun after a person's pronoun is the one band
    the text names that person a member of ("Velvet Harbour guitarist Ann Lee")."""
    if token.lemma_.lower() not in person_nouns().band_nouns or token.tag_ != "NN":
        return None
    owners = [
        number
        for child in token.lefts
        if child.dep_ == "poss" and child.tag_ == "PRP$"
        for number in discourse.clusters_at(child.i)
        if discourse.clusters[number].type == "PERSON"
    ]
    if len(owners) != 1:
        return None
    member = owners[0]
    doc = discourse.doc
    found = set()
    for band in bands:
        for ref in discourse.clusters[band].refs:
            if ref.kind == "name" and _titled(doc[ref.start : ref.end]) and member in discourse.clusters_at(doc[ref.end].head.i):
                found.add(band)
    return found.pop() if len(found) == 1 else None


def _only_band(discourse: Discourse, token: Token, bands: set[int], *, window: int) -> int | None:
    """The one band spoken of in the window: a name in front of a member's title ("X guitarist
    Ann Lee") speaks of the member."""
    start = discourse.sentence_window(token.i, window)
    named = {
        number
        for number, ref in discourse.refs_between(start, token.i)
        if number in bands and discourse.doc[ref.start : ref.end].root.dep_ != "compound"
    }
    return next(iter(named)) if len(named) == 1 else None


def _pronoun_band(discourse: Discourse, pronoun: Token, bands: set[int]) -> int | None:
    """The band a plural pronoun stands for: the only one in its sentence and the one before, last
    mentioned as a subject, with nothing in between the pronoun could stand for instead."""
    if discourse.quote_of[pronoun.i] >= 0:
        return None  # "they" in a quotation is most often someone else
    start = discourse.sentence_window(pronoun.i, 1)
    refs = discourse.refs_between(start, pronoun.i)
    named = {number for number, _ in refs if number in bands}
    if len(named) != 1:
        return None
    band = next(iter(named))
    last = max((ref for number, ref in refs if number == band), key=lambda ref: ref.start)
    if not _subject_like(discourse, last):
        return None
    others = [discourse.clusters[number].type for number, ref in refs if ref.start >= last.end and number != band]
    if "ORG" in others or others.count("PERSON") > 1:
        return None  # another organisation, or the people named since, may be what "they" stands for
    if any(_rival(discourse, word) for word in discourse.tokens[last.end : pronoun.i]):
        return None
    return band


def _subject_like(discourse: Discourse, ref: Ref) -> bool:
    """Whether the mention is a subject, a subject's possessor ("X's aim was") or an apposition to
    one; not a name in front of a member's title ("X guitarist Ann Lee said")."""
    word = discourse.doc[ref.start : ref.end].root
    while word.dep_ == "appos" and word.head.i != word.i:
        word = word.head
    if word.dep_ == "poss":
        word = word.head
    return word.dep_ in _SUBJECTS


def _rival(discourse: Discourse, word: Token) -> bool:
    """Whether ``word``, between a band and a plural pronoun, could be what the pronoun stands for."""
    if discourse.covered(word.i, word.i + 1):
        return False
    if word.ent_type_ in _COUNTED:
        return False
    if word.text[:1].isupper() and not word.is_sent_start and word.dep_ in _ARGUMENTS:
        return True  # a name the NER missed ("will support U7 on their tour", U7 tagged a noun)
    if word.lower_ in pronouns().pronouns and pronouns().pronouns[word.lower_].number == "plural":
        return True  # an earlier "they" left unresolved: the text is about someone else
    if word.tag_ not in {"NNS", "NNPS"}:
        return False
    nouns = person_nouns()
    return word.dep_ in _SUBJECTS or nouns.plural_person(word.lower_) or nouns.is_nominal(word.lemma_.lower())

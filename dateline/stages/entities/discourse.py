"""What the resolvers need to know about a parsed document: sentences, quotes, roles, clusters."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from dateline.model import EntityType, MentionKind
from dateline.stages.entities.lexicon import Gender, person_nouns
from dateline.stages.forms import forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Cluster", "Discourse", "Ref", "Role", "role_of"]

Role = Literal["subject", "object", "possessive", "oblique", "other"]

_ROLES: dict[str, Role] = {
    "nsubj": "subject",
    "nsubjpass": "subject",
    "csubj": "subject",
    "dobj": "object",
    "dative": "object",
    "attr": "object",
    "oprd": "object",
    "poss": "possessive",
    "pobj": "oblique",
    "agent": "oblique",
}
#: Besides curly quotes, the ASCII pairs of typeset text: ``...'' (spaCy splits the opening one in two).
_OPENING_QUOTES = {"“", "``", "`"}
_CLOSING_QUOTES = {"”", "''"}
_STRAIGHT_QUOTES = {'"'}
_QUOTE_FORMS = _OPENING_QUOTES | _CLOSING_QUOTES | _STRAIGHT_QUOTES


def role_of(token: Token) -> Role:
    """The grammatical role of the phrase headed by ``token``."""
    return _ROLES.get(token.dep_, "other")


@dataclass
class Ref:
    """One mention of a cluster: a token range and how it refers."""

    start: int
    end: int
    kind: MentionKind
    group: str | None = None


@dataclass
class Cluster:
    """An entity being built: its mentions and what is known about it so far."""

    type: EntityType
    refs: list[Ref] = field(default_factory=list)
    names: list[tuple[str, ...]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    gender: Gender | None = None
    occupations: set[str] = field(default_factory=set)
    ages: set[int] = field(default_factory=set)

    @property
    def first(self) -> int:
        """Token index of the first mention."""
        return min(ref.start for ref in self.refs)


class Discourse:
    """A parsed document with per-token sentence numbers, quote spans and an index of mentions.

    The resolvers pass over the document a dozen times. ``lowers``, ``texts`` and ``pos`` hold each
    token's lower-case form, text and part of speech, so that those passes can skip most words without
    reading them from a ``Token``, which costs a string lookup each time (see :mod:`dateline.stages.forms`);
    ``tokens`` holds the tokens the passes stop at.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self.lowers = forms(doc, "LOWER")
        self.texts = forms(doc, "ORTH")
        self.pos = forms(doc, "POS")
        self.sentence_of: list[int] = [0] * len(doc)
        self.sentence_starts: list[int] = []
        for number, sentence in enumerate(doc.sents):
            self.sentence_starts.append(sentence.start)
            self.sentence_of[sentence.start : sentence.end] = [number] * (sentence.end - sentence.start)
        self.quote_of = _quote_spans(self.tokens, self.texts)
        self._quote_extents = _quote_extents(self.quote_of)
        self.clusters: list[Cluster] = []
        self._owner: dict[int, list[int]] = {}
        self._roots: dict[tuple[int, int], Token] = {}

    @cached_property
    def about_bands(self) -> bool:
        """Whether the article speaks of bands at all ("band", "drummer": ``band_signs``)."""
        signs = person_nouns().band_signs
        nouns = (token for token, pos in zip(self.tokens, self.pos, strict=True) if pos == "NOUN")
        return any(token.lemma_.lower() in signs for token in nouns)

    @cached_property
    def band_title_positions(self) -> list[int]:
        """Where the article has a band title ("guitarist", "frontman": ``band_titles``)."""
        titles = person_nouns().band_titles
        return [i for i, lower in enumerate(self.lowers) if lower in titles]

    @cached_property
    def kin_bound(self) -> frozenset[int]:
        """The tokens a kinship word may tie to as the one whose kin it names: the subject of "born",
        the owner of "daughter", the subject of "is the daughter of", the name "the daughter" stands
        beside (``kin_verbs``, ``kin_nouns``; what ``names._kin_of`` asks, so that it is asked only of
        these)."""
        nouns = person_nouns()
        bound: set[int] = set()
        for token, lower in zip(self.tokens, self.lowers, strict=True):
            if lower in nouns.kin_verbs:
                bound.update(c.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))
            elif lower in nouns.kin_nouns:
                bound.update(c.i for c in token.children if c.dep_ == "poss")
                if token.dep_ == "attr":
                    bound.update(c.i for c in token.head.children if c.dep_ == "nsubj")
                bound.add(token.head.i)
        return frozenset(bound)

    def add_ref(self, cluster: int, ref: Ref) -> None:
        """Record ``ref`` as a mention of cluster number ``cluster``."""
        self.clusters[cluster].refs.append(ref)
        for i in range(ref.start, ref.end):
            self._owner.setdefault(i, []).append(cluster)

    def new_cluster(self, cluster: Cluster) -> int:
        """Add a cluster (its refs already listed) and return its number."""
        self.clusters.append(cluster)
        number = len(self.clusters) - 1
        refs, cluster.refs = cluster.refs, []
        for ref in refs:
            self.add_ref(number, ref)
        return number

    def merge(self, keep: int, other: int) -> int:
        """Move cluster ``other``'s mentions and written forms into ``keep``, drop ``other`` and return
        ``keep``'s new number (the clusters after ``other`` move down one). ``keep``'s name words stay its
        own, so that its display name does not become the other name."""
        kept, dropped = self.clusters[keep], self.clusters[other]
        kept.refs.extend(dropped.refs)
        kept.texts.extend(text for text in dropped.texts if text not in kept.texts)
        kept.gender = kept.gender or dropped.gender
        kept.occupations |= dropped.occupations
        kept.ages |= dropped.ages
        del self.clusters[other]

        def renumber(number: int) -> int:
            number = keep if number == other else number
            return number - 1 if number > other else number

        self._owner = {i: list(dict.fromkeys(map(renumber, numbers))) for i, numbers in self._owner.items()}
        return renumber(keep)

    def clusters_at(self, token: int) -> list[int]:
        """Numbers of the clusters with a mention covering ``token``."""
        return self._owner.get(token, [])

    def covered(self, start: int, end: int) -> bool:
        """Whether any token of ``[start, end)`` is already part of a mention."""
        if end == start + 1:
            return start in self._owner  # one word, as most passes ask
        return any(i in self._owner for i in range(start, end))

    def person_names(self) -> list[tuple[int, Ref]]:
        """(cluster, mention) pairs of the people's mentions by name, cluster by cluster."""
        return [
            (number, ref)
            for number, cluster in enumerate(self.clusters)
            if cluster.type == "PERSON"
            for ref in cluster.refs
            if ref.kind == "name"
        ]

    def refs_between(self, start: int, end: int) -> list[tuple[int, Ref]]:
        """(cluster, mention) pairs of the non-group mentions starting in ``[start, end)``, in text order."""
        found = [
            (number, ref)
            for number, cluster in enumerate(self.clusters)
            for ref in cluster.refs
            if start <= ref.start < end and ref.kind != "group"
        ]
        return sorted(found, key=lambda item: item[1].start)

    def quote_extent(self, quote: int) -> tuple[int, int] | None:
        """The first and last token inside quotation number ``quote``."""
        return self._quote_extents.get(quote)

    def speakers(self, quote: int, verbs: frozenset[str], *, around: int = 0) -> set[int]:
        """Clusters of the people said to speak quotation number ``quote``: subjects of a speech verb
        outside quotes, in the sentences the quote spans and ``around`` sentences either side."""
        extent = self._quote_extents.get(quote)
        if extent is None:
            return set()
        first = max(0, self.sentence_of[extent[0]] - around)
        last = min(len(self.sentence_starts) - 1, self.sentence_of[extent[1]] + around)
        start = self.sentence_starts[first]
        end = self.sentence_starts[last + 1] if last + 1 < len(self.sentence_starts) else len(self.doc)
        found: set[int] = set()
        for token in self.tokens[start:end]:
            if self.quote_of[token.i] >= 0 or token.lemma_ not in verbs or token.pos_ != "VERB":
                continue
            for child in token.children:
                if child.dep_ != "nsubj":
                    continue
                for word in child.subtree:  # "film critic Derek Malcolm said"
                    found.update(n for n in self.clusters_at(word.i) if self.clusters[n].type == "PERSON")
        return found

    def root(self, start: int, end: int) -> Token:
        """The syntactic head of tokens ``[start, end)`` (kept: the resolver asks for a mention's head
        many times, and each ``Span`` finds it anew)."""
        found = self._roots.get((start, end))
        if found is None:
            found = self._roots[(start, end)] = self.doc[start:end].root
        return found

    def sentence_window(self, token: int, sentences: int) -> int:
        """Token index where the window of ``sentences`` sentences before ``token``'s sentence begins."""
        first = max(0, self.sentence_of[token] - sentences)
        return self.sentence_starts[first]


def _quote_spans(tokens: list[Token], texts: list[str]) -> list[int]:
    """For each token, the number of the quotation it lies inside, or -1.

    A straight quote opens when it is glued to the word after it and closes when glued to the word
    before it, so that a paragraph of several quoted sentences, each opened and not all closed, still
    reads right; a quote left open at a paragraph end closes there.
    """
    quote_of = [-1] * len(tokens)
    number = -1
    inside = False
    # a token's trailing whitespace is one space or none (a line break is a token of its own): read from
    # the column, not from each token
    spaced = tokens[0].doc.to_array("SPACY").tolist() if tokens else []
    for i, text in enumerate(texts):
        if i > 0 and "\n" in texts[i - 1]:
            inside = False
        if text not in _QUOTE_FORMS:
            if inside:
                quote_of[i] = number
            continue
        if text == "`" and i > 0 and texts[i - 1] == "`" and not spaced[i - 1]:
            continue  # the second half of a ``
        if text in _OPENING_QUOTES or (text in _STRAIGHT_QUOTES and _opens(tokens, i, inside)):
            inside = True
            number += 1
            continue
        inside = False  # a closing quote, or a straight one that does not open
    return quote_of


def _quote_extents(quote_of: list[int]) -> dict[int, tuple[int, int]]:
    """The first and last token inside each quotation (kept: the resolvers ask for them per pronoun)."""
    extents: dict[int, tuple[int, int]] = {}
    for i, number in enumerate(quote_of):
        if number >= 0:
            extents[number] = (extents.get(number, (i, i))[0], i)
    return extents


def _opens(tokens: list[Token], i: int, inside: bool) -> bool:
    spaced_before = i == 0 or bool(tokens[i - 1].whitespace_)
    glued_after = not tokens[i].whitespace_ and i + 1 < len(tokens) and not tokens[i + 1].is_punct
    if spaced_before and glued_after:
        return True
    if not spaced_before and not glued_after:
        return False
    return not inside

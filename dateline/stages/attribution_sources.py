"""Who an attribution comes from: entity, anonymity, the outlet it went through, and its identity.

Every source gets a ``ref`` that is the same for all attributions from the same source in one
document: the entity id when the source names or refers to an entity, otherwise a synthetic id
``S1``, ``S2`` ... A definite anonymous source ("the source", "the insider") refers back to the
latest anonymous source; a pronoun ("he", "she", "they") to the latest source of the last few
sentences, unless the entities stage already resolved it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.model import AttributionSource, Entity, Span
from dateline.stages.attribution_candidate import Candidate
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.entity_index import EntityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SourceResolver"]

_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who"})
_SINGULAR = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
#: How many sentences back a pronoun or "the source" may find its antecedent.
_REACH = 4
_OUTLET_TYPES = ("ORG", "WORK", "OTHER")
#: Entities a relative pronoun source may stand for when the cue is not its clause's verb.
_SPEAKER_TYPES = ("PERSON", "ORG")


def _is_source(candidate: Candidate, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is the source's own span, as the outlet of "according to" is."""
    source = candidate.source
    return source is not None and start < source[1] and source[0] < end


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


@dataclass
class _Known:
    ref: str
    sentence: int
    anonymous: bool
    crowd: bool
    entity: str | None
    via: str | None
    outlet: Span | None
    #: The source is one person ("Ana Reyes", "she"), whom a plural pronoun cannot stand for.
    one_person: bool = False


@dataclass
class SourceResolver:
    """Resolves the sources of one document's candidates, in text order."""

    doc: Doc
    text: str
    sentences: list[tuple[int, int]]
    index: EntityIndex
    lexicon: AttributionLexicon
    known: list[_Known] = field(default_factory=list)
    by_text: dict[str, str] = field(default_factory=dict)
    issued: int = 0
    by_head: dict[int, _Known] = field(default_factory=dict)
    #: The latest sentence of a source in ``known`` (read per pronoun, rather than scanning them all).
    latest: int | None = None

    @classmethod
    def for_document(
        cls,
        doc: Doc,
        *,
        text: str,
        sentences: list[tuple[int, int]],
        entities: list[Entity],
        lexicon: AttributionLexicon,
    ) -> SourceResolver:
        """A resolver over ``doc`` (whose text and sentence bounds are given) and the entities stage's output."""
        return cls(doc=doc, text=text, sentences=sentences, index=EntityIndex(entities), lexicon=lexicon)

    def _entity_at(self, token: Token, *, types: tuple[str, ...] | None = None) -> Entity | None:
        for entity in self.index.entities_at(token.idx, token.idx + len(token.text)):
            if types is None or entity.type in types:
                return entity
        return None

    def _outlet(self, candidate: Candidate) -> tuple[str | None, Span | None]:
        if candidate.hearer is None:
            return None, None
        start, end = candidate.hearer
        entities = self.index.entities_at(start, end)
        if _is_source(candidate, start, end) and any(entity.type == "PERSON" for entity in entities):
            return None, None  # "according to [FBI spokeswoman Ana Reyes]": a person, not an outlet
        for entity in entities:
            if entity.type == "PERSON":
                return None, None
            if entity.type in _OUTLET_TYPES:
                return entity.id, _span(self.text, start, end)
        hearer = self.doc.char_span(start, end, alignment_mode="expand")
        if hearer is not None and hearer.root.pos_ in ("PROPN", "X", "NOUN") and hearer.root.text[:1].isupper():
            return None, _span(self.text, start, end)
        return None, None

    def _only_person_before(self, pronoun: Token, sentence: int) -> Entity | None:
        """The one person named in this or the previous sentence before ``pronoun``, if just one is."""
        start = self.sentences[max(sentence - 1, 0)][0]
        if self.latest is not None and self.latest >= sentence - 1:  # a source spoke there already
            return None
        people = {
            ref.entity.id: ref.entity
            for ref in self.index.overlapping(start, pronoun.idx)
            if ref.entity.type == "PERSON" and ref.mention.kind == "name"
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _antecedent(self, sentence: int, *, anonymous_only: bool, plural: bool = False) -> _Known | None:
        for known in reversed(self.known):
            if sentence - known.sentence > _REACH:
                return None
            if plural and known.one_person:
                return None  # "Ana attacked tabloids after [they] reported ...": they are not Ana, nor one before her
            if known.crowd or (anonymous_only and not known.anonymous):
                continue
            return known
        return None

    @staticmethod
    def _one_person(head: Token, entity: Entity | None) -> bool:
        """Whether a source headed by ``head`` is one named person or "he"/"she", with no other name
        coordinated with it ("Ana and Ben said" are two); an anonymous "a source" may be a singular they."""
        if head.lower_ in _PLURAL or any(c.dep_ == "conj" for c in head.children):
            return False
        return head.lower_ in _SINGULAR or (entity is not None and entity.type == "PERSON")

    def resolve(self, candidate: Candidate) -> AttributionSource | None:
        """The source of ``candidate`` (None when the text gives none), remembered for later ones."""
        if candidate.source is None or candidate.source_head is None:
            return None
        head = candidate.source_head
        start, end = candidate.source
        if head.i in self.by_head:  # a subject shared by coordinated cues ("denied ..., suggesting ...")
            return self._again(self.by_head[head.i], start=start, end=end)
        referent = self._referent(candidate, head)
        named = self._relative_antecedent(head, referent)
        if named is not None and referent.i in self.by_head:  # "[Ana], who said ..., told": one source
            return self._again(self.by_head[referent.i], start=start, end=end)
        noun = referent if named is not None else self._who(head, end)  # "an [official] who said": the noun says who
        lemma = noun.lemma_.lower()
        sentence = candidate.sentence
        via, outlet = self._outlet(candidate)
        crowd = candidate.crowd or head.lemma_.lower() in self.lexicon.crowd_heads
        entity = (
            self._entity_at(referent)
            or self._named_in_apposition(noun)
            or (self._apposed_to(noun) if named is not None else None)
            or self._outlet_named_before(head)
        )
        anonymous = crowd or (entity is None and noun.pos_ == "NOUN" and lemma in self.lexicon.anonymous_heads)
        antecedent: _Known | None = None
        if entity is None and head.lower_ in _PRONOUNS and head.tag_ not in ("WP", "WDT"):
            entity = self._only_person_before(head, sentence) if head.lower_ in _SINGULAR else None
            if entity is None:
                antecedent = self._antecedent(sentence, anonymous_only=False, plural=head.lower_ in _PLURAL)
        elif anonymous and not crowd and self._is_definite(head):
            antecedent = self._antecedent(sentence, anonymous_only=True)
        if antecedent is not None:
            anonymous = antecedent.anonymous
            via = via or antecedent.via
            outlet = outlet or antecedent.outlet
        entity_id = entity.id if entity is not None else antecedent.entity if antecedent else None
        ref = self._ref(entity_id, antecedent, named if named is not None else self.text[start:end], anonymous=anonymous)
        known = _Known(ref, sentence, anonymous, crowd, entity_id, via, outlet, self._one_person(head, entity))
        self.known.append(known)
        self.latest = sentence if self.latest is None else max(self.latest, sentence)
        self.by_head[head.i] = known
        if named is not None:
            self.by_head.setdefault(referent.i, known)
        return self._again(known, start=start, end=end)

    def _again(self, known: _Known, *, start: int, end: int) -> AttributionSource:
        return AttributionSource(
            start=start,
            end=end,
            text=self.text[start:end],
            entity=known.entity,
            anonymous=known.anonymous,
            via=known.via,
            outlet=known.outlet,
            ref=known.ref,
            crowd=known.crowd,
        )

    def _apposed_to(self, noun: Token) -> Entity | None:
        """The person a description is put beside: "[Tommy Vietor], a former spokesman who noted ...",
        "[David Kahn] - a historian, and a leading expert, who has confirmed ..."."""
        while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
            noun = noun.head
            entity = self._entity_at(noun, types=("PERSON",))
            if entity is not None:
                return entity
        return None

    def _named_in_apposition(self, head: Token) -> Entity | None:
        """The person an unnamed head is put beside: "Her spokesman, Tobias Renner, said ..."."""
        for child in head.children:
            if child.dep_ == "appos":
                entity = self._entity_at(child, types=("PERSON",))
                if entity is not None:
                    return entity
        return None

    def _outlet_named_before(self, head: Token) -> Entity | None:
        """The outlet a kind of outlet is named by: "[Le Monde] newspaper", "the [Reuters] news agency";
        not past a plural noun, which names whom the body serves ("the UN refugees agency")."""
        if head.lemma_.lower() not in self.lexicon.outlet_nouns:
            return None
        for token in reversed(head.doc[head.left_edge.i : head.i]):
            entity = self._entity_at(token, types=_OUTLET_TYPES)
            if entity is not None:
                return entity
            if token.tag_ != "NN" or token.dep_ != "compound":
                return None
        return None

    def _who(self, head: Token, end: int) -> Token:
        """The noun that says who a source is when its head does not: the group a part is taken from
        ("one of [the sources]", ``partitive_heads``), or an unnamed role ending the source after a name
        the parser broke up ("A Top of the Pops [spokesperson]", parsed with "Top" as the head)."""
        lexicon = self.lexicon
        if head.lower_ in lexicon.partitive_heads:
            part = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            group = next((c for c in part.children if c.dep_ == "pobj"), None) if part is not None else None
            return group if group is not None else head
        if head.pos_ != "PROPN" or self._entity_at(head) is not None:
            return head
        role = next((t for t in reversed(list(head.subtree)) if t.idx < end and not t.is_punct), None)
        named = role is not None and role.pos_ == "NOUN" and role.lemma_.lower() in lexicon.anonymous_heads
        return role if named and role is not None and role.i > head.i else head

    def _referent(self, candidate: Candidate, head: Token) -> Token:
        """The word a relative pronoun source stands for ("Ana, who said ..." -> "Ana"), also when the cue
        is not the relative clause's verb ("Ana, who has been critical of ...": the clause's verb is "been")
        and that word names a person or an organisation (not "a Jamaican who ...", "an America that ...")."""
        if head.tag_ not in ("WP", "WDT"):
            return head
        if candidate.head.dep_ == "relcl":
            return candidate.head.head
        clause = head.head
        if clause.dep_ == "relcl" and self._entity_at(clause.head, types=_SPEAKER_TYPES) is not None:
            return clause.head
        return head

    def _relative_antecedent(self, head: Token, referent: Token) -> str | None:
        """The words a relative pronoun source stands for ("[a poll] that showed", "[the council], which
        said"), which identify it in place of the pronoun: "that" and "which" of two clauses are two
        sources, and an unnamed "official who said" is anonymous. A "That" or "Which" opening a sentence,
        with no noun before it, gets a ``ref`` of its own."""
        if head.tag_ not in ("WP", "WDT"):
            return None
        if referent.i == head.i or referent.i > head.i:
            return f"{head.text}@{head.idx}"
        words = [t for t in self.doc[referent.left_edge.i : referent.i + 1] if not t.is_punct]
        return " ".join(t.text for t in words) or referent.text

    def _is_definite(self, head: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in self.lexicon.anaphoric_determiners for c in head.children)

    def _ref(self, entity_id: str | None, antecedent: _Known | None, text: str, *, anonymous: bool) -> str:
        if entity_id is not None:
            return entity_id
        if antecedent is not None:
            return antecedent.ref
        key = " ".join(text.split()).casefold()
        if not anonymous and key in self.by_text:
            return self.by_text[key]
        self.issued += 1
        ref = f"S{self.issued}"
        if not anonymous:
            self.by_text[key] = ref
        return ref

"""Turning slot tokens into fact arguments: entity ids (through coordination and groups) or text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.stages.facts.frames import FrameLexicon, RoleSpec
from dateline.stages.facts.slots import modifiers, read_slot

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import EntityType
    from dateline.stages.entity_index import EntityIndex

__all__ = ["Filler", "conjuncts", "fill_role"]

#: Dependents left out of a role's text ("the", "his", "eight" in "his eight Grammy Awards").
_TEXT_SKIP = frozenset({"det", "poss", "nummod", "predet", "case", "punct", "quantmod", "advmod"})


@dataclass
class Filler:
    """One conjunct of a role: the entities it names (several for a group), or a text, and its tokens."""

    entities: list[str] = field(default_factory=list)
    text: str | None = None
    group: bool = False
    token: Token | None = None


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the words coordinated with it ("X, Y and Z")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(conjuncts(child))
    return found


def _phrase_text(token: Token) -> str:
    left = [child for child in token.lefts if child.dep_ not in _TEXT_SKIP]
    start = min([token.i, *(min(t.i for t in child.subtree) for child in left)])
    words = [t for t in token.doc[start : token.i + 1] if not (t.i == start and t.dep_ in _TEXT_SKIP)]
    return " ".join(t.text for t in words) if words else token.text


def _entities_at(
    token: Token, *, index: EntityIndex, types: list[EntityType], groups_only: bool
) -> tuple[list[str], bool]:
    ids: list[str] = []
    group = False
    for ref in index.overlapping(token.idx, token.idx + len(token.text)):
        if groups_only and ref.mention.kind != "group":
            continue
        if ref.entity.type in types and ref.entity.id not in ids:
            ids.append(ref.entity.id)
            group = group or ref.mention.kind == "group"
    return ids, group


def _title_text(token: Token) -> str:
    """A title noun with its lower-case modifiers ("executive director", not "Academy executive director")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in ("compound", "amod") and token.doc[start - 1].is_lower:
        start -= 1
    return token.doc[start : token.i + 1].text


def _named_by(noun: Token, *, of_noun: bool) -> list[Token]:
    """Names a common noun stands for: "a new album, Astronaut", "hits like X and Y", "a remake of X"."""
    found = [child for child in noun.children if child.dep_ == "appos"]
    for prep in noun.children:
        if prep.lower_ in ("including", "like") or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
            found += [pobj for pobj in prep.children if pobj.dep_ == "pobj"]
    if of_noun:
        found += [pobj for prep in noun.children if prep.lower_ == "of" for pobj in prep.children]
        found += modifiers(noun)  # "the Days of Thunder sequel"
    return [token for found_token in found for token in conjuncts(found_token)]


def _in_class(token: Token, text: str, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or text.split()[0].lower() in words


def _filler(token: Token, *, spec: RoleSpec, types: list[EntityType], index: EntityIndex,
            lexicon: FrameLexicon, slot: str) -> Filler | None:
    if slot == "self" and not types:
        return Filler(text=_title_text(token), token=token)
    candidates = [token]
    if token.pos_ == "NOUN":
        candidates += _named_by(token, of_noun=token.lemma_.lower() in lexicon.classes.get("of_nouns", ()))
    for candidate in candidates:
        ids, group = _entities_at(candidate, index=index, types=types, groups_only=slot == "group")
        if ids:
            return Filler(entities=ids, group=group, token=candidate)
    if spec.text is None or slot == "group":
        return None
    text = _title_text(token) if slot == "self" else _phrase_text(token)
    if spec.text == "any" or _in_class(token, text, lexicon.classes[spec.text]):
        return Filler(text=text, token=token)
    return None


def fill_role(head: Token, role: str, *, spec: RoleSpec, index: EntityIndex, lexicon: FrameLexicon,
              every_slot: bool = False) -> list[Filler]:
    """The fillers of ``role`` for the trigger ``head``: from the first slot that gives any (or all slots)."""
    types = spec.types if spec.types is not None else lexicon.role_types[role]  # type: ignore[index]
    found: list[Filler] = []
    for slot in spec.slots:
        fillers = []
        for token in read_slot(head, slot):
            for conjunct in conjuncts(token) if slot not in ("group", "self") else [token]:
                if conjunct.i == head.i and slot != "self":
                    continue
                filler = _filler(conjunct, spec=spec, types=types, index=index, lexicon=lexicon, slot=slot)
                if filler is not None:
                    fillers.append(filler)
        if slot == "group" and fillers:  # the group mentioned nearest the trigger
            fillers = [min(fillers, key=lambda f: abs(f.token.i - head.i) if f.token is not None else 0)]
        if fillers and not every_slot:
            return fillers
        found.extend(fillers)
    return found

"""An unnamed source whose role the article later (or earlier) gives one named person: that person.

"Lena Marsh is not dating him, her spokesperson said. ... spokesperson Carla Benn told reporters":
a reader takes the spokesperson to be Carla Benn. Only roles one person holds for another (a
spokesperson, a publicist, a lawyer: `named_roles` in attribution.yaml) are read this way, and only
when the source is written with a possessive or "the" alone ("her spokesperson", not "a Foreign Office
spokesman") and exactly one person of the article is named with that role, as its title ("spokesperson
Carla Benn") or beside it ("Carla Benn, her spokesperson").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, AttributionSource, Entity
from dateline.stages.entity_index import EntityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["name_role_sources"]


_DEFINITE = frozenset({"his", "her", "their", "its", "the"})


def _role_of(text: str) -> str:
    """The role of a source written "her spokesperson" or "the spokesman", else "": "a Foreign Office
    spokesman" introduces someone new, and may well not be the party's foreign affairs spokesman."""
    words = text.lower().replace("’", "'").removesuffix("'s").split()
    return words[1] if len(words) == 2 and words[0] in _DEFINITE else ""


def _person_at(index: EntityIndex, token: Token) -> Entity | None:
    return next((e for e in index.entities_at(token.idx, token.idx + len(token.text)) if e.type == "PERSON"), None)


def _named_with(token: Token, index: EntityIndex) -> Entity | None:
    """The person ``token`` (a role noun) is the title of or stands beside, if any."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    titled = following is not None and (token.dep_ == "compound" or following.pos_ == "PROPN")
    if titled and following is not None and (person := _person_at(index, following)) is not None:
        return person
    if token.dep_ == "appos":
        return _person_at(index, token.head)
    return next((p for c in token.children if c.dep_ == "appos" and (p := _person_at(index, c))), None)


def _holders(doc: Doc, index: EntityIndex, roles: frozenset[str]) -> dict[str, set[str]]:
    holders: dict[str, set[str]] = {}
    for token in doc:
        if token.lower_ in roles and (person := _named_with(token, index)) is not None:
            holders.setdefault(token.lower_, set()).add(person.id)
    return holders


def _unnamed(attributions: list[Attribution], roles: frozenset[str]) -> list[AttributionSource]:
    sources = [a.source for a in attributions if a.source is not None]
    return [
        s for s in sources
        if s.anonymous and not s.crowd and s.entity is None and s.ref is not None and _role_of(s.text) in roles
    ]


def name_role_sources(attributions: list[Attribution], doc: Doc, entities: list[Entity], roles: frozenset[str]) -> None:
    """Give each unnamed source whose role one named person holds in the article that person."""
    unnamed = _unnamed(attributions, roles)
    if not unnamed:
        return
    holders = _holders(doc, EntityIndex(entities), roles)
    renamed: dict[str, str] = {}
    for source in unnamed:
        people = holders.get(_role_of(source.text), set())
        if len(people) == 1 and source.ref is not None:
            renamed[source.ref] = next(iter(people))
    for speaker in (a.source for a in attributions if a.source is not None):
        if speaker.ref is not None and speaker.ref in renamed and speaker.entity is None:
            speaker.entity = speaker.ref = renamed[speaker.ref]
            speaker.anonymous = False

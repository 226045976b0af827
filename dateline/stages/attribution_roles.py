"""An unnamed source whose role the article later (or earlier) gives one named person: that person.

"Lena Marsh is not dating him, her spokesperson said. ... spokesperson Carla Benn told reporters":
a reader takes the spokesperson to be Carla Benn. Only roles one person holds for another (a
spokesperson, a publicist, a lawyer: `named_roles` in attribution.yaml) are read this way, and only
when the source is written with a possessive or "the" alone ("her spokesperson", "the singer's
spokesperson", not "a Foreign Office spokesman") and exactly one person of the article is named with
that role, as its title ("spokesperson Carla Benn") or beside it ("Carla Benn, her spokesperson", "the
spokesperson, Carla Benn,"). A source that names whom the role is held for ("Renner's spokeswoman")
is not someone named with the role for another ("Lind's spokeswoman Carla Benn").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Attribution, AttributionSource, Entity
from dateline.stages.entity_index import EntityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["name_role_sources"]


_DEFINITE = frozenset({"his", "her", "their", "its", "the"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _role_of(text: str) -> str:
    """The role of a source written "her spokesperson", "the spokesman" or with a possessive ("the
    singer's spokesperson", "Verne's publicist"), else "": "a Foreign Office spokesman" introduces
    someone new, and may well not be the party's foreign affairs spokesman."""
    words = text.lower().replace("’", "'").removesuffix("'s").split()
    if len(words) == 2 and words[0] in _DEFINITE:
        return words[1]
    possessor = words[:-1]
    if 2 <= len(words) <= 4 and possessor[-1].endswith(("'s", "s'")) and possessor[0] not in _INDEFINITE:
        return words[-1]
    return ""


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


def _principal(text: str) -> str:
    """The name a source's role is held for, lowercased: "Grayson's spokeswoman" -> "grayson"; "" for
    "the singer's spokesperson" or "her lawyer", which name no one."""
    words = text.replace("’", "'").split()
    owner = words[-2].removesuffix("'s").removesuffix("'") if len(words) > 1 else ""
    return owner.lower() if owner[:1].isupper() and words[-2].endswith("'s") else ""


def _principal_of(role: Token) -> str:
    """The name a named holder's role is held for: "Murphy's spokeswoman Galia Slayen", "Gowdy
    spokesman Jamal Ware" -> "murphy", "gowdy"; else ""."""
    owner = next((c for c in role.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
    return owner.lower_ if owner is not None else ""


def _holders(doc: Doc, index: EntityIndex, roles: frozenset[str]) -> dict[str, dict[str, str]]:
    """For each role, the people named with it and whom they hold it for ("" when not said)."""
    holders: dict[str, dict[str, str]] = {}
    for token in doc:
        if token.lower_ in roles and (person := _named_with(token, index)) is not None:
            holders.setdefault(token.lower_, {})[person.id] = _principal_of(token)
    return holders


def _holder(source: AttributionSource, holders: dict[str, dict[str, str]]) -> str | None:
    """The one person named with the source's role, for the same principal if the source names one:
    "Grayson's spokeswoman" is not "Murphy's spokeswoman Galia Slayen"."""
    wanted = _principal(source.text)
    people = [
        person for person, principal in holders.get(_role_of(source.text), {}).items()
        if not wanted or principal in ("", wanted)
    ]
    return people[0] if len(people) == 1 else None


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
        person = _holder(source, holders)
        if person is not None and source.ref is not None:
            renamed[source.ref] = person
    for speaker in (a.source for a in attributions if a.source is not None):
        if speaker.ref is not None and speaker.ref in renamed and speaker.entity is None:
            speaker.entity = speaker.ref = renamed[speaker.ref]
            speaker.anonymous = False

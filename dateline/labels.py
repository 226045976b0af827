"""How records are named for people reading a list: shared by the CLI and the web pages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import get_args

from dateline.errors import InputError
from dateline.model import EntityType

__all__ = ["ENTITY_TYPES", "attribute_summary", "counted", "document_label", "entity_type", "short_id", "short_key"]

#: The entity types of the contract, in the order lists offer them.
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)


#: The id of a document given without one: the SHA-256 of its text, in hex.
_HASH_ID = re.compile(r"[0-9a-f]{64}")


def document_label(title: str | None, document_id: str) -> str:
    """How a document is named in lists: its title, else its id (a hash id shortened)."""
    if title:
        return title
    return f"{document_id[:12]}…" if _HASH_ID.fullmatch(document_id) else document_id


def short_id(document_id: str) -> str:
    """A document's id as tables show it: a hash id cut to the prefix ``dateline show``, the REST API
    and the article page take ("46b36f1fd208"); the whole one wrapped over two lines of every row.

    Only a hash: its first 12 characters tell it from any other. Any id over 24 characters was cut so,
    and the 75 news-dev ids "fakenewsnet-buzzfeed-real-006" ... all read "fakenewsnet-", which
    ``dateline show`` refuses as the start of several ids (ops6)."""
    return document_id[:12] if _HASH_ID.fullmatch(document_id) else document_id


def short_key(key: str, document_id: str) -> str:
    """A fact's key ("news-12/F3") as tables show it: a long hash id cut to the prefix ``dateline show``
    takes ("46b36f1fd208/F3"); the 64 characters of a whole one wrapped over three lines of a table."""
    if not key.startswith(document_id):
        return key
    return short_id(document_id) + key[len(document_id):]


#: The knowledge base's gender signal (from pronouns, honorifics and first names), as a reader says it.
_GENDERS = {"f": "female", "m": "male"}


def attribute_summary(
    attributes: Mapping[str, Sequence[str]], stated: Iterable[tuple[str, str]]
) -> dict[str, list[str]]:
    """An entity's attributes (``CanonicalEntity.attributes``) as a reader expects them: each value as an
    article writes it (``stated``: name and value pairs), where the knowledge base keeps it folded for
    comparing ("birthplace: dublin"), and a gender spelled out ("female", not "f")."""
    written: dict[tuple[str, str], str] = {}
    for name, value in stated:
        written.setdefault((name, value.casefold()), value)
    return {
        name: [_GENDERS.get(value, value) if name == "gender" else written.get((name, value.casefold()), value)
               for value in values]
        for name, values in attributes.items()
    }


def counted(number: int, noun: str) -> str:
    """``number`` and ``noun``, plural unless one: "1 document", "3 documents" (not "1 documents")."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def entity_type(value: str | None) -> str | None:
    """A type filter as the store keeps it (``person`` is PERSON); an unknown type is an InputError
    listing the types, where ``--type person`` or ``--type PEOPLE`` listed no entity, without a word why."""
    if not value or not value.strip():
        return None
    kind = value.strip().upper()
    if kind not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {value!r}: use one of {', '.join(ENTITY_TYPES)}")
    return kind

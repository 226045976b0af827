"""Attributes of people stated in the text: age, birth date interval, birthplace, citizenship,
nationality, occupation and what they are known for.

Each attribute points at the words that state it and holds as of the document date. Two different
ages of one person in one document are marked as conflicting (``conflicts_with``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.model import Attribute
from dateline.stages.ages import age_number, birth_interval, birth_interval_in_year, death_age
from dateline.stages.entities.discourse import Discourse
from dateline.stages.entities.lexicon import demonyms, person_nouns
from dateline.stages.spans import entity_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Found", "age_expression", "describe_names", "find_attributes"]

_MAX_AGE = 120
_AGE_ENDS = {",", ")", ".", "and", ";", "–", "-"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Verbs whose subject has the citizenship that is their object ("holds Spanish citizenship").
_HOLDING_VERBS = {"hold", "have", "obtain", "acquire", "get", "gain", "take", "be", "become", "receive"}
#: How a description reaches the noun it describes ("Spanish actor Marc Clotet", "Ana, an actress").
_DESCRIBING_DEPS = {"compound", "appos", "amod", "nmod", "attr"}


@dataclass(frozen=True)
class Found:
    """An attribute value found for a cluster, with the tokens that state it.

    An age at death holds as of the death: ``year`` is the year the text gives it, ``undated`` says it
    gives none (the document date is not the day of a past death)."""

    cluster: int
    name: str
    value: str
    start: int
    end: int
    year: int | None = None
    undated: bool = False


def age_expression(token: Token) -> int | None:
    """The age of an "N-year-old" expression whose last token ("old") is ``token``."""
    if token.lower_ != "old" or token.i < 4:  # the word first: this runs on every token of a document
        return None
    doc, i = token.doc, token.i
    if doc[i - 2].lower_ not in {"year", "years"}:
        return None
    if doc[i - 1].text != "-" or doc[i - 3].text != "-":
        return None
    return age_number(doc[i - 4])  # "36-year-old", "Seventeen-year-old"


def describe_names(discourse: Discourse) -> list[Found]:
    """Ages, occupations and nationalities stated right next to names; also noted on the clusters.

    Run before nominals are resolved, so that "the 62-year-old" and "the singer" can be matched
    with what is already known of each person.
    """
    found = _appositive_ages(discourse) + _descriptions_before_names(discourse) + _age_phrases(discourse)
    for item in found:
        cluster = discourse.clusters[item.cluster]
        if item.name == "age":
            cluster.ages.add(int(item.value))
        elif item.name == "occupation":
            cluster.occupations.add(item.value)
    return found


def note_death_ages(discourse: Discourse) -> None:
    """Note each age at death ("died in Miami at the age of 87") on its person's cluster, so that "the
    87-year-old" can be matched with it as with an age stated next to the name."""
    for item in _death_ages(discourse):
        discourse.clusters[item.cluster].ages.add(int(item.value))


def find_attributes(discourse: Discourse, *, document_date: dt.date | None) -> dict[int, list[Attribute]]:
    """The attributes of each person cluster (by cluster number), with conflicts between ages marked."""
    if not any(cluster.type == "PERSON" for cluster in discourse.clusters):
        return {}
    found = describe_names(discourse) + _death_ages(discourse)
    found += _births(discourse) + _citizenships(discourse) + _known_for(discourse)
    doc = discourse.doc
    by_cluster: dict[int, list[Attribute]] = {}
    for item in sorted(found, key=lambda item: (item.cluster, item.start)):
        attributes = by_cluster.setdefault(item.cluster, [])
        if any(attribute.name == item.name and attribute.value == item.value for attribute in attributes):
            continue
        span = doc[item.start : item.end]
        as_of = None if item.year is not None or item.undated else document_date
        attributes.append(
            Attribute(
                name=item.name,
                value=item.value,
                as_of=as_of,
                start=span.start_char,
                end=span.end_char,
            )
        )
        if item.name == "age" and (as_of is not None or item.year is not None):
            age = int(item.value)
            earliest, latest = birth_interval(age, as_of) if as_of else birth_interval_in_year(age, item.year or 0)
            interval = f"{earliest.isoformat()}/{latest.isoformat()}"
            attributes.append(
                Attribute(
                    name="birth_date",
                    value=interval,
                    as_of=as_of,
                    start=span.start_char,
                    end=span.end_char,
                    interval=interval,
                )
            )
    for attributes in by_cluster.values():
        _mark_conflicts(attributes)
    return by_cluster


def _mark_conflicts(attributes: list[Attribute]) -> None:
    for name in ("age", "birth_date"):
        indices = [i for i, attribute in enumerate(attributes) if attribute.name == name]
        for i in indices:
            attributes[i].conflicts_with = [j for j in indices if attributes[j].value != attributes[i].value]


def _person_at(discourse: Discourse, token: Token) -> int | None:
    """The person cluster with a mention covering ``token`` (following compounds and appositions up)."""
    current = token
    for _ in range(3):
        for number in discourse.clusters_at(current.i):
            if discourse.clusters[number].type == "PERSON":
                return number
        if current.dep_ not in _DESCRIBING_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _appositive_ages(discourse: Discourse) -> list[Found]:
    """ "Ana, 36," / "Ana (36)" / "Ana, aged 36,"."""
    doc = discourse.doc
    found = []
    for number, cluster in enumerate(discourse.clusters):
        if cluster.type != "PERSON":
            continue
        for ref in cluster.refs:
            if ref.kind not in {"name", "nominal"} or ref.end + 2 >= len(doc):
                continue
            i = ref.end
            if doc[i].text not in {",", "("}:
                continue
            j = i + 2 if doc[i + 1].lower_ == "aged" else i + 1
            if j + 1 >= len(doc) or not doc[j].is_digit or doc[j + 1].text not in _AGE_ENDS:
                continue
            age = int(doc[j].text)
            if 0 < age < _MAX_AGE:
                found.append(Found(number, "age", str(age), j, j + 1))
    return found


def _age_phrases(discourse: Discourse) -> list[Found]:
    """ "36-year-old actress Ana de Armas", "Ana, a 36-year-old actress", "the 62-year-old"."""
    found = []
    for token in discourse.tokens:
        age = age_expression(token) if discourse.lowers[token.i] == "old" else None
        if age is None:
            continue
        if _subject_read_as_apposition(token):
            continue
        number = _person_at(discourse, token)
        if number is None and token.dep_ == "amod":
            number = _person_at(discourse, token.head)
        if number is not None:
            found.append(Found(number, "age", str(age), token.i - 4, token.i + 1))
    return found


def _subject_read_as_apposition(token: Token) -> bool:
    """ "Since X was related to Trump, the 29-year-old has done all he can": the parser hung the description
    on the name before the comma, but it is the subject of the verb right after it, which has none."""
    after = token.right_edge.i + 1
    if token.dep_ != "appos" or after >= len(token.doc) or token.doc[after].pos_ not in {"AUX", "VERB"}:
        return False
    verb = token.doc[after] if token.doc[after].pos_ == "VERB" else token.doc[after].head
    return not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def _death_ages(discourse: Discourse) -> list[Found]:
    """ "Ana Ruiz, who has died aged 94", "Tom Vale died in 1994 at the age of 72": an age as of the death."""
    found = []
    for token in discourse.tokens:
        if not token.is_digit or (died := death_age(token)) is None:
            continue
        subject = _subject(died.verb)
        if subject is not None and subject.lower_ in {"who", "that"} and died.verb.dep_ == "relcl":
            subject = died.verb.head
        number = _person_at(discourse, subject) if subject is not None else None
        if number is None and subject is not None:  # "the singer Rui Sol, who died ...": the name in apposition
            named = [_person_at(discourse, child) for child in subject.children if child.dep_ in {"appos", "conj"}]
            number = next((found for found in named if found is not None), None)
        if number is not None:
            undated = died.year is None and not died.recent
            found.append(Found(number, "age", str(died.age), token.i, token.i + 1, died.year, undated))
    return found


def _descriptions_before_names(discourse: Discourse) -> list[Found]:
    """ "Spanish actor Marc Clotet": occupation and nationality words right before a name, and
    "Marc Clotet, a Spanish actor," right after it."""
    doc = discourse.doc
    occupations = person_nouns().occupations
    nationalities = demonyms().demonyms
    found = []
    for number, ref in discourse.person_names():
        words = _words_before(doc, ref.start) if ref.start > 0 else []
        words += _appositive_words(doc, ref.end)
        for token in words:
            if token.lower_ in occupations and token.pos_ == "NOUN":
                found.append(Found(number, "occupation", token.lower_, token.i, token.i + 1))
            elif token.text in nationalities:
                found.append(Found(number, "nationality", token.text, token.i, token.i + 1))
    return found


def _words_before(doc: Doc, start: int) -> list[Token]:
    """The modifier run just before a name: "Spanish actor", "Oscar-winning British actress"."""
    occupations = person_nouns().occupations
    if doc[start - 1].lower_ not in occupations:
        return []
    words = []
    i = start - 1
    while i >= 0 and (doc[i].lower_ in occupations or doc[i].pos_ in {"ADJ", "PROPN"} or doc[i].text == "-"):
        if doc[i].ent_type_ and doc[i].ent_type_ != "NORP":
            break
        words.append(doc[i])
        i -= 1
    return words


def _appositive_words(doc: Doc, end: int) -> list[Token]:
    """ "Name, a Spanish actor," -> the words of the appositive, when it ends in an occupation noun."""
    occupations = person_nouns().occupations
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return []
    words = []
    for i in range(end + 2, min(len(doc), end + 7)):
        token = doc[i]
        if token.text in {",", ".", ";", ")"} or token.lower_ in {"who", "and", "whose"}:
            break
        words.append(token)
    if not words or words[-1].lower_ not in occupations:
        return []
    return words


def _births(discourse: Discourse) -> list[Found]:
    """ "was born in Cuba", "Ana, who was born in Havana"."""
    doc = discourse.doc
    found = []
    for token in discourse.tokens:
        if discourse.lowers[token.i] != "born" or token.pos_ != "VERB":
            continue
        subject = next((child for child in token.children if child.dep_ == "nsubjpass"), None)
        number = _person_at(discourse, subject) if subject is not None else None
        if subject is not None and subject.lower_ in {"who", "that"}:
            number = _person_at(discourse, token.head.head if token.head.dep_ == "relcl" else token.head)
        if number is None and token.dep_ in {"acl", "appos", "advcl"}:
            number = _person_at(discourse, token.head)
        if number is None:
            continue
        place = _place_after(doc, token)
        if place is not None:
            found.append(Found(number, "birthplace", doc[place[0] : place[1]].text, place[0], place[1]))
    return found


def _place_after(doc: Doc, verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in _PLACE_LABELS:
                    return entity_bounds(obj)
    return None


def _citizenships(discourse: Discourse) -> list[Found]:
    """ "holds Spanish citizenship", "became a British citizen"."""
    nationalities = demonyms().demonyms
    found = []
    for token in discourse.tokens:
        if discourse.lowers[token.i] not in {"citizenship", "citizen", "national"} or token.pos_ != "NOUN":
            continue
        verb = token.head
        subject = _subject(verb)
        if subject is None or verb.lemma_ not in _HOLDING_VERBS:
            continue
        number = _person_at(discourse, subject)
        if number is None:
            continue
        for modifier in token.children:
            adjectives = [modifier, *[c for c in modifier.children if c.dep_ == "conj"]]
            for adjective in adjectives:
                if adjective.dep_ in {"amod", "compound", "conj"} and adjective.text in nationalities:
                    country = nationalities[adjective.text]
                    found.append(Found(number, "citizenship", country, adjective.i, token.i + 1))
    return found


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with ("she spent ... and holds ...")."""
    for current in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((child for child in current.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
    return None


def _known_for(discourse: Discourse) -> list[Found]:
    """ "best known for playing Marilyn Monroe in the movie Blonde"."""
    doc = discourse.doc
    found = []
    for token in discourse.tokens:
        if discourse.lowers[token.i] not in {"known", "famous", "renowned", "remembered"}:
            continue
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "as"}), None)
        if prep is None:
            continue
        subject = next((child for child in token.children if child.dep_ == "nsubjpass"), None)
        if subject is None and token.head.pos_ == "AUX":
            subject = next((child for child in token.head.children if child.dep_ == "nsubj"), None)
        number = _person_at(discourse, subject if subject is not None else token.head)
        if number is None:
            continue
        tokens = list(prep.subtree)[1:]
        stop = tokens[-1].i + 1 if tokens else prep.i
        end = next((t.i for t in tokens if t.text in {"–", "—", ",", ";", "(", ")"}), stop)
        if tokens and end > tokens[0].i:
            start = tokens[0].i
            found.append(Found(number, "known_for", doc[start:end].text, start, end))
    return found

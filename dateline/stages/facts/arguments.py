"""Turning slot tokens into fact arguments: entity ids (through coordination and groups) or text.

A slot token stands for an entity when a mention of the entities stage covers it; failing that,
when the run of proper nouns it belongs to is exactly the name or an alias of an entity mentioned
elsewhere in the document (the first "Motley Crue" that NER missed). A common noun stands for
the names it introduces ("a new album, Astronaut", "hits like X and Y", "a remake of X"), and a
name followed by a title and another name stands for the last one ("Nirvana frontman Kurt Cobain").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, get_args

from dateline.model import Entity, EntityType
from dateline.stages.entity_index import EntityIndex, MentionRef
from dateline.stages.facts.frames import FrameLexicon, RoleSpec, countries
from dateline.stages.facts.slots import listed_names, modifiers, possessed_name, read_slot, same_name
from dateline.stages.facts.triggers import hyphen_prefix
from dateline.stages.spans import entity_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


__all__ = ["Filler", "Resolver", "conjuncts"]

#: Dependents left out of a role's text ("the", "his", "eight" in "his eight Grammy Awards").
_TEXT_SKIP = frozenset({"det", "poss", "nummod", "predet", "case", "punct", "quantmod", "advmod", "aux"})
#: Nouns that count what their "of" phrase names ("a number of films including X").
_QUANTITY_NOUNS = frozenset({"number", "couple", "handful", "string", "series", "host", "range", "pair"})
#: Coordinators that do not make lists: alternatives ("X or Y") and names ("R 'n' B", "Ant & Dec").
_NOT_LISTS = frozenset({"or", "nor", "n", "'n'", "&"})
#: Function words inside titles ("House of Flying Daggers", "Lord of the Rings").
_TITLE_WORDS = frozenset({"of", "the"})
#: Entity types a work's title may have been given.
_TITLE_TYPES: list[EntityType] = ["WORK", "EVENT", "ORG", "PERSON", "OTHER"]
#: spaCy labels of names that are no work's title (days, dates); not amounts: "Million Dollar Baby".
_NOT_TITLES = frozenset({"DATE", "TIME"})
#: Words before a token among which a name written out in full is looked for.
_NAME_WINDOW = 16
#: First words of a name that the factuality stage would read as negating its sentence ("No Doubt singer").
_NEGATIONS = frozenset({"no", "not", "never", "none", "nothing"})
#: spaCy labels of capitalised words that name no band: dates, times, numbers.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Apostrophes that end a word of a name written without its last letter ("Blazin' Squad").
_APOSTROPHES = frozenset({"'", "\u2019"})
#: Every entity type, to tell one entity from another whatever the role's types.
_ANY_TYPE: list[EntityType] = list(get_args(EntityType))
#: Entity types of a name in front of a title that says where its holder is from ("Hong Kong director X").
_PLACE_TYPES: list[EntityType] = ["GPE", "LOC", "NORP"]
#: Slots whose token is one entity, never a list ("guitarist Mick Mars and drummer X": only Mars).
_SINGLE = frozenset({"holder", "group", "self"})


@dataclass
class Filler:
    """One conjunct of a role: the entities it names (several for a group), or a text, and its token."""

    entities: list[str] = field(default_factory=list)
    text: str | None = None
    group: bool = False
    token: Token | None = None
    unresolved: bool = False


def _described(token: Token) -> bool:
    """Whether a name carries its own title ("manager Sir Alex Ferguson"), also an abbreviated one outside
    the name ("federal CTO Megan Smith", "Sen. Bill Nelson")."""
    return any(
        c.dep_ == "compound" and c.i < token.i and (c.pos_ == "NOUN" or _abbreviated_title(c)) for c in token.children
    )


def _abbreviated_title(token: Token) -> bool:
    """An abbreviation of three letters or more, of capitals ("CTO") or with a full stop ("Sen.")."""
    if len(token.text) < 3:
        return False
    return (token.is_upper and token.is_alpha) or (token.text.endswith(".") and token.text[:-1].isalpha())


def conjuncts(token: Token, *, single_description: bool = False) -> list[Token]:
    """``token`` and the words coordinated with it ("X, Y and Z"), including lists the parser misread.

    Alternatives ("X or Y") are not distributed: what holds of one of them is not stated of each.

    With ``single_description``, a conjunct with its own title is someone else ("wife Heather
    Mills and manager Alex Ferguson": the wife is only Heather Mills).
    """
    found = [token]
    alternatives = any(child.dep_ == "cc" and child.lower_ in _NOT_LISTS for child in token.children)
    for child in token.children:
        if single_description and _described(child):
            continue
        if child.dep_ != "conj" and _after_relative_clause(child):
            continue  # "X, who produced hits by A, B and C, has died": the names end the relative clause
        if child.dep_ == "conj" and _indefinite_apposition(child):
            continue  # "The World, a BBC and WGBH co-production": what The World is, not a second name
        if child.dep_ == "conj" and not alternatives:
            found.extend(conjuncts(child, single_description=single_description))
        elif child.dep_ in ("nmod", "compound", "appos") and _name_phrase(token) and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in child.children
        ):
            # "between Love and band members X" parsed with Love as a modifier of X; not the modifiers of a
            # common noun, which stay one phrase ("named best UK and Ireland act")
            found.extend(conjuncts(child, single_description=single_description))
        elif _listed_apposition(child):
            found.extend(conjuncts(child, single_description=single_description))
        elif not single_description:
            found.extend(_before_title(child))
    return found


def _indefinite_apposition(child: Token) -> bool:
    """Whether the conjunct ``child`` opens, after a comma, with "a" or "an": a description set beside the name
    that the parser joined to it ("X, a Y and Z co-production"); a listed name has no indefinite article."""
    first = child.left_edge
    return (
        first.lower_ in ("a", "an")
        and first.i > 0
        and child.doc[first.i - 1].text == ","
        and any(c.dep_ == "det" and c.i == first.i for c in child.children)
    )


def _name_phrase(token: Token) -> bool:
    """Whether ``token`` heads a name (a proper noun, or a title a name is set beside: "band members X")."""
    return token.pos_ in ("PROPN", "PRON") or any(child.dep_ == "appos" for child in token.children)


def _after_relative_clause(child: Token) -> bool:
    """Whether a relative clause on the word ``child`` hangs from comes between them."""
    return any(c.dep_ == "relcl" and c.head.i < c.i < child.i for c in child.head.children)


def _listed_apposition(child: Token) -> bool:
    """"A, B, C and D" parsed with B as an apposition (or an adverbial) to A and C and D joined to B: a
    list of names, not a second name for A (a name in apposition to a name has no conjuncts of its own)."""
    if child.dep_ not in ("appos", "npadvmod") or child.pos_ != "PROPN" or child.head.pos_ != "PROPN":
        return False
    following = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return any(
        c.dep_ == "cc" and c.lower_ == "and" for item in following for listed in conjuncts(item) for c in listed.children
    )


def _before_title(child: Token) -> list[Token]:
    """"X and Oscar winner Y" parsed with X as a modifier of Y's title: X, when joined by "and"."""
    if child.dep_ != "compound" or child.pos_ != "NOUN" or child.i > child.head.i:
        return []
    return [
        name for name in child.children
        if name.dep_ in ("nmod", "compound") and name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
        and any(c.dep_ == "cc" and c.lower_ == "and" and c.i > name.i for c in name.children)
    ]


def _starts_name(token: Token) -> bool:
    """"best", or a capitalised superlative adverb: the first word of a category's name ("Most Improved")."""
    return token.lower_ == "best" or (token.tag_ == "RBS" and token.is_title)


def _phrase_text(token: Token) -> str:
    left = [child for child in token.lefts if child.dep_ not in _TEXT_SKIP]
    start = min([token.i, *(min(t.i for t in child.subtree) for child in left)])
    if start > 0 and token.doc[start - 1].lower_ == "best":
        start -= 1  # "picked up best international band", with "best" parsed as an adverb of the verb
    span = token.doc[start : token.i + 1]
    words = [t for t in span if not (t.i == start and t.dep_ in _TEXT_SKIP and not _starts_name(t))]
    text = " ".join(t.text for t in words) if words else token.text
    if token.dep_ == "conj" and start == token.i and token.head.pos_ == token.pos_:
        # "best Irish band and album": the album is "best Irish album"
        shared = [t.text for t in token.head.lefts if t.pos_ == "ADJ" or t.lower_ == "best"]
        head_start = min([token.head.i, *(t.i for t in token.head.lefts)])
        if head_start > 0 and token.doc[head_start - 1].lower_ == "best" and "best" not in shared:
            shared.insert(0, "best")
        if shared:
            text = " ".join([*shared, text])
    return text


def _hyphenated(token: Token) -> str:
    """A noun with the word hyphened to it in front ("spin-off", parsed as "spin", "-", "off")."""
    prefix = hyphen_prefix(token)
    return f"{prefix.lower_}-{token.lower_}" if prefix is not None else token.lower_


def _apposed_name(token: Token) -> Token:
    """The name in apposition to a listed common noun ("such films as X and the wartime drama Y": Y),
    else the token itself."""
    if token.pos_ != "NOUN":
        return token
    return next((child for child in token.children if child.dep_ == "appos" and child.pos_ == "PROPN"), token)


def _ends_with(text: str, name: str, *, end: int) -> bool:
    """Whether ``text`` up to ``end`` ends with the word sequence ``name`` (case aside)."""
    start = end - len(name)
    return start >= 0 and text[start:end].casefold() == name and (start == 0 or not text[start - 1].isalnum())


def _in_class(token: Token, words: frozenset[str]) -> bool:
    """Whether ``token``'s lemma is in ``words``, also for a capitalised plural the tagger took for a
    name and left unlemmatised ("Grammy Awards")."""
    lemma = token.lemma_.lower()
    return lemma in words or (token.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in words)


def _category_scope(token: Token, *, scopes: frozenset[str]) -> str:
    """The "in a ..." phrase right after a category that says which kind of work or role it is for, with a
    space in front ("best actor" + " in a TV drama", " in a supporting role"); else ""."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "in" or doc[token.i + 2].lower_ not in ("a", "an"):
        return ""
    nouns = [pobj for pobj in doc[token.i + 1].children if pobj.dep_ == "pobj"]
    nouns += [conj for noun in nouns for conj in noun.children if conj.dep_ == "conj"]
    if not nouns or not all(noun.lemma_.lower() in scopes for noun in nouns):
        return ""
    return " " + doc[token.i + 1 : max(noun.i for noun in nouns) + 1].text


def _category_text(token: Token) -> str:
    """An award category with its "of" phrase ("album of the year", "best breakthrough of the year"), also
    one it shares as the first of two ("record and album of the year": record of the year)."""
    text = _phrase_text(token)
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1:
            return f"{text} {token.doc[prep.i : prep.right_edge.i + 1].text}"
    if (shared := _shared_of(token)) is not None:
        return f"{text} {token.doc[shared.i : shared.right_edge.i + 1].text}"
    return text


def _category_objects(prep: Token) -> list[Token]:
    """The "category" nouns a preposition takes ("in the X category"), not a year or a place ("in 2003")."""
    return [pobj for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "category"]


def _unquoted(text: str) -> str:
    """A phrase without the quotation marks a category's name is set in ('the "new voices" category')."""
    return " ".join(word for word in text.split() if word not in _QUOTE_MARKS)


_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _stranded_adjective(token: Token) -> bool:
    """Whether the parser cut a lone adjective off the noun phrase right after it, as a second filler of the
    same slot ("were named best | alternative act")."""
    if token.pos_ != "ADJ" or any(True for _ in token.children) or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return any(c.dep_ == token.dep_ and c.left_edge.i == following.i for c in token.head.children if c.i != token.i)


def _shared_of(token: Token) -> Token | None:
    """The "of" right after the last word of the coordination ``token`` is in, when it hangs on one of its
    words ("record and album of the year", parsed with the "of" on "record")."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    members = conjuncts(first)
    last = max(members, key=lambda member: member.i)
    if len(members) < 2 or last.i + 1 >= len(token.doc):
        return None
    following = token.doc[last.i + 1]
    return following if following.lower_ == "of" and following.head in members else None


def _listed_categories(award: Token) -> list[Filler]:
    """The categories a named award in the plural lists ("won Grammys for song of the year and record
    of the year", "Academy Awards for best film and best director"): two or more, each its own win;
    not a reason ("Oscars for their roles") nor a work ("Grammys for Toxic")."""
    if not _plural_award(award):
        return []
    preps = [child for child in award.children if child.lower_ == "for"]
    if award.dep_ == "dobj":
        preps += [child for child in award.head.children if child.dep_ == "prep" and child.lower_ == "for"]
    heads = [head for prep in preps for head in prep.children if head.dep_ == "pobj"]
    listed = [pobj for head in heads for pobj in [*conjuncts(head), *_misattached_categories(head)]]
    if len(listed) < 2 or not all(_category_like(pobj) for pobj in listed):
        return []
    return [Filler(text=_listed_category_text(pobj), token=pobj) for pobj in listed]


def _included_categories(award: Token, *, unlike: frozenset[str]) -> list[Filler]:
    """The categories a named award in the plural lists with "including" ("five prizes at the Brit
    Awards, including best group and best album"): each its own fact beside the award's; none when
    an item is no category ("the Brit Awards, including Kylie's comeback") or a word of ``unlike``
    ("10 Grammys, including nominations for ...")."""
    if not _plural_award(award):
        return []
    heads = [head for prep in award.children if prep.lower_ == "including" for head in prep.children
             if head.dep_ == "pobj"]
    listed = [pobj for head in heads for pobj in conjuncts(head)]
    if not listed or not all(_category_like(pobj) and pobj.lemma_.lower() not in unlike for pobj in listed):
        return []
    return [Filler(text=_listed_category_text(pobj), token=pobj) for pobj in listed]


def _plural_award(award: Token) -> bool:
    """An award named in the plural ("Grammys", "Brit Awards"), which can be won in several categories."""
    return award.tag_ in ("NNS", "NNPS") or (award.pos_ == "PROPN" and award.lower_.endswith("s"))


def _category_like(token: Token) -> bool:
    """A noun no possessive makes a reason ("her songs"), or a "best ..." phrase ("best single")."""
    if any(child.dep_ == "poss" for child in token.children):
        return False
    return token.pos_ == "NOUN" or _phrase_text(token).split()[0].lower() == "best"


def _listed_category_text(category: Token) -> str:
    """A category of a list with its "of" phrase up to the next item ("song of the year")."""
    doc = category.doc
    end = category.i + 1
    if end < len(doc) and doc[end].lower_ == "of":
        while end < len(doc) and doc[end].dep_ not in ("cc", "punct", "conj"):
            end += 1
    return f"{_phrase_text(category)} {doc[category.i + 1 : end].text}".strip()


def _misattached_categories(category: Token) -> list[Token]:
    """"song of the year and record of the year", parsed with "record" a conjunct of the first "year":
    the conjuncts of a category's own "of" phrase that "of" follows too."""
    return [
        conj
        for of in category.children if of.dep_ == "prep" and of.lower_ == "of"
        for pobj in of.children if pobj.dep_ == "pobj"
        for conj in pobj.children if conj.dep_ == "conj" and conj.i + 1 < len(conj.doc) and conj.nbor(1).lower_ == "of"
    ]


def _title_text(token: Token, *, ranks: frozenset[str] = frozenset()) -> str:
    """A title noun with its lower-case modifiers ("executive director", not "Academy executive director"),
    and the words of ``ranks`` in capitals ("MGM Vice Chairman X": "Vice Chairman")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in ("compound", "amod") and (
        token.doc[start - 1].is_lower or token.doc[start - 1].lower_ in ranks
    ):
        start -= 1
    return token.doc[start : token.i + 1].text


def _named_by(noun: Token, *, of_noun: bool, name_taking: bool) -> list[Token]:
    """Names a common noun stands for, the first kind found of: its appositions ("a new album,
    Astronaut"), the names it lists ("hits like X and Y"), the names a copula equates it with ("X and
    Y are the only nominees"), the work of "a remake of X", a name in front ("Empire magazine")."""
    counted = [prep for prep in noun.children if prep.lower_ == "of"]
    if noun.lemma_.lower() in _QUANTITY_NOUNS and counted:  # "starred in a number of films, including X"
        return [name for prep in counted for pobj in prep.children
                for name in _named_by(pobj, of_noun=False, name_taking=False)]
    kinds = [[child for child in noun.children if child.dep_ == "appos"], listed_names(noun), _equated(noun)]
    if noun.dep_ == "appos":
        kinds.append([noun.head])  # "Archangel, an adaptation of ..., which stars"
    if of_noun:
        kinds.append([pobj for prep in noun.children if prep.lower_ == "of" for pobj in prep.children])
        kinds.append(modifiers(noun))  # "the Days of Thunder sequel"
    if name_taking:
        kinds.append([child for child in noun.children if _name_in_front(child)])
        kinds.append(_name_after(noun))
    found = next((kind for kind in kinds if kind), [])
    return [token for found_token in found for token in conjuncts(found_token)]


#: spaCy labels of a name the tagger may take for an adjective in front of a noun ("the BBC's iCan site").
_NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"})


def _name_in_front(child: Token) -> bool:
    """Whether ``child`` is a name in front of its noun: a proper noun ("Empire magazine"), or a word of
    an organisation's or a work's name the tagger read as an adjective ("the BBC's iCan site")."""
    if child.dep_ == "compound" and child.pos_ == "PROPN":
        return True
    return child.dep_ == "amod" and child.ent_type_ in _NAME_LABELS


def _name_after(noun: Token) -> list[Token]:
    """The name right after a name-taking noun, however parsed ("the boy band Stranded performed",
    with "Stranded" read as a verb)."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is None or following.ent_iob_ != "B" or not following.text[:1].isupper():
        return []
    end = following.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return [doc[end]]


def _equated(noun: Token) -> list[Token]:
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        return [child for child in noun.head.children if child.dep_ == "dobj"]  # "Previous winners include X"
    copula = noun.head if noun.head.lemma_ == "be" else None
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_ == "be":
        copula = noun.head.head  # "X is among the nominees"
    if copula is None:
        return []
    if noun.dep_ in ("attr", "pobj"):
        # "X is among the nominees"; "the biggest hitter among the nominees is X"
        return [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.i != noun.i]
    if noun.dep_ == "nsubj":
        return [child for child in copula.children if child.dep_ == "attr"]
    return []


def _titled_name(token: Token) -> Token | None:
    """The name after "<name> <title>" ("Nirvana frontman Kurt Cobain" -> Cobain)."""
    if token.pos_ != "PROPN" or token.i + 1 >= len(token.doc):
        return None
    title = token.doc[token.i + 1]
    after = title.head
    if title.pos_ == "NOUN" and title.dep_ == "compound" and after.pos_ == "PROPN" and after.i > title.i:
        return after
    return None


def _definite(noun: Token) -> bool:
    """Whether ``noun`` is a definite description ("the band"), which refers back to a named one."""
    return any(child.dep_ == "det" and child.lower_ == "the" for child in noun.children) or _led_by_the(noun)


#: Tags of the words between an article and its noun when the parser hangs the article elsewhere
#: ("The York-born, Leeds-based band", with "The" on "born").
_PREMODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG", "NNP", "HYPH", ","})


def _led_by_the(noun: Token) -> bool:
    """Whether "the" opens a run of adjectives, participles and names that ends at ``noun``."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.i - 8 and i >= 0 and doc[i].tag_ in _PREMODIFIER_TAGS:
        i -= 1
    return i >= 0 and i < noun.i - 1 and doc[i].lower_ == "the"


def _modified_noun(word: Token) -> list[Token]:
    """The noun a run of adjectives, participles and names starting at ``word`` ends at, whatever
    the parse ("the York-born, Leeds-based band", with "born" hung on the verb)."""
    doc = word.doc
    i = word.i + 1
    while i < min(len(doc), word.i + 8) and doc[i].tag_ in _PREMODIFIER_TAGS:
        i += 1
    return [doc[i]] if i < len(doc) and doc[i].pos_ == "NOUN" else []


def _claimed_by_title(name: Token) -> bool:
    """Whether a name stands in front of a title and a person's name ("Radio Halcyon presenter Y")."""
    node = name
    while node.dep_ in ("compound", "poss", "nmod", "nummod") and node.head.i > node.i:
        node = node.head
        if node.ent_type_ == "PERSON":
            return True
    return False


def _plural_subject_name(token: Token) -> bool:
    """Whether ``token`` is an uncoordinated name that takes a plural verb ("Queen are", "Keane
    were"): in British usage, a group, not one person."""
    if token.pos_ != "PROPN" or token.dep_ != "nsubj" or token.tag_ == "NNPS":
        return False
    if any(child.dep_ in ("conj", "cc") for child in token.children):
        return False
    verbs = [token.head, *(child for child in token.head.children if child.dep_ == "aux")]
    finite = next((verb for verb in verbs if verb.tag_ in ("VBP", "VBZ", "VBD", "MD")), None)
    return finite is not None and (finite.tag_ == "VBP" or finite.lower_ == "were")


def _coded_name(token: Token) -> bool:
    """A name of capitals and figures the tagger read as a common noun ("will support U2 on tour")."""
    text = token.text
    return len(text) > 1 and text.isupper() and any(c.isdigit() for c in text) and not token.is_sent_start


def _proper_run(token: Token) -> str:
    """The proper name ``token`` is part of, across inner "of" and "the" ("House of Flying Daggers")."""
    doc = token.doc

    def continues(i: int, step: int) -> bool:
        j = i
        while 0 <= j < len(doc) and doc[j].lower_ in _TITLE_WORDS and abs(j - i) < 2:
            j += step
        return 0 <= j < len(doc) and doc[j].pos_ == "PROPN"

    start = token.i
    while start > 0 and continues(start - 1, -1):
        start -= 1
    if start > 1 and _capitalised_number(doc[start - 1]):
        start -= 1  # "Million Dollar Baby", with "Million" read as a number (and tagged as money)
    end = token.i
    while end + 1 < len(doc) and continues(end + 1, 1):
        end += 1
    return doc[start : end + 1].text


def _capitalised_number(token: Token) -> bool:
    """A number word written with a capital inside a sentence ("Million", "Twelve"): a title's first word."""
    return token.pos_ == "NUM" and token.is_title and token.is_alpha and not token.is_sent_start


class Resolver:
    """Entities and texts for the roles of the triggers of one document."""

    def __init__(self, entities: list[Entity], *, lexicon: FrameLexicon) -> None:
        self.index = EntityIndex(entities)
        self.lexicon = lexicon
        self._ranks = frozenset(lexicon.classes.get("rank_words", ()))
        names: dict[str, list[Entity]] = {}
        for entity in entities:
            for name in {entity.name, *entity.aliases}:
                names.setdefault(name.casefold(), []).append(entity)
        self._names = {name: found[0] for name, found in names.items() if len(found) == 1}
        self._named_ids = {name: {entity.id for entity in found} for name, found in names.items()}
        self._by_last_word: dict[str, list[str]] = {}
        for name in sorted(self._names, key=len, reverse=True):
            if " " in name:
                self._by_last_word.setdefault(name.rsplit(" ", 1)[1], []).append(name)
        self._band: list[str] | None = None  # the document's band, found on first use
        self._lower_nouns: frozenset[str] | None = None  # the document's nouns written in lower case, on first use
        # slots read from the document and its entities rather than from the trigger's parse
        self._document_slots: dict[str, Callable[[Token, list[EntityType]], list[Filler]]] = {
            "document_band": lambda head, types: self._article_band(head, types=types, near=False),
            "nearby_band": lambda head, types: self._article_band(head, types=types, near=True),
            "described_band": lambda head, types: self._described_band(head, types=types),
            "band_pronoun": lambda head, types: self._band_pronoun(head, types=types),
            "work_pronoun": lambda head, types: self._work_pronoun(head, types=types),
            "nearby_station": lambda head, types: self._nearby_station(head, types=types),
            "untagged_modifier": lambda head, types: self._untagged_modifier(head),
            "nearest_ceremony": lambda head, types: self._nearest_ceremony(head, types=types),
            "hosted_ceremony": lambda head, types: self._hosted_ceremony(head),
            "reporting_possessed": lambda head, types: self._reporting_possessed(head, types=types),
            "party_state": lambda head, types: self._party_state(head),
        }
        initials = "|".join(re.escape(letter) for letter in sorted(lexicon.party_initials))
        self._party = re.compile(rf"\s*\(\s*(?:{initials})\s*-\s*([^()\n]{{2,20}}?)\s*\)", re.IGNORECASE)

    def name(self, entity_id: str) -> str | None:
        """The name of the entity ``entity_id``."""
        entity = self.index.get(entity_id)
        return entity.name if entity else None

    def entities_at(
        self, token: Token, *, types: list[EntityType], groups_only: bool = False
    ) -> tuple[list[str], bool]:
        """The ids of the entities of ``types`` mentioned at ``token`` and whether it is a group mention."""
        ids: list[str] = []
        group = False
        refs = self.index.overlapping(token.idx, token.idx + len(token.text))
        for ref in refs:
            if groups_only and ref.mention.kind != "group":
                continue
            if self._first_name_of_another(ref):
                continue
            if ref.entity.type in types and ref.entity.id not in ids:
                ids.append(ref.entity.id)
                group = group or ref.mention.kind == "group"
        if not refs and not groups_only:
            named = token.pos_ == "PROPN" or _coded_name(token)
            entity = self._names.get(_proper_run(token).casefold()) if named else None
            entity = entity or self._written_name(token)
            if entity is not None and entity.type in types:
                ids.append(entity.id)
        return ids, group

    def _first_name_of_another(self, ref: MentionRef) -> bool:
        """Whether a mention is the first name alone of a person named in full, and the whole name of another
        entity ("Ray" for Ray Charles where the text names the film Ray): the person is not the likelier."""
        words = ref.entity.name.split()
        if ref.entity.type != "PERSON" or len(words) < 2 or ref.mention.text != words[0]:
            return False
        return bool(self._named_ids.get(ref.mention.text.casefold(), set()) - {ref.entity.id})

    def _whole_named(self, token: Token, *, ids: list[str], types: list[EntityType]) -> list[str]:
        """``ids`` if one of them is named by the whole run of proper nouns ``token`` is in; else the
        entity the whole run names elsewhere ("Little Britain" where NER tagged only "Britain"), if any."""
        run = _proper_run(token)
        refs = self.index.overlapping(token.idx, token.idx + len(token.text))
        if any(ref.entity.id in ids and len(ref.mention.text) >= len(run) for ref in refs):
            return ids
        entity = self._names.get(run.casefold())
        return [entity.id] if entity is not None and entity.type in types else []

    def _written_name(self, token: Token) -> Entity | None:
        """The entity whose full name ends at ``token``, written out though NER took only its first
        words ("Star Trek: Enterprise" tagged "Star Trek" and a noun "Enterprise")."""
        names = self._by_last_word.get(token.lower_, ())
        if not names:
            return None
        # the words before the token, as text (Doc.text would join the whole document)
        before = token.doc[max(token.i - _NAME_WINDOW, 0) : token.i + 1]
        text, end = before.text, token.idx + len(token.text) - before.start_char
        for name in names:
            if _ends_with(text, name, end=end):
                return self._names[name]
            subtitle = name.partition(": ")[2]
            if token.is_title and subtitle and _ends_with(text, subtitle, end=end):
                return self._names[name]  # "Enterprise" for "Star Trek: Enterprise"
        return None

    def _award_categories(self, token: Token, spec: RoleSpec) -> list[Filler] | None:
        """"the award for best X and Y" -> its categories; "eight Grammy Awards, including X" -> the
        award and X; "the South Bank Award for best TV drama" -> itself; a bare count -> nothing."""
        classes = self.lexicon.classes
        if spec.text != "award" or not _in_class(token, classes.get("award_generic", frozenset())):
            return None
        named = any(child.pos_ == "PROPN" for child in token.lefts)
        found = [Filler(text=_phrase_text(token) + self._for_phrase(token), token=token)] if named else []
        preps = list(token.children)
        if token.dep_ == "dobj":
            preps += [child for child in token.head.children if child.dep_ == "prep"]  # "won awards for X"
        for prep in preps:
            if prep.lower_ == "in" and not any(left.dep_ in ("amod", "compound", "nmod", "poss") for left in token.lefts):
                # "won an award in the X category": the category says which award ("a special prize" says
                # its own, and "in the X category" where it was given)
                found += [Filler(text=_unquoted(_category_text(pobj)), token=pobj) for pobj in _category_objects(prep)]
            if prep.lower_ not in (("including",) if named else ("for", "of", "including")):
                continue
            described = any(left.dep_ in ("amod", "compound") for left in token.lefts)
            for head in prep.children:
                for pobj in conjuncts(head) if head.dep_ == "pobj" else []:
                    first = _phrase_text(pobj).split()[0].lower()
                    if prep.lower_ == "for" and first != "best" and (
                        described or any(child.dep_ == "poss" for child in pobj.children)
                    ):
                        continue  # "the grand jury prize for documentaries", "an award for her role": reasons
                    if pobj.pos_ == "NOUN" or first in classes["award"]:
                        found.append(Filler(text=_category_text(pobj), token=pobj))
        if found:
            return found
        if token.tag_ == "NNS":
            return []  # "took home two awards each"
        return None

    @staticmethod
    def _for_phrase(token: Token) -> str:
        for prep in token.children:
            if prep.lower_ == "for":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and _phrase_text(pobj).split()[0].lower() == "best":
                        return f" for {_phrase_text(pobj)}"
        return ""

    def _fillers(self, token: Token, *, spec: RoleSpec, types: list[EntityType], slot: str) -> list[Filler]:
        if slot == "self" and not types:
            return [Filler(text=_title_text(token, ranks=self._ranks), token=token)]
        primary = [token]
        if "PERSON" in types and slot != "modifier" and (named := _titled_name(token)) is not None:
            primary.insert(0, named)
        for candidate in primary:
            ids, group = self.entities_at(candidate, types=types, groups_only=slot == "group")
            if ids and spec.whole_name:
                ids = self._whole_named(candidate, ids=ids, types=types)
                if not ids:
                    return [Filler(token=candidate, unresolved=True)]
            if ids and spec.text == "award" and (listed := _listed_categories(candidate)):
                return listed
            unlike = self.lexicon.classes["nomination"]
            if ids and spec.text == "award" and (included := _included_categories(candidate, unlike=unlike)):
                return [Filler(entities=ids, group=group, token=candidate), *included]
            if ids:
                return [Filler(entities=ids, group=group, token=candidate)]
        found = []
        # "her ex-husband, the painter X"; "X is among three British authors"
        if token.pos_ == "NOUN" and slot == "holder":
            for candidate in [child for child in token.children if child.dep_ == "appos"] + _equated(token):
                ids, group = self.entities_at(candidate, types=types)
                if ids:
                    return [Filler(entities=ids, group=group, token=candidate)]
        if token.pos_ == "NOUN" and slot not in _SINGLE:
            lemma = token.lemma_.lower()
            classes = self.lexicon.classes
            of_noun = lemma in classes.get("of_nouns", ())
            named_by = _named_by(token, of_noun=of_noun, name_taking=lemma in classes.get("name_nouns", ()))
            for candidate in [*named_by, *self._split_pairs(named_by)]:
                candidate = _apposed_name(candidate)
                ids, group = self.entities_at(candidate, types=types)
                if ids:
                    found.append(Filler(entities=ids, group=group, token=candidate))
        if spec.text == "country" and not found:
            return self._country(token)
        if found or slot in ("group", "modifier"):
            return found
        if spec.text in ("title", "made_title"):
            lemma = token.lemma_.lower()
            of_noun = lemma in self.lexicon.classes.get("of_nouns", ())
            name_taking = lemma in self.lexicon.classes.get("event_nouns", ())
            titled = _named_by(token, of_noun=of_noun, name_taking=name_taking) if token.pos_ == "NOUN" else []
            places = spec.text == "made_title"
            return [filler for candidate in [token, *titled] for filler in self._title(candidate, places=places)]
        if spec.text == "named_work":
            return self._title(token, introduced=True) or self._set_off_titles(token, slot=slot)
        if spec.text == "untagged_title":
            return [filler for filler in self._title(token) if filler.text is not None]
        if spec.text is None:
            # A name no entity stands for: the role is filled, by someone unknown.
            return [Filler(token=token, unresolved=True)] if token.pos_ == "PROPN" else []
        categories = self._award_categories(token, spec)
        if categories is not None:
            return categories
        return self._text(token, spec=spec, slot=slot)

    def _text(self, token: Token, *, spec: RoleSpec, slot: str) -> list[Filler]:
        text = _title_text(token, ranks=self._ranks) if slot == "self" else _phrase_text(token)
        lemma = token.lemma_.lower()
        classes = self.lexicon.classes
        if spec.unless and lemma in classes[spec.unless]:
            # the slot is filled, by something else: later slots are not tried ("received a best
            # single nomination in the R&B category" won nothing in that category)
            return [Filler(token=token, unresolved=True)]
        wanted = classes[spec.text] if spec.text and spec.text != "any" else frozenset()
        if _stranded_adjective(token):
            return []  # "named best alternative act" parsed as "best" + "alternative act": the second has both
        if spec.definite and (not _definite_singular(token) or self._names_inside(token)):
            # "wrote a song" refers to no work; "the song was written by X" to one the sentence does
            # not name ("the film Kisna, directed by X", "the remake of X" name theirs)
            return []
        if spec.singular and token.tag_ in ("NNS", "NNPS"):
            return []  # "does not usually attend award ceremonies": a habit, no gathering
        if spec.bare and any(child.dep_ in ("det", "poss") for child in token.children):
            return []  # "X is the best actress of her generation" praises; "X was best actress" names a win
        if spec.qualified:
            if token.pos_ == "PROPN":
                # a name no entity of the types stands for fills the slot, by someone unknown, as
                # without text ("Ann's former head of press at Delta Records": not Delta Records)
                return [Filler(token=token, unresolved=True)]
            if not _qualified(token):
                return []  # "chairman of the board": which board is not said
            text = _qualified_text(token)
        if spec.text == "any" or lemma in wanted or text.split()[0].lower() in wanted or _hyphenated(token) in wanted:
            if spec.text == "award" and text.split()[0].lower() == "best":
                text += _category_scope(token, scopes=classes.get("category_scopes", frozenset()))
            return [Filler(text=text.replace(" - ", "-"), token=token)]
        return []

    def _names_inside(self, token: Token) -> bool:
        """Whether a noun phrase names an entity: its head is a mention ("the film" tied to the work
        just named), or a name is before its head, in an apposition or in an "of" phrase after it (not
        a pronoun: "his only film" names no work)."""
        tokens = [*token.doc[token.left_edge.i : token.i + 1]]
        for child in token.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of" and not _of_same_name(child)):
                tokens.extend(child.subtree)
        return any(
            (t.pos_ == "PROPN" or t.i == token.i) and self.index.overlapping(t.idx, t.idx + len(t.text))
            for t in tokens
        )

    def _country(self, token: Token) -> list[Filler]:
        """The country a nationality word names: the document's entity of that name, or its name."""
        start, end = entity_bounds(token) or (token.i, token.i + 1)
        span = token.doc[start:end]
        country = countries().get(span.text.lower())
        if country is None:
            return []
        entity = self._names.get(country.casefold())
        if entity is not None and entity.type in ("GPE", "LOC"):
            return [Filler(entities=[entity.id], token=token)]
        return [Filler(text=country, token=token)]

    def _work_right_after(self, noun: Token) -> list[Filler]:
        """"the award-winning film Being Julia" with the title parsed apart from its work noun (as a
        verb, an adverb): the work whose mention starts right after the noun."""
        doc = noun.doc
        following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if following is None or following.is_punct:
            return []
        refs = self.index.overlapping(following.idx, following.idx + len(following.text))
        ids = [ref.entity.id for ref in refs if ref.entity.type == "WORK" and ref.mention.start == following.idx]
        return [Filler(entities=ids[:1], token=following)] if ids else []

    def _title(self, token: Token, *, introduced: bool = False, places: bool = False) -> list[Filler]:
        """A work's title: a name the entities stage typed as something else than a place (it has no
        type for every kind of work), or a run of proper nouns no entity stands for, possibly one a
        work noun introduces ("the drama, Cherished"); never a place ("Australia") unless ``places``
        (what someone records or writes is a work, even one named after a mountain). With
        ``introduced``, only a name a work noun introduces ("released a new album, Astronaut")."""
        if introduced and token.pos_ == "PROPN":
            return []
        types: list[EntityType] = [*_TITLE_TYPES, "GPE", "LOC"] if places else _TITLE_TYPES
        if token.pos_ != "PROPN" and token.lemma_.lower() in self.lexicon.classes.get("work_nouns", ()):
            # "the drama, Cherished"; not "a VH1 special", whose name in front is the channel's
            token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)
            doc = token.doc
            if token.pos_ != "PROPN" and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
                # the apposition parsed apart from its noun; a person there is the next item of a
                # list ("in the film, Mr X's wife and ..."), not the film's title
                token, types = doc[token.i + 2], ["WORK"]
            elif token.pos_ != "PROPN" and (named := self._work_right_after(token)):
                return named
        if token.pos_ != "PROPN" or token.ent_type_ in _NOT_TITLES:
            return []  # "started work on Monday"
        ids, _ = self.entities_at(token, types=types)
        if ids and self._surname_only(token, ids):
            return []  # "Disney director X", "Ray director Y": named after the person, not the person
        if ids:
            return [Filler(entities=ids, token=token)]
        if self.index.overlapping(token.idx, token.idx + len(token.text)):
            return []
        if self._common_word_at_start(token):
            return []  # "Children's author X", "Festival director Y": capitalised only for starting the sentence
        return [Filler(text=_proper_run(token), token=token)]

    def _common_word_at_start(self, token: Token) -> bool:
        """Whether a lone capitalised word starting its sentence is a common noun, which the document writes
        elsewhere in lower case as a noun ("Festival director X said ... the festival was"); a title is written
        capitalised everywhere, and a lower-case word of another kind is no sign ("Closer director X ... moved
        closer")."""
        if not token.is_sent_start or not token.text[:1].isupper() or " " in _proper_run(token):
            return False
        if self._lower_nouns is None:
            self._lower_nouns = frozenset(t.text for t in token.doc if t.pos_ == "NOUN" and t.text.islower())
        return token.lower_ in self._lower_nouns

    def _surname_only(self, token: Token, ids: list[str]) -> bool:
        """Whether a one-word name in front of its noun stands for people named in full elsewhere ("Disney
        director X" where the text knows a "Roy Disney")."""
        if token.dep_ != "compound" or " " in _proper_run(token):
            return False
        return all(
            (entity := self.index.get(i)) is not None and entity.type == "PERSON" and " " in entity.name
            for i in ids
        )

    @staticmethod
    def _named_noun_text(head: Token, *, words: frozenset[str]) -> list[Filler]:
        """A name and a noun of ``words`` just before ``head``: "Kestrel magazine editor X"; not "record
        company boss", "a former university professor" (no name says which)."""
        doc = head.doc
        if head.i == 0:
            return []
        last = doc[head.i - 1]
        if last.pos_ != "NOUN" or last.lemma_.lower() not in words:
            return []
        start = last.i
        while start > 0 and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].dep_ in ("compound", "nmod"):
            start -= 1
        if not any(token.pos_ == "PROPN" for token in doc[start : last.i]):
            return []
        return [Filler(text=doc[start : last.i + 1].text, token=last)]

    def _set_off_titles(self, noun: Token, *, slot: str) -> list[Filler]:
        """The title a work noun is set off from or equated with, typed as anything but a place ("the
        Grey Harbour series, which runs on Five", with the series in apposition to the title);
        not a name in front of the noun ("the BBC drama", "the Tennessee Williams drama"), nor the
        doer of a verb with an object ("the track that launched X": the work launched X, not itself)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.classes.get("work_nouns", ()):
            return []
        if slot == "subject" and _acts_on_something(noun):
            return []
        named = _named_by(noun, of_noun=False, name_taking=False)
        return [filler for candidate in named if candidate.pos_ == "PROPN" for filler in self._title(candidate)]

    def _modifier_text(self, head: Token, *, words: frozenset[str], qualified: bool = False) -> list[Filler]:
        """The words in front of a noun, as one text, if the first or last is in ``words`` ("a best
        single nomination": "best single"); if ``qualified``, a name and a noun of ``words`` (see
        :meth:`_named_noun_text`)."""
        if qualified:
            return self._named_noun_text(head, words=words)
        left = [child for child in head.lefts if child.dep_ not in _TEXT_SKIP]
        if not left:
            return []
        start = min(t.i for child in left for t in child.subtree)
        # not across a line break: a headline the parser ran into the sentence ("Headline\n\nDebate moderator X")
        start = max([start, *(t.i + 1 for t in head.doc[start : head.i] if "\n" in t.text_with_ws)])
        if start >= head.i:
            return []
        text = head.doc[start : head.i].text
        if text.split()[0].lower() in words or head.doc[head.i - 1].lemma_.lower() in words:
            return [Filler(text=text, token=head.doc[head.i - 1])]
        return []

    def document_band(self, doc: Doc) -> list[str]:
        """The band the document is about: of the names introduced as bands ("rock band Queen", "the
        band, Queen"), in front of a band title ("Queen guitarist Brian May") or, in an article that
        says "the band" or "the group", taking a plural verb ("Queen are to tour"), the one named most
        often, if it is named at least twice and more often than any other."""
        if self._band is None:
            self._band = self._find_band(doc)
        return self._band

    def _find_band(self, doc: Doc) -> list[str]:
        classes = self.lexicon.classes
        nouns, titles = classes.get("band_nouns", frozenset()), classes.get("band_titles", frozenset())
        candidates: set[str] = set()
        for token in doc:
            lemma = token.lemma_.lower()
            if lemma in nouns and token.pos_ == "NOUN":
                named = [token.head] if token.dep_ == "compound" else [c for c in token.children if c.dep_ == "appos"]
            elif lemma in titles and token.pos_ in ("NOUN", "PROPN") and not self._former_title(token):
                named = [name for name in modifiers(token) if name.pos_ == "PROPN"]
            else:
                continue
            for name in named:
                candidates.update(self.entities_at(name, types=["ORG", "PERSON", "WORK"])[0])
        if any(token.lower_ in nouns and token.pos_ == "NOUN" and _definite(token) for token in doc):
            for name in filter(_plural_subject_name, doc):
                candidates.update(self.entities_at(name, types=["ORG", "PERSON", "WORK"])[0])
        counts = sorted(((self._named_mentions(entity), entity) for entity in candidates), reverse=True)
        if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return []
        return [counts[0][1]]

    def _former_title(self, title: Token) -> bool:
        """Whether a title is one its holder no longer has ("the former X singer", "ex-X guitarist"): the band
        in front of it is one the holder left, which an article about the new band names too."""
        words = self.lexicon.classes.get("former_words", frozenset())
        return any(token.lower_ in words for token in title.doc[title.left_edge.i : title.i])

    def _without_named(self, fillers: list[Filler], *, words: frozenset[str]) -> list[Filler]:
        """Fillers whose entity is named by a word of ``words`` ("R&B" tagged an organisation in "R&B
        singer X") fill the slot with nobody: later slots are not tried."""
        kept = []
        for filler in fillers:
            names = [(self.name(e) or "").casefold() for e in filler.entities]
            if names and all(name in words for name in names):
                filler = Filler(token=filler.token, unresolved=True)
            kept.append(filler)
        return kept

    def _without_last_word(self, fillers: list[Filler], *, words: frozenset[str]) -> list[Filler]:
        """Fillers whose entity's name ends with a word of ``words`` ("Southwark Crown Court") fill the
        slot with nobody: later slots are not tried."""
        kept = []
        for filler in fillers:
            lasts = [(self.name(e) or "").casefold().split()[-1:] for e in filler.entities]
            if lasts and all(last and last[0] in words for last in lasts):
                filler = Filler(token=filler.token, unresolved=True)
            kept.append(filler)
        return kept

    def _with_last_word(self, fillers: list[Filler], *, words: frozenset[str]) -> list[Filler]:
        """Fillers with an entity whose name does not end with a word of ``words`` ("the United Nations"
        where only ceremonies are wanted) fill the slot with nobody: later slots are not tried."""
        kept = []
        for filler in fillers:
            lasts = [(self.name(e) or "").casefold().split()[-1:] for e in filler.entities]
            if lasts and not all(last and last[0] in words for last in lasts):
                filler = Filler(token=filler.token, unresolved=True)
            kept.append(filler)
        return kept

    def _untagged_modifier(self, head: Token) -> list[Filler]:
        """"Blazin' Squad singer X", with no entity for the band or one for only part of its name: the
        capitalised words right before the title, as text. Not a genre ("Rock singer"), nor a word
        capitalised only for starting the sentence ("Veteran singer"), nor a name that starts with a
        negation, which the factuality stage would read as one ("No Doubt singer")."""
        doc = head.doc
        start = head.i
        while start > head.sent.start and _capitalised(doc[start - 1]):
            start -= 1
        if start == head.i:
            return []
        run = doc[start : head.i]
        if (start == head.sent.start and run[0].pos_ != "PROPN") or run[0].lower_ in _NEGATIONS:
            return []
        if run.text.casefold() in self.lexicon.classes.get("genres", frozenset()):
            return []
        if any(token.ent_type_ in _NOT_NAMES for token in run):
            return []  # "on 26 November singer X"
        refs = self.index.overlapping(run.start_char, run.end_char)
        if any(ref.mention.start <= run.start_char and ref.mention.end >= run.end_char for ref in refs):
            return []  # an entity's whole name: the slots of its types had it
        return [Filler(text=run.text, token=doc[head.i - 1])]

    def _listed_titles(self, fillers: list[Filler]) -> list[Filler]:
        """In a list that names a work, the other names are works too, whatever type the entities
        stage gave them ("star of Grey Meadow and House of Kites", the second tagged an
        organisation); names no entity stands for stay unresolved (the list may split a title)."""
        if not any(self._typed(e, ["WORK"]) for filler in fillers for e in filler.entities):
            return fillers
        listed = []
        for filler in fillers:
            if filler.unresolved and filler.token is not None and filler.token.dep_ == "conj":
                ids, _ = self.entities_at(filler.token, types=[t for t in _TITLE_TYPES if t != "PERSON"])
                filler = Filler(entities=ids, token=filler.token) if ids else filler
            listed.append(filler)
        return listed

    def _split_pairs(self, tokens: list[Token]) -> list[Token]:
        """The second name of "X & Y" when the entities stage made two entities of it ("rappers Ann
        Vey & Lil Bo"): a list of two; a name it keeps whole ("Ant & Dec") stays one party."""
        found = []
        for token in tokens:
            if not any(child.dep_ == "cc" and child.lower_ == "&" for child in token.children):
                continue
            own = set(self.entities_at(token, types=_ANY_TYPE)[0])
            for second in token.children:
                other = set(self.entities_at(second, types=_ANY_TYPE)[0]) if second.dep_ == "conj" else set()
                if own and other and not own & other:
                    found.append(second)
        return found

    def _named_before(self, filler: Filler) -> bool:
        """Whether a filler is no pronoun, or a pronoun for an entity named earlier in its sentence."""
        token = filler.token
        if token is None or token.pos_ != "PRON":
            return True
        start = token.sent.start_char
        return any(
            mention.kind == "name" and start <= mention.start < token.idx
            for entity_id in filler.entities if (entity := self.index.get(entity_id)) is not None
            for mention in entity.mentions
        ) if filler.entities else True

    def _person_owner(self, filler: Filler) -> bool:
        """Whether a filler is a person with a full name (two words or more: a one-word "person" is as often
        a title the NER mistyped, "EastEnders' head writer") named in the possessive ("X's hit")."""
        token = filler.token
        if token is None or not filler.entities:
            return False
        possessive = token.dep_ == "poss" or any(child.dep_ == "case" for child in token.children)
        return possessive and all(
            self._typed(entity, ["PERSON"]) and len((self.name(entity) or "").split()) > 1
            for entity in filler.entities
        )

    def _typed(self, entity_id: str, types: list[EntityType]) -> bool:
        entity = self.index.get(entity_id)
        return entity is not None and entity.type in types

    def _own_act(self, head: Token) -> bool:
        """Whether a singer's title says whose singer they are some other way: "singer with early
        1970s rockers Free" (a band of its own, misparsed), "soul singer X" (a solo act)."""
        genres = self.lexicon.classes.get("genres", frozenset())
        return any(child.dep_ == "prep" for child in head.children) or any(
            child.lower_ in genres for child in head.children if child.dep_ in ("compound", "amod", "nmod")
        )

    def _named_near(self, entity_id: str, head: Token) -> bool:
        """Whether the entity is named in the sentence of ``head`` or the one before ("Keane played
        first. The singer said ..."), so a title there is about it rather than another act."""
        sentence = head.sent
        previous = head.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        start, end = previous.start_char, sentence.end_char
        entity = self.index.get(entity_id)
        mentions = entity.mentions if entity else []
        return any(mention.kind == "name" and start <= mention.start < end for mention in mentions)

    def _described_band(self, head: Token, *, types: list[EntityType]) -> list[Filler]:
        """The document's band when ``head`` describes "the band" ("the Leeds-based band"), or is
        the band's ("the band's US tour", "the band were due to go on tour"): a description the
        entities stage links to no name."""
        nouns = self.lexicon.classes.get("band_nouns", frozenset())
        described = [*read_slot(head, "holder"), *_modified_noun(head), *read_slot(head, "poss"),
                     *read_slot(head, "subject")]
        if not any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" and _definite(t) for t in described):
            return []
        return [Filler(entities=[e], token=head) for e in self.document_band(head.doc) if self._typed(e, types)]

    def _band_pronoun(self, head: Token, *, types: list[EntityType]) -> list[Filler]:
        """The document's band when the trigger's doer or possessor is a plural pronoun the entities
        stage links to nobody ("They will tour Japan", "their appearance at Live Aid" in an article
        about one band)."""
        doers = [*read_slot(head, "subject"), *read_slot(head, "poss")]
        if not any(t.lower_ in _PLURAL_PRONOUNS and not self.index.overlapping(t.idx, t.idx + len(t)) for t in doers):
            return []
        return [Filler(entities=[e], token=head) for e in self.document_band(head.doc) if self._typed(e, types)]

    def _work_pronoun(self, head: Token, *, types: list[EntityType]) -> list[Filler]:
        """The work an "it" the entities stage links to nobody stands for, when it is the trigger's doer,
        patient or possessor: the entity the nearest sentence before (up to two back) has for its
        subject, if that is a work ("The comedy W opened in May. It was named best film"). Subjects that
        name nobody or a person (which "it" is not) are passed over; a subject of another kind (a
        company, a country) gives nothing, since "it" may stand for that."""
        doers = [*read_slot(head, "subject"), *read_slot(head, "patient"), *read_slot(head, "poss")]
        pronoun = next((t for t in doers if t.lower_ in _NEUTER_PRONOUNS and not self._mentioned(t)), None)
        if pronoun is None or "WORK" not in types:
            return []
        sentence = head.sent
        for _ in range(_WORK_PRONOUN_SENTENCES):
            if sentence.start == 0:
                break
            sentence = head.doc[sentence.start - 1].sent
            for subject in (child for child in sentence.root.children if child.dep_ in ("nsubj", "nsubjpass")):
                named = {ref.entity.id: ref.entity.type for ref in self._mentions_at(subject)}
                if "WORK" in named.values():
                    return [Filler(entities=[e for e, kind in named.items() if kind == "WORK"][:1], token=pronoun)]
                if any(kind != "PERSON" for kind in named.values()):
                    return []
        return []

    def _mentioned(self, token: Token) -> bool:
        return bool(self.index.overlapping(token.idx, token.idx + len(token)))

    def _mentions_at(self, token: Token) -> list[MentionRef]:
        """The mentions at a subject and its appositions ("The comedy W", "W, the charity single")."""
        words = [token, *(child for child in token.children if child.dep_ == "appos")]
        return [ref for word in words for ref in self.index.overlapping(word.idx, word.idx + len(word))]

    def _nearby_station(self, head: Token, *, types: list[EntityType]) -> list[Filler]:
        """The one station named in the sentence of a DJ's or presenter's title or the one before
        ("DJ X's Radio Halcyon show"; "... Radio Halcyon show. Dance DJ X will host it"), when the title
        names nothing of its own and no other presenter's title claims the station ("Radio
        Halcyon presenter Y, after she was linked with DJ X": X is no Radio Halcyon DJ)."""
        genres = self.lexicon.classes.get("genres", frozenset())
        if any(name.pos_ == "PROPN" and name.lower_ not in genres for name in modifiers(head)):
            return []  # "Virgin Radio DJ X" has a station of its own, "Rock DJ X" none
        words = self.lexicon.classes.get("stations", frozenset())
        sentence = head.sent
        doc = head.doc
        start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        stations: set[str] = set()
        for ref in self.index.within(start, sentence.end_char):
            name_words = ref.entity.name.casefold().split()
            if ref.mention.kind != "name" or ref.entity.type not in types or not words.intersection(name_words):
                continue
            span = doc.char_span(ref.mention.start, ref.mention.end, alignment_mode="expand")
            if span is not None and _claimed_by_title(span.root):
                return []
            stations.add(ref.entity.id)
        return [Filler(entities=[e], token=head) for e in stations] if len(stations) == 1 else []

    def _nearest_ceremony(self, head: Token, *, types: list[EntityType]) -> list[Filler]:
        """The ceremony a presenter's award is handed out at, when the sentence does not say: the one named
        last before the trigger (the article's ceremony, in this sentence or an earlier one), else the only
        one the article names ("X will also present prizes. ... the Oscars on Sunday")."""
        words = self.lexicon.classes.get("award_ceremonies", frozenset())
        named = [
            ref for ref in self.index.within(0, len(head.doc.text))
            if ref.mention.kind == "name" and ref.entity.type in types
            and ref.entity.name.casefold().rsplit(" ", 1)[-1] in words
        ]
        before = [ref.entity.id for ref in named if ref.mention.start < head.idx]
        ceremonies = before[-1:] or list({ref.entity.id for ref in named})
        return [Filler(entities=ceremonies, token=head)] if len(ceremonies) == 1 else []

    def _hosted_ceremony(self, head: Token) -> list[Filler]:
        """"The ceremony was hosted by X", "X hosted Sunday's ceremony": the ceremony the article is about, the
        first it names before the trigger, for a definite ceremony noun that names none itself (not the one
        named last: an aside on "three Grammys in February" in a story on another ceremony); an indefinite one
        ("an awards ceremony held in London") may be another than the article's."""
        words = self.lexicon.classes.get("award_ceremonies", frozenset())
        for noun in read_slot(head, "patient")[:1]:
            definite = _definite(noun) or any(child.dep_ == "poss" for child in noun.children)
            if noun.lower_ in words and definite and not self.entities_at(noun, types=_CEREMONY_TYPES)[0]:
                first = self._ceremonies(head, types=_CEREMONY_TYPES)[:1]
                return [Filler(entities=first, token=head)] if first else []
        return []

    def _ceremonies(self, head: Token, *, types: list[EntityType]) -> list[str]:
        """The ceremonies (names ending as the class `award_ceremonies` says) named before ``head``, in order."""
        words = self.lexicon.classes.get("award_ceremonies", frozenset())
        return [
            ref.entity.id for ref in self.index.within(0, head.idx)
            if ref.mention.kind == "name" and ref.entity.type in types
            and ref.entity.name.casefold().rsplit(" ", 1)[-1] in words
        ]

    def _reporting_possessed(self, head: Token, *, types: list[EntityType]) -> list[Filler]:
        """"said NBC's X", "by the Observer's X": the name a possessive marker's owner describes, when that name
        says or writes something (the subject of a verb of the class `reporting_verbs`, the author of a "by"
        phrase, the source of "according to"); not "a comedy starring Will and Grace's X", where the owner is
        a show the entities stage typed as an organisation."""
        name = possessed_name(head)
        if name is None or not _reports(name, verbs=self.lexicon.classes.get("reporting_verbs", frozenset())):
            return []
        ids, _ = self.entities_at(name, types=types)
        return [Filler(entities=ids, token=name)] if ids else []

    def _party_state(self, head: Token) -> list[Filler]:
        """"Rep. X (D-Calif.)": the state written in the parentheses of party and state right after the name a
        member of Congress's title describes, by its name (the lexicon's `party_states`)."""
        for name in read_slot(head, "holder")[:1]:
            match = self._party.match(head.doc.text, name.idx + len(name.text))
            state = self.lexicon.state_forms.get(match.group(1).casefold()) if match else None
            if state is not None:
                return [Filler(text=state, token=name)]
        return []

    def _named_mentions(self, entity_id: str) -> int:
        entity = self.index.get(entity_id)
        return sum(1 for mention in entity.mentions if mention.kind == "name") if entity else 0

    def _article_band(self, head: Token, *, types: list[EntityType], near: bool) -> list[Filler]:
        """The band the document is about, for a band title with no band of its own ("the guitarist");
        if ``near`` (slot ``nearby_band``), named near the trigger, whose own act is not named there."""
        if any(name.pos_ == "PROPN" for name in modifiers(head)):
            return []  # "the former Clash guitarist": a band of its own, though not an entity
        if near and self._own_act(head):
            return []
        return [
            Filler(entities=[e], token=head)
            for e in self.document_band(head.doc)
            if self._typed(e, types) and (not near or self._named_near(e, head))
        ]

    def _before_place(self, tokens: list[Token], *, slot: str, head: Token, types: list[EntityType]) -> list[Token]:
        """"A for W1 and Hong Kong director B", parsed with "W1 and Hong Kong" as the title's modifier: when
        the name next to the title is a place, it says where the title's holder is from, and the names
        before its "and" end another item of a list; only that place modifies the title (not for a role
        that takes places: "dual British and Zambian nationality")."""
        if slot != "modifier" or len(tokens) < 2 or set(types) & set(_PLACE_TYPES):
            return tokens
        nearest = max(tokens, key=lambda token: token.i)
        return [nearest] if self._place_beside(head, nearest) else tokens

    def _place_beside(self, head: Token, token: Token | None = None) -> bool:
        """Whether the name right before the title ``head`` (or ``token``, one of its modifiers) is a place."""
        if token is None:
            token = head.doc[head.i - 1] if head.i > 0 else head
        return token.i == head.i - 1 and bool(self.entities_at(token, types=_PLACE_TYPES)[0])

    def fill(self, head: Token, role: str, *, spec: RoleSpec, every_slot: bool = False,
             phrase: Sequence[Token] = ()) -> list[Filler]:
        """The fillers of ``role`` for the trigger ``head``: from the first slot that gives any (or all
        slots). A preposition may also hang from another word of the trigger's ``phrase``."""
        types = spec.types if spec.types is not None else self.lexicon.role_types[role]  # type: ignore[index]
        found: list[Filler] = []
        for slot in spec.slots:
            reader = self._document_slots.get(slot)
            if reader is not None:
                fillers = reader(head, types)
                if fillers and not every_slot:
                    return fillers
                found.extend(fillers)
                continue
            fillers = []
            tokens = read_slot(head, slot)
            if not tokens and slot.startswith("prep:"):
                tokens = [t for word in phrase if word.i != head.i for t in read_slot(word, slot)]
                tokens = tokens or _phrase_preposition_objects(phrase, head=head, word=slot.removeprefix("prep:"))
            for token in tokens:
                if slot in ("group", "self") or spec.single:
                    tokens = [token]
                else:
                    # "his wife X and manager Y": the wife is X; "speakers have included X and author Y": both
                    tokens = conjuncts(token, single_description=slot == "holder" and head.tag_ not in ("NNS", "JJ"))
                    tokens = _before_relative_clause(token, tokens, head=head)
                    tokens = _before_phrase(token, tokens, head=head)
                    tokens = self._before_place(tokens, slot=slot, head=head, types=types)
                    tokens += self._split_pairs(tokens)
                for conjunct in tokens:
                    if conjunct.i != head.i or slot == "self":
                        fillers.extend(self._fillers(conjunct, spec=spec, types=types, slot=slot))
            if spec.other_sense and not fillers and slot.startswith("prep:") and _common_phrase(tokens):
                fillers = [Filler(token=tokens[0], unresolved=True)]  # there, but as nothing the role takes
            if "WORK" in types:
                fillers = self._listed_titles(fillers)
            if spec.named_before:
                fillers = [filler for filler in fillers if self._named_before(filler)]
            if spec.no_owner:
                fillers = [filler for filler in fillers if not self._person_owner(filler)]
            if spec.unless:
                fillers = self._without_named(fillers, words=self.lexicon.classes[spec.unless])
            if spec.unless_last:
                fillers = self._without_last_word(fillers, words=self.lexicon.classes[spec.unless_last])
            if spec.only_last:
                fillers = self._with_last_word(fillers, words=self.lexicon.classes[spec.only_last])
            if slot == "group" and fillers:  # the group mentioned nearest the trigger
                fillers = [min(fillers, key=lambda f: abs(f.token.i - head.i) if f.token is not None else 0)]
            if slot == "modifier" and not fillers and spec.text == "title" and not self._place_beside(head):
                fillers = [filler for token in modifiers(head)[-1:] for filler in self._title(token)]
            elif slot == "modifier" and not fillers and spec.text in self.lexicon.classes:
                fillers = self._modifier_text(head, words=self.lexicon.classes[spec.text], qualified=spec.qualified)
            if fillers and not every_slot:
                return fillers
            found.extend(fillers)
        return found


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: The types the entities stage gives a ceremony's name ("the Oscars" is an event, an organisation or neither).
_CEREMONY_TYPES: list[EntityType] = ["EVENT", "ORG", "OTHER"]
_PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
_NEUTER_PRONOUNS = frozenset({"it", "its"})
#: How many sentences before the trigger's a work an "it" stands for may be named in.
_WORK_PRONOUN_SENTENCES = 2


def _reports(name: Token, *, verbs: frozenset[str]) -> bool:
    """Whether ``name`` is who says or writes something: the subject of a reporting verb ("NBC's X said"),
    the author of a "by" phrase ("by NYT's X"), the source of "according to"."""
    above = name.head
    if name.dep_ == "nsubj":
        return above.lemma_.lower() in verbs
    if name.dep_ != "pobj":
        return False
    return above.lower_ == "by" or (above.lower_ == "to" and above.head.lower_ == "according")


def _common_phrase(tokens: list[Token]) -> bool:
    """Whether a slot's phrase is there and names nobody ("for eviction"; not "for the farce Being Julia", which
    another role may take)."""
    return bool(tokens) and not any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens[0].subtree)


def _capitalised(token: Token) -> bool:
    """Whether ``token`` is a word of a name: capitalised, or an apostrophe closing one ("Blazin'")."""
    if token.text in _APOSTROPHES:
        return token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.doc[token.i - 1].text[:1].isupper()
    return token.text[:1].isupper()


def _qualified(noun: Token) -> bool:
    """Whether a common noun has a word in front saying which one it is ("the regional arts committee",
    "the city treasurer's office"), not just a determiner or a pronoun ("the board", "its office")."""
    return any(
        child.dep_ in ("amod", "compound", "nmod", "poss") and child.pos_ != "PRON" for child in noun.lefts
    )


def _qualified_text(noun: Token) -> str:
    """A noun with all the words in front of it but the determiner ("city treasurer's office")."""
    start = noun.left_edge.i
    if noun.doc[start].dep_ == "det":
        start += 1
    return noun.doc[start : noun.i + 1].text


def _phrase_preposition_objects(phrase: Sequence[Token], *, head: Token, word: str) -> list[Token]:
    """The objects of a phrase's own last preposition, parsed apart from the phrase's head ("one of 21
    films up for the prize", with "for" hanging from "one"), or of a preposition on the verb a
    particle phrase belongs to ("X is up for the award, alongside Y")."""
    found = [
        child for token in phrase[-1:] if token.i != head.i and token.lower_ == word
        for child in token.children if child.dep_ == "pobj"
    ]
    verb = head.head
    if found or len(phrase) < 2 or head.pos_ == "VERB" or verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
        return found
    return [
        child for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == word
        for child in prep.children if child.dep_ == "pobj"
    ]


def _before_relative_clause(token: Token, tokens: list[Token], *, head: Token) -> list[Token]:
    """"For X, who won the category, Y and Z ...": a relative clause on ``token`` that holds the trigger
    ``head`` is about the names before it, not the ones listed after it."""
    clause = next(
        (c for c in token.children if c.dep_ == "relcl" and c.left_edge.i <= head.i <= c.right_edge.i), None
    )
    return tokens if clause is None else [t for t in tokens if t.i < clause.left_edge.i]


def _before_phrase(token: Token, tokens: list[Token], *, head: Token) -> list[Token]:
    """"X of the State Department and Y of the mayor's office": a preposition's phrase on ``token`` that holds the
    trigger ``head`` is said of the names before it ("X and Y of the Institute"), not of those listed after it."""
    phrase = next(
        (c for c in token.children if c.dep_ == "prep" and c.left_edge.i <= head.i <= c.right_edge.i), None
    )
    return tokens if phrase is None else [t for t in tokens if t.i < phrase.i]


def _acts_on_something(noun: Token) -> bool:
    """Whether ``noun`` is the subject of a verb with a direct object, itself or through a relative
    clause on it ("the track that launched X")."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [child for child in noun.children if child.dep_ == "relcl"]
    return any(child.dep_ in ("dobj", "obj") for verb in verbs for child in verb.children)


def _of_same_name(prep: Token) -> bool:
    """Whether an "of" phrase is "of the same name": what hangs from it is no name of the phrase's own."""
    return any(child.dep_ == "pobj" and same_name(child) for child in prep.children)


def _definite_singular(token: Token) -> bool:
    """Whether a noun phrase is definite and singular: a definite determiner or a possessor ("the film",
    "his film"); not a plural ("the first songs he wrote", "the films": a set of works, not one)."""
    if token.tag_ in ("NNS", "NNPS"):
        return False
    return any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in _DEFINITE) for child in token.children
    )

"""Named mentions: spaCy's entities (with dateline's rule components), typed and cleaned."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import dropwhile, pairwise
from typing import TYPE_CHECKING

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span

from dateline.model import EntityType
from dateline.stages.entities.lexicon import (
    Gender,
    calendar_words,
    entity_types,
    first_names,
    person_nouns,
    work_nouns,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["NamedMention", "find_named_mentions", "name_key"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class NamedMention:
    """A name in the text.

    ``start``/``end`` cover the whole mention, honorific and possessive included ("Mr. Cruise's");
    ``words`` are the name's own words ("Cruise") and ``text`` their stretch of the document.
    """

    start: int
    end: int
    type: EntityType
    words: tuple[str, ...]
    text: str
    title_gender: Gender | None = None
    titled: bool = False

    @property
    def key(self) -> tuple[str, ...]:
        """The words compared when names are matched."""
        return name_key(self.words)


@lru_cache(maxsize=16384)  # asked again and again for the same few names while clusters form
def name_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """Case-, apostrophe- and full-stop-insensitive form of a name's words, a given name's spellings as one
    ("Viktor" = "Victor")."""
    spelling = first_names().spelling
    return tuple(spelling(word.translate(_APOSTROPHES).casefold().rstrip(".")) for word in words)


def find_named_mentions(doc: Doc) -> list[NamedMention]:
    """The entities of ``doc`` that dateline keeps, in text order, mapped to dateline's types."""
    labels = entity_types().labels
    mentions = []
    for span in _with_particles_joined(doc):
        entity_type = labels.get(span.label_) or ("OTHER" if _misread_name(span) else None)
        if entity_type is None:
            continue
        if entity_type in _SPEAKING_TYPES and _quoted_speaker(span):
            entity_type = "PERSON"
        if entity_type == "PERSON":
            span = _with_missed_surname(doc, span)
        mention = _clean(doc, span, entity_type)
        if mention is not None:
            mentions.append(mention)
    for span in _unlabelled_people(doc):
        mention = _clean(doc, span, "PERSON")
        if mention is not None:
            mentions.append(mention)
    mentions = _split_coordinated(doc, sorted(mentions, key=lambda mention: mention.start))
    retyped = [
        _retype_titled(doc, _retype_numbered(doc, _retype_award(doc, _retype_event(_retype_programme(_retype_organisation(m))))))
        for m in mentions
    ]
    retyped = _retype_home_places(doc, _retype_described_people(doc, _retype_companies(doc, retyped)))
    retyped = _retype_the_names(doc, [_person_before_noun(doc, m) for m in retyped])
    return _share_surnames(doc, _retype_paired_given_names(doc, _retype_people(_retype_played_in(doc, retyped))))


#: Types the NER gives a person's name that the names stage does not take back (a work may share a surname:
#: "Ray" and Ray Charles), unless the name says what someone said.
_SPEAKING_TYPES = frozenset({"WORK", "EVENT"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _with_particles_joined(doc: Doc) -> list[Span]:
    """The NER's entities, a person's name it cut at a lower-case particle made whole: "Sandra den" + "Hamer"
    (typed ORG), "Ursula" + "von der Leyen", "Sandra den Hamer" with only "Hamer" found. Particles join a name
    only after a capitalised given name or a name typed PERSON, and before a capitalised word."""
    joined: list[Span] = []
    for span in doc.ents:
        before = joined[-1] if joined else None
        given = _given_before_particles(doc, span)
        if given is None or not _opens_name(doc, doc[given], before):
            joined.append(_with_trailing_surname(doc, span))
            continue
        start = before.start if before is not None and before.start <= given < before.end else given
        joined = [ent for ent in joined if ent.end <= start]
        joined.append(Span(doc, start, span.end, label="PERSON"))
    return joined


def _given_before_particles(doc: Doc, span: Span) -> int | None:
    """The word before the particles that open ``span`` ("den Hamer") or stand right before it ("den" +
    "Hamer"), when there are any."""
    if _particles_end(doc, span.start) > span.start:
        return span.start - 1 if span.start > 0 else None
    first = span.start
    while first > 0 and (doc[first - 1].text in person_nouns().name_particles or _hyphen_glued(doc, first - 1)):
        first -= 1
    if first == span.start or first == 0 or _particles_end(doc, first) != span.start:
        return None
    return first - 1


def _with_trailing_surname(doc: Doc, span: Span) -> Span:
    """ "Sandra den" + "Hamer" the NER left untyped: a person's name ending with particles takes the capitalised
    word after them."""
    last = span.end - 1
    if span.label_ != "PERSON" or span.end == len(doc) or doc[span.end].ent_iob_ != "O":
        return span
    while last > span.start and doc[last].text in person_nouns().name_particles:
        last -= 1
    if last == span.end - 1 or _particles_end(doc, last + 1) != span.end:
        return span
    return Span(doc, span.start, span.end + 1, label=span.label)


def _opens_name(doc: Doc, given: Token, ent: Span | None) -> bool:
    """Whether ``given`` can open a name that particles continue: a capitalised given name, or a word of a name
    typed PERSON."""
    in_person = ent is not None and ent.label_ == "PERSON" and ent.start <= given.i < ent.end
    return given.is_title and (in_person or first_names().gender(given.text) is not None)


def _particles_end(doc: Doc, start: int) -> int:
    """The end of the lower-case name particles from ``start`` ("von der", "al-"), when a capitalised word
    follows them; ``start`` when there are none."""
    particles = person_nouns().name_particles
    end = start
    while end < len(doc) and doc[end].text in particles and doc[end].tag_ not in _NOT_PARTICLE_TAGS:
        end += 1
        if end < len(doc) and _hyphen_glued(doc, end):
            end += 1  # "al-Assad"
    if end == start or end == len(doc) or not (doc[end].is_title and doc[end].is_alpha):
        return start
    return end


#: Tags of a particle's spelling as an English word ("gave Anna ten Oscars").
_NOT_PARTICLE_TAGS = frozenset({"CD", "VB", "VBP", "VBZ", "VBD"})


def _quoted_speaker(span: Span) -> bool:
    """ ""He wasn't great," Aleksashenko says', '"...," Mr Dams said': a name the NER typed a work or an event
    that is the subject of a speech verb with no object in a sentence with a quotation says something,
    which no work or event does ("Sideways tells the story", "The Good Book says that" are left alone)."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ not in entity_types().speaker_verbs or span[0].lower_ == "the":
        return False
    if any(child.dep_ in {"dobj", "dative"} for child in verb.children):
        return False
    return any(token.text in _QUOTES for token in span.sent)


def _misread_name(span: Span) -> bool:
    """ "Eghagha was born ...": a lone proper noun the NER typed DATE or TIME that is no calendar word."""
    if span.label_ not in entity_types().misread_labels or len(span) != 1:
        return False
    token = span[0]
    words = calendar_words()
    lower = token.lower_
    return token.pos_ == "PROPN" and token.is_title and lower not in words and lower.removesuffix("s") not in words


def _retype_organisation(mention: NamedMention) -> NamedMention:
    """ "Stan Lee Media", "Miramax Films", "Manchester United": a person's or a place's name ending with a
    company's or a club's word is the company or the club."""
    if mention.type not in _PLACE_TYPES | {"PERSON"} or len(mention.words) < 2 or mention.titled:
        return mention
    last = mention.key[-1]
    return replace(mention, type="ORG") if last in entity_types().organisation_words else mention


def _retype_programme(mention: NamedMention) -> NamedMention:
    """ "The Catherine Tate Show", "Steve Harvey Morning Show": a name typed PERSON that ends with a
    programme word is the programme named after its host (WORK), which the host's name alone does not join."""
    if mention.type != "PERSON" or len(mention.words) < 2 or mention.titled:
        return mention
    return replace(mention, type="WORK") if mention.key[-1] in entity_types().programme_words else mention


#: Types the NER gives festivals and awards named after a place ("the Berlin Film Festival", "the Booker Prize").
_PLACE_TYPES = frozenset({"GPE", "LOC"})
#: Types the NER gives an award's own name ("an Oscar", "a Grammy"): an ORG or NORP one (the academy, "the
#: Grammys" and "Grammy-winning") is left alone, since the facts stage takes organisations as awards already.
_AWARD_NAME_TYPES = _PLACE_TYPES | {"PERSON", "WORK"}
_ARTICLES = frozenset({"a", "an", "the"})


def _retype_award(doc: Doc, mention: NamedMention) -> NamedMention:
    """ "The Milton Shulman Award", "Ray Award", "the South Bank Award": a person's or a place's name ending
    with an award word is the award named after them (OTHER, which no pronoun makes a person); an award's
    own name the NER took for a person, a work or a place is the award too ("an Oscar", "a Golden Globe"),
    and so is a person's or work's name that modifies an award word after it ("a Cesar prize", "his 15th Brit
    award"; not the place of "the Directors Guild of Great Britain awards")."""
    if mention.titled:
        return mention
    if mention.type in _AWARD_NAME_TYPES - _PLACE_TYPES and _names_award(doc, mention):
        return replace(mention, type="OTHER")
    if mention.type in _AWARD_NAME_TYPES and " ".join(_without_article(mention.key)) in entity_types().award_names:
        return replace(mention, type="OTHER")
    ending = mention.type in _PLACE_TYPES | {"PERSON"} and len(mention.words) > 1
    return replace(mention, type="OTHER") if ending and mention.key[-1] in entity_types().award_words else mention


def _names_award(doc: Doc, mention: NamedMention) -> bool:
    """Whether the name modifies an award word written in lower case right after it ("a Cesar prize")."""
    if mention.end >= len(doc) or doc[mention.end - 1].tag_ == "POS":
        return False  # "Tom's award": what he won
    after = doc[mention.end]
    return after.is_lower and after.lower_ in entity_types().award_words and doc[mention.start : mention.end].root.head.i == after.i


def _retype_event(mention: NamedMention) -> NamedMention:
    """ "the Berlin Film Festival", "the Meteor Awards", "the Golden Globes": a place's name ending with an
    event word is the festival or ceremony held there, an EVENT (what one performs at or attends)."""
    if mention.type not in _PLACE_TYPES or len(mention.words) < 2:
        return mention
    return replace(mention, type="EVENT") if mention.key[-1] in entity_types().event_words else mention


def _retype_numbered(doc: Doc, mention: NamedMention) -> NamedMention:
    """ "Shrek 2": a name the NER typed PERSON that ends with a number in figures is no one's name but a
    numbered work's (a sequel), or a band's when a band noun stands before it ("US band Maroon 5") or it owns
    a work ("Maroon 5's album")."""
    last = mention.words[-1]
    if mention.type != "PERSON" or len(mention.words) < 2 or not (last.isdigit() and len(last) <= 2):
        return mention
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return replace(mention, type="ORG" if before in person_nouns().band_nouns or _owns_work(doc, mention) else "WORK")


def _retype_titled(doc: Doc, mention: NamedMention) -> NamedMention:
    """ "the musical Billy Elliot", "Elvis' single Jailhouse Rock", "the film Ray": a name the NER typed PERSON
    right after a work noun (work_nouns.yaml) that modifies it, or that it is set beside, is the work's
    title. Not "every track Robbie has released", where the name opens a clause of its own."""
    if mention.type != "PERSON" or mention.titled or mention.start == 0:
        return mention
    noun = doc[mention.start - 1]
    if noun.pos != NOUN or noun.lower_ not in work_nouns().nouns:
        return mention
    modifies_name = mention.start <= noun.head.i < mention.end
    set_beside = doc[mention.start : mention.end].root.head.i == noun.i
    return replace(mention, type="WORK") if modifies_name or set_beside else mention


def _retype_companies(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "film studio New Line", "literary agency Curtis Brown", "his old club Portsmouth": a name the NER typed a
    person or a place right after a company noun (``company_nouns``) that modifies it, or that it is set beside,
    is the company's or club's, and so is the same name written again in the article typed a person or a place
    ("New Line feared ..."). Not "the firm Tom Hale founded", where the name opens a clause of its own."""
    companies = {mention.key for mention in mentions if _after_company_noun(doc, mention)}
    if not companies:
        return mentions
    return [
        replace(mention, type="ORG") if mention.key in companies and _retypable(mention) else mention
        for mention in mentions
    ]


def _retype_described_people(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "Viotti, director of La Fenice", "Rinat Akhmetov, the country's richest man": a name the NER typed an
    organisation or a place with a person noun in apposition (a gender noun, a description, an occupation, a
    role or one of ``appositive_people``: "a student") is a person's, and so is the same name written again. Not a name in capitals ("PIC DU JOUR"), which
    may be a heading the parser hung a noun on."""
    people = {mention.key for mention in mentions if _described_as_person(doc, mention)}
    if not people:
        return mentions
    return [
        replace(mention, type="PERSON") if mention.key in people and mention.type in _DESCRIBED_TYPES else mention
        for mention in mentions
    ]


_HOME_PREPOSITIONS = frozenset({"from", "for", "of"})


def _retype_home_places(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "a fisherman from Whitby", "the MP for Ashcombe": a one-word name typed an organisation or a person
    where a place of origin or a seat goes (``origin_nouns``, ``seat_offices``) is a place (GPE), and so is
    the same name written again typed the same way."""
    places = {(mention.key, mention.type) for mention in mentions if _home_place(doc, mention)}
    if not places:
        return mentions
    return [replace(mention, type="GPE") if (mention.key, mention.type) in places else mention for mention in mentions]


def _home_place(doc: Doc, mention: NamedMention) -> bool:
    if mention.start == 0 or doc[mention.start - 1].lower_ not in _HOME_PREPOSITIONS:
        return False  # most names (asked first: the cheapest test)
    if mention.type not in {"ORG", "PERSON"} or len(mention.words) != 1 or mention.text.isupper() or mention.titled:
        return False
    root = doc[mention.start : mention.end].root
    preposition, types = root.head, entity_types()
    if root.dep_ != "pobj" or preposition.i != mention.start - 1:
        return False
    noun = preposition.head.lower_
    if preposition.lower_ == "from":
        return noun in types.origin_nouns and preposition.head.pos == NOUN
    if preposition.lower_ not in {"for", "of"} or noun not in types.seat_offices:
        return False
    return noun != "member" or any(child.lower_ == "parliament" for child in preposition.head.subtree)


#: Types the NER gives a person's name that an appositive person noun overrides.
_DESCRIBED_TYPES = _PLACE_TYPES | {"ORG"}


def _described_as_person(doc: Doc, mention: NamedMention) -> bool:
    if mention.type not in _DESCRIBED_TYPES or mention.text.isupper():
        return False
    root = doc[mention.start : mention.end].root
    nouns = [child for child in root.children if child.dep_ == "appos" and child.i >= mention.end]
    if root.dep_ == "appos" and root.head.i < mention.start:
        nouns.append(root.head)
    return any(noun.pos == NOUN and _person_noun(noun.lower_) for noun in nouns)


def _person_noun(word: str) -> bool:
    nouns = person_nouns()
    return nouns.role_noun(word) or word in nouns.gender_nouns or word in nouns.appositive_people


def _retypable(mention: NamedMention) -> bool:
    return mention.type in _PLACE_TYPES | {"PERSON"} and not mention.titled


def _after_company_noun(doc: Doc, mention: NamedMention) -> bool:
    if not _retypable(mention) or mention.start == 0:
        return False
    noun = doc[mention.start - 1]
    if noun.pos != NOUN or noun.lower_ not in entity_types().company_nouns:
        return False
    modifies_name = mention.start <= noun.head.i < mention.end
    return (modifies_name or doc[mention.start : mention.end].root.head.i == noun.i) and not _opens_clause(doc, mention)


def _opens_clause(doc: Doc, mention: NamedMention) -> bool:
    """ "the firm Mervin Hale founded", which the parser may read as an apposition: a verb with no subject of
    its own right after the name, whose subject the name is."""
    if mention.end >= len(doc):
        return False
    verb = doc[mention.end]
    finite = verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ", "VBP"}
    return finite and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def _person_before_noun(doc: Doc, mention: NamedMention) -> NamedMention:
    """ "the Robert de Niro thriller", "the Ray Charles biopic": a lower-case "the", a person's name (a given
    name first, two or three words besides particles) and the noun it modifies; the NER ran "the" into the
    name and may have typed it ORG or a place. The name is the person's, without "the"."""
    words = mention.words
    if len(words) < 3 or words[0] != "the" or first_names().gender(words[1]) is None:
        return mention
    particles = person_nouns().name_particles
    name = [word for word in words[1:] if word not in particles]
    types = entity_types()
    if not 2 <= len(name) <= 3 or not all(word[:1].isupper() for word in name):
        return mention
    if name[-1].lower() in types.organisation_words | types.award_words | types.event_words:
        return mention
    noun = doc[mention.end] if mention.end < len(doc) else None
    if noun is None or noun.lemma_ not in work_nouns().nouns:
        return mention  # "the George Washington Bridge lane closures", "the X theatre academy": a place's name
    start = mention.start + 1
    return replace(mention, start=start, type="PERSON", words=words[1:], text=doc[start : mention.end].text)


def _retype_the_names(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "The Rebel Heir has averaged five million viewers": a name the NER typed PERSON that opens with "The" is
    a work's title, not a person's name; not a plural one ("The Black Eyed Peas": a band, left as the NER typed
    it, as bands are), one owning something ("The Prodigy's album"), one the text has speak ("The Edge said") nor one a
    person noun stands before somewhere ("rapper The Game": a stage name)."""
    opening = {mention.key for mention in mentions if _the_person(mention)}
    if not opening:
        return mentions
    people = {
        mention.key
        for mention in mentions
        if mention.key in opening and (_speaks(doc, mention) or _after_person_noun(doc, mention))
    }
    return [
        replace(mention, type="WORK")
        if _the_person(mention) and mention.key not in people and not _plural_or_owner(doc, mention)
        else mention
        for mention in mentions
    ]


def _the_person(mention: NamedMention) -> bool:
    return mention.type == "PERSON" and len(mention.words) > 1 and mention.words[0] == "The"


def _after_person_noun(doc: Doc, mention: NamedMention) -> bool:
    return mention.start > 0 and person_nouns().is_nominal(doc[mention.start - 1].lower_)


def _speaks(doc: Doc, mention: NamedMention) -> bool:
    root = doc[mention.start : mention.end].root
    return root.dep_ == "nsubj" and root.head.lemma_ in entity_types().speaker_verbs


def _plural_or_owner(doc: Doc, mention: NamedMention) -> bool:
    """Whether the name ends with a plural word (a group's name), owns what follows it or modifies a noun."""
    last = doc[mention.end - 1]
    following = doc[mention.end] if mention.end < len(doc) else None
    if following is not None and following.is_lower and following.pos_ == "NOUN":
        return True  # "The Ray Vale biopic": the name of what the noun is about
    owner = last.tag_ == "POS" or (following is not None and following.tag_ == "POS")
    word = mention.words[-1]
    plural = (word.endswith("s") and not word.endswith("ss")) or last.tag_ in {"NNS", "NNPS"}  # tagged NNP: "Peas"
    return owner or plural


def _retype_played_in(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "playing Lena Vask in Vask", "his performance as Lena Vask in Lena": a short form right after "in" and
    the person's full name is the work she is played in (a person is not in herself). And "won best actress
    for Vask" or "Vask director Tom Hale" where the article names a work "Vask" too: the award is for the
    work, the director made it. Both are WORK, which keeps
    them out of the person's entity (not "best actor for Tom Hale", no work's name)."""
    played_in = {index for index in range(1, len(mentions)) if _in_own_name(doc, mentions[index - 1], mentions[index])}
    works = {mention.key for index, mention in enumerate(mentions) if mention.type == "WORK" or index in played_in}
    return [
        replace(mention, type="WORK")
        if index in played_in
        or (
            mention.type == "PERSON"
            and mention.key in works
            and (_credited_for(doc, mention.start) or _crediting(doc, mention, mentions))
        )
        else mention
        for index, mention in enumerate(mentions)
    ]


def _in_own_name(doc: Doc, person: NamedMention, mention: NamedMention) -> bool:
    """Whether ``mention``, named as a person, follows "<person> in" and its words are some of the person's
    longer name."""
    return (
        person.type == mention.type == "PERSON"
        and not mention.titled
        and mention.start == person.end + 1
        and doc[person.end].lower_ == "in"
        and len(mention.key) < len(person.key)
        and set(mention.key) <= set(person.key)
    )


def _credited_for(doc: Doc, start: int) -> bool:
    """Whether the words before ``start`` are "best <credit noun> for" ("best actress for")."""
    if start < 3:
        return False
    best, noun, for_ = doc[start - 3], doc[start - 2], doc[start - 1]
    return best.lower_ == "best" and noun.lower_ in work_nouns().credit_nouns and for_.lower_ == "for"


def _crediting(doc: Doc, mention: NamedMention, mentions: list[NamedMention]) -> bool:
    """Whether a credit noun and a person's name follow the mention ("Vask director Tom Hale"): the name
    before them is the work the person made or acted in."""
    if mention.end + 1 >= len(doc) or doc[mention.end].lower_ not in work_nouns().maker_nouns:
        return False
    return any(other.start == mention.end + 1 and other.type == "PERSON" for other in mentions)


def _owns_work(doc: Doc, mention: NamedMention) -> bool:
    """Whether the mention is the possessor of a work noun ("Maroon 5's album Songs About Jane")."""
    if doc[mention.end - 1].tag_ != "POS":
        return False
    owned = doc[mention.start : mention.end - 1].root.head  # the parser has it "poss" or "nmod"
    return owned.lemma_.lower() in work_nouns().nouns


def _without_article(key: tuple[str, ...]) -> tuple[str, ...]:
    return key[1:] if len(key) > 1 and key[0] in _ARTICLES else key


_AND = frozenset({"and", "&"})
#: Types of the names the NER runs over a comma between two names it knows apart ("Walliams, Lucas").
_LISTED_TYPES = frozenset({"PERSON", "ORG"})
_LIST_OPENERS = frozenset({",", "such", "as", "including", "like"})
_FEATURING = frozenset({"featuring", "feat", "feat.", "ft", "ft."})


def _split_coordinated(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """Two names the NER joined over "and" or "&" as two mentions: when a plural person noun stands
    before them ("rappers Lil Vee & Big Dee") or each is named on its own elsewhere in the article
    ("Free and Bad Company" with "Free" and "Bad Company" named apart). A duo's or a title's name
    ("Hide and Seek", "Ant & Dec") is none of these and stays whole. Names joined over "featuring"
    ("The Vales featuring Orrin Vask") are always two: no act's name has the word inside it. Two names
    the NER ran over a comma ("Walliams, Lucas" typed ORG) are two when each is named apart elsewhere and
    one is a person's ("Tiruchirappalli, Tamil Nadu" stays one); so are three or more over commas ("King,
    Cohen, Trump's")."""
    known = {mention.key for mention in mentions}
    people = {mention.key[-1:] for mention in mentions if mention.type == "PERSON"}
    known |= people
    split: list[NamedMention] = []
    for mention in mentions:
        featured = _coordinated_parts(doc, mention, joiners=_FEATURING) if mention.type != "WORK" else None
        if featured is not None:
            split.extend(replace(part, type=_known_type(part, mentions, default=mention.type)) for part in featured)
            continue
        listed = _comma_parts(doc, mention) if mention.type in _LISTED_TYPES else None
        if (
            listed is not None
            and all(part.key in known for part in listed)
            and any(part.key in people or part.key[-1:] in people for part in listed)
        ):
            split.extend(replace(part, type=_known_type(part, mentions, default=mention.type)) for part in listed)
            continue
        parts = _coordinated_parts(doc, mention, joiners=_AND)
        if parts is None:
            split.append(mention)
            continue
        plural = _plural_people_before(doc, mention.start)
        if not plural and not all(part.key in known and part.key != mention.key for part in parts):
            split.append(mention)
            continue
        for part in parts:
            known_type = _known_type(part, [m for m in mentions if m is not mention], default=mention.type)
            split.append(replace(part, type="PERSON" if plural == "PERSON" else known_type))
    return split


def _known_type(part: NamedMention, mentions: list[NamedMention], *, default: EntityType) -> EntityType:
    """The type of another mention with ``part``'s name, or else ``default``."""
    return next((other.type for other in mentions if other.key == part.key), default)


def _coordinated_parts(doc: Doc, mention: NamedMention, *, joiners: frozenset[str]) -> list[NamedMention] | None:
    """The two names either side of the one joiner ("and", "&" or "featuring") inside ``mention``,
    each capitalised."""
    inside = range(mention.start, mention.end)
    joins = [i for i in inside if doc[i].lower_ in joiners]
    if len(joins) != 1 or mention.titled or any(doc[i].text in {",", "(", ")", "of"} for i in inside):
        return None
    if any(doc[i].is_sent_start or doc[i].text.endswith(".") for i in inside[1:]):
        return None  # "Ant and Dec. She": the NER ran over a sentence end
    return _parts_around(doc, mention, joins[0])


def _comma_parts(doc: Doc, mention: NamedMention) -> list[NamedMention] | None:
    """The names between the commas inside ``mention`` ("Walliams, Lucas"; "King, Cohen, Trump's"), each
    capitalised."""
    commas = [i for i in range(mention.start, mention.end) if doc[i].text == ","]
    if not commas or mention.titled:
        return None
    return _parts_between(doc, mention, commas)


def _parts_around(doc: Doc, mention: NamedMention, separator: int) -> list[NamedMention] | None:
    """The names before and after the word at ``separator`` inside ``mention``, if both are capitalised
    names."""
    return _parts_between(doc, mention, [separator])


def _parts_between(doc: Doc, mention: NamedMention, separators: list[int]) -> list[NamedMention] | None:
    """The names between the words at ``separators`` inside ``mention``, if all are capitalised names."""
    parts = []
    starts, ends = [mention.start, *(i + 1 for i in separators)], [*separators, mention.end]
    for start, end in zip(starts, ends, strict=True):
        if start >= end or not doc[start].text[:1].isupper():
            return None
        part = _clean(doc, Span(doc, start, end), mention.type)
        if part is None:
            return None
        parts.append(part)
    return parts


def _plural_people_before(doc: Doc, start: int) -> EntityType | None:
    """"rappers X & Y" -> PERSON, "bands X and Y" -> ORG: a plural noun for people or acts right before."""
    if start == 0 or doc[start - 1].tag_ != "NNS":
        return None
    nouns = person_nouns()
    word = doc[start - 1]
    if word.lemma_.lower() in nouns.band_nouns:
        return "ORG"
    return "PERSON" if nouns.is_nominal(word.lemma_.lower()) or word.lower_ in nouns.plural_nouns else None


def _retype_paired_given_names(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "Talia and Marco are friends": a one-word name the NER typed a work, coordinated with a name typed
    PERSON, that is the given name of a person the article names in full, is that person's (a film named
    after its hero, "Ray", is seldom coordinated with someone's name)."""
    works = [mention for mention in mentions if mention.type == "WORK" and len(mention.words) == 1]
    if not works:
        return mentions  # most articles
    people = [mention for mention in mentions if mention.type == "PERSON"]
    given = {mention.key[0] for mention in people if len(mention.words) > 1}
    person_at = {i for mention in people for i in range(mention.start, mention.end)}
    paired = {id(work) for work in works if work.key[0] in given and _coordinated_with(doc, work, person_at)}
    return [replace(mention, type="PERSON") if id(mention) in paired else mention for mention in mentions]


def _coordinated_with(doc: Doc, mention: NamedMention, person_at: set[int]) -> bool:
    root = doc[mention.start : mention.end].root
    partners = [child.i for child in root.children if child.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head.i)
    return any(i in person_at for i in partners)


def _retype_people(mentions: list[NamedMention]) -> list[NamedMention]:
    """People the NER typed otherwise: a given name then a surname ("LENA Marsh" in an all-caps lede,
    tagged ORG), and that surname alone elsewhere in the article ("Marsh" tagged ORG)."""
    names = first_names()
    people = [
        replace(mention, type="PERSON")
        if mention.type in ("ORG", "GPE", "LOC", "OTHER")  # works are often named after people: "John Wick"
        and 2 <= len(mention.words) <= 3
        and names.gender(mention.words[0]) is not None
        and mention.key[-1] not in entity_types().organisation_words  # "Stan Lee Media"
        and mention.key[-1] not in entity_types().award_words  # "Satyajit Ray Award"
        and all(word[:1].isupper() for word in mention.words if word.isalpha() and len(word) > 3)
        else mention
        for mention in mentions
    ]
    surnames = {m.key[-1] for m in people if m.type == "PERSON" and len(m.words) > 1}
    return [
        replace(mention, type="PERSON") if mention.type == "ORG" and len(mention.words) == 1 and mention.key[0] in surnames
        else mention
        for mention in people
    ]


def _share_surnames(doc: Doc, mentions: list[NamedMention]) -> list[NamedMention]:
    """ "Robin and Barry Gibb", "David and Victoria Beckham": a lone given name joined by "and" to a
    person's full name shares its surname, so that the first person is no mere "Robin". Not in a list
    of names, where the lone name is a stage name ("Paul Simon, Madonna and David Bowie")."""
    names = first_names()
    shared = list(mentions)
    for index, (lone, full) in enumerate(pairwise(mentions)):
        if (
            lone.type == "PERSON"
            and full.type == "PERSON"
            and len(lone.words) == 1
            and len(full.words) >= 2
            and full.start == lone.end + 1
            and doc[lone.end].lower_ in _AND
            and names.gender(lone.words[0]) is not None
            and names.gender(full.words[0]) is not None
            and (lone.start == 0 or not _lists_before(doc[lone.start - 1]))
        ):
            shared[index] = replace(lone, words=(lone.words[0], *full.words[1:]))
    return shared


def _lists_before(token: Token) -> bool:
    """Whether the word before a name makes it one of a list of names, where a lone name is a stage name
    ("Paul Simon, Madonna and David Bowie", "stars such as Madonna and Elton John"), or ends a name."""
    return token.text[:1].isupper() or token.lower_ in _LIST_OPENERS


def _with_missed_surname(doc: Doc, span: Span) -> Span:
    """ "Guitarist Brian" + "May": a person's name that ends with a given name, extended over the
    capitalised proper noun the NER left out right after it (a surname that is also a month or a word)."""
    end = span.end
    if end >= len(doc) or first_names().gender(doc[end - 1].text) is None:
        return span
    following = doc[end]
    missed = following.tag_ == "NNP" and following.ent_iob_ == "O" and following.is_title and following.is_alpha
    if not missed or following.is_sent_start or (end + 1 < len(doc) and doc[end + 1].tag_ == "NNP"):
        return span
    return Span(doc, span.start, end + 1, label=span.label)


def _unlabelled_people(doc: Doc) -> list[Span]:
    """Names the NER missed that start with a known given name ("Megan", "Isabel Ortiz")."""
    names = first_names()
    # parts of speech as numbers first: a Token for every word would cost more than the test
    proper = [pos == PROPN for pos in doc.to_array("POS").tolist()]
    spans = []
    i = 0
    while i < len(doc):
        if not proper[i] or (i > 0 and proper[i - 1]):
            i += 1
            continue
        token = doc[i]
        if token.ent_iob_ != "O" or names.gender(token.text) is None or not token.text[:1].isupper():
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and proper[end] and doc[end].ent_iob_ == "O":
            end += 1
        surname = _particles_end(doc, end)
        if surname > end and doc[surname].ent_iob_ == "O":
            end = surname + 1  # "John le Carre": the particles and the surname after them
        if end == len(doc) or doc[end].ent_iob_ == "O" or doc[end].ent_iob_ == "B":
            spans.append(Span(doc, i, end, label="PERSON"))
        i = end
    return spans


def _clean(doc: Doc, span: Span, entity_type: EntityType) -> NamedMention | None:
    honorifics = person_nouns().honorifics
    tokens = list(span)
    unsaid = _quoted_name_marks(doc, tokens) if entity_type == "PERSON" else set()
    if entity_type == "PERSON":
        breaks = [
            i
            for i, t in enumerate(tokens)
            if (t.is_punct or _symbol(t)) and t.whitespace_ and t.text != "." and t.i not in unsaid
        ]
        if breaks:
            after = tokens[breaks[-1] + 1 :]  # "Vera Drake - Leigh's": the name is after the dash
            # ... unless nothing after it is a name: "Graham King - with" ends at the dash
            tokens = after if any(t.text[:1].isupper() for t in after) else tokens[: breaks[-1]]
    while tokens and (tokens[-1].is_punct or _symbol(tokens[-1]) or tokens[-1].tag_ == "POS" or _link(tokens[-1])):
        tokens.pop()  # a link after a name ("Massachusetts Playbook http://...") is no part of it
    while tokens and (tokens[0].is_punct or _symbol(tokens[0]) or _link(tokens[0]) or _question_modal(tokens[0])):
        tokens.pop(0)
    while len(tokens) > 1 and _leading_preposition(tokens[0]):
        tokens.pop(0)  # "the natural home of Top of the Pops": the NER ran the "of" into the title
    while (cut := _trailing_role(tokens)) > 0:
        # "Friends co-star": the role names someone unnamed; what is left is no person (a show, an employer)
        tokens = [] if entity_type == "PERSON" else tokens[:-cut]
    if tokens and _opens_with_credit(doc, tokens, entity_type):
        tokens = _after_credit(tokens)
    if not tokens:
        return None
    if unsaid and min(unsaid) == tokens[0].i - 1:
        tokens.insert(0, doc[min(unsaid)])  # the opening mark of '"Sam" Reed' the NER left out
    while tokens[0].i >= 2 and _hyphen_glued(doc, tokens[0].i - 1):
        tokens = [doc[tokens[0].i - 2], doc[tokens[0].i - 1], *tokens]  # "Day-" + "Lewis"
    start, end = tokens[0].i, tokens[-1].i + 1
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1  # "Tom's": the possessive marker belongs to the mention, not to the name
    title_gender: Gender | None = None
    titled = False
    if entity_type == "PERSON":
        if len(tokens) > 1 and tokens[0].lower_ in person_nouns().occupations:
            tokens = tokens[1:]  # "Rapper Eminem" opening a sentence: the occupation is not the name
            start = tokens[0].i
        if len(tokens) == 1 and _plural_acronym(tokens[0].text):
            return None  # "MPs", "CEOs": a plural common noun, no one's name
        if len(tokens) == 1 and _acronym(tokens[0].text):
            entity_type = "ORG"  # "ABC", "R&B", "ITV1": not a person's name
        if len(tokens) > 1 and _honorific(tokens[0].text) in honorifics:
            title_gender, titled = honorifics[_honorific(tokens[0].text)], True
            tokens = [token for token in tokens[1:] if token.i > tokens[0].i + 1 or token.text != "."]
        elif start > 0 and _honorific(doc[start - 1].text) in honorifics and doc[start - 1].is_title:
            title_gender, titled = honorifics[_honorific(doc[start - 1].text)], True
            start -= 1
    if not tokens:
        return None
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    said = "".join(_with_space(token, unsaid) for token in tokens if token.i not in unsaid)
    words = tuple(said.split())  # hyphenated and apostrophe names stay one word: "Day-Lewis", "O'Neill"
    if not any(character.isupper() or character.isdigit() for character in text) or _party_tag(doc, start, text):
        return None
    return NamedMention(start, end, entity_type, words, text, title_gender, titled)


def _quoted_name_marks(doc: Doc, tokens: list[Token]) -> set[int]:
    """The tokens of a name in quotes before a surname that are not its words: the marks of '"Sam" Reed'
    (a given name in quotes, whose opening mark the NER may leave out), and the marks and nickname of
    'Dave "Mudcat" Saunders' (after a given name). The closing mark is then no break in the name."""
    for close, after in pairwise(tokens):
        if not (close.is_quote and close.whitespace_ and after.is_title and close.i >= 2):
            continue
        quoted = doc[close.i - 1]
        opening = doc[close.i - 2]
        if not (opening.is_quote and not opening.whitespace_ and quoted.is_title and quoted.is_alpha):
            continue
        given = opening.i > tokens[0].i and doc[opening.i - 1].is_title
        return {opening.i, quoted.i, close.i} if given else {opening.i, close.i}
    return set()


def _with_space(token: Token, unsaid: set[int]) -> str:
    """The token's text and the space after it, also before a mark left out ('Sam"' -> "Sam ")."""
    return token.text + (token.whitespace_ or (" " if token.i + 1 in unsaid else ""))


def _leading_preposition(token: Token) -> bool:
    """A preposition in lower case opening a name ("of Top of the Pops"), which is no word of it; not a name
    particle ("de Armas", "van Gogh")."""
    return token.tag_ == "IN" and token.is_lower and token.lower_ not in person_nouns().name_particles


def _question_modal(token: Token) -> bool:
    """ "Will Trump be calm?": a modal opening a question, which the NER ran into the name after it (not
    "Will Young won", which the tagger may read so too)."""
    return token.tag_ == "MD" and token.dep_ == "aux" and token.sent[-1].text == "?"


def _party_tag(doc: Doc, start: int, text: str) -> bool:
    """ "Sen. Harry Reid (D-Nev.)", "Ted Cruz, R-Texas,": a party's letter and a state set off after a
    politician's name are no name of their own (unlike "D-Day")."""
    letter, hyphen, state = text.partition("-")
    tag = bool(hyphen) and letter in entity_types().party_letters and state[:1].isupper() and " " not in state
    return tag and start > 0 and doc[start - 1].text in {"(", ","}


#: Words before a name that say where a photo credit ends ("... | Getty McCrory calls", "AFP via Getty NATO").
_CREDIT_MARKS = frozenset({"|", "/", "via"})


def _opens_with_credit(doc: Doc, tokens: list[Token], entity_type: EntityType) -> bool:
    """Whether the name starts with a photo credit that runs into the headline after it. Names typed
    PERSON never start with one; an organisation may ("Getty Center"), so it needs a credit's mark before."""
    if tokens[0].lower_ not in entity_types().credit_words:
        return False
    start = tokens[0].i
    return entity_type == "PERSON" or start == 0 or doc[start - 1].lower_ in _CREDIT_MARKS


def _after_credit(tokens: list[Token]) -> list[Token]:
    """The name after the credit's words, or none when what follows is no proper noun ("Getty Everything
    you need to know")."""
    credit = entity_types().credit_words
    rest = list(dropwhile(lambda token: token.lower_ in credit, tokens))
    return rest if rest and rest[0].pos == PROPN else []


#: Unicode categories of emoji: symbols, modifiers (skin tones), variation selectors and joiners.
_PICTOGRAPH_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


def _symbol(token: Token) -> bool:
    """An emoji or other pictograph ("🎉", "★", "👍🏽"), which the NER may run into a name; not "&" or "$"."""
    return all(unicodedata.category(character) in _PICTOGRAPH_CATEGORIES for character in token.text)


def _link(token: Token) -> bool:
    """A web address with a path ("http://bit.ly/2cv"), unlike an outlet's domain name ("DailyMail.com")."""
    return token.like_url and "/" in token.text


def _plural_acronym(text: str) -> bool:
    return len(text) > 2 and text.endswith("s") and _acronym(text[:-1])


def _trailing_role(tokens: list[Token]) -> int:
    """How many tokens at the name's end spell a role noun in lower case ("co", "-", "star" of "Friends
    co-star"), leaving a name before them; 0 when none."""
    glued = 1
    while glued < len(tokens) and not tokens[-glued - 1].whitespace_:
        glued += 1
    word = "".join(token.text for token in tokens[-glued:])
    return glued if glued < len(tokens) and word.islower() and person_nouns().role_noun(word) else 0


def _acronym(text: str) -> bool:
    return len(text) > 1 and not any(character.islower() for character in text)


def _hyphen_glued(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining the words on either side without spaces."""
    glued = not doc[i].whitespace_ and not doc[i - 1].whitespace_
    return doc[i].text == "-" and glued and doc[i - 1].is_alpha


def _honorific(text: str) -> str:
    return text.casefold().rstrip(".")

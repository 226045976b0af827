"""Grouping a document's names into entities: full names, first names, surnames, titles, case variants.

People are matched on their words: "Ana de Armas", "ANA de Armas", "Ana", "de Armas" and "Ms de Armas"
are one person. A short form that fits several people ("Tom" with Tom Cruise and Tom Hanks) goes to
the one mentioned within the last few sentences when only one is, or to the only one named before it,
or to the one named last by a name of its own when no other one is mentioned since; otherwise it is
dropped rather than guessed. A short form that a kinship phrase sets apart from a full name ("Vell's father, Tomas
Vell") is another person. Other names are matched on their whole text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.symbols import NOUN, PROPN

from dateline.stages.entities.discourse import Cluster, Discourse, Ref
from dateline.stages.entities.lexicon import Gender, calendar_words, entity_types, first_names, person_nouns
from dateline.stages.entities.mentions import NamedMention, name_key

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cluster_names"]

#: Types a lone word that matches a person's name is often mislabelled as ("Cruise" as ORG).
_RETYPABLE = {"ORG", "GPE", "LOC", "NORP", "OTHER"}
#: Sentences back within which a short name that fits several people may still be placed.
_AMBIGUITY_WINDOW = 3
#: Dependencies climbed from a full name to the kinship word that names it ("the daughter of Tom and Orla
#: Vance"), and how many at most.
_KIN_LINKS = {"appos", "pobj", "prep", "conj", "compound"}
_KIN_PATH = 6
#: Dependents a common noun has and a surname standing alone does not ("the trump", "a winning trump").
_NOUN_MODIFIERS = {"det", "amod", "compound", "poss", "nummod"}


def cluster_names(discourse: Discourse, mentions: list[NamedMention]) -> None:
    """Add one cluster per distinct named entity in ``mentions`` to ``discourse``."""
    people = _People()
    by_key: dict[tuple[str, str], int] = {}
    persons = [mention for mention in mentions if mention.type == "PERSON"]
    # Longest names first, so that every short form meets the full names it may belong to.
    for mention in sorted(persons, key=lambda m: (-len(m.words), m.start)):
        _place_person(discourse, people, mention)
    for mention in mentions:
        if mention.type == "PERSON":
            continue
        if len(mention.words) <= 2 and mention.type in _RETYPABLE and not _place_after_the(discourse, mention):
            target = _unique_person(discourse, people, mention)
            if target is not None:
                _add_name(discourse, target, mention)
                continue
        key = (mention.type, _plain_key(mention))
        if key in by_key:
            _add_name(discourse, by_key[key], mention)
        else:
            cluster = Cluster(mention.type, [_ref(mention)], [mention.words], [mention.text])
            by_key[key] = discourse.new_cluster(cluster)
    _add_unlabelled_names(discourse, people)
    _appositive_genders(discourse, people)


#: Types of a name that after "the" is a place or a people, never a person's short form ("the West").
_PLACE_TYPES = {"GPE", "LOC", "NORP"}
_NOUNS = {NOUN, PROPN}


def _place_after_the(discourse: Discourse, mention: NamedMention) -> bool:
    """ "resentments toward the West" in an article about Kanye West: a name the NER typed a place or a people
    with "the" before it and no noun after it is that place, not the person sharing the word ("the Vask
    government" is the person's)."""
    doc = discourse.doc
    start, end = mention.start, mention.end
    if mention.type not in _PLACE_TYPES or start == 0 or doc[start - 1].lower_ != "the":
        return False
    return end == len(doc) or doc[end].pos not in _NOUNS


def _appositive_genders(discourse: Discourse, people: list[int]) -> None:
    """A gendered noun in apposition to a person's name gives the gender ("The woman, Robin Hale,",
    "Robin Hale, his wife,", "Robin Hale, an actress,", also "a woman called Robin Hale"), over the given
    name's usual one ("Robin")."""
    nouns = person_nouns()
    doc = discourse.doc
    # Each word's appositions, in text order (as ``Token.children`` gives them; reading those walks
    # the word's whole subtree, thousands of words for a name heading a long list).
    appositions: dict[int, list[Token]] = {}
    appos = doc.vocab.strings["appos"]  # compared as keys: no string made for each word's label
    for i, dep in enumerate(doc.to_array("DEP").tolist()):
        if dep == appos:
            appositions.setdefault(doc[i].head.i, []).append(doc[i])
    for number in people:
        cluster = discourse.clusters[number]
        genders = set()
        for ref in cluster.refs:
            root = doc[ref.start : ref.end].root
            described = list(appositions.get(root.i, ()))
            if root.dep_ == "appos" or _named_by(root):
                described.append(root.head if root.dep_ == "appos" else root.head.head)
            for noun in described:
                word = _hyphenated_word(noun)
                gender = nouns.gender_nouns.get(word) or (nouns.nominal_gender(word) if nouns.is_nominal(word) else None)
                if noun.pos_ == "NOUN" and gender is not None:
                    genders.add(gender)
        if len(genders) == 1 and not any(ref.kind == "name" and _titled_ref(discourse, ref) for ref in cluster.refs):
            cluster.gender = genders.pop()


def _named_by(root: Token) -> bool:
    """ "a woman called Ria Tansy", "a man named Tom": the name completes a naming verb (``naming_verbs``)
    that describes the noun before it, which gives the gender as an apposition does."""
    verb = root.head
    return root.dep_ == "oprd" and verb.dep_ == "acl" and verb.lemma_ in person_nouns().naming_verbs


def _hyphenated_word(noun: Token) -> str:
    """"ex-girlfriend" as one word, however the tokenizer split it."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    return noun.lower_


def _titled_ref(discourse: Discourse, ref: Ref) -> bool:
    """Whether the mention opens with an honorific ("Mr Hale"), whose gender is not overridden."""
    word = discourse.doc[ref.start].text.casefold().rstrip(".")
    return word in person_nouns().honorifics and ref.end - ref.start > 1


def _add_unlabelled_names(discourse: Discourse, people: list[int]) -> None:
    """Occurrences of a person's first name or surname, or one-word name, that the NER missed ("Cruise,
    62, looked ...", "R&B star Usher is leading")."""
    forms: dict[str, list[int]] = {}
    for number in people:
        full = max(discourse.clusters[number].names, key=len)
        if len(full) > 2 and name_key(full[-1:])[0] in person_nouns().name_suffixes:
            full = full[:-1]  # "Charles Evans Jr": the surname is "Evans"
        # a one-word name ("Usher") too, when it is not a word the NER would otherwise know
        for word in {full[0], full[-1]}:
            if word[:1].isupper() and len(word) > 2:
                forms.setdefault(word, []).append(number)
    honorifics = person_nouns().honorifics
    written = frozenset(discourse.texts)  # every word as written, to tell "Trump" from "a trump card"
    for token in discourse.tokens:
        owners = forms.get(discourse.texts[token.i])
        if owners is None:
            continue
        proper = token.pos_ == "PROPN" or token.tag_ == "NNP" or _misread_modal(token)
        proper = proper or (_misread_noun(token, written) and _full_named(discourse, owners))
        if not proper or discourse.covered(token.i, token.i + 1):
            continue
        title = _honorific_before(discourse, token.i, honorifics)
        if (token.ent_type_ and not _run_into_date(token)) or _attached(discourse, token.i, titled=title is not None):
            continue  # part of another name ("Cruise Line", "Day-Lewis") or of an entity typed otherwise
        if title is not None:
            owners = [n for n in owners if discourse.clusters[n].gender in {None, honorifics[title]}]
        owners = [n for n in owners if not _kin_apart(discourse, token.i, token.i + 1, discourse.clusters[n])]
        owners = _exact_first(discourse, owners, name_key((discourse.texts[token.i],)))
        if len(owners) > 1:
            owners = _namesake(discourse, owners, token)
        if len(owners) != 1:
            continue
        possessive = token.i + 1 < len(discourse.doc) and discourse.doc[token.i + 1].tag_ == "POS"
        end = token.i + 2 if possessive else token.i + 1
        discourse.add_ref(owners[0], Ref(token.i - 1 if title is not None else token.i, end, "name"))


def _run_into_date(token: Token) -> bool:
    """ "a nomination in 1986 - Bening had": a capitalised word that ends a span the NER typed DATE or TIME
    (``misread_labels``) and is no calendar word: a name the NER ran a date into."""
    doc = token.doc
    if token.ent_type_ not in entity_types().misread_labels or token.ent_iob_ != "I" or not token.is_title:
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # not the span's last word
    words = calendar_words()
    return token.lower_ not in words and token.lower_.removesuffix("s") not in words


def _namesake(discourse: Discourse, owners: list[int], token: Token) -> list[int]:
    """Of several people a surname the NER missed fits, the one a tagged short form would go to."""
    mention = NamedMention(token.i, token.i + 1, "PERSON", (token.text,), token.text)
    owners = _named_before(discourse, owners, mention)
    return _last_named(discourse, owners, mention) if len(owners) > 1 else owners


def _misread_noun(token: Token, written: frozenset[str]) -> bool:
    """ "Trump said he had watched": a capitalised surname tagged a common noun, bare (no determiner or
    modifier, as a common noun subject would have) and never written in lower case in the text
    (``written``: the text's words as written; "a trump card")."""
    if token.tag_ != "NN" or not token.is_title or not token.is_alpha:
        return False
    if any(child.dep_ in _NOUN_MODIFIERS for child in token.children):
        return False
    return token.lower_ not in written


def _full_named(discourse: Discourse, owners: list[int]) -> bool:
    """Whether each person is also named in full ("Donald Trump"), so that a lone word the tagger read
    as a noun is a short form of a name, not a word the NER once took for a name ("Zika")."""
    return all(len(max(discourse.clusters[number].names, key=len)) > 1 for number in owners)


def _misread_modal(token: Token) -> bool:
    """ "May performed": a surname that is also a modal, tagged as one before a verb no modal can take."""
    return token.tag_ == "MD" and token.is_title and token.head.tag_ in {"VBD", "VBZ"}


def _honorific_before(discourse: Discourse, i: int, honorifics: dict[str, Gender | None]) -> str | None:
    if i == 0:
        return None
    word = discourse.doc[i - 1].text.casefold().rstrip(".")
    return word if word in honorifics and discourse.doc[i - 1].text[:1].isupper() else None


def _place_person(discourse: Discourse, people: _People, mention: NamedMention) -> None:
    candidates = _exact_first(discourse, _fitting(discourse, people, mention), mention.key)
    if len(candidates) > 1 and mention.title_gender is not None:
        candidates = [n for n in candidates if discourse.clusters[n].gender in {None, mention.title_gender}]
    if len(candidates) > 1 and _set_apart(discourse, mention):
        return  # "the younger Mr. Trump": one of them, but not the one the rules below would find
    if len(candidates) > 1:
        named = _named_before(discourse, candidates, mention)
        # recent, and named before by a name that shows the form: "His wife Sharon" just before does not
        # make "Osbourne said" hers when she is named Sharon Osbourne only later
        recent = [number for number in _recent_only(discourse, candidates, mention) if number in named]
        candidates = recent if len(recent) == 1 else named
        if len(candidates) > 1:
            candidates = _last_named(discourse, candidates, mention)
        if len(candidates) != 1:
            return  # a short form shared by several people: no guess
    if candidates:
        _add_name(discourse, candidates[0], mention)
        return
    cluster = Cluster("PERSON", [_ref(mention)], [mention.words], [mention.text], gender=mention.title_gender)
    _set_name_gender(cluster)
    people.add(discourse.new_cluster(cluster), _full_key(cluster))


def _set_apart(discourse: Discourse, mention: NamedMention) -> bool:
    """Whether an adjective sets the short name apart from a namesake ("the younger Mr. Trump";
    ``namesake_adjectives`` in ``person_nouns.yaml``)."""
    root = discourse.doc[mention.start : mention.end].root
    return any(child.dep_ == "amod" and child.lower_ in person_nouns().namesake_adjectives for child in root.children)


def _fitting(discourse: Discourse, people: _People, mention: NamedMention) -> list[int]:
    """The people whose full name ``mention`` can be a form of, less those a kinship phrase sets it apart
    from ("Vell's father, Tomas Vell")."""
    return [
        number
        for number in people.may_fit(mention.key)
        if _fits(mention.key, discourse.clusters[number])
        and not _kin_apart(discourse, mention.start, mention.end, discourse.clusters[number])
    ]


class _People(list[int]):
    """The people's cluster numbers in the order they were named, indexed by the parts of their full
    names a shorter name may be (prefix, suffix, first and last word, ...: see ``_fits``), so that a
    name is not compared with every person of a document that names thousands."""

    def __init__(self) -> None:
        super().__init__()
        self._by_part: dict[tuple[object, ...], list[int]] = {}

    def add(self, number: int, full: tuple[str, ...]) -> None:
        """Append cluster ``number``, whose full name's key (``_full_key``) is ``full``."""
        position = len(self)
        self.append(number)
        suffixed = len(full) > 2 and full[-1] in person_nouns().name_suffixes
        parts: list[tuple[object, ...]] = [("=", full), ("ends", full[0], full[-1])] if full else [("=", full)]
        for size in range(1, len(full)):
            parts += [("<", full[:size]), (">", full[-size:])]
            parts += [("jr", full[-1 - size : -1])] if suffixed else []
        for part in dict.fromkeys(parts):
            self._by_part.setdefault(part, []).append(position)

    def may_fit(self, key: tuple[str, ...]) -> list[int]:
        """The people a name with words ``key`` may fit (all those it fits), in the order they were named."""
        if not key:
            return list(self)  # an empty name is a prefix of every name
        parts = [("=", key), ("<", key), (">", key), ("jr", key)] + ([("ends", key[0], key[-1])] if len(key) >= 2 else [])
        positions = {position for part in parts for position in self._by_part.get(part, ())}
        return [self[position] for position in sorted(positions)]


def _exact_first(discourse: Discourse, candidates: list[int], key: tuple[str, ...]) -> list[int]:
    """Of the people a name fits, the one named by exactly that name if there is one: a short name set
    apart from a relative's full name ("Makarov's father, Aleksandr Makarov") keeps its later mentions."""
    exact = [number for number in candidates if _full_key(discourse.clusters[number]) == key]
    return exact or candidates


def _kin_apart(discourse: Discourse, start: int, end: int, cluster: Cluster) -> bool:
    """Whether a kinship phrase in the sentence sets the short name apart from the full name it fits:
    "Orla's daughter, Orla Vance", "Orla was the daughter of Tom and Orla Vance", "Orla was born to Tom
    Vance and his wife Orla Vance" (``kin_nouns`` and ``kin_verbs`` in ``person_nouns.yaml``)."""
    doc = discourse.doc
    if not any(i in discourse.kin_bound for i in range(start, end)):
        return False  # no kinship word is tied to it: skip walking up from each of the cluster's names
    short = doc[start:end].root
    if short.i not in discourse.kin_bound:
        return False
    sentence = discourse.sentence_of[start]
    for ref in cluster.refs:
        if ref.kind != "name" or discourse.sentence_of[ref.start] != sentence or ref.start == start:
            continue
        kin = doc[ref.start : ref.end].root
        for _ in range(_KIN_PATH):
            if kin.dep_ not in _KIN_LINKS:
                break
            kin = kin.head
            if _kin_of(kin, short):
                return True
    return False


def _kin_of(kin: Token, short: Token) -> bool:
    """Whether ``kin`` is a kinship word that ``short`` owns, is, or is the subject of ("born")."""
    nouns = person_nouns()
    if kin.lower_ in nouns.kin_verbs:
        return any(child == short for child in kin.children if child.dep_ in {"nsubj", "nsubjpass"})
    if kin.lower_ not in nouns.kin_nouns:
        return False
    if any(child == short for child in kin.children if child.dep_ == "poss"):
        return True
    if kin.dep_ == "attr":
        return any(child == short for child in kin.head.children if child.dep_ == "nsubj")
    return kin.dep_ == "appos" and kin.head == short


def _attached(discourse: Discourse, i: int, *, titled: bool) -> bool:
    doc = discourse.doc
    glued_before = i > 1 and doc[i - 1].text == "-" and not (doc[i - 1].whitespace_ or doc[i - 2].whitespace_)
    glued_after = (
        i + 2 < len(doc) and doc[i + 1].text == "-" and not (doc[i].whitespace_ or doc[i + 1].whitespace_)
    )
    before = glued_before or (i > 0 and doc[i - 1].pos_ == "PROPN" and not titled)
    after = glued_after or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN")
    return before or after


def _fits(key: tuple[str, ...], cluster: Cluster) -> bool:
    """Whether a name with words ``key`` can be a form of ``cluster``'s full name."""
    full = _full_key(cluster)
    if key == full:
        return True
    if len(key) >= len(full):
        return False
    suffixed = len(full) > 2 and full[-1] in person_nouns().name_suffixes
    if suffixed and key == full[:-1]:
        return False  # "Charles Evans" beside "Charles Evans Jr": maybe his father
    if full[: len(key)] == key or full[-len(key) :] == key:
        return True
    # "John Kennedy" for "John F. Kennedy": same first and last word.
    if len(key) >= 2 and key[0] == full[0] and key[-1] == full[-1]:
        return True
    # "Evans", "Mr Evans" for "Charles Evans Jr"
    return suffixed and full[-1 - len(key) : -1] == key


def _full_key(cluster: Cluster) -> tuple[str, ...]:
    return name_key(max(cluster.names, key=len))


def _recent_only(discourse: Discourse, candidates: list[int], mention: NamedMention) -> list[int]:
    """The people among ``candidates`` mentioned in the last few sentences, less those a short form the
    narrator writes cannot be: people named so far only in someone's quoted words."""
    window = discourse.sentence_window(mention.start, _AMBIGUITY_WINDOW)
    return [
        number
        for number in candidates
        if any(window <= ref.start < mention.start for ref in discourse.clusters[number].refs)
        and _narrated(discourse, number, mention)
    ]


def _narrated(discourse: Discourse, number: int, mention: NamedMention) -> bool:
    """Whether a short form can be ``number`` for who is speaking: one in a quotation can be anyone, one
    the narrator writes only someone the narrator has named ("Governor, if Kitty Dukakis were ...",
    then "Dukakis seemed unperturbed" is the governor)."""
    if discourse.quote_of[mention.start] >= 0:
        return True
    refs = discourse.clusters[number].refs
    return any(ref.start < mention.start and discourse.quote_of[ref.start] < 0 for ref in refs)


def _named_before(discourse: Discourse, candidates: list[int], mention: NamedMention) -> list[int]:
    """The people among ``candidates`` named anywhere before ``mention`` by a name that shows its words:
    news names a person in full before it uses a short form, so a "Clinton" that comes before Bill
    Clinton is first named can only be the Hillary Clinton named earlier, and an "Edwards" after "his
    parents, Graham and Sherry" is still the son: the reader has not been told her surname."""
    return [
        number
        for number in candidates
        if any(ref.start < mention.start and _shows(discourse, ref, mention.key) for ref in discourse.clusters[number].refs)
        and _narrated(discourse, number, mention)
    ]


def _shows(discourse: Discourse, ref: Ref, key: tuple[str, ...]) -> bool:
    """Whether the words of ``key`` are all written in the mention ``ref`` ("Bush" in "George W. Bush")."""
    return set(key) <= {name_key((token.text,))[0] for token in discourse.doc[ref.start : ref.end]}


def _last_named(discourse: Discourse, candidates: list[int], mention: NamedMention) -> list[int]:
    """Of several people a short form fits, the one named last by a name that fits none of the others
    ("Tony Cowell" after "Simon Cowell"), when no other one has been mentioned since and that one was
    mentioned in the last few sentences: a reader takes "Cowell said" for the Cowell just named. Not when
    the two were named in one sentence, nor for a surname modifying a noun ("the Cowell family"), which
    may mean any of them."""
    if discourse.doc[mention.start : mention.end].root.dep_ == "compound":
        return candidates
    names = {number: _own_names(discourse, number, candidates, mention) for number in candidates}
    last = {number: own[-1] if own else None for number, own in names.items()}
    latest = max(candidates, key=lambda number: _start(last[number]))
    named = last[latest]
    if named is None:
        return candidates
    sentence = discourse.sentence_of[named.start]
    if any(ref is not named and discourse.sentence_of[ref.start] == sentence for ref in last.values() if ref):
        return candidates  # named together ("Tom and Ann Vell"): the later one is no likelier
    others = [ref for number in candidates if number != latest for ref in discourse.clusters[number].refs]
    if any(named.start <= ref.start < mention.start for ref in others):
        return candidates
    if _mentions_before(discourse, latest, mention) < max(_mentions_before(discourse, n, mention) for n in candidates):
        return candidates  # the one named last in passing ("his wife, Ann Vell"): the other is the article's
    if not _narrated(discourse, latest, mention):
        return candidates
    window = discourse.sentence_window(mention.start, _AMBIGUITY_WINDOW)
    recent = any(window <= ref.start < mention.start for ref in discourse.clusters[latest].refs)
    return [latest] if recent else candidates


def _mentions_before(discourse: Discourse, number: int, mention: NamedMention) -> int:
    return sum(ref.start < mention.start for ref in discourse.clusters[number].refs)


def _start(ref: Ref | None) -> int:
    return -1 if ref is None else ref.start


def _own_names(discourse: Discourse, number: int, candidates: list[int], mention: NamedMention) -> list[Ref]:
    """The names before ``mention``, in text order, that open with a given name and fit ``number`` and no
    other candidate, from the first that shows the mention's words: "Tony Cowell", or "Lester" after
    "Lester Holt", but not "Sherry" before "Sherry Edwards" (the reader does not know her surname yet), nor
    a headline's junk name ("Attacking Holt")."""
    others = [discourse.clusters[other] for other in candidates if other != number]
    own = [
        ref
        for ref in discourse.clusters[number].refs
        if ref.kind == "name" and ref.start < mention.start and _own_name(_ref_key(discourse, ref), others)
    ]
    shown = [ref.start for ref in own if _shows(discourse, ref, mention.key)]
    return sorted((ref for ref in own if shown and ref.start >= min(shown)), key=_start)


def _own_name(key: tuple[str, ...], others: list[Cluster]) -> bool:
    """Whether a name opens with a given name and fits none of ``others``."""
    return first_names().known(key[0]) and not any(_fits(key, other) for other in others)


def _ref_key(discourse: Discourse, ref: Ref) -> tuple[str, ...]:
    """The name words of a mention, less an honorific before and a possessive after ("Mr Cowell's")."""
    tokens = list(discourse.doc[ref.start : ref.end])
    if len(tokens) > 1 and tokens[0].text.casefold().rstrip(".") in person_nouns().honorifics:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    return name_key(tuple(token.text for token in tokens))


def _unique_person(discourse: Discourse, people: _People, mention: NamedMention) -> int | None:
    candidates = _fitting(discourse, people, mention)
    return candidates[0] if len(candidates) == 1 else None


def _add_name(discourse: Discourse, number: int, mention: NamedMention) -> None:
    cluster = discourse.clusters[number]
    discourse.add_ref(number, _ref(mention))
    if mention.words not in cluster.names:
        cluster.names.append(mention.words)
    if mention.text not in cluster.texts:
        cluster.texts.append(mention.text)
    if cluster.gender is None and mention.title_gender is not None:
        cluster.gender = mention.title_gender


def _set_name_gender(cluster: Cluster) -> None:
    if cluster.gender is not None:
        return
    full = max(cluster.names, key=len)
    cluster.gender = first_names().gender(full[0])


def _plain_key(mention: NamedMention) -> str:
    words = mention.key
    if len(words) > 1 and words[0] == "the" and mention.type != "WORK":
        words = words[1:]
    return " ".join(words)


def _ref(mention: NamedMention) -> Ref:
    return Ref(mention.start, mention.end, "name")

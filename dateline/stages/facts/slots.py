"""Argument slots: where, in the dependency parse, a trigger word's arguments are.

Each slot maps a trigger's head token to the tokens that head its argument phrases (coordination
is expanded later, when the tokens are turned into entities):

``subject``   the doer: the subject, the "by" agent of a passive, a name parsed as a modal ("May
              performed"), else the subject the clause inherits (controlled, coordinated, relative and
              participle clauses; the noun of a relative clause the main verb was hung from, "W, in which
              he stars, shot to the top");
``patient``   the direct object; the subject of a passive; the noun a relative or participle
              clause without an object hangs from;
``prep:WORD`` the object of the preposition WORD on the trigger, on its object, or on the verb a
              noun trigger is the object of ("made the leap to Los Angeles");
``poss``      the possessor of a noun ("his wife", "Usher's nominations");
``modifier``  a name in front of a noun ("Motley Crue guitarist", "Oscar nominee");
``holder``    who a noun describes: "guitarist Mick Mars", "Joan, his wife", "X is the singer";
``host``      the subject of the verb a noun is the object of ("X received two nominations");
``prefix``    the word before a hyphen ("Belfast-born");
``attr``      the complement of a copula ("X is the winner": the winner's other side);
``oprd``      the predicate of "named best comedy";
``setting``   the noun a "where" clause hangs from ("the film, where she plays ...");
``group``     the nouns of the sentence (only their group mentions count: "the stars", "the pair");
``circumstance`` the place of a "while" or "when" clause ("met him while living in Madrid");
``appos_head`` the name a titled name is listed after ("X, wife Y": X);
``possessed`` what a titled name possesses ("director X's film");
``self``      the trigger word itself ("Spanish" as a nationality);
``pobj``      the object of a preposition trigger ("by" in "Angels by Robbie Williams");
``governor``  the word the trigger hangs from (the work in "Angels by Robbie Williams");
``named_governor`` a name the trigger closely follows ("X of Exhibitor Relations");
``clause_subject`` the subject of the verb a particle trigger belongs to ("X is up for ...");
``trip_origin`` where a journey started ("arrived in London, fresh from a trip to Madrid");
``included`` what a noun includes ("his nominations include best album");
``owner``     whose is the noun a modifier describes: its possessor, else the subject of the clause it
              is the object of ("his self-penned hit", "X released a self-penned single");
``clause_nominal`` the definite common nouns of the clause a title's holder is the subject of
              ("Director X said the film's release ...": "film");
``copula_object`` what a copula equates the noun of a relative clause trigger with ("One of the songs
              he wrote was X");
``preceding_name`` the proper name right before a participle trigger or the comma that sets it off
              ("The Aviator, starring X": the parser often hangs the participle from another word);
``absolute_subject`` the names of an absolute "with" phrase before the verb of the trigger's clause
              ("with X and Y lined up to star in Z");
``gapped_subject`` the subject of a clause that repeats the trigger's verb with only a number ("X has
              four nominations, while Y has three": Y);
``clause_listed`` the names an "including" phrase lists on the verb a preposition trigger belongs to, or
              on that verb's subject ("Forty singers recorded as group X, including A and B": A);
``bracketed_name`` the name right before the parentheses a trigger closes ("A (bass), B (The Owl, drums)": A, B);
``fronted_subject`` the subject of the clause a preposition opening the sentence belongs to, set off by a
              comma ("At the Harbour Awards on Friday, X was ...": X);
``name_of``   the "of" phrase on the name a title in front describes ("Sen. X of Kentucky": Kentucky);
``direct_object`` the direct object, also of a passive verb ("X was awarded an Oscar": the Oscar);
``recipients`` the objects of "to" on the trigger, unless an "or" makes them alternatives ("presented to A, B
              or C");
``as_holder`` who the "as" phrase a title heads describes ("X resigned as chief executive of Y": X; "Y hired X as
              its economist", "X replaced Y as manager": the object);
``name_after_to`` the name right after the "to" that follows the trigger, past lower-case words in front of it,
              whatever the parse ("engaged to footballer X", where the parser reads "to" as an infinitive's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.facts.triggers import hyphen_prefix
from dateline.stages.factuality import name_taken_for_modal

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["is_passive", "listed_names", "modifiers", "possessed_name", "read_slot", "subject_of"]

_SUBJECTS = ("nsubj", "csubj")
_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_OBJECTS = ("dobj", "obj")
_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})
#: Clauses whose subject is understood from the word they hang from.
#: (cc: "as well as being ...")
_CLIMB = frozenset({"xcomp", "advcl", "pcomp", "prep", "conj", "acomp", "ccomp", "cc"})
_MAX_CLIMB = 5
#: Clauses a "to" marks as infinitives that the parser sometimes makes of "beat X to best male".
_CLAUSES = frozenset({"xcomp", "advcl", "ccomp", "oprd"})
#: Verbs whose object does what their infinitive says ("commissioned X to create", "asked X to direct").
_OBJECT_CONTROL = frozenset({"commission", "hire", "ask", "invite", "persuade", "recruit", "enlist", "urge",
                             "encourage", "tell", "appoint", "employ", "approach", "sign", "choose", "select"})
#: Objects of "spend" in "spent years living in Spain", whose participle clause is the subject's.
_DURATION_NOUNS = frozenset({"year", "month", "week", "day", "time", "decade", "hour", "summer", "night"})
#: Tags of finite verbs (past and present), which a clause needs to be the main clause's verb.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def is_passive(token: Token) -> bool:
    """Whether ``token`` is a passive verb: a passive subject, auxiliary or agent, or a past participle
    modifying a noun ("the song performed by ...")."""
    if any(child.dep_ in (*_PASSIVE_SUBJECTS, "auxpass", "agent") for child in token.children):
        return True
    if absolute_participle(token):
        return True
    if token.tag_ in ("VBN", "VBD") and token.dep_ == "advcl" and token.i < token.head.i:
        # "Created a Dame, she ...": a bare participle before its clause (a past form with no subject of its
        # own, whatever its tag) is passive, that clause's subject the one it is done to
        return not any(child.dep_ in ("aux", "nsubj", "mark") for child in token.children)
    return token.tag_ == "VBN" and token.dep_ in ("acl", "amod")


def absolute_participle(token: Token) -> bool:
    """Whether ``token`` is the past participle of an absolute "with" phrase ("..., with X named best actor",
    "with X nominated for ..."): the parser gives X as its subject, but X is the one named, and often
    tags the participle a past tense ("with" opens no finite clause)."""
    return (
        token.tag_ in ("VBN", "VBD")
        and any(child.dep_ == "mark" and child.lower_ == "with" for child in token.children)
        and not any(child.dep_ in ("aux", "auxpass") for child in token.children)
    )


def _children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def _subjects(token: Token, *deps: str) -> list[Token]:
    """A verb's subject. A verb has one (several are joined by 'conj'): when the parser gives two
    ("The couple divorced in 2013, and she later moved"), the one nearest before the verb is its own."""
    found = _children(token, *deps)
    if len(found) < 2:
        return found
    before = sorted((child for child in found if child.i < token.i), key=lambda child: child.i)
    if len(before) >= 2 and _runs_on(before[-2], before[-1]):
        return [before[-2]]
    return [before[-1]] if before else [min(found, key=lambda child: child.i)]


def _runs_on(first: Token, second: Token) -> bool:
    """Whether the name ``second`` starts right where the preposition's phrase that ends ``first`` ends,
    with no comma or conjunction between: the end of that phrase, which the parser cut off ("The sequel
    to the comedy Meet The Parents stars X": the sequel stars X; not "French film X has received")."""
    last_prep = max((child for child in first.children if child.dep_ == "prep"), key=lambda c: c.i, default=None)
    return (
        second.pos_ == "PROPN"
        and second.left_edge.i == first.right_edge.i + 1
        and last_prep is not None
        and last_prep.right_edge.i == first.right_edge.i
    )


def _agent(token: Token) -> list[Token]:
    return [pobj for agent in _children(token, "agent") for pobj in _children(agent, "pobj")]


def _relative_head(token: Token) -> Token | None:
    """The noun a relative clause headed by ``token`` describes: the last of a list of names when the clause
    follows it and its verb is singular ("A and B, who was voted best act": B's, though hung on A)."""
    if token.dep_ == "relcl" and token.head.i != token.i:
        if (described := _described_by_of(token)) is not None:
            return described
        last = _last_conjunct(token.head)
        if last.i != token.head.i and last.i < token.i and _singular_verb(token):
            return last
        return token.head
    return None


def _described_by_of(clause: Token) -> Token | None:
    """"a film biography of X that leads the field with 11 nominations": a "that" or "which" clause the parser
    hung on the name ending a common noun's "of" phrase describes the common noun (a name is a "who")."""
    name, relative = clause.head, _children(clause, *_SUBJECTS, *_OBJECTS, "nsubjpass")
    if name.pos_ != "PROPN" or name.dep_ != "pobj" or not any(w.lower_ in ("that", "which") for w in relative):
        return None
    preposition = name.head
    if preposition.lower_ == "of" and preposition.head.pos_ == "NOUN":
        return preposition.head
    return None


def _last_conjunct(noun: Token) -> Token:
    while (following := [c for c in noun.children if c.dep_ == "conj"]) and following[-1].i > noun.i:
        noun = following[-1]
    return noun


def _singular_verb(verb: Token) -> bool:
    """Whether the finite verb of a clause agrees with one doer only: "is", "has", "was"; a past tense but "was"
    says nothing of the number."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in finite)


def subject_of(token: Token) -> list[Token]:
    """The doer of the verb ``token``: its subject or agent, or the subject its clause inherits."""
    if is_passive(token):
        return _agent(token)
    found = _subjects(token, *_SUBJECTS)
    if found:
        if found[0].lower_ in _RELATIVE_WORDS and (head := _relative_head(token)) is not None:
            return [head]
        return _absolute_with(found[0], token) or found
    return [child for child in _children(token, "aux") if name_taken_for_modal(child)] or _inherited_subject(token)


def _absolute_with(subject: Token, verb: Token) -> list[Token]:
    """"The film has overtaken W, with X also tipped to take the award": the parser made W the subject of
    "tipped" and hung "with X" on it; the object of that "with", right before the verb (adverbs between), is
    the doer."""
    for preposition in _children(subject, "prep"):
        if preposition.lower_ != "with" or preposition.i < subject.i:
            continue
        for name in _children(preposition, "pobj"):
            between = verb.doc[name.right_edge.i + 1:verb.i]
            if name.i < verb.i and all(word.dep_ == "advmod" for word in between):
                return [name]
    return []


def _understood(token: Token, *, adverbial: bool = False) -> list[Token]:
    """Who a verb is about when it has no subject of its own: for a passive, its passive subject."""
    own = _subjects(token, *_SUBJECTS, *_PASSIVE_SUBJECTS)
    if own and own[0].lower_ in _RELATIVE_WORDS and (head := _relative_head(token)) is not None:
        return [head]  # "Tulip Fever, which was to star ..."
    if own:
        return _absolute_with(own[0], token) or own
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
        if _small_clause(token, adverbial=adverbial):
            # "set tongues wagging after ...", "spent years living in ..."
            return _understood(token.head.head)
        return [token.head]
    return []


def _preceding_noun(clause: Token) -> Token | None:
    """The noun a participle clause set off by a comma follows ("the film X, starring Y, made ..."),
    which the parser often attaches to the main verb instead."""
    if clause.tag_ != "VBG" or clause.i < 2 or clause.doc[clause.i - 1].text != ",":
        return None
    node = clause.doc[clause.i - 2]
    while node.head.i < clause.i and node.head.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN") else None


def _closing_relative(clause: Token) -> Token | None:
    """The noun a relative clause set off by commas describes, when the parser hung the main verb that
    follows the closing comma from the relative clause's verb ("W, in which he stars with Y, shot to the
    top": W shot): a finite verb with no subject or subordinator of its own, right after a comma."""
    verb = clause.head
    head = _relative_head(verb)
    if (
        clause.dep_ != "advcl"
        or clause.tag_ not in _FINITE_TAGS
        or clause.i < 1
        or clause.doc[clause.i - 1].text != ","
        or head is None
        or head.i + 1 >= len(clause.doc)
        or clause.doc[head.i + 1].text != ","
        or _children(clause, *_SUBJECTS, *_PASSIVE_SUBJECTS, "mark")
    ):
        return None
    return head


def _inherited_subject(token: Token) -> list[Token]:
    if (noun := _closing_relative(token)) is not None:
        return [noun]
    if token.dep_ == "advcl" and not _children(token.head, *_SUBJECTS):
        noun = _preceding_noun(token)
        if noun is not None:
            return [noun]
    node = token
    adverbial = False  # climbing out of an adverbial phrase ("after being spotted ...")
    for _ in range(_MAX_CLIMB):
        if node.dep_ in ("acl", "relcl"):
            if not _small_clause(node, adverbial=adverbial):
                return _understood(node, adverbial=adverbial)
            node = node.head.head  # "spent years living in ...": go on from "spent"
            found = _children(node, *_SUBJECTS, *_PASSIVE_SUBJECTS)
            if found:
                return found
            continue
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return []
        adverbial = adverbial or node.dep_ in ("prep", "pcomp", "advcl")
        governor = node.head
        if node.dep_ == "xcomp" and (objects := _children(governor, *_OBJECTS)):
            return objects  # object control: "saw them arrive"
        if _object_controlled(node) and (objects := _children(governor, *_OBJECTS)):
            return objects  # "commissioned X to create ...", with the infinitive parsed as adverbial
        if governor.pos_ in ("VERB", "AUX") or governor.dep_ in ("acl", "relcl"):
            found = _understood(governor, adverbial=adverbial)
            if found:
                return found
        node = governor
    return []


def _object_controlled(clause: Token) -> bool:
    """Whether an infinitive the parser hung as an adverbial clause is done by its governor's object
    ("commissioned X to create", "hired X to direct"), not a purpose of its subject ("bought a car
    to visit Y")."""
    return (
        clause.dep_ == "advcl"
        and clause.head.lemma_.lower() in _OBJECT_CONTROL
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
    )


def _small_clause(clause: Token, *, adverbial: bool) -> bool:
    """Whether a participle clause on an object noun is really about the main clause's subject.

    "She spent years living in Spain": the one living is she, not the years; "they set tongues
    wagging after being spotted": the ones spotted are they.
    """
    noun = clause.head
    if noun.dep_ not in _OBJECTS or noun.head.i == noun.i or clause.tag_ != "VBG":
        return False
    return adverbial or noun.lemma_.lower() in _DURATION_NOUNS


def _patient(token: Token) -> list[Token]:
    if is_passive(token):
        found = _children(token, *_PASSIVE_SUBJECTS, *(_SUBJECTS if absolute_participle(token) else ()))
        if not found and token.dep_ in ("xcomp", "advcl", "pcomp", "conj"):
            # "Why We Fight is due to be screened", "as well as being nominated"
            found = _inherited_subject(token)
    else:
        found = _children(token, *_OBJECTS)
    if found and found[0].lower_ in _RELATIVE_WORDS and (head := _relative_head(token)) is not None:
        return [head]  # "the film that was directed by X"
    if found:
        return found
    if token.dep_ in ("relcl", "acl", "ccomp", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        # "the sequel he is developing", "a film directed by", "the nominated producers"
        return [_named_alike(token.head)]
    return []


def same_name(noun: Token) -> bool:
    """Whether ``noun`` is the "name" of an "of the same name" phrase, which names nothing of its own."""
    return noun.lemma_.lower() == "name" and any(child.lower_ == "same" for child in noun.children)


def _named_alike(noun: Token) -> Token:
    """The noun an "of the same name" phrase hangs from, else ``noun`` itself: a clause the parser
    hangs on "name" describes the thing so named ("the novel of the same name written by X")."""
    above = noun.head
    if same_name(noun) and above.lower_ == "of" and above.head.pos_ in ("NOUN", "PROPN"):
        return above.head
    return noun


def _prep_objects(token: Token, word: str) -> list[Token]:
    found = []
    for prep in token.children:
        if word == "as" and (any(child.lower_ == "such" for child in token.children) or _after_such(prep)):
            continue  # "such films as X", "films such as X": examples, not a role
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ == word:
            for pobj in _children(prep, "pobj", "pcomp"):
                if pobj.lower_ in _RELATIVE_WORDS and (head := _relative_head(token)) is not None:
                    pobj = head  # "the film in which he stars"
                found.append(pobj)
        elif (
            word == "to"
            and prep.dep_ in _CLAUSES
            and prep.pos_ in ("NOUN", "ADJ")
            and any(child.dep_ == "aux" and child.lower_ == "to" for child in prep.children)
        ):
            found.append(prep)  # "beat X to best male", with "to" read as an infinitive marker
    return found


def _after_such(prep: Token) -> bool:
    """Whether a preposition "as" follows "such" ("films such as X", with "such" parsed on the "as")."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _prep(token: Token, word: str) -> list[Token]:
    found = _prep_objects(token, word)
    if found:
        return found
    for obj in _children(token, *_OBJECTS, "attr", *(("pobj",) if token.pos_ == "ADP" else ())):
        found = _prep_objects(obj, word)  # "won the prize for X"; "in the running for X"
        if found:
            return found
    for prep in _children(token, "prep"):  # "her role as Nina Tucker in Neighbours", before the verb's
        for pobj in _children(prep, "pobj"):
            found = _prep_objects(pobj, word)
            if found:
                return found
    if token.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
        if token.dep_ in ("dobj", "attr", "pobj") and verb.pos_ in ("VERB", "AUX"):
            found = _prep_objects(verb, word)  # "made the leap to", "has his eye on X for a collaboration"
            for obj in _children(verb, *_OBJECTS):
                found = found or _prep_objects(obj, word)
            if found:
                return found
    for sibling in _children(token, "conj"):  # "living and working in Spain"
        if not _bare_before(token, sibling):
            continue
        found = _prep_objects(sibling, word)
        if found:
            return found
    return []


#: Dependents that leave a verb bare before its conjunct: "living and working in Spain" shares the
#: conjunct's phrase; "starred in X and is to co-star with Y" does not.
_BARE_DEPS = frozenset({"cc", "punct", "advmod", "prt", "aux", "neg"})


def _bare_before(token: Token, sibling: Token) -> bool:
    """Whether ``token`` has no complement of its own between it and its conjunct ``sibling``."""
    return all(c.dep_ in _BARE_DEPS for c in token.children if token.i < c.i < sibling.i)


def _appositives(token: Token) -> list[Token]:
    found = [c for c in _children(token, "appos") if not _inside_own_phrase(token, c)]
    if not _children(token, "cc"):  # "her ex-husband, actor Marc Clotet" parsed as a conjunct
        found += [c for c in _children(token, "conj") if c.i > token.i and token.doc[c.i - 1].is_punct]
    return found


def _inside_own_phrase(title: Token, appos: Token) -> bool:
    """"a spokesman for Justice Commissioner X said": a name the parser set in apposition to a title but
    written, with no comma, right after the name that ends the title's own preposition phrase continues that
    phrase, and is not who the title describes ("one half of the show W" still names W, after a common noun)."""
    doc = title.doc
    return not doc[appos.left_edge.i - 1].is_punct and any(
        c.dep_ == "prep" and title.i < c.i < appos.i and any(o.pos_ == "PROPN" for o in _children(c, "pobj"))
        for c in title.children
    )


def _holder(token: Token) -> list[Token]:
    if token.dep_ == "amod" and token.head.i < token.i and token.doc[token.i - 1].text == ",":
        return [token.head]  # "Sony Pictures, responsible for hits like X"
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i:
        head = token.head
        while head.dep_ in ("compound", "nmod") and head.head.i > head.i:
            head = head.head
        # "Chart-topping R&B star X is ...", with the title and the name parsed as two subjects
        return (_sibling_apposition(head) if head.pos_ == "NOUN" else []) or [head]
    found = _appositives(token) or listed_names(token) or _following_name(token)
    if found:
        return found
    if token.dep_ == "appos":
        if token.tag_ == "NNS":
            return [token.head]  # "X and Y, both former winners": a plural apposition describes each of them
        # "X and Y, Z's former deputy": the apposition after a coordination describes its last name
        last = token.head
        while (following := [c for c in last.children if c.dep_ == "conj" and c.i < token.i]):
            last = following[-1]
        return [last]
    if token.dep_ in ("attr", "acomp") and token.head.i != token.i:
        # "Also present at the service was X": with the copula's subject after it, the parser makes it an attr
        inverted = _children(token.head, "attr") if token.dep_ == "acomp" and token.i < token.head.i else []
        # "X is a fellow at Y and became a professor of Z": a copula joined to a verb shares its subject
        shared = _inherited_subject(token.head) if token.head.dep_ == "conj" else []
        return _children(token.head, *_SUBJECTS) or inverted or shared
    if token.dep_ == "oprd" and token.head.i != token.i:
        return _children(token.head, *_PASSIVE_SUBJECTS, *_OBJECTS)  # "X was named winner of ..."
    if token.dep_ in _SUBJECTS and token.head.lemma_ == "be":
        return _children(token.head, "attr")  # "The Aviator's producers are X and Y"
    if token.dep_ in _SUBJECTS and token.head.lemma_ == "include":
        return _children(token.head, *_OBJECTS)  # "Other nominees include X and Y"
    if token.dep_ == "pobj" and token.head.lower_ == "among":
        return _among(token.head.head)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "one":
        return _holder(token.head.head)  # "X is one of the hosts", "X, one of the nominees"
    if (title := _title_joined_below(token)) is not None:
        return _holder(title)
    return _sibling_apposition(token)


def _as_holder(token: Token) -> list[Token]:
    """Who the "as" phrase a title heads describes: the object of the verb it hangs from ("Y hired X as its chief
    economist", "X replaced Y as chief executive"), else its subject ("X resigned as chief executive", "X was
    appointed as chief executive")."""
    if token.dep_ != "pobj" or token.head.lower_ != "as" or token.head.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = token.head.head
    return _children(verb, *_OBJECTS) or _children(verb, *_SUBJECTS, *_PASSIVE_SUBJECTS)


def _title_joined_below(token: Token) -> Token | None:
    """"X, chair of the judges and the Guardian literary editor", parsed with the second title joined to
    "the judges": a definite singular title joined to the object of an "of" phrase on a title set off
    beside a name is that name's second title (the title it is joined to, whose holder is the name's)."""
    if token.dep_ != "conj" or token.tag_ != "NN" or not any(c.lower_ == "the" for c in token.children):
        return None
    pobj = token.head
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.lower_ != "of" or prep.head.dep_ != "appos" or prep.head.pos_ != "NOUN":
        return None
    return prep.head


def _among(above: Token) -> list[Token]:
    """Who "among the nominees" says is one: "X is among the nominees", "X was named among the winners",
    "the biggest hit among the nominees is X"."""
    if above.lemma_ == "be":
        return _children(above, *_SUBJECTS)
    if above.lemma_ in ("name", "list") and (named := _children(above, *_PASSIVE_SUBJECTS)):
        # "X, who was named among the winners"
        head = _relative_head(above)
        return [head] if named[0].lower_ in _RELATIVE_WORDS and head is not None else named
    if above.dep_ in _SUBJECTS and above.head.lemma_ == "be":
        return _children(above.head, "attr")
    return []


def _following_name(token: Token) -> list[Token]:
    """The person named right after a title noun ("... director Peter Jackson"), when the parser did
    not attach the name to the title."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ != "NOUN" or following is None or following.ent_iob_ != "B" or following.ent_type_ != "PERSON":
        return []
    end = following.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return [doc[end]]


def _sibling_apposition(token: Token) -> list[Token]:
    """"her ex-husband, the painter X" or "his girlfriend X sang", parsed with the title and the name
    side by side under the same word."""
    doc = token.doc
    start = token.i + 2 if token.i + 1 < len(doc) and doc[token.i + 1].text == "," else token.i + 1
    if start >= len(doc) or (start == token.i + 1 and doc[start].pos_ != "PROPN"):
        return []
    after = doc[start]
    while after.head.i != token.head.i and after.head.i > after.i and after.head.i - token.i < 6:
        after = after.head
    if after.head.i == token.head.i and after.dep_ == token.dep_ and after.i != token.head.i:
        return [after]
    return []


def listed_names(noun: Token) -> list[Token]:
    """The names a plural noun lists: "winners such as X and Y", "hits like X", "nominees including X",
    also when the list hangs from the noun's "of" phrase ("winners of the prize, such as X")."""
    found = _listed(noun)
    if not found:
        for prep in _children(noun, "prep"):
            if prep.lower_ == "of":
                found = [name for pobj in _children(prep, "pobj") for name in _listed(pobj)]
    return found


def _listed(noun: Token) -> list[Token]:
    such = any(child.lower_ == "such" for child in noun.children)
    found = []
    for prep in noun.children:
        listing = prep.lower_ in ("including", "like")
        if listing or (prep.lower_ == "as" and (such or any(c.lower_ == "such" for c in prep.children))):
            found += [pobj for pobj in prep.children if pobj.dep_ == "pobj"]
    return found + [item for pobj in found[-1:] for item in _last_item_apart(pobj)]


def _last_item_apart(item: Token) -> list[Token]:
    """The last item of a list the parser hung elsewhere ("such films as X and the wartime drama Y",
    with "and" on the verb and "drama" made an object of another verb): the one noun phrase between
    the "and" after the list and the next punctuation."""
    doc = item.doc
    end = item.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "and" or doc[end + 1].head.i in range(item.left_edge.i, end + 1):
        return []
    stop = end + 2
    while stop < len(doc) and not doc[stop].is_punct and doc[stop].sent.start == item.sent.start:
        stop += 1
    phrase = range(end + 2, stop)
    roots = [doc[i] for i in phrase if doc[i].head.i not in phrase or doc[i].head.i == i]
    return roots if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN") else []


def modifiers(token: Token) -> list[Token]:
    """The names in front of a noun: its compound modifiers, or a name just before it."""
    return _modifier(token)


def _circumstance(token: Token) -> list[Token]:
    found = []
    for clause in _children(token, "advcl"):
        if any(child.dep_ == "mark" and child.lower_ in ("while", "when") for child in clause.children):
            found.extend(_prep_objects(clause, "in") or _prep_objects(clause, "at"))
    return found


def _modifier(token: Token) -> list[Token]:
    found = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i]
    if token.i > 0 and not found:
        before = token.doc[token.i - 1]
        if before.pos_ == "PROPN" and before.whitespace_:
            found.append(before)  # "the Days of Thunder sequel", with the title parsed apart
    return found


def _host(token: Token) -> list[Token]:
    node = token
    if node.dep_ in ("compound", "amod") and node.head.i > node.i:
        node = _holder(node)[0]  # "performed a duet with boyfriend X": from where X stands
        if node.dep_ == "nsubj":
            return []  # "Y's ex-wife X nominated Z": what X does is not done to X's title
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
        if node.head.pos_ in ("NOUN", "NUM") and node.head.dep_ in _OBJECTS:
            node = node.head  # "performed a duet with X": the duet's verb; "takes three of five nominations"
    if node.dep_ in ("dobj", "prep", "attr", "nsubj") and node.head.pos_ in ("VERB", "AUX"):
        verb = node.head
        if node.dep_ == "nsubj":
            return _children(verb, "attr", *_OBJECTS)
        if is_passive(verb):
            return _children(verb, *_PASSIVE_SUBJECTS)  # "was confirmed as number one"
        recipients = _children(verb, "dative") or [
            o for o in _children(verb, *_OBJECTS) if o.i < node.i and _name_like(o)
        ]
        return recipients or subject_of(verb)  # "won him nominations", "winning Jack Nicholson a nomination"
    return []


def _name_like(token: Token) -> bool:
    """A pronoun or a name, also one the tagger read as a common noun ("support U2 on their tour")."""
    return token.pos_ in ("PROPN", "PRON") or (token.text[:1].isupper() and not token.is_sent_start)


def _named_governor(token: Token) -> list[Token]:
    """The name a preposition follows closely ("Paul Dergarabedian of Exhibitor Relations")."""
    head = token.head
    if head.pos_ == "PROPN" and head.dep_ not in ("pobj", "conj", "compound") and 0 < token.i - head.i <= 2:
        return [head]
    return []


def _possessed(token: Token) -> list[Token]:
    """"director Sean McAllister's The Liberace of Baghdad": what the titled person's name possesses."""
    holder = _holder(token)
    return [holder[0].head] if holder and holder[0].dep_ == "poss" else []


def _clause_subject(token: Token) -> list[Token]:
    """The subject of the verb a particle or adverb trigger belongs to ("X is up for best album")."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return subject_of(verb) or _children(verb, *_PASSIVE_SUBJECTS) if verb.pos_ in ("VERB", "AUX") else []


def _verb_subject(token: Token) -> list[Token]:
    """The subject of the verb the trigger's preposition phrase hangs from ("During the debate, X said"; "X
    was asked about it at the debate"); nothing when the phrase hangs from a noun ("the audience in the
    debate", "X's performance in the debate" say nothing of who took part)."""
    verb = token.head.head if token.dep_ == "pobj" else token
    if verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
        return []
    # its own subject only: one a participle inherits may be another's ("praised X for showing restraint at
    # the debate" is X's restraint, not the praiser's)
    own = _subjects(verb, *_SUBJECTS) or _children(verb, *_PASSIVE_SUBJECTS)
    if own and own[0].lower_ in _RELATIVE_WORDS:
        # "X, who was joined at the premiere by Y": the relative pronoun stands for X, active or passive
        own = [head] if (head := _relative_head(verb)) is not None else []
    # a name or a pronoun: a common noun ("MPs could vote during the debate") is a body, not a person
    return [subject for subject in own if subject.pos_ in ("PROPN", "PRON")]


def _trip_origin(token: Token) -> list[Token]:
    """Where someone comes from: "(fresh) from a trip to Madrid", "back from Paris", on the trigger's
    clause or the clauses above it."""
    node = token
    while True:
        for holder in (node, *_children(node, "advmod", "acomp")):
            for source in _prep_objects(holder, "from"):
                return _prep_objects(source, "to") or [source]
        if node.head.i == node.i:
            return []
        node = node.head
    return []


def _included(token: Token) -> list[Token]:
    """What a noun includes: "his nominations include best album and best single"."""
    if token.dep_ in _SUBJECTS and token.head.lemma_ == "include":
        return _children(token.head, *_OBJECTS)
    return []


def _listing_doer(token: Token) -> list[Token]:
    """The people a common-noun doer stands for: the names it lists ("A host of stars, including X and Y, are
    expected to attend"), or the subject of the copula that counts them among it ("X and Y were some of the
    actors who attended", "X and Y are among those due to attend"); a name is no such doer."""
    doers = subject_of(token)
    if not doers and token.dep_ == "xcomp" and token.head.dep_ in ("amod", "acl"):
        doers = [token.head.head]  # "those due to attend": the noun the adjective describes
    found: list[Token] = []
    for doer in doers:
        if doer.pos_ != "PROPN":
            found += listed_names(doer) or _counted_among(doer)
    return found


def _crowd_members(token: Token) -> list[Token]:
    """"British actors in attendance include X and Y": the people the common noun that ``token``'s phrase
    describes includes or lists."""
    noun = token.head.head if token.dep_ == "pobj" else token.head
    if noun.pos_ != "NOUN" or noun.i == token.i:
        return []
    return _included(noun) or listed_names(noun)


def _added_to_list(token: Token) -> list[Token]:
    """"X has been added to the list of presenters", "X is the latest name to be added to the list of
    presenters": who is added to the list whose "of" phrase ``token`` heads (the passive subject of "add", or the
    subject of the copula whose noun the adding clause describes)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.lemma_.lower() != "list":
        return []
    listing = token.head.head
    verb = listing.head.head if listing.dep_ == "pobj" and listing.head.lower_ == "to" else listing
    if verb.lemma_.lower() != "add":
        return []
    if own := _children(verb, "nsubjpass"):
        return own
    noun = verb.head
    if verb.dep_ in ("relcl", "acl") and noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return _subjects(noun.head, *_SUBJECTS)
    return []


def _counted_among(noun: Token) -> list[Token]:
    """"X and Y are among those ...", "X was one of the guests ...": the subject of the copula above the "among"
    or "of" phrase ``noun`` is the object of."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("of", "among"):
        return []
    above = preposition.head
    if preposition.lower_ == "of" and above.dep_ == "attr":  # "some of the actors", "one of the guests"
        above = above.head
    return _subjects(above, *_SUBJECTS) if above.lemma_ == "be" else []


def _scene(token: Token) -> list[Token]:
    """Where the subject of a noun trigger's clause is: "the fans at the gala were treated to
    performances from X" (the performances were at the ceremony)."""
    verb = token.head
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [place for subject in _children(verb, *_SUBJECTS, *_PASSIVE_SUBJECTS) for place in _prep_objects(subject, "at")]


def _appos_head(token: Token) -> list[Token]:
    """"X, wife Y and Z": the one Y is listed after, when the title has no determiner or possessor."""
    if any(child.dep_ in ("det", "poss") for child in token.children):
        return []
    holder = _holder(token)
    return [holder[0].head] if holder and holder[0].dep_ == "appos" and holder[0].i != token.i else []


def _setting(token: Token) -> list[Token]:
    node = token
    for _ in range(_MAX_CLIMB):
        if node.dep_ == "relcl" and any(child.lower_ == "where" for child in node.subtree):
            return [node.head]
        if node.head.i == node.i:
            return []
        node = node.head
    return []


def _sentence(token: Token) -> list[Token]:
    return [other for other in token.sent if other.pos_ in ("NOUN", "PROPN", "PRON")]


def _absolute_subject(token: Token) -> list[Token]:
    """"with X and Y lined up to star in Z": the object of "with" right before the verb of the trigger's
    clause (the trigger, or the first verb above it), when the verb has no subject of its own."""
    verb = token
    while verb.pos_ != "VERB" and verb.head.i != verb.i and verb.dep_ in ("advcl", "xcomp", "pobj", "prep"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == 0 or _children(verb, *_SUBJECTS, *_PASSIVE_SUBJECTS):
        return []
    name = verb.doc[verb.i - 1]
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    return [name] if name.dep_ == "pobj" and name.head.lower_ == "with" else []


def _preceding_name(token: Token) -> list[Token]:
    """"Hollywood blockbuster The Aviator, starring X", "shooting of The Libertine starring X": the proper
    name right before a participle or the comma that sets it off (a common noun is left out: "a remake
    of the old film, starring X")."""
    doc = token.doc
    if token.tag_ != "VBG" or token.i < 2:
        return []
    name = doc[token.i - 2] if doc[token.i - 1].text == "," else doc[token.i - 1]
    return [name] if name.pos_ == "PROPN" or name.ent_iob_ == "I" else []


def _gapped_subject(token: Token) -> list[Token]:
    """"X has four nominations, while Y has three": the subject of a clause that repeats the verb of
    the trigger's clause (the trigger, or the verb a noun trigger is the object of) with only a number
    for its object."""
    verb = token.head if token.dep_ in _OBJECTS else token
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("advcl", "conj") and clause.lemma_ == verb.lemma_
        and any(obj.pos_ == "NUM" and not list(obj.children) for obj in _children(clause, *_OBJECTS))
        for subject in _children(clause, *_SUBJECTS)
    ]


def _name_owner(token: Token) -> list[Token]:
    """"Aguilera's agent Meghan Prophet": the possessor in front of a title that the parser hung on the name the
    title describes, not on the title; not across a comma ("To his left, longtime attorney X": the possessive
    belongs to another phrase)."""
    if token.dep_ != "compound" or token.head.i < token.i or token.head.pos_ != "PROPN":
        return []
    doc = token.doc
    return [
        owner for owner in _children(token.head, "poss")
        if owner.i < token.i and not any(t.is_punct for t in doc[owner.right_edge.i + 1 : token.i])
    ]


def _recipients(token: Token) -> list[Token]:
    """"presented the prize to X and Y": the objects of "to" on the trigger, none when they are alternatives
    ("will be presented to A, B or C": one of the nominees will have it, the "or" on any item)."""
    found = _prep(token, "to")
    items = list(found)
    while items:
        item = items.pop()
        if any(child.dep_ == "cc" and child.lower_ in ("or", "nor") for child in item.children):
            return []
        items.extend(child for child in item.children if child.dep_ == "conj")
    return found


def _name_of(token: Token) -> list[Token]:
    """"Sen. X of Kentucky": the object of an "of" phrase on the name a title in front describes (the parser
    hangs the phrase on the name, not on the title)."""
    if token.dep_ != "compound" or token.head.i < token.i:
        return []
    return [pobj for name in _holder(token)[:1] for prep in _children(name, "prep") if prep.lower_ == "of"
            for pobj in _children(prep, "pobj")]


def possessed_name(marker: Token) -> Token | None:
    """"NBC's Lester Holt": the proper name whose possessor a possessive marker ends, with only the name's own
    words between (a title between, "NBC's anchor X", is a trigger of its own and says more)."""
    owner = marker.head
    name = owner.head
    if marker.dep_ != "case" or owner.dep_ != "poss" or name.pos_ != "PROPN" or name.i < marker.i:
        return None
    between = marker.doc[marker.i + 1 : name.i]
    return name if all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in between) else None


def _owner(token: Token) -> list[Token]:
    """"his self-penned hit": the possessor of the noun a modifier trigger describes, else who has it
    ("X released a self-penned single")."""
    if token.dep_ not in ("amod", "compound") or token.head.i < token.i:
        return []
    noun = token.head
    return _children(noun, "poss") or (_host(noun) if noun.dep_ in _OBJECTS else [])


def _copula_object(token: Token) -> list[Token]:
    """What a copula says the noun a relative clause trigger describes is ("One of the songs he wrote
    was X", "The first film she directed was X")."""
    if token.dep_ != "relcl" or token.head.pos_ != "NOUN":
        return []
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ in _SUBJECTS and noun.head.lemma_ == "be":
        return _children(noun.head, "attr")
    return []


def _clause_nominal(token: Token) -> list[Token]:
    """The definite common nouns of the clause whose subject the title ``token`` describes, outside
    the subject itself ("Director X said the film's release ...": "film"); a role's types keep only
    those the entities stage ties to a named entity."""
    holders = _holder(token)
    if not holders or holders[0].dep_ not in ("nsubj", "nsubjpass"):
        return []
    subject = holders[0]
    own = range(subject.left_edge.i, subject.right_edge.i + 1)
    return [
        t for t in subject.head.subtree
        if t.pos_ == "NOUN" and t.i not in own and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    ]


def _clause_listed(token: Token) -> list[Token]:
    """"Forty singers recorded as group X, including A and B": the names listed on the verb the
    trigger belongs to, or on the verb's subject (who the clause is about when it names nobody)."""
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
        return []
    return listed_names(verb) or [name for subject in subject_of(verb) for name in listed_names(subject)]


#: How many words may stand between an opening parenthesis and the trigger that closes it.
_BRACKET_WORDS = 5


def _bracketed_name(token: Token) -> list[Token]:
    """"A (bass), B (The Owl, drums)": the proper noun right before the parentheses ``token`` is the last
    word of, whatever the parse (which hangs such lists anywhere)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ")":
        return []
    start = token.i
    while start > 0 and token.i - start <= _BRACKET_WORDS and doc[start - 1].text not in ("(", ")"):
        start -= 1
    if start < 2 or doc[start - 1].text != "(":
        return []
    name = doc[start - 2]
    return [name] if name.pos_ == "PROPN" else []


#: How many lower-case words (titles: "footballer", "pop star") may stand between "to" and the name after it.
_TITLE_WORDS = 3
#: Words that open a clause rather than describe a name ("engaged to be married in Paris" names no partner).
_CLAUSE_WORDS = frozenset({"AUX", "ADP", "PART", "SCONJ", "CCONJ", "PRON", "DET"})


def _name_after_to(token: Token) -> list[Token]:
    """"X is engaged to footballer Y": the last word of the name after the "to" right after ``token``, past a few
    lower-case words in front of the name, whatever the parse (a title in front of the name makes the parser read
    "to" as an infinitive's marker, the title as its verb and the name as the next clause's subject or the title's
    apposition); not the object of a real infinitive ("engaged to play Y")."""
    doc = token.doc
    start = token.i + 2
    if start >= len(doc) or doc[token.i + 1].lower_ != "to":
        return []
    while start < len(doc) and start - token.i - 2 < _TITLE_WORDS and doc[start].is_lower and doc[start].pos_ not in _CLAUSE_WORDS:
        start += 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == start:
        return []
    name = doc[end - 1]
    return [] if name.dep_ == "dobj" and token.i + 1 < name.head.i < start else [name]


def _fronted_subject(token: Token) -> list[Token]:
    """"At the Harbour Awards on Friday, X was handed ...": the subject of the clause whose opening
    phrase ``token`` heads, when a comma sets the phrase off from that subject."""
    if not token.is_sent_start:
        return []
    doc = token.doc
    return [
        subject for subject in _clause_subject(token)
        if subject.left_edge.i > token.i and doc[subject.left_edge.i - 1].text == ","
    ]


def read_slot(token: Token, slot: str) -> list[Token]:
    """The tokens that head the phrases of ``slot`` around the trigger head ``token``."""
    if slot.startswith("prep:"):
        return _prep(token, slot.removeprefix("prep:"))
    if slot == "subject":
        if token.pos_ in ("NOUN", "PROPN", "ADJ"):
            return _holder(token) or _host(token)
        return subject_of(token)
    if slot == "prefix":
        prefix = hyphen_prefix(token)
        return [prefix] if prefix is not None else []
    readers: dict[str, Callable[[Token], list[Token]]] = {
        "patient": _patient,
        "poss": lambda t: _children(t, "poss"),
        "holder": _holder,
        "modifier": _modifier,
        "host": _host,
        "attr": lambda t: _children(t, "attr", "acomp"),
        "oprd": lambda t: _children(t, "oprd"),
        "setting": _setting,
        "group": _sentence,
        "self": lambda t: [t],
        "circumstance": _circumstance,
        "appos_head": _appos_head,
        "scene": _scene,
        "possessed": _possessed,
        "named_governor": _named_governor,
        "clause_subject": _clause_subject,
        "verb_subject": _verb_subject,
        "trip_origin": _trip_origin,
        "included": _included,
        "listing_doer": _listing_doer,
        "crowd_members": _crowd_members,
        "added_to_list": _added_to_list,
        "absolute_subject": _absolute_subject,
        "owner": _owner,
        "gapped_subject": _gapped_subject,
        "preceding_name": _preceding_name,
        "clause_nominal": _clause_nominal,
        "copula_object": _copula_object,
        "clause_listed": _clause_listed,
        "bracketed_name": _bracketed_name,
        "fronted_subject": _fronted_subject,
        "name_after_to": _name_after_to,
        "as_holder": _as_holder,
        "pobj": lambda t: _children(t, "pobj"),
        "dative": lambda t: _children(t, "dative"),
        "direct_object": lambda t: _children(t, *_OBJECTS),
        "recipients": _recipients,
        "name_owner": _name_owner,
        "name_of": _name_of,
        "governor": lambda t: [_named_alike(t.head)] if t.head.i != t.i else [],
    }
    return readers[slot](token)

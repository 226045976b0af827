"""Is an expression in a past or a future clause? Decides the direction of a bare "on Sunday".

With a spaCy parse, the verb the expression depends on is read (its tense, a "will" auxiliary, a
word of planning), or a cue word the expression hangs on ("until"); otherwise, or when the parse says
nothing, cue words of the clause around it (tense.yaml) decide.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.stages.clause_tense import auxiliaries, future_auxiliary, past_tense, verb_above
from dateline.stages.times.lexicon import TenseLexicon, load_times_lexicon

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Direction", "clause_direction", "doc_direction", "prospective", "scheduled_event", "speech_future"]

#: -1 past, 1 future, 0 unknown.
Direction = int

_BOUNDARY = re.compile(r"[.;:!?\n]\s|[;:!?\n]|\s[–—-]\s|[\"“”]|``|''")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?<![\w.])[a-z]+(?:\.[a-z]+)*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Cues:
    future: re.Pattern[str]
    past: re.Pattern[str]
    neutral: re.Pattern[str]
    not_past: frozenset[str]
    passive: frozenset[str]
    determiners: frozenset[str]
    adverbs: frozenset[str]
    abbreviations: frozenset[str]
    governing: frozenset[str]
    planning: frozenset[str]
    not_scheduled: frozenset[str]
    planning_objects: frozenset[str]
    intentions: frozenset[str]
    speech_future: frozenset[str]
    clause_openers: re.Pattern[str]
    scheduled_events: frozenset[str]


@functools.lru_cache(maxsize=1)
def _cues() -> _Cues:
    tense: TenseLexicon = load_times_lexicon().tense

    def alternation(phrases: list[str]) -> re.Pattern[str]:
        if not phrases:
            return re.compile(r"(?!)")  # matches nothing
        parts = sorted((r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases), key=len)
        return re.compile(r"(?<![\w'’])(?:" + "|".join(reversed(parts)) + r")(?![\w'’])", re.IGNORECASE)

    return _Cues(
        future=alternation(tense.future),
        past=alternation(tense.past),
        neutral=alternation(tense.neutral),
        not_past=frozenset(tense.not_past),
        passive=frozenset(word.lower() for word in tense.passive_auxiliaries),
        determiners=frozenset(word.lower() for word in tense.determiners),
        adverbs=frozenset(word.lower() for word in tense.adverbs),
        abbreviations=frozenset(word.lower() for word in tense.abbreviations),
        governing=frozenset(word.lower() for word in tense.governing),
        planning=frozenset(word.lower() for word in tense.planning),
        not_scheduled=frozenset(word.lower() for word in tense.not_scheduled),
        planning_objects=frozenset(word.lower() for word in tense.planning_objects),
        intentions=frozenset(word.lower() for word in tense.intentions),
        speech_future=frozenset(word.lower() for word in tense.speech_future),
        clause_openers=_after_comma(tense.clause_openers),
        scheduled_events=frozenset(word.lower() for word in tense.scheduled_events),
    )


def _after_comma(words: list[str]) -> re.Pattern[str]:
    """A comma and one of ``words`` opening a clause of its own (", but they're ...")."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf",\s+(?:{'|'.join(map(re.escape, words))})(?=\s)", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _boundaries(text, max(0, start - 300), start):
        left = match.end()
    right_match = next(_boundaries(text, end, end + 300), None)
    right = right_match.start() if right_match else min(len(text), end + 300)
    return left, right


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The clause boundaries of ``text[start:end]``, with a comma before a word that opens a clause (",
    but"); the period of an abbreviation ("Roe vs. Wade", "Birmingham, Ala., killed") is none."""
    cues = _cues()
    found = [*_BOUNDARY.finditer(text, start, end), *cues.clause_openers.finditer(text, start, end)]
    for match in sorted(found, key=lambda match: match.start()):
        if text[match.start()] == ".":
            word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if word is not None and word.group().lower() in cues.abbreviations:
                continue
        yield match


def clause_direction(text: str, *, start: int, end: int) -> Direction:
    """The direction of the clause around ``text[start:end]``: the nearest cue before it decides,
    else the nearest after it; a cue that opens the clause right before the expression ("Until Thursday,
    they had ...") only when nothing after it does. A word that is a future cue ("planned to") is not read
    as a past one."""
    left, right = _clause(text, start, end)
    before = _cues_in(text, left, start)
    after = _cues_in(text, end, right)
    if before and not (after and _fronted_signal(text, left, start)):
        return before[-1][1]
    if after:
        return after[0][1]
    return before[-1][1] if before else 0


def _fronted_signal(text: str, left: int, start: int) -> bool:
    """Whether the clause opens with a cue word that only introduces the expression ("Until Thursday,
    they had not called"): the verb after it tells the clause's tense."""
    opening = text[left:start].strip()
    return bool(opening) and _cues().future.fullmatch(opening) is not None


def _cues_in(text: str, start: int, end: int) -> list[tuple[int, Direction]]:
    """The tense cues of ``text[start:end]`` as (offset, direction), in text order.

    A word inside a future phrase ("is expected to", "planned to") is not also read as past.
    """
    cues = _cues()
    neutral = {match.start() for match in cues.neutral.finditer(text, start, end)}
    spans = [match.span() for match in cues.future.finditer(text, start, end) if match.start() not in neutral]
    found: dict[int, Direction] = {span_start: 1 for span_start, _ in spans}

    def in_future(offset: int) -> bool:
        return any(span_start <= offset < span_end for span_start, span_end in spans)

    listed = {match.start() for match in cues.past.finditer(text, start, end) if not in_future(match.start())}
    before = ["", ""]  # the two words before the current one, nearest last
    for match in _WORD.finditer(text, start, end):
        word = match.group().lower()
        if _not_a_verb(word, before=before, cues=cues):  # "will be paid", "a still unspecified date"
            listed.discard(match.start())
        elif _past_form(match.group(), cues) and not in_future(match.start()):
            listed.add(match.start())
        before = [before[1], word]
    for offset in listed:
        found.setdefault(offset, -1)
    return sorted(found.items())


def _past_form(word: str, cues: _Cues) -> bool:
    """A lower-case word in -ed ("United", "Ted" are names)."""
    return word[0].islower() and word.endswith("ed") and len(word) > 4 and word.lower() not in cues.not_past


def _not_a_verb(word: str, *, before: list[str], cues: _Cues) -> bool:
    """After a passive auxiliary a verb is a participle ("will be paid", "will be released"); after a
    determiner, maybe with an adverb between, a word in -ed is an adjective ("a still unspecified date")."""
    far, near = before
    if near in cues.passive:
        return True
    return word.endswith("ed") and (near in cues.determiners or (near in cues.adverbs and far in cues.determiners))


def doc_direction(doc: Doc, *, start: int, end: int) -> Direction:
    """The direction of the verb that ``doc``'s span ``[start, end)`` depends on (0 if none is found).

    A cue word that governs the expression after its own head ("postponed until Tuesday", "payable
    Dec. 7") decides before the verb; a "will" auxiliary, or a time after the object of a word of
    planning ("planned a march on Saturday"), is future; a past tense is past, a participle with
    auxiliaries taking theirs ("is scheduled for Tuesday", "would be paid in January": no past; "had
    been scheduled": past); an infinitive after a word of planning ("set to resume Monday") and a
    simple present with a bare time ("they meet separately Monday") are future (``tense.yaml``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    governing = _cues().governing
    verb: Token | None = span.root
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        if verb.lower_ in governing and verb.i > verb.head.i:
            return 0 if _dates_an_event_after_a_past_perfect(span.root, verb) else 1  # see ``prospective``
        verb = verb.head if verb.head.i != verb.i else None  # the root is its own head
    if verb is None or _reports_after(verb, span):
        return 0
    verb_auxiliaries = auxiliaries(verb)
    if future_auxiliary(verb, verb_auxiliaries):
        return 1
    if _plans_an_event(verb, span.start):
        return 1
    if past_tense(verb, verb_auxiliaries):
        return -1
    return 1 if _planned(verb) or _scheduled_present(verb, span.root) or _event_still_to_come(verb, span.root) else 0


def scheduled_event(doc: Doc, *, start: int, end: int) -> bool:
    """Whether the span dates an event in a present "is" or "are" ("The memorial is on Sept. 11", "Her
    funeral is Monday"): the event is still to come, so the next such day is meant, however far."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    if verb.pos_ == "ADP" and span.root.dep_ == "pobj":  # "is on Sept. 11"
        verb = verb.head
    return _event_still_to_come(verb, span.root)


def _event_still_to_come(verb: Token, time: Token) -> bool:
    """A present "is" or "are" without auxiliaries whose subject is a noun of an event held on a date
    (``scheduled_events`` in ``tense.yaml``), and that the time hangs on, at most through a preposition
    ("The vote is Tuesday", "The final is on Sunday"; not "Two men are stand-ins during a rehearsal on
    Sept. 25", whose time hangs on the rehearsal)."""
    if verb.lemma_ != "be" or verb.tag_ not in _PRESENT_TAGS or auxiliaries(verb):
        return False
    holder = time.head if time.head.pos_ == "ADP" else time
    if holder.head.i != verb.i or holder.i == verb.i:
        return False
    events = _cues().scheduled_events
    return any(child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in events or child.lemma_.lower() in events) for child in verb.children)


def _ahead_of_a_past_perfect(token: Token) -> bool:
    """Whether the time hangs on a governing cue ("ahead", "until") whose verb is in the past perfect."""
    governing = _cues().governing
    current: Token | None = token
    while current is not None and current.pos_ not in ("VERB", "AUX"):
        if current.lower_ in governing and current.i > current.head.i:
            return _dates_an_event_after_a_past_perfect(token, current)
        current = current.head if current.head.i != current.i else None
    return False


def _dates_an_event_after_a_past_perfect(time: Token, cue: Token) -> bool:
    """Whether the time dates an event a governing cue points ahead to, after a verb in the past perfect
    ("had suggested a debate without a moderator ahead of Monday's faceoff", "had completed the novel
    ahead of the announcement on 25 December"): the act lies before a past time and the event after it,
    on either side of the document date, so the nearest such day is meant. Not a time that is the cue's
    own object ("had chosen to square positions ahead of the weekend", the coming one in TimeBank)."""
    holder = time.head if time.head.pos_ == "ADP" and time.head.i != cue.i else time  # "ahead of the weekend"
    if holder.head.i == cue.i:
        return False
    verb = verb_above(cue.head)
    return verb is not None and any(token.lower_ in ("had", "'d", "’d") for token in auxiliaries(verb))


def speech_future(doc: Doc, *, start: int, end: int) -> bool:
    """Whether the span hangs on a verb with "will" or "'ll" (``tense.yaml`` ``speech_future``): a future
    from when the text was written, not from the time its story is at ("And on September 26 we'll see
    what happens", in a history of debates). Not "would" or "was going to", futures of the story's past."""
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = verb_above(span.root) if span is not None else None
    if verb is None or _spans_a_line_break(doc, min(verb.idx, start), max(verb.idx, end)):
        return False  # a heading hung on the sentence after it
    return any(auxiliary.lower_ in _cues().speech_future for auxiliary in auxiliaries(verb))


def _spans_a_line_break(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two offsets holds a line break, read from the tokens there (``doc.text``
    joins the whole document anew at each call: in a long history that was most of the stage's time)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any("\n" in token.text or (token.i < span.end - 1 and "\n" in token.whitespace_) for token in span)


def prospective(doc: Doc, *, start: int, end: int) -> bool:
    """Whether the span hangs on an infinitive after a word of intention in a past tense clause ("agreed
    to buy the line in February", "announced an agreement to acquire the bank in January", "were
    planning to drive on Monday"; ``tense.yaml`` ``intentions``): it lies after that past intention, on
    either side of the document date, so the clause's tense says nothing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _ahead_of_a_past_perfect(span.root):
        return True
    verb = verb_above(span.root)
    if verb is None or "Inf" not in verb.morph.get("VerbForm", []) or verb.dep_ not in ("xcomp", "acl"):
        return False
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    if verb.head.lemma_.lower() not in _cues().intentions:  # not "beat them to win the prize Thursday"
        return False
    head = verb_above(verb.head)
    return head is not None and past_tense(head, auxiliaries(head))


def _reports_after(verb: Token, span: Span) -> bool:
    """Whether the verb found is one of saying after a comma that follows the time ("The vote is now
    scheduled for 2:15 p.m. Tuesday, McConnell said"): the parse hung the time on the report, but it
    belongs to the words reported, whose tense the cue words tell."""
    if verb.i < span.end or verb.lemma_.lower() not in _cues().not_scheduled:
        return False
    return any(token.text in (",", "—", "–") for token in span.doc[span.end : verb.i])


def _scheduled_present(verb: Token, time: Token) -> bool:
    """A simple present with a bare time of its own is a timetable's future ("they meet separately
    Monday"), unless the verb reports what was said ("says"). Not after a preposition: "(routinely
    threatens ... and,) in February, went" is a misparse as often."""
    if verb.pos_ != "VERB" or verb.morph.get("Tense", []) != ["Pres"] or verb.morph.get("VerbForm", []) != ["Fin"]:
        return False
    if verb.lemma_.lower() in _cues().not_scheduled or auxiliaries(verb):
        return False
    return time.head.i == verb.i and time.dep_ == "npadvmod"


def _plans_an_event(verb: Token, start: int) -> bool:
    """A time after the object of a word of planning dates what was planned, whatever the verb's tense
    ("protesters planned a demonstration on Saturday"; not "On Saturday, they planned a march")."""
    if verb.lemma_.lower() not in _cues().planning_objects:
        return False
    return any(child.dep_ == "dobj" and verb.i < child.i < start for child in verb.children)


def _planned(verb: Token) -> bool:
    """An infinitive after a word of planning not in a past tense ("the talks, set to resume Monday",
    "is due to open Friday"; not "had been due to expire Friday"): what is planned lies ahead."""
    if "Inf" not in verb.morph.get("VerbForm", []) or verb.dep_ != "xcomp":
        return False
    head = verb.head
    if head.lemma_.lower() not in _cues().planning:
        return False
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # "due": its copula has the tense
        head = head.head
    head_auxiliaries = auxiliaries(head)
    if "Part" in head.morph.get("VerbForm", []) and not head_auxiliaries:
        return True  # a participle alone describes a noun: "the talks, set to resume"
    return not past_tense(head, head_auxiliaries)


def _speaker_subject(verb: Token) -> bool:
    subjects = load_times_lexicon().tense.speaker_subjects
    return any(child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in subjects for child in verb.children)


def general_present(doc: Doc, *, start: int, end: int) -> bool:
    """Whether the span, fronted and set off by a comma ("Today, ..."), hangs on a verb of a general
    statement in the simple present (``general_present`` in ``tense.yaml``) or on a present passive
    ("Today, the county is home to ...", "Today, he is often rated ..."; not "is playing", "has won",
    "will meet", "votes on the bill", nor a past tense)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    verb = span.root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < span.start:  # "The vote is today, and ...": the day
        return False
    if _speaker_subject(verb):  # "Today, I'm here to tell you ...": the day of speaking
        return False
    verb_auxiliaries = auxiliaries(verb)
    if verb.tag_ in _PRESENT_TAGS:
        return not verb_auxiliaries and verb.lemma_ in load_times_lexicon().tense.general_present
    passive = [token for token in verb_auxiliaries if token.dep_ == "auxpass"]
    return verb.tag_ == "VBN" and len(passive) == len(verb_auxiliaries) == 1 and passive[0].tag_ in _PRESENT_TAGS

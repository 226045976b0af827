"""Attributions whose cue is punctuation: a line "Speaker: what they said", a quote signed with a dash.

- A speaker line: a line (paragraph) that opens with a short name and a colon, then a clause:
  headlines ("Ana Reyes: The tour is off"), transcripts ("TAPPER: Take a listen.") and sources
  such as "Poll: ...". The colon is the cue, the name the source, the rest of the line the
  content. A name is a run of proper nouns or capitals, or a noun of ``line_sources`` in
  ``attribution.yaml``; a label (words of ``line_labels`` only: "UPDATE:", "WATCH:", or a kicker in
  capitals holding one; a name may hold one: "Judicial Watch:"), a place ("Ohio: Ana
  Reyes, Tobias Renner") or a line without a verb after the colon (a list) is none, save a
  headline's, which may drop its verbs, and may name a topic or hearer after the speaker ("Ana
  Reyes on the Tour: ...", "Ana Reyes to Her Fans: ...", ``line_topics``). A capitalised word of a person's or organisation's name
  in the text counts as a name whatever its part of speech. Interviews
  ("Q: ...", "A: ...") are left out: PolNeAR annotates a third of them.
- A signed quote: a quotation followed by a dash and a name ('"..." ― Ana Reyes', or the name
  on its own line after a quoted paragraph). The dash is the cue. A short quotation or one
  without a verb is more often a title signed with its author ('"Hey Ya!" - OutKast'): none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.stages.attribution_candidate import Candidate
from dateline.stages.attribution_rules import AttributionLexicon
from dateline.stages.quotes import Quotation
from dateline.stages.spans import CharSpan, chars, token_at_or_after, trimmed

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = ["signed_quote_candidates", "speaker_line_candidates"]

#: Most tokens a speaker's name may have before the colon.
_MAX_NAME = 5
_DASHES = frozenset({"―", "—", "–", "-", "--"})
_SIGNATURE_ENDS = frozenset({",", ".", ";", "(", ")"})
#: Fewest words a signed quotation has (shorter ones are mostly titles).
_MIN_STATEMENT = 5
#: Fewest words a headline's statement in title case has with no verb or noun the tagger found
#: (shorter ones are mostly labels: "Breitbart News Daily: A World at War", "BYLINE: Ana Reyes").
_MIN_TITLE = 6
#: Entity types whose capitalised words are names wherever they stand ("Sanders", tagged a noun in a headline).
_NAMED = frozenset({"PERSON", "ORG"})
_NOT_SPEAKERS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _line_starts(doc: Doc, text: str) -> list[int]:
    """The index of the first word of each line."""
    starts = [0] if len(doc) else []
    position = text.find("\n")
    while position >= 0:
        index = token_at_or_after(doc, position + 1)
        while index < len(doc) and doc[index].is_space:
            index += 1
        if index < len(doc) and (not starts or index > starts[-1]):
            starts.append(index)
        position = text.find("\n", position + 1)
    return starts


def _is_speaker(name: SpacySpan, lexicon: AttributionLexicon) -> bool:
    words = [t for t in name if not (t.is_punct or t.tag_ == "POS")]
    if not words or any(t.pos_ in ("VERB", "AUX", "PRON", "DET") for t in words):
        return False
    # A name may hold a label word ("Judicial Watch:", "NY Daily News:"); a label is made of label
    # words ("UPDATE:", "Editor's Note:"), or is a kicker in capitals that holds one ("PHOTO DU JOUR:").
    labels = sum(t.lower_ in lexicon.line_labels for t in words)
    if labels == len(words) or (labels and all(t.is_upper for t in words)):
        return False
    if any(entity.label_ in _NOT_SPEAKERS and entity.start <= name.start and name.end <= entity.end for entity in name.doc.ents):
        return False
    if name.root.lemma_.lower() in lexicon.line_sources:
        return True
    named = {t.text for entity in name.doc.ents if entity.label_ in _NAMED for t in entity if t.is_title}
    return all(t.pos_ == "PROPN" or t.text in named or (t.is_upper and len(t.text) > 1) for t in words)


def _before_topic(name: SpacySpan, lexicon: AttributionLexicon) -> SpacySpan:
    """The speaker of a headline that names a topic or hearer before its colon (``line_topics``):
    "[Ana Reyes] on the Tour: ...", "[Ana Reyes] to Her Fans: ..."."""
    topic = next((t for t in name[1:] if t.lower_ in lexicon.line_topics), None)
    return name if topic is None else name.doc[name.start : topic.i]


def _says_something(words: SpacySpan, *, headline: bool) -> bool:
    """Whether what follows the colon is a statement, not a list: a clause, or in a headline, which
    drops its verbs ("Lynch: No outside influence on the probe"), a phrase about some thing, a
    quotation, or a long run of words in title case, all of which the tagger makes proper nouns
    ("Poll: Ana Reyes Ties Tobias Renner in a Three-Way Race")."""
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return True
    if not headline:
        return False
    told = [t for t in words if not t.is_punct]
    return any(t.pos_ == "NOUN" for t in words) or words[0].is_quote or len(told) >= _MIN_TITLE


def speaker_line_candidates(doc: Doc, *, text: str, lexicon: AttributionLexicon) -> list[Candidate]:
    """Lines of the form "Speaker: what they said" (see the module docstring)."""
    found: list[Candidate] = []
    # each word's text as its string-store key, read once: the lines cover the whole document, and
    # reading each word's text to find the colon cost 0.2 ms per news article
    words, colon_key = doc.to_array("ORTH").tolist(), doc.vocab.strings[":"]
    for start in _line_starts(doc, text):
        line_end = text.find("\n", doc[start].idx)
        end = len(doc) if line_end < 0 else token_at_or_after(doc, line_end)
        at = next((i for i in range(start, end) if words[i] == colon_key), None)
        if at is None or at == start:
            continue
        colon = doc[at]
        name = doc[start : colon.i]
        if start == 0 and not _is_speaker(name, lexicon):
            name = _before_topic(name, lexicon)
        rest = trimmed(doc, colon.i + 1, end, keep_quotes=True)
        if rest is None or len(name) > _MAX_NAME or not _is_speaker(name, lexicon):
            continue
        if not _says_something(doc[rest[0] : rest[1]], headline=start == 0):
            continue
        found.append(
            Candidate(
                cue=chars(colon, colon),
                head=colon,
                content=[chars(doc[rest[0]], doc[rest[1] - 1])],
                source=chars(name[0], name[-1]),
                source_head=name.root,
            )
        )
    return found


def _signature(doc: Doc, dash: int) -> CharSpan | None:
    """The name after a dash when it ends its line or sentence ('― Ana Reyes', '- Ana Reyes, Oslo')."""
    end = dash + 1
    while end < len(doc) and not doc[end].is_space and doc[end].text not in _SIGNATURE_ENDS:
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    words = doc[dash + 1 : end]
    if not len(words) or not all(t.pos_ == "PROPN" for t in words):
        return None
    return chars(words[0], words[-1])


def _is_statement(doc: Doc, quotation: Quotation) -> bool:
    """Whether a quotation is a statement rather than a title ('"Hey Ya!" - OutKast')."""
    inner = doc.char_span(quotation.start, quotation.end, alignment_mode="contract")
    if inner is None:
        return False
    words = [t for t in inner if not t.is_punct and not t.is_space]
    return len(words) >= _MIN_STATEMENT and any(t.pos_ in ("VERB", "AUX") for t in words)


def signed_quote_candidates(doc: Doc, quotations: list[Quotation], *, text: str) -> list[Candidate]:
    """Quotations signed with a dash and a name (see the module docstring)."""
    found: list[Candidate] = []
    for quotation in quotations:
        after = token_at_or_after(doc, quotation.end)
        while after < len(doc) and doc[after].is_space:
            after += 1
        if after >= len(doc) or doc[after].text not in _DASHES or text[quotation.end : doc[after].idx].count("\n") > 2:
            continue
        signature = _signature(doc, after)
        if signature is None or not _is_statement(doc, quotation):
            continue
        dash = doc[after]
        head = doc.char_span(*signature, alignment_mode="expand")
        found.append(
            Candidate(
                cue=chars(dash, dash),
                head=dash,
                content=list(quotation.pieces),
                source=signature,
                source_head=head.root if head is not None else dash,
                direct=True,
            )
        )
    return found

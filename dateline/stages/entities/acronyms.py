"""A name's initials in brackets right after it: the same entity ("the Disasters Emergency Committee (DEC)").

News gives an organisation's short name once, in brackets after its full name, and uses the short name
after that: "the Royal Academy of Dance (RAD) ... RAD said", "Academy of Motion Picture Arts and Sciences
(Ampas)". The two share no word, so :mod:`.names` makes two entities of them, the short one often typed
a person or a place by the NER ("Ampas", "RNIB"). A one-word name in brackets right after a name of two
capitalised words or more, whose letters are the initials of those words (a leading determiner and
lower-case words such as "of" skipped; "&" ignored: "S&P"), joins that name's entity, which keeps its
type and its full name.
"""

from __future__ import annotations

from dateline.stages.entities.discourse import Discourse, Ref

__all__ = ["join_acronyms"]


def join_acronyms(discourse: Discourse) -> None:
    """Merge each bracketed acronym's entity into the entity of the full name right before it; an acronym
    the NER left untagged in the brackets but tagged later ("(RAD) ... RAD said") becomes a mention too."""
    for opening in _bracketed_acronyms(discourse):
        full = _named_at(discourse, opening, ending=True)
        if full is None or not _initials(discourse, full, opening):
            continue
        word = opening + 1
        short = _named_at(discourse, word, ending=False)
        if short is None and not discourse.covered(word, word + 1):
            short = _named_elsewhere(discourse, discourse.texts[word])
            discourse.add_ref(full, Ref(word, word + 1, "name"))
        if short is not None and short != full:
            discourse.merge(full, short)


def _bracketed_acronyms(discourse: Discourse) -> list[int]:
    """Positions of the "(" of each "(XY)" after a word: one word of capitals or a capitalised word."""
    lowers, texts = discourse.lowers, discourse.texts
    return [
        i
        for i in range(1, len(texts) - 2)
        if lowers[i] == "(" and lowers[i + 2] == ")" and _letters(texts[i + 1])
    ]


def _letters(word: str) -> str:
    """The acronym's letters in capitals ("Ampas" -> "AMPAS", "S&P" -> "SP"); none for a word of one letter."""
    letters = "".join(char for char in word if char.isalpha())
    return letters.upper() if len(letters) >= 2 and word[0].isupper() else ""


def _initials(discourse: Discourse, full: int, opening: int) -> bool:
    """Whether the acronym after ``opening`` spells the initials of the capitalised words of ``full``'s name
    ending there, a leading determiner ("The") left out, for a name of two such words or more."""
    ref = next(ref for ref in discourse.clusters[full].refs if ref.kind == "name" and ref.end == opening)
    words = [token for token in discourse.doc[ref.start : ref.end] if token.text[:1].isupper() and token.is_alpha]
    if words and words[0].pos_ == "DET":
        words = words[1:]
    initials = "".join(word.text[0] for word in words)
    return len(words) >= 2 and initials == _letters(discourse.texts[opening + 1])


def _named_elsewhere(discourse: Discourse, word: str) -> int | None:
    """The entity named elsewhere in the article by ``word`` alone."""
    for number, cluster in enumerate(discourse.clusters):
        if any(ref.kind == "name" and ref.end == ref.start + 1 and discourse.texts[ref.start] == word for ref in cluster.refs):
            return number
    return None


def _named_at(discourse: Discourse, token: int, *, ending: bool) -> int | None:
    """The entity with a name mention ending just before ``token`` (``ending``) or starting at it."""
    index = token - 1 if ending else token
    for number in discourse.clusters_at(index):
        refs = discourse.clusters[number].refs
        if any(ref.kind == "name" and (ref.end == token if ending else ref.start == token) for ref in refs):
            return number
    return None

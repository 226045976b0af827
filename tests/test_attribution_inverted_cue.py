"""An auxiliary inverted before the source ("Do you think", "nor did he report") stays out of the
cue, which starts after the source, as PolNeAR draws it; a negation the parser made the subject
is no source."""

from __future__ import annotations

from dateline.stages.attribution_candidate import subject_of
from tests.attribution_support import all_roles


def test_an_inverted_auxiliary_stays_out_of_the_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Do you think that the band will tour again next year?"))
    assert ("you", "think", ["that the band will tour again next year"]) in found


def test_a_negation_is_never_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The singer didn’t want to talk about the tour.")
    want = next(token for token in doc if token.lower_ == "want")
    subject = subject_of(want)
    assert subject is None or subject.lower_ not in ("n’t", "n't")

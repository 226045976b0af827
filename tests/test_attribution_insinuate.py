""""Insinuate" is a cue of speculation: "insinuating, falsely, that X" reports what its source hinted, not
what the author says (the author's "falsely" is no denial of X by the author; fourth read sample of
news-dev, attr21)."""

from __future__ import annotations

from tests.attribution_support import roles


def test_an_insinuation_is_the_source_s_speculation(attributions) -> None:  # type: ignore[no-untyped-def]
    text = "Tobias Renner rose to fame in part through insinuating, falsely, that the mayor had stolen the money."
    found = [a for a in attributions(text) if a.cue is not None and a.cue.text == "insinuating"]
    assert [roles(a) for a in found] == [("Tobias Renner", "insinuating", ["that the mayor had stolen the money"])]
    assert (found[0].factuality.commitment, found[0].factuality.certainty) == ("speculated", "possible")

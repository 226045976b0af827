"""A verb that is a cue only with a given object word: "as Ana put it, ..." (``object_word``)."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_as_a_speaker_put_it(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('As Mara Lindqvist put it, "The ferry is the island\'s lifeline."'))
    assert ("Mara Lindqvist", "put it", ['"The ferry is the island\'s lifeline."']) in found


def test_put_with_another_object_is_no_cue(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions('As Mara Lindqvist put the kettle on, "The ferry is late," her son said.'))
    assert not any(cue and cue.startswith("put") for _, cue, _ in found)

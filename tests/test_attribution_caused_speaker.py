"""The source of a cue completing a causative verb is the verb's object ("the delay led [some fans]
to wonder ..."), not its subject; a participle after a comma still describes the subject."""

from __future__ import annotations

from tests.attribution_support import all_roles


def test_the_object_of_led_is_the_source(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The long delay led some fans to wonder whether the band would ever tour again."))
    assert found == [("some fans", "to wonder", ["whether the band would ever tour again"])]


def test_the_object_of_left_is_the_source_of_a_participle(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("The vote left many members of the club saying the rules were unfair."))
    assert found == [("many members of the club", "saying", ["the rules were unfair"])]


def test_a_participle_after_a_comma_keeps_the_subject(attributions) -> None:  # type: ignore[no-untyped-def]
    found = all_roles(attributions("Ana Reyes left the stage, saying the show was over."))
    assert found == [("Ana Reyes", "saying", ["the show was over"])]

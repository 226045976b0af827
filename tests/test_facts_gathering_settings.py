"""Speaking or being seen at a dinner, a meeting or a seminar is attending it, as at a rally or a conference."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_speaking_at_a_dinner_is_attending_it() -> None:
    text = "Ivo Sand was speaking at a fundraising dinner in Leeds."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == [(["Ivo Sand"], "fundraising dinner")]


def test_a_seminar_spoken_about_is_not_attended() -> None:
    text = "Ivo Sand spoke about the seminar in Leeds."
    assert facts_of(text, people(text, "Ivo Sand")).named("attended") == []

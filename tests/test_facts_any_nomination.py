""""Any nomination" is none in particular: no nominated fact for whoever blocks or awaits it."""

from __future__ import annotations

import pytest

from tests.facts_support import facts_of, people

pytestmark = pytest.mark.slow


def test_any_nomination_names_none() -> None:
    text = "Senator Ivo Sand has promised to block any nomination for the harbour board."
    assert facts_of(text, people(text, "Ivo Sand")).named("nominated") == []


def test_a_nomination_someone_received_is_kept() -> None:
    text = "Mara Quill received a nomination for best actress."
    assert facts_of(text, people(text, "Mara Quill")).named("nominated") == [(["Mara Quill"], "best actress")]

"""The document page's cue marks say how sure the attributed content is, not only the source's commitment."""

from __future__ import annotations

from types import SimpleNamespace

from dateline.model import Attribution
from dateline.web.article_view import _attribution_marks


def _promise() -> Attribution:
    # "The warden vowed to reopen the pier." (vowed: stated by the warden, the reopening only possible)
    return Attribution.model_validate({
        "id": "A1", "kind": "indirect",
        "source": {"start": 0, "end": 10, "text": "The warden"},
        "cue": {"start": 11, "end": 16, "text": "vowed"},
        "content": [{"start": 17, "end": 36, "text": "to reopen the pier."}],
        "factuality": {"polarity": "positive", "certainty": "possible", "commitment": "stated",
                       "cues": [{"start": 11, "end": 16, "text": "vowed"}]},
    })


def test_a_promise_s_cue_says_its_content_is_possible() -> None:
    marks = _attribution_marks(SimpleNamespace(attributions=[_promise()]), {})  # type: ignore[arg-type]
    tips = {mark.tip for mark in marks if mark.kind == "cue"}
    assert tips == {"attribution cue · stated · positive · possible", "factuality cue · stated · positive · possible"}

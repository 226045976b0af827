"""The cue options' contextual vectors: doc.tensor rows from the pipeline's tok2vec, and when there are none."""

from __future__ import annotations

import numpy as np
import pytest

from dateline.errors import PipelineError
from dateline.stages.cue_options import CONTEXT_PARTS, option_context

pytestmark = pytest.mark.slow


def _option(doc, word: str, head: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word), next(t for t in doc if t.text == head)


def test_the_pipeline_fills_the_tensor_the_stage_reads(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = ["Mara Lindqvist vowed to fight on.", "Tobias Renner hopes that the band will play in Oslo next year."]
    for doc in [nlp(texts[0]), *nlp.pipe(texts, batch_size=8)]:
        assert doc.tensor.shape == (len(doc), 96) and np.abs(doc.tensor).sum() > 0


def test_the_context_is_the_word_subject_content_and_sentence_vectors(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mara Lindqvist vowed to fight on. Tobias Renner walked home.")
    word, head = _option(doc, "vowed", "fight")
    context = option_context(word, head)
    width = doc.tensor.shape[1]
    assert context.shape == (len(CONTEXT_PARTS) * width,)
    parts = context.reshape(len(CONTEXT_PARTS), width)
    assert np.array_equal(parts[0], doc.tensor[word.i]) and np.array_equal(parts[2], doc.tensor[head.i])
    assert np.array_equal(parts[1], doc.tensor[1])  # "Lindqvist", the subject's head
    assert np.allclose(parts[3], doc.tensor[: word.sent.end].mean(axis=0))  # the first sentence only


def test_an_option_without_subject_has_zeros_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Vowing to fight on, the band left.")
    word, head = _option(doc, "Vowing", "fight")
    width = doc.tensor.shape[1]
    assert not option_context(word, head)[width : 2 * width].any()


def test_a_parse_without_token_vectors_is_an_error(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.get_pipe("parser")(nlp.make_doc("Mara vowed to fight on."))  # parsed, but tok2vec never ran
    word, head = _option(doc, "vowed", "fight")
    with pytest.raises(PipelineError, match="doc.tensor"):
        option_context(word, head)

"""The analysis contract: fixed field names, the published JSON Schema, spans into the text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from dateline import Analysis, Document, analyse
from dateline.ingest import read_text
from dateline.model import SCHEMA_ID, SCHEMA_URI

CONTRACT_FIELDS = {
    "document": {"id", "title", "date", "source", "url", "sha256", "text"},
    "entity": {"id", "name", "type", "aliases", "mentions", "attributes"},
    "mention": {"start", "end", "text", "kind"},
    "attribute": {"name", "value", "as_of", "start", "end"},
    "time": {"id", "start", "end", "text", "type", "value", "anchor"},
    "attribution": {"id", "kind", "source", "cue", "content"},
    "source": {"start", "end", "text", "entity", "anonymous", "via"},
    "fact": {
        "id", "predicate", "participants", "object", "place", "time", "valid_from", "valid_to",
        "polarity", "certainty", "asserted_by", "trigger", "evidence",
    },
}


def _validate(payload: object) -> None:
    jsonschema.validate(payload, Analysis.json_schema())


def test_schema_names_the_contract_version() -> None:
    schema = Analysis.json_schema()
    assert schema["title"] == SCHEMA_ID
    assert set(schema["properties"]) >= {"schema", "document", "entities", "times", "attributions", "facts"}


def test_schema_names_its_draft_and_id() -> None:
    schema = Analysis.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_URI
    assert jsonschema.validators.validator_for(schema) is jsonschema.Draft202012Validator
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_keeps_the_fixed_field_names() -> None:
    definitions = Analysis.json_schema()["$defs"]
    names = {
        "document": "Document", "entity": "Entity", "mention": "Mention", "attribute": "Attribute",
        "time": "Time", "attribution": "Attribution", "source": "AttributionSource", "fact": "Fact",
    }
    for key, definition in names.items():
        assert CONTRACT_FIELDS[key] <= set(definitions[definition]["properties"]), key


def test_schema_rejects_an_unknown_entity_type() -> None:
    document = Document.create("Maya Lund arrived.")
    payload = Analysis(document=document).to_dict()
    payload["entities"] = [{"id": "E1", "name": "Maya Lund", "type": "ALIEN", "aliases": [], "mentions": [], "attributes": []}]
    with pytest.raises(jsonschema.ValidationError):
        _validate(payload)


@pytest.mark.slow
def test_seed_analysis_validates_and_has_its_date_and_people(seed_path: Path, nlp: object) -> None:
    document = read_text(seed_path.read_bytes(), input=str(seed_path))
    analysis = analyse(document, nlp=nlp)  # type: ignore[arg-type]
    payload = json.loads(analysis.to_json())
    _validate(payload)
    assert payload["schema"] == SCHEMA_ID
    assert payload["document"]["date"] == "2025-04-17"
    assert not payload["document"]["text"].lstrip().startswith("date")
    people = {entity["name"].casefold() for entity in payload["entities"] if entity["type"] == "PERSON"}
    assert {"ana de armas", "tom cruise"} <= people


@pytest.mark.slow
def test_every_span_points_at_its_text(nlp: object) -> None:
    text = "Maya Lund, 41, flew to Oslo on Sunday with Oskar Berg.\n\n\u201cWe are thrilled,\u201d Lund told The Fjord Times."
    analysis = analyse(Document.create(text, date=dt.date(2024, 11, 5)), nlp=nlp)  # type: ignore[arg-type]
    spans = [m for e in analysis.entities for m in e.mentions] + list(analysis.times)
    spans += [a.cue for a in analysis.attributions if a.cue] + [s for a in analysis.attributions for s in a.content]
    spans += [f.trigger for f in analysis.facts]
    assert spans, "the pipeline found nothing at all"
    for span in spans:
        assert text[span.start : span.end] == span.text

"""Loading the rule and lexicon files in ``dateline/data``.

Each file is YAML (or JSON, for large learned files: ``*.json``), read once per process with
:mod:`importlib.resources` and validated by a pydantic model, so that a mistake names the file
and the entry. A user can point
``DATELINE_DATA`` at a folder of their own files, which are read instead of the packaged ones of
the same name.
"""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from dateline.errors import LexiconError

__all__ = ["load_lexicon", "read_data_file"]

M = TypeVar("M", bound=BaseModel)


def _user_file(name: str) -> Path | None:
    folder = os.environ.get("DATELINE_DATA")
    if not folder:
        return None
    if not Path(folder).is_dir():  # a mistyped folder would silently leave the packaged files in use
        raise LexiconError(f"DATELINE_DATA: {folder} is not a folder")
    path = Path(folder) / name
    return path if path.is_file() else None


@functools.cache
def read_data_file(name: str) -> Any:
    """The parsed YAML (or JSON) of data file ``name`` (the user's copy if there is one, else the packaged one)."""
    path = _user_file(name)
    try:
        if path is not None:
            text = path.read_text(encoding="utf-8")
        else:
            text = resources.files("dateline.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise LexiconError(f"data file {name}: not found") from error
    if name.endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise LexiconError(f"data file {name}: not valid JSON ({error})") from error
    try:
        return yaml.load(text, Loader=_FAST_LOADER)  # a safe loader: libyaml parses, the safe constructors build
    except yaml.YAMLError:
        pass
    try:  # broken: PyYAML's own parser says what is wrong in clearer words than libyaml's
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise LexiconError(f"data file {name}: not valid YAML ({_yaml_problem(error)})") from error


#: libyaml's parser when PyYAML was built with it: the 17 data files parse in 0.12 s instead of 0.8 s
#: (3.4 s of a first analysis's 4.8 s, profiled), paid by every process that analyses (each
#: `dateline extract`, each ingest worker). The same safe constructors build the same values.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_problem(error: yaml.YAMLError) -> str:
    """PyYAML's message on one line: what is wrong and where (its own runs over several lines)."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None)
    if mark is None or problem is None:
        return " ".join(str(error).split())
    return f"{problem} at line {mark.line + 1}, column {mark.column + 1}"


def load_lexicon(name: str, model: type[M]) -> M:
    """Read data file ``name`` and validate it as ``model``; cached per process."""
    return _load_lexicon(name, model)  # type: ignore[return-value]


@functools.cache
def _load_lexicon(name: str, model: type[BaseModel]) -> BaseModel:
    raw = read_data_file(name)
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LexiconError(f"data file {name}: entry {where}: {first['msg']}") from error

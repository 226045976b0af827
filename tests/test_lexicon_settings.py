"""A user's DATELINE_DATA folder: a mistyped folder or a broken YAML file is one clear line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import LexiconError
from dateline.lexicons import _load_lexicon, read_data_file


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    read_data_file.cache_clear()
    _load_lexicon.cache_clear()
    yield
    read_data_file.cache_clear()
    _load_lexicon.cache_clear()


def test_a_folder_that_does_not_exist_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Ignoring it would analyse with the packaged files while the user believes theirs are read.
    monkeypatch.setenv("DATELINE_DATA", str(tmp_path / "my-data"))
    with pytest.raises(LexiconError) as raised:
        read_data_file("times/calendar.yaml")
    assert str(raised.value) == f"DATELINE_DATA: {tmp_path / 'my-data'} is not a folder"


def test_broken_yaml_is_one_line_with_its_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "times").mkdir()
    (tmp_path / "times" / "calendar.yaml").write_text("months:\n  - [January, Jan\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_DATA", str(tmp_path))
    with pytest.raises(LexiconError) as raised:
        read_data_file("times/calendar.yaml")
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("data file times/calendar.yaml: not valid YAML (")
    assert "at line 3, column 1)" in message


def test_data_files_are_parsed_by_libyaml_into_the_same_values() -> None:
    """PyYAML's pure-Python parser took 0.8 s of every analysing process's start (3.4 s profiled)."""
    from importlib import resources

    import yaml

    from dateline import lexicons

    if yaml.__with_libyaml__:
        assert lexicons._FAST_LOADER is yaml.CSafeLoader
    folder = resources.files("dateline.data")
    names = [p.name for p in folder.iterdir() if p.name.endswith(".yaml")]
    names += [f"times/{p.name}" for p in (folder / "times").iterdir() if p.name.endswith(".yaml")]
    for name in names:
        assert read_data_file(name) == yaml.safe_load(folder.joinpath(name).read_text(encoding="utf-8")), name

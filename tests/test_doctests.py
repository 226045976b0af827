"""The ``>>>`` examples of the docstrings and of the docs' Python blocks run and print what they show.

pytest is not run with ``--doctest-modules`` (it would import every module of the package, extras
included), so the examples are collected here: the modules that hold one, and the fenced blocks of
README.md and docs/*.md.
"""

from __future__ import annotations

import doctest
import importlib
import re

import pytest

from tests.paths import REPO

pytestmark = pytest.mark.slow  # most examples analyse a sentence with the spaCy model

_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _modules_with_examples() -> list[str]:
    package = REPO / "dateline"
    return sorted(
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in package.rglob("*.py")
        if ">>> " in path.read_text(encoding="utf-8")
    )


def _doc_blocks() -> list[tuple[str, int, str]]:
    blocks = []
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for match in _PYTHON_BLOCK.finditer(text):
            if ">>> " in match[1]:
                blocks.append((path.name, text.count("\n", 0, match.start()) + 2, match[1]))
    return blocks


def _run(test: doctest.DocTest) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


def test_there_are_examples_to_run() -> None:
    assert len(_modules_with_examples()) >= 5 and len(_doc_blocks()) >= 2


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples(name: str, nlp: object) -> None:
    module = importlib.import_module(name)
    tests = [test for test in doctest.DocTestFinder().find(module, name) if test.examples]
    assert tests, f"{name} has '>>> ' but no example doctest finds"
    for test in tests:
        _run(test)


@pytest.mark.parametrize(
    ("file", "line", "block"), [pytest.param(*block, id=f"{block[0]}:{block[1]}") for block in _doc_blocks()]
)
def test_docs_examples(file: str, line: int, block: str, nlp: object) -> None:
    _run(doctest.DocTestParser().get_doctest(block, {}, f"{file}:{line}", file, line))

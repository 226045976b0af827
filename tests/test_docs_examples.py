"""The docs' examples that are not doctests run as written (test_doctests.py runs the ``>>>`` ones):

- every ``dateline ...`` line of a ``sh`` block in README.md and docs/*.md, and every command's ``Example:``
  in its help, names a command and options that exist (parsed, not run: most need a corpus or a server);
- every ``$ dateline ...`` of a ``console`` block prints what the block shows;
- the README's Python example prints what its comments say.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.reference import commands
from tests.paths import REPO

_BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)
_PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def _blocks(kind: str) -> list[tuple[str, str]]:
    """The ``kind`` blocks of the README and the docs, each with where it is ("README.md:43")."""
    found = []
    for path in _PAGES:
        text = path.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            if match[1] == kind:
                found.append((f"{path.name}:{text.count(chr(10), 0, match.start()) + 1}", match[2]))
    return found


def _command_words(line: str) -> list[str]:
    """The words of a shell line, less its comment and a redirection (`dateline schema > analysis.schema.json`)."""
    words = shlex.split(line, comments=True)
    return words[: words.index(">")] if ">" in words else words


def _command_lines() -> list[tuple[str, list[str]]]:
    """Each ``dateline`` command of the sh blocks, continuation lines joined and comments dropped."""
    lines = []
    for where, block in _blocks("sh"):
        for line in block.replace("\\\n", " ").splitlines():
            words = _command_words(line)
            if words[:1] == ["dateline"]:
                lines.append((f"{where}: {line.strip()}", words[1:]))
    return lines


def _parse(group: Any, args: list[str]) -> None:
    """Parse ``args`` as the command line would, down to the command, without running it; a usage error
    (no such command or option, a bad value) raises. (Typer's commands are its own copy of click's.)"""
    context = group.make_context("dateline", list(args))
    name, command, rest = group.resolve_command(context, [*context._protected_args, *context.args])
    if hasattr(command, "commands"):  # a group: benchmark
        _parse(command, rest)
    else:
        command.make_context(name, rest, parent=context)


def _help_examples() -> list[tuple[str, list[str]]]:
    """Each command's ``Example: dateline ...`` line, as its --help and docs/cli-reference.md show it."""
    found = []
    for name, command in commands():
        example = (command.help or "").partition("Example: dateline ")[2].partition("\n")[0]
        found.append((f"{name}: dateline {example}", _command_words(example)))
    return found


@pytest.mark.parametrize(("where", "args"), _help_examples(), ids=[where for where, _ in _help_examples()])
def test_every_help_example_parses(where: str, args: list[str]) -> None:
    _parse(get_command(app), args)


def test_there_are_examples_of_each_kind() -> None:
    assert len(_command_lines()) >= 20 and _blocks("console") and _blocks("python")


@pytest.mark.parametrize(("where", "args"), _command_lines(), ids=[where for where, _ in _command_lines()])
def test_every_documented_command_line_parses(where: str, args: list[str]) -> None:
    _parse(get_command(app), args)


def _console_runs() -> list[tuple[str, list[str], str]]:
    """Each ``$ dateline ...`` of a console block, with the output the block shows under it."""
    runs = []
    for where, block in _blocks("console"):
        for chunk in re.split(r"^(?=\$ )", block, flags=re.MULTILINE):
            command, _, shown = chunk.partition("\n")
            if command.startswith("$ dateline "):
                runs.append((where, shlex.split(command)[2:], shown))
    return runs


@pytest.mark.parametrize(("where", "args", "shown"), _console_runs(), ids=[run[0] for run in _console_runs()])
def test_console_examples_print_what_they_show(where: str, args: list[str], shown: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    assert printed == [line.rstrip() for line in shown.splitlines()], f"{where} shows another output"


def _expected_prints(code: str) -> list[str]:
    """What each ``print(...)`` of the example says it prints: its comment, or the comment line under it."""
    lines = code.splitlines()
    expected = []
    for index, line in enumerate(lines):
        if "print(" not in line:
            continue
        comment = line.partition("  # ")[2] or lines[index + 1].strip().removeprefix("# ")
        expected.append(comment.strip())
    return expected


@pytest.mark.slow
@pytest.mark.parametrize(("where", "code"), [block for block in _blocks("python") if ">>> " not in block[1]])
def test_python_examples_print_what_their_comments_say(
    where: str, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp: object
) -> None:
    monkeypatch.chdir(tmp_path)  # the README's example makes news.db in the current folder
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, where, "exec"), {"__name__": "__docs__"})  # noqa: S102 -- our own docs' code
    assert output.getvalue().splitlines() == _expected_prints(code), where

"""The docs keep up with the code: every command has help and is in the generated reference."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markdown import Markdown
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli.reference import commands, render_reference
from tests.paths import REPO


def test_every_command_has_help_with_an_example() -> None:
    for name, command in commands():
        assert command.help, f"{name} has no help"
        assert "Example: dateline" in command.help, f"{name}'s help has no example"


def test_every_command_s_summary_is_one_line() -> None:
    # `dateline --help` lists each command by its first paragraph, line breaks kept: entity's and asof's
    # summaries broke off mid-sentence ("... and each document" / "entity merged into it").
    for name, command in commands():
        summary = (command.help or "").split("\n\n")[0]
        assert "\n" not in summary, f"{name}'s summary spans lines: {summary!r}"


def test_every_option_has_help() -> None:
    for name, command in commands():
        for param in command.params:
            assert getattr(param, "help", None), f"{name} {param.name} has no help"


def _rendered_as_markdown(text: str) -> str:
    console = Console(file=io.StringIO(), width=10_000, color_system=None)
    console.print(Markdown(text))
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_help_texts_survive_markdown() -> None:
    # The terminal help is rendered as Markdown (so a docstring's wrapped lines read as one paragraph), where
    # "<name>.json" is an HTML tag and vanishes, and "*x*" loses its stars.
    for name, command in commands():
        texts = [command.help or ""] + [getattr(param, "help", None) or "" for param in command.params]
        for text in texts:
            words = text.replace("`", "").split()
            assert _rendered_as_markdown(text).split() == words, f"{name}: {text!r} loses words in --help"


def test_help_joins_a_paragraph_s_wrapped_lines() -> None:
    # Typer's "rich" mode kept each line break of a docstring, so paragraphs broke off mid-sentence.
    result = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert "A bad input is reported on standard error and skipped" in result.output


def test_cli_reference_is_up_to_date() -> None:
    written = (REPO / "docs" / "cli-reference.md").read_text(encoding="utf-8")
    assert written == render_reference(), "run: python -m dateline.cli.reference > docs/cli-reference.md"


def test_readme_names_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme


def test_help_lists_the_users_commands_before_the_learn_ones() -> None:
    # --help opened on learn-cue-frames and learn-cue-model, commands for training on gold data.
    names = [name.split()[1] for name, _ in commands()]
    assert names[:2] == ["extract", "ingest"]
    learned = [index for index, name in enumerate(names) if name.startswith("learn-")]
    assert learned and all(not name.startswith("learn-") for name in names[: learned[0]])
    assert learned == list(range(learned[0], learned[0] + len(learned)))

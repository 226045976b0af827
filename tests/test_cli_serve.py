"""``dateline serve``: loopback by default, read-only by default on any other address, options passed through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.web import is_loopback


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def fake_serve(application: Any, *, host: str, port: int) -> None:
        seen.update(app=application, host=host, port=port)

    monkeypatch.setattr("dateline.web.serve", fake_serve)
    monkeypatch.setattr("dateline.web.check_address", lambda host, port: None)  # port 8000 may be taken here
    return seen


def _run(tmp_path: Path, *args: str) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), *args])
    assert result.exit_code == 0, result.output


def test_binds_loopback_and_writes_by_default(tmp_path: Path, served: dict[str, Any]) -> None:
    _run(tmp_path)
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    assert served["app"].state.read_only is False


def test_another_host_is_read_only_unless_told(tmp_path: Path, served: dict[str, Any]) -> None:
    _run(tmp_path, "--host", "0.0.0.0", "--port", "8123")
    assert (served["host"], served["port"], served["app"].state.read_only) == ("0.0.0.0", 8123, True)
    _run(tmp_path, "--host", "0.0.0.0", "--no-read-only")
    assert served["app"].state.read_only is False
    _run(tmp_path, "--read-only", "--max-body", "5000")
    assert served["app"].state.read_only is True and served["app"].state.max_body == 5000


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.8.0.2", True), ("::1", True),
                                                ("[::1]", True), ("localhost", True), ("0.0.0.0", False),
                                                ("192.168.1.4", False), ("::", False), ("example.invalid", False)])
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serving_an_empty_store_says_so(tmp_path: Path, served: dict[str, Any]) -> None:
    # A mistyped --db served a new, empty store without a word.
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 0, result.output
    assert "(no documents yet: a new store?)" in result.stderr


def test_a_taken_port_is_one_error_line_before_anything_is_served(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use "
        "(another server is listening there: give another --port)\n"
    )


def test_an_unknown_host_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--host", "999.1.1.1"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot listen on 999.1.1.1:8000: ")

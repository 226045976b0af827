"""`dateline export | head`: a reader that stops early is no error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dateline.bench.synthetic import build_synthetic_store
from dateline.store import Store
from tests.paths import REPO


def test_an_export_piped_into_a_reader_that_stops_early_ends_without_an_error(tmp_path: Path) -> None:
    # It printed "Error: <stdout>: cannot write the export (Broken pipe)" and exited with 1.
    db = str(tmp_path / "kb.db")
    with Store(db) as store:
        build_synthetic_store(store, facts=2000, people=200)  # an export far over a pipe's 64 kB buffer
    export = subprocess.Popen([sys.executable, "-m", "dateline", "export", "--db", db], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert export.stdout is not None and export.stderr is not None
    assert export.stdout.read(100).startswith(b'{\n  "documents": [')
    export.stdout.close()
    errors = export.stderr.read().decode()
    assert export.wait(timeout=60) == 0, errors
    assert "Error" not in errors and "Traceback" not in errors and "BrokenPipe" not in errors

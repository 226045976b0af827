"""The ingest progress bar's rate: shown after one batch too, not only after Rich has two samples."""

from __future__ import annotations

from rich.progress import Progress

from dateline.cli.core import _RateColumn


def test_a_run_of_one_update_shows_its_average_rate() -> None:
    now = [0.0]
    progress = Progress(get_time=lambda: now[0])
    task_id = progress.add_task("ingest", total=3)
    now[0] = 2.0
    progress.update(task_id, completed=3)
    task = progress.tasks[0]
    assert _RateColumn().render(task).plain == "1.5 docs/s"


def test_before_anything_is_done_the_rate_is_unknown() -> None:
    progress = Progress(get_time=lambda: 0.0)
    task_id = progress.add_task("ingest", total=3)
    assert _RateColumn().render(progress.tasks[task_id]).plain == "… docs/s"

"""The ingest progress bar's rate: shown after one batch too, not only after Rich has two samples."""

from __future__ import annotations

from rich.progress import Progress, Task

from dateline.cli.core import _RateColumn, _TimeLeftColumn


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


def _task_after(*updates: tuple[float, int, int]) -> Task:
    """The ingest task after each (time, documents seen, of them skipped as stored) update."""
    now = [0.0]
    progress = Progress(get_time=lambda: now[0])
    task_id = progress.add_task("ingest", total=1000)
    for when, seen, skipped in updates:
        now[0] = when
        progress.update(task_id, completed=seen, skipped=skipped)
    return progress.tasks[0]


def test_two_batches_handed_back_together_do_not_read_as_a_burst_of_speed() -> None:
    task = _task_after((40.0, 64, 0), (40.1, 128, 0))  # two workers finish about together
    assert _RateColumn().render(task).plain == "3.2 docs/s"  # Rich's window said 640
    assert _TimeLeftColumn().render(task).plain == "0:04:33"


def test_documents_skipped_as_stored_are_not_counted_as_analysed() -> None:
    task = _task_after((0.5, 128, 128), (40.5, 192, 128))  # a resumed run
    assert _RateColumn().render(task).plain == "1.6 docs/s"

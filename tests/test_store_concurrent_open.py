"""Processes opening one new store at once all get it (two ingests started together: one failed with
"table documents already exists")."""

from __future__ import annotations

import multiprocessing
from typing import Any

from dateline.store import Store


def _open(url: str, barrier: Any, outcomes: Any) -> None:
    barrier.wait()  # all at once, as two commands started together
    try:
        Store(url).close()
        outcomes.put("opened")
    except Exception as error:  # noqa: BLE001  # the outcome is what the test compares
        outcomes.put(str(error))


def test_a_new_store_opened_by_four_processes_at_once_opens_in_each(store_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    barrier, outcomes = context.Barrier(4), context.Queue()
    processes = [context.Process(target=_open, args=(store_url, barrier, outcomes)) for _ in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    assert sorted(outcomes.get(timeout=5) for _ in processes) == ["opened"] * 4
    with Store(store_url) as store:
        assert store.count_documents() == 0

"""``dateline benchmark times``: the times stage against TimeML gold (TempEval-3 Task A)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.bench.tempeval import MatchCounts, count_matches, f1_scores
from dateline.bench.timeml import read_timeml
from dateline.errors import InputError
from dateline.stages.times import find_times
from dateline.stages.times.grammar import load_grammar

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["benchmark_times"]


def benchmark_times(
    gold_dir: Path, *, predictions: Path | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """Tag every ``.tml`` under ``gold_dir`` (its creation time as the document date) and score it.

    Returns the TempEval-3 Task A scores (strict and relaxed extent, type and value; micro-averaged)
    and the speed of the stage alone, in documents per second of wall-clock time and of this process's
    CPU time (which other processes on the machine do not slow down); rule compilation excluded. With
    ``predictions``, writes ``<name>.json`` per document there. With ``nlp``, each text is parsed first
    (not timed) and the stage gets the parse, as inside the pipeline (sentences and tenses).
    """
    paths = sorted(gold_dir.rglob("*.tml"))
    if not paths:
        raise InputError("no .tml files found", input=str(gold_dir))
    find_times("", document_date=dt.date(2000, 1, 1))  # compile the rules outside the timed part
    load_grammar().compile_routes()  # and every route's regex, which a text otherwise compiles when it first needs it
    counts = MatchCounts()
    seconds = cpu_seconds = 0.0
    for path in paths:
        document = read_timeml(path)
        doc = nlp(document.text) if nlp is not None else None
        started, cpu_started = time.perf_counter(), time.process_time()
        times = find_times(document.text, document_date=document.creation_date, doc=doc)
        seconds += time.perf_counter() - started
        cpu_seconds += time.process_time() - cpu_started
        counts += count_matches(document.timexes, times)
        if predictions is not None:
            rows = [time_.model_dump(include={"start", "end", "text", "type", "value"}) for time_ in times]
            predictions.mkdir(parents=True, exist_ok=True)
            (predictions / f"{document.name}.json").write_text(
                json.dumps({"times": rows}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    return {
        "gold_dir": str(gold_dir),
        "parse": nlp is not None,
        "documents": len(paths),
        "gold_timexes": counts.gold,
        "system_timexes": counts.system,
        "scores": f1_scores(counts),
        "speed": {
            "seconds": round(seconds, 4),
            "documents_per_second": round(len(paths) / seconds, 1) if seconds else None,
            "documents_per_cpu_second": round(len(paths) / cpu_seconds, 1) if cpu_seconds else None,
        },
    }

"""``dateline benchmark speed``: bare spaCy vs dateline extract vs ingest into SQLite, on one corpus."""

from __future__ import annotations

import itertools
import resource
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.batch import ingest_items
from dateline.batch.cluster import ingest_items_on_cluster
from dateline.bench.memory import MemorySampler
from dateline.errors import DocumentError, InputError
from dateline.factories import DATELINE_PIPES
from dateline.ingest import iter_documents
from dateline.model import Document
from dateline.nlp import load_pipeline
from dateline.pipeline import STAGES, analyse_many
from dateline.stages.times.grammar import load_grammar
from dateline.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["benchmark_speed", "load_corpus", "stream_corpus"]


def stream_corpus(path: Path, *, repeat: int | None = None, limit: int | None = None) -> Iterator[Document]:
    """The documents of ``path``, read again and again (``repeat`` times, or without end), at most ``limit``.

    Copies get distinct ids (``id#2``); the file is re-read for each round, so memory stays constant
    however many documents are asked for.
    """

    def rounds() -> Iterator[Document]:
        for round_ in itertools.count() if repeat is None else range(repeat):
            found = False
            first_error: InputError | None = None
            for item in iter_documents([str(path)]):
                if isinstance(item, Document):
                    found = True
                    yield item if round_ == 0 else item.model_copy(update={"id": f"{item.id}#{round_}"})
                elif first_error is None:
                    first_error = item
            if not found:
                # a missing or unreadable corpus says why, not only that it gave nothing
                raise first_error or InputError("no documents", input=str(path))

    return itertools.islice(rounds(), limit)


def load_corpus(path: Path, *, repeat: int = 1, limit: int | None = None) -> list[Document]:
    """The documents of ``path`` repeated ``repeat`` times (copies get distinct ids), at most ``limit``."""
    return list(stream_corpus(path, repeat=repeat, limit=limit))


def _reset_peak_rss() -> None:
    try:  # Linux: writing 5 resets the peak resident set size of this process
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_rss_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


@dataclass(frozen=True)
class _Clock:
    """Wall time, and CPU time of this process and of the child processes it has waited for."""

    wall: float
    cpu: float

    @classmethod
    def start(cls) -> _Clock:
        return cls(time.perf_counter(), _cpu_seconds())

    def phase(self, documents: list[Document], words: int, *, excluding: _Clock | None = None) -> dict[str, Any]:
        """Documents/s, words/s and CPU per document since the start (less the wall and CPU seconds
        ``excluding`` holds); peak RSS of this process."""
        seconds, cpu = time.perf_counter() - self.wall, _cpu_seconds() - self.cpu
        if excluding is not None:
            seconds, cpu = seconds - excluding.wall, cpu - excluding.cpu
        return {
            "seconds": round(seconds, 3),
            "docs_per_s": round(len(documents) / seconds, 2),
            "words_per_s": round(words / seconds, 1),
            "cpu_seconds": round(cpu, 3),
            "cpu_ms_per_doc": round(1000 * cpu / len(documents), 3),
            "peak_rss_mb": _peak_rss_mb(),
        }


@dataclass
class _Tally:
    """Wall and CPU seconds of one phase summed over the rounds, and its largest peak RSS."""

    wall: float = 0.0
    cpu: float = 0.0
    peak_rss_mb: float | None = None

    def add(self, since: _Clock, *, excluding: _Clock | None = None) -> None:
        """Add the seconds since ``since`` (less those ``excluding`` holds) and the peak RSS since the
        phase began."""
        wall, cpu = time.perf_counter() - since.wall, _cpu_seconds() - since.cpu
        if excluding is not None:
            wall, cpu = wall - excluding.wall, cpu - excluding.cpu
        self.add_elapsed(_Clock(wall, cpu))
        peak = _peak_rss_mb()
        if peak is not None:
            self.peak_rss_mb = max(peak, self.peak_rss_mb or 0.0)

    def add_elapsed(self, elapsed: _Clock) -> None:
        self.wall += elapsed.wall
        self.cpu += elapsed.cpu

    def phase(self, documents: list[Document], words: int) -> dict[str, Any]:
        """Documents/s, words/s and CPU per document over all rounds; the peak RSS of this process."""
        return {
            "seconds": round(self.wall, 3),
            "docs_per_s": round(len(documents) / self.wall, 2),
            "words_per_s": round(words / self.wall, 1),
            "cpu_seconds": round(self.cpu, 3),
            "cpu_ms_per_doc": round(1000 * self.cpu / len(documents), 3),
            "peak_rss_mb": self.peak_rss_mb,
        }


def _start_phase() -> _Clock:
    _reset_peak_rss()
    return _Clock.start()


def _rounds(documents: list[Document], repeat: int) -> list[list[Document]]:
    """``documents`` cut into ``repeat`` consecutive parts of about the same size (the copies of the corpus)."""
    size = -(-len(documents) // max(repeat, 1))
    return [documents[start : start + size] for start in range(0, len(documents), size)]


def _stage_shares(timings: dict[str, float], *, components: float, total: float) -> dict[str, float]:
    """Each stage's share of phase (b); spaCy's is what the stages and components leave."""
    seconds = {stage: timings.get(stage, 0.0) for stage in STAGES}
    seconds["components"] = components
    seconds["spacy"] = total - sum(timings.values()) - components
    return {stage: round(value / total, 4) for stage, value in seconds.items()}


def _cpu_seconds() -> float:
    # Worker processes count once they have ended and been waited for (pools and clusters are closed
    # before a phase is timed), so a phase's CPU time includes its workers'.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def benchmark_speed(
    corpus: Path,
    *,
    repeat: int = 1,
    limit: int | None = None,
    model: str | None = None,
    batch_size: int = 64,
    workers: Sequence[int] = (),
    dask_workers: Sequence[int] = (),
) -> dict[str, Any]:
    """Time (a) bare ``nlp.pipe``, (b) all stages without a store, (c) ingest into a fresh SQLite file.

    All three run in this process on the same documents with the same spaCy pipes. (a) is timed
    twice over: the whole spaCy pipeline dateline loads, with dateline's own components in it
    (``spacy_pipeline``, the baseline of the ``ratio_*_vs_spacy`` figures), and spaCy's own pipes
    alone (``spacy``, the baseline of the stricter ``ratio_*_vs_bare_spacy`` figures, which count
    dateline's components as dateline's cost; they are timed apart, under ``components``). Returns
    documents/s, words/s, CPU time, peak RSS per phase, each stage's share of (b), and the ratios of
    (b) and (c) to (a) (1.0 means no overhead over spaCy), by wall time and (``_cpu``) by CPU time,
    which other load on the machine disturbs less. With ``repeat`` copies of the corpus the three
    phases take turns, one copy each per round, so that a machine slowing down or speeding up during
    the run weighs on all three alike instead of on whichever phase ran then.

    Then, on the same documents, ingest with a pool of each number of ``workers`` (local engine)
    and on a local Dask cluster of each number of ``dask_workers``, each into a fresh SQLite file:
    under ``engines``, documents/s, the speed-up over one worker (the local engine's one worker is
    (c)), and the peak RSS of this process and of the largest worker process.
    """
    documents = load_corpus(corpus, repeat=repeat, limit=limit)
    words = sum(len(document.text.split()) for document in documents)
    nlp = load_pipeline(model)
    _warm_up(nlp, documents[:8], batch_size=batch_size)

    spacy_tally, components_tally, extract_tally, ingest_tally = _Tally(), _Tally(), _Tally(), _Tally()
    timings: dict[str, float] = {}
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "speed.db"))
        for part in _rounds(documents, repeat):
            clock = _start_phase()
            components = _run_bare_spacy(nlp, part, batch_size=batch_size)
            spacy_tally.add(clock, excluding=components)
            components_tally.add_elapsed(components)
            clock = _start_phase()
            results = analyse_many(part, nlp=nlp, batch_size=batch_size, timings=timings)
            failed += sum(isinstance(result, DocumentError) for result in results)
            extract_tally.add(clock)
            clock = _start_phase()
            ingest_items(part, store=store, nlp=nlp, batch_size=batch_size)
            ingest_tally.add(clock)
        store.close()
    spacy_phase = spacy_tally.phase(documents, words)
    pipeline_phase = _with_components(spacy_phase, components_tally, documents=len(documents), words=words)
    extract_phase = extract_tally.phase(documents, words)
    extract_phase["failed"] = failed
    extract_phase["stage_share"] = _stage_shares(timings, components=components_tally.wall, total=extract_tally.wall)
    ingest_phase = ingest_tally.phase(documents, words)

    engines: dict[str, Any] = {}
    for engine, counts in (("local", workers), ("dask", dask_workers)):
        phases = {
            str(count): _engine_phase(
                documents, words, engine=engine, workers=count, model=model, batch_size=batch_size
            )
            for count in counts
        }
        if engine == "local" and phases:
            phases = {"1": dict(ingest_phase), **phases}
        if phases:
            engines[engine] = _with_speedup(phases)

    return {
        "corpus": str(corpus),
        "documents": len(documents),
        "words": words,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",  # spaCy's package name: en_core_web_md
        "pipes": nlp.pipe_names,
        "spacy": spacy_phase,
        "components": {"seconds": round(components_tally.wall, 3), "cpu_seconds": round(components_tally.cpu, 3)},
        "spacy_pipeline": pipeline_phase,
        "extract": extract_phase,
        "ingest": ingest_phase,
        **_ratios(pipeline_phase, extract_phase, ingest_phase, suffix=""),
        **_ratios(spacy_phase, extract_phase, ingest_phase, suffix="bare_"),
        **({"engines": engines} if engines else {}),
    }


def _warm_up(nlp: Language, documents: list[Document], *, batch_size: int) -> None:
    """Run the whole pipeline once, so that no timed phase pays for loading: spaCy's first batch, and
    each stage's data files and regexes (the times stage's take seconds), which warming up spaCy alone
    left to the first round of (b). The times routes a text reaches are compiled when it first reaches
    them, so eight documents left most to the timed rounds (about 0.9 ms an article in the first, speed17):
    all are compiled here, as a long ingest has them after its first few hundred articles."""
    list(analyse_many(documents, nlp=nlp, batch_size=batch_size))
    load_grammar().compile_routes()


def _with_components(
    spacy_phase: dict[str, Any], components: _Tally, *, documents: int, words: int
) -> dict[str, Any]:
    """Phase (a) with dateline's components counted in: the whole pipeline dateline loads."""
    seconds = spacy_phase["seconds"] + components.wall
    cpu = spacy_phase["cpu_seconds"] + components.cpu
    return {
        "seconds": round(seconds, 3),
        "docs_per_s": round(documents / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "cpu_seconds": round(cpu, 3),
        "cpu_ms_per_doc": round(1000 * cpu / documents, 3),
    }


def _ratios(
    baseline: dict[str, Any], extract: dict[str, Any], ingest: dict[str, Any], *, suffix: str
) -> dict[str, float]:
    """(b)/(a) and (c)/(a) by throughput and by CPU time, against the ``baseline`` phase (a)."""
    return {
        f"ratio_extract_vs_{suffix}spacy": round(extract["docs_per_s"] / baseline["docs_per_s"], 4),
        f"ratio_ingest_vs_{suffix}spacy": round(ingest["docs_per_s"] / baseline["docs_per_s"], 4),
        f"ratio_extract_vs_{suffix}spacy_cpu": round(baseline["cpu_seconds"] / extract["cpu_seconds"], 4),
        f"ratio_ingest_vs_{suffix}spacy_cpu": round(baseline["cpu_seconds"] / ingest["cpu_seconds"], 4),
    }


def _run_bare_spacy(nlp: Language, documents: list[Document], *, batch_size: int) -> _Clock:
    """Run spaCy's own pipes over ``documents``, then dateline's components on each doc apart.

    Returns the wall and CPU seconds of dateline's components, which are dateline's cost and not
    spaCy's: phase (a) leaves them out, and they count as a stage of (b).
    """
    wall = cpu = 0.0
    own = [(name, nlp.get_pipe(name)) for name in DATELINE_PIPES if name in nlp.pipe_names]
    with nlp.select_pipes(disable=[name for name, _ in own]):
        for doc in nlp.pipe((document.text for document in documents), batch_size=batch_size):
            started = _Clock.start()
            for _, component in own:
                doc = component(doc)
            wall += time.perf_counter() - started.wall
            cpu += _cpu_seconds() - started.cpu
    return _Clock(wall, cpu)


def _engine_phase(
    documents: list[Document], words: int, *, engine: str, workers: int, model: str | None, batch_size: int
) -> dict[str, Any]:
    """Ingest ``documents`` into a fresh SQLite file with ``engine`` on ``workers`` processes, start-up included."""
    sampler = MemorySampler()
    with tempfile.TemporaryDirectory() as folder, Store(str(Path(folder) / "engine.db")) as store:
        options: dict[str, Any] = {"store": store, "workers": workers, "model": model}
        options["on_progress"] = lambda summary: sampler.sample(summary.seen)
        clock = _Clock.start()
        if engine == "dask":
            summary = ingest_items_on_cluster(documents, partition_size=batch_size, **options)
        else:
            summary = ingest_items(documents, batch_size=batch_size, **options)
    phase = clock.phase(documents, words)  # after the workers have ended, so their CPU time counts
    phase.pop("peak_rss_mb")
    counts = {"workers": workers, "ingested": summary.ingested, "failed": summary.failed}
    return {**phase, **counts, **sampler.summary()}


def _with_speedup(phases: dict[str, dict[str, Any]]) -> dict[str, Any]:
    first = phases.get("1")
    if first is None:
        return phases
    for phase in phases.values():
        phase["speedup_vs_1"] = round(phase["docs_per_s"] / first["docs_per_s"], 3)
    return phases

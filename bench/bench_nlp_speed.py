"""The extractor's speed against spaCy's full small pipeline, in one run, on one core.

Usage: python bench/bench_nlp_speed.py [--repeat N] [--synthetic N]

Over the same documents (every report of ../shared/corpus/*/ where present, else N synthetic
reports of bench/corpus.py), prints documents/s of `factcheck.extraction.extract` (which
parses only the sentences that can carry a claim) and of the configured spaCy pipeline with
every component run over the whole text (`nlp.pipe`), the ratio, the model's load time and the
process's peak resident memory; the ratio again by the process's CPU time, which other
processes on a shared machine disturb less than the wall clock. Pinned to one core with BLAS
threads at one. The targets of issue 12: extractor >= 1.5x the full pipeline, peak RSS < 1 GB.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extraction import DocumentInput, extract  # noqa: E402
from factcheck.extraction import nlp as nlp_module  # noqa: E402
from factcheck.extraction.sources_file import load_sources  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _corpus_documents() -> list[DocumentInput]:
    docs = []
    for path in sorted(CORPUS.glob("*/[0-9]*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        published = None
        stamp = d.get("published_at") or (d.get("order_utc") or "").rstrip("≈")
        if stamp:
            try:
                published = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
            except ValueError:
                published = None
        docs.append(
            DocumentInput(
                text=d["text"],
                publisher=d.get("publisher") or "",
                published_at=published,
                language=d.get("language") or "en",
            )
        )
    return docs


def _synthetic_documents(count: int) -> list[DocumentInput]:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import corpus_build

    built = corpus_build(events=max(1, count // 12), claimants=4, updates=3, words=250)[:count]
    return [
        DocumentInput(
            text=d.text,
            title=d.title,
            publisher=d.publisher,
            published_at=datetime.fromisoformat(d.published_at),
        )
        for d in built
    ]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the documents")
    parser.add_argument("--synthetic", type=int, default=0, help="use N synthetic reports")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    docs = (
        _synthetic_documents(args.synthetic)
        if args.synthetic or not CORPUS.is_dir()
        else _corpus_documents()
    )
    words = sum(len(d.text.split()) for d in docs)
    origin = "synthetic" if args.synthetic or not CORPUS.is_dir() else str(CORPUS)
    print(f"{len(docs)} documents ({origin}), {words / max(1, len(docs)):.0f} words each")

    started = time.perf_counter()
    model = nlp_module.load()
    print(f"model {nlp_module.model_name()} loaded in {time.perf_counter() - started:.2f}s")
    sources = load_sources(ROOT / "seeds" / "sources.json")
    extract(docs[0], sources)  # warm caches (the source index)

    started, cpu_started = time.perf_counter(), time.process_time()
    claims = 0
    for _ in range(args.repeat):
        for doc in docs:
            claims += len(extract(doc, sources).claims)
    extractor_rate = len(docs) * args.repeat / (time.perf_counter() - started)
    extractor_cpu_rate = len(docs) * args.repeat / (time.process_time() - cpu_started)

    texts = [d.text for d in docs]
    # the full small pipeline as spaCy loads it (senter is off by default: the parser splits)
    disabled = [c for c in model.disabled if c != "senter"]
    for component in disabled:
        model.enable_pipe(component)
    full_names = ", ".join(model.pipe_names)
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for _doc in model.pipe(texts, batch_size=32):
            pass
    full_rate = len(docs) * args.repeat / (time.perf_counter() - started)
    full_cpu_rate = len(docs) * args.repeat / (time.process_time() - cpu_started)

    for component in disabled:
        model.disable_pipe(component)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ratio = extractor_rate / full_rate
    print(f"extractor            {extractor_rate:8.1f} documents/s  ({claims} claims)")
    print(f"spaCy full pipeline  {full_rate:8.1f} documents/s  ({full_names})")
    print(f"ratio                {ratio:8.2f}x  (target >= 1.5x)")
    # the process's own CPU time: steadier than the wall clock on a machine shared with others
    print(
        f"ratio by CPU time    {extractor_cpu_rate / full_cpu_rate:8.2f}x  "
        f"({extractor_cpu_rate:.1f} vs {full_cpu_rate:.1f} documents per CPU second)"
    )
    print(f"peak RSS             {peak_mb:8.0f} MB  (target < 1024 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

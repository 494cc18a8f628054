"""Throughput and memory of the claim extractor on ~600-word news articles.

Usage: python bench/bench_extraction.py [--docs N]
Builds synthetic articles from sentences written for this benchmark (plus the corpus at
../shared/corpus when present), runs `extract` on one core, and prints documents per
second and peak resident memory. The target is >= 50 documents/s and < 500 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common import Targets  # noqa: E402

from factcheck.extraction import DocumentInput, KnownSource, extract  # noqa: E402
from factcheck.extraction.scoring import load_folder  # noqa: E402
from factcheck.extraction.sources_file import load_sources  # noqa: E402

SENTENCES = [
    "A military transport plane crashed in northern Iraq on Tuesday, the army said.",
    "At least 12 people were killed and more than 30 wounded, officials said on Wednesday.",
    "The command said the loss was not caused by hostile fire or friendly fire.",
    "A U.S. official, speaking on condition of anonymity, said up to six crew were aboard.",
    "Rebels said in a statement on Telegram that their fighters had shot down the aircraft.",
    "The Pentagon said 14 service members have been killed since the war began on March 2.",
    "Rescue teams were still searching for two crew members, the ministry added.",
    '"The circumstances of the incident are under investigation," the spokesman said.',
    "Witnesses described a loud explosion before the helicopter went down near the river.",
    "The aircraft, which entered service in the 1960s, is used to refuel fighter jets.",
    "Analysts say the conflict has strained the air force's ageing fleet of tankers.",
    "Officials did not say how many people were on board when the plane took off.",
    "Four of the seven crew members were confirmed dead by Friday evening.",
    "The group claimed responsibility for the attack in a post on X.",
    "Local media reported that the wreckage was scattered across a wide area.",
    "The ministry denied reports that the helicopter had been struck by a missile.",
]


def synthetic_article(rng: random.Random, words: int = 600) -> str:
    paragraphs, count = [], 0
    while count < words:
        sentence = rng.choice(SENTENCES)
        paragraphs.append(sentence)
        count += len(sentence.split())
    return "\n\n".join(" ".join(paragraphs[i : i + 3]) for i in range(0, len(paragraphs), 3))


def _measure(documents: list[DocumentInput], sources: list[KnownSource]) -> float:
    """Prints and returns the throughput in documents per second."""
    words = sum(len(d.text.split()) for d in documents)
    extract(documents[0], sources)  # warm up: compile patterns, build the alias index
    started = time.perf_counter()
    claims = 0
    for doc in documents:
        claims += len(extract(doc, sources).claims)
    elapsed = time.perf_counter() - started
    print(
        f"  documents: {len(documents)}  words/doc: {words / len(documents):.0f}  claims: {claims}"
    )
    print(
        f"  throughput: {len(documents) / elapsed:.1f} documents/s ({words / elapsed:,.0f} words/s)"
    )
    return len(documents) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args()
    sources = load_sources(ROOT / "seeds" / "sources.json")
    rng = random.Random(7)
    published = datetime(2026, 3, 13, 12, tzinfo=UTC)
    documents = [
        DocumentInput(text=synthetic_article(rng), title="", publisher="Bench Wire",
                      published_at=published)
        for _ in range(args.docs)
    ]  # fmt: skip
    targets = Targets()
    print("synthetic 600-word articles (every sentence carries a claim):")
    rate = _measure(documents, sources)
    print("  " + targets.check("synthetic throughput", rate >= 50, ">= 50 documents/s"))
    real = []
    for folder in (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "data" / "annotated"):
        if folder.is_dir():
            real += [item.doc for item in load_folder(folder)]
    if real:
        print(f"real reports ({len(real)} from the corpus and the annotated set), x10:")
        _measure(real * 10, sources)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS: {peak_mb:.0f} MB   " + targets.check("peak memory", peak_mb < 500, "< 500 MB")
    )
    return targets.exit_status()


if __name__ == "__main__":
    raise SystemExit(main())

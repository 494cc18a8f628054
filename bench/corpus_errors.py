"""List the extractor's errors on one corpus event, as ../shared/eval/score_claims.py judges them.

Usage: python bench/corpus_errors.py EVENT_FOLDER CLAIMS.json [--kind casualty|cause]

CLAIMS.json is a `manage.py claims --format json` dump (bench/corpus_score.py keeps one per
event and mode under $CORPUS_SCORE_KEEP). Per document it prints the gold claims nothing
matched (FN) and the predicted claims that matched nothing (FP), each FP tagged with why:
`claimant` where a gold claim of the same values exists under another claimant, `value` where
the claimant holds a gold claim with other values, `extra` otherwise. The matching is the
scorer's own, loaded from its file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score_claims.py"


def _scorer(gold_dir: Path) -> dict:
    """The scorer's functions, without running its main()."""
    os.environ["GOLD_DIR"] = str(gold_dir)
    source = SCORER.read_text(encoding="utf-8").replace("\nmain()", "\n")
    namespace: dict = {"__name__": "score_claims"}
    exec(compile(source, str(SCORER), "exec"), namespace)  # noqa: S102 - our own eval script
    return namespace


def _describe(claim: dict) -> str:
    casualty = claim.get("casualty") or {}
    cause = claim.get("cause") or {}
    if claim.get("_kind", claim.get("kind")) == "casualty" or casualty:
        values = (
            f"{casualty.get('category')} {casualty.get('qualifier') or ''} "
            f"{casualty.get('min')}-{casualty.get('max')}"
        )
    else:
        values = f"{cause.get('category')} {cause.get('polarity')}"
    return f"{claim.get('claimant')!s:<32} {values:<28}"


def _gold_describe(gold: dict) -> str:
    if gold["kind"] == "casualty":
        values = (
            f"{gold.get('category')} {gold.get('qualifier') or ''} "
            f"{gold.get('min')}-{gold.get('max')}"
        )
    else:
        values = f"{gold.get('cause')} {gold.get('polarity')}"
    return f"{gold.get('claimant')!s:<32} {values:<28}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("event", type=Path)
    parser.add_argument("claims", type=Path)
    parser.add_argument("--kind", choices=["casualty", "cause"])
    args = parser.parse_args(argv)
    if not SCORER.is_file():
        print(f"{SCORER}: absent, nothing to list")
        return 0
    scorer = _scorer(args.event)
    claimant_ok, values_ok = scorer["claimant_ok"], scorer["values_ok"]
    predicted = json.loads(args.claims.read_text(encoding="utf-8"))
    if isinstance(predicted, dict):
        predicted = predicted.get("claims") or predicted.get("results") or []
    kinds = [args.kind] if args.kind else ["casualty", "cause"]
    by_url: dict[str, list[dict]] = {}
    for claim in predicted:
        kind = (claim.get("kind") or "").lower()
        kind = "casualty" if kind.startswith(("casualt", "count")) else kind
        kind = "cause" if kind.startswith("cause") else kind
        casualty = claim.get("casualty") or {}
        if (casualty.get("category") or "").startswith("aircraft") and casualty.get(
            "scope"
        ) != "cumulative":
            continue
        if kind in kinds:
            claim["_kind"] = kind
            by_url.setdefault(claim.get("document_url"), []).append(claim)
    tally = {"FN": 0, "FP claimant": 0, "FP value": 0, "FP extra": 0}
    for path in sorted(args.event.glob("[0-9]*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        golds = [
            g
            for g in document["gold"]["claims"]
            if g["kind"] in kinds
            and not (g.get("category") == "aircraft_lost" and g.get("scope") == "incident")
        ]
        preds = by_url.get(document["url"], [])
        used: set[int] = set()
        missed = []
        for gold in golds:
            for i, pred in enumerate(preds):
                if i in used or pred["_kind"] != gold["kind"]:
                    continue
                if claimant_ok(gold["claimant"], pred.get("claimant")) and values_ok(gold, pred):
                    used.add(i)
                    break
            else:
                missed.append(gold)
        wrong = [p for i, p in enumerate(preds) if i not in used]
        if not missed and not wrong:
            continue
        print(f"== {path.name} {document.get('publisher', '')} {document['url']}")
        for gold in missed:
            tally["FN"] += 1
            print(f"  FN {_gold_describe(gold)} | {(gold.get('evidence') or '')[:110]}")
        for pred in wrong:
            same_values = any(g["kind"] == pred["_kind"] and values_ok(g, pred) for g in golds)
            same_claimant = any(
                g["kind"] == pred["_kind"] and claimant_ok(g["claimant"], pred.get("claimant"))
                for g in golds
            )
            why = "claimant" if same_values else "value" if same_claimant else "extra"
            tally[f"FP {why}"] += 1
            evidence = (pred.get("text") or "")[:110]
            print(f"  FP {why:<8} {_describe(pred)} | {evidence}")
    print("tally:", ", ".join(f"{k} {v}" for k, v in tally.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Check the annotated set: python tests/data/annotated/validate.py [--quiet]

Checks every document and gold claim (fields, vocabularies, evidence is an exact
substring of the text, min <= max, dates parse), that claimants and publishers resolve
to a source (seeds/sources.json + tests/data/annotated/sources.json, or an
"... (anonymous)" claimant), and that findings.json names known rules, events and
claimants. Exit status 1 on any error.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

ATTRIBUTIONS = {"quote", "reported", "outlet", "headline"}
CATEGORIES = {"killed", "injured", "missing", "aboard", "survived", "aircraft_lost"}
QUALIFIERS = {"exact", "at_least", "at_most", "approx", "of_total", "all"}
SCOPES = {"incident", "cumulative"}
CAUSES = {
    "hostile_fire",
    "friendly_fire",
    "accident",
    "mechanical",
    "collision",
    "under_investigation",
    "unknown",
    "misfire",
    "natural",
}
POLARITIES = {"affirmed", "denied"}
RULES = {
    "casualty_revision",
    "casualty_conflict",
    "aboard_mismatch",
    "cause_contradiction",
    "cause_revision",
    "outlet_asserts_disputed",
    "cumulative_total",
    "stale_figure",
}
DOC_KEYS = {"url", "publisher", "title", "published_at", "language", "event", "text", "gold"}
CAS_KEYS = {
    "claimant",
    "attribution",
    "kind",
    "category",
    "group",
    "min",
    "max",
    "qualifier",
    "scope",
    "stated_on",
    "evidence",
}
CAUSE_KEYS = {
    "claimant",
    "attribution",
    "kind",
    "cause",
    "polarity",
    "agent",
    "stated_on",
    "evidence",
}


def load_sources() -> dict[str, str]:
    names: dict[str, str] = {}
    for path in (ROOT / "seeds" / "sources.json", HERE / "sources.json"):
        if path.exists():
            for s in json.loads(path.read_text()):
                names[s["name"]] = s["name"]
                for a in s.get("aliases", []):
                    names.setdefault(a, s["name"])
    return names


def parse_dt(value: str) -> None:
    datetime.fromisoformat(value.replace("Z", "+00:00"))


def main() -> int:
    quiet = "--quiet" in sys.argv
    errors: list[str] = []
    sources = load_sources()
    canon = set(sources.values())
    claimants_by_event: dict[str, set[str]] = {}
    n_docs = n_claims = 0
    for path in sorted(HERE.glob("*/*.json")):
        where = str(path.relative_to(HERE))
        doc = json.loads(path.read_text())
        n_docs += 1
        missing = DOC_KEYS - doc.keys()
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
            continue
        if doc["event"] != path.parent.name:
            errors.append(f"{where}: event {doc['event']!r} != directory")
        if doc["publisher"] not in canon:
            errors.append(f"{where}: publisher {doc['publisher']!r} is not a canonical source")
        if doc["published_at"] is not None:
            try:
                parse_dt(doc["published_at"])
            except ValueError:
                errors.append(f"{where}: bad published_at {doc['published_at']!r}")
        text = doc["text"]
        seen = claimants_by_event.setdefault(doc["event"], set())
        for i, c in enumerate(doc["gold"]["claims"]):
            n_claims += 1
            at = f"{where}#{i}"
            keys = CAS_KEYS if c.get("kind") == "casualty" else CAUSE_KEYS
            if c.get("kind") not in ("casualty", "cause"):
                errors.append(f"{at}: kind {c.get('kind')!r}")
                continue
            extra = set(c) - keys - {"total"}
            if keys - set(c) or extra:
                errors.append(f"{at}: keys missing {sorted(keys - set(c))} extra {sorted(extra)}")
                continue
            seen.add(c["claimant"])
            if c["claimant"] not in canon and not c["claimant"].endswith("(anonymous)"):
                errors.append(f"{at}: claimant {c['claimant']!r} is not a canonical source")
            if c["attribution"] not in ATTRIBUTIONS:
                errors.append(f"{at}: attribution {c['attribution']!r}")
            if c["evidence"] not in text:
                errors.append(f"{at}: evidence not in text: {c['evidence']!r}")
            headline = c["attribution"] == "headline" and doc["title"]
            if headline and c["evidence"] not in doc["title"]:
                errors.append(f"{at}: headline evidence not in title")
            if c["stated_on"] is not None:
                try:
                    date.fromisoformat(c["stated_on"])
                except ValueError:
                    errors.append(f"{at}: bad stated_on {c['stated_on']!r}")
            if c["kind"] == "casualty":
                if c["category"] not in CATEGORIES:
                    errors.append(f"{at}: category {c['category']!r}")
                if c["qualifier"] not in QUALIFIERS:
                    errors.append(f"{at}: qualifier {c['qualifier']!r}")
                if c["scope"] not in SCOPES:
                    errors.append(f"{at}: scope {c['scope']!r}")
                mn, mx, q = c["min"], c["max"], c["qualifier"]
                if mn is not None and mx is not None and mn > mx:
                    errors.append(f"{at}: min > max")
                if q == "at_least" and (mn is None or mx is not None):
                    errors.append(f"{at}: at_least needs min and max=null")
                if q == "at_most" and (mx is None or mn is not None):
                    errors.append(f"{at}: at_most needs max and min=null")
                if q in ("exact", "approx", "of_total") and (mn is None or mn != mx):
                    errors.append(f"{at}: {q} needs min == max")
                if q == "of_total" and not isinstance(c.get("total"), int):
                    errors.append(f"{at}: of_total needs total")
                if "total" in c and q != "of_total":
                    errors.append(f"{at}: total only with of_total")
                if not c["group"]:
                    errors.append(f"{at}: empty group")
            else:
                if c["cause"] not in CAUSES:
                    errors.append(f"{at}: cause {c['cause']!r}")
                if c["polarity"] not in POLARITIES:
                    errors.append(f"{at}: polarity {c['polarity']!r}")
    fpath = HERE / "findings.json"
    n_find = 0
    if fpath.exists():
        for i, f in enumerate(json.loads(fpath.read_text())):
            n_find += 1
            at = f"findings.json#{i}"
            if set(f) != {"event", "rule", "claimants", "why"}:
                errors.append(f"{at}: keys {sorted(f)}")
                continue
            if f["rule"] not in RULES:
                errors.append(f"{at}: rule {f['rule']!r}")
            if f["event"] not in claimants_by_event:
                errors.append(f"{at}: unknown event {f['event']!r}")
                continue
            if f["claimants"] != sorted(f["claimants"]):
                errors.append(f"{at}: claimants not sorted")
            for c in f["claimants"]:
                if c not in claimants_by_event[f["event"]]:
                    errors.append(f"{at}: claimant {c!r} has no claim in {f['event']}")
    for e in errors:
        print(e)
    if not quiet or errors:
        print(
            f"{n_docs} documents, {n_claims} claims, {n_find} findings, "
            f"{len(claimants_by_event)} events, {len(errors)} errors"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

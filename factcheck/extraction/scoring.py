"""Measure the extractor against annotated documents (the corpus JSON format).

Predicted and gold claims are paired one-to-one within a document: same kind, and
either overlapping spans (the gold `evidence` located in the text) or the same values.
Precision and recall are then counted per field: a predicted claim is right on a field
when it is paired and the field agrees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from .claimants import SourceIndex
from .extractor import extract
from .types import DocumentInput, ExtractedClaim, KnownSource

FIELDS = ("claim", "claimant", "attribution", "count", "group", "cause", "stated_at")


@dataclass
class GoldClaim:
    values: dict[str, Any]
    start: int
    end: int
    in_title: bool

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


@dataclass
class AnnotatedDocument:
    path: Path
    doc: DocumentInput
    gold: list[GoldClaim]


@dataclass
class FieldCount:
    correct: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


@dataclass
class Report:
    fields: dict[str, FieldCount] = field(default_factory=lambda: {f: FieldCount() for f in FIELDS})
    documents: int = 0
    errors: list[str] = field(default_factory=list)  # one line per miss, for debugging

    def table(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(f"{'field':<12} {'precision':>9} {'recall':>7}   correct/predicted/gold")
        for name, fc in self.fields.items():
            lines.append(
                f"{name:<12} {fc.precision:>9.3f} {fc.recall:>7.3f}   "
                f"{fc.correct}/{fc.predicted}/{fc.expected}"
            )
        lines.append(f"documents: {self.documents}")
        return "\n".join(lines)


def _parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    v = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(v)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def load_annotated(path: Path) -> AnnotatedDocument | None:
    """Read one annotated JSON document; the gold evidence is located in text or title.

    Returns None for a JSON file that is not a document (findings, sources).
    """
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or "text" not in raw:
        return None
    text = raw.get("text") or ""
    title = raw.get("title") or ""
    published = _parse_when(raw.get("published_at")) or _parse_when(raw.get("order_utc"))
    doc = DocumentInput(
        text=text,
        title=title,
        publisher=raw.get("publisher") or "",
        published_at=published,
        language=raw.get("language") or "en",
    )
    gold = []
    claims = (raw.get("gold") or {}).get("claims") or raw.get("claims") or []
    for values in claims:
        evidence = values.get("evidence") or ""
        start = text.find(evidence) if evidence else -1
        in_title = False
        if start < 0 and evidence and evidence in title:
            start, in_title = title.find(evidence), True
        end = start + len(evidence) if start >= 0 else -1
        gold.append(GoldClaim(values, start, end, in_title))
    return AnnotatedDocument(path, doc, gold)


def load_folder(folder: Path) -> list[AnnotatedDocument]:
    documents = []
    for path in sorted(folder.rglob("*.json")):
        if path.name == "sources.json" or path.name.startswith("_"):
            continue
        document = load_annotated(path)
        if document is not None:
            documents.append(document)
    return documents


class _Names:
    """Compare claimants by canonical name (an alias is its source's canonical name)."""

    def __init__(self, sources: Sequence[KnownSource]) -> None:
        self.index = SourceIndex(sources)

    def canonical(self, name: str | None) -> str:
        if not name:
            return ""
        return (self.index.lookup(name) or name).strip().casefold()


def _count_values(c: Any) -> tuple[Any, ...]:
    return (c.category, c.min, c.max, c.qualifier)


def _cause_values(c: Any) -> tuple[Any, ...]:
    return (c.cause, c.polarity)


def _values(c: Any, kind: str) -> tuple[Any, ...]:
    return _count_values(c) if kind == "casualty" else _cause_values(c)


def _gold_get(g: GoldClaim, name: str) -> Any:
    return g.values.get(name)


class _GoldView:
    def __init__(self, g: GoldClaim) -> None:
        self.g = g

    def __getattr__(self, name: str) -> Any:
        return self.g.values.get(name)


def _overlap(p: ExtractedClaim, g: GoldClaim) -> bool:
    if g.start < 0 or p.in_title != g.in_title:
        return False
    return p.start < g.end and g.start < p.end


def pair_claims(
    predicted: list[ExtractedClaim], gold: list[GoldClaim], names: _Names
) -> list[tuple[ExtractedClaim, GoldClaim]]:
    """One-to-one pairs, best agreement first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p.kind != _gold_get(g, "kind"):
                continue
            overlap = _overlap(p, g)
            same = _values(p, p.kind) == _values(_GoldView(g), p.kind)
            if not (overlap or same):
                continue
            score = 4 * overlap + 2 * same
            score += names.canonical(p.claimant) == names.canonical(_gold_get(g, "claimant"))
            candidates.append((score, i, j))
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((predicted[i], gold[j]))
    return pairs


def _as_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def score_document(
    predicted: list[ExtractedClaim],
    gold: list[GoldClaim],
    names: _Names,
    report: Report,
    label: str = "",
) -> None:
    """Add one document's counts to `report`."""
    f = report.fields
    pairs = pair_claims(predicted, gold, names)
    paired_p = {id(p) for p, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    f["claim"].predicted += len(predicted)
    f["claim"].expected += len(gold)
    f["claim"].correct += len(pairs)
    for name in ("claimant", "attribution"):
        f[name].predicted += len(predicted)
        f[name].expected += len(gold)
    for name in ("count", "group"):
        f[name].predicted += sum(p.kind == "casualty" for p in predicted)
        f[name].expected += sum(_gold_get(g, "kind") == "casualty" for g in gold)
    f["cause"].predicted += sum(p.kind == "cause" for p in predicted)
    f["cause"].expected += sum(_gold_get(g, "kind") == "cause" for g in gold)
    dated_gold = [g for g in gold if _gold_get(g, "stated_on")]
    f["stated_at"].expected += len(dated_gold)
    undated_pairs = sum(1 for _, g in pairs if not _gold_get(g, "stated_on"))
    f["stated_at"].predicted += len(predicted) - undated_pairs
    for p, g in pairs:
        gv = _GoldView(g)
        if names.canonical(p.claimant) == names.canonical(gv.claimant):
            f["claimant"].correct += 1
        else:
            report.errors.append(f"{label}: claimant {p.claimant!r} != {gv.claimant!r}")
        if p.attribution == gv.attribution:
            f["attribution"].correct += 1
        if p.kind == "casualty":
            if p.group == gv.group:
                f["group"].correct += 1
            if _count_values(p) == _count_values(gv):
                f["count"].correct += 1
            else:
                report.errors.append(
                    f"{label}: count {_count_values(p)} != {_count_values(gv)} ({gv.evidence!r})"
                )
        else:
            if _cause_values(p) == _cause_values(gv):
                f["cause"].correct += 1
            else:
                report.errors.append(
                    f"{label}: cause {_cause_values(p)} != {_cause_values(gv)} ({gv.evidence!r})"
                )
        if gv.stated_on:
            if p.stated_on == _as_date(gv.stated_on):
                f["stated_at"].correct += 1
            else:
                report.errors.append(
                    f"{label}: stated_on {p.stated_on} != {gv.stated_on} ({gv.evidence!r})"
                )
    for p in predicted:
        if id(p) not in paired_p:
            values = _values(p, p.kind)
            report.errors.append(f"{label}: extra {p.claimant!r} {p.kind} {values} @{p.start}")
    for g in gold:
        if id(g) not in paired_g:
            gv = _GoldView(g)
            values = _values(gv, gv.kind)
            report.errors.append(f"{label}: missed {gv.claimant!r} {values} {gv.evidence!r}")


def evaluate(documents: Iterable[AnnotatedDocument], sources: Sequence[KnownSource]) -> Report:
    """Run the extractor over annotated documents and count agreement per field."""
    names = _Names(sources)
    report = Report()
    for item in documents:
        result = extract(item.doc, sources)
        report.documents += 1
        label = f"{item.path.parent.name}/{item.path.name}"
        score_document(result.claims, item.gold, names, report, label=label)
    return report

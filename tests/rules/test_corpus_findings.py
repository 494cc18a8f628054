"""The rules alone on each development event's gold claims, judged by the shared check.

Every expected finding of every event in ../shared/corpus/, within the event's cap (the
figures bench/corpus_findings.py prints as "gold"). Skips where ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from claims.models import Event
from factcheck.readouts import finding_as_dict
from factcheck.rules.engine import event_evaluate
from factcheck.selectors import finding_list
from tests.conftest import REPO, SHARED

CORPUS = SHARED / "corpus"
CHECK = SHARED / "eval" / "check_findings.py"
EVENTS = sorted(p.name for p in CORPUS.glob("*") if (p / "expected.json").exists())

pytestmark = pytest.mark.django_db


def _bench():
    """bench/corpus_findings.py, whose gold loader this test shares (bench/ is no package)."""
    path = REPO / "bench" / "corpus_findings.py"
    spec = importlib.util.spec_from_file_location("corpus_findings", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CHECK.exists() or not EVENTS, reason="../shared/corpus is not present")
@pytest.mark.parametrize("name", EVENTS or ["none"])
def test_gold_claims_give_every_expected_finding_within_the_cap(name, tmp_path):
    folder = CORPUS / name
    _bench().gold_load(folder, f"dev-{name}")
    for event_id in Event.objects.values_list("pk", flat=True):
        event_evaluate(event_id=event_id)
    out = tmp_path / "findings.json"
    out.write_text(json.dumps([finding_as_dict(f) for f in finding_list()]), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, str(CHECK), str(out), str(folder)], capture_output=True, text=True
    )
    print(checked.stdout)
    assert checked.returncode == 0, checked.stdout

"""The quality floors catch a drop of more than two points, and a figure with no floor."""

import json

import pytest

from tests import quality_floors


@pytest.fixture
def floors_file(tmp_path, monkeypatch):
    path = tmp_path / "floors.json"
    monkeypatch.setattr(quality_floors, "FLOORS_FILE", path)
    monkeypatch.setattr(quality_floors, "UPDATE", False)
    path.write_text(json.dumps({"rules": {"precision": 1.0, "recall": 0.9}}))
    return path


def test_figures_within_two_points_of_the_floors_pass(floors_file):
    quality_floors.floors_check("rules", {"precision": 0.985, "recall": 0.95})


def test_losing_one_finding_in_forty_fails(floors_file):
    with pytest.raises(AssertionError, match="below the recorded quality floors"):
        quality_floors.floors_check("rules", {"precision": 39 / 40, "recall": 0.9})


def test_a_figure_without_a_floor_fails(floors_file):
    with pytest.raises(AssertionError, match=r"no floor for \['group\.recall'\]"):
        quality_floors.floors_check("rules", {"precision": 1.0, "recall": 0.9, "group.recall": 1})
    with pytest.raises(AssertionError, match="no quality floors recorded for 'corpus'"):
        quality_floors.floors_check("corpus", {"precision": 1.0})


def test_update_records_the_measured_figures(floors_file, monkeypatch):
    monkeypatch.setattr(quality_floors, "UPDATE", True)
    quality_floors.floors_check("corpus", {"claim.recall": 0.41234})

    recorded = json.loads(floors_file.read_text())
    assert recorded == {
        "corpus": {"claim.recall": 0.4123},
        "rules": {"precision": 1.0, "recall": 0.9},
    }

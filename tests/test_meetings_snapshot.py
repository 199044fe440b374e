"""Pinned floors of the classification and people scores on the snapshots."""

from evaluation import classify as classify_eval
from evaluation import people as people_eval


def test_classification_snapshot_floors():
    records = classify_eval.load_snapshot()
    assert len(records) >= 60
    scores = classify_eval.score(records)
    assert scores["precision"] >= 0.99
    assert scores["recall"] >= 0.99
    assert scores["meeting_type"] >= 0.99
    assert scores["level"] >= 0.99
    assert scores["is_online"] >= 0.99
    assert scores["connected_sites"] >= 0.99


def test_people_snapshot_floors():
    records = classify_eval.load_snapshot(people_eval.SNAPSHOT)
    assert len(records) >= 80
    scores = people_eval.score(records)
    assert scores["name_role"] >= 0.99
    assert scores["title"] >= 0.99
    assert scores["chair"] >= 0.99

"""Pinned floors of the date layer on tests/gold/dates.jsonl (see `python -m evaluation.dates`)."""

from evaluation.dates import load_snapshot, score

EXACT_FLOOR = 0.99
ARTICLE_FLOOR = 1.0
MIN_EXPRESSIONS = 150


def test_snapshot_is_large_enough():
    expressions, articles = load_snapshot()
    assert len(expressions) >= MIN_EXPRESSIONS
    assert [row["seed"][:3] for row in articles] == ["000", "001", "002", "004"]


def test_scores_stay_above_floors():
    result = score()
    assert result["exact"] >= EXACT_FLOOR, result["failures"]
    assert result["meeting"] >= ARTICLE_FLOOR, result["failures"]
    assert result["period"] >= ARTICLE_FLOOR, result["failures"]
    assert result["planned"] >= ARTICLE_FLOOR, result["failures"]

"""The blind-batch scorer on a tiny fixture of invented items."""

from pathlib import Path

from evaluation.real_phrasing import (
    figure_matches,
    load_items,
    main,
    report,
    score_items,
    scored_unit,
)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "real_phrasing_tiny.jsonl"


def test_figures_pair_one_to_one_on_unit_and_value():
    gold = [
        {"raw": "12,5%", "value": 12.5, "unit": "%"},
        {"raw": "12,5%", "value": 12.5, "unit": "%"},
        {"raw": "2.919,8 tỷ đồng", "value": 2919800000000, "unit": "VND"},
    ]
    found = [("%", 12.5, "12,5%"), ("VND", 2919800000000.0, "2.919,8 tỷ"), ("USD", 12.5, "x")]
    assert figure_matches(gold, found) == (2, ["12,5%"], ["x"])


def test_rates_count_under_their_currency():
    assert [scored_unit(u) for u in ("VND/người/năm", "%", "USD", "ha", None)] == [
        "VND",
        "%",
        "USD",
        None,
        None,
    ]


def test_fixture_scores():
    score = score_items(load_items([FIXTURE]))
    assert score.rates() == {
        "chair": 1.0,
        "co_chairs": 1.0,
        "meeting_date": 1.0,
        "month_day": 1.0,
        "meeting_dates": 1.0,
        "level": 1.0,
        "is_meeting_precision": 1.0,
        "is_meeting_recall": 1.0,
        "figures_precision": 1.0,
        "figures_recall": 1.0,
    }
    assert report(score, show=False)[0] == "chair: 1.000 (3/3)"


def test_show_lists_mismatches(capsys):
    main([str(FIXTURE), "--show"])
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "items: 4 in 1 file(s)"
    assert "MISS" not in out

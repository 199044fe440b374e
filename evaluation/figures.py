"""Score extract.figures against tests/gold/figures.jsonl: `python -m evaluation.figures`."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

from evaluation.paths import SEEDS
from extract.figures import Figure, find_figures

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT_PATH = REPO / "tests" / "gold" / "figures.jsonl"
# Columns compared among matched figures, besides the three of the headline score
DETAIL_FIELDS = (
    "raw",
    "total",
    "value_max",
    "qualifier",
    "is_estimate",
    "is_target",
    "change",
    "compared_to",
    "indicator_text",
    "period_start",
    "period_end",
)
# Relative tolerance when comparing values: 2160000.0000000002 equals 2160000
VALUE_TOLERANCE = 1e-9
# Times the seeds are run through for the throughput figure
THROUGHPUT_ROUNDS = 20


def load_snapshot(path: Path = SNAPSHOT_PATH) -> list[dict]:
    """Return the snapshot lines: text, period and expected figures."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _same(expected: object, found: object) -> bool:
    """Whether a found column equals the snapshot one (numbers within a relative tolerance)."""
    if isinstance(expected, float | int) and isinstance(found, float | int):
        if isinstance(expected, bool) or isinstance(found, bool):
            return expected == found
        return math.isclose(expected, found, rel_tol=VALUE_TOLERANCE)
    return expected == found


def _pairs(gold: list[dict], found: list[Figure]) -> list[tuple[dict, Figure]]:
    """Pair gold and found figures whose raw spans overlap, each used once, in text order."""
    pairs = []
    used: set[int] = set()
    for expected in gold:
        for index, figure in enumerate(found):
            if index in used:
                continue
            if figure.start < expected["end"] and expected["start"] < figure.end:
                pairs.append((expected, figure))
                used.add(index)
                break
    return pairs


def score(path: Path = SNAPSHOT_PATH) -> dict:
    """Return precision, recall, the share of matched figures right on value+unit+indicator,
    per-column accuracy among matched figures, and the counts."""
    n_gold = n_found = n_matched = n_right = 0
    detail = dict.fromkeys(DETAIL_FIELDS, 0)
    for line in load_snapshot(path):
        period = tuple(line["period"]) if line["period"] else None
        found = find_figures(line["text"], period)
        pairs = _pairs(line["figures"], found)
        n_gold += len(line["figures"])
        n_found += len(found)
        n_matched += len(pairs)
        for expected, figure in pairs:
            n_right += all(
                _same(expected[name], getattr(figure, name))
                for name in ("value", "unit", "indicator")
            )
            for name in DETAIL_FIELDS:
                detail[name] += _same(expected[name], getattr(figure, name))
    return {
        "precision": n_matched / n_found if n_found else 1.0,
        "recall": n_matched / n_gold if n_gold else 1.0,
        "value_unit_indicator": n_right / n_matched if n_matched else 1.0,
        "fields": {name: count / n_matched if n_matched else 1.0 for name, count in detail.items()},
        "expected": n_gold,
        "found": n_found,
        "matched": n_matched,
    }


def throughput(seeds_dir: Path = SEEDS) -> dict | None:
    """Return characters and figures per second of find_figures on the seed articles."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds_dir.glob("*.txt"))]
    if not texts:
        return None
    started = time.perf_counter()
    figures = sum(len(find_figures(text)) for _ in range(THROUGHPUT_ROUNDS) for text in texts)
    elapsed = time.perf_counter() - started
    chars = THROUGHPUT_ROUNDS * sum(len(text) for text in texts)
    return {
        "articles_per_s": THROUGHPUT_ROUNDS * len(texts) / elapsed,
        "chars_per_s": chars / elapsed,
        "figures_per_s": figures / elapsed,
    }


def main() -> None:
    """Print the scores on the snapshot and the throughput on the seeds."""
    result = score()
    print(
        f"figures expected={result['expected']} found={result['found']} "
        f"matched={result['matched']}\n"
        f"precision            {result['precision']:.3f}\n"
        f"recall               {result['recall']:.3f}\n"
        f"value+unit+indicator {result['value_unit_indicator']:.3f}"
    )
    for name, share in result["fields"].items():
        print(f"  {name:<18} {share:.3f}")
    speed = throughput()
    if speed:
        print(
            f"throughput on seeds: {speed['articles_per_s']:.0f} articles/s, "
            f"{speed['chars_per_s'] / 1000:.0f} k chars/s, {speed['figures_per_s']:.0f} figures/s"
        )


if __name__ == "__main__":
    main()

"""Score the date layer against tests/gold/dates.jsonl: `python -m evaluation.dates`."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from evaluation.paths import SEEDS
from extract.dates import find_dates, meeting_date, planned_period, reporting_period

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT_PATH = ROOT / "tests" / "gold" / "dates.jsonl"
MENTION_FIELDS = ("start", "end", "granularity", "role")


def load_snapshot(path: Path = SNAPSHOT_PATH) -> tuple[list[dict], list[dict]]:
    """The snapshot expressions and the snapshot article cases, from a JSON Lines file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    expressions = [row for row in rows if row.get("kind", "expression") == "expression"]
    articles = [row for row in rows if row.get("kind") == "article"]
    return expressions, articles


def expression_error(row: dict) -> str | None:
    """Why a snapshot expression is missed (None when right); a null role means "not a date"."""
    published = datetime.date.fromisoformat(row["published"])
    position = row["text"].index(row["raw"])
    span = (position, position + len(row["raw"]))
    mentions = find_dates(row["text"], published)
    if row["role"] is None:
        clashes = [m for m in mentions if m.char_start < span[1] and span[0] < m.char_end]
        return f"false date {clashes[0]}" if clashes else None
    for mention in mentions:
        if (mention.char_start, mention.char_end) == span:
            got = tuple(getattr(mention, field) for field in MENTION_FIELDS)
            wanted = tuple(row[field] for field in MENTION_FIELDS)
            return None if got == wanted else f"got {got}, wanted {wanted}"
    return f"no mention spanning {row['raw']!r} in {[m.raw for m in mentions]}"


def article_errors(row: dict, seeds_dir: Path = SEEDS) -> dict[str, str | None]:
    """Per field (meeting, period, planned), why a seed article case is missed, or None."""
    content = (seeds_dir / row["seed"]).read_text(encoding="utf-8")
    body = content.split(row["title"], 1)[1]
    published = datetime.date.fromisoformat(row["published"])
    got = {
        "meeting": meeting_date(body, published),
        "period": reporting_period(row["title"], body, published),
        "planned": planned_period(row["title"], body, published),
    }
    errors: dict[str, str | None] = {}
    for field, value in got.items():
        as_dict = value if value is None or isinstance(value, str) else vars(value)
        errors[field] = None if as_dict == row[field] else f"got {as_dict}, wanted {row[field]}"
    return errors


def score() -> dict:
    """Exact-match accuracy over snapshot expressions and over the seed article cases."""
    expressions, articles = load_snapshot()
    failures = []
    for row in expressions:
        if error := expression_error(row):
            failures.append(f"{row['raw']!r} in {row['text'][:70]!r}: {error}")
    article_results = [article_errors(row) for row in articles]
    result: dict = {
        "expressions": len(expressions),
        "exact": 1 - len(failures) / len(expressions),
        "articles": len(articles),
    }
    for field in ("meeting", "period", "planned"):
        misses = [
            (row["seed"], errs[field])
            for row, errs in zip(articles, article_results, strict=True)
            if errs[field]
        ]
        result[field] = 1 - len(misses) / len(articles)
        failures.extend(f"{seed} {field}: {error}" for seed, error in misses)
    result["failures"] = failures
    return result


def main() -> None:
    """Print the scores and every miss."""
    result = score()
    for key, value in result.items():
        if key != "failures":
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    for failure in result["failures"]:
        print("MISS", failure)


if __name__ == "__main__":
    main()

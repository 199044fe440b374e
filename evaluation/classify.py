"""Score extract.classify against tests/gold/classify.jsonl: `python -m evaluation.classify`."""

import json
from pathlib import Path

from extract.classify import classify

# Snapshot: one report a line, {"title", "text", "is_meeting", "meeting_type", "level", ...}.
SNAPSHOT = Path(__file__).resolve().parent.parent / "tests" / "gold" / "classify.jsonl"


def load_snapshot(path: Path = SNAPSHOT) -> list[dict]:
    """Return the records of a JSON Lines snapshot file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(records: list[dict]) -> dict[str, float]:
    """Return precision and recall of is_meeting, and accuracy of the other fields on meetings."""
    results = [(record, classify(record["title"], record["text"])) for record in records]
    true_pos = sum(1 for gold, got in results if gold["is_meeting"] and got.is_meeting)
    predicted = sum(1 for _, got in results if got.is_meeting)
    actual = sum(1 for gold, _ in results if gold["is_meeting"])
    meetings = [(gold, got) for gold, got in results if gold["is_meeting"]]
    return {
        "precision": true_pos / predicted if predicted else 0.0,
        "recall": true_pos / actual if actual else 0.0,
        "meeting_type": sum(g["meeting_type"] == c.meeting_type for g, c in meetings)
        / len(meetings),
        "level": sum(g["level"] == c.level for g, c in meetings) / len(meetings),
        "is_online": sum(g["is_online"] == c.is_online for g, c in results) / len(results),
        "connected_sites": sum(g["connected_sites"] == c.connected_sites for g, c in results)
        / len(results),
    }


def mismatches(records: list[dict]) -> list[tuple[str, dict, object]]:
    """Return (title, gold, got) for every record whose classification differs from gold."""
    out = []
    for record in records:
        got = classify(record["title"], record["text"])
        fields = ("is_meeting", "meeting_type", "level", "is_online", "connected_sites")
        if any(record[f] != getattr(got, f) for f in fields):
            out.append((record["title"], {f: record[f] for f in fields}, got))
    return out


def main() -> None:
    """Print the scores and the mismatches."""
    records = load_snapshot()
    for title, gold, got in mismatches(records):
        print(f"MISS {title!r}\n  gold {gold}\n  got  {got}")
    print(f"records: {len(records)}")
    for name, value in score(records).items():
        print(f"{name}: {value:.3f}")


if __name__ == "__main__":
    main()

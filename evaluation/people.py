"""Score extract.people against tests/gold/people.jsonl: `python -m evaluation.people`."""

from pathlib import Path

from evaluation.classify import load_snapshot
from extract.people import find_people

# Snapshot: one mention a line, {"sentence", "name", "title", "role"}.
SNAPSHOT = Path(__file__).resolve().parent.parent / "tests" / "gold" / "people.jsonl"


def _found(record: dict):
    """Return the person found with the snapshot name and role, if any."""
    return next(
        (
            p
            for p in find_people(record["sentence"])
            if (p.name, p.role) == (record["name"], record["role"])
        ),
        None,
    )


def score(records: list[dict]) -> dict[str, float]:
    """Return accuracy of name+role and of title on all mentions, and of name on chairs."""
    found = [(record, _found(record)) for record in records]
    chairs = [record for record in records if record["role"] == "chair"]
    return {
        "name_role": sum(person is not None for _, person in found) / len(records),
        "title": sum(
            person is not None and person.title == record["title"] for record, person in found
        )
        / len(records),
        "chair": sum(
            any(
                p.role == "chair" and p.name == record["name"]
                for p in find_people(record["sentence"])
            )
            for record in chairs
        )
        / len(chairs),
    }


def main() -> None:
    """Print the mismatches and the scores."""
    records = load_snapshot(SNAPSHOT)
    for record in records:
        person = _found(record)
        if person is None or person.title != record["title"]:
            gold = f"{record['name']} | {record['title']} | {record['role']}"
            print(f"MISS {record['sentence'][:90]!r}\n  gold {gold}")
            print(f"  got  {find_people(record['sentence'])}")
    print(f"records: {len(records)}")
    for name, value in score(records).items():
        print(f"{name}: {value:.3f}")


if __name__ == "__main__":
    main()

"""Score cited-document and directive extraction against tests/gold/documents.jsonl and
tests/gold/directives.json: `python -m evaluation.documents`."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from evaluation.paths import seed_text
from extract.directives import find_directives
from extract.documents import find_documents

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS_SNAPSHOT = ROOT / "tests" / "gold" / "documents.jsonl"
DIRECTIVES_SNAPSHOT = ROOT / "tests" / "gold" / "directives.json"

# Similarity from which a found directive text counts as the snapshot one (wording of a clause may
# differ in punctuation or a cut word).
TEXT_MATCH_RATIO = 0.9


@dataclass(frozen=True)
class DocumentScores:
    """Precision and recall of documents (doc_type + number) and shares of found ones with the
    right issuer and date of issue."""

    precision: float
    recall: float
    issuer: float
    issued_on: float
    expected: int


@dataclass(frozen=True)
class DirectiveScores:
    """Shares of snapshot directives found, and found with the right agency and deadline;
    precision of the directives returned."""

    found: float
    right: float
    precision: float
    expected: int


def _share(part: int, whole: int) -> float:
    """part / whole, 1.0 when there is nothing to count."""
    return part / whole if whole else 1.0


def load_documents_snapshot(path: Path = DOCUMENTS_SNAPSHOT) -> list[dict]:
    """Snapshot rows {"text", "documents": [{doc_type, number, issuer, issued_on, raw}]}."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def score_documents(rows: list[dict]) -> DocumentScores:
    """Score find_documents on snapshot rows."""
    found_total = expected_total = matched = issuer_right = date_right = 0
    for row in rows:
        found = {(doc.doc_type, doc.number): doc for doc in find_documents(row["text"])}
        expected_docs = {(doc["doc_type"], doc["number"]): doc for doc in row["documents"]}
        found_total += len(found)
        expected_total += len(expected_docs)
        for key, expected in expected_docs.items():
            doc = found.get(key)
            if doc is None:
                continue
            matched += 1
            issuer_right += doc.issuer == expected["issuer"]
            date_right += doc.issued_on == expected["issued_on"]
    return DocumentScores(
        precision=_share(matched, found_total),
        recall=_share(matched, expected_total),
        issuer=_share(issuer_right, matched),
        issued_on=_share(date_right, matched),
        expected=expected_total,
    )


def load_directives_snapshot(path: Path = DIRECTIVES_SNAPSHOT) -> list[dict]:
    """Snapshot cases {"seed", "published", "directives": [{seq, text, agency, deadline}]}."""
    return json.loads(path.read_text(encoding="utf-8"))


def _similar(left: str, right: str) -> bool:
    """Whether two directive texts are the same task."""
    return left == right or SequenceMatcher(None, left, right).ratio() >= TEXT_MATCH_RATIO


def score_directives(cases: list[dict]) -> DirectiveScores:
    """Score find_directives on snapshot cases."""
    counts: Counter[str] = Counter()
    for case in cases:
        published = case.get("published")
        found = find_directives(
            seed_text(case["seed"]),
            datetime.date.fromisoformat(published) if published else None,
        )
        unmatched = list(found)
        counts["returned"] += len(found)
        for expected in case["directives"]:
            counts["expected"] += 1
            match = next((d for d in unmatched if _similar(d.text, expected["text"])), None)
            if match is None:
                continue
            unmatched.remove(match)
            counts["found"] += 1
            counts["right"] += (match.agency, match.deadline) == (
                expected["agency"],
                expected["deadline"],
            )
    return DirectiveScores(
        found=_share(counts["found"], counts["expected"]),
        right=_share(counts["right"], counts["expected"]),
        precision=_share(counts["found"], counts["returned"]),
        expected=counts["expected"],
    )


def main() -> None:
    """Print the scores."""
    documents = score_documents(load_documents_snapshot())
    directives = score_directives(load_directives_snapshot())
    print(f"documents ({documents.expected} snapshot references)")
    print(f"  precision            {documents.precision:.3f}")
    print(f"  recall               {documents.recall:.3f}")
    print(f"  issuer right         {documents.issuer:.3f}")
    print(f"  issued_on right      {documents.issued_on:.3f}")
    print(f"directives ({directives.expected} snapshot directives)")
    print(f"  found                {directives.found:.3f}")
    print(f"  agency+deadline right {directives.right:.3f}")
    print(f"  precision            {directives.precision:.3f}")


if __name__ == "__main__":
    main()

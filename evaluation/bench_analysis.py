"""Time extract.analysis.analyse on article texts: `python -m evaluation.bench_analysis`.

The texts are the expected title, lead, body and publication date of the article-extraction
snapshot pages (tests/gold/extraction/*.json), analysed as a crawl analyses them, several
rounds; prints articles and characters per second of CPU time on one core (so that other work on the
machine does not count).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from extract.analysis import analyse

SNAPSHOT_DIR = Path(__file__).resolve().parents[1] / "tests" / "gold" / "extraction"
# Rounds over the pages, enough for a stable figure (about 2 s on this machine)
ROUNDS = 20


def articles(snapshot_dir: Path = SNAPSHOT_DIR) -> list[tuple[str, str | None, str, str | None]]:
    """Each snapshot page's title, lead, body and publication date."""
    pages = [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(snapshot_dir.glob("*.json"))
    ]
    return [(p["title"] or "", p["lead"], p["body"] or "", p["published_at"]) for p in pages]


def throughput(texts: list[tuple[str, str | None, str, str | None]], rounds: int = ROUNDS) -> dict:
    """Articles and characters analysed per second over the rounds."""
    started = time.process_time()
    for _ in range(rounds):
        for title, lead, body, published in texts:
            analyse(title, lead, body, published)
    elapsed = time.process_time() - started
    chars = rounds * sum(len(t[0]) + len(t[1] or "") + len(t[2]) for t in texts)
    return {"articles_per_s": rounds * len(texts) / elapsed, "chars_per_s": chars / elapsed}


def main() -> None:
    """Print the throughput of analyse on the snapshot pages."""
    texts = articles()
    speed = throughput(texts)
    print(
        f"analyse: {len(texts)} articles x {ROUNDS} rounds: {speed['articles_per_s']:.1f} "
        f"articles/s, {speed['chars_per_s'] / 1000:.0f} k chars/s"
    )


if __name__ == "__main__":
    main()

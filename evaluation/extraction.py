"""Score article body extraction against plain trafilatura: `python -m evaluation.extraction`.

Three corpora: the project's snapshot of Vietnamese portal pages (tests/gold/extraction/, written
with the extractor: a regression check), the public article-extraction benchmark (181 pages) and
one VnExpress page (both in ../shared/). The metric is the benchmark's: lower-cased \\w+ tokens,
4-token shingles as a multiset, precision and recall per page averaged over the pages, F1 of the
two averages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

from evaluation.paths import BENCHMARK_DIR, SHARED_MISSING, VNEXPRESS_DIR
from extract.article import (
    ArticleRecord,
    extract_article,
    extract_from_bytes,
    page_text,
    parse_page,
)
from extract.platforms import detect

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT_DIR = ROOT / "tests" / "gold" / "extraction"
# Tokens per shingle, as in the public benchmark
SHINGLE_SIZE = 4
# A token of the metric, e.g. "ủy" and "2021" in "Ủy ban, 7/7/2021"
TOKEN = re.compile(r"\w+")
# Snapshot fields besides the body that the project's extractor must give exactly
FIELDS = ("title", "lead", "author", "published_at")


@dataclass(frozen=True)
class Page:
    """One page of a corpus: its bytes as served, the HTTP header charset and expected fields."""

    name: str
    url: str
    body: bytes
    charset: str | None
    expected: dict[str, Any]


@dataclass(frozen=True)
class Score:
    """Averaged shingle precision and recall of one extractor over one corpus, and its speed
    (wall-clock and CPU seconds: the CPU time is what other work on the machine leaves alone)."""

    pages: int
    precision: float
    recall: float
    seconds: float
    cpu_seconds: float
    worst: list[tuple[float, str]] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """F1 of the averaged precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def pages_per_second(self) -> float:
        """Pages extracted per second of wall-clock time."""
        return self.pages / self.seconds if self.seconds else float("inf")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of a text (the whole text when it is shorter)."""
    tokens = TOKEN.findall(text.lower())
    if len(tokens) < SHINGLE_SIZE:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - 3))


def precision_recall(expected: str, predicted: str) -> tuple[float, float]:
    """Shingle precision and recall of a predicted body against the expected one."""
    gold, found = shingles(expected), shingles(predicted)
    if not gold and not found:
        return 1.0, 1.0
    common = sum((gold & found).values())
    precision = common / sum(found.values()) if found else 0.0
    recall = common / sum(gold.values()) if gold else 1.0
    return precision, recall


def score(pages: list[Page], extractor: Callable[[Page], str]) -> Score:
    """Runs an extractor over a corpus and averages its per-page shingle precision and recall."""
    results = []
    started, cpu_started = time.perf_counter(), time.process_time()
    bodies = [extractor(page) for page in pages]
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    for page, body in zip(pages, bodies, strict=True):
        results.append((precision_recall(page.expected["body"], body), page.name))
    count = len(results) or 1
    precision = sum(p for (p, _), _ in results) / count
    recall = sum(r for (_, r), _ in results) / count
    worst = sorted((min(pr), name) for pr, name in results)[:5]
    return Score(len(results), precision, recall, seconds, cpu_seconds, worst)


def snapshot_pages(snapshot_dir: Path = SNAPSHOT_DIR) -> list[Page]:
    """The project's snapshot pages: <name>.html.gz with its expected fields in <name>.json."""
    pages = []
    for path in sorted(snapshot_dir.glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        body = gzip.decompress(path.with_suffix(".html.gz").read_bytes())
        pages.append(Page(path.stem, expected["url"], body, expected["charset"], expected))
    return pages


def benchmark_pages(directory: Path = BENCHMARK_DIR) -> list[Page]:
    """The public benchmark's pages with their gold article bodies."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            name,
            entry["url"],
            gzip.decompress((directory / "html" / f"{name}.html.gz").read_bytes()),
            None,
            {"body": entry["articleBody"]},
        )
        for name, entry in sorted(truth.items())
    ]


def vnexpress_pages(directory: Path = VNEXPRESS_DIR) -> list[Page]:
    """The VnExpress page, its gold body being its summary and paragraphs, one per line."""
    meta = json.loads((directory / "meta.info").read_text(encoding="utf-8"))
    fields = json.loads((directory / "VnExpress.json").read_text(encoding="utf-8"))
    pages = []
    for (file_name, info), gold in zip(meta.items(), fields.values(), strict=True):
        sections = gold["body"]["sections"]
        paragraphs = [line for s in sections for line in (*s["headline"], *s["paragraphs"])]
        body = gzip.decompress((directory / file_name).read_bytes())
        pages.append(Page(file_name, info["url"], body, None, {"body": "\n".join(paragraphs)}))
    return pages


def project_record(page: Page) -> ArticleRecord | None:
    """The project's article record of a page, without the article/listing gate."""
    tree = parse_page(page_text(page.body, page.charset))
    return None if tree is None else extract_article(tree, page.url, detect(tree))


def project_body(page: Page) -> str:
    """The body the project's extractor gives for a page (empty when it gives none)."""
    record = project_record(page)
    return record.body if record else ""


def crawl_body(page: Page) -> str:
    """The body a crawl would archive: the gated extractor, empty when the page is refused."""
    record = extract_from_bytes(page.body, page.charset, page.url)
    return record.body if record else ""


def trafilatura_body(page: Page) -> str:
    """Plain trafilatura's text of a page, given the bytes as served."""
    return trafilatura.extract(page.body) or ""


def field_misses(pages: list[Page]) -> Iterator[tuple[str, str, Any, Any]]:
    """(page, field, got, expected) for every snapshot field the crawl's extractor gets wrong."""
    for page in pages:
        record = extract_from_bytes(page.body, page.charset, page.url)
        got = vars(record) if record else {}
        for name in FIELDS:
            if got.get(name) != page.expected[name]:
                yield page.name, name, got.get(name), page.expected[name]


def corpora(with_benchmark: bool = True) -> dict[str, tuple[list[Page], Callable[[Page], str]]]:
    """Corpus name -> (pages, the project's extractor for them)."""
    found = {"snapshot": (snapshot_pages(), crawl_body)}
    if VNEXPRESS_DIR.is_dir():
        found["vnexpress"] = (vnexpress_pages(), project_body)
    if with_benchmark and BENCHMARK_DIR.is_dir():
        found["benchmark"] = (benchmark_pages(), project_body)
    return found


def main() -> None:
    """Prints one row per corpus and extractor (with the project's CPU time per page as a share
    of trafilatura's on the same pages), then the worst pages and snapshot field misses."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--no-benchmark", action="store_true", help="skip the 181-page corpus")
    args = parser.parse_args()
    print(
        f"{'corpus':<10} {'pages':>5} {'extractor':<12} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8} "
        f"{'CPU ms/page':>11} {'time':>6}"
    )
    if not (VNEXPRESS_DIR.is_dir() and BENCHMARK_DIR.is_dir()):
        print(f"{SHARED_MISSING} (the VnExpress page and the public benchmark are scored then)")
    worst = []
    for corpus, (pages, extractor) in corpora(not args.no_benchmark).items():
        ours, theirs = score(pages, extractor), score(pages, trafilatura_body)
        for name, result in (("project", ours), ("trafilatura", theirs)):
            share = result.cpu_seconds / theirs.cpu_seconds if theirs.cpu_seconds else 0.0
            print(
                f"{corpus:<10} {result.pages:>5} {name:<12} {result.precision:>6.3f} "
                f"{result.recall:>6.3f} {result.f1:>6.3f} {result.pages_per_second:>8.1f} "
                f"{1000 * result.cpu_seconds / (result.pages or 1):>11.2f} {share:>5.2f}x"
            )
        worst += [(corpus, value, page) for value, page in ours.worst if value < 1]
    for corpus, value, page in worst:
        print(f"WORST {corpus} {page}: min(P, R) = {value:.3f}")
    for page, name, got, expected in field_misses(snapshot_pages()):
        print(f"MISS {page} {name}: got {got!r}, wanted {expected!r}")


if __name__ == "__main__":
    main()

"""Score extract.analysis on blind real-phrasing batches: `python -m evaluation.real_phrasing`.

Each batch (default: every evaluation/blind/*.jsonl) holds items written from real pages by
someone who never saw the extractors, in the format of the blind batches' SCHEMA (id, province,
era, published_at, title, lead, body, labels). Every item goes through `analyse` exactly as a
crawl would call it: title, lead, body and the publication date as the page gives it. The
portal's province is passed as None: an item's `province` is the province the report is from,
which the crawl does not know for a newspaper or a merged portal, and passing it would hand the
extractors a label.

Measures, each on the items whose gold label says they are meetings unless said otherwise:
chair (chair_name equals the gold chair; no chair on both sides counts as right), co-chairs (the
people with role co_chair, as a set), meeting day as a full date and as month-day only,
every day of the meeting, level, is-a-meeting precision and recall (on all items), and figures
precision and recall (on all items; % / VND / USD only, matched on unit and value within 1e-9
relative; a rate such as "triệu đồng/người" counts under its currency).
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extract.analysis import Analysis, analyse

BLIND_DIR = Path(__file__).resolve().parent / "blind"
# The units a blind batch labels, as extract.figures names them: "%", "VND", "USD"
SCORED_UNITS = ("%", "VND", "USD")
# How close a found value must be to the gold one, relative: 2919800000000 vs 2919800000000.0
RELATIVE_TOLERANCE = 1e-9
# Roles of the people who chair a meeting jointly, after the first chair
CO_CHAIR = "co_chair"


@dataclass
class Tally:
    """Right answers out of the items a measure counts, with the mismatches for --show."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, item_id: str, gold: object, got: object) -> None:
        """Count one item; keep a line describing it when it is wrong."""
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.misses.append(f"{item_id}: gold {gold!r} got {got!r}")

    @property
    def rate(self) -> float:
        """The share right, 1.0 when nothing was counted."""
        return self.right / self.total if self.total else 1.0


def load_items(paths: Iterable[Path]) -> list[dict]:
    """Every item of the given JSON Lines files, in order."""
    items = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            items.extend(json.loads(line) for line in lines if line.strip())
    return items


def scored_unit(unit: str | None) -> str | None:
    """The scored unit a figure's unit falls under: "VND/người" -> "VND", "ha" -> None."""
    base = (unit or "").split("/")[0]
    return base if base in SCORED_UNITS else None


def _same_value(a: float, b: float) -> bool:
    """Whether two figure values are equal within the relative tolerance."""
    return math.isclose(a, b, rel_tol=RELATIVE_TOLERANCE, abs_tol=0.0) or a == b


def figure_matches(gold: list[dict], found: list[tuple[str, float, str]]) -> tuple[int, list, list]:
    """Pairs gold and found figures one to one on unit and value: (matched, missed, spurious)."""
    left = list(found)
    missed = []
    for figure in gold:
        hit = next(
            (
                f
                for f in left
                if f[0] == figure["unit"] and _same_value(f[1], float(figure["value"]))
            ),
            None,
        )
        if hit is None:
            missed.append(figure["raw"])
        else:
            left.remove(hit)
    return len(gold) - len(missed), missed, [f[2] for f in left]


def meeting_days(analysis: Analysis) -> list[str]:
    """Every day of the meeting: those of the longest meeting-day mention starting on it."""
    if not analysis.meeting_date:
        return []
    ends = [
        mention.end
        for mention in analysis.dates
        if mention.role == "meeting" and mention.start == analysis.meeting_date
    ]
    first = datetime.date.fromisoformat(analysis.meeting_date)
    last = datetime.date.fromisoformat(max(ends, default=analysis.meeting_date))
    return [(first + datetime.timedelta(n)).isoformat() for n in range((last - first).days + 1)]


MEASURES = (
    "chair",
    "co_chairs",
    "meeting_date",
    "month_day",
    "meeting_dates",
    "level",
)


@dataclass
class Score:
    """Every tally of one scoring run."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {m: Tally() for m in MEASURES})
    true_positive: int = 0
    false_positive: list[str] = field(default_factory=list)
    false_negative: list[str] = field(default_factory=list)
    figures_gold: int = 0
    figures_found: int = 0
    figures_matched: int = 0
    figure_misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        """Each measure's score, named as printed."""
        found = self.true_positive + len(self.false_positive)
        gold = self.true_positive + len(self.false_negative)
        rates = {name: tally.rate for name, tally in self.tallies.items()}
        rates["is_meeting_precision"] = self.true_positive / found if found else 1.0
        rates["is_meeting_recall"] = self.true_positive / gold if gold else 1.0
        rates["figures_precision"] = (
            self.figures_matched / self.figures_found if self.figures_found else 1.0
        )
        rates["figures_recall"] = (
            self.figures_matched / self.figures_gold if self.figures_gold else 1.0
        )
        return rates


def _month_day(iso: str | None) -> str | None:
    """The month and day of an ISO date: "2024-10-28" -> "10-28"."""
    return iso[5:] if iso else None


def score_item(item: dict, score: Score) -> None:
    """Analyse one item as a crawl would and add it to every tally."""
    labels = item["labels"]
    item_id = item["id"]
    analysis = analyse(item["title"], item.get("lead"), item["body"], item["published_at"], None)
    found_meeting = analysis.classification.is_meeting
    if labels["is_meeting"] and found_meeting:
        score.true_positive += 1
    elif found_meeting:
        score.false_positive.append(f"{item_id}: {item['title']}")
    elif labels["is_meeting"]:
        score.false_negative.append(f"{item_id}: {item['title']}")
    if labels["is_meeting"]:
        tallies = score.tallies
        chair = analysis.chair.name if analysis.chair else None
        tallies["chair"].add(chair == labels["chair"], item_id, labels["chair"], chair)
        co_chairs = sorted(p.name for p in analysis.people if p.role == CO_CHAIR)
        gold_co = sorted(labels.get("co_chairs") or [])
        tallies["co_chairs"].add(co_chairs == gold_co, item_id, gold_co, co_chairs)
        gold_day, day = labels["meeting_date"], analysis.meeting_date
        tallies["meeting_date"].add(day == gold_day, item_id, gold_day, day)
        same_md = _month_day(day) == _month_day(gold_day)
        tallies["month_day"].add(same_md, item_id, gold_day, day)
        days, gold_days = meeting_days(analysis), list(labels.get("meeting_dates") or [])
        tallies["meeting_dates"].add(days == gold_days, item_id, gold_days, days)
        level = analysis.classification.level
        tallies["level"].add(level == labels["level"], item_id, labels["level"], level)
    gold_figures = [f for f in labels.get("figures") or [] if f["unit"] in SCORED_UNITS]
    found = [
        (unit, f.value, f.raw)
        for f in analysis.figures
        if (unit := scored_unit(f.unit)) is not None
    ]
    matched, missed, spurious = figure_matches(gold_figures, found)
    score.figures_gold += len(gold_figures)
    score.figures_found += len(found)
    score.figures_matched += matched
    if missed or spurious:
        score.figure_misses.append(f"{item_id}: missed {missed} spurious {spurious}")


def score_items(items: Iterable[dict]) -> Score:
    """The score of analysing every item."""
    score = Score()
    for item in items:
        score_item(item, score)
    return score


def report(score: Score, show: bool) -> list[str]:
    """The printed lines: each measure with its counts, and the mismatches when asked."""
    rates = score.rates()
    lines = []
    for name, tally in score.tallies.items():
        lines.append(f"{name}: {rates[name]:.3f} ({tally.right}/{tally.total})")
    found = score.true_positive + len(score.false_positive)
    gold = score.true_positive + len(score.false_negative)
    lines.append(
        f"is_meeting_precision: {rates['is_meeting_precision']:.3f} ({score.true_positive}/{found})"
    )
    lines.append(
        f"is_meeting_recall: {rates['is_meeting_recall']:.3f} ({score.true_positive}/{gold})"
    )
    lines.append(
        f"figures_precision: {rates['figures_precision']:.3f}"
        f" ({score.figures_matched}/{score.figures_found})"
    )
    lines.append(
        f"figures_recall: {rates['figures_recall']:.3f}"
        f" ({score.figures_matched}/{score.figures_gold})"
    )
    if show:
        for name, tally in score.tallies.items():
            lines.extend(f"MISS {name} {miss}" for miss in tally.misses)
        lines.extend(f"MISS is_meeting false positive {m}" for m in score.false_positive)
        lines.extend(f"MISS is_meeting false negative {m}" for m in score.false_negative)
        lines.extend(f"MISS figures {m}" for m in score.figure_misses)
    return lines


def main(argv: list[str] | None = None) -> None:
    """Score the given batches (default: every blind batch) and print the measures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON Lines batches")
    parser.add_argument("--show", action="store_true", help="list every mismatch per field")
    args = parser.parse_args(argv)
    files = args.files or sorted(BLIND_DIR.glob("*.jsonl"))
    items = load_items(files)
    print(f"items: {len(items)} in {len(files)} file(s)")
    for line in report(score_items(items), args.show):
        print(line)


if __name__ == "__main__":
    main()

"""Where the project's own source documents and the optional third-party corpora live."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The four real articles the project was started from (its own source documents)
SEEDS = ROOT / "tests" / "data" / "seeds"
# Third-party pages kept outside the repository (CI has them beside the clone; a user's clone
# does not): the public extraction benchmark and the VnExpress page
SHARED = ROOT.parent / "shared"
BENCHMARK_DIR = SHARED / "benchmarks" / "zyte-article-extraction"
VNEXPRESS_DIR = SHARED / "samples" / "vnexpress"
# What to tell a user whose clone has no ../shared beside it
SHARED_MISSING = f"third-party corpora not found: put the shared/ folder at {SHARED}"


def seed_text(name: str) -> str:
    """The text of a seed article, by file name (e.g. "004_6f0508abd3d91ba8.txt")."""
    return (SEEDS / name).read_text(encoding="utf-8")

"""Builds an archive from the sample portals: serves them on loopback and runs the portal spider."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from crawler.registry import load_registry
from crawler.run import scrapy_command as crawl_command
from samples.server import serve_samples

SAMPLES_REGISTRY = Path(__file__).resolve().parent / "registry.yml"
# The port samples/registry.yml names for every sample portal
SAMPLES_PORT = 8765
# Settings for crawling loopback: no politeness delay is needed
LOOPBACK_SETTINGS = ("DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "LOG_LEVEL=WARNING")


def scrapy_command(args: list[str], db: Path, registries: list[Path]) -> list[str]:
    """The `scrapy crawl portal` command line for crawling over loopback (LOOPBACK_SETTINGS)."""
    return crawl_command(args, db, registries, LOOPBACK_SETTINGS)


def main() -> int:
    """`python -m samples.crawl --db archive.db`: crawls every sample portal into the archive."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--db", type=Path, default=Path("archive.db"))
    parser.add_argument("--out", type=Path, default=Path("build/samples"))
    args = parser.parse_args()
    from crawler.settings import PORTAL_REGISTRIES

    registries = [Path(p) for p in PORTAL_REGISTRIES] + [SAMPLES_REGISTRY]
    ids = ",".join(load_registry([SAMPLES_REGISTRY]))
    with serve_samples(args.out, SAMPLES_PORT):
        command = scrapy_command([f"portals={ids}"], args.db.resolve(), registries)
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

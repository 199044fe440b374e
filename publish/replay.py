"""Serves the archived copies: pywb replaying the crawler's WARC files, re-indexed as crawls add
records, on its own loopback port (its own origin: captured scripts never run in Datasette's)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The pywb collection the archived copies are replayed from: /archive/<timestamp>/<url>
COLLECTION = "archive"
# Seconds between pywb's checks for WARC records written since its last index
INDEX_INTERVAL = 5
# pywb's settings: no live web, no recording, replay only
CONFIG = """\
# Written by publish/replay.py: replay only, from collections/archive (the crawler's WARCs)
collections_root: collections
framed_replay: true
enable_memento: true
"""


def prepare(root: Path, warcs: Path) -> None:
    """Lays out pywb's folder at root: config.yaml and a collection whose archive folder is
    the crawler's WARC folder."""
    collection = root / "collections" / COLLECTION
    (collection / "indexes").mkdir(parents=True, exist_ok=True)
    (root / "config.yaml").write_text(CONFIG, encoding="utf-8")
    archive = collection / "archive"
    if archive.is_symlink() or archive.exists():
        archive.unlink()
    warcs.mkdir(parents=True, exist_ok=True)
    archive.symlink_to(warcs.resolve(), target_is_directory=True)


def command(root: Path, host: str, port: int) -> list[str]:
    """The `wayback` command line serving root's collections at host:port, indexing as it goes."""
    wayback = str(Path(sys.executable).parent / "wayback")
    interval = ["--auto-interval", str(INDEX_INTERVAL)]
    return [wayback, "-a", *interval, "-b", host, "-p", str(port), "-d", str(root)]


def main() -> None:
    """`python -m publish.replay --warcs warcs --root build/pywb`: replays the WARC files."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--warcs", type=Path, default=Path("warcs"))
    parser.add_argument("--root", type=Path, default=Path("build/pywb"))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args()
    prepare(args.root, args.warcs)
    line = command(args.root.resolve(), args.host, args.port)
    os.chdir(args.root)
    os.execv(line[0], line)


if __name__ == "__main__":
    main()

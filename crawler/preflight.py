"""Checks made before a command writes anything: the archive readable, whole, writable and not
locked, and every raw capture file it points into present and long enough."""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from crawler.errors import (
    EXIT_DAMAGED,
    EXIT_UNWRITABLE,
    EXIT_USAGE,
    MAKE_WRITABLE,
    RESTORE,
    BadInput,
    damaged_archive,
    sqlite_problem,
)

# The first bytes of every SQLite database file
SQLITE_MAGIC = b"SQLite format 3\x00"
# The database header: page size at byte 16 (1 means 65 536), the change counter at 24, the
# page count at 28 and the version the count is valid for at 92 (sqlite.org/fileformat.html)
HEADER_BYTES = 100
# Seconds the check waits for another process's write to finish (sqlite3's own default)
LOCK_WAIT = 5.0


def expected_size(header: bytes) -> int | None:
    """The size in bytes a database file's header says it has, None when the header's page
    count is not up to date (written by an SQLite older than 3.7)."""
    (page_size,) = struct.unpack(">H", header[16:18])
    counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if counter != valid_for:
        return None
    return (65536 if page_size == 1 else page_size) * pages


def check_whole(path: Path) -> None:
    """Raises BadInput for a file that is not an SQLite database or is shorter than its header
    says (a copy cut short)."""
    size = path.stat().st_size
    if size == 0:  # an empty file is an empty database
        return
    with path.open("rb") as handle:
        header = handle.read(HEADER_BYTES)
    if len(header) < HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise damaged_archive(path, "not an SQLite database")
    expected = expected_size(header)
    if expected is not None and size < expected:
        raise damaged_archive(path, f"truncated: {size:,} of its {expected:,} bytes")


def check_writable(path: Path) -> None:
    """Raises BadInput when the archive or its folder (where SQLite keeps its -wal and -shm
    files) cannot be written."""
    for target in (path, path.parent):
        if target.exists() and not os.access(target, os.W_OK):
            raise BadInput(
                f"the archive {path} cannot be written ({target} is read-only); {MAKE_WRITABLE}",
                EXIT_UNWRITABLE,
            )


def check_open(path: Path) -> None:
    """Raises BadInput when the archive cannot be read, or cannot be written to because another
    process holds its write lock for longer than LOCK_WAIT."""
    connection = sqlite3.connect(path, timeout=LOCK_WAIT, isolation_level=None)
    try:
        connection.execute("select count(*) from sqlite_master").fetchone()
        connection.execute("begin immediate")
        connection.execute("rollback")
    except sqlite3.Error as error:
        problem = sqlite_problem(error, path)
        if problem is None:
            raise
        raise BadInput(problem.message, problem.code) from None
    finally:
        connection.close()


def check_archive(path: Path, must_exist: bool = False) -> None:
    """Raises BadInput when the archive at path cannot be worked on: its folder missing or
    read-only, or (when it exists) damaged, truncated, read-only or locked; a missing archive is
    created by a crawl, unless must_exist."""
    if not path.exists():
        if must_exist:
            raise BadInput(f"no archive at {path}; give the path of an existing one", EXIT_USAGE)
        if not path.parent.is_dir():
            raise BadInput(
                f"no such folder for the archive: {path.parent}; create it or give another "
                "archive path",
                EXIT_USAGE,
            )
        check_writable(path)
        return
    check_whole(path)
    check_writable(path)
    check_open(path)


def check_captures(path: Path, warcs: Path) -> None:
    """Raises BadInput when a raw capture file the archive points into is missing or shorter
    than the captures recorded in it (the folder lost, a file cut short)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("select name from sqlite_master")}
        if "captures" not in tables:
            return
        ends = connection.execute(
            'select warc_file, max("offset" + length), count(*) from captures group by warc_file'
        ).fetchall()
    finally:
        connection.close()
    if ends and not warcs.is_dir():
        count = sum(n for _, _, n in ends)
        raise BadInput(
            f"the raw captures folder {warcs} is missing, and the archive has {count:,} "
            f"captures in it; {RESTORE}, or point WARC_DIR (--warcs) at the folder",
            EXIT_DAMAGED,
        )
    for name, end, _ in ends:
        file = warcs / name
        if not file.is_file():
            raise BadInput(f"the raw capture file {file} is missing; {RESTORE}", EXIT_DAMAGED)
        size = file.stat().st_size
        if size < end:
            raise BadInput(
                f"the raw capture file {file} is truncated ({size:,} bytes, its captures "
                f"reach byte {end:,}); {RESTORE}",
                EXIT_DAMAGED,
            )

"""What a bad command or file means for the person who ran it: one line saying what is wrong
and what to do, and the exit code, for every entry point (the spider's opening, crawler.run,
crawler.reextract, samples.crawl)."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from crawler.registry import RegistryError

# Exit codes: a bad command line (wrong URL, unknown portal, missing archive) …
EXIT_USAGE = 2
# … a damaged archive or raw capture file (corrupt, truncated, missing) …
EXIT_DAMAGED = 3
# … an archive another process is writing to (try again once it has finished) …
EXIT_LOCKED = 4
# … and an archive that cannot be written (read-only file or folder, full disk)
EXIT_UNWRITABLE = 5
# Every code a run stopped for a bad command or file exits with, e.g. for crawler.run to pass on
EXIT_CODES = (EXIT_USAGE, EXIT_DAMAGED, EXIT_LOCKED, EXIT_UNWRITABLE)
# The Scrapy stats key holding the Problem that stopped a crawl half-way (an archive that became
# locked, read-only or full), which `scrapy crawl` prints and exits with
ABORT_STAT = "archive/abort"
# The prefix of every such line, e.g. "error: the archive /srv/archive.db is locked …"
PREFIX = "error: "

# SQLite result codes (sqlite3.Error.sqlite_errorcode, extended codes masked to the primary one)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
# errno values of a write that found no room: no space, over quota, over the file size limit
NO_ROOM = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
# errno values of a file or folder the process may not write
NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)

# Free bytes under which a disk counts as full (SQLite then fails to grow its -wal and -shm
# files with a bare "disk I/O error")
FULL_DISK_BYTES = 1024 * 1024
# What to do, said once for every message about a file
RESTORE = "restore it from a backup, or give another archive path"
WAIT = "wait for it to finish (or stop it) and run again"
MAKE_WRITABLE = "make the file and its folder writable, or give another archive path"
FREE_SPACE = "free some space on that disk and run again; what was archived before is kept"


class BadInput(Exception):
    """A bad command or file, already put in words: what is wrong and what to do."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Problem:
    """What a bad command or file comes to: one line for the person, and the exit code."""

    message: str
    code: int

    @property
    def line(self) -> str:
        """The line printed last on stderr: "error: …", never more than one line."""
        return PREFIX + " ".join(self.message.split())


def damaged_archive(path: Path | str, why: str) -> BadInput:
    """The error of an archive that is not a readable SQLite database."""
    return BadInput(f"the archive {path} is damaged ({why}); {RESTORE}", EXIT_DAMAGED)


def disk_full(path: Path) -> bool:
    """True when the disk of a file has no room left for another page of it."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def sqlite_problem(error: sqlite3.Error, archive: Path | str) -> Problem | None:
    """What an SQLite error raised on the archive means, None for one that is not about it."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    why = str(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in why:
        return Problem(
            f"the archive {archive} is locked by another process (a crawl or re-extraction "
            f"still writing?); {WAIT}",
            EXIT_LOCKED,
        )
    if code == SQLITE_READONLY or "readonly" in why:
        return Problem(
            f"the archive {archive} cannot be written ({why}); {MAKE_WRITABLE}", EXIT_UNWRITABLE
        )
    if code == SQLITE_FULL or (code == SQLITE_IOERR and disk_full(Path(archive))):
        return Problem(
            f"no space left to write the archive {archive} ({why}); {FREE_SPACE}", EXIT_UNWRITABLE
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in why or "not a database" in why:
        return Problem(str(damaged_archive(archive, why)), EXIT_DAMAGED)
    if code == SQLITE_CANTOPEN:
        return Problem(
            f"the archive {archive} cannot be opened ({why}); check that its folder exists and "
            "is writable, or give another archive path",
            EXIT_UNWRITABLE,
        )
    if code == SQLITE_IOERR:
        return Problem(
            f"the archive {archive} could not be read or written ({why}); check its disk",
            EXIT_UNWRITABLE,
        )
    return None


def os_problem(error: OSError) -> Problem | None:
    """What a failed read or write of a file means, None for an error of another kind."""
    name = error.filename or "a file"
    why = error.strerror or str(error)
    if error.errno in NO_ROOM:
        return Problem(f"no space left to write {name} ({why}); {FREE_SPACE}", EXIT_UNWRITABLE)
    if error.errno in NOT_WRITABLE:
        return Problem(f"{name} cannot be written ({why}); {MAKE_WRITABLE}", EXIT_UNWRITABLE)
    if error.errno == errno.ENOENT:
        return Problem(f"{name} is missing; {RESTORE}", EXIT_DAMAGED)
    return None


def explain(error: BaseException, archive: Path | str | None = None) -> Problem | None:
    """The one line and exit code for an error a bad command or file causes, None for any other
    error (a bug, whose traceback is then worth seeing)."""
    if isinstance(error, BadInput):
        return Problem(str(error), error.code)
    if isinstance(error, RegistryError):
        return Problem(f"{error}; fix that registry file", EXIT_USAGE)
    if isinstance(error, sqlite3.Error) and archive is not None:
        return sqlite_problem(error, archive)
    if isinstance(error, OSError):
        return os_problem(error)
    if isinstance(error, zlib.error | EOFError):
        return Problem(f"a raw capture file is damaged ({error}); {RESTORE}", EXIT_DAMAGED)
    return None


def report(problem: Problem) -> int:
    """Prints a problem's line on stderr and returns its exit code."""
    print(problem.line, file=sys.stderr, flush=True)
    return problem.code


def exit_for(error: Exception, archive: Path | str | None = None) -> int:
    """Prints the one line of an error a bad command or file causes and returns its exit code;
    any other error (a bug) is raised again, for its traceback."""
    problem = explain(error, archive)
    if problem is None:
        raise error
    return report(problem)

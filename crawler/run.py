"""The scheduled crawl: runs the portal spider over registry portals, logs to a rotating file,
and exits non-zero, naming each portal and why, when a portal's crawl went wrong."""

from __future__ import annotations

import argparse
import hashlib
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.errors import EXIT_CODES, PREFIX, BadInput, exit_for
from crawler.frontier import FRONTIER_FILE
from crawler.preflight import check_archive
from crawler.registry import ACTIVE, DEFAULT_REGISTRY, load_registry

# The repository root, where scrapy.cfg names the settings module
ROOT = Path(__file__).resolve().parent.parent
# The crawl log is rotated past 10 MB, keeping five old ones (crawl.log.1 … crawl.log.5)
LOG_FILE = "crawl.log"
LOG_MAX_BYTES = 10 * 1024 * 1024
LOG_BACKUPS = 5
# This module's own log lines, like Scrapy's: "2025-07-01 06:00:05 [crawler.run] INFO: …"
LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"
# This module's logger (named so also under `python -m`), and the one that writes Scrapy's output
# lines to the log file as Scrapy formatted them
RUN_LOGGER = "crawler.run"
SCRAPY_LOGGER = "crawler.run.scrapy"
# A run name longer than this (many portals) becomes "portals-" and a hash of the ids
RUN_NAME_MAX = 80
# The crawls statuses of a crawl that ran to its end (crawler/pipelines.py crawl_status); any
# other status is the reason Scrapy stopped early, e.g. "shutdown" when the job was stopped
FINISHED = ("ok", "errors", "empty", "failed")
# The status of a portal whose crawl went well
HEALTHY = "ok"
# Why each other status is a problem
PROBLEMS = {
    "failed": "no page could be fetched",
    "errors": "some pages could not be fetched or read",
    "empty": "pages were fetched but no article was found (empty listings?)",
}
EXIT_OK, EXIT_PROBLEM = 0, 1

logger = logging.getLogger(RUN_LOGGER)
scrapy_logger = logging.getLogger(SCRAPY_LOGGER)


@dataclass(frozen=True)
class PortalRun:
    """What one portal's crawl in this run came to, and what is wrong with it (None: nothing)."""

    portal_id: str
    crawl: dict[str, Any] | None
    problem: str | None
    expected: bool


def scrapy_command(
    args: Sequence[str], db: Path, registries: Sequence[Path], settings: Sequence[str] = ()
) -> list[str]:
    """The `scrapy crawl portal` command line for spider arguments, an archive, registry files
    and further NAME=VALUE settings."""
    command = [sys.executable, "-m", "scrapy", "crawl", "portal"]
    registry_setting = "PORTAL_REGISTRIES=" + ",".join(str(p) for p in registries)
    for setting in (f"ARCHIVE_DB={db}", registry_setting, *settings):
        command += ["-s", setting]
    for arg in args:
        command += ["-a", arg]
    return command


def run_name(portal_ids: Sequence[str], everything: bool) -> str:
    """The name of a run's job directory, the same whenever the same portals are crawled:
    "all", "hatinh_ninhthuan", or "portals-<hash>" for a long list."""
    if everything:
        return "all"
    name = "_".join(sorted(portal_ids))
    if len(name) <= RUN_NAME_MAX:
        return name
    return "portals-" + hashlib.sha256(name.encode()).hexdigest()[:12]


def last_crawl_id(db: sqlite_utils.Database) -> int:
    """The id of the archive's latest crawls row (0 when there is none)."""
    if not db["crawls"].exists():
        return 0
    return db.execute("select coalesce(max(id), 0) from crawls").fetchone()[0]


def crawls_since(db: sqlite_utils.Database, crawl_id: int) -> dict[str, dict[str, Any]]:
    """{portal id: its latest crawls row} of the rows written after crawl_id."""
    if not db["crawls"].exists():
        return {}
    rows = db.query("select * from crawls where id > ? order by id", [crawl_id])
    return {row["portal_id"]: row for row in rows}


def first_error(db: sqlite_utils.Database, crawl_id: int) -> str | None:
    """The first error a crawl recorded, as "URL: message"."""
    rows = db.query(
        "select url, error from crawl_errors where crawl_id = ? order by id limit 1", [crawl_id]
    )
    row = next(rows, None)
    return f"{row['url']}: {row['error']}" if row else None


def problem(crawl: dict[str, Any] | None, example: str | None) -> str | None:
    """What went wrong with a portal's crawl, None when it went well."""
    if crawl is None:
        return "no crawls row: the crawl stopped before it recorded its results"
    status = crawl["status"]
    if status == HEALTHY:
        return None
    why = PROBLEMS.get(status, "the crawl stopped early")
    text = f"{status}: {why} ({crawl['pages']} pages fetched, {crawl['errors']} errors)"
    return f"{text}, first error {example}" if example else text


def assess(
    db: sqlite_utils.Database, portal_ids: Sequence[str], since: int, silent: set[str]
) -> list[PortalRun]:
    """Each chosen portal's crawl of the run whose rows come after crawl id `since`."""
    crawls = crawls_since(db, since)
    runs = []
    for portal_id in portal_ids:
        crawl = crawls.get(portal_id)
        example = first_error(db, crawl["id"]) if crawl else None
        runs.append(PortalRun(portal_id, crawl, problem(crawl, example), portal_id in silent))
    return runs


def summary(run: PortalRun) -> str:
    """One line on a portal's crawl: counts, duration and any problem."""
    crawl = run.crawl
    if crawl is None:
        return f"{run.portal_id}: {run.problem}"
    counts = (
        f"{crawl['status']}, {crawl['pages']} pages, {crawl['articles_new']} new, "
        f"{crawl['articles_updated']} updated, {crawl['errors']} errors, "
        f"{crawl['started_at']} to {crawl['finished_at']}"
    )
    if run.problem is None:
        return f"{run.portal_id}: {counts}"
    expected = " (expected to be silent)" if run.expected else ""
    return f"{run.portal_id}: PROBLEM{expected}: {run.problem}; {counts}"


class CrawlLogFormatter(logging.Formatter):
    """Formats this module's records with LOG_FORMAT and passes Scrapy's lines through as is."""

    def format(self, record: logging.LogRecord) -> str:
        if record.name == SCRAPY_LOGGER:
            return record.getMessage()
        return super().format(record)


@contextmanager
def crawl_logging(log_dir: Path) -> Iterator[None]:
    """Sends this module's messages to stderr and the rotating crawl log, and Scrapy's output
    to the crawl log only, until the block ends."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = RotatingFileHandler(
        log_dir / LOG_FILE, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    log_file.setFormatter(CrawlLogFormatter(LOG_FORMAT))
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    attached = [(logger, log_file), (logger, console), (scrapy_logger, log_file)]
    for target, handler in attached:
        target.addHandler(handler)
        target.setLevel(logging.INFO)
        target.propagate = False
    try:
        yield
    finally:
        for target, handler in attached:
            target.removeHandler(handler)
        log_file.close()


def run_scrapy(command: list[str]) -> tuple[int, str]:
    """Runs a Scrapy command from the repository root, its output going to the crawl log;
    returns its exit code and its last line (the one saying why, when it stopped for a bad
    argument or archive)."""
    last = ""
    with subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            last = line.rstrip("\n")
            scrapy_logger.info(last)
    return process.returncode, last


def id_list(text: str) -> list[str]:
    """Portal ids from a comma-separated list: "a, b," -> ["a", "b"]."""
    return [part.strip() for part in text.split(",") if part.strip()]


def parser() -> argparse.ArgumentParser:
    """The command line of `python -m crawler.run`."""
    parser = argparse.ArgumentParser(
        prog="python -m crawler.run",
        description="Crawl registry portals into the archive; exit 1 when a portal's crawl "
        "failed, had errors or found no article (unless --expect-silent names it).",
    )
    parser.add_argument(
        "--portals", default="all", help="all (every active portal) or ID,ID (default: all)"
    )
    parser.add_argument(
        "--registry",
        type=Path,
        action="append",
        help=f"registry file, repeatable (default: crawler/{DEFAULT_REGISTRY.name})",
    )
    parser.add_argument("--db", type=Path, default=Path("archive.db"), help="the archive")
    parser.add_argument(
        "--expect-silent",
        default="",
        metavar="ID,ID",
        help="portals whose failure or silence is expected: reported, but not an exit 1",
    )
    parser.add_argument("--log-dir", type=Path, default=Path("logs"), help="where crawl.log is")
    parser.add_argument(
        "--jobdir",
        type=Path,
        default=Path("jobs"),
        help="Scrapy job state: a killed run resumes when run again (removed once a run ends)",
    )
    parser.add_argument(
        "-s",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting, repeatable",
    )
    return parser


def chosen_portals(portals: str, silent: set[str], registries: Sequence[Path]) -> list[str]:
    """The ids `--portals` names ("all": every active portal), checked, like the --expect-silent
    ids, against the registry; raises BadInput when one is unknown or none is left (and
    RegistryError for a registry file that cannot be read)."""
    registry = load_registry(registries)
    chosen = id_list(portals)
    if chosen == ["all"]:
        chosen = [p.id for p in registry.values() if p.status == ACTIVE]
    unknown = sorted({*chosen, *silent} - registry.keys())
    if unknown:
        raise BadInput(
            f"not in the registry: {', '.join(unknown)}; list the known portals with: "
            "python -m crawler.registry"
        )
    if not chosen:
        raise BadInput("no portal to crawl; give --portals all or --portals ID,ID")
    return chosen


def by_settings(
    portal_ids: Sequence[str], registries: Sequence[Path]
) -> dict[tuple[tuple[str, str], ...], list[str]]:
    """The portals grouped by the Scrapy settings their registry entries ask for (old TLS,
    ciphers …): each group is crawled by its own Scrapy process, since Scrapy's transport
    settings hold for a whole process."""
    portals = load_registry(registries)
    groups: dict[tuple[tuple[str, str], ...], list[str]] = {}
    for portal_id in portal_ids:
        groups.setdefault(portals[portal_id].settings, []).append(portal_id)
    return groups


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m crawler.run`: crawls the chosen portals and says which ones went wrong."""
    args = parser().parse_args(argv)
    registries = [p.resolve() for p in args.registry or (DEFAULT_REGISTRY,)]
    silent = set(id_list(args.expect_silent))
    db_path = args.db.resolve()
    try:
        chosen = chosen_portals(args.portals, silent, registries)
        check_archive(db_path)
    except Exception as error:
        return exit_for(error, db_path)
    groups = by_settings(chosen, registries)
    everything = id_list(args.portals) == ["all"] and len(groups) == 1
    jobdirs = {
        key: args.jobdir.resolve() / run_name(ids, everything) for key, ids in groups.items()
    }
    with crawl_logging(args.log_dir):
        db = sqlite_utils.Database(db_path)
        since = last_crawl_id(db)
        returncode = 0
        for key, ids in groups.items():
            settings = [f"JOBDIR={jobdirs[key]}", *(f"{k}={v}" for k, v in key), *args.settings]
            command = scrapy_command([f"portals={','.join(ids)}"], db_path, registries, settings)
            logger.info(
                "crawling %d portals into %s (job state in %s)", len(ids), db_path, jobdirs[key]
            )
            if (jobdirs[key] / FRONTIER_FILE).exists():
                logger.info("resuming the run stopped earlier: %s", jobdirs[key] / FRONTIER_FILE)
            code, last = run_scrapy(command)
            if code in EXIT_CODES and last.startswith(PREFIX):  # a bad archive or capture file
                print(last, file=sys.stderr)
                return code
            returncode = code or returncode
        runs = assess(db, chosen, since, silent)
        db.close()
        for run in runs:
            logger.log(logging.WARNING if run.problem else logging.INFO, summary(run))
        if returncode != 0:
            logger.error("scrapy exited with code %d (see %s)", returncode, args.log_dir / LOG_FILE)
        if all(run.crawl and run.crawl["status"] in FINISHED for run in runs):
            for jobdir in jobdirs.values():
                shutil.rmtree(jobdir, ignore_errors=True)
        broken = [run.portal_id for run in runs if run.problem and not run.expected]
        if broken:
            logger.error("%d portals went wrong: %s", len(broken), ", ".join(broken))
        return EXIT_PROBLEM if broken or returncode != 0 else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

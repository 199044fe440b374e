"""Every bad command or file ends with one line saying what is wrong and what to do, a non-zero
exit code, no traceback, and the archive (its file, rows and raw captures) as it was."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.captures import read_capture
from crawler.errors import EXIT_DAMAGED, EXIT_LOCKED, EXIT_UNWRITABLE, EXIT_USAGE
from samples.build import build_site, load_sites
from samples.crawl import LOOPBACK_SETTINGS
from samples.server import start_site
from tests.conftest import ROOT, crawl

# The sample site crawled, and the section of it (seven articles) the archive is made from
SITE = "kyanh"
SECTION = "vi/chuyen-muc/hoat-dong-lanh-dao"
# A registry file that is not one
BROKEN_REGISTRY = "portals: [unclosed\n"


@dataclass
class Case:
    """A folder holding a crawled archive (archive.db and warcs/) to break, and the URL of the
    site it was crawled from."""

    folder: Path
    url: str

    @property
    def db(self) -> Path:
        return self.folder / "archive.db"

    @property
    def warcs(self) -> Path:
        return self.folder / "warcs"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The section URL of the kyanh sample site, served on loopback."""
    site_dir = tmp_path_factory.mktemp("site")
    build_site(load_sites()[SITE], site_dir)
    server = start_site(site_dir, "127.0.0.1")
    yield f"http://127.0.0.1:{server.server_address[1]}/{SECTION}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def crawled_once(site: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with an archive crawled from the site, and its raw captures."""
    folder = tmp_path_factory.mktemp("crawled")
    result = crawl(folder / "archive.db", f"start_url={site}")
    assert result.returncode == 0, result.stderr[-3000:]
    return folder


@pytest.fixture
def case(crawled_once: Path, site: str, tmp_path: Path) -> Case:
    """A copy of the crawled archive folder for one test to break."""
    shutil.copytree(crawled_once, tmp_path / "case")
    return Case(tmp_path / "case", site)


def snapshot(folder: Path) -> dict[str, str]:
    """The sha256 of every file of a folder (the archive and its WARC files), and the row
    count of every table of an archive that can be read."""
    found = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }
    db = folder / "archive.db"
    with contextlib.suppress(sqlite3.Error, FileNotFoundError):
        connection = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        tables = [r[0] for r in connection.execute("select name from sqlite_master")]
        for table in tables:
            found[f"rows:{table}"] = str(
                connection.execute(f'select count(*) from "{table}"').fetchone()[0]
            )
        connection.close()
    return found


def scrapy(case: Case, *args: str, db: Path | None = None) -> list[str]:
    """`scrapy crawl portal` into the case's archive (or db) over loopback."""
    command = [sys.executable, "-m", "scrapy", "crawl", "portal"]
    for setting in (*LOOPBACK_SETTINGS, f"ARCHIVE_DB={db or case.db}"):
        command += ["-s", setting]
    return [*command, *(f for a in args for f in ("-a", a))]


def scheduled(case: Case, *args: str) -> list[str]:
    """`python -m crawler.run` over the case's archive."""
    logs = ["--log-dir", str(case.folder.parent / "logs"), "--jobdir", str(case.folder.parent)]
    return [sys.executable, "-m", "crawler.run", "--db", str(case.db), *logs, *args]


def reextract(case: Case, db: Path | None = None) -> list[str]:
    """`python -m crawler.reextract` over the case's archive (or db)."""
    return [sys.executable, "-m", "crawler.reextract", "--db", str(db or case.db)]


@contextlib.contextmanager
def held_lock(db: Path) -> Iterator[None]:
    """Another process's write lock on the archive (a write transaction left open)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            "c.execute('begin immediate'); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        yield
    finally:
        holder.kill()
        holder.wait()


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[None]:
    """A small tmpfs mounted on folder (needs root: the test is skipped without it)."""
    folder.mkdir(exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)])
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@contextlib.contextmanager
def read_only(case: Case, new_archive: bool = False) -> Iterator[Path]:
    """The case's folder (or an empty one, for a new archive) where nothing can be written:
    a read-only mount as root (who may write any file), else no write permission."""
    target = case.folder.parent / "ro"
    with tmpfs(target, "64m") if os.geteuid() == 0 else contextlib.nullcontext():
        target.mkdir(exist_ok=True)
        if not new_archive:
            shutil.copytree(case.folder, target, dirs_exist_ok=True)
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True)
        else:
            for path in [target, *target.rglob("*")]:
                path.chmod(0o555 if path.is_dir() else 0o444)
        yield target


@contextlib.contextmanager
def full_disk(case: Case) -> Iterator[Path]:
    """The case's folder copied to a small disk, then filled to the last byte."""
    target = case.folder.parent / "full"
    with tmpfs(target, "16m"):
        shutil.copytree(case.folder, target, dirs_exist_ok=True)
        with contextlib.suppress(OSError), (target / "filler").open("wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * 65536)
        yield target


def corrupt(case: Case) -> None:
    case.db.write_bytes(os.urandom(case.db.stat().st_size))


def truncate_db(case: Case) -> None:
    os.truncate(case.db, case.db.stat().st_size // 2)


def drop_warcs(case: Case) -> None:
    shutil.rmtree(case.warcs)


def truncate_warc(case: Case) -> None:
    warc = next(case.warcs.iterdir())
    os.truncate(warc, warc.stat().st_size // 2)


def write_broken_registry(case: Case) -> Path:
    path = case.folder.parent / "broken.yml"
    path.write_text(BROKEN_REGISTRY)
    return path


def write_registry(case: Case) -> Path:
    """A registry file naming the case's site, for crawler.run."""
    path = case.folder.parent / "registry.yml"
    path.write_text(
        "portals:\n"
        "  - id: test-kyanh\n"
        "    name: Test Kỳ Anh\n"
        f"    url: {case.url.removesuffix(SECTION)}\n"
        "    level: huyện\n"
        "    province: Hà Tĩnh\n"
        "    province_2025: Hà Tĩnh\n"
        "    platform: hatinh-new\n"
        f"    start_urls: ['{case.url}']\n"
        "    status: active\n"
        "    verified: false\n"
        "    notes: test\n",
        encoding="utf-8",
    )
    return path


@dataclass(frozen=True)
class Row:
    """One bad command or file: how to make it, the command, its exit code and message."""

    name: str
    command: Callable[[Case], list[str]]
    code: int
    message: str
    damage: Callable[[Case], None] = lambda case: None
    context: Callable[[Case], contextlib.AbstractContextManager] | None = None


# The messages several commands give alike, {names} filled in from the case
LOCKED = (
    "error: the archive {db} is locked by another process (a crawl or re-extraction still "
    "writing?); wait for it to finish (or stop it) and run again"
)
MISSING_WARCS = (
    "error: the raw captures folder {warcs} is missing, and the archive has {captures} "
    "captures in it; restore it from a backup, or give another archive path, or point "
    "WARC_DIR (--warcs) at the folder"
)
TRUNCATED_WARC = (
    "error: the raw capture file {warc} is truncated ({warc_size:,} bytes, its captures "
    "reach byte {warc_end:,}); restore it from a backup, or give another archive path"
)
CORRUPT = (
    "error: the archive {db} is damaged (not an SQLite database); restore it from a "
    "backup, or give another archive path"
)
TRUNCATED_DB = (
    "error: the archive {db} is damaged (truncated: {half:,} of its {size:,} bytes); "
    "restore it from a backup, or give another archive path"
)

ROWS = [
    Row(
        "crawl: not a URL",
        lambda c: scrapy(c, "start_url=not-a-url"),
        EXIT_USAGE,
        "error: -a start_url: 'not-a-url' is not a web address; give http(s) URLs, "
        "e.g. -a start_url=https://hatinh.gov.vn/",
    ),
    Row(
        "crawl: ftp URL",
        lambda c: scrapy(c, "start_url=ftp://hatinh.gov.vn/"),
        EXIT_USAGE,
        "error: -a start_url: 'ftp://hatinh.gov.vn/' is not a web address; give http(s) URLs, "
        "e.g. -a start_url=https://hatinh.gov.vn/",
    ),
    Row(
        "crawl: unknown portal",
        lambda c: scrapy(c, "portal=nope"),
        EXIT_USAGE,
        "error: -a portal(s): not in the registry: nope; list the known portals with: "
        "python -m crawler.registry",
    ),
    Row(
        "crawl: no argument",
        lambda c: scrapy(c),
        EXIT_USAGE,
        "error: give -a start_url=URL[,URL…], -a portal=ID or -a portals=all|ID,ID",
    ),
    Row(
        "crawl: bad refresh",
        lambda c: scrapy(c, f"start_url={c.url}", "refresh=soon"),
        EXIT_USAGE,
        "error: -a refresh: 'soon' is neither all nor a number of days",
    ),
    Row(
        "crawl: corrupt archive",
        lambda c: scrapy(c, f"start_url={c.url}"),
        EXIT_DAMAGED,
        CORRUPT,
        corrupt,
    ),
    Row(
        "crawl: truncated archive",
        lambda c: scrapy(c, f"start_url={c.url}"),
        EXIT_DAMAGED,
        TRUNCATED_DB,
        truncate_db,
    ),
    Row(
        "crawl: locked archive",
        lambda c: scrapy(c, f"start_url={c.url}"),
        EXIT_LOCKED,
        LOCKED,
        context=lambda c: held_lock(c.db),
    ),
    Row(
        "crawl: missing WARC folder",
        lambda c: scrapy(c, f"start_url={c.url}"),
        EXIT_DAMAGED,
        MISSING_WARCS,
        drop_warcs,
    ),
    Row(
        "crawl: truncated WARC file",
        lambda c: scrapy(c, f"start_url={c.url}"),
        EXIT_DAMAGED,
        TRUNCATED_WARC,
        truncate_warc,
    ),
    Row(
        "run: unknown portal",
        lambda c: scheduled(c, "--portals", "nope"),
        EXIT_USAGE,
        "error: not in the registry: nope; list the known portals with: python -m crawler.registry",
    ),
    Row(
        "run: broken registry",
        lambda c: scheduled(c, "--registry", str(write_broken_registry(c))),
        EXIT_USAGE,
        "error: {registry}: cannot read registry: ",
    ),
    Row(
        "run: corrupt archive",
        lambda c: scheduled(c),
        EXIT_DAMAGED,
        CORRUPT,
        corrupt,
    ),
    Row(
        "run: locked archive",
        lambda c: scheduled(c),
        EXIT_LOCKED,
        LOCKED,
        context=lambda c: held_lock(c.db),
    ),
    Row(
        "run: missing WARC folder",
        lambda c: scheduled(c, "--registry", str(write_registry(c))),
        EXIT_DAMAGED,
        MISSING_WARCS,
        drop_warcs,
    ),
    Row(
        "reextract: missing archive",
        lambda c: reextract(c, c.folder / "none.db"),
        EXIT_USAGE,
        "error: no archive at {folder}/none.db; give the path of an existing one",
    ),
    Row(
        "reextract: truncated archive",
        reextract,
        EXIT_DAMAGED,
        TRUNCATED_DB,
        truncate_db,
    ),
    Row(
        "reextract: locked archive",
        reextract,
        EXIT_LOCKED,
        LOCKED,
        context=lambda c: held_lock(c.db),
    ),
    Row(
        "reextract: missing WARC folder",
        reextract,
        EXIT_DAMAGED,
        MISSING_WARCS,
        drop_warcs,
    ),
    Row(
        "reextract: truncated WARC file",
        reextract,
        EXIT_DAMAGED,
        TRUNCATED_WARC,
        truncate_warc,
    ),
]


def facts(case: Case, size: int) -> dict[str, object]:
    """What the messages name: the case's paths, sizes and counts."""
    found: dict[str, object] = {
        "db": case.db,
        "folder": case.folder,
        "warcs": case.warcs,
        "size": size,
        "half": size // 2,
        "registry": case.folder.parent / "broken.yml",
    }
    connection = sqlite3.connect(f"{case.db.as_uri()}?mode=ro", uri=True)
    name, end, count = connection.execute(
        'select warc_file, max("offset" + length), count(*) from captures'
    ).fetchone()
    connection.close()
    warc = case.warcs / name
    return {
        **found,
        "captures": count,
        "warc": warc,
        "warc_end": end,
        "warc_size": warc.stat().st_size // 2,
    }


def assert_fails_cleanly(result: subprocess.CompletedProcess, code: int, message: str) -> None:
    """Exit code as expected, the message as stderr's last line, and no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == code, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert lines[-1].startswith(message), result.stderr[-3000:]


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_bad_command_or_file(row: Row, case: Case):
    expected = row.message.format(**facts(case, case.db.stat().st_size))
    command = row.command(case)
    row.damage(case)
    before = snapshot(case.folder)
    with row.context(case) if row.context else contextlib.nullcontext():
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert_fails_cleanly(result, row.code, expected)
    assert snapshot(case.folder) == before


def crawl_into(case: Case, db: Path, *args: str) -> subprocess.CompletedProcess:
    """Crawls the case's site into the archive at db."""
    command = scrapy(case, f"start_url={case.url}", *args, db=db)
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_read_only_archive(case: Case):
    with read_only(case) as folder:
        before = snapshot(folder)
        db = folder / "archive.db"
        result = crawl_into(case, db)
        assert_fails_cleanly(
            result,
            EXIT_UNWRITABLE,
            f"error: the archive {db} cannot be written ({db} is read-only); make the file and "
            "its folder writable, or give another archive path",
        )
        assert snapshot(folder) == before


def test_read_only_folder_for_a_new_archive(case: Case):
    with read_only(case, new_archive=True) as folder:
        db = folder / "archive.db"
        result = crawl_into(case, db)
        assert_fails_cleanly(
            result,
            EXIT_UNWRITABLE,
            f"error: the archive {db} cannot be written ({folder} is read-only); make the file "
            "and its folder writable, or give another archive path",
        )
        assert list(folder.iterdir()) == []


def test_full_disk(case: Case):
    with full_disk(case) as folder:
        before = snapshot(folder)
        db = folder / "archive.db"
        result = crawl_into(case, db, "refresh=all")
        assert_fails_cleanly(result, EXIT_UNWRITABLE, "error: no space left to write ")
        last = result.stderr.strip().splitlines()[-1]
        assert last.endswith(
            "free some space on that disk and run again; what was archived before is kept"
        )
        assert snapshot(folder) == before


def test_disk_filling_up_during_a_crawl_stops_it_keeping_an_intact_archive(case: Case):
    target = case.folder.parent / "small"
    with tmpfs(target, "600k"):
        db = target / "archive.db"
        result = crawl_into(case, db)
        assert_fails_cleanly(result, EXIT_UNWRITABLE, "error: no space left to write ")
        connection = sqlite3.connect(db)
        assert connection.execute("pragma integrity_check").fetchone() == ("ok",)
        captures = connection.execute('select warc_file, "offset" from captures').fetchall()
        articles = connection.execute("select count(*) from articles").fetchone()[0]
        connection.close()
        assert articles < 7, articles
        for warc_file, offset in captures:
            assert read_capture(target / "warcs", warc_file, offset).status == 200

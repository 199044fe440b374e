"""Scheduled runs against a sample portal that changes between them: only what is new is
fetched, edits become versions, vanished articles are marked, and the raw captures rebuild the
archive (kill -9 and resume: tests/test_resume.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils
from warcio.archiveiterator import ArchiveIterator

from crawler.archive import DERIVED_TABLES
from samples.build import CONTENT_DIR, build_site, load_sites
from samples.server import SiteHandler, start_site
from tests.conftest import ROOT, crawl

SITE = "kyanh"
# Articles on the portal before any change
ARTICLES = len(list((CONTENT_DIR / SITE).glob("*.yml")))
# A loopback address no other sample portal uses
ADDRESS = "127.0.2.1"
# A new article that appears on the portal after the first run
NEW_ARTICLE = """title: UBND huyện Kỳ Anh họp phiên thường kỳ tháng 7 năm 2020
published: "2020-07-28T17:00"
author: Trung Anh
section: tin-tuc
meeting: true
blocks:
- p: Chiều ngày 28/7, UBND huyện Kỳ Anh họp phiên thường kỳ tháng 7 để đánh giá tình hình kinh tế - xã hội tháng 7 và triển khai nhiệm vụ tháng 8 năm 2020. Đồng chí Bùi Quang Hoàn, Phó bí thư Huyện uỷ, Chủ tịch UBND huyện chủ trì phiên họp.
- p: Trong tháng 7, toàn huyện thu ngân sách đạt 9,6 tỷ đồng; giải ngân vốn đầu tư công đạt 48,5% kế hoạch.
"""  # noqa: E501


class Portal:
    """One sample portal built from a content folder the test may change, on a fixed port."""

    def __init__(self, root: Path, delay: float = 0.0) -> None:
        self.content = root / "content"
        shutil.copytree(CONTENT_DIR / SITE, self.content / SITE)
        self.site_dir = root / "site"
        self.delay = delay
        self.port = 0
        self.server = None
        self.publish()

    def publish(self) -> None:
        """Rebuilds the site from its content and serves it again on the same port."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
        shutil.rmtree(self.site_dir, ignore_errors=True)
        build_site(load_sites()[SITE], self.site_dir, self.content)
        self.server = start_site(self.site_dir, ADDRESS, self.port, self.delay)
        self.port = self.server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{ADDRESS}:{self.port}/"

    def article(self, name: str) -> Path:
        """A content file of the portal."""
        return self.content / SITE / name

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Portal]:
    served = Portal(tmp_path)
    yield served
    served.close()


def run(db: Path, portal: Portal, *args: str) -> dict:
    """Crawls the portal into db; returns the run's crawls row."""
    result = crawl(db, f"start_url={portal.url}", *args)
    assert result.returncode == 0, result.stderr[-3000:]
    archive = sqlite_utils.Database(db)
    return next(archive.query("select * from crawls order by id desc limit 1"))


def fetched_since(db: Path, capture_id: int) -> list[str]:
    """Paths of the pages and files captured after capture_id, in order."""
    rows = sqlite_utils.Database(db).query(
        "select url from captures where id > ? order by id", [capture_id]
    )
    return sorted(row["url"].split("/", 3)[3] for row in rows)


def last_capture(db: Path) -> int:
    return next(sqlite_utils.Database(db).query("select max(id) n from captures"))["n"]


def add_older_articles(portal: Portal, count: int) -> None:
    """Lengthens the portal's news section with older articles (two per listing page)."""
    source = portal.article("thu-hoach-lua-xuan.yml").read_text(encoding="utf-8")
    for n in range(count):
        text = source.replace("lúa Xuân", f"lúa Xuân đợt {n + 1}").replace(
            "2020-05-20", f"2020-04-{n + 1:02d}"
        )
        portal.article(f"cu-{n}.yml").write_text(text, encoding="utf-8")


def test_second_run_fetches_only_the_new_article_and_first_listings(portal, tmp_path):
    """After a new article appears, a run fetches it and the listing pages, newest first, down
    to two pages past the last one showing anything new: tin-tuc has 6 pages by then, and 5
    and 6 are not fetched; no archived article is fetched again."""
    add_older_articles(portal, 4)
    portal.publish()
    db = tmp_path / "archive.db"
    first = run(db, portal)
    assert (first["articles_new"], first["status"]) == (ARTICLES + 4, "ok")
    seen = last_capture(db)
    portal.article("hop-thuong-ky-thang-7.yml").write_text(NEW_ARTICLE, encoding="utf-8")
    portal.publish()
    second = run(db, portal)
    assert (second["articles_new"], second["articles_updated"], second["status"]) == (1, 0, "ok")
    assert fetched_since(db, seen) == [
        "vi",
        "vi/bai-viet/ubnd-huyen-ky-anh-hop-phien-thuong-ky-thang-7-nam-2020",
        "vi/chuyen-muc/hoat-dong-lanh-dao",
        "vi/chuyen-muc/tin-tuc",
        "vi/chuyen-muc/tin-tuc?page=2",
        "vi/chuyen-muc/tin-tuc?page=3",
        "vi/chuyen-muc/tin-tuc?page=4",
        "vi/lien-he",
        "vi/so-do-cong",
        "vi/trang/gioi-thieu",
    ]
    assert (first["pages"], second["pages"]) == (21, 10)


def test_unchanged_portal_is_read_from_its_captures(portal, tmp_path):
    """A second run over an unchanged portal gets 304 Not Modified for its pages, reads them
    from the captures, fetches no article and captures nothing new, and reports ok."""
    db = tmp_path / "archive.db"
    run(db, portal)
    seen = last_capture(db)
    again = run(db, portal)
    assert (again["articles_new"], again["articles_updated"], again["status"]) == (0, 0, "ok")
    assert again["articles_known"] > 0
    assert fetched_since(db, seen) == []


class NoValidatorHandler(SiteHandler):
    """The sample portal's answers without an ETag, as many portals send them: a page fetched
    again comes back whole (200), never as 304."""

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() != "etag":
            super().send_header(keyword, value)


def warc_records_after(warcs: Path, ends: dict[str, int]) -> list[tuple[str, int]]:
    """(record type, payload bytes) of every WARC record written past the given file ends."""
    found = []
    for path in sorted(warcs.glob("*.warc.gz")):
        with path.open("rb") as handle:
            handle.seek(ends.get(path.name, 0))
            found += [(r.rec_type, len(r.content_stream().read())) for r in ArchiveIterator(handle)]
    return found


def test_unchanged_pages_without_validators_are_revisits(tmp_path):
    """A second run over an unchanged portal that sends no ETag fetches its listings whole
    again; each is kept as a WARC revisit record, so no payload byte is added to warcs/."""
    site_dir = tmp_path / "site"
    build_site(load_sites()[SITE], site_dir, CONTENT_DIR)
    routes = json.loads((site_dir / "routes.json").read_text(encoding="utf-8"))
    handler = partial(NoValidatorHandler, site_dir=site_dir, routes=routes)
    server = ThreadingHTTPServer((ADDRESS, 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    db, warcs = tmp_path / "archive.db", tmp_path / "warcs"
    url = f"http://{ADDRESS}:{server.server_address[1]}/"
    try:
        assert crawl(db, f"start_url={url}").returncode == 0
        ends = {path.name: path.stat().st_size for path in warcs.glob("*.warc.gz")}
        seen = last_capture(db)
        assert crawl(db, f"start_url={url}").returncode == 0
    finally:
        server.shutdown()
        server.server_close()
    added = warc_records_after(warcs, ends)
    assert len(added) == len(fetched_since(db, seen)) > 0
    assert {kind for kind, _ in added} == {"revisit"}
    assert sum(size for _, size in added) == 0


def test_edited_article_becomes_a_new_version(portal, tmp_path):
    db = tmp_path / "archive.db"
    run(db, portal)
    edited = portal.article("giao-ban-thang-7-2020.yml")
    before = edited.read_text(encoding="utf-8")
    edited.write_text(before.replace("20 xã trên địa bàn", "21 xã trên địa bàn"), encoding="utf-8")
    portal.publish()
    row = run(db, portal, "refresh=all")
    assert (row["articles_new"], row["articles_updated"]) == (0, 1)
    archive = sqlite_utils.Database(db)
    versions = list(
        archive.query(
            "select v.body, a.body now "
            "from article_versions v join articles a on a.id = v.article_id"
        )
    )
    assert len(versions) == 1
    assert "20 xã trên địa bàn" in versions[0]["body"]
    assert "21 xã trên địa bàn" in versions[0]["now"]


def test_vanished_article_is_marked_not_deleted(portal, tmp_path):
    db = tmp_path / "archive.db"
    run(db, portal)
    portal.article("canh-bao-chay-rung.yml").unlink()
    portal.publish()
    row = run(db, portal, "refresh=all")
    assert (row["articles_vanished"], row["errors"], row["status"]) == (1, 0, "ok")
    archive = sqlite_utils.Database(db)
    assert archive["articles"].count == ARTICLES
    vanished = archive.query("select title from articles where vanished_at is not null")
    assert [r["title"] for r in vanished] == [
        "Cảnh báo cháy rừng cấp cực kỳ nguy hiểm trên địa bàn huyện"
    ]


def table_rows(db: Path) -> dict[str, list]:
    """The rows of the tables reextract rebuilds, by content: row ids left out, and the
    article, attachment or meeting a row points to given by what it is, not by its id."""
    archive = sqlite_utils.Database(db)
    attachment = {r["id"]: r["url"] for r in archive.query("select id, url from attachments")}
    meeting = {
        r["id"]: (r["meeting_date"], r["province"], r["level"], r["chair_name"])
        for r in archive.query("select * from meetings")
    }
    article = {r["id"]: r["url"] for r in archive.query("select id, url from articles")}
    refs = {"attachment_id": attachment, "meeting_id": meeting, "article_id": article}
    dump = {}
    for table in [*DERIVED_TABLES, "meetings", "articles"]:
        rows = []
        for row in archive.query(f"select * from {table}"):
            row = {k: refs[k].get(v) if k in refs else v for k, v in row.items() if k != "id"}
            rows.append(sorted(row.items(), key=lambda item: item[0]))
        dump[table] = sorted(rows, key=repr)
    return dump


def copy_archive(crawled: Path, folder: Path) -> Path:
    """A copy of a crawled archive with its WARC folder."""
    shutil.copy(crawled, folder / "archive.db")
    shutil.copytree(crawled.parent / "warcs", folder / "warcs")
    return folder / "archive.db"


def reextract(db: Path) -> str:
    """Runs `python -m crawler.reextract` over db; returns what it printed."""
    command = [sys.executable, "-m", "crawler.reextract", "--db", str(db)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_reextract_rebuilds_the_same_rows(crawled, tmp_path):
    """With its derived rows and meetings deleted and a meeting left without articles added,
    the archive comes back as it was; a second run changes nothing."""
    db = copy_archive(crawled, tmp_path)
    before = table_rows(db)
    archive = sqlite_utils.Database(db)
    with archive.conn:
        for table in DERIVED_TABLES:
            archive.execute(f"delete from {table}")
        archive.execute("update articles set meeting_id = null, chair_name = null")
        archive.execute("delete from meetings")
        archive.execute("insert into meetings (meeting_date) values ('2019-01-01')")
    archive.close()
    first = reextract(db)
    assert table_rows(db) == before
    assert "(0 changed," not in first and "; 1 meetings without articles deleted" in first
    second = reextract(db)
    assert "(0 changed, 0 moved to another meeting)" in second and " 0 failed;" in second
    assert table_rows(db) == before


def test_reextract_reaches_a_page_once_judged_not_an_article(crawled, tmp_path):
    """A page an older article rule judged not an article (kept as a page capture, with no
    articles row) becomes an article when re-extraction reads the captures again."""
    db = copy_archive(crawled, tmp_path)
    before = table_rows(db)
    archive = sqlite_utils.Database(db)
    row = next(archive.query("select id, capture_id from articles where is_meeting limit 1"))
    with archive.conn:
        for table in DERIVED_TABLES:
            archive.execute(f"delete from {table} where article_id = ?", [row["id"]])
        archive.execute("delete from articles_fts where rowid = ?", [row["id"]])
        archive.execute("delete from articles where id = ?", [row["id"]])
        archive.execute("update captures set kind = 'page' where id = ?", [row["capture_id"]])
    assert archive["articles"].count == len(before["articles"]) - 1
    archive.close()
    assert "(1 changed, 1 moved to another meeting)" in reextract(db)
    assert table_rows(db) == before

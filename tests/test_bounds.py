"""A crawl stays on its portal: no other host, no local file, no private address it was not
started on, whatever a page, a redirect or a meta refresh points at."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils
from scrapy import Request

from crawler.bounds import PortalBounds, is_private, refusal, site_host, site_key, within
from crawler.discovery import IdentityFingerprinter
from extract.links import canonical_url
from samples.build import build_site, load_sites
from samples.server import start_site
from tests.conftest import crawl

# Loopback addresses no other test uses: the portal, and the host it must never reach
PORTAL_ADDRESS = "127.0.2.5"
ELSEWHERE_ADDRESS = "127.0.2.6"
# Text of a local file an article links to, which must never reach the archive
SECRET = "nội dung bí mật trên máy chủ"
BOUNDS = PortalBounds({"hatinh.gov.vn"}, {"vbpl.vn"})


@pytest.mark.parametrize(
    ("url", "attachment", "private_allowed", "reason"),
    [
        ("https://hatinh.gov.vn/vi/", False, False, None),
        ("https://www.hatinh.gov.vn/vi/bai-viet/x", False, False, None),
        ("https://kyanh.hatinh.gov.vn/tin", False, False, None),
        ("https://hatinh.gov.vn.evil.example/", False, False, "off_portal"),
        ("https://quangbinh.gov.vn/", False, False, "off_portal"),
        ("https://vbpl.vn/van-ban.pdf", True, False, None),
        ("https://vbpl.vn/van-ban.html", False, False, "off_portal"),
        ("file:///etc/passwd", True, False, "scheme"),
        ("ftp://hatinh.gov.vn/a.pdf", True, False, "scheme"),
        ("data:text/html,<p>x</p>", False, False, "scheme"),
        ("http://169.254.169.254/latest/meta-data/", False, True, "off_portal"),
        ("http://hatinh.gov.vn:8080/vi/", False, False, "off_portal"),
        ("https://hatinh.gov.vn:443/vi/", False, False, None),
        ("http://hatinh.gov.vn:80x/vi/", False, False, "off_portal"),
    ],
)
def test_refusal(url, attachment, private_allowed, reason):
    assert refusal(url, BOUNDS, attachment, private_allowed) == reason


def test_a_redirect_to_an_ipv6_or_broken_address_is_fingerprinted_then_refused():
    """The duplicate filter sees a redirect's target before the bounds do: it must not fail on
    it (the request would vanish unrecorded)."""
    assert canonical_url("http://[::1]:8767/a.html?utm_source=x") == "http://[::1]:8767/a.html"
    fingerprint = IdentityFingerprinter().fingerprint
    assert fingerprint(Request("http://[::1]:8767/a")) != fingerprint(Request("http://[::1]/a"))
    assert refusal("http://[::1]:8767/a", BOUNDS, False, False) == "off_portal"


def test_private_addresses_are_refused_unless_the_crawl_started_on_one():
    bounds = PortalBounds({"127.0.0.2:8765", "10.0.0.1"})
    assert refusal("http://127.0.0.2:8765/", bounds, False, False) == "private_address"
    assert refusal("http://10.0.0.1/", bounds, False, False) == "private_address"
    assert refusal("http://127.0.0.2:8765/", bounds, False, True) is None
    assert refusal("http://127.0.0.2:8766/", bounds, False, True) == "off_portal"


def test_host_helpers():
    assert site_host("WWW.HaTinh.gov.vn.") == "hatinh.gov.vn"
    assert site_key("http://WWW.hatinh.gov.vn:80/vi/") == "hatinh.gov.vn"
    assert site_key("http://127.0.0.2:8765/vi/") == "127.0.0.2:8765"
    assert within("vbpl.hatinh.gov.vn", frozenset({"hatinh.gov.vn"}))
    assert not within("nothatinh.gov.vn", frozenset({"hatinh.gov.vn"}))
    assert [is_private(h) for h in ("127.0.0.2", "[::1]", "localhost", "10.1.2.3")] == [True] * 4
    assert [is_private(h) for h in ("169.254.169.254", "192.168.1.1", "8.8.8.8")] == [
        True,
        True,
        False,
    ]
    assert not is_private("hatinh.gov.vn")


class Elsewhere(BaseHTTPRequestHandler):
    """A host off the portal that counts every request made to it."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the name http.server dispatches to)
        Elsewhere.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.end_headers()
        self.wfile.write(b"%PDF-1.4 off the portal")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        """Quiet."""


@pytest.fixture
def elsewhere() -> Iterator[str]:
    Elsewhere.hits = []
    server = ThreadingHTTPServer((ELSEWHERE_ADDRESS, 0), Elsewhere)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://{ELSEWHERE_ADDRESS}:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def hostile_portal(site_dir: Path, elsewhere: str, secret: Path) -> dict[str, dict[str, str]]:
    """The Kỳ Anh sample portal with links off the portal on its home page (a link, a redirect,
    a meta refresh) and on its meeting report (attachments on another host and on local disk);
    returns its route table."""
    routes = build_site(load_sites()["kyanh"], site_dir)
    home = site_dir / routes["/vi"]["file"]
    links = (
        f'<a href="{elsewhere}/trang-ngoai">Liên kết ngoài</a>'
        '<a href="/vi/chuyen-huong">Chuyển hướng</a>'
        '<a href="/vi/lam-moi">Làm mới</a>'
    )
    home.write_text(home.read_text().replace("</body>", links + "</body>"))
    report = next(r["file"] for u, r in routes.items() if "hoi-nghi-giao-ban-thang-7" in u)
    files = (
        f'<a href="file://{secret}">Tệp đính kèm</a>'
        f'<a href="{elsewhere}/tai-lieu.pdf">Tài liệu</a>'
        '<a href="http://169.254.169.254/latest/bao-cao.pdf">Báo cáo</a>'
    )
    page = site_dir / report
    page.write_text(page.read_text().replace("</body>", files + "</body>"))
    (site_dir / "lam-moi.html").write_text(
        f'<html><head><meta http-equiv="refresh" content="0; url={elsewhere}/lam-moi">'
        "</head><body></body></html>"
    )
    routes["/vi/chuyen-huong"] = {"redirect": f"{elsewhere}/chuyen-huong"}
    routes["/vi/lam-moi"] = {"file": "lam-moi.html", "content_type": "text/html; charset=utf-8"}
    (site_dir / "routes.json").write_text(json.dumps(routes))
    return routes


def test_crawl_never_leaves_its_portal(tmp_path, elsewhere):
    secret = tmp_path / "bi-mat.pdf"
    secret.write_text(SECRET)
    hostile_portal(tmp_path / "site", elsewhere, secret)
    server = start_site(tmp_path / "site", PORTAL_ADDRESS)
    db = tmp_path / "archive.db"
    try:
        result = crawl(db, f"start_url=http://{PORTAL_ADDRESS}:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-3000:]
    assert Elsewhere.hits == []
    archive = sqlite_utils.Database(db)
    assert archive["articles"].count == 7
    texts = [row["text"] or "" for row in archive["attachments"].rows]
    assert not any(SECRET in text for text in texts)
    refused = sorted(
        row["url"].rsplit("/", 1)[-1]
        for row in archive["crawl_errors"].rows
        if "refused" in row["error"]
    )
    assert refused == ["bao-cao.pdf", "bi-mat.pdf", "chuyen-huong", "lam-moi", "tai-lieu.pdf"]

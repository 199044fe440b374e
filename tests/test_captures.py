"""WARC captures: what is written is read back byte for byte, and files rotate by size."""

from __future__ import annotations

from pathlib import Path

from crawler.captures import WarcStore, read_capture

PAGE = "<html><body><p>Ủy ban nhân dân tỉnh họp phiên thường kỳ</p></body></html>".encode()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")]


def test_round_trip(tmp_path: Path):
    store = WarcStore(tmp_path)
    first = store.write("http://a.gov.vn/1", 200, HEADERS, PAGE, "2024-07-16T09:00:00+07:00")
    second = store.write("http://a.gov.vn/2", 404, [], b"", "2024-07-16T09:00:01+07:00")
    assert (first.warc_file, first.offset, first.status) == ("captures-00001.warc.gz", 0, 200)
    assert second.offset == first.length
    assert first.content_type == "text/html; charset=utf-8"
    stored = read_capture(tmp_path, first.warc_file, first.offset)
    assert (stored.url, stored.status, stored.body) == ("http://a.gov.vn/1", 200, PAGE)
    assert stored.headers == [("Content-Type", "text/html; charset=utf-8")]
    assert read_capture(tmp_path, second.warc_file, second.offset).status == 404


def test_files_rotate_by_size(tmp_path: Path):
    store = WarcStore(tmp_path, max_bytes=1)
    files = [
        store.write(f"http://a.gov.vn/{n}", 200, HEADERS, PAGE, "2024-07-16T09:00:00+07:00")
        for n in range(3)
    ]
    assert [c.warc_file for c in files] == [
        "captures-00001.warc.gz",
        "captures-00002.warc.gz",
        "captures-00003.warc.gz",
    ]
    reopened = WarcStore(tmp_path, max_bytes=1)
    assert reopened.current().name == "captures-00004.warc.gz"

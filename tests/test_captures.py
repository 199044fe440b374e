"""WARC captures: what is written is read back byte for byte, and files rotate by size."""

from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

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


def test_a_revisit_record_holds_no_second_copy(tmp_path: Path):
    """A page fetched again with the same payload is a WARC revisit record (identical payload
    digest profile) naming the first capture, with headers but no payload."""
    store = WarcStore(tmp_path)
    first = store.write("http://a.gov.vn/1", 200, HEADERS, PAGE, "2024-07-16T09:00:00+07:00")
    again = store.write(
        "http://a.gov.vn/1",
        200,
        HEADERS,
        PAGE,
        "2024-07-17T09:00:00+07:00",
        ("http://a.gov.vn/1", first.fetched_at),
    )
    assert (again.sha256, again.offset) == (first.sha256, first.length)
    with (tmp_path / first.warc_file).open("rb") as handle:
        records = [
            (r.rec_type, r.rec_headers, r.content_stream().read()) for r in ArchiveIterator(handle)
        ]
    assert [(kind, len(payload)) for kind, _, payload in records] == [
        ("response", len(PAGE)),
        ("revisit", 0),
    ]
    original, revisit = records[0][1], records[1][1]
    assert revisit.get_header("WARC-Payload-Digest") == original.get_header("WARC-Payload-Digest")
    assert revisit.get_header("WARC-Profile").endswith("/revisit/identical-payload-digest")
    assert revisit.get_header("WARC-Refers-To-Target-URI") == "http://a.gov.vn/1"
    assert revisit.get_header("WARC-Refers-To-Date") == "2024-07-16T02:00:00Z"

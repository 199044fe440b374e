"""Hostile inputs cost bounded work: pages too large or of too many elements, documents that
inflate, tasks that run too long, and workers that die are errors, never a dead crawl."""

from __future__ import annotations

import asyncio
import io
import os
import time
import zipfile
from concurrent.futures.process import BrokenProcessPool

import pytest

from crawler import pipelines
from crawler.pipelines import ArchivePipeline
from extract import limits
from extract.article import parse_page
from extract.attachments import AttachmentError, attachment_text
from extract.limits import LimitExceeded, check_zip, time_limit

# A .docx's leading bytes, so that a zip is read as a Word document
DOCX_MEMBER = "word/document.xml"


def inflating_zip(inflated: int) -> bytes:
    """A small zip whose one member inflates to inflated bytes of zeros."""
    data = io.BytesIO()
    with (
        zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(DOCX_MEMBER, "w", force_zip64=True) as member,
    ):
        for _ in range(inflated // 2**20):
            member.write(bytes(2**20))
    return data.getvalue()


def test_page_too_large_is_refused():
    with pytest.raises(LimitExceeded, match="characters, over 3,000,000"):
        parse_page("<p>" + "x" * limits.PAGE_MAX_CHARS + "</p>")


def test_page_of_too_many_elements_is_refused():
    html = "<html><body>" + "<i></i>" * (limits.PAGE_MAX_ELEMENTS + 1) + "</body></html>"
    with pytest.raises(LimitExceeded, match="over 150,000 elements"):
        parse_page(html)


def test_ordinary_page_parses():
    assert parse_page("<html><body><p>Xin chào</p></body></html>").findtext(".//p") == "Xin chào"


def test_document_that_inflates_past_the_limit_is_refused():
    bomb = inflating_zip(limits.INFLATED_MAX_BYTES + 2**20)
    assert len(bomb) < 2**20
    with pytest.raises(LimitExceeded, match="inflates to 210,763,776 bytes"):
        check_zip(bomb)
    with pytest.raises(AttachmentError, match="bom.docx: document inflates"):
        attachment_text(bomb, "bom.docx")


def test_time_limit_stops_a_long_task():
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match="took over"), time_limit(1):
        time.sleep(5)
    assert time.monotonic() - started < 2


def dies_on_kill(body: bytes, *rest: object) -> bytes:
    """Stands in for process_article: the page b"kill" kills its worker."""
    if body == b"kill":
        os._exit(1)
    return body


def test_a_dead_worker_is_replaced(monkeypatch):
    monkeypatch.setattr(pipelines, "process_article", dies_on_kill)
    pipeline = ArchivePipeline.__new__(ArchivePipeline)
    pipeline.workers = 1
    pipeline.executor = pipeline.start_workers()

    async def read_both() -> bytes:
        with pytest.raises(BrokenProcessPool):
            await pipeline.in_worker(b"kill")
        return await pipeline.in_worker(b"page")

    try:
        assert asyncio.run(read_both()) == b"page"
    finally:
        pipeline.executor.shutdown()

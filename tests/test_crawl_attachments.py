"""Conclusion notices attached to web items: fetched by the crawl, read (OCR for the scan),
parsed, searched, and the source of the article's meeting facts."""

from __future__ import annotations

import json
import unicodedata

import pytest

from evaluation.extraction import precision_recall
from evaluation.paths import seed_text
from samples.make_notices import abridged, read_seed, rendered_text

# The web item on the provincial portal that only points to its PDF notice
POINTER_TITLE = (
    "Kết luận của Chủ tịch UBND tỉnh Lâm Minh Thành tại Hội nghị kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021"
)
# The district portal's item carrying a scan of the same notice
SCAN_TITLE = (
    "Thông báo kết luận của Chủ tịch UBND tỉnh tại Hội nghị kiểm điểm công tác chỉ đạo,"
    " điều hành 6 tháng đầu năm 2021"
)
# What every copy of notice 412/TB-UBND says of itself
NOTICE = {
    "notice_number": "412/TB-UBND",
    "notice_issued_on": "2021-07-09",
    "signer": "Đặng Vũ Bằng",
    "signer_title": "PHÓ CHÁNH VĂN PHÒNG",
}
# The documents the notice cites, with the dates its footnotes give
CITED = [
    ("236/BC-UBND", "2021-07-07"),
    ("228/BC-UBND", "2021-06-28"),
    ("63/NQ-CP", "2021-06-29"),
    ("68/NQ-CP", "2021-07-01"),
    ("09-CTr/TU", None),
]


def attachment_of(archive, title: str) -> dict:
    """The one attachment of the article with this title."""
    rows = archive.query(
        "select t.* from attachments t join articles a on a.id = t.article_id where a.title = ?",
        [title],
    )
    (row,) = list(rows)
    return row


@pytest.mark.parametrize(
    ("title", "filename", "ocr", "pages"),
    [
        (POINTER_TITLE, "tb-412-ubnd-ket-luan.pdf", 0, 5),
        (SCAN_TITLE, "tb-412-ubnd-ket-luan-ban-scan.pdf", 1, 2),
    ],
)
def test_attachment_rows(archive, title, filename, ocr, pages):
    row = attachment_of(archive, title)
    assert (row["filename"], row["content_type"], row["ocr"], row["pages"], row["error"]) == (
        filename,
        "application/pdf",
        ocr,
        pages,
        None,
    )
    assert {key: row[key] for key in NOTICE} == NOTICE
    assert len(row["sha256"]) == 64 and row["bytes"] > 10_000
    assert unicodedata.is_normalized("NFC", row["text"])


def test_pdf_text_recall_against_the_seed_notice(archive):
    """The archived text of the PDF holds the seed notice (4-token shingle recall)."""
    row = attachment_of(archive, POINTER_TITLE)
    archived = row["text"] + "\n" + "\n".join(json.loads(row["notes"]))
    seed = seed_text("004_6f0508abd3d91ba8.txt")
    _, recall = precision_recall(archived, seed.replace("**", ""))
    assert recall >= 0.95


def test_scan_text_recall_against_its_source(archive):
    """OCR of the scanned notice reads the text it was rendered from, its footnotes kept apart
    as notes (see evaluation.attachments)."""
    row = attachment_of(archive, SCAN_TITLE)
    archived = row["text"] + "\n" + "\n".join(json.loads(row["notes"]))
    _, recall = precision_recall(archived, rendered_text(abridged(read_seed())))
    assert recall >= 0.97


def test_notice_recipients(archive):
    recipients = json.loads(attachment_of(archive, POINTER_TITLE)["recipients"])
    assert recipients[:2] == ["Văn phòng Chính phủ (A và B)", "Thường trực Tỉnh ủy"]
    assert len(recipients) == 7


@pytest.mark.parametrize("title", [POINTER_TITLE, SCAN_TITLE])
def test_meeting_facts_come_from_the_notice(archive, title):
    row = next(archive.query("select * from articles where title = ?", [title]))
    assert (row["meeting_date"], row["chair_name"], row["meeting_type"], row["period_label"]) == (
        "2021-07-07",
        "Lâm Minh Thành",
        "thông báo kết luận",
        "6 tháng đầu năm 2021",
    )


def test_cited_documents_and_figures_of_the_notice(archive):
    article = next(archive.query("select id from articles where title = ?", [POINTER_TITLE]))
    documents = archive.query(
        "select number, issued_on from documents where article_id = ? and attachment_id is not null"
        " order by number",
        [article["id"]],
    )
    assert [(d["number"], d["issued_on"]) for d in documents] == sorted(CITED)
    figures = archive.query(
        "select raw, value, unit from figures where article_id = ? and indicator = 'exports'",
        [article["id"]],
    )
    assert [(f["raw"], f["value"], f["unit"]) for f in figures] == [
        ("780 triệu USD", 780_000_000.0, "USD")
    ]


def test_all_three_reports_are_one_meeting(archive):
    ids = archive.query(
        "select distinct meeting_id from articles where meeting_date = '2021-07-07'"
    )
    assert len(list(ids)) == 1


def test_search_finds_text_only_in_the_pdf(archive):
    """A phrase of the notice that the web item does not carry finds it, without accents."""
    found = archive.query(
        "select a.title from articles_fts f join articles a on a.id = f.rowid "
        "where articles_fts match ? order by a.id",
        ['"khan hiem vac xin"'],
    )
    assert [row["title"] for row in found] == [POINTER_TITLE]

"""Unit tests of the body cleaning in extract.article: bylines, captions, furniture, decoding."""

from __future__ import annotations

import unicodedata

import lxml.html
import pytest

from evaluation.make_extraction_snapshot import cp1258_combining
from extract.article import (
    Image,
    caption_element,
    densest_block,
    extract_article,
    extract_from_bytes,
    is_byline,
    page_text,
    parse_page,
    pull_byline,
    pull_images,
    split_byline,
    text_of,
)
from extract.platforms import GENERIC

BASE = "http://127.0.0.9/tin-tuc/bai-viet.html"
PROSE = (
    "Sáng 13/4, UBND huyện tổ chức cuộc họp bàn các giải pháp phòng, chống hạn hán, xâm nhập "
    "mặn phục vụ sản xuất vụ Hè Thu năm 2024 với sự tham dự của lãnh đạo các phòng, ban."
)


def block(html: str) -> lxml.html.HtmlElement:
    """A body block parsed from an HTML fragment."""
    return lxml.html.fragment_fromstring(html, create_parent="div")


@pytest.mark.parametrize(
    "line",
    ["Trung Anh", "DOÃN TẤN ĐẠT-HND KIÊN GIANG", "Thanh Tùng (Trung tâm VH-TT huyện)"],
)
def test_byline_forms(line):
    assert is_byline(line)


@pytest.mark.parametrize("line", ["Hội nghị kết thúc lúc 11 giờ.", "các đại biểu thảo luận"])
def test_prose_is_not_a_byline(line):
    assert not is_byline(line)


def test_split_byline_drops_furniture_and_keeps_lists():
    lines = [
        PROSE,
        "1. Tập trung kiểm soát dịch bệnh;",
        "a) Mỗi cơ sở Hội xây dựng 1 mô hình;",
        "- Rà soát danh sách trẻ chưa tiêm;",
        "Ảnh: Quang cảnh cuộc họp.",
        "Tệp đính kèm: Kế hoạch số 125/KH-UBND.pdf",
        "Lượt xem: 1.245",
        "Xem với cỡ chữ A A A",
        "In bài viết Gửi email",
        "Tác giả: Hồng Lam",
    ]
    assert split_byline(lines) == (lines[:4], "Hồng Lam")


def test_split_byline_takes_a_trailing_name():
    assert split_byline([PROSE, "Thanh Tùng (Trung tâm VH-TT huyện)"]) == (
        [PROSE],
        "Thanh Tùng (Trung tâm VH-TT huyện)",
    )


def test_split_byline_author_forms():
    assert split_byline([PROSE, "Bài và ảnh: Minh Châu"]) == ([PROSE], "Minh Châu")
    assert split_byline([PROSE]) == ([PROSE], None)


def test_pull_byline_right_aligned():
    body = block(f'<p>{PROSE}</p><p style="text-align:right"><strong>Lê Hà</strong></p>')
    assert pull_byline(body) == "Lê Hà"
    assert [text_of(p) for p in body] == [PROSE]


def test_pull_byline_leaves_prose():
    body = block(f"<p>{PROSE}</p>")
    assert pull_byline(body) is None
    assert len(body) == 1


@pytest.mark.parametrize(
    "html",
    [
        '<figure><img src="/a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>',
        '<p style="text-align:center"><img src="/a.jpg"><br><em>Quang cảnh hội nghị</em></p>',
        '<p><img src="/a.jpg"></p><p style="text-align: center;"><em>Quang cảnh hội nghị</em></p>',
        '<div><img src="/a.jpg"><span style="font-style:italic">Quang cảnh hội nghị</span></div>',
    ],
)
def test_pull_images_takes_captions_out_of_the_block(html):
    body = block(html + f"<p>{PROSE}</p>")
    assert pull_images(body, BASE) == [Image("http://127.0.0.9/a.jpg", "Quang cảnh hội nghị")]
    assert clean_text(body) == PROSE


def test_caption_paragraph_written_as_anh():
    body = block(f'<p><img src="/a.jpg"></p><p>Ảnh: Quang cảnh cuộc họp.</p><p>{PROSE}</p>')
    assert pull_images(body, BASE, styled=False) == [
        Image("http://127.0.0.9/a.jpg", "Ảnh: Quang cảnh cuộc họp.")
    ]
    assert clean_text(body) == PROSE


def test_unstyled_pull_keeps_centred_text_after_a_photo():
    html = '<p><img src="/a.jpg"></p><p style="text-align:center">– Man**</p>'
    body = block(html)
    assert caption_element(body.find(".//img"), body, styled=False) is None
    assert pull_images(body, BASE, styled=False) == [Image("http://127.0.0.9/a.jpg", None)]
    assert clean_text(body) == "– Man**"


def test_data_uri_images_are_skipped():
    assert pull_images(block('<p><img src="data:image/png;base64,AAA"></p>'), BASE) == []


def test_densest_block_is_the_article_text():
    tree = lxml.html.fromstring(
        "<html><body><div id='menu'><p>Trang chủ</p></div>"
        f"<div id='content'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
    )
    assert densest_block(tree).get("id") == "content"


def test_page_text_uses_the_header_charset():
    text = "<html><body><p>Hội nghị giao ban tháng bảy</p></body></html>"
    assert page_text(cp1258_combining(text), "windows-1258") == text
    assert page_text(unicodedata.normalize("NFD", text).encode("utf-8"), None) == text


def test_extract_from_bytes_decodes_before_extraction():
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Tin</title></head><body><article>'
        "<h1>Hội nghị giao ban tháng 7</h1><time>Thứ Hai, 15/04/2024 08:45</time>"
        f"<p>{PROSE}</p><p>{PROSE[::-1]}</p></article></body></html>"
    )
    record = extract_from_bytes(html.encode("utf-8"), "iso-8859-1", BASE)
    assert record is not None
    assert record.title == "Hội nghị giao ban tháng 7"
    assert record.body.splitlines()[0] == PROSE
    assert record.published_at == "2024-04-15T08:45:00+07:00"


def test_comments_have_no_text():
    assert text_of(lxml.html.fromstring("<div><!-- x --></div>")[0]) is None


def clean_text(element: lxml.html.HtmlElement) -> str:
    """An element's text on one line."""
    return text_of(element) or ""


def test_publication_date_falls_back_to_the_page_metadata():
    """A page whose article block shows no date takes it from its metadata, before the URL."""
    html = (
        '<html><head><meta property="article:published_time" content="2024-04-25T08:00:00+07:00">'
        "</head><body><h1>UBND tỉnh họp phiên thường kỳ tháng 4 năm 2024</h1>"
        f"<p>{'Chiều 24/4, UBND tỉnh họp phiên thường kỳ. ' * 8}</p></body></html>"
    )
    tree = parse_page(html)
    record = extract_article(tree, "https://a.gov.vn/Pages/2024-4-26/x.aspx", GENERIC)
    assert record.published_at == "2024-04-25"

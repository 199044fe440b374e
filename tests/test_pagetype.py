"""Page typing from structure (extract/pagetype.py): pages written the ways real portals write
them, with this project's own names and texts."""

from __future__ import annotations

from extract.article import parse_page
from extract.pagetype import ARTICLE, LISTING, OTHER, generic_headline, read_page, text_of
from extract.platforms import GENERIC, detect

# A listing item: headline link, date, summary (as Tân Dân's .channel-news-item writes it)
ITEM = (
    '<div class="item"><div class="t"><a href="/tin/{n}.aspx">Huyện Lâm Sơn tổ chức hội nghị '
    'tổng kết công tác số {n} năm nay</a></div><div class="d">(08:15 | 0{n}/11/2026)</div>'
    '<div class="s">Sáng {n}/11, UBND huyện Lâm Sơn tổ chức hội nghị tổng kết công tác năm, '
    "triển khai nhiệm vụ năm tới với nhiều chỉ tiêu quan trọng.</div></div>"
)
# A footer written as one block of text, long enough to read like a paragraph
FOOTER = (
    '<div class="site-footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lâm Sơn<br>Địa chỉ: số 12 '
    "đường Trần Phú, phường Đông Hải. Điện thoại: 0210.3812.xxx<br>Ghi rõ nguồn khi phát hành "
    "lại thông tin từ Cổng này.</div>"
)


def reading(html: str, url: str = "http://127.0.0.1/trang.aspx"):
    tree = parse_page(html)
    return read_page(tree, url, detect(tree))


def generic_kind(html: str, url: str) -> str:
    """What the generic reading takes a page for."""
    return read_page(parse_page(html), url, GENERIC).kind


def test_a_section_with_a_footer_paragraph_is_a_listing():
    items = "".join(ITEM.format(n=n) for n in (3, 4, 5))
    html = (
        "<html><head><title>Tin hoạt động các sở ngành - CỔNG TTĐT TỈNH LÂM SƠN</title></head>"
        '<body><div class="date-now">Thứ Tư, ngày 02/12/2026</div>'
        f'<div class="main"><h2>Tin hoạt động các sở ngành</h2>{items}</div>{FOOTER}</body></html>'
    )
    assert reading(html).kind == LISTING


def test_a_listing_heading_followed_by_headline_links_is_no_headline():
    links = "".join(
        f'<li><a href="/tin/{n}.html">Thường trực HĐND tỉnh giám sát chuyên đề số {n} '
        "tại các xã</a></li>"
        for n in range(1, 5)
    )
    body = (
        "<p>Trang này tổng hợp các tin bài về hoạt động của Hội đồng nhân dân tỉnh Lâm Sơn "
        "qua các kỳ họp, phiên giám sát và tiếp xúc cử tri trong nhiệm kỳ.</p>"
    )
    html = (
        "<html><head><title>Hoạt động HĐND tỉnh</title></head><body>"
        "<h1>Hoạt động HĐND tỉnh</h1><span>Cập nhật 02/12/2026</span>"
        f"<ul>{links}</ul>{body}</body></html>"
    )
    assert reading(html).kind == LISTING


def test_a_home_whose_banner_names_the_site_in_capitals_is_no_article():
    items = "".join(ITEM.format(n=n) for n in (3, 4, 5))
    html = (
        "<html><head><title>Trang chủ - Cổng Thông tin điện tử tỉnh Lâm Sơn</title></head><body>"
        '<header><h2 class="ten-trang">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM SƠN</h2></header>'
        '<div class="bar">Thứ Tư, ngày 02/12/2026</div>'
        f'<div class="main">{items}</div><div class="box"><h3>Văn bản mới</h3>'
        '<a href="/vb/ke-hoach-2027.pdf">Kế hoạch số 15/KH-UBND</a></div></body></html>'
    )
    assert reading(html).kind == LISTING


def test_a_notice_with_its_document_linked_after_the_headline_is_an_article():
    html = (
        "<html><head><title>Thông báo lịch tiếp công dân tháng 12</title></head><body>"
        "<h1>Thông báo lịch tiếp công dân tháng 12</h1><span>Ngày đăng: 01/12/2026</span>"
        '<p><a href="/vb/thong-bao-88.pdf">Tải về</a></p></body></html>'
    )
    assert reading(html).kind == ARTICLE


def test_an_old_page_with_its_headline_and_body_in_one_cell_is_an_article():
    html = (
        "<html><head><title>Kỳ họp thứ chín HĐND xã Phước An</title></head><body><table><tr>"
        '<td><a href="./">Trang chủ</a> | <a href="tin.asp?loai=1">Tin hoạt động</a></td></tr>'
        '<tr><td><font size="4"><b>Kỳ họp thứ chín HĐND xã Phước An</b></font><br>'
        "<font size=1>Ngày đăng: 20/11/2026 - Lượt xem: 311</font><br><br>"
        "<b>Ngày 20-11, HĐND xã Phước An tổ chức kỳ họp thứ chín, đồng chí Lê Văn Sáu, Chủ tịch "
        "HĐND xã chủ tọa kỳ họp.</b><br><br><center><img src='h.jpg'><br><i>Quang cảnh</i>"
        "</center><br>Kỳ họp thông qua 5 nghị quyết về dự toán ngân sách xã năm 2027 và kế "
        "hoạch đầu tư công trung hạn.<br><br><div align=right><b>Văn phòng UBND xã</b></div>"
        "</td></tr></table></body></html>"
    )
    assert generic_kind(html, "http://127.0.0.1/tin_ct.asp?id=9") == ARTICLE


def test_an_old_listing_cell_of_headlines_and_summaries_is_a_listing():
    rows = "".join(
        f'<a href="tin_ct.asp?id={n}"><b>UBND xã Phước An họp thường kỳ tháng {n} năm 2026</b>'
        f"</a> <font>({n}/11/2026)</font><br>Chiều {n}/11, ông Trần Văn Bảy, Chủ tịch UBND xã "
        "chủ trì cuộc họp thường kỳ đánh giá kết quả công tác trong tháng.<br>"
        for n in (3, 4, 5)
    )
    html = (
        "<html><head><title>Tin hoạt động</title></head><body><table><tr><td>"
        f'<font size="3"><b>TIN HOẠT ĐỘNG XÃ PHƯỚC AN</b></font><br>{rows}'
        '<table><tr><td>Trang: [1] <a href="tin.asp?trang=2">2</a></td></tr></table>'
        "</td></tr></table></body></html>"
    )
    assert generic_kind(html, "http://127.0.0.1/tin.asp?loai=1") == LISTING


def test_listing_summaries_under_a_heading_make_it_no_headline_before_a_bare_footer():
    """Two items (too few for a listing) then a footer of text with no class name: no article."""
    items = "".join(ITEM.format(n=n) for n in (3, 4))
    footer = FOOTER.replace(' class="site-footer"', "")
    html = (
        "<html><head><title>Tin hoạt động các sở ngành</title></head><body>"
        f"<div><h1>Tin hoạt động các sở ngành</h1>{items}</div>{footer}</body></html>"
    )
    assert reading(html).kind == OTHER


def test_bare_text_after_a_headline_heading_in_the_same_block_is_its_body():
    html = (
        "<html><head><title>UBND xã Phước An họp phiên thường kỳ tháng 11</title></head><body>"
        "<div><h1>UBND xã Phước An họp phiên thường kỳ tháng 11</h1><i>Ngày 28/11/2026</i><br>"
        "Chiều 28/11, UBND xã Phước An họp phiên thường kỳ tháng 11 để đánh giá tình hình kinh "
        "tế - xã hội.<br><br>Phiên họp thống nhất 6 nhiệm vụ trọng tâm của tháng 12, trong đó có "
        "thu ngân sách và giải ngân vốn đầu tư công.</div></body></html>"
    )
    assert generic_kind(html, "http://127.0.0.1/tin.asp?id=4") == ARTICLE


def test_a_headline_linked_to_its_own_page_is_the_headline():
    url = "http://127.0.0.1/index.php?option=com_content&view=article&id=77:hop-ubnd&catid=4"
    body = "".join(
        f"<p>Phiên họp thứ {n} của UBND huyện Lâm Sơn xem xét tiến độ giải ngân vốn đầu tư công "
        "và các giải pháp bảo đảm an sinh xã hội trong những tháng cuối năm.</p>"
        for n in (1, 2, 3)
    )
    html = (
        "<html><head><title>UBND huyện Lâm Sơn họp phiên thường kỳ tháng 11</title></head><body>"
        '<div id="header"><div class="date">Thứ Tư, ngày 02/12/2026</div>'
        '<h1 class="site-title">Trang thông tin điện tử huyện Lâm Sơn</h1></div>'
        '<div class="item-page"><h2><a href="/index.php?option=com_content&amp;view=article&amp;'
        'id=77:hop-ubnd&amp;catid=4">UBND huyện Lâm Sơn họp phiên thường kỳ tháng 11</a></h2>'
        '<dl class="article-info"><dd class="category-name">Chuyên mục: <a href="/index.php?'
        'option=com_content&amp;view=category&amp;id=4">Tin hoạt động</a></dd>'
        '<dd class="published">Được đăng ngày Thứ ba, 25 Tháng 11 2025 '
        f"08:30</dd></dl>{body}</div></body></html>"
    )
    tree = parse_page(html)
    heading, published = generic_headline(tree, url)
    assert (text_of(heading), published) == (
        "UBND huyện Lâm Sơn họp phiên thường kỳ tháng 11",
        "2025-11-25T08:30:00+07:00",
    )


def test_the_date_bar_of_the_page_header_dates_no_document_page():
    html = (
        "<html><head><title>Văn bản</title></head><body>"
        '<div class="header"><span class="ngay">Thứ Tư, ngày 02/12/2026</span></div>'
        '<div class="content"><h1>Văn bản chỉ đạo điều hành của huyện</h1><table><tr><td>'
        '<a href="/van-ban/qd-215.pdf">Quyết định số 215/QĐ-UBND</a></td></tr></table></div>'
        "</body></html>"
    )
    assert reading(html, "http://127.0.0.1/van-ban/Pages/default.aspx").kind != ARTICLE


def test_a_breadcrumbs_long_section_link_above_the_headline_heads_no_summary():
    body = "".join(
        f"<p>Đoạn {n}: đoàn công tác của thành phố Lâm Sơn làm việc với các doanh nghiệp về "
        "kế hoạch đầu tư và những kiến nghị tháo gỡ khó khăn trong năm tới.</p>"
        for n in (1, 2)
    )
    html = (
        "<html><head><title>Lãnh đạo thành phố tiếp đoàn doanh nghiệp</title></head><body>"
        '<article><nav class="crumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/lanh-dao">'
        "Hoạt động lãnh đạo thành phố Lâm Sơn</a></nav>"
        "<h1>Lãnh đạo thành phố tiếp đoàn doanh nghiệp</h1>"
        '<div class="meta"><time datetime="2025-12-05T10:00:00+07:00">05/12/2025</time></div>'
        '<p class="sapo">Sáng 5/12, UBND thành phố Lâm Sơn tiếp đoàn doanh nghiệp đến tìm hiểu '
        f"cơ hội đầu tư.</p><div>{body}</div></article></body></html>"
    )
    assert reading(html, "http://127.0.0.1/tin-tuc/lanh-dao-tiep-doan-90218").kind == ARTICLE

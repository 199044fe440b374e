"""Link discovery and canonical URLs: one article is one row, traps are never followed."""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html
import pytest

from extract.links import (
    canonical_url,
    crawl_scope,
    feed_links,
    follow_url,
    page_links,
    pager_links,
)
from extract.listcalls import list_calls
from extract.platforms import GENERIC

PAGE = "http://127.0.0.5:8765/Trang/tin-tuc-su-kien.aspx"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "http://127.0.0.5:8765/Trang/ChiTietTinTuc.aspx?nid=3626&utm_source=zalo&fbclid=x",
            "http://127.0.0.5:8765/Trang/ChiTietTinTuc.aspx?nid=3626",
        ),
        (
            "HTTPS://WWW.Bacgiang.gov.vn:443/web/guest/-/hoi-nghi;jsessionid=0A1B2C3D?p_p_auth=xY1",
            "https://www.bacgiang.gov.vn/web/guest/-/hoi-nghi?p_p_auth=xY1",
        ),
        (
            "http://tanhiep.kiengiang.gov.vn/(S(x1y2z3abc))/Tin-hoat-dong.aspx#top",
            "http://tanhiep.kiengiang.gov.vn/Tin-hoat-dong.aspx",
        ),
        (
            "http://hnd.bentre.gov.vn/2023/09/12/mo-hinh/",
            "http://hnd.bentre.gov.vn/2023/09/12/mo-hinh/",
        ),
        (
            "http://camau.gov.vn/chuyen-muc/a?page=1&gclid=IwAR0&_ga=2&zarsrc=30",
            "http://camau.gov.vn/chuyen-muc/a?page=1",
        ),
        ("http://camau.gov.vn", "http://camau.gov.vn/"),
        # content parameters stay, in one order
        ("http://h.gov.vn/Trang/a.aspx?sid=1&Cat=82", "http://h.gov.vn/Trang/a.aspx?Cat=82&sid=1"),
        ("http://h.gov.vn/tin?param=Slug-1&bvid=545", "http://h.gov.vn/tin?bvid=545&param=Slug-1"),
        ("http://h.gov.vn/Pages/A.aspx", "http://h.gov.vn/Pages/A.aspx"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("ChiTietTinTuc.aspx?nid=9880", "http://127.0.0.5:8765/Trang/ChiTietTinTuc.aspx?nid=9880"),
        # as written: slash, case and every parameter kept, only the fragment goes
        ("/vi/", "http://127.0.0.5:8765/vi/"),
        (
            "../Pages/Tin-Tuc.aspx?sid=1&Cat=82#top",
            "http://127.0.0.5:8765/Pages/Tin-Tuc.aspx?sid=1&Cat=82",
        ),
        (
            "chi-tiet/?param=abc-1&utm_source=zalo",
            "http://127.0.0.5:8765/Trang/chi-tiet/?param=abc-1&utm_source=zalo",
        ),
        ("/Trang/ChiTietTinTuc.aspx?nid=9880&amp;print=true", None),
        ("https://www.facebook.com/sharer/sharer.php?u=/Trang/a.aspx", None),
        ("/2023/09/19/hoi-nghi/?share=facebook", None),
        ("/web/guest/lich-lam-viec?_calendar_WAR_calendarportlet_month=6", None),
        ("/lich?month=2024-04", None),
        ("/lich.aspx?view=month", None),
        # a "view" naming no calendar span is content (Joomla, SharePoint list views)
        (
            "/index.php?option=com_content&view=article&id=245:hop-ubnd&catid=8",
            "http://127.0.0.5:8765/index.php?option=com_content&view=article&id=245:hop-ubnd&catid=8",
        ),
        (
            "/tin-tuc/Pages/a.aspx?Paged=TRUE&p_ID=12&PageFirstRow=4&View={1A2B}",
            "http://127.0.0.5:8765/tin-tuc/Pages/a.aspx?Paged=TRUE&p_ID=12&PageFirstRow=4&View={1A2B}",
        ),
        ("/2023/08/", None),
        ("/Lich-cong-tac.aspx?ngay=07/04/2025", None),
        ("/print//tin-tuc/so-ket-quy-i", None),
        ("/PublishingImages/TinTuc/2021/07/a.jpg", None),
        ("/rss/tintuc.rss", None),
        ("javascript:window.print()", None),
        ("mailto:ubnd@kiengiang.gov.vn", None),
        ("#top", None),
        ("http://other.gov.vn/Trang/a.aspx", None),
    ],
)
def test_follow_url(href, expected):
    assert follow_url(href, PAGE) == expected


def test_page_links_are_as_written_and_unique_by_identity_in_page_order():
    tree = lxml.html.fromstring(
        '<div><a href="/Trang/b.aspx/">B</a><a href="/Trang/a.aspx?utm_medium=x">A</a>'
        '<a href="/Trang/a.aspx">A again</a><a href="/Trang/b.aspx/#c">B again</a>'
        '<a href="/Trang/dang-nhap.aspx">Đăng nhập</a></div>'
    )
    assert page_links(tree, PAGE) == [
        "http://127.0.0.5:8765/Trang/b.aspx/",
        "http://127.0.0.5:8765/Trang/a.aspx?utm_medium=x",
    ]


def test_links_resolve_against_the_base_url():
    tree = lxml.html.fromstring(
        '<html><head><base href="http://127.0.0.5:8765/vi/"></head>'
        '<body><a href="tin-tuc/a-1.html">A</a></body></html>'
    )
    assert page_links(tree, PAGE) == ["http://127.0.0.5:8765/vi/tin-tuc/a-1.html"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="?page=2">2</a><a href="?page=3">3</a>', ["?page=2", "?page=3"]),
        ('<a href="/tin/page/2/">Trang sau</a>', ["/tin/page/2/"]),
        ('<a href="/chuyen-muc-tin-c217-2.html">»</a>', ["/chuyen-muc-tin-c217-2.html"]),
        ('<a href="/tin?p=2">Next</a><a href="/gioi-thieu">Giới thiệu</a>', ["/tin?p=2"]),
    ],
)
def test_pager_links(html, expected):
    page = "http://h.gov.vn/tin"
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    assert pager_links(tree, page) == [urljoin(page, e) for e in expected]


def test_feed_links():
    tree = lxml.html.fromstring(
        "<html><head>"
        '<link rel="alternate" type="application/rss+xml" href="/rss/tintuc.rss">'
        '<link rel="alternate" type="application/atom+xml" href="http://other.vn/atom.xml">'
        '<link rel="stylesheet" type="text/css" href="/style.css">'
        '<link rel="alternate" hreflang="en" href="/en">'
        "</head><body></body></html>"
    )
    assert feed_links(tree, PAGE) == ["http://127.0.0.5:8765/rss/tintuc.rss"]


@pytest.mark.parametrize(
    ("start_url", "scope"),
    [
        ("http://127.0.0.5:8765/Trang/TrangChu.aspx", "/Trang/"),
        ("http://127.0.0.6:8765/web/guest/trang-chu", "/web/guest/"),
        ("http://127.0.0.7:8765/Default.aspx", "/"),
        ("http://127.0.0.9:8765/", "/"),
        ("http://127.0.0.8:8765/chuyen-muc/khuyen-nong", "/chuyen-muc/khuyen-nong"),
        ("http://127.0.0.4:8765/vi/", "/"),
        ("http://127.0.0.4:8765/vi_VN/", "/"),
        ("http://127.0.0.4:8765/tin-tuc/", "/tin-tuc/"),
        (
            "http://h.gov.vn/chuyen-muc-tin-chung-toan-tinh-c217-1.html",
            "/chuyen-muc-tin-chung-toan-tinh-c217-",
        ),
    ],
)
def test_crawl_scope(start_url, scope):
    assert crawl_scope(start_url) == scope


@pytest.mark.parametrize(
    ("script", "url", "body"),
    [
        (
            "$.ajax({url: '/tin-tuc/danh-sach', type: 'POST', data: {cat: 4, page: n}});",
            "http://h.gov.vn/tin-tuc/danh-sach",
            "cat=4&page=2",
        ),
        (
            "fetch('/news/list?kind=7&page=' + n).then(show);",
            "http://h.gov.vn/news/list?kind=7&page=2",
            "",
        ),
        (
            "var listUrl = '/Home/LoadNews'; $.get(listUrl, {pageIndex: i, size: 10});",
            "http://h.gov.vn/Home/LoadNews?size=10&pageIndex=2",
            "",
        ),
    ],
)
def test_list_calls_read_off_scripts(script, url, body):
    tree = lxml.html.fromstring(f"<html><body><ul></ul><script>{script}</script></body></html>")
    (call,) = list_calls(tree, "http://h.gov.vn/tin-tuc", GENERIC)
    following = call.next()
    assert (following.url, following.body) == (url, body)


def test_a_script_without_a_page_parameter_makes_no_list_call():
    tree = lxml.html.fromstring("<div><script>$.post('/Counter/Hit', {id: 3});</script></div>")
    assert list_calls(tree, "http://h.gov.vn/tin-tuc", GENERIC) == []


def test_a_frames_document_and_a_drop_down_pagers_options_are_links():
    tree = lxml.html.fromstring(
        '<div><h2>Thông báo</h2><iframe src="/xa-a/Embed/ThongBao.aspx" title="Thông báo">'
        '</iframe><iframe src="https://www.youtube.com/embed/x1"></iframe>'
        'Trang: <select onchange="window.location.href=this.options[this.selectedIndex].value">'
        '<option value="/tabid/7/Default.aspx?mid=4&amp;page=1" selected>1</option>'
        '<option value="/tabid/7/Default.aspx?mid=4&amp;page=2">2</option></select>'
        '<select name="nam"><option value="/nam-2024">2024</option></select></div>'
    )
    assert page_links(tree, PAGE) == [
        "http://127.0.0.5:8765/xa-a/Embed/ThongBao.aspx",
        "http://127.0.0.5:8765/tabid/7/Default.aspx?mid=4&page=1",
        "http://127.0.0.5:8765/tabid/7/Default.aspx?mid=4&page=2",
    ]
    listing = "http://127.0.0.5:8765/tabid/7/Default.aspx?mid=4&page=1"
    assert pager_links(tree, listing) == ["http://127.0.0.5:8765/tabid/7/Default.aspx?mid=4&page=2"]

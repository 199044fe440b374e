"""Link discovery and canonical URLs: one article is one row, traps are never followed."""

from __future__ import annotations

import lxml.html
import pytest

from extract.links import canonical_url, crawl_scope, feed_links, follow_url, page_links

PAGE = "http://127.0.0.5:8765/Trang/tin-tuc-su-kien.aspx"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "http://127.0.0.5:8765/Trang/ChiTietTinTuc.aspx?nid=3626&amp;utm_source=zalo",
            "http://127.0.0.5:8765/Trang/ChiTietTinTuc.aspx?nid=3626",
        ),
        (
            "HTTPS://WWW.Bacgiang.gov.vn:443/web/guest/-/hoi-nghi;jsessionid=0A1B2C3D?p_p_auth=xY1",
            "https://www.bacgiang.gov.vn/web/guest/-/hoi-nghi",
        ),
        (
            "http://tanhiep.kiengiang.gov.vn/(S(x1y2z3abc))/Tin-hoat-dong.aspx#top",
            "http://tanhiep.kiengiang.gov.vn/Tin-hoat-dong.aspx",
        ),
        (
            "http://hnd.bentre.gov.vn/2023/09/12/mo-hinh/",
            "http://hnd.bentre.gov.vn/2023/09/12/mo-hinh",
        ),
        (
            "http://camau.gov.vn/chuyen-muc/a?page=1&fbclid=IwAR0",
            "http://camau.gov.vn/chuyen-muc/a?page=1",
        ),
        ("http://camau.gov.vn", "http://camau.gov.vn/"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("ChiTietTinTuc.aspx?nid=9880", "http://127.0.0.5:8765/Trang/ChiTietTinTuc.aspx?nid=9880"),
        ("/Trang/ChiTietTinTuc.aspx?nid=9880&amp;print=true", None),
        ("https://www.facebook.com/sharer/sharer.php?u=/Trang/a.aspx", None),
        ("/2023/09/19/hoi-nghi/?share=facebook", None),
        ("/web/guest/lich-lam-viec?_calendar_WAR_calendarportlet_month=6", None),
        ("/lich?month=2024-04", None),
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


def test_page_links_are_canonical_and_unique_in_page_order():
    tree = lxml.html.fromstring(
        '<div><a href="/Trang/b.aspx/">B</a><a href="/Trang/a.aspx?utm_medium=x">A</a>'
        '<a href="/Trang/b.aspx#c">B again</a><a href="/Trang/dang-nhap.aspx">Đăng nhập</a></div>'
    )
    assert page_links(tree, PAGE) == [
        "http://127.0.0.5:8765/Trang/b.aspx",
        "http://127.0.0.5:8765/Trang/a.aspx",
    ]


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
    ],
)
def test_crawl_scope(start_url, scope):
    assert crawl_scope(start_url) == scope

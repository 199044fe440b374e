"""List calls read off listing pages' scripts (extract/listcalls.py), in the forms of the real
portals' scripts (VNPT ArticleInMenu's LoadArticle, Liferay's loadPage resource call), written
with this project's own names and numbers."""

from __future__ import annotations

import json

import lxml.html

from extract.listcalls import answer_last_page, answer_links, list_calls
from extract.platforms import GENERIC

# A VNPT ArticleInMenu pager: the payload (page key first) built before the call, and the
# script's own count of pages
LOAD_ARTICLE_SCRIPT = """
var maxPage = parseInt(4);
function LoadArticleByPage(page) {
    var param = { article_category_id: 311, site_id: 9, page: page, page_size: 5,
                  keyword: "", articlelang: "vi-VN" };
    $.ajax({ type: "POST",
             url: "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle",
             data: JSON.stringify(param), contentType: "application/json; charset=utf-8",
             dataType: "json", success: function (res) { $("#list").html(res.d); } });
}
"""
# A Liferay portlet's loadPage resource call configured by a variable holding its URL
LOAD_PAGE_SCRIPT = """
var _tin_WAR_portlet_config = {
    loadPageURL: 'http://h.gov.vn/kinh-te?p_p_id=tin_WAR_portlet&p_p_lifecycle=2&p_p_resource_id=loadPage',
    recordPerPage: 6
};
function _tin_WAR_portlet_loadPage(pageNum) {
    $.ajax({ url: _tin_WAR_portlet_config.loadPageURL, type: 'GET', dataType: 'json',
             data: { pageNum: pageNum, keyword: '' } });
}
"""


def calls_of(script: str):
    tree = lxml.html.fromstring(f"<html><body><ul></ul><script>{script}</script></body></html>")
    return list_calls(tree, "http://h.gov.vn/kinh-te", GENERIC)


def test_a_payload_built_before_the_call_and_the_scripts_page_count():
    (call,) = calls_of(LOAD_ARTICLE_SCRIPT)
    assert call.url == (
        "http://h.gov.vn/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
    )
    assert json.loads(call.next().body) == {
        "article_category_id": 311,
        "site_id": 9,
        "page_size": 5,
        "keyword": "",
        "articlelang": "vi-VN",
        "page": "2",
    }
    pages = [call.page]
    while (call := call.next()) is not None:
        pages.append(call.page)
    assert pages == [1, 2, 3, 4]


def test_a_liferay_load_page_call_by_get_with_page_num():
    (call,) = calls_of(LOAD_PAGE_SCRIPT)
    assert (call.method, call.next().url) == (
        "GET",
        "http://h.gov.vn/kinh-te?p_p_id=tin_WAR_portlet&p_p_lifecycle=2&p_p_resource_id=loadPage"
        "&recordPerPage=6&keyword=&pageNum=2",
    )


def test_an_answer_gives_its_links_and_the_lists_last_page():
    (call,) = calls_of(LOAD_PAGE_SCRIPT)
    answer = json.dumps(
        {
            "pageNum": 2,
            "totalPageNum": 2,
            "items": [{"urlDetail": "/kinh-te?_tin_articleId=71", "image": "/anh/71.jpg"}],
        }
    )
    assert answer_links(answer, call) == ["http://h.gov.vn/kinh-te?_tin_articleId=71"]
    assert answer_last_page(answer) == 2
    assert call.next().next(answer_last_page(answer)) is None
    assert answer_last_page("<li><a href='/a-1.html'>x</a></li>") is None


def test_parameters_written_as_a_query_string_ending_with_the_page():
    posted = (
        "function more(n) { $.ajax({ type: 'POST', url: '/Ajax/TinTuc.ashx', "
        "data: 'chuyenmuc=12&pageIndex=' + n + '&size=8' }); }"
    )
    (call,) = calls_of(posted)
    assert (call.next().url, call.next().body) == (
        "http://h.gov.vn/Ajax/TinTuc.ashx",
        "chuyenmuc=12&pageIndex=2",
    )
    (call,) = calls_of("$.get('/api/tin-moi', 'p=' + trang, hien);")
    assert (call.method, call.next().url) == ("GET", "http://h.gov.vn/api/tin-moi?p=2")


def test_an_api_named_in_a_config_object_is_asked_page_by_page():
    config = {
        "site": "Cổng TTĐT thành phố Lâm Sơn",
        "api": {"base": "/api/v3", "news": "/api/v3/news", "banners": "/api/v3/banners"},
        "sections": [{"id": 7, "name": "Thời sự"}],
        "home": "/trang-chu",
    }
    calls = calls_of(f"window.__SITE_SETTINGS__ = {json.dumps(config, ensure_ascii=False)};")
    assert [(c.method, c.url, c.next().url) for c in calls] == [
        ("GET", "http://h.gov.vn/api/v3/banners?page=1", "http://h.gov.vn/api/v3/banners?page=2"),
        ("GET", "http://h.gov.vn/api/v3/news?page=1", "http://h.gov.vn/api/v3/news?page=2"),
    ]
    answer = json.dumps({"data": [{"id": 71, "url": "/thoi-su/hop-ubnd-71"}], "meta": {}})
    assert answer_links(answer, calls[1]) == ["http://h.gov.vn/thoi-su/hop-ubnd-71"]


def test_a_config_object_without_an_api_or_not_json_asks_nothing():
    assert calls_of('var cfg = {"home": "/trang-chu", "pageSize": 3};') == []
    assert calls_of("var cfg = {home: '/api/x'};") == []

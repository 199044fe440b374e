"""Liferay portals (bacgiang.gov.vn, moit.gov.vn): web content shown by asset publisher portlets."""

import re

from extract.platforms.base import Adapter

LIFERAY = Adapter(
    name="liferay",
    # a portlet's boundary or its Liferay 7 <section class="portlet" id="portlet_…">, the
    # theme's navigation items and pager (.lfr-nav-item, .lfr-pagination-buttons, whose links
    # carry …_INSTANCE_<x>_cur=N, real-portals.md "Liferay")
    fingerprints=(
        ".portlet-boundary, [id^='p_p_id'], .journal-content-article, "
        "section.portlet[id^='portlet_'], .lfr-nav-item, .lfr-pagination",
    ),
    # selectors public scrapers of real Liferay portals use (real-portals.md, "Liferay"): title
    # h1.title-detail, h1.article-title, .title-art, h3.header-title, h1#contentDetailTitleId,
    # .news-title; lead #sapoDetailId, .sapo, .summary; body .journal-content-article,
    # .content-detail, #contentDetail, .detail-content, .it-content, .view-content
    title=(
        ".title-news h1",
        ".asset-full-content .header-title",
        ".title-news",
        "h1.title-detail",
        "h1.article-title",
        ".title-art",
        "h3.header-title",
        "h1#contentDetailTitleId",
        ".news-title",
    ),
    date=(".date-news", ".asset-full-content .publish-date"),
    lead=(".sapo-news", ".asset-summary", "#sapoDetailId", ".sapo", ".summary"),
    body=(
        ".journal-content-article",
        ".content-detail",
        "#contentDetail",
        ".detail-content",
        ".it-content",
        ".view-content",
    ),
    drop=(".taglib-social-bookmarks", ".lfr-pagination", ".other-news", ".taglib-ratings"),
    listing_links=(".asset-title a", ".news-item .title a"),
    # real article forms (real-portals.md): …/-/asset_publisher/<id>/content/<slug>/<groupId>
    # (often ?inheritRedirect=true), …/-/asset_publisher/Content/<slug>, /vi/news/-/details/<id>/
    # <slug>, /web/dng/-/<slug>, /web/guest/chi-tiet?id=N; and a portlet's render URL naming
    # the article by its namespaced parameter, /chinh-tri?p_p_id=tin_WAR_x&p_p_lifecycle=0&
    # _tin_WAR_x_articleId=88 (the detail pages of bacninh's loadPage lists)
    article_url=re.compile(
        r"/-/(asset_publisher/\w+/content/[^/?]+(/\d+)?|details/\d+/[^/?]+|[^/?]+)/?(\?.*)?$"
        r"|/chi-tiet\?id=\d+$|[?&]p_p_lifecycle=0&(.*&)?_\w+_(articleId|newsId)=\d+",
        re.IGNORECASE,
    ),
    # /web/guest/tin-tuc?_101_INSTANCE_Ab12Cd_cur=2, friendly sections without /web/ (/chinh-tri,
    # /vi_VN/thoi-su) are told by their markup, not their URL
    listing_url=re.compile(r"[?&]_\w+_INSTANCE_\w+_cur=\d+"),
)

"""Tân Dân SharePoint portals (ninhthuan.gov.vn, dienbien.gov.vn, namdinh.gov.vn, mpi.gov.vn)."""

import re

from extract.platforms.base import Adapter

TANDAN = Adapter(
    name="tandan-sharepoint",
    fingerprints=("#aspnetForm", "[class^='tandan-']"),
    # the second markup (title .tandan-title-view, date .tandan-date-view, body
    # .tandan-content-view) and the fallbacks public scrapers use (.title-news, .date-news,
    # .timer, .news-content, #div_content, .content-detail, .summary-news, .news-sapo) are
    # evidenced in ../shared/notes/real-portals.md ("Tân Dân SharePoint")
    title=(".tandan-p-article-news-title", ".tandan-title-view", ".title-news"),
    date=(".tandan-span-date-publish", ".tandan-date-view", ".date-news", ".timer"),
    lead=(".tandan-p-article-news-summary", ".summary-news", ".news-sapo"),
    body=(
        ".tandan-p-article-main .ms-rtestate-field",
        ".tandan-p-article-main",
        ".tandan-content-view",
        ".news-content",
        "#div_content",
        ".content-detail",
    ),
    drop=(".td-tags", ".tandan-div-article-other", ".tandan-p-article-tools"),
    listing_links=(".channel-news-title a",),
    # /portal/Pages/2023-8-5/Uy-ban-nhan-dan-tinh-hop-abc123.aspx, year-only and lower-case
    # /portal/pages/2015/slug.aspx, dienbien's /en/bai-viet/<slug><suffix> (real-portals.md)
    article_url=re.compile(
        r"/pages/\d{4}(-\d{1,2}-\d{1,2})?/[^/]+\.aspx$|/bai-viet/[^/?]+$", re.IGNORECASE
    ),
    # /portal/Pages/Hoat-dong-lanh-dao-UBND-tinh.aspx?PageIndex=2, mpi's /en/pages/News-133.aspx
    listing_url=re.compile(r"/pages/[^/]+\.aspx(\?PageIndex=\d+)?$", re.IGNORECASE),
)

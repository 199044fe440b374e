"""Tân Dân SharePoint portals (ninhthuan.gov.vn, dienbien.gov.vn, namdinh.gov.vn, mpi.gov.vn)."""

import re

from extract.platforms.base import Adapter

TANDAN = Adapter(
    name="tandan-sharepoint",
    fingerprints=("#aspnetForm", "[class^='tandan-']"),
    title=(".tandan-p-article-news-title", ".tandan-title-view"),
    date=(".tandan-span-date-publish",),
    lead=(".tandan-p-article-news-summary",),
    body=(".tandan-p-article-main .ms-rtestate-field", ".tandan-p-article-main"),
    drop=(".td-tags", ".tandan-div-article-other", ".tandan-p-article-tools"),
    listing_links=(".channel-news-title a",),
    # /portal/Pages/2023-8-5/Uy-ban-nhan-dan-tinh-hop-abc123.aspx
    article_url=re.compile(r"/Pages/\d{4}-\d{1,2}-\d{1,2}/[^/]+\.aspx$"),
    # /portal/Pages/Hoat-dong-lanh-dao-UBND-tinh.aspx?PageIndex=2
    listing_url=re.compile(r"/Pages/[^/]+\.aspx(\?PageIndex=\d+)?$"),
)

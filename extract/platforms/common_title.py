"""The "common-title" CMS of hungyen.gov.vn and gialai.gov.vn (../shared/notes/real-portals.md,
"common-title CMS"): sections "/chuyen-muc-<slug>-c<id>-<page>.html" paged as siblings."""

import re

from extract.platforms.base import Adapter

COMMON_TITLE = Adapter(
    name="common-title",
    # evidenced: listing links a.article-title.common-title, detail body .common-content
    fingerprints=(".common-title, .common-content, .common-brief",),
    # evidenced: detail title h1.title-detail, date .post-date, lead .article-brief /
    # .common-brief, body .article-content / .common-content
    title=("h1.title-detail",),
    date=(".post-date",),
    lead=(".article-brief", ".common-brief"),
    body=(".article-content", ".common-content"),
    drop=(".box-other",),
    # evidenced: a.article-title.common-title (list date span.article-date)
    listing_links=("a.article-title.common-title", "a.common-title"),
    article_url=None,
    # evidenced: /chuyen-muc-tin-chung-toan-tinh-c217-1.html, page 2 "…-c217-2.html"
    listing_url=re.compile(r"/chuyen-muc-[^/]+-c\d+-\d+\.html$"),
)

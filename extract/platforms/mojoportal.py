"""mojoPortal / 3CMS templates of older provincial, district and mass-organisation sites."""

import re

from extract.platforms.base import Adapter

MOJOPORTAL = Adapter(
    name="mojoportal",
    fingerprints=("#article_text, .blogwrapper, .AspNet-Menu",),
    title=("h1.articletitle", ".articletitle"),
    date=(".articledate",),
    body=("#article_text",),
    drop=(".article-tools", ".addthis_toolbox", ".article-hits", ".related-news", ".article-file"),
    listing_links=(".blogtitle a", ".news-item-title"),
    # /tin-tuc/chinh-tri/uy-ban-nhan-dan-tinh-kien-giang-to-chuc-hoi-nghi-1a2b3c.html
    article_url=re.compile(r"/tin-tuc/[^/]+/[^/]+-[0-9a-z]{4,}\.html$"),
    # /tin-tuc/chinh-tri.html, /tin-tuc/chinh-tri/trang-2.html
    listing_url=re.compile(r"/tin-tuc/[^/]+(/trang-\d+)?\.html$"),
)

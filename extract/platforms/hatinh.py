"""The new Hà Tĩnh platform (hatinh.gov.vn and its district and ward sites)."""

import re

from extract.platforms.base import Adapter

HATINH = Adapter(
    name="hatinh-new",
    fingerprints=(".post-item, .detail-content",),
    title=(".detail-title",),
    date=(".detail-meta .time", ".time"),
    lead=(".detail-content-lead",),
    body=(".detail-content",),
    drop=(".share", ".related"),
    listing_links=(".post-item h3 a", ".post-item a.post-title"),
    # /vi/bai-viet/ubnd-huyen-ky-anh-to-chuc-hoi-nghi-giao-ban-thang-7
    article_url=re.compile(r"/bai-viet/[^/?]+$"),
    # /vi/chuyen-muc/hoat-dong-lanh-dao?page=2
    listing_url=re.compile(r"/chuyen-muc/[^/?]+(\?page=\d+)?$"),
)

"""Liferay portals (bacgiang.gov.vn, moit.gov.vn): web content shown by asset publisher portlets."""

import re

from extract.platforms.base import Adapter

LIFERAY = Adapter(
    name="liferay",
    fingerprints=(".portlet-boundary, [id^='p_p_id'], .journal-content-article",),
    title=(".title-news h1", ".asset-full-content .header-title", ".title-news"),
    date=(".date-news", ".asset-full-content .publish-date"),
    lead=(".sapo-news", ".asset-summary"),
    body=(".journal-content-article",),
    drop=(".taglib-social-bookmarks", ".lfr-pagination", ".other-news", ".taglib-ratings"),
    listing_links=(".asset-title a", ".news-item .title a"),
    # /web/guest/tin-tuc/-/asset_publisher/Ab12Cd/content/hoi-nghi-ubnd-tinh, /web/guest/-/slug
    article_url=re.compile(r"/-/(asset_publisher/\w+/content/)?[^/?]+$"),
    # /web/guest/tin-tuc?_101_INSTANCE_Ab12Cd_cur=2
    listing_url=re.compile(r"/web/[^?]+(\?_\w+_INSTANCE_\w+_cur=\d+)?$"),
)

"""DotNetNuke (DNN) sites of districts and departments, news shown by the EasyDNNnews module."""

import re

from extract.platforms.base import Adapter

DOTNETNUKE = Adapter(
    name="dotnetnuke",
    fingerprints=("[id^='dnn_'], link[href*='/Portals/_default/'], img[src*='/Portals/0/']",),
    title=(".edn_articleTitle", ".edn_article h1"),
    date=(".edn_articleDate", ".edn_metaDetails time"),
    lead=(".edn_articleSummary",),
    body=(".edn_articleContent", ".edn_article .Normal"),
    drop=(".edn_socialPrintWrapper", ".edn_relatedArticles", ".edn_articleDocuments"),
    listing_links=(".edn_articleTitle a",),
    # /Tin-tuc/ArticleId/2714/Hoi-nghi-giao-ban.aspx, /tabid/65/ArticleId/2714/Default.aspx
    article_url=re.compile(r"/ArticleId/\d+(/[^/]+)?(\.aspx)?$", re.IGNORECASE),
    # /Tin-tuc.aspx, /Tin-tuc/PgrID/471/PageID/2.aspx
    listing_url=re.compile(r"/PageID/\d+(\.aspx)?$", re.IGNORECASE),
)

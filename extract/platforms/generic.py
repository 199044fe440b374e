"""Fallback for portals of no known family: common article markup, trafilatura for the rest."""

from extract.platforms.base import Adapter

GENERIC = Adapter(
    name="generic",
    fingerprints=(),
    # a portlet's or a category's own heading, e.g. <h1 class="portlet-title">Kinh tế</h1>, is not
    # the article's title
    title=("article h1", ".title-news h1", "h1[class*='title']:not(.portlet-title)", "h1"),
    date=(
        "article time",
        "[class*='date-publish']",
        "[class*='post-date']",
        "[class*='news-date']",
        "[class*='article-date']",
        "[class*='publish']",
    ),
    lead=("[class*='sapo']", "[class*='summary']", "[class*='lead']", "[class*='description']"),
    body=(),
    drop=(),
)

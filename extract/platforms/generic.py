"""Fallback for portals of no known family: common article markup, trafilatura for the rest."""

from extract.platforms.base import Adapter

GENERIC = Adapter(
    name="generic",
    fingerprints=(),
    title=("article h1", "h1[class*='title']", ".title-news h1", "h1"),
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

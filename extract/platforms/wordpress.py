"""WordPress sites of mass organisations and wards: single posts of the standard theme markup."""

from extract.platforms.base import Adapter

WORDPRESS = Adapter(
    name="wordpress",
    fingerprints=("link[href*='/wp-content/'], script[src*='/wp-includes/'], [href*='/wp-json/']",),
    title=(".single-post h1.entry-title", ".single-post .entry-title"),
    date=(".single-post .entry-meta time.entry-date", ".single-post time.published"),
    lead=(".single-post .entry-summary",),
    body=(".single-post .entry-content",),
    drop=(".sharedaddy", ".jp-relatedposts", ".yarpp-related", ".post-navigation"),
    listing_links=("h2.entry-title a", ".entry-title a"),
    # post URLs follow the site's permalink setting; the body class "single-post" marks a post
    article_url=None,
    listing_url=None,
)

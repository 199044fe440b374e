"""Drupal sites of departments and districts: article nodes shown in their full view mode."""

from extract.platforms.base import Adapter

DRUPAL = Adapter(
    name="drupal",
    fingerprints=(
        "meta[name='Generator'][content^='Drupal'], [data-drupal-selector], "
        "script[src*='/misc/drupal.js']",
    ),
    title=(".node--view-mode-full h1", "h1.page-title"),
    date=(".node--view-mode-full .node__meta time", ".node--view-mode-full .field--name-created"),
    lead=(".node--view-mode-full .field--name-field-summary",),
    body=(
        ".node--view-mode-full:not(.node--type-page) .field--name-body",
        ".node--view-mode-full:not(.node--type-page) .node__content",
    ),
    drop=(".links.inline", ".field--name-field-tags", ".field--name-field-attachments"),
    listing_links=(".views-row .views-field-title a", ".node--view-mode-teaser h2 a"),
    # article URLs are path aliases chosen per site; the full-view node markup marks an article
    article_url=None,
    listing_url=None,
)

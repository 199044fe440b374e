"""Text processing for the archive: pages and text in, records out (never imports Scrapy)."""

# Which version of the extractors produced a row (articles.extractor_version); bump it when
# an extractor's output changes, so `reextract` knows what is stale
EXTRACTOR_VERSION = "2026.12.02"

"""Text processing for the archive: pages and text in, records out (never imports Scrapy)."""

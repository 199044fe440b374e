"""What the spider hands to the pipeline."""

from dataclasses import dataclass


@dataclass
class PageItem:
    """A fetched page that looks like an article, waiting for decoding, extraction and archiving."""

    url: str
    portal_id: str
    body: bytes
    charset: str | None
    fetched_at: str

"""What the spider hands to the pipeline."""

from dataclasses import dataclass


@dataclass
class PageItem:
    """A fetched page that looks like an article, waiting for extraction and archiving."""

    url: str
    portal_id: str
    html: str
    fetched_at: str

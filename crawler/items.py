"""What the spider hands to the pipeline."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Download:
    """A file linked from an article page (a PDF or Word attachment), as fetched."""

    url: str
    body: bytes
    content_type: str | None
    fetched_at: str
    error: str | None = None


@dataclass
class PageItem:
    """A fetched page that looks like an article, waiting for decoding, extraction and archiving,
    with the attachments it links to."""

    url: str
    portal_id: str
    body: bytes
    charset: str | None
    fetched_at: str
    attachments: list[Download] = field(default_factory=list)

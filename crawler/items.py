"""What the spider hands to the pipeline."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fetched:
    """A response as fetched, for the raw captures: status, headers and body bytes."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str

    @property
    def content_type(self) -> str | None:
        """The Content-Type header, if the response had one."""
        return next((v for k, v in self.headers if k.lower() == "content-type"), None)


@dataclass(frozen=True)
class Download:
    """A file linked from an article page (a PDF or Word attachment), as fetched, or why not."""

    url: str
    fetched: Fetched | None
    error: str | None = None


@dataclass
class PageItem:
    """A fetched page the spider read as an article (decoded once, typed once), waiting for
    extraction and archiving, with the attachments it links to: url is the URL that served it
    (after redirects), html its decoded text, platform the family whose selectors read it."""

    url: str
    portal_id: str
    page: Fetched
    html: str
    platform: str
    attachments: list[Download] = field(default_factory=list)


@dataclass(frozen=True)
class CaptureItem:
    """A fetched page that is not an article (a listing, the home page), kept as a raw capture."""

    portal_id: str
    page: Fetched


@dataclass(frozen=True)
class VanishedItem:
    """An archived article whose page the portal no longer serves (404 or 410)."""

    url: str
    portal_id: str
    status: int

"""Where a crawl may go: only http(s), only the portal's own hosts (attachments also from the
hosts its registry entry allows), and no private address unless the crawl started on one."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

from crawler.state import CrawlState

# The only schemes a crawl fetches; file:, data:, ftp: and the rest are refused
WEB_SCHEMES = frozenset({"http", "https"})
# The port a scheme's URLs use when they name none
DEFAULT_PORTS = {"http": 80, "https": 443}
# Host names that name this machine without being an IP literal
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain"})
# The Scrapy stats key counting refused requests by reason, e.g. "bounds/refused/off_portal"
REFUSED_STAT = "bounds/refused/{reason}"


def site_host(host: str) -> str:
    """A host without "www." and trailing dot: "www.hatinh.gov.vn." -> "hatinh.gov.vn"."""
    return host.lower().rstrip(".").removeprefix("www.")


def site_key(url: str) -> str:
    """A URL's host as bounds compare it: its site host, with the port when it is not the
    scheme's default ("http://127.0.0.2:8765/x" -> "127.0.0.2:8765", "https://www.a.gov.vn/" ->
    "a.gov.vn"), since another port of the same host is another site; raises ValueError for a
    malformed port."""
    parts = urlsplit(url)
    port = parts.port
    host = site_host(parts.hostname or "")
    return host if port in (None, DEFAULT_PORTS.get(parts.scheme.lower())) else f"{host}:{port}"


def within(key: str, domains: frozenset[str]) -> bool:
    """True when a site key is one of domains or a subdomain of one ("vbpl.hatinh.gov.vn" is
    within "hatinh.gov.vn"; "hatinh.gov.vn.evil.com" and "hatinh.gov.vn:8080" are not)."""
    key = site_host(key)
    return any(key == d or key.endswith("." + d) for d in domains)


def is_private(host: str) -> bool:
    """True for a loopback, link-local, private or otherwise non-public IP literal or local
    name ("127.0.0.2", "169.254.169.254", "10.0.0.1", "[::1]", "localhost")."""
    if site_host(host) in LOCAL_NAMES:
        return True
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_global
    except ValueError:
        return False


@dataclass
class PortalBounds:
    """The hosts one portal's crawl may fetch from."""

    domains: set[str] = field(default_factory=set)
    attachment_domains: set[str] = field(default_factory=set)

    def add(self, url: str) -> None:
        """Adds the site of a start or registry URL to the portal's own sites."""
        if urlsplit(url).hostname:
            self.domains.add(site_key(url))


def refusal(url: str, bounds: PortalBounds, attachment: bool, private_allowed: bool) -> str | None:
    """Why a request for url must not be made, as a stats reason ("scheme", "off_portal",
    "private_address"), or None when it may."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return "scheme"
    try:
        key = site_key(url)
    except ValueError:  # a port that is no number, e.g. "http://a.gov.vn:80x/"
        return "off_portal"
    allowed = bounds.domains | (bounds.attachment_domains if attachment else set())
    if not within(key, frozenset(allowed)):
        return "off_portal"
    if is_private(parts.hostname or "") and not private_allowed:
        return "private_address"
    return None


async def resolves_private(host: str) -> bool:
    """True when a host name resolves to any non-public address (a portal's name pointed at
    10.0.0.1 or 169.254.169.254); a name that does not resolve is left to the downloader."""
    loop = asyncio.get_running_loop()
    try:
        answers = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError:
        return False
    return any(is_private(answer[4][0]) for answer in answers)


class PortalBoundsMiddleware:
    """Refuses every request, redirects and meta refreshes included, that leaves the portal it
    was made for; each refusal is counted in the stats and reaches the request's errback, which
    records it in crawl_errors."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.bounds: dict[str, PortalBounds] = defaultdict(PortalBounds)
        self.every_portal = PortalBounds()
        self.private_allowed = False
        self.resolved: dict[str, bool] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PortalBoundsMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        """Learns each portal's hosts from the crawl's start URLs and registry entries; a crawl
        started on a private address (the sample portals) may fetch private addresses."""
        registry = self.crawler.get_extension(CrawlState).registry
        for portal_id, url in spider.targets():
            bounds = self.bounds[portal_id]
            entry = registry.get(portal_id)
            for known in (url, *((entry.url, *entry.start_urls) if entry else ())):
                bounds.add(known)
                self.every_portal.add(known)
            if entry is not None:
                bounds.attachment_domains.update(site_host(h) for h in entry.attachment_hosts)
            self.private_allowed |= is_private(urlsplit(url).hostname or "")

    async def process_request(self, request: Request) -> None:
        """Raises IgnoreRequest for a request outside its portal's bounds (a request of no
        portal, such as robots.txt, stays within the crawl's portals)."""
        portal_id = request.meta.get("portal")
        bounds = self.bounds.get(portal_id, self.every_portal)
        reason = refusal(request.url, bounds, "item" in request.meta, self.private_allowed)
        host = urlsplit(request.url).hostname or ""
        if reason is None and not self.private_allowed and not is_private(host):
            if host not in self.resolved:
                self.resolved[host] = await resolves_private(host)
            reason = "private_address" if self.resolved[host] else None
        if reason is not None:
            self.crawler.stats.inc_value(REFUSED_STAT.format(reason=reason))
            raise IgnoreRequest(f"refused ({reason.replace('_', ' ')}): {request.url}")

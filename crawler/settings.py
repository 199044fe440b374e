"""Scrapy settings: polite by default for real portals; tests and the demo loosen them."""

from pathlib import Path

BOT_NAME = "vn-meetings-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# `scrapy crawl` ends a bad argument or archive with one line, no traceback: crawler/commands
COMMANDS_MODULE = "crawler.commands"

ROOT = Path(__file__).resolve().parent.parent
# The archive file; `-s ARCHIVE_DB=PATH` chooses another
ARCHIVE_DB = str(ROOT / "archive.db")
# Registry files the spider reads portals from; later files add entries
PORTAL_REGISTRIES = [str(ROOT / "crawler" / "registry.yml")]

USER_AGENT = (
    "vn-meetings-archive/0.1 (+https://github.com/vn-local-gov/meetings-archive; "
    "an open archive of local government meeting news)"
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
# Retries (5xx, timeouts) wait 2 s, 4 s, 8 s … (at most 60 s) first: crawler/middlewares.py
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    # first of all, so that every request (redirects and meta refreshes too) stays on its portal
    "crawler.bounds.PortalBoundsMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # after the redirect middleware (600) has made a redirected request
    "crawler.middlewares.ConditionalRequestMiddleware": 650,
}
# Only the web: no local files, FTP, S3 or data: URLs, whatever a page links to
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
DOWNLOAD_TIMEOUT = 60
# Pages past this size are dropped, not archived (a 10 MB page is a broken page)
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# How many links away from a start page the crawl goes; the pages of one listing (next page, a
# form post, a list call) are one step: crawler/discovery.py ListingDepthMiddleware
DEPTH_LIMIT = 8
# A listing's chain of pages ends after this many pages in a row that bring no link new to its
# section (pages past its end), and a section after this many pages (a trap; recorded)
LISTING_BARREN_PAGES = 3
LISTING_MAX_PAGES = 2_000
# Duplicate requests are those of one URL identity (tracking parameters aside), not one spelling
REQUEST_FINGERPRINTER_CLASS = "crawler.discovery.IdentityFingerprinter"
# Listings of portals flagged render_listings in the registry are fetched through Debian's
# Chromium (scrapy-playwright; never a downloaded browser); every other request stays plain HTTP
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": "/usr/bin/chromium",
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
}
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

ITEM_PIPELINES = {"crawler.pipelines.ArchivePipeline": 300}
# The crawl's state (archive, memory of earlier runs, crawls rows): spider, pipeline and
# middlewares ask it
EXTENSIONS = {"crawler.state.CrawlState": 0}
# Article extraction runs in worker processes so the reactor never waits on it
EXTRACT_WORKERS = 2
# Items (article pages) processed at once: enough to keep every worker busy with one waiting,
# no more (each waiting one holds its page and attachments in memory)
CONCURRENT_ITEMS = 2 * EXTRACT_WORKERS

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
# Whether pages are read with their platform family's adapter (detected from the page's markup);
# off, every page goes through the generic classifier, e.g. `-s PLATFORM_DETECTION=False`
PLATFORM_DETECTION = True
# Old portals offer only ciphers that OpenSSL's default security level refuses
DOWNLOADER_CLIENT_TLS_CIPHERS = "DEFAULT:@SECLEVEL=1"

# Duplicate requests are filtered in memory, not in the JOBDIR: see MemoryDupeFilter
DUPEFILTER_CLASS = "crawler.middlewares.MemoryDupeFilter"
# With a JOBDIR, a killed run resumes from the job's frontier (crawler/frontier.py), which
# records every request and whether it finished; Scrapy's queue stays in memory
SCHEDULER = "crawler.frontier.MemoryQueueScheduler"
SPIDER_MIDDLEWARES = {
    "crawler.frontier.FrontierMiddleware": 30,
    # the pages of one listing are one step of DEPTH_LIMIT (see DEPTH_LIMIT above)
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "crawler.discovery.ListingDepthMiddleware": 900,
}
# Listing pages whose headline articles are all archived already, followed before a section
# is left (an incremental run stops there)
STALE_PAGES_MARGIN = 2
# Raw captures: WARC files in this folder (default: "warcs" beside the archive)
WARC_DIR = None

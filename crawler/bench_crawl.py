"""`make bench-crawl`: the crawl's pages per minute against a spider that fetches the same site
and stores nothing, both over a large copy of the sample portals served by nginx on loopback."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from scrapy import Request, Spider
from scrapy.http import HtmlResponse, Response

from samples.build import CONTENT_DIR, build_site, load_sites

# The repository root, where the commands run
ROOT = Path(__file__).resolve().parent.parent
# Settings of both crawls: no politeness (loopback), every page of the copy reached
FAST_SETTINGS = (
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=0",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "DEPTH_LIMIT=0",
    "LOG_LEVEL=INFO",
)
# Scrapy's closing stats in its log, e.g. "'response_received_count': 3557,"
STAT_LINE = re.compile(r"'(response_received_count|elapsed_time_seconds)': ([\d.]+)")
# nginx's configuration: one server per sample portal, answering from the route table
NGINX_CONF = """
user root;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
daemon off;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    charset utf-8;
    charset_types text/plain text/xml application/xml application/rss+xml;
    access_log off;
    etag on;
    map_hash_bucket_size 256;
    map_hash_max_size 262144;
    client_body_temp_path {prefix}/tmp;
    proxy_temp_path {prefix}/tmp;
    fastcgi_temp_path {prefix}/tmp;
    uwsgi_temp_path {prefix}/tmp;
    scgi_temp_path {prefix}/tmp;
    map "$server_addr$request_uri" $route_file {{
        default "";
{files}
    }}
    map "$server_addr$request_uri" $route_redirect {{
        default "";
{redirects}
    }}
{servers}
}}
"""
NGINX_SERVER = """
    server {{
        listen {address}:{port};
        root {root};
        location / {{
            if ($route_redirect) {{ return 302 $route_redirect; }}
            if ($route_file = "") {{ return 404; }}
            rewrite ^ $route_file break;
        }}
    }}
"""


class FetchOnlySpider(Spider):
    """Fetches every page of the sites it starts from by following their links, and stores
    nothing: what a crawl costs without extraction or archiving."""

    name = "fetch_only"
    custom_settings = {
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {"crawler.state.CrawlState": None},
        "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.ConditionalRequestMiddleware": None},
    }

    def __init__(self, start_url: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = start_url.split(",")

    def parse(self, response: Response) -> Iterator[Request]:
        """Follows the page's links to its own host."""
        if not isinstance(response, HtmlResponse):
            return
        host = urlsplit(response.url).netloc
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == host:
                yield Request(url, callback=self.parse)


def copy_content(folder: Path, copies: int) -> Path:
    """The sample portals' content with every article there `copies` times (other titles and
    days), so that listings grow with them."""
    content = folder / "content"
    shutil.copytree(CONTENT_DIR, content)
    for path in sorted(content.glob("*/*.yml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n in range(1, copies):
            copy = {**article, "title": f"{article['title']} (bản {n})"}
            path.with_name(f"{path.stem}-copy{n}.yml").write_text(
                yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8"
            )
    return content


def build_copy(folder: Path, copies: int) -> dict[str, dict[str, Any]]:
    """Builds every sample portal from the enlarged content; returns each site's address,
    folder and route table."""
    content = copy_content(folder, copies)
    built = {}
    for site_id, site in load_sites().items():
        site_dir = folder / "sites" / site_id
        routes = build_site(site, site_dir, content)
        built[site_id] = {"address": site["address"], "dir": site_dir, "routes": routes}
    return built


def free_port() -> int:
    """A TCP port free on loopback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_conf(prefix: Path, sites: dict[str, dict[str, Any]], port: int) -> str:
    """nginx's configuration serving every built site on its address and port."""
    files, redirects, servers = [], [], []
    for site in sites.values():
        for path, route in site["routes"].items():
            key = json.dumps(site["address"] + path)
            if "redirect" in route:
                redirects.append(f"        {key} {json.dumps(route['redirect'])};")
            else:
                files.append(f"        {key} {json.dumps('/' + route['file'])};")
        servers.append(NGINX_SERVER.format(address=site["address"], port=port, root=site["dir"]))
    return NGINX_CONF.format(
        prefix=prefix,
        files="\n".join(files),
        redirects="\n".join(redirects),
        servers="".join(servers),
    )


@contextmanager
def nginx(folder: Path, sites: dict[str, dict[str, Any]]) -> Iterator[list[str]]:
    """Serves the sites with nginx until the block ends; yields their home URLs."""
    prefix = folder / "nginx"
    (prefix / "tmp").mkdir(parents=True)
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(nginx_conf(prefix, sites, port), encoding="utf-8")
    server = subprocess.Popen(["nginx", "-p", str(prefix), "-c", str(conf)])
    try:
        time.sleep(1)
        if server.poll() is not None:
            raise SystemExit((prefix / "error.log").read_text())
        yield [f"http://{site['address']}:{port}/" for site in sites.values()]
    finally:
        server.terminate()
        server.wait()


def crawl(command: list[str], log: Path) -> tuple[int, float]:
    """Runs a Scrapy command; returns the responses it received and its seconds, from its stats."""
    with log.open("w") as handle:
        subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, check=True)
    stats = dict(STAT_LINE.findall(log.read_text(encoding="utf-8")))
    return int(stats["response_received_count"]), float(stats["elapsed_time_seconds"])


def commands(urls: list[str], folder: Path, run: int) -> dict[str, list[str]]:
    """The two crawls of one round: the portal spider into a new archive, and FetchOnlySpider."""
    settings = [arg for setting in FAST_SETTINGS for arg in ("-s", setting)]
    start = f"start_url={','.join(urls)}"
    scrapy = [sys.executable, "-m", "scrapy"]
    db = folder / f"archive-{run}.db"
    return {
        "crawl": [*scrapy, "crawl", "portal", "-a", start, "-s", f"ARCHIVE_DB={db}", *settings],
        "fetch only": [*scrapy, "runspider", __file__, "-a", start, *settings],
    }


def main() -> int:
    """Builds the copy, serves it, and crawls it with each spider in turn, `--rounds` times."""
    parser = argparse.ArgumentParser(prog="python -m crawler.bench_crawl", description=__doc__)
    parser.add_argument("--copies", type=int, default=70, help="of each sample article")
    parser.add_argument("--rounds", type=int, default=1, help="alternating runs of each spider")
    args = parser.parse_args()
    if shutil.which("nginx") is None:
        raise SystemExit("nginx is missing: apt-get install nginx (make bench-crawl does)")
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        folder = Path(tmp)
        sites = build_copy(folder, args.copies)
        pages = sum(len(site["routes"]) for site in sites.values())
        print(f"{pages} pages and files in {len(sites)} sites, served by nginx", flush=True)
        rates: dict[str, list[float]] = {"crawl": [], "fetch only": []}
        with nginx(folder, sites) as urls:
            for run in range(args.rounds):
                for name, command in commands(urls, folder, run).items():
                    received, seconds = crawl(command, folder / f"{name}-{run}.log")
                    rate, load = received / seconds * 60, os.getloadavg()[0]
                    rates[name].append(rate)
                    print(
                        f"{name}: {received} responses in {seconds:.1f} s ({rate:,.0f} pages/min; "
                        f"load {load:.1f})",
                        flush=True,
                    )
    crawl_rate, fetch_rate = (statistics.median(rates[n]) for n in ("crawl", "fetch only"))
    pairs = zip(rates["crawl"], rates["fetch only"], strict=True)
    paired = statistics.median(c / f for c, f in pairs)
    print(
        f"crawl with extraction and archiving: {crawl_rate:,.0f} pages/min; a spider that stores "
        f"nothing: {fetch_rate:,.0f} pages/min; ratio {crawl_rate / fetch_rate:.2f} (medians of "
        f"{args.rounds} rounds; median of each round's ratio {paired:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A small HTTP server for the built sample portals, one loopback address per site."""

from __future__ import annotations

import argparse
import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from samples.build import build_all


class SiteHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from one site's route table, with ETags (304 when a conditional
    request names the current one); unknown URLs get 404."""

    server_version = "Microsoft-IIS/8.5"
    sys_version = ""

    def __init__(
        self,
        *args,
        site_dir: Path,
        routes: dict[str, dict[str, str]],
        delay: float = 0.0,
        on_request: Callable[[], None] | None = None,
        **kwargs,
    ):
        self.site_dir = site_dir
        self.routes = routes
        self.delay = delay
        self.on_request = on_request
        super().__init__(*args, **kwargs)

    def parse_request(self) -> bool:
        """Reads a request's line and headers, first telling on_request that one came."""
        if self.on_request is not None:
            self.on_request()
        return super().parse_request()

    def do_GET(self) -> None:  # noqa: N802 (the name http.server dispatches to)
        self.answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self.answer(with_body=False)

    def do_POST(self) -> None:  # noqa: N802
        """Answers a form post or a JSON call from the route "POST <path>": the answer that the
        values of its fields (form fields or keys of a JSON body, joined by "-") name, else its
        default."""
        route = self.routes.get(f"POST {self.path}")
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        if route is None:
            self.send_error(404, "Not Found")
            return
        try:
            fields = {k: str(v) for k, v in json.loads(raw).items()}
        except (ValueError, AttributeError):
            fields = {k: v[0] for k, v in parse_qs(raw).items()}
        key = "-".join(fields.get(name, "") for name in route["fields"])
        answer = route["answers"].get(key, route["default"])
        body = (self.site_dir / answer["file"]).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", answer["content_type"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def answer(self, with_body: bool) -> None:
        """Sends the page, redirect or 404 that the route table holds for the path."""
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        if "redirect" in route:
            self.send_response(302)
            self.send_header("Location", route["redirect"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        time.sleep(self.delay)
        body = (self.site_dir / route["file"]).read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        status = int(route.get("status", 200))
        if status == HTTPStatus.OK and self.headers.get("If-None-Match") == etag:
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", route["content_type"])
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        """Keeps the console quiet; the crawler's own log says what was fetched."""


def start_site(
    site_dir: Path,
    address: str,
    port: int = 0,
    delay: float = 0.0,
    on_request: Callable[[], None] | None = None,
) -> ThreadingHTTPServer:
    """Serves one built site on address:port (0 = any free port) from a daemon thread, each
    answer delayed by delay seconds and on_request called as each request comes (for tests
    that stop a crawl half-way)."""
    routes = json.loads((site_dir / "routes.json").read_text(encoding="utf-8"))
    handler = partial(
        SiteHandler, site_dir=site_dir, routes=routes, delay=delay, on_request=on_request
    )
    server = ThreadingHTTPServer((address, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextmanager
def serve_samples(out_dir: Path, port: int = 0) -> Iterator[dict[str, str]]:
    """Builds and serves every sample site; yields {site id: base URL} until the block ends."""
    sites = build_all(out_dir)
    servers = {
        site_id: start_site(out_dir / site_id, site["address"], port)
        for site_id, site in sites.items()
    }
    try:
        yield {
            site_id: f"http://{server.server_address[0]}:{server.server_address[1]}/"
            for site_id, server in servers.items()
        }
    finally:
        for server in servers.values():
            server.shutdown()
            server.server_close()


def main() -> None:
    """`python -m samples.server [--port N]`: serves the sample portals until interrupted."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--out", type=Path, default=Path("build/samples"))
    args = parser.parse_args()
    with serve_samples(args.out, args.port) as urls:
        for site_id, url in urls.items():
            print(f"{site_id}: {url}", flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()

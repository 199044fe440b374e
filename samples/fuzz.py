"""A seeded layout fuzzer: portal variants that rename or drop class names and ids, change URL
schemes, move menus and boxes, vary listing markup and pagination, filled with the sample
content; `python -m samples.fuzz --variants N` crawls them and prints what was archived."""

from __future__ import annotations

import argparse
import html
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils
import yaml

from samples.build import CONTENT_DIR, slugify
from samples.crawl import scrapy_command
from samples.server import start_site

# Sections of a fuzzed portal: (slug, title)
SECTIONS = (
    ("hoat-dong-lanh-dao", "Hoạt động lãnh đạo"),
    ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    ("chi-dao-dieu-hanh", "Chỉ đạo điều hành"),
)
# Article URL schemes: slugs, numeric ids, .aspx / .html / none, trailing slashes, ids in the
# query; {s} section, {slug} slug, {n} number, {d} date
ARTICLE_SCHEMES = (
    "/tin-tuc/{s}/{slug}.html",
    "/{s}/{slug}-{n}.html",
    "/news/{n}",
    "/Pages/{slug}.aspx",
    "/portal/pages/{d:%Y}/{slug}.aspx",
    "/bai-viet/{slug}/",
    "/chi-tiet-tin?id={n}",
    "/Trang/ChiTiet.aspx?bvid={n}&Cat=7",
    "/{d:%Y/%m/%d}/{slug}/",
    "/vi/tin/{slug}-{n}",
    "/chi-tiet-tin-tuc/?param={slug}-{n}",
)
# Section URL schemes with their pagination: (first page, page N)
LISTING_SCHEMES = (
    ("/chuyen-muc/{s}", "/chuyen-muc/{s}?page={p}"),
    ("/{s}/", "/{s}/page/{p}/"),
    ("/chuyen-muc-{s}-c{n}-1.html", "/chuyen-muc-{s}-c{n}-{p}.html"),
    ("/Trang/{s}.aspx?Cat={n}", "/Trang/{s}.aspx?Cat={n}&Page={p}"),
    ("/danh-muc/{s}.html", "/danh-muc/{s}/trang-{p}.html"),
    ("/vi/{s}", "/vi/{s}?p={p}"),
)
# How a pager links the next page: numbered links, "Trang sau", "»", or both
PAGERS = ("numbers", "trang-sau", "raquo", "numbers+next", "next-only")
# Date lines: dd/mm/yyyy, with time, with a weekday, with dashes
DATE_FORMATS = (
    "%d/%m/%Y",
    "Ngày đăng: %d/%m/%Y %H:%M",
    "Cập nhật lúc %H:%M ngày %d/%m/%Y",
    "%d-%m-%Y %H:%M",
    "(%d/%m/%Y)",
)
# A small PDF, served where a variant's box of new documents links one
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
# Words that names of classes and ids are made of
NAME_WORDS = ("box", "main", "col", "wrap", "item", "cnt", "blk", "zone", "area", "pn", "k", "x")


@dataclass
class Variant:
    """One fuzzed portal: its pages (URL -> HTML), documents (URL -> PDF bytes), redirects and
    the URLs that serve articles."""

    seed: int
    pages: dict[str, str] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    documents: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class Traits:
    """Layout traits seen on portals built by others (samples/heldout/), drawn from their own
    generator so that each seed's other choices stay as they were: a footer written as one
    block of text and <br>s, a banner naming the site in capitals, a side box linking a new
    document, articles written as an old table cell (headline, date and body as text and
    <br>s in one <td>)."""

    footer_lines: bool
    capital_banner: bool
    documents_box: bool
    bare_articles: bool


def draw_traits(seed: int) -> Traits:
    """The layout traits of a seed's variant."""
    rng = random.Random(f"traits-{seed}")
    return Traits(*(rng.random() < share for share in (0.4, 0.3, 0.3, 0.25)))


class Names:
    """Class and id names of one variant: random words, or none at all."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.drop = rng.random() < 0.3

    def __call__(self) -> str:
        """A class attribute (with a leading space), or "" when the variant drops names."""
        if self.drop or self.rng.random() < 0.2:
            return ""
        word = "-".join(self.rng.sample(NAME_WORDS, 2)) + str(self.rng.randint(1, 99))
        return f' class="{word}"'


def load_content() -> list[dict]:
    """Every sample article: title, date and paragraphs."""
    found = []
    for path in sorted(CONTENT_DIR.glob("*/*.yml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))
        paragraphs = [b["p"] for b in article["blocks"] if "p" in b]
        published = datetime.fromisoformat(article["published"])
        found.append({"title": article["title"], "published": published, "ps": paragraphs})
    return found


def esc(text: str) -> str:
    """Text escaped for HTML."""
    return html.escape(text, quote=True)


def build_variant(seed: int, content: list[dict]) -> Variant:
    """The portal variant of a seed."""
    rng = random.Random(seed)
    name = Names(rng)
    variant = Variant(seed)
    traits = draw_traits(seed)
    site = f"Cổng thông tin điện tử huyện Mẫu {seed}"
    article_scheme = rng.choice(ARTICLE_SCHEMES)
    first_scheme, page_scheme = rng.choice(LISTING_SCHEMES)
    pager = rng.choice(PAGERS)
    date_format = rng.choice(DATE_FORMATS)
    page_size = rng.randint(2, 4)
    home = rng.choice(("/", "/vi/", "/index.html", "/Trang/TrangChu.aspx"))
    write_slashless = rng.random() < 0.5
    sections = SECTIONS[: rng.randint(2, 3)]
    chosen = rng.sample(content, rng.randint(8, 14))
    items = []
    for i, article in enumerate(chosen):
        section = sections[i % len(sections)]
        slug = slugify(article["title"])[:70].rstrip("-")
        url = article_scheme.format(
            s=section[0], slug=slug, n=1000 + seed * 50 + i, d=article["published"]
        )
        items.append({**article, "url": url, "section": section, "id": i})
    section_urls = {}
    for k, (slug, _title) in enumerate(sections):
        section_urls[slug] = first_scheme.format(s=slug, n=200 + k, p=1)

    def link(url: str) -> str:
        """The URL as this variant's pages write it (a slash-ended one maybe without its slash,
        which the server redirects to the slash)."""
        if url.endswith("/") and url != "/" and write_slashless and "?" not in url:
            return url.rstrip("/")
        return url

    menu_items = [("Trang chủ", home)] + [(t, section_urls[s]) for s, t in sections]
    menu_items += [("Giới thiệu", "/gioi-thieu.html"), ("Liên hệ", "/lien-he.html")]
    menu = (
        f"<ul{name()}>"
        + "".join(f'<li{name()}><a href="{esc(link(u))}">{esc(t)}</a></li>' for t, u in menu_items)
        + "</ul>"
    )
    most_read = rng.sample(items, min(5, len(items)))
    box = (
        f"<div{name()}><div{name()}>Tin đọc nhiều</div><ul{name()}>"
        + "".join(
            f'<li><a href="{esc(link(a["url"]))}">{esc(a["title"])}</a></li>' for a in most_read
        )
        + "</ul></div>"
    )
    if traits.documents_box:
        document = f"/van-ban/ke-hoach-{seed}.pdf"
        variant.documents[document] = PDF_BYTES
        box += (
            f"<div{name()}><div>Văn bản mới</div><a href='{document}'>Kế hoạch số {seed}/KH-UBND"
            " năm 2024</a></div>"
        )
    header_date = f"<div{name()}>Thứ Hai, ngày 15/07/2024</div>"
    header_tag = rng.choice(("header", "div"))
    banner = esc(site.upper() if traits.capital_banner else site)
    logo = rng.choice((f"<h1{name()}>{banner}</h1>", f"<div{name()}><b>{banner}</b></div>"))
    menu_place = rng.choice(("top", "left", "right"))
    footer = (
        f"<div{name()}><p>Cơ quan chủ quản: UBND huyện Mẫu {seed}. "
        f"Địa chỉ: số {seed} đường Trần Phú.</p></div>"
    )
    if traits.footer_lines:
        footer = (
            f"<div{name()}>Cơ quan chủ quản: Ủy ban nhân dân huyện Mẫu {seed}<br>Địa chỉ: số "
            f"{seed} đường Trần Phú, thị trấn Mẫu. Điện thoại: 0210.3812.{seed:03d}<br>Ghi rõ "
            f'nguồn "{esc(site)}" khi phát hành lại thông tin từ Cổng này.</div>'
        )

    def page(title: str, main: str) -> str:
        """A whole page around its main block, with header, menu, side box and footer."""
        head = f"<{header_tag}{name()}>{logo}{header_date}</{header_tag}>"
        side = box if rng.random() < 0.8 else ""
        parts = {
            "top": f"{head}<nav{name()}>{menu}</nav><div{name()}><div{name()}>{main}</div>"
            f"<div{name()}>{side}</div></div>",
            "left": f"{head}<div{name()}><div{name()}>{menu}{side}</div>"
            f"<div{name()}>{main}</div></div>",
            "right": f"{head}<div{name()}><div{name()}>{main}</div>"
            f"<div{name()}>{side}{menu}</div></div>",
        }[menu_place]
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title>"
            f"</head><body>{parts}{footer}</body></html>"
        )

    def teaser(a: dict) -> str:
        """One listing item, in list, table or div markup (the variant's choice)."""
        href, title = esc(link(a["url"])), esc(a["title"])
        summary = esc(" ".join(a["ps"][0].split()[:28]) + "…")
        when = a["published"].strftime("%d/%m/%Y")
        heading = rng_markup["heading"]
        return {
            "li": f'<li{name()}><{heading}><a href="{href}">{title}</a></{heading}>'
            f"<span>{when}</span><p>{summary}</p></li>",
            "tr": f'<tr><td><a href="{href}">{title}</a><br><i>{when}</i></td>'
            f"<td>{summary}</td></tr>",
            "div": f'<div{name()}><div{name()}><a href="{href}"><img src="/img/{a["id"]}.jpg" '
            f'alt=""></a></div><div{name()}><{heading}{name()}><a href="{href}">{title}</a>'
            f"</{heading}><div>{when}</div><div{name()}>{summary}</div></div></div>",
        }[rng_markup["item"]]

    rng_markup = {
        "item": rng.choice(("li", "tr", "div")),
        "heading": rng.choice(("h3", "h2", "div", "strong")),
    }
    wrap = {
        "li": ("<ul{}>", "</ul>"),
        "tr": ("<table{}>", "</table>"),
        "div": ("<div{}>", "</div>"),
    }[rng_markup["item"]]

    def pager_html(urls: list[str], n: int) -> str:
        """The pager of page n of a listing whose pages are urls."""
        links = []
        if "numbers" in pager:
            links += [
                f'<a href="{esc(link(u))}">{i}</a>' if i != n else f"<b>{i}</b>"
                for i, u in enumerate(urls, 1)
            ]
        if n < len(urls) and pager != "numbers":
            text = {"trang-sau": "Trang sau", "raquo": "»"}.get(pager, "Tiếp theo »")
            links.append(f'<a href="{esc(link(urls[n]))}">{text}</a>')
        return f"<div{name()}>" + " ".join(links) + "</div>"

    for k, (slug, title) in enumerate(sections):
        listed = [a for a in items if a["section"][0] == slug]
        count = max(1, -(-len(listed) // page_size))
        urls = [section_urls[slug]] + [
            page_scheme.format(s=slug, n=200 + k, p=p) for p in range(2, count + 1)
        ]
        for n, url in enumerate(urls, 1):
            chunk = listed[(n - 1) * page_size : n * page_size]
            body = wrap[0].format(name()) + "".join(teaser(a) for a in chunk) + wrap[1]
            main = f"<h1{name()}>{esc(title)}</h1>{body}{pager_html(urls, n) if count > 1 else ''}"
            variant.pages[url] = page(f"{title} - {site}", main)
    latest = "".join(teaser(a) for a in items[:4])
    variant.pages[home] = page(
        f"Trang chủ - {site}", f"<div{name()}>{wrap[0].format(name())}{latest}{wrap[1]}</div>"
    )
    about = (
        f"<h2{name()}>Giới thiệu chung về huyện Mẫu {seed}</h2>"
        f"<p>Huyện Mẫu {seed} nằm ở phía tây của tỉnh, có diện tích tự nhiên hơn 600 km², dân số "
        "khoảng 120 nghìn người, gồm 20 đơn vị hành chính cấp xã với nhiều dân tộc cùng "
        "sinh sống.</p>"
        "<p>Kinh tế của huyện chủ yếu là nông nghiệp, lâm nghiệp; những năm gần đây công nghiệp, "
        "thương mại và dịch vụ phát triển nhanh, đời sống của nhân dân từng bước được nâng lên.</p>"
    )
    variant.pages["/gioi-thieu.html"] = page(f"Giới thiệu - {site}", about)
    contact = (
        f"<h2{name()}>Liên hệ với Ban biên tập</h2><form action='/lien-he.html' method='post'>"
        "<label>Họ và tên</label><input name='ten'><label>Nội dung góp ý của ông, bà gửi tới Ban "
        "biên tập Cổng thông tin điện tử huyện</label><textarea name='noidung'></textarea>"
        "<button>Gửi</button></form>"
    )
    variant.pages["/lien-he.html"] = page(f"Liên hệ - {site}", contact)
    for a in items:
        main = article_main(a, rng, name, date_format, items, link)
        if traits.bare_articles:
            main = bare_article(a, date_format, items, link)
        variant.pages[a["url"]] = page(f"{a['title']} - {site}", main)
        variant.articles.add(a["url"])
    for url in list(variant.pages):
        if url.endswith("/") and url != "/" and "?" not in url:
            variant.redirects[url.rstrip("/")] = url
    if home != "/":
        variant.redirects["/"] = home
    return variant


def article_main(
    a: dict,
    rng: random.Random,
    name: Names,
    date_format: str,
    items: list[dict],
    link: Callable[[str], str],
) -> str:
    """An article's main block: headline (a heading, or a bold block), its date before or after
    it, the paragraphs (in <p> or <div>), and sometimes a box of other news after them."""
    tag = rng.choice(("h1", "h2", "div", "h3"))
    title = f"<{tag}{name()}>{esc(a['title'])}</{tag}>"
    date = f"<div{name()}>{esc(a['published'].strftime(date_format))}</div>"
    para = rng.choice(("p", "div"))
    body = f"<div{name()}>" + "".join(f"<{para}>{esc(p)}</{para}>" for p in a["ps"]) + "</div>"
    head = title + date if rng.random() < 0.7 else date + title
    tools = (
        f"<div{name()}><a href='#'>In bài</a> <a href='#'>Chia sẻ</a></div>"
        if rng.random() < 0.5
        else ""
    )
    others = [o for o in items if o is not a][:4]
    related = (
        f"<div{name()}><div>Tin khác</div><ul>"
        + "".join(f'<li><a href="{esc(link(o["url"]))}">{esc(o["title"])}</a></li>' for o in others)
        + "</ul></div>"
    )
    return f"<div{name()}>{head}{tools}{body}{related if rng.random() < 0.7 else ''}</div>"


def bare_article(a: dict, date_format: str, items: list[dict], link: Callable[[str], str]) -> str:
    """An article as an old commune site writes it: one table cell holding the headline (bold,
    in a <font>), the date line, the paragraphs as text between <br>s, a centred photo and the
    signature, then a row of other news."""
    paragraphs = "<br><br>".join(esc(p) for p in a["ps"])
    others = "".join(
        f'&#8226; <a href="{esc(link(o["url"]))}">{esc(o["title"])}</a><br>'
        for o in [o for o in items if o is not a][:4]
    )
    return (
        f'<table width="100%"><tr><td><font size="4"><b>{esc(a["title"])}</b></font><br>'
        f'<font size="1">{esc(a["published"].strftime(date_format))} - Lượt xem: 312</font>'
        f"<br><br>{paragraphs}<br><br><center><img src='/img/{a['id']}.jpg'><br><i>Ảnh minh "
        "họa</i></center><br><div align='right'><b>Văn phòng HĐND - UBND</b></div></td></tr>"
        f"<tr><td><b>Các tin khác</b><br>{others}</td></tr></table>"
    )


def long_section(count: int, page_size: int) -> Variant:
    """A portal with one section of count articles, page_size a page, whose pages link only to
    the next one ("Trang sau"): a backfill must follow the chain to its end."""
    variant = Variant(seed=0)
    content = load_content()
    pages = -(-count // page_size)
    for n in range(1, pages + 1):
        items = []
        for i in range((n - 1) * page_size, min(count, n * page_size)):
            source = content[i % len(content)]
            title = f"{source['title']} (bài số {i + 1})"
            url = f"/tin-tuc/bai-{i + 1}.html"
            paragraphs = "".join(f"<p>{esc(p)}</p>" for p in source["ps"])
            variant.pages[url] = (
                f'<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>'
                f"<h1>{esc(title)}</h1><div>{source['published']:%d/%m/%Y}</div>"
                f"{paragraphs}</body></html>"
            )
            variant.articles.add(url)
            items.append(f'<li><a href="{url}">{esc(title)}</a></li>')
        following = f'<a href="/tin-tuc?trang={n + 1}">Trang sau</a>' if n < pages else ""
        listing = f"/tin-tuc?trang={n}" if n > 1 else "/tin-tuc"
        variant.pages[listing] = (
            '<html><head><meta charset="utf-8"><title>Tin tức</title></head><body>'
            f"<h1>Tin tức</h1><ul>{''.join(items)}</ul>{following}</body></html>"
        )
    return variant


def write_variant(variant: Variant, out_dir: Path) -> None:
    """Writes a variant's pages and route table under out_dir, for samples.server."""
    out_dir.mkdir(parents=True, exist_ok=True)
    routes: dict[str, dict[str, str]] = {}
    for i, (url, text) in enumerate(variant.pages.items()):
        name = f"page-{i:03d}.html"
        (out_dir / name).write_text(text, encoding="utf-8")
        routes[url] = {"file": name, "content_type": "text/html; charset=utf-8"}
    for k, (url, data) in enumerate(variant.documents.items()):
        name = f"document-{k:03d}.pdf"
        (out_dir / name).write_bytes(data)
        routes[url] = {"file": name, "content_type": "application/pdf"}
    for url, target in variant.redirects.items():
        routes.setdefault(url, {"redirect": target})
    (out_dir / "robots.txt").write_text("User-agent: *\n", encoding="utf-8")
    routes["/robots.txt"] = {"file": "robots.txt", "content_type": "text/plain"}
    (out_dir / "routes.json").write_text(json.dumps(routes), encoding="utf-8")


@dataclass(frozen=True)
class Score:
    """What a crawl of fuzzed variants archived: articles archived of those present, and pages
    stored as articles that are none."""

    archived: int
    present: int
    non_articles: list[str]
    missing: list[str]

    def line(self) -> str:
        """The score as one line."""
        share = 100 * self.archived / self.present if self.present else 0.0
        return (
            f"articles archived {self.archived} / {self.present} present ({share:.1f} %), "
            f"non-articles stored {len(self.non_articles)}"
        )


def url_path(url: str) -> str:
    """A URL's path with its query."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl_variants(seeds: list[int], work: Path) -> Score:
    """Builds, serves and crawls the variants of the seeds (one run, each from its home page)
    into work/archive.db, and scores the archive against the variants' articles."""
    content = load_content()
    variants = [build_variant(seed, content) for seed in seeds]
    servers = []
    for k, variant in enumerate(variants):
        write_variant(variant, work / f"v{variant.seed}")
        servers.append(
            start_site(work / f"v{variant.seed}", f"127.0.{10 + k // 200}.{1 + k % 200}")
        )
    try:
        bases = [f"http://{s.server_address[0]}:{s.server_address[1]}" for s in servers]
        db = work / "archive.db"
        command = scrapy_command(["start_url=" + ",".join(b + "/" for b in bases)], db, [])
        subprocess.run(command, check=True, capture_output=True, text=True)
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    archive = sqlite_utils.Database(db)
    stored = {row["url"] for row in archive.query("select url from articles")}
    expected = {base + url for base, v in zip(bases, variants, strict=True) for url in v.articles}
    archived = len(expected & stored)
    return Score(archived, len(expected), sorted(stored - expected), sorted(expected - stored))


def main() -> int:
    """`python -m samples.fuzz --variants N [--seed S]`: crawls N fuzzed portal variants and
    prints articles archived / present and non-articles stored."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--variants", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        score = crawl_variants(list(range(args.seed, args.seed + args.variants)), Path(work))
    print(score.line())
    for url in score.non_articles:
        print(f"  non-article stored: {url}")
    for url in score.missing:
        print(f"  article missing: {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

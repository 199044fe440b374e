"""Renders the sample portals (content + templates) into static sites with a route table."""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
import yaml

from extract.fold import fold

SAMPLES_DIR = Path(__file__).resolve().parent
CONTENT_DIR = SAMPLES_DIR / "content"
TEMPLATES_DIR = SAMPLES_DIR / "templates"
# Documents attached to sample articles (conclusion notices as PDF, scan and .docx)
FILES_DIR = SAMPLES_DIR / "files"
SITES_FILE = SAMPLES_DIR / "sites.yml"

# A run of characters that cannot stand in a URL slug, e.g. the ", " in "Ủy ban, tỉnh"
SLUG_GAP = re.compile(r"[^a-z0-9]+")

ABOUT = (
    "{name} là kênh thông tin chính thức của chính quyền địa phương trên môi trường mạng.",
    "Cổng cung cấp thông tin về hoạt động chỉ đạo, điều hành, văn bản quy phạm pháp luật, "
    "thủ tục hành chính và dịch vụ công trực tuyến cho người dân và doanh nghiệp.",
)


@dataclass(frozen=True)
class Family:
    """The URL scheme and robots rules of one platform family's sample site."""

    home: str
    section: str
    page: str
    article: str
    others: tuple[str, ...]
    disallow: tuple[str, ...] = ()
    tag: str | None = None
    attachment: str = "/TepDinhKem/{file}"


# Keyed by the platform family names of extract/platforms (ADAPTERS), the one list of families
# the registry's platform values also come from
FAMILIES: dict[str, Family] = {
    "tandan-sharepoint": Family(
        home="/portal/Pages/default.aspx",
        section="/portal/Pages/{section}.aspx",
        page="/portal/Pages/{section}.aspx?PageIndex={n}",
        article="/portal/Pages/{date.year}-{date.month}-{date.day}/{slug}-{key}.aspx",
        others=("/portal/Pages/Gioi-thieu.aspx",),
        disallow=("/portal/Pages/search.aspx", "/_layouts/"),
        tag="/portal/Pages/Tags.aspx?tag={tag}",
    ),
    "mojoportal": Family(
        home="/",
        section="/tin-tuc/{section}.html",
        page="/tin-tuc/{section}/trang-{n}.html",
        article="/tin-tuc/{section}/{slug}-{key}.html",
        others=("/gioi-thieu.html", "/lien-he.html"),
        disallow=("/dang-nhap.html", "/Admin/"),
    ),
    "hatinh-new": Family(
        home="/vi",
        section="/vi/chuyen-muc/{section}",
        page="/vi/chuyen-muc/{section}?page={n}",
        article="/vi/bai-viet/{slug}",
        others=("/vi/trang/gioi-thieu", "/vi/lien-he", "/vi/so-do-cong", "/vi/lich-cong-tac"),
    ),
    "sharepoint-trang": Family(
        home="/Trang/TrangChu.aspx",
        section="/Trang/{section}.aspx",
        page="/Trang/{section}.aspx?Page={n}",
        article="/Trang/ChiTietTinTuc.aspx?nid={num}",
        others=("/Trang/GioiThieu.aspx", "/So/sonv/Trang/TrangChu.aspx"),
        disallow=("/_layouts/",),
        attachment="/Lists/TinTuc/Attachments/{num}/{file}",
    ),
    "liferay": Family(
        home="/web/guest/trang-chu",
        section="/web/guest/{section}",
        page="/web/guest/{section}?_101_INSTANCE_tintuc_cur={n}",
        article="/web/guest/{section}/-/asset_publisher/tintuc/content/{slug}",
        others=("/web/guest/gioi-thieu", "/web/guest/lich-lam-viec"),
        disallow=("/c/portal/login",),
    ),
    "dotnetnuke": Family(
        home="/Default.aspx",
        section="/{section}.aspx",
        page="/{section}/PgrID/471/PageID/{n}.aspx",
        article="/{section}/ArticleId/{num}/{slug}.aspx",
        others=("/Gioi-thieu.aspx", "/Lien-he.aspx"),
        disallow=("/Login.aspx",),
        attachment="/Portals/0/TepDinhKem/{file}",
    ),
    "drupal": Family(
        home="/",
        section="/chuyen-muc/{section}",
        page="/chuyen-muc/{section}?page={n}",
        article="/tin-tuc/{slug}",
        others=("/gioi-thieu", "/so-do-to-chuc"),
        disallow=("/user/", "/admin/"),
        tag="/tag/{tag}",
    ),
    "wordpress": Family(
        home="/",
        section="/category/{section}/",
        page="/category/{section}/page/{n}/",
        article="/{date.year}/{date.month:02d}/{date.day:02d}/{slug}/",
        others=("/gioi-thieu/", "/lien-he/"),
        disallow=("/wp-admin/",),
    ),
}
# The sitemap of every article a site with `sitemap: true` declares in its robots.txt
SITEMAP_URL = "/sitemap.xml"
# Sitemap and RSS of a site's articles, with root-relative URLs since the port is chosen at serve
# time (the spider resolves them against the sitemap's or feed's own URL)
SITEMAP_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{% for a in articles %}<url><loc>{{ a.url }}</loc>
<lastmod>{{ a.published_dt.date() }}</lastmod></url>
{% endfor %}</urlset>
"""
FEED_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{{ site.name }}</title><link>/</link>
{% for a in articles %}<item><title>{{ a.title }}</title><link>{{ a.url }}</link>
<pubDate>{{ a.published_dt.strftime("%a, %d %b %Y %H:%M:00 +0700") }}</pubDate></item>
{% endfor %}</channel></rss>
"""


def slugify(text: str) -> str:
    """An ASCII URL slug of a Vietnamese title: "Đặc sắc Lễ hội" -> "dac-sac-le-hoi"."""
    return SLUG_GAP.sub("-", fold(text)).strip("-")


def load_sites() -> dict[str, dict[str, Any]]:
    """The sample sites' settings from samples/sites.yml, each with its id."""
    sites = yaml.safe_load(SITES_FILE.read_text(encoding="utf-8"))
    return {site_id: {**site, "id": site_id} for site_id, site in sites.items()}


def load_articles(
    site_id: str, family: Family, content_dir: Path = CONTENT_DIR
) -> list[dict[str, Any]]:
    """The site's articles from <content_dir>/<site>/, newest first, with their URLs."""
    articles = []
    for path in sorted((content_dir / site_id).glob("*.yml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = datetime.fromisoformat(article["published"])
        key = hashlib.sha1(path.stem.encode()).hexdigest()[:6]
        num = int(key, 16) % 9000 + 1000
        slug = slugify(article["title"])[:80].rstrip("-")
        first = next(b["p"] for b in article["blocks"] if "p" in b)
        images = [b["img"] for b in article["blocks"] if "img" in b]
        files = [
            {**f, "url": family.attachment.format(num=num, file=f["file"])}
            for f in article.get("attachments", [])
        ]
        articles.append(
            {
                **article,
                "id": path.stem,
                "url": family.article.format(
                    date=published, slug=slug, key=key, num=num, section=article["section"]
                ),
                "date_dmy": published.strftime("%d/%m/%Y"),
                "time_hm": published.strftime("%H:%M"),
                "summary": article.get("lead") or " ".join(first.split()[:30]) + "…",
                "image": images[0] if images else None,
                "hits": int(key, 16) % 5000 + 100,
                "published_dt": published,
                "files": files,
            }
        )
    return sorted(articles, key=lambda a: a["published_dt"], reverse=True)


def section_pages(family: Family, section: str, count: int) -> list[str]:
    """The URLs of a section's listing pages, the first one without a page number."""
    first = family.section.format(section=section)
    return [first] + [family.page.format(section=section, n=n) for n in range(2, count + 1)]


def build_site(
    site: dict[str, Any], out_dir: Path, content_dir: Path = CONTENT_DIR
) -> dict[str, dict[str, str]]:
    """Writes one site's pages under out_dir and returns its route table (URL -> file); tests
    give another content_dir to add, edit or remove articles between crawls."""
    family = FAMILIES[site["family"]]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR / site["family"]),
        autoescape=True,
        keep_trailing_newline=True,
    )
    articles = load_articles(site["id"], family, content_dir)
    listed = [a for a in articles if not a.get("unlisted")]
    size = site["page_size"]
    sections = []
    for slug, title in site["sections"].items():
        items = [a for a in listed if a["section"] == slug]
        pages = section_pages(family, slug, max(1, -(-len(items) // size)))
        sections.append(
            {"slug": slug, "title": title, "url": pages[0], "articles": items, "pages": pages}
        )
    titles = {s["slug"]: s for s in sections}
    common = {"site": site, "sections": sections, "most_read": listed[:5]}
    routes: dict[str, dict[str, str]] = {}

    def write(url: str, template: str, **context: Any) -> None:
        name = f"page-{len(routes):03d}.html"
        html = env.get_template(template).render(**common, **context)
        (out_dir / name).write_text(html, encoding="utf-8")
        routes[url] = {"file": name, "content_type": "text/html; charset=utf-8"}
        if url.endswith("/") and url != "/":
            routes[url.rstrip("/")] = {"redirect": url}

    out_dir.mkdir(parents=True, exist_ok=True)
    write(family.home, "home.html", latest=listed)
    if family.home != "/":
        routes["/"] = {"redirect": family.home}
    for section in sections:
        for n, url in enumerate(section["pages"], start=1):
            items = section["articles"][(n - 1) * size : n * size]
            pages = [
                {"n": i, "url": u, "current": i == n}
                for i, u in enumerate(section["pages"], start=1)
            ]
            neighbours = {
                "prev_url": section["pages"][n - 2] if n > 1 else None,
                "next_url": section["pages"][n] if n < len(section["pages"]) else None,
            }
            write(url, "listing.html", section=section, items=items, pages=pages, **neighbours)
    for article in articles:
        for attached in article["files"]:
            shutil.copyfile(FILES_DIR / attached["file"], out_dir / attached["file"])
            kind = mimetypes.guess_type(attached["file"])[0] or "application/octet-stream"
            routes[attached["url"]] = {"file": attached["file"], "content_type": kind}
        section = titles[article["section"]]
        others = [a for a in section["articles"] if a is not article][:4]
        article = {**article, "section_url": section["url"], "section_title": section["title"]}
        write(article["url"], "article.html", a=article, others=others)
    if family.tag:
        tags = {"UBND": "UBND", **{s["slug"]: s["slug"] for s in sections}}
        for tag in tags:
            tagged = listed if tag == "UBND" else titles[tag]["articles"]
            tag_section = {"title": f"Từ khóa: {tag}"}
            write(family.tag.format(tag=tag), "listing.html", section=tag_section, items=tagged)
    about = [p.format(name=site["name"]) for p in ABOUT]
    for url in family.others:
        write(url, "page.html", about=about)
    robots = "User-agent: *\n" + "".join(f"Disallow: {path}\n" for path in family.disallow)
    if site.get("sitemap"):
        xml = env.from_string(SITEMAP_TEMPLATE).render(articles=articles)
        (out_dir / "sitemap.xml").write_text(xml, encoding="utf-8")
        routes[SITEMAP_URL] = {"file": "sitemap.xml", "content_type": "application/xml"}
        robots += f"Sitemap: {SITEMAP_URL}\n"
    if site.get("feed"):
        xml = env.from_string(FEED_TEMPLATE).render(articles=articles, site=site)
        (out_dir / "feed.xml").write_text(xml, encoding="utf-8")
        routes[site["feed"]] = {"file": "feed.xml", "content_type": "application/rss+xml"}
    (out_dir / "robots.txt").write_text(robots, encoding="utf-8")
    routes["/robots.txt"] = {"file": "robots.txt", "content_type": "text/plain; charset=utf-8"}
    (out_dir / "routes.json").write_text(json.dumps(routes, indent=1), encoding="utf-8")
    return routes


def build_all(out_dir: Path) -> dict[str, dict[str, Any]]:
    """Builds every sample site into out_dir/<site id>/ and returns the sites' settings."""
    sites = load_sites()
    for site in sites.values():
        build_site(site, out_dir / site["id"])
    return sites


if __name__ == "__main__":
    build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/samples"))

"""Sample portals whose lists page only by a mechanism other than links: an ASP.NET WebForms
form post (__doPostBack), a VNPT "ArticleInMenu" JSON call (LoadArticle), and a listing built
by script; each has articles that only that mechanism reaches."""

from __future__ import annotations

import html
import json
from pathlib import Path

from samples.build import slugify
from samples.fuzz import load_content

# The VNPT portals' list call (../shared/notes/real-portals.md, "VNPT ArticleInMenu portal")
LOAD_ARTICLE = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
# Articles on each list page
PAGE_SIZE = 2


def esc(text: str) -> str:
    """Text escaped for HTML."""
    return html.escape(text, quote=True)


def page(title: str, main: str, head: str = "") -> str:
    """A plain page around a main block."""
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f"{head}</head><body><div class='top'><b>Cổng thông tin mẫu</b></div>{main}</body></html>"
    )


def article_page(article: dict, markup: str) -> str:
    """An article page, in the VNPT markup (markup "vnpt") or a plain one."""
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in article["ps"])
    when = article["published"].strftime("%d/%m/%Y %H:%M")
    if markup == "vnpt":  # evidenced selectors: .ArticleHeader, .PostDate, .ArticleContent
        main = (
            f"<div class='ArticleHeader'>{esc(article['title'])}</div>"
            f"<div class='PostDate'>{when}</div><div class='ArticleContent'>{paragraphs}</div>"
        )
    else:
        main = f"<h1>{esc(article['title'])}</h1><div>{when}</div><div>{paragraphs}</div>"
    return page(article["title"], main)


def items_html(articles: list[dict]) -> str:
    """A list of article links with a date each."""
    return "".join(
        f'<li><a href="{esc(a["url"])}">{esc(a["title"])}</a> '
        f"<span>{a['published']:%d/%m/%Y}</span></li>"
        for a in articles
    )


def chunks(articles: list[dict]) -> list[list[dict]]:
    """The articles cut into list pages."""
    return [articles[i : i + PAGE_SIZE] for i in range(0, len(articles), PAGE_SIZE)]


def with_urls(articles: list[dict], pattern: str) -> list[dict]:
    """The articles, each with its URL made from pattern ({slug}, {n})."""
    return [
        {**a, "url": pattern.format(slug=slugify(a["title"])[:60].rstrip("-"), n=100 + i)}
        for i, a in enumerate(articles)
    ]


def webforms_portal() -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """A WebForms portal whose news list pages only by __doPostBack form posts, and whose
    notices list only by a form's "Trang sau" submit button."""
    articles = with_urls(load_content()[:6], "/TinTuc/ChiTiet.aspx?ItemID={n}")
    pages = {"/Default.aspx": page("Trang chủ", '<a href="/TinTuc.aspx">Tin tức</a>')}
    answers = {}
    parts = chunks(articles)
    for n, chunk in enumerate(parts, 1):
        pager = " ".join(
            f"<a href=\"javascript:__doPostBack('ctl00$Main$gvTin','Page${k}')\">{k}</a>"
            for k in range(1, len(parts) + 1)
            if k != n
        )
        form = (
            '<form name="aspnetForm" method="post" action="./TinTuc.aspx" id="aspnetForm">'
            '<input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" '
            'name="__EVENTARGUMENT" value="">'
            f'<input type="hidden" name="__VIEWSTATE" value="vs{n}">'
            f"<h1>Tin tức</h1><ul>{items_html(chunk)}</ul><div>{pager}</div></form>"
        )
        pages[f"/TinTuc-{n}.html" if n > 1 else "/TinTuc.aspx"] = page("Tin tức", form)
        answers[f"Page${n}"] = f"/TinTuc-{n}.html" if n > 1 else "/TinTuc.aspx"
    buttons = with_urls(load_content()[6:10], "/ThongBao/ChiTiet.aspx?ItemID={n}")
    for n, chunk in enumerate(chunks(buttons), 1):
        following = f'<button type="submit" name="trang" value="{n + 1}">Trang sau</button>'
        form = (
            f'<form method="post" action="/ThongBao.aspx"><input type="hidden" name="nhom" '
            f'value="7"><ul>{items_html(chunk)}</ul>{following if n == 1 else ""}</form>'
        )
        pages[f"/ThongBao-{n}.html" if n > 1 else "/ThongBao.aspx"] = page("Thông báo", form)
    pages["/Default.aspx"] = page(
        "Trang chủ", '<a href="/TinTuc.aspx">Tin tức</a> <a href="/ThongBao.aspx">Thông báo</a>'
    )
    for a in articles + buttons:
        pages[a["url"]] = article_page(a, "plain")
    posts = {
        "/TinTuc.aspx": {"fields": ["__EVENTARGUMENT"], "answers": answers},
        "/ThongBao.aspx": {"fields": ["trang"], "answers": {"2": "/ThongBao-2.html"}},
    }
    return pages, posts, [a["url"] for a in articles + buttons]


def vnpt_portal() -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """A VNPT "ArticleInMenu" portal: the first list page is HTML, the next ones come from the
    LoadArticle call; a second section's call answers garbage (a recorded error)."""
    articles = with_urls(load_content()[6:12], "/tin-chinh-tri/{slug}-{n}.html")
    other = with_urls(load_content()[12:14], "/thong-tin-chi-dao-dieu-hanh/{slug}-{n}.html")
    parts = chunks(articles)
    home = (
        '<a href="/tin-chinh-tri">Tin chính trị</a> '
        '<a href="/thong-tin-chi-dao-dieu-hanh">Chỉ đạo</a>'
    )
    pages = {"/": page("Trang chủ", home)}

    def listing(menu: int, chunk: list[dict]) -> str:
        box = f"<div class='ArticleInMenu' data-menuid='{menu}' data-pagesize='{PAGE_SIZE}'>"
        script = "<script>/* loads further pages through LoadArticle */</script>"
        return page("Tin", f"{box}<ul>{items_html(chunk)}</ul></div>{script}")

    pages["/tin-chinh-tri"] = listing(12, parts[0])
    pages["/thong-tin-chi-dao-dieu-hanh"] = listing(13, other)
    answers = {}
    for n, chunk in enumerate(parts[1:], 2):
        pages[f"/answers/12-{n}.json"] = json.dumps({"d": f"<ul>{items_html(chunk)}</ul>"})
        answers[f"12-{n}"] = f"/answers/12-{n}.json"
    pages["/answers/end.json"] = json.dumps({"d": ""})
    pages["/answers/garbage.txt"] = "Lỗi hệ thống: không tải được dữ liệu"
    for a in articles + other:
        pages[a["url"]] = article_page(a, "vnpt")
    posts = {
        LOAD_ARTICLE: {
            "fields": ["menuId", "pageIndex"],
            "answers": {**answers, **{f"13-{n}": "/answers/garbage.txt" for n in range(2, 9)}},
            "default": "/answers/end.json",
        }
    }
    return pages, posts, [a["url"] for a in articles + other]


def script_portal() -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """A portal whose news list is built by script from data in the page: no link to its
    articles exists in the HTML the server sends."""
    articles = with_urls(load_content()[14:18], "/bai-viet/{slug}")
    data = json.dumps([{"u": a["url"], "t": a["title"]} for a in articles], ensure_ascii=False)
    script = (
        f"<script>var items = {data}; var ul = document.getElementById('list');"
        "items.forEach(function (i) { var li = document.createElement('li');"
        "var a = document.createElement('a'); a.href = i.u; a.textContent = i.t;"
        "li.appendChild(a); ul.appendChild(li); });</script>"
    )
    pages = {
        "/": page("Trang chủ", '<a href="/tin-tuc">Tin tức</a>'),
        "/tin-tuc": page("Tin tức", f"<h1>Tin tức</h1><ul id='list'></ul>{script}"),
    }
    for a in articles:
        pages[a["url"]] = article_page(a, "plain")
    return pages, {}, [a["url"] for a in articles]


def json_portal() -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """A portal of no known family whose lists page by script calls: one section POSTs JSON to
    a web service, the other GETs a JSON API with the page number at the end of its URL."""
    posted = with_urls(load_content()[18:24], "/tin-tuc/{slug}-{n}.aspx")
    fetched = with_urls(load_content()[24:28], "/thong-bao/{n}/")
    home = '<a href="/tin-tuc">Tin tức</a> <a href="/thong-bao">Thông báo</a>'
    pages = {"/": page("Trang chủ", home)}
    post_script = (
        "<script>function taiTrang(page) { $.ajax({ type: 'POST', url: "
        "'/Services/TinTuc.asmx/DanhSach', data: JSON.stringify({ chuyenMuc: 5, pageIndex: page }),"
        " contentType: 'application/json; charset=utf-8', dataType: 'json', success: function (r)"
        " { $('#ds').html(r.d); } }); }</script>"
    )
    get_script = (
        "<script>function xem(n) { fetch('/api/thong-bao?nhom=2&page=' + n).then(function (r)"
        " { return r.json(); }).then(ve); }</script>"
    )
    parts = chunks(posted)
    pages["/tin-tuc"] = page("Tin tức", f"<ul id='ds'>{items_html(parts[0])}</ul>{post_script}")
    pages["/thong-bao"] = page("Thông báo", f"<ul id='tb'></ul>{get_script}")
    answers = {}
    for n, chunk in enumerate(parts, 1):
        records = [{"Url": a["url"], "TieuDe": a["title"]} for a in chunk]
        pages[f"/answers/5-{n}.json"] = json.dumps({"d": records}, ensure_ascii=False)
        answers[f"5-{n}"] = f"/answers/5-{n}.json"
    pages["/answers/end.json"] = json.dumps({"d": []})
    for n, chunk in enumerate(chunks(fetched) + [[]], 1):
        items = [{"link": a["url"], "title": a["title"]} for a in chunk]
        pages[f"/api/thong-bao?nhom=2&page={n}"] = json.dumps({"items": items}, ensure_ascii=False)
    for a in posted:
        pages[a["url"]] = article_page(a, "plain")
    for a in fetched:
        pages[a["url"]] = article_page(a, "plain")
        pages[a["url"].rstrip("/")] = ""  # redirected to the slash (see write_portal)
    posts = {
        "/Services/TinTuc.asmx/DanhSach": {
            "fields": ["chuyenMuc", "pageIndex"],
            "answers": answers,
            "default": "/answers/end.json",
        }
    }
    return pages, posts, [a["url"] for a in posted + fetched]


def drift_portal() -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """A mojoPortal site (its markup: #article_text, .articletitle, .articledate) whose article
    URLs end in .aspx, which the family's URL rule does not know: read generically, counted as
    disagreements."""
    articles = with_urls(load_content()[28:31], "/news/{slug}-{n}.aspx")
    pages = {
        "/": page("Trang chủ", f"<div class='AspNet-Menu'><ul>{items_html(articles)}</ul></div>")
    }
    for a in articles:
        paragraphs = "".join(f"<p>{esc(p)}</p>" for p in a["ps"])
        main = (
            f"<div class='AspNet-Menu'></div><h1 class='articletitle'>{esc(a['title'])}</h1>"
            f"<div class='articledate'>{a['published']:%d/%m/%Y}</div>"
            f"<div id='article_text'>{paragraphs}</div>"
        )
        pages[a["url"]] = page(a["title"], main)
    return pages, {}, [a["url"] for a in articles]


def liferay_portal() -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """A Liferay portal with a friendly section URL whose list pages through a resource call
    (p_p_resource_id=loadPage, as bacninh.gov.vn's, real-portals.md) answering HTML."""
    articles = with_urls(
        load_content()[10:16], "/chinh-tri/-/asset_publisher/tintuc/content/{slug}"
    )
    resource = "/chinh-tri?p_p_id=tintuc_WAR_portlet&p_p_lifecycle=2&p_p_resource_id=loadPage"
    script = (
        f"<script>var resourceUrl = '{resource}'; function loadPage(cur) {{ $.ajax({{ url: "
        "resourceUrl, type: 'POST', data: { _tintuc_WAR_portlet_cur: cur, delta: 2 }, success: "
        "function (html) { $('#tintuc').html(html); } }); }</script>"
    )
    parts = chunks(articles)
    listing = (
        "<div class='portlet-boundary' id='p_p_id_tintuc_WAR_portlet_'><div id='tintuc'>"
        f"<ul>{items_html(parts[0])}</ul></div><a href='javascript:loadPage(2)'>Xem thêm</a></div>"
    )
    pages = {
        "/": page("Trang chủ", '<a href="/chinh-tri">Chính trị</a>'),
        "/chinh-tri": page("Chính trị", listing + script),
    }
    answers = {}
    for n, chunk in enumerate(parts, 1):
        pages[f"/answers/cur-{n}.html"] = f"<ul>{items_html(chunk)}</ul>"
        answers[str(n)] = f"/answers/cur-{n}.html"
    pages["/answers/empty.html"] = "<ul></ul>"
    for a in articles:
        pages[a["url"]] = article_page(a, "plain")
    posts = {
        resource: {
            "fields": ["_tintuc_WAR_portlet_cur"],
            "answers": answers,
            "default": "/answers/empty.html",
        }
    }
    return pages, posts, [a["url"] for a in articles]


MECHANISMS = {
    "liferay": liferay_portal,
    "drift": drift_portal,
    "webforms": webforms_portal,
    "vnpt": vnpt_portal,
    "script": script_portal,
    "json": json_portal,
}


def write_portal(kind: str, out_dir: Path) -> list[str]:
    """Writes one mechanism's portal under out_dir (pages and route table for samples.server)
    and returns its article URLs."""
    pages, posts, articles = MECHANISMS[kind]()
    out_dir.mkdir(parents=True, exist_ok=True)
    routes: dict[str, dict] = {}
    files = {}
    for i, (url, text) in enumerate(pages.items()):
        if not text:
            routes[url] = {"redirect": url + "/"}
            continue
        json_answer = url.endswith(".json") or url.startswith("/api/")
        name = f"page-{i:03d}" + (".json" if json_answer else ".html")
        (out_dir / name).write_text(text, encoding="utf-8")
        kind_of = "application/json" if name.endswith(".json") else "text/html; charset=utf-8"
        files[url] = {"file": name, "content_type": kind_of}
        if not url.startswith(("/answers/", "/TinTuc-", "/ThongBao-")):
            routes[url] = files[url]
    for path, post in posts.items():
        routes[f"POST {path}"] = {
            "fields": post["fields"],
            "answers": {value: files[url] for value, url in post["answers"].items()},
            "default": files[post.get("default", "/Default.aspx")],
        }
    (out_dir / "routes.json").write_text(json.dumps(routes), encoding="utf-8")
    return articles

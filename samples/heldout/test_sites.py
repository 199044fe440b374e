#!/usr/bin/env python3
"""Self-test for serve.py (stdlib only). Run while `python3 serve.py` is serving."""
import html, json, re, sys, unicodedata, urllib.request, urllib.error, urllib.parse
from html.parser import HTMLParser

EXP = json.load(open(__file__.rsplit("/", 1)[0] + "/expected.json", encoding="utf-8"))
fails = []

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
opener = urllib.request.build_opener(NoRedirect)

def fetch(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        r = opener.open(req, timeout=10)
        return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()

def text(hdrs, body):
    ct = hdrs.get("Content-Type", "")
    m = re.search(r"charset=([\w-]+)", ct)
    enc = m.group(1) if m else None
    if not enc:
        m = re.search(rb'charset=([\w-]+)', body[:2000])
        enc = m.group(1).decode() if m else "utf-8"
    return unicodedata.normalize("NFC", html.unescape(body.decode(enc, "replace")))

def check(cond, msg):
    if not cond:
        fails.append(msg); print("FAIL", msg)

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.hrefs = []
    def handle_starttag(self, t, a):
        if t == "a":
            h = dict(a).get("href")
            if h: self.hrefs.append(h)

def crawl(home, limit=400):
    host = urllib.parse.urlsplit(home).netloc
    seen, todo = set(), [home]
    while todo and len(seen) < limit:
        u = todo.pop(0)
        if u in seen: continue
        seen.add(u)
        st, h, b = fetch(u)
        if st in (301, 302):
            todo.append(urllib.parse.urljoin(u, h.get("Location"))); continue
        if st != 200 or "html" not in h.get("Content-Type", ""): continue
        p = Links(); p.feed(text(h, b))
        for href in p.hrefs:
            if href.startswith(("javascript:", "mailto:", "#")): continue
            v = urllib.parse.urljoin(u, href).split("#")[0]
            if urllib.parse.urlsplit(v).netloc == host and v not in seen:
                todo.append(v)
    return seen

for s in EXP:
    st, h, b = fetch(s["home"])
    check(st == 200, f"{s['site']} home {st}")
    ct = h.get("Content-Type", "")
    if s["site"].startswith("tanphuoc"):
        check(ct == "text/html" and b"charset=windows-1258" in b, f"{s['site']} content-type {ct}")
    else:
        check("charset=" in ct.lower(), f"{s['site']} content-type {ct}")
    for a in s["articles"]:
        st, h, b = fetch(a["url"])
        t = text(h, b) if st == 200 else ""
        check(st == 200 and a["title"] in t, f"{s['site']} article {st} {a['url']}")
        d = a["published"].split("-")
        check(f"{d[2]}/{d[1]}/{d[0]}" in t or f"{d[2]}.{d[1]}.{d[0]}" in t, f"{s['site']} date missing {a['url']}")
    reach = crawl(s["home"])
    hidden = [a["url"] for a in s["articles"] if a["url"] not in reach]
    print(f"{s['site']:30s} {len(s['articles'])} articles, GET-crawl reached {len(s['articles']) - len(hidden)}; pages seen {len(reach)}")
    s["_hidden"] = hidden

H = {x["site"]: x for x in EXP}
expect_hidden = {"dongninh-liferay-loadpage": 3, "tayling-vnpt": 4, "langkhe-snnmt-webforms": 4}
for s in EXP:
    check(len(s["_hidden"]) == expect_hidden.get(s["site"], 0), f"{s['site']} hidden {len(s['_hidden'])}: {s['_hidden']}")

# VNPT LoadArticle
V = "http://127.0.1.5:8766"
LA = V + "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"
found = set()
for pg in (2, 3):
    st, h, b = fetch(LA, json.dumps({"article_category_id": 4051, "categoryIds": "4051", "site_id": 27, "page": pg, "page_size": 2}).encode(),
                     {"Content-Type": "application/json; charset=utf-8"})
    check(st == 200 and "json" in h["Content-Type"], f"vnpt json {st}")
    found |= {urllib.parse.urljoin(V, x) for x in re.findall(r'href="([^"]+\.html)"', json.loads(b)["d"])}
st, h, b = fetch(LA, urllib.parse.urlencode({"article_category_id": 4052, "site_id": 27, "page": 2, "page_size": 2}).encode(),
                 {"Content-Type": "application/x-www-form-urlencoded"})
check(st == 200 and "text/html" in h["Content-Type"], f"vnpt form {st}")
found |= {urllib.parse.urljoin(V, x) for x in re.findall(r'href="([^"]+\.html)"', b.decode())}
check(set(H["tayling-vnpt"]["_hidden"]) <= found, "vnpt LoadArticle does not reach hidden")
check(fetch(LA)[0] == 500, "vnpt GET LoadArticle should be 500")

# Liferay loadPage
L = "http://127.0.1.4:8766"
st, h, b = fetch(L + "/chinh-tri")
lpu = re.search(r"loadPageURL:\s*'([^']+)'", b.decode()).group(1)
st, h, b = fetch(lpu + "&" + urllib.parse.urlencode({"pageNum": 2, "recordPerPage": 3, "keyword": ""}))
j = json.loads(b)
check(st == 200 and j["totalPageNum"] == 2, "loadPage GET")
st2, h2, b2 = fetch(lpu, urllib.parse.urlencode({"_newsbycategory_WAR_dongninhportlet_pageNum": 2}).encode(), {"Content-Type": "application/x-www-form-urlencoded"})
check(st2 == 200 and json.loads(b2)["items"] == j["items"], "loadPage POST")
check({i["urlDetail"] for i in j["items"]} == set(H["dongninh-liferay-loadpage"]["_hidden"]), "loadPage reaches hidden")

# WebForms postback
W = "http://127.0.1.7:8766/TinTuc.aspx?cm=3"
st, h, b = fetch(W); page = b.decode()
got = set()
for n in (2, 3):
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"', page))
    fields.update({"__EVENTTARGET": "ctl00$cphMain$gvTinTuc", "__EVENTARGUMENT": "Page$Next" if n == 3 else "Page$2"})
    st, h, b = fetch(W, urllib.parse.urlencode(fields).encode(), {"Content-Type": "application/x-www-form-urlencoded"})
    check(st == 200, f"postback {n} {st}")
    page = b.decode()
    got |= {urllib.parse.urljoin(W, html.unescape(x)) for x in re.findall(r'href="(/ChiTietTin[^"]+)"', page)}
check(set(H["langkhe-snnmt-webforms"]["_hidden"]) <= got, "postback reaches hidden")
st, h, b = fetch(W, b"__EVENTTARGET=ctl00%24cphMain%24gvTinTuc&__EVENTARGUMENT=Page%242", {"Content-Type": "application/x-www-form-urlencoded"})
check(st == 500, "postback without viewstate should be 500")

# redirects / 404s
for url, code in [("http://127.0.1.8:8766/vi", 404), ("http://127.0.1.8:8766/", 302), ("http://127.0.1.1:8766/", 302),
                  ("http://127.0.1.8:8766/vi/ban-tin/khanh-thanh-tuyen-ke-chong-sat-lo-bo-song-vam-la", 404),
                  ("http://127.0.1.10:8766/tap-huan-ky-nang-ban-hang-truc-tuyen-cho-hoi-vien-nong-thon", 301),
                  ("http://127.0.1.10:8766/page/2/", 200), ("http://127.0.1.9:8766/xatanphuoc", 301),
                  ("http://127.0.1.6:8766/chuyen-muc-tin-chung-toan-tinh-c217-2.html", 200),
                  ("http://127.0.1.6:8766/chuyen-muc-tin-chung-toan-tinh-c217-3.html", 404),
                  ("http://127.0.1.1:8766/PORTAL/PAGES/Hoat-dong-lanh-dao-UBND-tinh.aspx?PageIndex=2", 200),
                  ("http://127.0.1.2:8766/Trang/Tin-tuc-su-kien.aspx?Cat=82&Page=2", 200),
                  ("http://127.0.1.2:8766/Trang/ChiTietTinTuc.aspx?nid=1", 404),
                  ("http://127.0.1.6:8766/sitemap.xml", 200), ("http://127.0.1.10:8766/feed/", 200), ("http://127.0.1.8:8766/vi/rss/", 200),
                  ("http://127.0.1.3:8766/nope", 404)]:
    st = fetch(url)[0]
    check(st == code, f"{url} -> {st}, want {code}")

print("FAILURES:", len(fails)) if fails else print("ALL OK")
sys.exit(1 if fails else 0)

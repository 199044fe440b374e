#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks the live held-out set (start `python3 serve.py` first). Stdlib only.

For every site: each expected article URL answers 200 (after redirects) with its
headline and its date; a plain link crawl from the home page (a href, iframe src,
option value) plus the site's POST/JSON/script mechanism reaches exactly the
expected articles; each mechanism reaches exactly the articles it should.
"""
import html
import json
import os
import re
import sys
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
EXP = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8'))
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print('FAIL', msg)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def fetch(url, data=None, follow=True):
    req = urllib.request.Request(url, data=data, headers={'User-Agent': 'heldout2-test'})
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    try:
        r = opener.open(req, timeout=10)
        status, body, ctype, final, hdrs = r.status, r.read(), r.headers.get('Content-Type', ''), r.geturl(), r.headers
    except urllib.error.HTTPError as e:
        status, body, ctype, final, hdrs = e.code, e.read(), e.headers.get('Content-Type', ''), url, e.headers
    return status, decode(body, ctype), ctype, final, hdrs


def decode(body, ctype):
    cs = None
    m = re.search(r'charset=([\w-]+)', ctype or '')
    if m:
        cs = m.group(1)
    else:
        m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', body[:2000], re.I)
        if m:
            cs = m.group(1).decode()
    cs = (cs or 'utf-8').lower()
    if cs == 'windows-1258':
        cs = 'cp1258'
    return unicodedata.normalize('NFC', body.decode(cs, 'replace'))


def text_of(h):
    return unicodedata.normalize('NFC', html.unescape(h))


def date_forms(pub):
    y, m, d = pub[0:4], pub[5:7], pub[8:10]
    forms = ['%s/%s/%s' % (d, m, y), '%s-%s-%s' % (d, m, y), '%s Tháng %d %s' % (d, int(m), y), pub[:10]]
    return forms


def links(h, base, kinds=('a', 'iframe', 'option')):
    out = []
    pats = {'a': r'<a\b[^>]*?\bhref="([^"]*)"', 'iframe': r'<iframe\b[^>]*?\bsrc="([^"]*)"',
            'option': r'<option\b[^>]*?\bvalue="([^"]*)"'}
    for k in kinds:
        for u in re.findall(pats[k], h, re.I):
            u = html.unescape(u).split('#')[0]
            if not u or u.startswith(('javascript:', 'mailto:')):
                continue
            out.append(urllib.parse.urljoin(base, u))
    return out


def crawl(home, kinds=('a', 'iframe', 'option'), limit=400):
    host = urllib.parse.urlsplit(home).netloc
    seen, q, pages = {home}, deque([home]), {}
    while q and len(pages) < limit:
        u = q.popleft()
        st, h, ct, final, _ = fetch(u)
        pages[u] = (st, h)
        if st != 200 or 'html' not in ct:
            continue
        for v in links(h, final, kinds):
            if urllib.parse.urlsplit(v).netloc == host and v not in seen and not v.startswith(home.split('/xa-')[0] + '/phuong'):
                seen.add(v)
                q.append(v)
    return seen, pages


def hrefs_in(h, base):
    return set(links(h, base, ('a',)))


# ---------------------------------------------------------------- mechanisms
def mech_s1(site):
    base = site['home'].rstrip('/')
    got = set()
    for sec in ('/chuyen-muc/hoat-dong-lanh-dao', '/chuyen-muc/kinh-te-xa-hoi'):
        st, h, *_ = fetch(base + sec)
        m = re.search(r'url:\s*"([^"]+)",\s*catId:\s*(\d+),\s*pageIndex:\s*(\d+),\s*pageSize:\s*(\d+)', h)
        if not m:
            continue
        url, cat, pi, ps = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        while True:
            pi += 1
            st, frag, *_ = fetch('%s%s?%s' % (base, url, urllib.parse.urlencode(
                {'catId': cat, 'pageIndex': pi, 'pageSize': ps})))
            if st != 200 or not frag.strip():
                break
            got |= hrefs_in(frag, base + url)
    return got


def mech_s7(site):
    base = site['home'].rstrip('/')
    st, h, *_ = fetch(site['home'])
    cfg = json.loads(re.search(r'window\.__APP_CONFIG__\s*=\s*(\{.*?\});</script>', h, re.S).group(1))
    got = set()
    for c in cfg['categories']:
        page = 1
        while True:
            st, j, *_ = fetch('%s%s?%s' % (base, cfg['api']['posts'], urllib.parse.urlencode(
                {'categoryId': c['id'], 'page': page, 'pageSize': cfg['pageSize']})))
            d = json.loads(j)
            for it in d['data']:
                got.add(urllib.parse.urljoin(base + '/', it['url']))
            if page >= d['meta']['totalPages']:
                break
            page += 1
    return got


def mech_s8(site):
    base = 'http://' + urllib.parse.urlsplit(site['home']).netloc
    got = set()
    for sec in ('hoat-dong-chinh-quyen', 'kinh-te-van-hoa'):
        u = '%s/xa-tan-hoa-dong/tin-tuc/%s/' % (base, sec)
        st, h, *_ = fetch(u)
        action = urllib.parse.urljoin(u, html.unescape(re.search(r'<form[^>]+action="([^"]*)"', h).group(1)))
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)"', h))
        for target in re.findall(r"__doPostBack\('([^']+)',''\)", h):
            f = dict(fields, __EVENTTARGET=target, __EVENTARGUMENT='')
            st, ph, *_ = fetch(action, data=urllib.parse.urlencode(f).encode())
            if st != 200:
                fail('s8 POST %s -> %s' % (target, st))
                continue
            # only the list rows of the posted page, not the page furniture
            got |= {urllib.parse.urljoin(action, html.unescape(x))
                    for x in re.findall(r'<div class="news-row"><a href="([^"]+)"', ph)}
    return got


MECH = {
    # site: (function, number of expected articles the mechanism must return, must-be-only-way count)
    's1': (mech_s1, 2, 2),
    's7': (mech_s7, 8, 6),
    's8': (mech_s8, 3, 3),   # POST pages 2-3 of section A
}


def check_site(site):
    key = site['site']
    exp = {a['url']: a for a in site['articles']}
    # 1. every article
    for a in site['articles']:
        st, h, ct, final, _ = fetch(a['url'])
        if st != 200:
            fail('%s %s -> HTTP %s' % (key, a['url'], st))
            continue
        t = text_of(h)
        body = t.split('<body', 1)[-1]
        if a['title'] not in body:
            fail('%s %s: headline not found' % (key, a['url']))
        if not any(f in body for f in date_forms(a['published'])):
            fail('%s %s: date %s not found' % (key, a['url'], a['published']))
        hh, mm = int(a['published'][11:13] or 0), a['published'][14:16]
        t12 = '%d:%s %s' % (hh % 12 or 12, mm, 'SA' if hh < 12 else 'CH')   # SharePoint vi-VN 12-hour clock
        if 'T' in a['published'] and a['published'][11:16] not in body and t12 not in body:
            fail('%s %s: time %s not found' % (key, a['url'], a['published'][11:16]))
    # 2. link crawl
    seen, pages = crawl(site['home'])
    H = set(exp) & seen
    M = set()
    if key in MECH:
        fn, n_expected, n_only = MECH[key]
        got = fn(site)
        M = got & set(exp)
        stray = got - set(exp)
        if stray:
            fail('%s mechanism returned non-expected URLs: %s' % (key, sorted(stray)[:3]))
        only = set(exp) - H
        if len(M) != n_expected:
            fail('%s mechanism reached %d articles, expected %d' % (key, len(M), n_expected))
        if len(only) != n_only or not only <= M:
            fail('%s: %d articles unreachable by links (expected %d), all must come from the mechanism' % (
                key, len(only), n_only))
    missing = set(exp) - H - M
    if missing:
        fail('%s: not reachable: %s' % (key, sorted(missing)))
    # 3. no 5xx anywhere in the crawl
    bad = [u for u, (st, _) in pages.items() if st >= 500]
    if bad:
        fail('%s: 5xx on %s' % (key, bad[:3]))
    print('%s: %d articles, %d by links, %d by mechanism, crawl %d pages' % (key, len(exp), len(H), len(M - H), len(pages)))


def extra_checks():
    # s5: the second page of section B is only in a <select> option
    seen_a, _ = crawl('http://127.0.2.5:8769/', kinds=('a', 'iframe'))
    s5 = next(s for s in EXP if s['site'] == 's5')
    if not (set(a['url'] for a in s5['articles']) - seen_a):
        fail('s5: select pager is not needed (all articles reachable by <a>)')
    # s8: iframe-only notices
    seen_a, _ = crawl('http://127.0.2.8:8769/xa-tan-hoa-dong/', kinds=('a',))
    s8 = next(s for s in EXP if s['site'] == 's8')
    notices = [a['url'] for a in s8['articles'] if 'thong-bao' in a['url']]
    if len(notices) != 2 or any(u in seen_a for u in notices):
        fail('s8: notices should be reachable only through the iframe')
    # 404s for slash-less forms, redirects for s6
    for u, want in [('http://127.0.2.8:8769/xa-tan-hoa-dong', 404),
                    ('http://127.0.2.8:8769/xa-tan-hoa-dong/tin-tuc/hoat-dong-chinh-quyen', 404),
                    ('http://127.0.2.6:8769/tin-tuc', 301),
                    ('http://127.0.2.3:8769/khong-co-trang-nay', 404)]:
        st = fetch(u, follow=False)[0]
        if st != want:
            fail('%s -> %s, expected %s' % (u, st, want))
    # s6: redirect chain of an old link is two hops, absolute then relative
    s6 = next(s for s in EXP if s['site'] == 's6')
    old = [a['url'] for a in s6['articles'] if 'chitiet.aspx' in a['url']]
    st, _, _, _, h1 = fetch(old[0], follow=False)
    loc1 = h1.get('Location', '')
    st2, _, _, _, h2 = fetch(loc1, follow=False)
    if st != 301 or not loc1.startswith('http://') or st2 != 301 or not h2.get('Location', '').startswith('/'):
        fail('s6 redirect chain not as designed: %s %s %s %s' % (st, loc1, st2, h2.get('Location')))
    # s6: legacy pages really are windows-1258 with no charset header
    leg = [a['url'] for a in s6['articles'] if a['url'].rstrip('/').split('-')[-1].isdigit()
           and int(a['url'].rstrip('/').split('-')[-1]) % 2 == 0]
    raw = urllib.request.urlopen(leg[0], timeout=10)
    if 'charset' in raw.headers.get('Content-Type', '') or b'windows-1258' not in raw.read()[:400]:
        fail('s6 legacy page not served as designed')


def main():
    only = sys.argv[1:]
    for s in EXP:
        if only and s['site'] not in only:
            continue
        check_site(s)
    if not only:
        extra_checks()
    if FAIL:
        print('%d FAILURES' % len(FAIL))
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()

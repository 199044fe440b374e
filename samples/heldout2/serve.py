#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Second held-out set of fictional Vietnamese government portals.

Python 3 stdlib only.  One ThreadingHTTPServer per loopback address
127.0.2.1 ... 127.0.2.8, port 8769; runs until killed.
  python3 serve.py            serve all sites
  python3 serve.py --list     list the sites
  python3 serve.py --expected print the answer key (JSON)
"""
import datetime
import html
import json
import sys
import threading
import os
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import urlsplit, parse_qs, quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from content import cp1258_bytes, slugify  # noqa: E402

PORT = 8769
E = html.escape
WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']


def pdt(a):
    return datetime.datetime.strptime(a['dt'], '%Y-%m-%dT%H:%M')


def dmy(a, sep='/'):
    d = pdt(a)
    return '%02d%s%02d%s%d' % (d.day, sep, d.month, sep, d.year)


def hm(a):
    return a['dt'][11:16]


def today_bar():
    t = datetime.datetime.utcnow() + datetime.timedelta(hours=7)
    return '%s, ngày %02d/%02d/%d' % (WEEKDAYS[t.weekday()], t.day, t.month, t.year)


def paras_html(a, cls=None):
    c = ' class="%s"' % cls if cls else ''
    return ''.join('<p%s>%s</p>\n' % (c, E(p)) for p in a['paras'])


def newest(arts, n, pred=lambda a: True):
    return sorted([a for a in arts if pred(a)], key=lambda a: a['dt'], reverse=True)[:n]


def of_sec(arts, sec):
    return sorted([a for a in arts if a['sec'] == sec], key=lambda a: a['dt'], reverse=True)


class Resp:
    def __init__(self, status=200, body='', ctype='text/html; charset=utf-8', headers=None):
        self.status = status
        self.body = body.encode('utf-8') if isinstance(body, str) else body
        self.ctype = ctype
        self.headers = headers or {}


def not_found(msg='Không tìm thấy trang yêu cầu'):
    return Resp(404, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy'
                '</title></head><body><h1>404</h1><p>%s</p><p><a href="/">Về trang chủ</a></p></body></html>' % msg)


def redirect(loc, code=301):
    return Resp(code, '<html><body>Moved <a href="%s">here</a></body></html>' % E(loc), headers={'Location': loc})


def share_bar(url):
    return ('<div class="share-bar">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=%s" '
            'target="_blank">Facebook</a> <a href="https://zalo.me/share?u=%s">Zalo</a> '
            '<a href="javascript:window.print()">In</a></div>' % (quote(url, ''), quote(url, '')))


# ====================================================================== site 1
class Site1:
    """Provincial portal on a Vietnamese .NET CMS: /tin-tuc/<slug>-<id>.html,
    sections paged by ?page=N (two pages linked), older items only through the
    'Xem thêm' button, which GETs an HTML fragment from an .ashx handler."""
    key, ip, family = 's1', '127.0.2.1', 'vn-cms /tin-tuc/<slug>-<id>.html + ?page=N + "Xem thêm" AJAX GET fragment'
    name = 'Cổng thông tin điện tử tỉnh Bình Lâm'
    arts = data.S1
    SECS = {'A': ('hoat-dong-lanh-dao', 'Hoạt động lãnh đạo tỉnh', 12),
            'B': ('kinh-te-xa-hoi', 'Kinh tế - Xã hội', 15)}
    PS = 2
    MAXPAGE = 2

    def url(self, a):
        return '/tin-tuc/%s-%d.html' % (a['slug'], a['id'])

    def frame(self, title, main):
        menu = ''.join('<li><a href="/chuyen-muc/%s">%s</a></li>' % (s[0], s[1]) for s in self.SECS.values())
        most = ''.join('<li><a href="%s">%s</a></li>' % (self.url(a), E(a['title']))
                       for a in newest(self.arts, 4, lambda a: not a['hidden'])[::-1])
        return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>'
                '<script src="/Scripts/jquery-3.6.0.min.js"></script></head><body>'
                '<div class="top-bar"><span class="today">%s</span> | <a href="/gioi-thieu">Giới thiệu</a></div>'
                '<header class="banner"><a href="/"><img src="/Images/logo.png" alt="logo"> %s</a></header>'
                '<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>%s</ul></nav>'
                '<div class="container"><div class="col-main">%s</div>'
                '<aside class="col-right"><div class="box-most-read"><h3>Tin đọc nhiều</h3><ul>%s</ul></div></aside></div>'
                '<footer>Cơ quan chủ quản: Văn phòng UBND tỉnh Bình Lâm. Địa chỉ: 02 Trần Phú, TP Bình Lâm. '
                'Điện thoại: 0261.3822.xxx</footer></body></html>') % (E(title), today_bar(), self.name, menu, main, most)

    def item(self, a):
        return ('<div class="news-item"><a href="%s"><img src="/Uploads/thumb/%d.jpg" alt=""></a>'
                '<h3 class="news-title"><a href="%s">%s</a></h3><span class="news-date">%s</span>'
                '<p class="news-sapo">%s</p></div>\n') % (self.url(a), a['id'], self.url(a), E(a['title']),
                                                         dmy(a), E(a['lead']))

    def route(self, m, path, q, body, hdr):
        if path == '/':
            items = ''.join(self.item(a) for a in newest(self.arts, 3, lambda a: not a['hidden']))
            return Resp(200, self.frame(self.name, '<h2>Tin mới</h2>' + items))
        if path == '/gioi-thieu':
            return Resp(200, self.frame('Giới thiệu', '<h1>Giới thiệu chung</h1><p>Tỉnh Bình Lâm có diện tích tự nhiên '
                                        '6.120 km², gồm 78 xã, phường.</p>'))
        for k, (slug, title, cat) in self.SECS.items():
            if path == '/chuyen-muc/' + slug:
                try:
                    page = int(q.get('page', ['1'])[0])
                except ValueError:
                    page = 1
                lst = of_sec(self.arts, k)
                npages = min(self.MAXPAGE, (len(lst) + self.PS - 1) // self.PS)
                chunk = lst[(page - 1) * self.PS: page * self.PS] if 1 <= page <= npages else []
                items = ''.join(self.item(a) for a in chunk) or '<p class="empty">Chưa có dữ liệu</p>'
                pager = ''.join('<a href="/chuyen-muc/%s?page=%d"%s>%d</a> ' % (
                    slug, i, ' class="active"' if i == page else '', i) for i in range(1, npages + 1))
                more = ''
                if len(lst) > npages * self.PS:
                    more = ('<div class="load-more"><a href="javascript:void(0)" id="btnXemThem" class="btn-xem-them">'
                            'Xem thêm</a></div>'
                            '<script>var NewsLoadMore = { url: "/Ajax/LoadMoreNews.ashx", catId: %d, pageIndex: %d, '
                            'pageSize: %d };\n$("#btnXemThem").on("click", function () {\n'
                            '  NewsLoadMore.pageIndex++;\n'
                            '  $.get(NewsLoadMore.url, { catId: NewsLoadMore.catId, pageIndex: NewsLoadMore.pageIndex, '
                            'pageSize: NewsLoadMore.pageSize }, function (html) {\n'
                            '    if ($.trim(html) === "") { $("#btnXemThem").hide(); return; }\n'
                            '    $("#listNews").append(html);\n  });\n});</script>') % (cat, npages, self.PS)
                main = ('<h1 class="cat-title">%s</h1><div id="listNews">%s</div><div class="paging">%s</div>%s'
                        % (title, items, pager, more))
                return Resp(200, self.frame(title, main))
        if path == '/Ajax/LoadMoreNews.ashx':
            try:
                cat = int(q['catId'][0])
                pi = int(q['pageIndex'][0])
                ps = int(q.get('pageSize', [str(self.PS)])[0])
            except (KeyError, ValueError):
                return Resp(400, 'Bad Request', 'text/plain; charset=utf-8')
            sec = [k for k, v in self.SECS.items() if v[2] == cat]
            if not sec or ps < 1 or ps > 20:
                return Resp(200, '')
            lst = of_sec(self.arts, sec[0])
            return Resp(200, ''.join(self.item(a) for a in lst[(pi - 1) * ps: pi * ps]))
        if path.startswith('/tag/') and path.endswith('.html'):
            tag = path[5:-5]
            lst = [a for a in self.arts if not a['hidden'] and slugify(a['org']) == tag]
            if not lst:
                return not_found()
            return Resp(200, self.frame('Từ khóa', '<h1>Từ khóa: %s</h1>%s' % (E(lst[0]['org']), ''.join(
                self.item(a) for a in lst))))
        for a in self.arts:
            if path == self.url(a):
                if q.get('print'):
                    return Resp(200, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
                                '<body onload="window.print()"><h1>%s</h1><p>%s</p>%s</body></html>' % (
                                    E(a['title']), E(a['title']), dmy(a), paras_html(a)))
                full = 'http://%s:%d%s' % (self.ip, PORT, self.url(a))
                d = pdt(a)
                main = ('<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/%s">%s</a></div>'
                        '<article class="news-detail"><h1 class="title-detail">%s</h1>'
                        '<div class="post-date">%s, %s %s</div>'
                        '<div class="sapo"><strong>%s</strong></div>'
                        '<div class="detail-content">%s'
                        '<figure class="image"><img src="/Uploads/2025/%d.jpg" alt=""><figcaption>%s</figcaption></figure>'
                        '%s<p style="text-align:right"><strong>%s</strong></p></div>'
                        '<div class="tags">Từ khóa: <a href="/tag/%s.html">%s</a></div>%s'
                        '<a href="%s?print=1" class="print">In bài viết</a></article>') % (
                    self.SECS[a['sec']][0], self.SECS[a['sec']][1], E(a['title']), WEEKDAYS[d.weekday()], dmy(a),
                    hm(a), E(a['lead']), paras_html(a)[:0] + ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]),
                    a['id'], E(a['caption']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]), E(a['byline']),
                    slugify(a['org']), E(a['org']), share_bar(full), self.url(a))
                return Resp(200, self.frame(a['title'], main))
        return not_found()

    def mechanisms(self):
        return 'GET /Ajax/LoadMoreNews.ashx?catId=12&pageIndex=N&pageSize=2 (HTML fragment, from the script on /chuyen-muc/hoat-dong-lanh-dao)'


# ====================================================================== site 2
class Site2:
    """District portal archived on SharePoint 2013: /tin-tuc/Pages/ViewDetail.aspx?ItemID=N,
    list-view paging with Paged=TRUE&p_ID=&PageFirstRow=, case-insensitive paths."""
    key, ip, family = 's2', '127.0.2.2', 'SharePoint 2013 /Pages/ViewDetail.aspx?ItemID=N, Paged=TRUE&PageFirstRow= pager'
    name = 'Cổng thông tin điện tử huyện Đông Khê'
    arts = data.S2
    SECS = {'A': ('hoat-dong-lanh-dao.aspx', 'Hoạt động của lãnh đạo huyện'),
            'B': ('kinh-te-xa-hoi.aspx', 'Kinh tế - Xã hội')}
    PS = 3
    VIEW = '%7B8F2C3A71-5D0B-4E9A-9C1E-2B6F7D4A3E10%7D'

    def url(self, a, lower=False):
        u = '/tin-tuc/Pages/ViewDetail.aspx?ItemID=%d' % a['id']
        return u.replace('/Pages/ViewDetail.aspx', '/pages/viewdetail.aspx') if lower else u

    def sp_date(self, a):
        d = pdt(a)
        h = d.hour % 12 or 12
        return '%s %d:%02d %s' % (dmy(a), h, d.minute, 'SA' if d.hour < 12 else 'CH')

    def frame(self, title, main):
        menu = ''.join('<li><a href="/tin-tuc/Pages/%s">%s</a></li>' % s for s in self.SECS.values())
        most = ''.join('<li><a href="%s">%s</a></li>' % (self.url(a, lower=True), E(a['title']))
                       for a in newest(self.arts, 3, lambda a: a['sec'] == 'A'))
        return ('<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10">'
                '<meta http-equiv="Content-type" content="text/html; charset=utf-8"><title>\r\n\t%s\r\n</title>'
                '<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=xyz"></head>'
                '<body><form method="post" action="./default.aspx" id="aspnetForm">'
                '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMGRkK3c9mQ==">'
                '<div id="s4-ribbonrow"><span class="ms-siteactions-normal">Thao tác Site</span></div>'
                '<div id="s4-workspace"><div class="header"><span class="ngay-thang">%s</span>'
                '<a href="/Pages/default.aspx"><img src="/PublishingImages/banner.jpg" alt="%s"></a></div>'
                '<div class="menu-top"><ul><li><a href="/Pages/default.aspx">Trang chủ</a></li>%s'
                '<li><a href="/van-ban/Pages/default.aspx">Văn bản</a></li></ul></div>'
                '<div class="content-main">%s</div><div class="ms-webpart-zone right">'
                '<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">Tin xem nhiều</h2></div>'
                '<ul class="tin-xem-nhieu">%s</ul></div>'
                '<div class="footer">Bản quyền thuộc UBND huyện Đông Khê. Chịu trách nhiệm: Chánh Văn phòng HĐND và UBND huyện.'
                '</div></div></form></body></html>') % (E(title), today_bar(), self.name, menu, main, most)

    def item(self, a):
        return ('<tr><td class="ms-vb"><div class="tin-item"><a href="%s" class="tieu-de">%s</a>'
                '<span class="ngay">(%s)</span><div class="tom-tat">%s</div></div></td></tr>\n') % (
            self.url(a), E(a['title']), dmy(a), E(a['lead']))

    def route(self, m, path, q, body, hdr):
        lp = path.lower()
        if path == '/':
            return redirect('/Pages/default.aspx', 302)
        if lp == '/pages/default.aspx':
            items = ''.join(self.item(a) for a in newest(self.arts, 4))
            return Resp(200, self.frame('Trang chủ', '<h2 class="ms-webpart-titleText">Tin tức - Sự kiện</h2>'
                                        '<table class="ms-listviewtable">%s</table>' % items))
        if lp == '/van-ban/pages/default.aspx':
            return Resp(200, self.frame('Văn bản', '<h1>Văn bản chỉ đạo điều hành</h1><table><tr><td>'
                                        '<a href="/van-ban/Lists/VanBan/Attachments/12/QD-215-UBND.pdf">'
                                        'Quyết định số 215/QĐ-UBND</a></td></tr></table>'))
        for k, (slug, title) in self.SECS.items():
            if lp == '/tin-tuc/pages/' + slug:
                lst = of_sec(self.arts, k)
                try:
                    first = int(q.get('PageFirstRow', ['1'])[0])
                except ValueError:
                    first = 1
                chunk = lst[first - 1: first - 1 + self.PS]
                pager = ''
                if first > 1:
                    pager += '<a href="/tin-tuc/Pages/%s?Paged=TRUE&amp;PagedPrev=TRUE&amp;p_ID=%d&amp;PageFirstRow=%d&amp;View=%s"><img src="/_layouts/15/images/prev.gif" alt="Trang trước"></a>' % (
                        slug, chunk[0]['id'] if chunk else 0, max(1, first - self.PS), self.VIEW)
                pager += ' %d - %d ' % (first, first - 1 + len(chunk))
                if first - 1 + self.PS < len(lst):
                    last = chunk[-1]
                    pager += '<a href="/tin-tuc/Pages/%s?Paged=TRUE&amp;p_Created=%s&amp;p_ID=%d&amp;PageFirstRow=%d&amp;View=%s"><img src="/_layouts/15/images/next.gif" alt="Trang sau"></a>' % (
                        slug, quote(last['dt'].replace('T', ' ') + ':00'), last['id'], first + self.PS, self.VIEW)
                main = ('<h1 class="ms-webpart-titleText">%s</h1><table class="ms-listviewtable">%s</table>'
                        '<table class="ms-bottompaging"><tr><td class="ms-paging">%s</td></tr></table>') % (
                    title, ''.join(self.item(a) for a in chunk), pager)
                return Resp(200, self.frame(title, main))
        if lp == '/tin-tuc/pages/tukhoa.aspx':
            tag = q.get('tag', [''])[0]
            lst = newest(self.arts, 2, lambda a: slugify(a['org']) == tag)
            if not lst:
                return not_found()
            return Resp(200, self.frame('Từ khóa', '<h1>Từ khóa: %s</h1><table>%s</table>' % (
                E(lst[0]['org']), ''.join(self.item(a) for a in lst))))
        if lp in ('/tin-tuc/pages/viewdetail.aspx', '/tin-tuc/pages/inbaiviet.aspx'):
            try:
                iid = int(q.get('ItemID', q.get('itemid', ['0']))[0])
            except ValueError:
                iid = 0
            a = next((x for x in self.arts if x['id'] == iid), None)
            if not a:
                return Resp(200, self.frame('Thông báo', '<div class="ms-error">Bài viết không tồn tại hoặc đã bị xóa.</div>'))
            if lp.endswith('inbaiviet.aspx'):
                return Resp(200, '<html><head><meta charset="utf-8"><title>In bài viết</title></head><body>'
                            '<div class="title-news">%s</div><div class="date-news">%s</div>%s</body></html>' % (
                                E(a['title']), dmy(a), paras_html(a)))
            full = 'http://%s:%d%s' % (self.ip, PORT, self.url(a))
            main = ('<div class="ms-webpart-zone"><div class="chi-tiet-tin">'
                    '<div class="title-news">%s</div>'
                    '<div class="date-news">Ngày đăng: %s</div>'
                    '<div class="summary-news">%s</div>'
                    '<div class="news-content ms-rtestate-field">%s'
                    '<table class="image-caption" align="center"><tr><td><img src="/PublishingImages/TinTuc/2024/%d.jpg"></td></tr>'
                    '<tr><td><em>%s</em></td></tr></table>%s'
                    '<p align="right"><b>%s</b></p></div>'
                    '<div class="tags">Từ khóa: <a href="/tin-tuc/Pages/TuKhoa.aspx?tag=%s">%s</a></div>'
                    '%s<a href="/tin-tuc/Pages/InBaiViet.aspx?ItemID=%d">Bản in</a>'
                    '<div class="tin-khac"><h3>Tin mới đăng</h3><ul>%s</ul></div></div></div>') % (
                E(a['title']), self.sp_date(a), E(a['lead']),
                ''.join('<p>%s</p>' % E(p) for p in a['paras'][:1]), a['id'], E(a['caption']),
                ''.join('<p>%s</p>' % E(p) for p in a['paras'][1:]), E(a['byline']), slugify(a['org']), E(a['org']),
                share_bar(full), a['id'],
                ''.join(['<li><a href="%s">%s</a> (%s)</li>' % (self.url(x), E(x['title']), dmy(x))
                         for x in of_sec(self.arts, a['sec']) if x['id'] != a['id']][:3]))
            return Resp(200, self.frame(a['title'], main))
        return not_found()

    def mechanisms(self):
        return ''


# ====================================================================== site 3
class Site3:
    """Drupal 9 provincial portal: /node/N, views pager ?page=N zero-based,
    <time datetime> in UTC, /taxonomy/term/N tags, /print/N print view."""
    key, ip, family = 's3', '127.0.2.3', 'Drupal 9 /node/N + views ?page=N (zero-based), UTC <time datetime>'
    name = 'Cổng thông tin điện tử tỉnh Phước Hà'
    arts = data.S3
    SECS = {'A': ('hoat-dong-lanh-dao', 'Hoạt động lãnh đạo'), 'B': ('tin-dia-phuong', 'Tin địa phương')}
    PS = 3
    TERMS = {}

    def url(self, a):
        return '/node/%d' % a['id']

    def term(self, a):
        return 40 + (1 if a['kind'] == 'meet' else 2)

    def frame(self, title, main, node=None):
        menu = ''.join('<li class="menu-item"><a href="/%s">%s</a></li>' % s for s in self.SECS.values())
        most = ''.join('<div class="views-row"><a href="%s" hreflang="vi">%s</a></div>' % (self.url(a), E(a['title']))
                       for a in newest(self.arts, 3, lambda a: a['sec'] == 'B') + newest(self.arts, 1))
        canon = '<link rel="canonical" href="/node/%d"><link rel="shortlink" href="/node/%d">' % (node, node) if node else ''
        return ('<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8">'
                '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">%s<title>%s | %s</title></head>'
                '<body class="path-node"><a href="#main-content" class="visually-hidden focusable">Chuyển đến nội dung chính</a>'
                '<div class="region-top"><span class="date-today">%s</span></div>'
                '<header><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo.png" alt="Trang chủ"></a>'
                '<div class="site-name">%s</div></header>'
                '<nav role="navigation"><ul class="menu"><li class="menu-item"><a href="/">Trang chủ</a></li>%s</ul></nav>'
                '<main role="main"><a id="main-content" tabindex="-1"></a>%s</main>'
                '<aside class="layout-sidebar-second"><div class="block-views-blockdoc-nhieu"><h2>Đọc nhiều</h2>%s</div></aside>'
                '<footer class="site-footer">© 2025 UBND tỉnh Phước Hà. Giấy phép số 18/GP-TTĐT.</footer></body></html>') % (
            canon, E(title), self.name, today_bar(), self.name, menu, main, most)

    def tdate(self, a):
        d = pdt(a) - datetime.timedelta(hours=7)
        return '<time datetime="%sZ">%s, %s - %s</time>' % (d.strftime('%Y-%m-%dT%H:%M:%S'), WEEKDAYS[pdt(a).weekday()],
                                                           dmy(a), hm(a))

    def item(self, a):
        return ('<div class="views-row"><div class="views-field-title"><span class="field-content">'
                '<a href="%s" hreflang="vi">%s</a></span></div><div class="views-field-created">%s</div>'
                '<div class="views-field-body">%s</div></div>\n') % (self.url(a), E(a['title']), self.tdate(a), E(a['lead']))

    def pager(self, base, page, n):
        if n <= 1:
            return ''
        out = '<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">'
        if page > 0:
            out += '<li class="pager__item pager__item--first"><a href="%s?page=0" title="Đến trang đầu">« Đầu</a></li>' % base
            out += '<li class="pager__item pager__item--previous"><a href="%s?page=%d" rel="prev">‹ Trước</a></li>' % (base, page - 1)
        for i in range(n):
            if i == page:
                out += '<li class="pager__item is-active"><a href="%s?page=%d" aria-current="page">%d</a></li>' % (base, i, i + 1)
            else:
                out += '<li class="pager__item"><a href="%s?page=%d">%d</a></li>' % (base, i, i + 1)
        if page < n - 1:
            out += '<li class="pager__item pager__item--next"><a href="%s?page=%d" rel="next">Sau ›</a></li>' % (base, page + 1)
            out += '<li class="pager__item pager__item--last"><a href="%s?page=%d">Cuối »</a></li>' % (base, n - 1)
        return out + '</ul></nav>'

    def route(self, m, path, q, body, hdr):
        if path in ('/', '/trang-chu'):
            items = ''.join(self.item(a) for a in newest(self.arts, 4))
            return Resp(200, self.frame('Trang chủ', '<div class="view-tin-moi"><h2>Tin mới nhất</h2>%s</div>' % items))
        try:
            page = int(q.get('page', ['0'])[0])
        except ValueError:
            page = 0
        for k, (slug, title) in self.SECS.items():
            if path == '/' + slug:
                lst = of_sec(self.arts, k)
                n = (len(lst) + self.PS - 1) // self.PS
                chunk = lst[page * self.PS:(page + 1) * self.PS]
                body_ = ''.join(self.item(a) for a in chunk) or '<div class="view-empty">Không có nội dung.</div>'
                return Resp(200, self.frame(title, '<h1 class="page-title">%s</h1><div class="view-content">%s</div>%s' % (
                    title, body_, self.pager('/' + slug, page, n))))
        if path.startswith('/taxonomy/term/'):
            try:
                t = int(path.rsplit('/', 1)[1])
            except ValueError:
                return not_found()
            lst = newest(self.arts, 2, lambda a: self.term(a) == t)
            if not lst:
                return not_found()
            name = 'Phiên họp' if t == 41 else 'Sự kiện'
            n = (len(lst) + 9) // 10
            return Resp(200, self.frame(name, '<h1 class="page-title">%s</h1>%s%s' % (
                name, ''.join(self.item(a) for a in lst[page * 10:(page + 1) * 10]), self.pager(path, page, n))))
        for a in self.arts:
            if path == '/print/%d' % a['id']:
                return Resp(200, '<html><head><meta charset="utf-8"><title>%s</title></head><body class="print">'
                            '<h1>%s</h1>%s%s</body></html>' % (E(a['title']), E(a['title']), self.tdate(a), paras_html(a)))
            if path == self.url(a):
                full = 'http://%s:%d%s' % (self.ip, PORT, self.url(a))
                main = ('<article role="article" class="node node--type-article node--view-mode-full">'
                        '<h1 class="page-title"><span class="field--name-title">%s</span></h1>'
                        '<div class="node__meta"><span class="field--name-created">%s</span></div>'
                        '<div class="field--name-field-tom-tat">%s</div>'
                        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">%s'
                        '<div class="media media--type-image"><img src="/sites/default/files/2025-04/%d.jpg" alt="">'
                        '<div class="field--name-field-caption">%s</div></div>%s<p><strong>%s</strong></p></div>'
                        '<div class="field--name-field-tags">Chuyên đề: <a href="/taxonomy/term/%d" hreflang="vi">%s</a></div>'
                        '%s<a href="/print/%d" class="print-page">Bản in</a></article>') % (
                    E(a['title']), self.tdate(a), E(a['lead']),
                    ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]), a['id'], E(a['caption']),
                    ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]), E(a['byline']), self.term(a),
                    'Phiên họp' if a['kind'] == 'meet' else 'Sự kiện', share_bar(full), a['id'])
                return Resp(200, self.frame(a['title'], main, node=a['id']))
        return not_found()

    def mechanisms(self):
        return ''


# ====================================================================== site 4
class Site4:
    """Joomla 2.5/3 district site: index.php?option=com_content&view=article&id=N:alias&catid=M&Itemid=K,
    category blog paged with limitstart=, print view tmpl=component&print=1."""
    key, ip, family = 's4', '127.0.2.4', 'Joomla com_content view=article&id=N&catid=M, blog limitstart='
    name = 'Trang thông tin điện tử huyện Mường Piềng'
    arts = data.S4
    SECS = {'A': (8, 112, 'Tin hoạt động'), 'B': (9, 113, 'Kinh tế - Văn hóa - Xã hội')}
    PS = 3

    def url(self, a, amp=False):
        cat, item, _ = self.SECS[a['sec']]
        u = '/index.php?option=com_content&view=article&id=%d:%s&catid=%d&Itemid=%d' % (a['id'], a['slug'], cat, item)
        return u.replace('&', '&amp;') if amp else u

    def cat_url(self, k, start=0, amp=True):
        cat, item, _ = self.SECS[k]
        u = '/index.php?option=com_content&view=category&layout=blog&id=%d&Itemid=%d' % (cat, item)
        if start:
            u += '&limitstart=%d' % start
        return u.replace('&', '&amp;') if amp else u

    def jdate(self, a):
        d = pdt(a)
        wd = ['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật'][d.weekday()]
        return '%s, %02d Tháng %d %d %s' % (wd, d.day, d.month, d.year, hm(a))

    def frame(self, title, main):
        menu = ''.join('<li class="item-%d"><a href="%s">%s</a></li>' % (v[1], self.cat_url(k), v[2])
                       for k, v in self.SECS.items())
        latest = ''.join('<li><a href="%s">%s</a></li>' % (self.url(a, True), E(a['title'])) for a in newest(self.arts, 4))
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head>'
                '<meta http-equiv="content-type" content="text/html; charset=utf-8" />'
                '<meta name="generator" content="Joomla! - Open Source Content Management" /><title>%s</title></head>'
                '<body><div id="header"><div class="date">%s</div><h1 class="site-title">%s</h1></div>'
                '<div id="mainmenu"><ul class="menu"><li class="item-101 current"><a href="/">Trang chủ</a></li>%s'
                '<li class="item-120"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=120">Liên hệ</a></li></ul></div>'
                '<div id="content">%s</div><div id="right"><div class="moduletable"><h3>Tin mới</h3>'
                '<ul class="latestnews">%s</ul></div></div>'
                '<div id="footer">UBND huyện Mường Piềng - Điện thoại: 0215.3851.xxx - Email: ubnd@muongpieng.example</div>'
                '</body></html>') % (E(title), today_bar(), self.name, menu, main, latest)

    def item(self, a):
        return ('<div class="items-row"><div class="item"><h2><a href="%s">%s</a></h2>'
                '<dl class="article-info"><dd class="published">Được đăng ngày %s</dd></dl>'
                '<p>%s</p><p class="readmore"><a href="%s">Đọc thêm: %s</a></p></div></div>\n') % (
            self.url(a, True), E(a['title']), self.jdate(a), E(a['lead']), self.url(a, True), E(a['title']))

    def route(self, m, path, q, body, hdr):
        if path not in ('/', '/index.php'):
            return not_found()
        g = lambda k, d='': q.get(k, [d])[0]  # noqa: E731
        opt, view = g('option'), g('view')
        if not opt:
            items = ''.join(self.item(a) for a in newest(self.arts, 3))
            return Resp(200, self.frame('Trang chủ', '<div class="blog-featured">%s</div>' % items))
        if opt == 'com_content' and view == 'category':
            try:
                cid = int(g('id', '0').split(':')[0])
                start = int(g('limitstart', '0'))
            except ValueError:
                return not_found()
            k = next((k for k, v in self.SECS.items() if v[0] == cid), None)
            if not k:
                return not_found()
            lst = of_sec(self.arts, k)
            chunk = lst[start:start + self.PS]
            n = (len(lst) + self.PS - 1) // self.PS
            cur = start // self.PS
            pag = '<div class="pagination"><p class="counter">Trang %d / %d</p><ul>' % (cur + 1, n)
            if cur > 0:
                pag += '<li class="pagination-start"><a title="Bắt đầu" href="%s">Bắt đầu</a></li>' % self.cat_url(k)
                pag += '<li class="pagination-prev"><a title="Trước" href="%s">Trước</a></li>' % self.cat_url(k, (cur - 1) * self.PS)
            for i in range(n):
                pag += ('<li><span class="pagenav">%d</span></li>' % (i + 1)) if i == cur else \
                    '<li><a href="%s" class="pagenav">%d</a></li>' % (self.cat_url(k, i * self.PS), i + 1)
            if cur < n - 1:
                pag += '<li class="pagination-next"><a title="Tiếp" href="%s">Tiếp</a></li>' % self.cat_url(k, (cur + 1) * self.PS)
                pag += '<li class="pagination-end"><a title="Cuối" href="%s">Cuối</a></li>' % self.cat_url(k, (n - 1) * self.PS)
            pag += '</ul></div>'
            return Resp(200, self.frame(self.SECS[k][2], '<div class="blog"><h1>%s</h1>%s%s</div>' % (
                self.SECS[k][2], ''.join(self.item(a) for a in chunk), pag)))
        if opt == 'com_tags' and view == 'tag':
            lst = newest(self.arts, 2, lambda a: a['kind'] == ('meet' if g('id').split(':')[0] == '3' else 'news'))
            return Resp(200, self.frame('Thẻ', '<h1>Thẻ: %s</h1>%s' % (
                'Hội họp' if g('id').startswith('3') else 'Sự kiện', ''.join(self.item(a) for a in lst))))
        if opt == 'com_contact':
            return Resp(200, self.frame('Liên hệ', '<h1>Liên hệ</h1><p>Văn phòng HĐND và UBND huyện Mường Piềng.</p>'))
        if opt == 'com_content' and view == 'article':
            try:
                aid = int(g('id', '0').split(':')[0])
            except ValueError:
                return not_found()
            a = next((x for x in self.arts if x['id'] == aid), None)
            if not a:
                return Resp(404, self.frame('Lỗi', '<dl id="system-message"><dd class="error">404 - Không tìm thấy bài viết</dd></dl>'))
            if g('tmpl') == 'component' and g('print') == '1':
                return Resp(200, '<html><head><meta charset="utf-8"><title>%s</title></head><body class="contentpane">'
                            '<h2>%s</h2><dd class="published">Được đăng ngày %s</dd>%s</body></html>' % (
                                E(a['title']), E(a['title']), self.jdate(a), paras_html(a)))
            tag = 3 if a['kind'] == 'meet' else 4
            main = ('<div class="item-page"><h2><a href="%s">%s</a></h2>'
                    '<ul class="actions"><li class="print-icon"><a href="%s&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" '
                    'rel="nofollow">In</a></li><li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component">Email</a></li></ul>'
                    '<dl class="article-info"><dt class="article-info-term">Chi tiết</dt>'
                    '<dd class="category-name">Chuyên mục: <a href="%s">%s</a></dd>'
                    '<dd class="published">Được đăng ngày %s</dd><dd class="hits">Lượt xem: %d</dd></dl>'
                    '<p><strong>%s</strong></p>%s'
                    '<p style="text-align: center;"><img src="/images/stories/2025/%d.jpg" alt="" /></p>'
                    '<p style="text-align: center;"><em>%s</em></p>%s<p style="text-align: right;"><strong>%s</strong></p>'
                    '<div class="tags"><a href="/index.php?option=com_tags&amp;view=tag&amp;id=%d:%s&amp;Itemid=101" '
                    'class="label label-info">%s</a></div>%s'
                    '<ul class="pager pagenav"><li class="previous"><a href="%s" rel="prev">&lt; Trước</a></li></ul></div>') % (
                self.url(a, True), E(a['title']), self.url(a, True), self.cat_url(a['sec']), self.SECS[a['sec']][2],
                self.jdate(a), 100 + a['id'] * 3 % 700, E(a['lead']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]),
                a['id'], E(a['caption']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]), E(a['byline']),
                tag, 'hoi-hop' if tag == 3 else 'su-kien', 'Hội họp' if tag == 3 else 'Sự kiện',
                share_bar('http://%s:%d%s' % (self.ip, PORT, self.url(a))), self.cat_url(a['sec']))
            return Resp(200, self.frame(a['title'], main))
        return not_found()

    def mechanisms(self):
        return ''


# ====================================================================== site 5
class Site5:
    """DotNetNuke provincial portal: /tabid/N/ArticleID/M/Default.aspx; section A paged with
    /tabid/N/Default.aspx?mid=487&page=K links, section B paged only by a <select onchange> pager."""
    key, ip, family = 's5', '127.0.2.5', 'DotNetNuke /tabid/N/ArticleID/M/Default.aspx, mid=&page= pager + <select onchange> pager'
    name = 'Cổng thông tin điện tử tỉnh Ea Lâm'
    arts = data.S5
    SECS = {'A': (102, 487, 'Hoạt động lãnh đạo tỉnh', 3), 'B': (103, 490, 'Tin kinh tế - xã hội', 2)}

    def url(self, a):
        return '/tabid/%d/ArticleID/%d/Default.aspx' % (self.SECS[a['sec']][0], a['id'])

    def frame(self, title, main):
        menu = ''.join('<li><a href="/tabid/%d/Default.aspx">%s</a></li>' % (v[0], v[2]) for v in self.SECS.values())
        most = ''.join('<li><a href="%s">%s</a></li>' % (self.url(a), E(a['title'])) for a in newest(self.arts, 3, lambda a: a['sec'] == 'A'))
        return ('<!DOCTYPE html><html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">'
                '<title>%s</title><link href="/Portals/_default/Skins/EaLam/skin.css" rel="stylesheet"></head>'
                '<body id="Body"><form method="post" action="/Default.aspx" id="Form">'
                '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDs7Pg==">'
                '<div class="skin-top"><span id="dnn_dnnCURRENTDATE_lblDate" class="SkinObject">%s</span> '
                '<a id="dnn_dnnLOGIN_loginLink" class="SkinObject" href="/tabid/36/ctl/Login/Default.aspx">Đăng nhập</a></div>'
                '<div class="banner"><a href="/"><img src="/Portals/0/banner.jpg" alt="%s"></a></div>'
                '<div id="dnn_dnnNAV"><ul><li><a href="/tabid/36/Default.aspx">Trang chủ</a></li>%s</ul></div>'
                '<div id="dnn_ContentPane">%s</div><div id="dnn_RightPane"><div class="DnnModule"><span class="Head">Tin nổi bật</span>'
                '<ul>%s</ul></div></div><div id="dnn_FooterPane">Cơ quan chủ quản: UBND tỉnh Ea Lâm. '
                'Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</div></form></body></html>') % (
            E(title), today_bar(), self.name, menu, main, most)

    def item(self, a):
        return ('<div class="NewsItem"><a class="NewsTitle" href="%s">%s</a> <span class="NewsDate">(%s | %s)</span>'
                '<div class="NewsSummary">%s</div></div>\n') % (self.url(a), E(a['title']), hm(a), dmy(a), E(a['lead']))

    def route(self, m, path, q, body, hdr):
        lp = path.lower()
        if lp in ('/', '/default.aspx', '/tabid/36/default.aspx'):
            items = ''.join(self.item(a) for a in newest(self.arts, 3))
            return Resp(200, self.frame('Trang chủ', '<div class="DnnModule"><span class="Head">Tin mới</span>%s</div>' % items))
        parts = path.strip('/').split('/')
        if len(parts) >= 3 and parts[0].lower() == 'tabid' and parts[-1].lower() == 'default.aspx':
            try:
                tab = int(parts[1])
            except ValueError:
                return not_found()
            k = next((k for k, v in self.SECS.items() if v[0] == tab), None)
            if k is None:
                return not_found()
            tab, mid, title, ps = self.SECS[k]
            if len(parts) == 3:
                lst = of_sec(self.arts, k)
                n = (len(lst) + ps - 1) // ps
                try:
                    page = int(q.get('page', ['1'])[0]) if q.get('mid', [''])[0] == str(mid) else 1
                except ValueError:
                    page = 1
                chunk = lst[(page - 1) * ps: page * ps]
                if k == 'A':
                    pager = '<div class="PagingTable">' + ''.join(
                        ('<span class="CommandButton current">%d</span> ' % i) if i == page else
                        '<a class="CommandButton" href="/tabid/%d/Default.aspx?mid=%d&amp;page=%d">%d</a> ' % (tab, mid, i, i)
                        for i in range(1, n + 1)) + '</div>'
                else:
                    pager = ('<div class="PagingSelect">Trang: <select name="dnn$ctr%d$ddlPage" id="dnn_ctr%d_ddlPage" '
                             'onchange="window.location.href=this.options[this.selectedIndex].value">%s</select> / %d</div>') % (
                        mid, mid, ''.join('<option value="/tabid/%d/Default.aspx?mid=%d&amp;page=%d"%s>%d</option>' % (
                            tab, mid, i, ' selected="selected"' if i == page else '', i) for i in range(1, n + 1)), n)
                return Resp(200, self.frame(title, '<div class="DnnModule-%d"><span class="Head">%s</span>%s%s</div>' % (
                    mid, title, ''.join(self.item(a) for a in chunk), pager)))
            if len(parts) == 5 and parts[2].lower() == 'tag':
                lst = newest(self.arts, 2, lambda a: slugify(a['org']) == parts[3])
                if not lst:
                    return not_found()
                return Resp(200, self.frame('Từ khóa', '<span class="Head">Từ khóa: %s</span>%s' % (
                    E(lst[0]['org']), ''.join(self.item(a) for a in lst))))
            if len(parts) == 5 and parts[2].lower() == 'articleid':
                try:
                    aid = int(parts[3])
                except ValueError:
                    return not_found()
                a = next((x for x in self.arts if x['id'] == aid and self.SECS[x['sec']][0] == tab), None)
                if not a:
                    return not_found()
                full = 'http://%s:%d%s' % (self.ip, PORT, self.url(a))
                main = ('<div class="DnnModule-%d"><div class="ArticleView">'
                        '<h1 class="ArticleTitle">%s</h1><div class="ArticleDate">(%s | %s)</div>'
                        '<div class="ArticleSummary"><b>%s</b></div><div class="ArticleContent">%s'
                        '<div style="text-align:center"><img src="/Portals/0/NewsImages/2025/%d.jpg"><br>'
                        '<span class="Caption">%s</span></div>%s<p style="text-align:right"><b>%s</b></p></div>'
                        '<div class="ArticleTags">Từ khóa: <a href="/tabid/%d/Tag/%s/Default.aspx">%s</a></div>%s'
                        '<a href="/DesktopModules/NewsArticles/Print.aspx?ArticleID=%d&amp;tabid=%d">In trang</a>'
                        '</div></div>') % (
                    tab, E(a['title']), hm(a), dmy(a), E(a['lead']),
                    ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]), a['id'], E(a['caption']),
                    ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]), E(a['byline']), tab, slugify(a['org']),
                    E(a['org']), share_bar(full), a['id'], tab)
                return Resp(200, self.frame(a['title'], main))
        if lp == '/desktopmodules/newsarticles/print.aspx':
            try:
                aid = int(q.get('ArticleID', ['0'])[0])
            except ValueError:
                aid = 0
            a = next((x for x in self.arts if x['id'] == aid), None)
            if not a:
                return not_found()
            return Resp(200, '<html><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1><div>(%s | %s)</div>%s</body></html>'
                        % (E(a['title']), E(a['title']), hm(a), dmy(a), paras_html(a)))
        return not_found()

    def mechanisms(self):
        return '<select onchange> pager on /tabid/103/Default.aspx (option values /tabid/103/Default.aspx?mid=490&page=N)'


# ====================================================================== site 6
class Site6:
    """Legacy city portal: no charset in the Content-Type header, <meta> charset windows-1258 on
    older articles (tone marks as combining characters) and utf-8 elsewhere; old links reach
    articles through a 301 chain (absolute then relative Location), slash-less paths 301 to '/'."""
    key, ip, family = 's6', '127.0.2.6', 'legacy: missing charset header + <meta> windows-1258/utf-8, 301 chains, trailing-slash redirects'
    name = 'Trang thông tin điện tử thành phố Vĩnh Điền'
    arts = data.S6
    SECS = {'A': ('tin-tuc', 'Tin tức - Sự kiện'), 'B': ('thong-bao', 'Thông báo')}
    PS = 3

    def final(self, a):
        return '/%s/%s-%d/' % (self.SECS[a['sec']][0], a['slug'], a['id'])

    def url(self, a):
        return '/tintuc/chitiet.aspx?id=%d' % a['id'] if a['oldlink'] else self.final(a)

    def frame(self, title, main, charset='utf-8'):
        menu = ''.join('<td><a href="/%s">%s</a></td>' % s for s in self.SECS.values())
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>'
                '<body bgcolor="#ffffff"><table width="980" align="center"><tr><td class="ngay">%s</td></tr>'
                '<tr><td><img src="/images/banner.gif" alt="banner"></td></tr>'
                '<tr><td><table class="menu"><tr><td><a href="/">Trang chủ</a></td>%s</tr></table></td></tr>'
                '<tr><td>%s</td></tr><tr><td class="footer">UBND thành phố Vĩnh Điền - 15 Lê Lợi. '
                'Xem tốt nhất với độ phân giải 1024x768.</td></tr></table></body></html>') % (
            charset, E(title), today_bar(), menu, main)

    def out(self, html_text, legacy=False):
        b = cp1258_bytes(html_text) if legacy else html_text.encode('utf-8')
        return Resp(200, b, ctype='text/html')

    def item(self, a):
        return ('<tr><td class="tieude"><a href="%s">%s</a> <span class="ngay">(Ngày %s)</span></td></tr>'
                '<tr><td class="trichdan">%s</td></tr>\n') % (self.url(a), E(a['title']), dmy(a, '-'), E(a['lead']))

    def route(self, m, path, q, body, hdr):
        if path == '/':
            return self.out(self.frame(self.name, '<table class="tinmoi">%s</table>' % ''.join(
                self.item(a) for a in newest(self.arts, 4))))
        if path == '/tintuc/chitiet.aspx':
            a = next((x for x in self.arts if str(x['id']) == q.get('id', [''])[0]), None)
            if not a:
                return not_found()
            return redirect('http://%s:%d%s' % (self.ip, PORT, self.final(a).rstrip('/')))
        for k, (slug, title) in self.SECS.items():
            if path == '/' + slug:
                return redirect('/%s/' % slug)
            pg = None
            if path == '/%s/' % slug:
                pg = 1
            elif path.startswith('/%s/trang-' % slug) and path.endswith('/'):
                try:
                    pg = int(path[len(slug) + 8:-1])
                except ValueError:
                    pg = None
            elif path.startswith('/%s/trang-' % slug):
                return redirect(path + '/')
            if pg:
                lst = of_sec(self.arts, k)
                n = (len(lst) + self.PS - 1) // self.PS
                chunk = lst[(pg - 1) * self.PS: pg * self.PS]
                if not chunk:
                    return not_found()
                pager = ' '.join(('<b>%d</b>' % i) if i == pg else '<a href="/%s/trang-%d/">%d</a>' % (slug, i, i)
                                 for i in range(1, n + 1))
                return self.out(self.frame(title, '<h2>%s</h2><table>%s</table><div class="trang">Trang: %s</div>' % (
                    title, ''.join(self.item(a) for a in chunk), pager)))
        if path.startswith('/tu-khoa/'):
            tag = path[9:].rstrip('/')
            lst = newest(self.arts, 2, lambda a: slugify(a['org']) == tag)
            if not lst:
                return not_found()
            return self.out(self.frame('Từ khóa', '<h2>Từ khóa: %s</h2><table>%s</table>' % (
                E(lst[0]['org']), ''.join(self.item(a) for a in lst))))
        for a in self.arts:
            f = self.final(a)
            if path == f.rstrip('/'):
                return redirect(f)
            if path == '/in-bai/%d/' % a['id']:
                cs = 'windows-1258' if a['legacy'] else 'utf-8'
                return self.out('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                                '<title>%s</title></head><body><h2>%s</h2><p>Ngày %s</p>%s</body></html>' % (
                                    cs, E(a['title']), E(a['title']), dmy(a, '-'), paras_html(a)), a['legacy'])
            if path == f:
                cs = 'windows-1258' if a['legacy'] else 'utf-8'
                main = ('<table class="chitiet"><tr><td class="tieude_chitiet"><h1>%s</h1></td></tr>'
                        '<tr><td class="ngaydang">Ngày %s</td></tr><tr><td class="trichdan"><b>%s</b></td></tr>'
                        '<tr><td id="article_text" class="articletext">%s<center><img src="/upload/tintuc/%d.jpg"><br>'
                        '<i>%s</i></center>%s<p align="right"><b>%s</b></p></td></tr>'
                        '<tr><td>Từ khóa: <a href="/tu-khoa/%s/">%s</a> | <a href="/in-bai/%d/">Bản in</a> | Đã xem: %d</td></tr>'
                        '<tr><td>%s</td></tr></table>') % (
                    E(a['title']), dmy(a, '-'), E(a['lead']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]),
                    a['id'], E(a['caption']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]), E(a['byline']),
                    slugify(a['org']), E(a['org']), a['id'], 200 + a['id'] % 97,
                    share_bar('http://%s:%d%s' % (self.ip, PORT, f)))
                return self.out(self.frame(a['title'], main, cs), a['legacy'])
        return not_found()

    def mechanisms(self):
        return ''


# ====================================================================== site 7
class Site7:
    """Modern JS city portal: section pages are empty shells; the list comes from
    /api/v2/posts?categoryId=N&page=P&pageSize=S (JSON) named in window.__APP_CONFIG__;
    article pages /tin-tuc/<slug>-<id> are server-rendered."""
    key, ip, family = 's7', '127.0.2.7', 'JS SPA shell + JSON API /api/v2/posts?categoryId=&page= (from <script> config), SSR articles'
    name = 'Cổng thông tin điện tử thành phố Hải Cảng'
    arts = data.S7
    SECS = {'A': ('hoat-dong-lanh-dao', 'Hoạt động lãnh đạo thành phố', 5), 'B': ('kinh-te-xa-hoi', 'Kinh tế - Xã hội', 6)}
    PS = 3

    def url(self, a):
        return '/tin-tuc/%s-%d' % (a['slug'], a['id'])

    def config(self):
        return ('<script>window.__APP_CONFIG__ = %s;</script>' % json.dumps({
            'siteName': self.name, 'api': {'base': '/api/v2', 'posts': '/api/v2/posts', 'menu': '/api/v2/menu'},
            'categories': [{'id': v[2], 'slug': v[0], 'name': v[1]} for v in self.SECS.values()],
            'pageSize': self.PS}, ensure_ascii=False))

    def frame(self, title, main, extra=''):
        menu = ''.join('<a class="nav-link" href="/chuyen-muc/%s">%s</a>' % (v[0], v[1]) for v in self.SECS.values())
        feat = ''.join('<li><a href="%s">%s</a></li>' % (self.url(a), E(a['title'])) for a in self.arts if a['featured'])
        return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                '<title>%s</title><link rel="stylesheet" href="/static/css/app.3f9c2.css">%s</head>'
                '<body><div class="topbar"><span class="today" id="today">%s</span></div>'
                '<header class="site-header"><a href="/" class="brand">%s</a><nav>%s</nav></header>'
                '<div id="root">%s</div><aside class="hot"><h3>Tiêu điểm</h3><ul>%s</ul></aside>'
                '<footer>© 2026 UBND thành phố Hải Cảng</footer>%s<script src="/static/js/app.3f9c2.js" defer></script>'
                '</body></html>') % (E(title), self.config(), today_bar(), self.name, menu, main, feat, extra)

    def api_item(self, a):
        return {'id': a['id'], 'title': a['title'], 'slug': '%s-%d' % (a['slug'], a['id']), 'url': self.url(a),
                'summary': a['lead'], 'publishedAt': a['dt'] + ':00+07:00',
                'thumbnail': '/media/2026/%d_thumb.webp' % a['id']}

    JS = ('(function(){var c=window.__APP_CONFIG__;var el=document.getElementById("news-list");if(!el)return;'
          'var cat=el.getAttribute("data-category-id");var page=1;function load(){'
          'fetch(c.api.posts+"?categoryId="+cat+"&page="+page+"&pageSize="+c.pageSize).then(function(r){return r.json()})'
          '.then(function(j){j.data.forEach(function(p){var a=document.createElement("a");a.href=p.url;a.textContent=p.title;'
          'el.appendChild(a)});if(j.meta.page<j.meta.totalPages){page++;}else{document.getElementById("more").remove()}})}'
          'load();document.getElementById("more").onclick=load;})();')

    def route(self, m, path, q, body, hdr):
        if path == '/':
            items = ''.join('<article class="card"><a href="%s"><h2>%s</h2></a><time datetime="%s">%s %s</time></article>' % (
                self.url(a), E(a['title']), a['dt'] + ':00+07:00', dmy(a), hm(a)) for a in self.arts if a['featured'])
            return Resp(200, self.frame(self.name, '<section class="featured">%s</section>'
                                        '<section class="latest" id="news-list" data-category-id="0"></section>'
                                        '<button id="more">Xem thêm</button>' % items))
        if path == '/static/js/app.3f9c2.js':
            return Resp(200, self.JS, 'application/javascript; charset=utf-8')
        if path == '/static/css/app.3f9c2.css':
            return Resp(200, 'body{font-family:sans-serif}', 'text/css')
        if path == '/api/v2/menu':
            return Resp(200, json.dumps([{'title': v[1], 'href': '/chuyen-muc/' + v[0]} for v in self.SECS.values()],
                                        ensure_ascii=False), 'application/json; charset=utf-8')
        if path == '/api/v2/posts':
            try:
                cat = int(q.get('categoryId', ['0'])[0])
                page = int(q.get('page', ['1'])[0])
                ps = int(q.get('pageSize', [str(self.PS)])[0])
            except ValueError:
                return Resp(400, '{"error":"bad request"}', 'application/json')
            ps = max(1, min(ps, 20))
            if cat == 0:
                lst = newest(self.arts, 99)
            else:
                k = next((k for k, v in self.SECS.items() if v[2] == cat), None)
                lst = of_sec(self.arts, k) if k else []
            total = max(1, (len(lst) + ps - 1) // ps)
            chunk = lst[(page - 1) * ps: page * ps] if page >= 1 else []
            return Resp(200, json.dumps({'data': [self.api_item(a) for a in chunk],
                                         'meta': {'page': page, 'pageSize': ps, 'total': len(lst), 'totalPages': total}},
                                        ensure_ascii=False), 'application/json; charset=utf-8')
        for k, (slug, title, cid) in self.SECS.items():
            if path == '/chuyen-muc/' + slug:
                return Resp(200, self.frame(title, '<h1>%s</h1><section id="news-list" data-category-id="%d">'
                                            '<div class="skeleton"></div></section><button id="more">Xem thêm</button>'
                                            '<noscript>Vui lòng bật JavaScript để xem danh sách tin.</noscript>' % (title, cid)))
        for a in self.arts:
            if path == self.url(a):
                ld = json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'],
                                 'datePublished': a['dt'] + ':00+07:00', 'author': {'@type': 'Person', 'name': a['byline']}},
                                ensure_ascii=False)
                main = ('<article class="post-detail"><nav class="crumb"><a href="/">Trang chủ</a> › '
                        '<a href="/chuyen-muc/%s">%s</a></nav><h1 class="post-title">%s</h1>'
                        '<div class="post-meta"><time datetime="%s">%s %s</time> · <span class="author">%s</span></div>'
                        '<p class="post-sapo">%s</p><div class="post-body">%s<figure><img src="/media/2026/%d.webp" alt="">'
                        '<figcaption>%s</figcaption></figure>%s</div>%s<a href="%s?view=print">In bài</a></article>') % (
                    self.SECS[a['sec']][0], self.SECS[a['sec']][1], E(a['title']), a['dt'] + ':00+07:00', dmy(a), hm(a),
                    E(a['byline']), E(a['lead']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]), a['id'],
                    E(a['caption']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]),
                    share_bar('http://%s:%d%s' % (self.ip, PORT, self.url(a))), self.url(a))
                if q.get('view') == ['print']:
                    return Resp(200, '<html><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>' % (
                        E(a['title']), main))
                return Resp(200, self.frame(a['title'], main,
                                            '<script type="application/ld+json">%s</script>' % ld))
        return not_found()

    def mechanisms(self):
        return 'GET /api/v2/posts?categoryId={5,6}&page=N&pageSize=3 (JSON; endpoint and categories in window.__APP_CONFIG__)'


# ====================================================================== site 8
class Site8:
    """Commune subsite (after 1 July 2025) on a province portal path: /xa-tan-hoa-dong/...;
    section A paged by ASP.NET __doPostBack (POST with __VIEWSTATE/__EVENTTARGET), notices
    listed inside an <iframe>; slash-less section and home paths are 404."""
    key, ip, family = 's8', '127.0.2.8', 'commune subsite /<xa>/tin-tuc/<slug>-<id>.html, WebForms __doPostBack POST pager, <iframe> listing'
    name = 'Trang thông tin điện tử xã Tân Hòa Đông'
    arts = data.S8
    C = '/xa-tan-hoa-dong'
    SECS = {'A': ('hoat-dong-chinh-quyen', 'Hoạt động của HĐND - UBND xã'), 'B': ('kinh-te-van-hoa', 'Kinh tế - Văn hóa')}
    PS = 2
    TARGET = 'ctl00$MainContent$ucNewsList$rptPager$ctl%02d$lbPage'

    def url(self, a):
        return '%s/tin-tuc/%s-%d.html' % (self.C, a['slug'], a['id'])

    def frame(self, title, main, form_action=None, vs=''):
        menu = ''.join('<li><a href="%s/tin-tuc/%s/">%s</a></li>' % (self.C, v[0], v[1]) for v in self.SECS.values())
        most = ''.join('<li><a href="%s">%s</a></li>' % (self.url(a), E(a['title'])) for a in self.arts if a['id'] in (611, 597))
        fo = ('<form method="post" action="%s" id="aspnetForm"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">'
              '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">'
              '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">'
              '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">'
              '<script type="text/javascript">var theForm = document.forms[\'aspnetForm\'];\n'
              'function __doPostBack(eventTarget, eventArgument) {\n if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n'
              '  theForm.__EVENTTARGET.value = eventTarget;\n  theForm.__EVENTARGUMENT.value = eventArgument;\n  theForm.submit();\n }\n}'
              '</script>') % (form_action, vs) if form_action else '<div>'
        fc = '</form>' if form_action else '</div>'
        return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title></head><body>%s'
                '<div class="top-line"><span class="date-now">%s</span> <a href="/">Cổng TTĐT tỉnh Hòa Lâm</a></div>'
                '<div class="banner"><a href="%s/"><img src="/Uploads/xa-tan-hoa-dong/banner.png" alt="">%s</a></div>'
                '<ul class="menu"><li><a href="%s/">Trang chủ</a></li>%s<li><a href="%s/gioi-thieu/">Giới thiệu</a></li></ul>'
                '<div class="main">%s</div><div class="side"><h4>Tin nổi bật</h4><ul>%s</ul></div>'
                '<div class="footer">HĐND - UBND xã Tân Hòa Đông, tỉnh Hòa Lâm. Thiết kế bởi Trung tâm Chuyển đổi số tỉnh.</div>'
                '%s</body></html>') % (E(title), fo, today_bar(), self.C, self.name, self.C, menu, self.C, main, most, fc)

    def item(self, a, target=''):
        return ('<div class="news-row"><a href="%s"%s class="title">%s</a><div class="date">%s %s</div>'
                '<div class="brief">%s</div></div>\n') % (self.url(a), target, E(a['title']), dmy(a), hm(a), E(a['lead']))

    def route(self, m, path, q, body, hdr):
        C = self.C
        if path == '/':
            return Resp(200, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh Hòa Lâm</title>'
                        '</head><body><h1>Cổng thông tin điện tử tỉnh Hòa Lâm</h1><h2>Trang thông tin các xã, phường</h2>'
                        '<ul><li><a href="%s/">Xã Tân Hòa Đông</a></li><li><a href="/phuong-dong-hai/">Phường Đông Hải</a></li></ul>'
                        '</body></html>' % C)
        if path == '/phuong-dong-hai/':
            return Resp(200, '<html><head><meta charset="utf-8"><title>Phường Đông Hải</title></head><body>'
                        '<p>Trang đang được xây dựng.</p><a href="/">Cổng tỉnh</a></body></html>')
        if path == C + '/':
            items = ''.join(self.item(a) for a in newest(self.arts, 3, lambda a: a['sec'] in 'AB' and a['id'] in (611, 588, 597)))
            main = ('<h2>Tin mới</h2>%s<h2>Thông báo</h2><iframe src="%s/Embed/ThongBao.aspx" width="100%%" height="260" '
                    'frameborder="0" scrolling="auto" title="Thông báo"></iframe>') % (items, C)
            return Resp(200, self.frame(self.name, main))
        if path == C + '/gioi-thieu/':
            return Resp(200, self.frame('Giới thiệu', '<h1>Giới thiệu xã Tân Hòa Đông</h1><p>Xã Tân Hòa Đông được thành lập từ '
                                        'ngày 01/7/2025 trên cơ sở sắp xếp 3 xã cũ, diện tích 71,4 km², dân số 38.260 người.</p>'))
        if path == C + '/Embed/ThongBao.aspx':
            return Resp(200, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thông báo</title><base target="_parent"></head>'
                        '<body class="embed"><ul class="thong-bao">%s</ul></body></html>' % ''.join(
                            '<li>%s</li>' % self.item(a) for a in of_sec(self.arts, 'C')))
        for k, (slug, title) in self.SECS.items():
            base = '%s/tin-tuc/%s/' % (C, slug)
            if path == base:
                lst = of_sec(self.arts, k)
                n = (len(lst) + self.PS - 1) // self.PS
                page = 1
                if m == 'POST':
                    f = parse_qs(body.decode('utf-8', 'replace'))
                    t = f.get('__EVENTTARGET', [''])[0]
                    if not f.get('__VIEWSTATE'):
                        return Resp(500, '<h1>Lỗi máy chủ</h1><p>Validation of viewstate MAC failed.</p>')
                    for i in range(1, n + 1):
                        if t == self.TARGET % i:
                            page = i
                chunk = lst[(page - 1) * self.PS: page * self.PS]
                pager = '<div class="pager">' + ''.join(
                    ('<span class="current">%d</span> ' % i) if i == page else
                    '<a id="MainContent_ucNewsList_rptPager_lbPage_%d" href="javascript:__doPostBack(\'%s\',\'\')">%d</a> ' % (
                        i - 1, self.TARGET % i, i) for i in range(1, n + 1)) + '</div>' if n > 1 else ''
                vs = '/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPFgIeC18hSXRlbUNvdW50Ag%dWZGQ=' % page
                return Resp(200, self.frame(title, '<h1 class="cat-title">%s</h1>%s%s' % (
                    title, ''.join(self.item(a) for a in chunk), pager), form_action=base, vs=vs))
        for a in self.arts:
            if path == self.url(a):
                sec = self.SECS.get(a['sec'], ('thong-bao', 'Thông báo'))
                main = ('<div class="detail"><h1 class="detail-title">%s</h1><div class="detail-time">Ngày đăng: %s %s</div>'
                        '<div class="detail-sapo"><b>%s</b></div><div class="detail-content">%s'
                        '<p style="text-align:center"><img src="/Uploads/xa-tan-hoa-dong/2025/%d.jpg"></p>'
                        '<p style="text-align:center"><em>%s</em></p>%s<p style="text-align:right"><strong>%s</strong></p></div>'
                        '%s<a href="%s/in-bai-viet/%d/">In bài viết</a></div>') % (
                    E(a['title']), dmy(a), hm(a), E(a['lead']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][:2]),
                    a['id'], E(a['caption']), ''.join('<p>%s</p>' % E(p) for p in a['paras'][2:]), E(a['byline']),
                    share_bar('http://%s:%d%s' % (self.ip, PORT, self.url(a))), C, a['id'])
                return Resp(200, self.frame(a['title'], main))
            if path == '%s/in-bai-viet/%d/' % (C, a['id']):
                return Resp(200, '<html><head><meta charset="utf-8"><title>%s</title></head><body onload="print()"><h2>%s</h2>'
                            '<p>Ngày đăng: %s %s</p>%s</body></html>' % (E(a['title']), E(a['title']), dmy(a), hm(a), paras_html(a)))
        return not_found()

    def mechanisms(self):
        return ('POST %s/tin-tuc/hoat-dong-chinh-quyen/ with __EVENTTARGET=ctl00$MainContent$ucNewsList$rptPager$ctl0N$lbPage '
                '+ __VIEWSTATE (pages 2-3); <iframe> %s/Embed/ThongBao.aspx' % (self.C, self.C))


SITES = [Site1(), Site2(), Site3(), Site4(), Site5(), Site6(), Site7(), Site8()]
HOMES = {'s1': '/', 's2': '/', 's3': '/', 's4': '/', 's5': '/', 's6': '/', 's7': '/', 's8': '/xa-tan-hoa-dong/'}
NOTES = {
    's1': 'Section /chuyen-muc/hoat-dong-lanh-dao links ?page=1..2 only; its two oldest articles come only from the "Xem thêm" '
          'AJAX GET /Ajax/LoadMoreNews.ashx?catId=12&pageIndex=3&pageSize=2 (HTML fragment). Not articles: home, /chuyen-muc/*, '
          '/gioi-thieu, /tag/*.html, ?print=1 print views; the top bar shows today\'s date.',
    's2': '/ redirects (302) to /Pages/default.aspx. Older items via list-view pager ?Paged=TRUE&p_ID=..&PageFirstRow=4&View=... '
          'The most-read box links the same articles in lower case (/tin-tuc/pages/viewdetail.aspx?ItemID=N): same article, '
          'one record. Unknown ItemID answers 200 with an error box. Not articles: InBaiViet.aspx print views, TuKhoa.aspx tag pages, '
          '/van-ban/. Dates "dd/mm/yyyy h:mm SA|CH" (SA=AM, CH=PM).',
    's3': 'Views pager ?page=N is zero-based (?page=0 is page 1). <time datetime> is UTC (Z); the displayed time is local. '
          'Not articles: /taxonomy/term/N, /print/N, section views, home.',
    's4': 'Links are written with &amp; in HTML; URLs here are decoded. Blog pages via &limitstart=3/6. Print views '
          '(&tmpl=component&print=1...), com_tags pages and com_contact are not articles. Dates "Thứ năm, 06 Tháng 3 2025 09:15".',
    's5': 'Section A pages via /tabid/102/Default.aspx?mid=487&page=2; section B page 2 only via a <select onchange> pager '
          'option value. Not articles: /tabid/N/Tag/*/Default.aspx, /DesktopModules/NewsArticles/Print.aspx, login link.',
    's6': 'No charset in Content-Type; pages declare it in <meta>: even-id articles are windows-1258 with combining tone marks '
          '(normalise to NFC), the rest utf-8. Four articles are linked as /tintuc/chitiet.aspx?id=N, which 301s to an absolute '
          'slash-less URL, which 301s (relative Location) to the final /<sec>/<slug>-<id>/ URL. Slash-less sections 301 to "/". '
          'Dates shown as "Ngày dd-mm-yyyy" only. Not articles: /in-bai/N/, /tu-khoa/*/, /tin-tuc/trang-N/.',
    's7': 'Section pages are JS shells; lists come only from JSON GET /api/v2/posts?categoryId=5|6&page=N&pageSize=3 '
          '(window.__APP_CONFIG__). Only the two featured articles are linked from HTML. Not articles: /api/v2/menu, '
          '?view=print views, static assets.',
    's8': 'Commune home is /xa-tan-hoa-dong/ (slash-less paths 404). Section A pages 2-3 only by POST (__doPostBack: '
          '__EVENTTARGET=ctl00$MainContent$ucNewsList$rptPager$ctl02$lbPage / ctl03, with __VIEWSTATE). Two notices are listed '
          'only inside the <iframe> /xa-tan-hoa-dong/Embed/ThongBao.aspx. / is the province portal (out of scope), '
          '/phuong-dong-hai/ another commune (no articles). Not articles: /in-bai-viet/N/, /gioi-thieu/.',
}


def published(site, a):
    if site.key == 's6':
        return a['dt'][:10]
    return a['dt'] + ':00+07:00'


def expected():
    out = []
    for s in SITES:
        base = 'http://%s:%d' % (s.ip, PORT)
        arts = sorted(s.arts, key=lambda a: a['dt'], reverse=True)
        out.append({'site': s.key, 'home': base + HOMES[s.key], 'family': s.family,
                    'articles': [{'url': base + s.url(a), 'title': a['title'], 'published': published(s, a)} for a in arts],
                    'non_articles_note': NOTES[s.key]})
    return out


def make_handler(site):
    class H(BaseHTTPRequestHandler):
        server_version = 'Microsoft-IIS/8.5' if site.key in ('s2', 's5', 's8', 's1') else 'Apache'
        protocol_version = 'HTTP/1.1'
        sys_version = ''

        def log_message(self, *a):
            pass

        def do(self, method):
            u = urlsplit(self.path)
            q = parse_qs(u.query, keep_blank_values=True)
            n = int(self.headers.get('Content-Length') or 0)
            body = self.rfile.read(n) if n else b''
            try:
                r = site.route(method, u.path, q, body, self.headers)
            except Exception as e:  # keep serving
                r = Resp(500, 'Internal error: %s' % E(repr(e)))
            self.send_response(r.status)
            self.send_header('Content-Type', r.ctype)
            self.send_header('Content-Length', str(len(r.body)))
            for k, v in r.headers.items():
                self.send_header(k, v)
            self.end_headers()
            if method != 'HEAD':
                self.wfile.write(r.body)

        def do_GET(self):
            self.do('GET')

        def do_HEAD(self):
            self.do('HEAD')

        def do_POST(self):
            self.do('POST')
    return H


def main():
    if '--list' in sys.argv:
        for s in SITES:
            print('%s  http://%s:%d%s  %-3d articles  %s' % (s.key, s.ip, PORT, HOMES[s.key], len(s.arts), s.family))
        return
    if '--expected' in sys.argv:
        print(json.dumps(expected(), ensure_ascii=False, indent=1))
        return
    servers = []
    for s in SITES:
        srv = ThreadingHTTPServer((s.ip, PORT), make_handler(s))
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        print('serving %s on http://%s:%d%s' % (s.key, s.ip, PORT, HOMES[s.key]), flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    main()

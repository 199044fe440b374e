"""SharePoint "Trang" portals (quangninh.gov.vn, kiengiang.gov.vn and their /So/ subsites)."""

import re

from extract.platforms.base import Adapter

SHAREPOINT_TRANG = Adapter(
    name="sharepoint-trang",
    fingerprints=("#aspnetForm, form[action*='.aspx']", "a[href*='/Trang/'], a[href*='/trang/']"),
    title=(".chitiettin-title", ".news-detail-title", "h1.title"),
    date=(".chitiettin-date", ".news-detail-date"),
    lead=(".chitiettin-sapo", ".news-detail-sapo"),
    body=(".chitiettin-noidung", ".news-detail-content"),
    drop=(".ms-webpart-titleText", ".fontsize-tools", ".chitiettin-tools", ".tinlienquan"),
    listing_links=(".danhsachtin-title a", ".news-list-title a"),
    # /Trang/ChiTietTinTuc.aspx?nid=2914, /So/sotc/Trang/ChiTietTinTuc.aspx?nid=17, and
    # /Trang/ChiTietBVGioiThieu.aspx?bvid=545 (real-portals.md, "SharePoint Trang")
    article_url=re.compile(
        r"/Trang/ChiTiet\w*\.aspx\?(.*&)?(nid|ItemID|id|bvid)=\d+", re.IGNORECASE
    ),
    # /Trang/tin-tuc-su-kien.aspx?Page=2, sections chosen by ?Cat=82 (real-portals.md)
    listing_url=re.compile(r"/Trang/[^/?]+\.aspx(\?((Cat|Page)=\d+&?)+)?$", re.IGNORECASE),
)

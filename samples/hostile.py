"""Hostile pages, seeded: a portal-like site whose home page links to pages and files built to
hurt a crawler (huge, deeply nested, bombs, lies about their type or charset, scripts, endless
redirects and bodies, links off the portal and to local files, traps), served on loopback with
an access log, beside a host off the portal that counts every request made to it."""

from __future__ import annotations

import gzip
import io
import random
import socket
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image
from pypdf import PdfWriter

# Loopback addresses of the hostile portal and of the host off the portal (no other test or
# sample uses them)
PORTAL_ADDRESS = "127.0.4.1"
ELSEWHERE_ADDRESS = "127.0.4.2"
# Addresses a crawl must never reach: the cloud metadata service and a private network
METADATA_URL = "http://169.254.169.254/latest/meta-data/"
PRIVATE_URL = "http://10.0.0.1/"
# Text of the local file articles link to (file:///…), which must never reach the archive
SECRET = "TEP-BI-MAT-TREN-MAY-CHU-7f3a"
# Seconds past which the slow pages answer: beyond the bench's download timeout
SLOW_SECONDS = 8.0
# Most bytes an endless body sends before the server gives up on a client that never stops
ENDLESS_MAX_BYTES = 300 * 1024 * 1024
# A route key ending so answers every path that starts with the rest (traps, endless redirects)
PREFIX = "*"
HTML = "text/html; charset=utf-8"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Sentences of an ordinary meeting report, written for these tests (names and numbers invented)
PROSE = (
    "Chiều ngày 14/7, Ủy ban nhân dân huyện Thạch Lâm tổ chức phiên họp thường kỳ tháng 7 để "
    "đánh giá tình hình kinh tế - xã hội sáu tháng đầu năm.",
    "Chủ tịch UBND huyện Trần Văn Khải chủ trì phiên họp; dự họp có các Phó Chủ tịch và lãnh "
    "đạo các phòng, ban chuyên môn.",
    "Tổng thu ngân sách trên địa bàn ước đạt 412,6 tỷ đồng, bằng 58% dự toán năm.",
    "Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh giải ngân vốn đầu tư công trước ngày 30/9.",
)


@dataclass(frozen=True)
class Answer:
    """What the portal sends for one path: status, headers and body, and how it sends them
    (plain; slow: after SLOW_SECONDS; trickle: a byte a second; endless: chunks that never
    end; endless_slow; reset: no answer at all; short: a Content-Length the body never
    reaches; headers_forever: headers that never end)."""

    body: bytes | Callable[[], bytes] = b""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", HTML),)
    how: str = "plain"

    @cached_property
    def bytes(self) -> bytes:
        """The body, built the first time it is asked for when it is too large to keep."""
        return self.body() if callable(self.body) else self.body


Route = Answer | Callable[[str], Answer]


@dataclass
class HostileSite:
    """The portal's answers by path (a path ending in PREFIX answers every path below it), and
    the kind of hostile page each linked path is."""

    routes: dict[str, Route] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    def answer(self, path: str) -> Answer | None:
        """The answer for a request path (with its query), fixed or made by a prefix route."""
        route = self.routes.get(path)
        if route is None:
            route = next(
                (
                    r
                    for p, r in self.routes.items()
                    if p.endswith(PREFIX) and path.startswith(p[:-1])
                ),
                None,
            )
        return route(path) if callable(route) else route

    def kind_of(self, path: str) -> str:
        """The kind of hostile page a path belongs to (its files and traps below it too), or
        "home"."""
        return next(
            (k for p, k in self.kinds.items() if path.startswith(p.removesuffix(".html"))), "home"
        )


@dataclass(frozen=True)
class Context:
    """What the pages of one build point at (the host off the portal, the local file), the
    page's number (so that no two pages point at the same place) and its random generator."""

    n: int
    elsewhere: str
    secret: Path
    rng: random.Random


def article(title: str, body: str = "", head: str = "", tail: str = "") -> str:
    """An article page of a portal of no known family: title, date, prose, then body."""
    prose = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
        f'{head}</head><body><header class="header"><div class="logo">Cổng thông tin điện tử '
        'huyện Thạch Lâm</div></header><main><article><h1 class="title">'
        f'{title}</h1><div class="date">Ngày đăng: 15/07/2025</div><div class="content">'
        f"{prose}{body}</div></article></main>{tail}</body></html>"
    )


def page(title: str, body: str, **kwargs) -> Answer:
    """An HTML answer of an article page."""
    return Answer(article(title, body).encode("utf-8"), **kwargs)


def html_bytes(text: str) -> bytes:
    return text.encode("utf-8")


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6)


def zip_of(members: dict[str, bytes | int]) -> bytes:
    """A zip of members, each given as bytes or as a count of zero bytes (written a megabyte at a
    time, so that a bomb costs little memory to build)."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
                continue
            with archive.open(name, "w", force_zip64=True) as member:
                for _ in range(content // 2**20):
                    member.write(bytes(2**20))
    return data.getvalue()


def docx_of(xml: bytes) -> bytes:
    """A minimal .docx whose document is xml."""
    return zip_of(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxml'
            b'formats.org/package/2006/content-types"><Default Extension="xml" ContentType='
            b'"application/xml"/></Types>',
            "word/document.xml": xml,
        }
    )


def pdf_of(pages: int, width: float = 595, height: float = 842) -> bytes:
    """A PDF of blank pages of a size in points (A4 by default)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width, height)
    data = io.BytesIO()
    writer.write(data)
    return data.getvalue()


def png_of(width: int, height: int) -> bytes:
    """A black-and-white PNG of width × height pixels (a bomb compresses to a few kilobytes)."""
    data = io.BytesIO()
    Image.new("1", (width, height)).save(data, "PNG", optimize=True)
    return data.getvalue()


def pdf_with_image(image_side: int) -> bytes:
    """A scanned-looking PDF: one page that is one huge image (no text layer)."""
    image = Image.new("1", (image_side, image_side))
    data = io.BytesIO()
    image.save(data, "PDF")
    return data.getvalue()


def nested(tag: str, depth: int) -> str:
    return f"<{tag}>" * depth + "sâu" + f"</{tag}>" * depth


# Each kind builds its pages: (path → answer) with path the page the home page links to first;
# kinds take the context and the kind's own random generator
Kind = Callable[[Context, str], dict[str, Answer]]
KINDS: dict[str, Kind] = {}


def kind(name: str) -> Callable[[Kind], Kind]:
    """Registers a kind of hostile page under a name."""

    def register(make: Kind) -> Kind:
        KINDS[name] = make
        return make

    return register


def attach(ctx: Context, path: str, title: str, files: dict[str, Answer], links: str = "") -> dict:
    """An article at path with attachments (file name → answer) beside it, and extra links."""
    folder = path.removesuffix(".html")
    anchors = "".join(f'<a href="{folder}/{name}">Tệp đính kèm {name}</a>' for name in files)
    routes = {path: page(title, anchors + links)}
    routes.update({f"{folder}/{name}": answer for name, answer in files.items()})
    return routes


# --- size and structure -------------------------------------------------------------------
@kind("huge_page")
def _(ctx: Context, path: str) -> dict:
    size = ctx.rng.randint(7, 9) * 2**20  # bytes, under the crawl's 10 MB download limit
    filler = "<p>" + "Nội dung rất dài. " * 40 + "</p>"
    count = size // len(filler.encode())
    return {path: Answer(lambda: article("Trang rất lớn", filler * count).encode())}


@kind("over_download_maxsize")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Quá cỡ", "<p>x</p>" * (12 * 2**20 // 8)).encode())}


@kind("million_elements")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Một triệu phần tử", "<i></i>" * 1_000_000).encode())}


@kind("nested_divs")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Lồng sâu", nested("div", 100_000)).encode())}


@kind("nested_tables")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Bảng lồng", "<table><tr><td>" * 30_000).encode())}


@kind("nested_inline")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Chữ đậm lồng", nested("b", 100_000)).encode())}


@kind("unclosed_divs")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Thẻ không đóng", "<div><p>mở" * 60_000).encode())}


@kind("entity_bomb")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Thực thể", "&amp;&#x1F600;&lt;" * 400_000).encode())}


@kind("xml_entity_bomb")
def _(ctx: Context, path: str) -> dict:
    lol = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    body = f'<?xml version="1.0"?><!DOCTYPE html [{lol}]><html><body>&j;</body></html>'
    return {path: Answer(html_bytes(body))}


@kind("long_word")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Một từ dài", "<p>" + "a" * 5_000_000 + "</p>").encode())}


@kind("many_attributes")
def _(ctx: Context, path: str) -> dict:
    attributes = " ".join(f"data-a{i}='{i}'" for i in range(100_000))
    return {path: Answer(lambda: article("Thuộc tính", f"<p {attributes}>x</p>").encode())}


@kind("huge_title")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: article("Tiêu đề " * 200_000).encode())}


@kind("unterminated_comment")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(lambda: ("<html><body><!--" + "bình luận " * 300_000).encode())}


@kind("null_bytes")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(article("Byte rỗng\0", "<p>a\0b\0c</p>" * 1000).encode())}


@kind("many_fragment_links")
def _(ctx: Context, path: str) -> dict:
    links = "".join(f'<a href="#muc-{i}">Mục {i}</a>' for i in range(20_000))
    return {path: page("Nhiều liên kết", links)}


@kind("link_bomb")
def _(ctx: Context, path: str) -> dict:
    folder = path.removesuffix(".html")
    links = "".join(f'<a href="{folder}/trang-{i}">Trang {i}</a>' for i in range(20_000))
    listing = Answer(html_bytes(f"<html><head><title>Mục lục</title></head><body>{links}</body>"))
    leaf = Answer(html_bytes("<html><head><title>Trang con</title></head><body></body></html>"))
    return {path: listing, folder + "/" + PREFIX: lambda p: leaf}


@kind("many_images")
def _(ctx: Context, path: str) -> dict:
    images = "".join(f'<img src="/anh/{i}.jpg" alt="Ảnh {i}">' for i in range(20_000))
    return {path: page("Nhiều ảnh", images)}


# --- encodings and content types ------------------------------------------------------------
@kind("truncated_html")
def _(ctx: Context, path: str) -> dict:
    full = article("Bị cắt", "<p>nội dung</p>" * 50).encode()
    return {path: Answer(full[: len(full) // 2 + ctx.rng.randint(0, 40)])}


@kind("truncated_gzip")
def _(ctx: Context, path: str) -> dict:
    body = gzipped(article("Gzip bị cắt").encode())
    headers = (("Content-Type", HTML), ("Content-Encoding", "gzip"))
    return {path: Answer(body[: len(body) // 2], headers=headers)}


@kind("gzip_bomb")
def _(ctx: Context, path: str) -> dict:
    # 1 GiB of zeros as 1 024 gzip members of a megabyte each, about a megabyte on the wire
    member = gzip.compress(bytes(2**20), compresslevel=9)
    headers = (("Content-Type", HTML), ("Content-Encoding", "gzip"))
    return {path: Answer(lambda: member * 1024, headers=headers)}


@kind("wrong_content_encoding")
def _(ctx: Context, path: str) -> dict:
    headers = (("Content-Type", HTML), ("Content-Encoding", "br"))
    return {path: Answer(ctx.rng.randbytes(4096), headers=headers)}


@kind("no_content_type")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Không có kiểu", "", headers=())}


@kind("html_as_image")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Kiểu sai", "", headers=(("Content-Type", "image/png"),))}


@kind("html_as_pdf")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Kiểu PDF", "", headers=(("Content-Type", PDF),))}


@kind("html_as_octet_stream")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Nhị phân", "", headers=(("Content-Type", "application/octet-stream"),))}


@kind("image_as_page")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(png_of(64, 64), headers=(("Content-Type", "image/png"),))}


@kind("latin1_declared_utf8_body")
def _(ctx: Context, path: str) -> dict:
    return {
        path: page("Sai bảng mã", "", headers=(("Content-Type", "text/html; charset=latin-1"),))
    }


@kind("unknown_charset")
def _(ctx: Context, path: str) -> dict:
    headers = (("Content-Type", "text/html; charset=x-khong-ton-tai"),)
    return {path: page("Bảng mã lạ", "", headers=headers)}


@kind("utf8_declared_cp1258_body")
def _(ctx: Context, path: str) -> dict:
    body = article("Tiêu đề cp1258", "").replace('charset="utf-8"', "")
    return {path: Answer(body.encode("cp1258", errors="replace"))}


@kind("utf16_no_bom")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(article("UTF-16", "").encode("utf-16-le"))}


@kind("binary_garbage_as_html")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(ctx.rng.randbytes(ctx.rng.randint(1000, 200_000)))}


@kind("empty_body")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(b"")}


@kind("whitespace_only")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(b" \n\t" * 10_000)}


@kind("invalid_utf8")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(article("Lỗi UTF-8", "<p>\udcff</p>").encode("utf-8", "surrogateescape"))}


@kind("bom_then_garbage")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(b"\xef\xbb\xbf" + ctx.rng.randbytes(5000))}


# --- scripts in the text ---------------------------------------------------------------------
@kind("script_in_title")
def _(ctx: Context, path: str) -> dict:
    return {path: page("<script>alert('tieu de')</script>Họp UBND", "")}


@kind("onerror_in_text")
def _(ctx: Context, path: str) -> dict:
    body = '<p>Ảnh <img src=x onerror="alert(1)"> và &lt;script&gt;alert(2)&lt;/script&gt;</p>'
    return {path: page("Ảnh lỗi", body)}


@kind("javascript_links")
def _(ctx: Context, path: str) -> dict:
    body = '<a href="javascript:alert(1)">Xem</a><a href="JaVaScRiPt:void(0)">In</a>'
    return {path: page("Liên kết script", body)}


@kind("svg_script")
def _(ctx: Context, path: str) -> dict:
    return {path: page("SVG", "<svg><script>alert(1)</script><text>chữ</text></svg>")}


@kind("iframe_srcdoc")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Khung", '<iframe srcdoc="<script>alert(1)</script>"></iframe>')}


# --- redirects and links off the portal -------------------------------------------------------
def redirect(target: str, status: int = 302) -> Answer:
    return Answer(b"", status=status, headers=(("Location", target),))


def refresh(target: str) -> Answer:
    head = f'<meta http-equiv="refresh" content="0; url={target}">'
    return Answer(html_bytes(f"<html><head>{head}</head><body></body></html>"))


@kind("endless_redirect")
def _(ctx: Context, path: str) -> dict:
    return {path + PREFIX: lambda p: redirect(p + "/1")}


@kind("redirect_loop")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect(path + "-b"), path + "-b": redirect(path)}


@kind("redirect_off_portal")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect(f"{ctx.elsewhere}/trang-ngoai-{ctx.n}")}


@kind("redirect_to_metadata")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect(f"{METADATA_URL}?p={ctx.n}")}


@kind("redirect_to_private")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect(f"{PRIVATE_URL}?p={ctx.n}", status=301)}


@kind("redirect_to_file")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect(ctx.secret.as_uri())}


@kind("redirect_to_data")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect("data:text/html,<p>du lieu</p>", status=307)}


@kind("redirect_to_localhost_name")
def _(ctx: Context, path: str) -> dict:
    return {path: redirect("http://localhost:22/")}


@kind("meta_refresh_off_portal")
def _(ctx: Context, path: str) -> dict:
    return {path: refresh(f"{ctx.elsewhere}/lam-moi-{ctx.n}")}


@kind("meta_refresh_to_metadata")
def _(ctx: Context, path: str) -> dict:
    return {path: refresh(f"{METADATA_URL}?p={ctx.n}")}


@kind("meta_refresh_to_private")
def _(ctx: Context, path: str) -> dict:
    return {path: refresh(f"{PRIVATE_URL}?p={ctx.n}")}


@kind("meta_refresh_to_file")
def _(ctx: Context, path: str) -> dict:
    return {path: refresh(ctx.secret.as_uri())}


@kind("file_link_attachment")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Tệp cục bộ", f'<a href="{ctx.secret.as_uri()}">Tệp đính kèm</a>')}


@kind("data_link_attachment")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Dữ liệu", '<a href="data:application/pdf;base64,JVBERi0=">Tải.pdf</a>')}


@kind("attachment_other_host")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Ngoài cổng", f'<a href="{ctx.elsewhere}/van-ban-{ctx.n}.pdf">Văn bản</a>')}


@kind("attachment_private_address")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Mạng riêng", f'<a href="{PRIVATE_URL}bao-cao-{ctx.n}.pdf">Báo cáo</a>')}


@kind("attachment_metadata")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Siêu dữ liệu", f'<embed src="{METADATA_URL}tep-{ctx.n}.pdf">')}


@kind("link_other_host")
def _(ctx: Context, path: str) -> dict:
    link = f'<a href="{ctx.elsewhere}/tin-khac-{ctx.n}.html">Tin khác</a>'
    return {path: page("Liên kết ngoài", link)}


@kind("ftp_link")
def _(ctx: Context, path: str) -> dict:
    return {path: page("FTP", '<a href="ftp://127.0.4.1/van-ban.pdf">Văn bản FTP</a>')}


# --- attachments ---------------------------------------------------------------------------
@kind("docx_bomb")
def _(ctx: Context, path: str) -> dict:
    bomb = Answer(
        lambda: zip_of({"word/document.xml": 300 * 2**20}), headers=(("Content-Type", DOCX),)
    )
    return attach(ctx, path, "Bom docx", {"bom.docx": bomb})


@kind("zip_many_members")
def _(ctx: Context, path: str) -> dict:
    members = {f"word/m{i}.xml": b"<w/>" for i in range(20_000)}
    answer = Answer(zip_of(members), headers=(("Content-Type", DOCX),))
    return attach(ctx, path, "Nhiều thành phần", {"nhieu.docx": answer})


@kind("docx_entity_bomb")
def _(ctx: Context, path: str) -> dict:
    lol = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE d [{lol}]><d>&j;</d>'.encode()
    return attach(ctx, path, "Bom thực thể", {"thuc-the.docx": Answer(docx_of(xml))})


@kind("docx_not_a_zip")
def _(ctx: Context, path: str) -> dict:
    return attach(ctx, path, "Docx hỏng", {"hong.docx": Answer(ctx.rng.randbytes(3000))})


@kind("huge_pdf")
def _(ctx: Context, path: str) -> dict:
    answer = Answer(lambda: pdf_of(5000), headers=(("Content-Type", PDF),))
    return attach(ctx, path, "PDF nhiều trang", {"nhieu-trang.pdf": answer})


@kind("pdf_huge_page")
def _(ctx: Context, path: str) -> dict:
    answer = Answer(pdf_of(1, 14_400, 14_400), headers=(("Content-Type", PDF),))
    return attach(ctx, path, "Trang PDF khổng lồ", {"kho-lon.pdf": answer})


@kind("pdf_image_bomb")
def _(ctx: Context, path: str) -> dict:
    answer = Answer(lambda: pdf_with_image(20_000), headers=(("Content-Type", PDF),))
    return attach(ctx, path, "Ảnh quét khổng lồ", {"quet.pdf": answer})


@kind("pdf_truncated")
def _(ctx: Context, path: str) -> dict:
    whole = pdf_of(3)
    answer = Answer(whole[: len(whole) // 2], headers=(("Content-Type", PDF),))
    return attach(ctx, path, "PDF bị cắt", {"bi-cat.pdf": answer})


@kind("pdf_garbage")
def _(ctx: Context, path: str) -> dict:
    answer = Answer(b"%PDF-1.7\n" + ctx.rng.randbytes(20_000), headers=(("Content-Type", PDF),))
    return attach(ctx, path, "PDF rác", {"rac.pdf": answer})


@kind("attachment_over_maxsize")
def _(ctx: Context, path: str) -> dict:
    answer = Answer(lambda: b"%PDF-1.4\n" + bytes(25 * 2**20), headers=(("Content-Type", PDF),))
    return attach(ctx, path, "Tệp quá lớn", {"qua-lon.pdf": answer})


@kind("attachments_300")
def _(ctx: Context, path: str) -> dict:
    small = Answer(pdf_of(1), headers=(("Content-Type", PDF),))
    return attach(ctx, path, "Ba trăm tệp", {f"tep-{i}.pdf": small for i in range(300)})


@kind("attachment_missing")
def _(ctx: Context, path: str) -> dict:
    folder = path.removesuffix(".html")
    return {path: page("Tệp mất", f'<a href="{folder}/khong-co.pdf">Tệp đính kèm</a>')}


@kind("attachment_slow")
def _(ctx: Context, path: str) -> dict:
    answer = Answer(pdf_of(1), headers=(("Content-Type", PDF),), how="slow")
    return attach(ctx, path, "Tệp chậm", {"cham.pdf": answer})


# --- time -------------------------------------------------------------------------------------
@kind("slow_response")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Chậm", "", how="slow")}


@kind("trickle")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Nhỏ giọt", "", how="trickle")}


@kind("chunked_endless")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer("<p>mãi mãi</p>".encode(), how="endless")}


@kind("chunked_endless_slow")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(b"<p>", how="endless_slow")}


@kind("headers_forever")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(b"", how="headers_forever")}


@kind("connection_reset")
def _(ctx: Context, path: str) -> dict:
    return {path: Answer(b"", how="reset")}


@kind("content_length_lies")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Độ dài sai", "", how="short")}


@kind("server_error")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Lỗi", "", status=500)}


@kind("odd_status")
def _(ctx: Context, path: str) -> dict:
    return {path: page("Mã lạ", "", status=299)}


@kind("huge_headers")
def _(ctx: Context, path: str) -> dict:
    cookies = tuple(("Set-Cookie", f"c{i}={'x' * 4000}") for i in range(40))
    return {path: page("Tiêu đề lớn", "", headers=(("Content-Type", HTML), *cookies))}


# --- traps ------------------------------------------------------------------------------------
def trap(title: str, next_path: Callable[[str], str]) -> Callable[[str], Answer]:
    """Pages that each link to one more: an endless walk (the route is a prefix)."""

    def make(path: str) -> Answer:
        link = f'<a href="{next_path(path)}">Trang tiếp theo của mục này</a>'
        return Answer(
            html_bytes(f"<html><head><title>{title}</title></head><body>{link}</body></html>")
        )

    return make


def next_number(path: str, name: str) -> str:
    """The path with its query parameter name one higher: "/lich?d=3" -> "/lich?d=4"."""
    base, _, query = path.partition("?")
    number = int(query.rpartition("=")[2]) if query.startswith(f"{name}=") else 0
    return f"{base}?{name}={number + 1}"


@kind("calendar_trap")
def _(ctx: Context, path: str) -> dict:
    return {path + PREFIX: trap("Lịch sự kiện", lambda p: next_number(p, "d"))}


@kind("pagination_trap")
def _(ctx: Context, path: str) -> dict:
    return {path + PREFIX: trap("Tin tức", lambda p: next_number(p, "page"))}


# Pages of the listing below whose items are the portal's articles; past them the listing
# still answers, with no item and a "next page" link, forever
LISTED_PAGES = 2
ITEMS_PER_PAGE = 2


def listing_page(path: str, number: int) -> Answer:
    """Page `number` of a listing at path: ITEMS_PER_PAGE dated article links while there are
    articles (LISTED_PAGES pages), none after, and always a link to the next page."""
    base = path.removesuffix(".html")
    items = "".join(
        f'<li><a href="{base}/bai-{number}-{i}.html">Thông báo kết quả phiên họp số {number}.{i}'
        f"</a> <span>1{i}/07/2025</span></li>"
        for i in range(1, ITEMS_PER_PAGE + 1)
        if number <= LISTED_PAGES
    )
    body = (
        f"<ul class='news'>{items}</ul><div class='pagination'>"
        f'<a href="{path}?page={number + 1}">Trang sau</a></div>'
    )
    return Answer(
        html_bytes(f"<html><head><title>Tin tức</title></head><body>{body}</body></html>")
    )


@kind("listing_past_end")
def _(ctx: Context, path: str) -> dict:
    def answer(asked: str) -> Answer:
        if asked.startswith(path.removesuffix(".html") + "/bai-"):
            return page(f"Thông báo kết quả phiên họp {asked.rsplit('/', 1)[-1]}", "")
        number = asked.partition("?page=")[2]
        return listing_page(path, int(number) if number.isdigit() else 1)

    return {path.removesuffix(".html") + PREFIX: answer}


@kind("path_trap")
def _(ctx: Context, path: str) -> dict:
    return {path + PREFIX: trap("Thư mục", lambda p: p.split("?")[0].rstrip("/") + "/con/")}


@kind("session_trap")
def _(ctx: Context, path: str) -> dict:
    rng = random.Random(ctx.rng.random())
    return {path + PREFIX: trap("Phiên", lambda p: f"{p.split('?')[0]}?s={rng.randrange(10**9)}")}


# --- the site -------------------------------------------------------------------------------
def home_page(paths: dict[str, str]) -> bytes:
    """The portal's home page: one headline link to each hostile page."""
    links = "".join(
        f'<li><a href="{path}">Tin {n}: thông báo kết quả phiên họp ({kind})</a></li>'
        for n, (path, kind) in enumerate(paths.items(), start=1)
    )
    return html_bytes(
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Trang chủ - Cổng "
        "thông tin điện tử huyện Thạch Lâm</title></head><body><header class='header'>Cổng "
        f"thông tin điện tử huyện Thạch Lâm</header><ul class='news'>{links}</ul></body></html>"
    )


def build(
    seed: int, pages: int, elsewhere: str, secret: Path, kinds: list[str] | None = None
) -> HostileSite:
    """A hostile site of `pages` pages, going through the kinds (all of them by default) in
    turn, each page's variations drawn from a generator seeded by seed and its number."""
    chosen = kinds or list(KINDS)
    site = HostileSite()
    linked: dict[str, str] = {}
    for number in range(pages):
        name = chosen[number % len(chosen)]
        path = f"/tin-tuc/{name.replace('_', '-')}-{number}.html"
        ctx = Context(number, elsewhere, secret, random.Random(f"{seed}:{number}"))
        site.routes.update(KINDS[name](ctx, path))
        site.kinds[path] = name
        linked[path] = name
    site.routes["/"] = Answer(home_page(linked))
    return site


class HostileHandler(BaseHTTPRequestHandler):
    """Answers from a HostileSite, each request logged (path, status) as it arrives."""

    protocol_version = "HTTP/1.1"
    server_version = "Apache"
    sys_version = ""
    site: HostileSite
    log: list[tuple[str, int]]
    lock: threading.Lock

    def do_GET(self) -> None:  # noqa: N802 (the name http.server dispatches to)
        answer = self.site.answer(self.path)
        with self.lock:
            self.log.append((self.path, answer.status if answer else 404))
        if answer is None:
            self.send_error(404)
            return
        try:
            self.send(answer)
        except OSError:  # the crawler gave up on it (timeout, too large): as intended
            self.close_connection = True

    def send(self, answer: Answer) -> None:
        """Sends an answer the way it says."""
        if answer.how == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")
            self.close_connection = True
            return
        if answer.how == "slow":
            time.sleep(SLOW_SECONDS)
        body = answer.bytes
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        if answer.how == "headers_forever":
            for n in range(int(SLOW_SECONDS * 4)):
                self.send_header(f"X-Header-{n}", "x" * 100)
                self.wfile.flush()
                time.sleep(0.5)
            return
        if answer.how in ("endless", "endless_slow"):
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.endless(answer.body if isinstance(answer.body, bytes) else b"x", answer.how)
            return
        length = len(body) * 2 if answer.how == "short" else len(body)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if answer.how == "trickle":
            for byte in body[: int(SLOW_SECONDS * 2)]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1)
            self.close_connection = True
            return
        self.wfile.write(body)
        if answer.how == "short":
            self.close_connection = True

    def endless(self, chunk: bytes, how: str) -> None:
        """Chunks that never end (until ENDLESS_MAX_BYTES), fast or a few bytes a second."""
        data = chunk * (65536 // len(chunk) + 1) if how == "endless" else chunk
        sent = 0
        while sent < ENDLESS_MAX_BYTES:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()
            sent += len(data)
            if how == "endless_slow":
                time.sleep(0.5)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        """Quiet: the access log is self.log."""


class CountingHandler(BaseHTTPRequestHandler):
    """The host off the portal: answers everything with a small PDF, counting each request."""

    hits: list[str]

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(self.path)
        body = b"%PDF-1.4 off the portal"
        self.send_response(200)
        self.send_header("Content-Type", PDF)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Quiet."""


@dataclass
class Served:
    """A hostile site being served: its URLs, the portal's access log and the hits off it."""

    site: HostileSite
    portal: str
    elsewhere: str
    log: list[tuple[str, int]]
    hits: list[str]


class QuietServer(ThreadingHTTPServer):
    """A threading HTTP server that does not print the connections a crawler dropped."""

    daemon_threads = True
    # Connections waiting to be accepted: a crawler's bursts must not be refused (a refused
    # connection is a request the portal never logs, which the bench counts as one off it)
    request_queue_size = 256

    def handle_error(self, request, client_address) -> None:
        """Quiet: a crawler hanging up on an endless or slow answer is what is meant to happen."""


def serve(server: ThreadingHTTPServer) -> None:
    threading.Thread(target=server.serve_forever, daemon=True).start()


@contextmanager
def serve_hostile(
    seed: int, pages: int, secret: Path, kinds: list[str] | None = None
) -> Iterator[Served]:
    """Builds and serves a hostile site on PORTAL_ADDRESS and the host off it on
    ELSEWHERE_ADDRESS (free ports) until the block ends."""
    hits: list[str] = []
    off = QuietServer((ELSEWHERE_ADDRESS, 0), type("Off", (CountingHandler,), {"hits": hits}))
    serve(off)
    elsewhere = f"http://{ELSEWHERE_ADDRESS}:{off.server_address[1]}"
    site = build(seed, pages, elsewhere, secret, kinds)
    log: list[tuple[str, int]] = []
    handler = type(
        "Portal", (HostileHandler,), {"site": site, "log": log, "lock": threading.Lock()}
    )
    portal = QuietServer((PORTAL_ADDRESS, 0), handler)
    serve(portal)
    try:
        yield Served(
            site, f"http://{PORTAL_ADDRESS}:{portal.server_address[1]}/", elsewhere, log, hits
        )
    finally:
        for server in (portal, off):
            server.shutdown()
            server.server_close()

"""The project's Datasette plugin: fold(), fts_query() (and its parts) in SQL, Vietnamese
numbers and highlighted snippets on pages, links to the archived copies, and CSV that Excel
reads."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

from extract.fold import fold
from publish.numbers import vn_number
from publish.response_cache import ArchiveVersion, ResponseCache
from publish.snippets import MARK_END, MARK_START, search_terms, snippet

# The plugin's name in metadata.yml's plugins section
PLUGIN = "vn-meetings-archive"
# Where pywb replays the WARC captures (`make serve` starts it on its own port, so captured
# pages never run their scripts in the archive's origin); REPLAY_URL overrides it
DEFAULT_REPLAY_URL = "http://127.0.0.1:8081/archive/"
# Columns shown as numbers in the unit of the row's `unit` column
NUMBER_COLUMNS = {"value", "total", "value_max"}
# Columns of query results that hold a row's id in another table, shown as links to its page
ROW_LINKS = {"article_id": "articles", "meeting_id": "meetings", "attachment_id": "attachments"}
# The largest string or blob a query may make (randomblob(1e9) fails instead of taking 1 GB);
# the longest text in the archive is far below it
MAX_VALUE_BYTES = 32 * 1024 * 1024
# How much of a database file SQLite reads through memory mapping rather than a read call per
# page: an article's columns lie after its long text, and a facet or a join reads many of them
MMAP_BYTES = 2**31
# Requests worked on at once, and how long the others wait their turn (metadata.yml can set
# max_concurrent and max_wait_seconds); what a request that waited too long is told
MAX_CONCURRENT, MAX_WAIT_SECONDS = 8, 10.0
# Answers kept for repeated requests (metadata.yml's cache_mb sets the total, 0 turns it off),
# and the largest one kept: a page of a thousand rows is about 1.5 MB
CACHE_MB, CACHE_ENTRY_BYTES = 64, 4 * 1024 * 1024
BUSY = "Máy chủ đang bận, xin thử lại sau ít giây · The server is busy, retry in a few seconds\n"
# Where a table's order comes from in its metadata
SORT_KEYS = ("sort", "sort_desc")
# Byte order mark that makes Excel read a CSV file as UTF-8
UTF8_BOM = "\ufeff".encode()


def fold_key(text: str | None) -> str | None:
    """The key fold() compares text by: no accents, lower case, single spaces (" Kiên  Giang"
    -> "kien giang")."""
    return None if text is None else " ".join(fold(str(text)).split())


def fts_query(text: str | None) -> str:
    """What a reader typed as a safe FTS5 query of folded terms. Words alone find the texts
    with all of them, those with the words together first: kiem diem -> '"kiem diem" OR
    ("kiem" "diem")'; quoted phrases must appear as typed; nothing typed matches nothing."""
    together, apart = fts_phrase(text), fts_words_apart(text)
    return together if apart == NO_MATCH else f"{together} OR ({apart})"


# An FTS5 query that matches nothing
NO_MATCH = '""'


def loose_words(text: str | None) -> list[str]:
    """The folded words of what a reader typed when they are words alone, more than one and
    unquoted ("Kiểm điểm" -> ["kiem", "diem"]); [] otherwise."""
    terms = search_terms(text)
    return terms if len(terms) > 1 and '"' not in (text or "") else []


def fts_phrase(text: str | None) -> str:
    """The part of fts_query() that finds what a reader typed best: words alone together
    (kiem diem -> '"kiem diem"'), quoted phrases and single words as fts_query()."""
    words = loose_words(text)
    if words:
        return f'"{" ".join(words)}"'
    return " ".join(f'"{term}"' for term in search_terms(text)) or NO_MATCH


def fts_words_apart(text: str | None) -> str:
    """The rest of fts_query(): words alone each anywhere (kiem diem -> '"kiem" "diem"'),
    NO_MATCH when fts_phrase() is all of it (one word, quoted phrases)."""
    return " ".join(f'"{word}"' for word in loose_words(text)) or NO_MATCH


def capture_timestamp(fetched_at: str | None) -> str:
    """A capture's time as a replay URL gives it (UTC, 14 digits): "2021-07-07T10:00:00+07:00"
    -> "20210707030000"."""
    if not fetched_at:
        return ""
    return datetime.fromisoformat(fetched_at).astimezone(UTC).strftime("%Y%m%d%H%M%S")


def replay_url(datasette, url: str, fetched_at: str | None = None) -> str:
    """The address of the archived copy of url, as captured at fetched_at."""
    config = datasette.plugin_config(PLUGIN) or {}
    base = config.get("replay_url") or DEFAULT_REPLAY_URL
    return f"{base.rstrip('/')}/{capture_timestamp(fetched_at)}/{url}"


def highlighted(snippet: str) -> Markup:
    """A snippet() as HTML: its text escaped, its matches in <mark>."""
    text = str(escape(snippet))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def paragraphs(text: str | None) -> list[str]:
    """The paragraphs of a stored text (one a line), without empty ones."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@hookimpl
def prepare_connection(conn):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute(f"pragma mmap_size = {MMAP_BYTES}")
    conn.create_function("fold", 1, fold_key, deterministic=True)
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("fts_phrase", 1, fts_phrase, deterministic=True)
    conn.create_function("fts_words_apart", 1, fts_words_apart, deterministic=True)
    conn.create_function("search_snippet", -1, snippet, deterministic=True)


def honour_metadata_fts(datasette, database) -> None:
    """Makes database.fts_table(table) give the table's fts_table from metadata.yml first, as
    Datasette's table page does, and detect_fts's answer otherwise."""
    detect = database.fts_table

    async def fts_table(table: str) -> str | None:
        declared = (datasette.table_metadata(database.name, table) or {}).get("fts_table")
        return declared or await detect(table)

    database.fts_table = fts_table


@hookimpl
def startup(datasette):
    # Datasette's index page and datasette-search-all list a table as searchable only when
    # detect_fts finds an index written `content="table"`; articles_fts holds its own text
    # (with a folded copy and the attachments' text that articles has no column for), so it is
    # declared in metadata.yml (fts_table), which only the table page read
    for database in datasette.databases.values():
        honour_metadata_fts(datasette, database)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column == "snippet" and isinstance(value, str):
        return highlighted(value)
    keys = row.keys() if hasattr(row, "keys") else ()
    if column in NUMBER_COLUMNS and isinstance(value, int | float) and "unit" in keys:
        return vn_number(value, row["unit"])
    if table is None and column in ROW_LINKS and isinstance(value, int):
        href = datasette.urls.row(database, ROW_LINKS[column], str(value))
        return Markup(f'<a href="{escape(href)}">{value}</a>')
    if table is None and column == "title" and "article_id" in keys and row["article_id"]:
        href = datasette.urls.row(database, "articles", str(row["article_id"]))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


# Dashboard templates of datasette-dashboards, whose charts say so when they have no data
DASHBOARD_TEMPLATES = {"dashboard_view.html", "dashboard_chart.html"}
# What a chart without data shows instead of empty axes
NO_DATA = "Không có dữ liệu cho các bộ lọc đã chọn · No data for the chosen filters"
# Wraps vegaEmbed (called once a chart's rows have arrived) so that a chart of no rows shows
# NO_DATA as text in its place
EMPTY_CHARTS_SCRIPT = """
(() => {
  const embed = window.vegaEmbed;
  if (!embed) return;
  window.vegaEmbed = (element, spec, options) => {
    const rows = spec && spec.data && spec.data.values;
    if (Array.isArray(rows) && rows.length === 0) {
      const note = document.createElement("p");
      note.className = "chart-empty";
      note.textContent = %s;
      element.replaceChildren(note);
      return Promise.resolve(null);
    }
    return embed(element, spec, options);
  };
})();
"""


# The database whose search page datasette-search-all's page links to
ARCHIVE_DATABASE = "archive"
# What datasette-search-all's page says before the link to the relevance search
RELEVANCE_SEARCH = (
    "Xếp theo mức độ liên quan, có đoạn trích và bộ lọc · Best match first, with snippets and"
    " filters:"
)
# On datasette-search-all's page: every cell on one line (a matching article's whole body
# otherwise makes a column thousands of pixels tall), and a link to the same words on the
# archive's own search page
SEARCH_ALL_SCRIPT = """
(() => {
  const style = document.createElement("style");
  style.textContent = "#search-all-results td { max-width: 24em; white-space: nowrap;"
    + " overflow: hidden; text-overflow: ellipsis; }";
  document.head.append(style);
  const words = new URLSearchParams(location.search).get("q");
  const results = document.getElementById("search-all-results");
  if (!words || !results) return;
  const note = document.createElement("p");
  note.className = "relevance-search";
  const link = document.createElement("a");
  link.href = %s + "?q=" + encodeURIComponent(words);
  link.textContent = words;
  note.append(%s + " ", link);
  results.before(note);
})();
"""


@hookimpl
def extra_body_script(template, datasette):
    if template in DASHBOARD_TEMPLATES:
        return EMPTY_CHARTS_SCRIPT % json.dumps(NO_DATA)
    if template == "search_all.html" and ARCHIVE_DATABASE in datasette.databases:
        search = datasette.urls.database(ARCHIVE_DATABASE) + "/search"
        return SEARCH_ALL_SCRIPT % (json.dumps(search), json.dumps(RELEVANCE_SEARCH))
    return None


async def field_choices(datasette, database: str, name: str) -> list:
    """The values a query form offers for a field, from the SQL the plugin's config gives."""
    sql = ((datasette.plugin_config(PLUGIN) or {}).get("choices") or {}).get(name)
    if not sql:
        return []
    return [row[0] for row in await datasette.get_database(database).execute(sql)]


@hookimpl
def extra_template_vars(datasette):
    return {
        "vn_number": vn_number,
        "paragraphs": paragraphs,
        "replay_url": lambda url, fetched_at=None: replay_url(datasette, url, fetched_at),
        "field_choices": lambda database, name: field_choices(datasette, database, name),
    }


def repaired_location(datasette, path: str, query: str) -> str | None:
    """Where to send a table page request that Datasette 0.65 would answer with an error:
    sorting by search rank (sent to the search page, which orders by relevance), or hiding the
    column the rows are sorted by (the column stays). None for every other request."""
    base = datasette.setting("base_url").rstrip("/")
    parts = path[len(base) :].strip("/").split("/") if path.startswith(base) else []
    if len(parts) != 2 or parts[1].endswith((".json", ".csv")):
        return None
    database, table = parts
    args = parse_qsl(query, keep_blank_values=True)
    given = dict(args)
    if given.get("_sort") == "rank" or given.get("_sort_desc") == "rank":
        if given.get("_search"):
            search = datasette.urls.database(database) + "/search"
            return f"{search}?{urlencode({'q': given['_search']})}"
        kept = [(k, v) for k, v in args if not (k in ("_sort", "_sort_desc") and v == "rank")]
        return f"{path}?{urlencode(kept)}"
    meta = datasette.table_metadata(database, table) or {}
    sort = (
        given.get("_sort") or given.get("_sort_desc") or meta.get("sort") or meta.get("sort_desc")
    )
    if sort and ("_nocol", sort) in args:
        return f"{path}?{urlencode([(k, v) for k, v in args if (k, v) != ('_nocol', sort)])}"
    return None


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        return cached(
            datasette, bounded(datasette, repair_table_requests(datasette, excel_csv(app)))
        )

    return wrap


def cached(datasette, app):
    """ASGI middleware: repeated anonymous requests are answered from a ResponseCache of the
    size the plugin's cache_mb setting gives (0: none), valid while no database file changes."""
    config = datasette.plugin_config(PLUGIN) or {}
    megabytes = config.get("cache_mb")
    capacity = int(float(CACHE_MB if megabytes in (None, "") else megabytes) * 1024 * 1024)
    if capacity <= 0:
        return app

    def paths() -> list[str]:
        return [db.path for db in datasette.databases.values() if db.path and not db.is_memory]

    return ResponseCache(capacity, CACHE_ENTRY_BYTES, ArchiveVersion(paths)).wrap(app)


def bounded(datasette, app):
    """ASGI middleware: at most max_concurrent requests are worked on at once; the others wait
    their turn up to max_wait_seconds, then are told the server is busy (503, Retry-After), so
    that an overloaded server keeps answering at its pace and is idle as soon as the load stops."""
    config = datasette.plugin_config(PLUGIN) or {}
    slots = asyncio.Semaphore(int(config.get("max_concurrent") or MAX_CONCURRENT))
    wait = float(config.get("max_wait_seconds") or MAX_WAIT_SECONDS)

    async def wrapped(scope: dict[str, Any], receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        try:
            await asyncio.wait_for(slots.acquire(), wait)
        except TimeoutError:
            headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"retry-after", b"5")]
            await send({"type": "http.response.start", "status": 503, "headers": headers})
            await send({"type": "http.response.body", "body": BUSY.encode()})
            return
        try:
            await app(scope, receive, send)
        finally:
            slots.release()

    return wrapped


def skips_count(datasette, path: str, query: str) -> bool:
    """Whether a request for a table page should not count the table's rows: a table the
    plugin's no_count setting names, unless the request asks for a count (_count=1)."""
    names = set((datasette.plugin_config(PLUGIN) or {}).get("no_count") or ())
    base = datasette.setting("base_url").rstrip("/")
    parts = path[len(base) :].strip("/").split("/") if path.startswith(base) else []
    if len(parts) != 2 or parts[1].rsplit(".", 1)[0] not in names:
        return False
    given = dict(parse_qsl(query, keep_blank_values=True))
    return "_nocount" not in given and given.get("_count") != "1"


def fold_search_args(query: str) -> str:
    """A query string whose search words (_search, _search_COLUMN) have "đ" as "d", as the
    search indexes hold it (crawler.archive.INDEXED_VALUE): "_search=%C4%91i%E1%BB%83m" ->
    "_search=di%E1%BB%83m"; any other query string unchanged."""
    args = parse_qsl(query, keep_blank_values=True)
    if not any(name.startswith("_search") and name != "_searchmode" for name, _ in args):
        return query
    folded = [
        (name, value.replace("đ", "d").replace("Đ", "D"))
        if name.startswith("_search") and name != "_searchmode"
        else (name, value)
        for name, value in args
    ]
    return urlencode(folded)


def without_search_facets(query: str) -> str:
    """A table page's query string that, when it searches (_search, _search_COLUMN) and asks
    for no facet, asks for none of the table's default facets either (_nofacet=1): counting
    them over tens of thousands of matches takes seconds; one that asks for a facet
    (_facet, _facet_array, _facet_date) gets it, even if it was sent _nofacet=1 before; any
    other query string unchanged. "_search=kiem" -> "_search=kiem&_nofacet=1"."""
    args = parse_qsl(query, keep_blank_values=True)
    if not any(n.startswith("_search") and n != "_searchmode" and v for n, v in args):
        return query
    if any(name.startswith("_facet") for name, _ in args):
        kept = [(name, value) for name, value in args if name != "_nofacet"]
        return query if len(kept) == len(args) else urlencode(kept)
    if any(name == "_nofacet" for name, _ in args):
        return query
    return f"{query}&_nofacet=1"


def repair_table_requests(datasette, app):
    """ASGI middleware: redirects the table page requests repaired_location() repairs, folds
    "đ" in their search words, asks for no count of the tables skips_count() names and no
    default facets of searches (without_search_facets)."""

    async def wrapped(scope: dict[str, Any], receive, send):
        if scope["type"] == "http":
            given = scope.get("query_string", b"").decode("latin-1")
            query = without_search_facets(fold_search_args(given))
            if skips_count(datasette, scope["path"], query):
                query = f"{query}&_nocount=1" if query else "_nocount=1"
            if query != given:
                scope = {**scope, "query_string": query.encode("latin-1")}
            location = repaired_location(datasette, scope["path"], query)
            if location:
                headers = [(b"location", location.encode("utf-8")), (b"content-length", b"0")]
                await send({"type": "http.response.start", "status": 302, "headers": headers})
                await send({"type": "http.response.body", "body": b""})
                return
        await app(scope, receive, send)

    return wrapped


def excel_csv(app):
    """ASGI middleware: a CSV download asked for with ?_bom=1 starts with a UTF-8 byte order
    mark, so that Excel shows its Vietnamese text intact."""

    async def wrapped(scope: dict[str, Any], receive, send):
        query = scope.get("query_string", b"").split(b"&")
        if scope["type"] != "http" or not scope["path"].endswith(".csv") or b"_bom=1" not in query:
            return await app(scope, receive, send)
        pending = True

        async def send_with_bom(message):
            nonlocal pending
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"content-length"]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and pending:
                message = {**message, "body": UTF8_BOM + message.get("body", b"")}
                pending = False
            await send(message)

        return await app(scope, receive, send_with_bom)

    return wrapped

"""Everything the extractors find in one article: dates, periods, figures, meeting facts."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit

from extract.article import ArticleRecord, extract_from_bytes, extract_read
from extract.attachments import AttachmentError, AttachmentText, attachment_text
from extract.calendar import Period
from extract.classify import Classification, classify
from extract.dates import DateMention, find_dates, meeting_date, planned_period, reporting_period
from extract.directives import Directive, find_directives
from extract.documents import Document, find_documents
from extract.figures import Figure, find_figures
from extract.limits import time_limit
from extract.notice import Notice, is_pointer_item, parse_notice
from extract.people import Person, find_people
from extract.places import Place, locate
from extract.venues import meeting_venue

# The role of a meeting's chair in the people table; the first one is articles.chair_name
CHAIR = "chair"
# The role of who gave a meeting's conclusion, its chair when nobody is said to chair
CONCLUDING = "concluding"
# The level whose meetings cover a whole province, so a district named in passing is not theirs
PROVINCIAL = "tỉnh"


@dataclass(frozen=True)
class Analysis:
    """What one article reports, as records for the archive's derived tables."""

    meeting_date: str | None
    period: Period | None
    next_period: Period | None
    classification: Classification
    place: Place
    chair: Person | None
    people: tuple[Person, ...]
    documents: tuple[Document, ...]
    directives: tuple[Directive, ...]
    dates: tuple[DateMention, ...]
    figures: tuple[Figure, ...]
    # Where the meeting was held, when the report says so (extract/venues.py)
    venue: str | None = None


def analysed_text(lead: str | None, body: str) -> str:
    """The text the extractors read and their offsets point into: the lead, a newline, the body."""
    return f"{lead}\n{body}" if lead else body


def publication_day(published_at: str | None) -> datetime.date | None:
    """The day part of an ISO publication date or date-time, or None when there is none."""
    try:
        return datetime.date.fromisoformat(published_at[:10]) if published_at else None
    except ValueError:
        return None


def as_target_when_ahead(figure: Figure, published: datetime.date | None) -> Figure:
    """A figure for a period that ends after the article was published is a goal, not a result
    ("sản lượng lúa hết năm từ 4,45 triệu tấn" in July), unless the article estimates it."""
    ahead = published and figure.period_end and figure.period_end > published.isoformat()
    return replace(figure, is_target=True) if ahead and not figure.is_estimate else figure


def meeting_chair(people: Sequence[Person]) -> Person | None:
    """Who chaired: the first person said to chair, else the first who gave the conclusion."""
    for role in (CHAIR, CONCLUDING):
        found = next((p for p in people if p.role == role), None)
        if found:
            return found
    return None


def analyse(
    title: str,
    lead: str | None,
    body: str,
    published_at: str | None,
    portal_province: str | None = None,
) -> Analysis:
    """Runs every extractor over an article and returns what they found; the meeting date and
    periods only for reports of meetings."""
    text = analysed_text(lead, body)
    published = publication_day(published_at)
    kind = classify(title, text, published)
    met = meeting_date(text, published) if kind.is_meeting else None
    met_day = datetime.date.fromisoformat(met) if met else None
    period = reporting_period(title, text, published, met_day) if kind.is_meeting else None
    upcoming = planned_period(title, text, published, met_day) if kind.is_meeting else None
    place = locate(title, text, portal_province)
    if kind.level == PROVINCIAL:
        place = replace(place, district=None)
    people = find_people(text)
    return Analysis(
        meeting_date=met,
        period=period,
        next_period=upcoming,
        classification=kind,
        place=place,
        chair=meeting_chair(people),
        people=tuple(people),
        documents=tuple(find_documents(text)),
        directives=tuple(find_directives(text, published)),
        dates=tuple(find_dates(text, published)),
        figures=tuple(
            as_target_when_ahead(f, published)
            for f in find_figures(text, (period.start, period.end) if period else None)
        ),
        venue=meeting_venue(text) if kind.is_meeting else None,
    )


def empty_analysis() -> Analysis:
    """The analysis of an article whose text the extractors could not read: nothing found."""
    return Analysis(
        meeting_date=None,
        period=None,
        next_period=None,
        classification=Classification(False, None, None, False, None),
        place=Place(None, None, None),
        chair=None,
        people=(),
        documents=(),
        directives=(),
        dates=(),
        figures=(),
    )


@dataclass(frozen=True)
class AttachmentReport:
    """An article's attachment, read: its text, its notice header and what its text reports."""

    url: str
    filename: str
    content_type: str | None
    size: int
    sha256: str
    text: AttachmentText | None
    notice: Notice | None
    analysis: Analysis | None
    error: str | None


def file_name(url: str) -> str:
    """The file name at the end of a URL's path: ".../Attachments/12/a.pdf" -> "a.pdf"."""
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or url


def unread_attachment(
    url: str, data: bytes, content_type: str | None, error: str
) -> AttachmentReport:
    """The report of an attachment that could not be fetched or read: the error, no text."""
    digest = hashlib.sha256(data).hexdigest()
    return AttachmentReport(
        url, file_name(url), content_type, len(data), digest, None, None, None, error
    )


def attachment_body(read: AttachmentText) -> str:
    """The text the extractors read in an attachment: its text, then its footnotes, which hold
    the cited documents' numbers and dates; offsets point into this."""
    return "\n".join([read.text, *read.notes])


def read_attachment(
    url: str,
    data: bytes,
    content_type: str | None,
    title: str,
    published_at: str | None,
    portal_province: str | None = None,
) -> AttachmentReport:
    """Reads an attachment's text (OCR for scans) and runs the extractors over it; a file
    that cannot be read gives a report with the error and no text."""
    try:
        read = attachment_text(data, file_name(url), content_type)
    except AttachmentError as error:
        return unread_attachment(url, data, content_type, str(error))
    return AttachmentReport(
        url=url,
        filename=file_name(url),
        content_type=read.content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        text=read,
        notice=parse_notice(read.text),
        analysis=analyse(title, None, attachment_body(read), published_at, portal_province),
        error=None,
    )


def primary_analysis(
    body: str, analysis: Analysis, attachments: Sequence[AttachmentReport]
) -> Analysis:
    """The analysis that describes the article: its own text's, unless the web item only
    points to an attached notice ("xem toàn văn tại tệp đính kèm"), then the notice's."""
    if not is_pointer_item(body):
        return analysis
    read = [a.analysis for a in attachments if a.analysis is not None]
    meetings = [a for a in read if a.classification.is_meeting]
    return next(iter(meetings or read), analysis)


@dataclass(frozen=True)
class Processed:
    """An article page and its attachments, read: the article, what its text reports, its
    attachments' reports, and what could not be read."""

    record: ArticleRecord
    analysis: Analysis
    attachments: tuple[AttachmentReport, ...]
    errors: tuple[str, ...]


@dataclass(frozen=True)
class Attached:
    """An attachment as fetched for processing: its bytes, or why it could not be fetched."""

    url: str
    body: bytes | None
    content_type: str | None
    error: str | None = None


def process_article(
    body: bytes | str,
    charset: str | None,
    url: str,
    attached: Sequence[Attached] = (),
    portal_province: str | None = None,
    platform: str | None = None,
) -> Processed | None:
    """Reads an article page and its attachments and runs every extractor over them; None when
    the page holds no article. The page is its bytes (decoded and typed here), or the text the
    crawl decoded and typed, read with the selectors of the family named platform. An
    extractor that fails on a text leaves that text's findings empty and says so in errors, so
    that nothing readable is lost; raises LimitExceeded for a page that would cost more than
    its limits (extract/limits.py) to read."""
    with time_limit():
        return _process_article(body, charset, url, attached, portal_province, platform)


def _process_article(
    body: bytes | str,
    charset: str | None,
    url: str,
    attached: Sequence[Attached],
    portal_province: str | None,
    platform: str | None,
) -> Processed | None:
    """process_article without its time limit."""
    if isinstance(body, str):
        record = extract_read(body, url, platform or "generic")
    else:
        record = extract_from_bytes(body, charset, url)
    if record is None:
        return None
    errors = []
    text = (record.title, record.lead, record.body, record.published_at, portal_province)
    try:
        analysis = analyse(*text)
    except Exception as error:  # an extractor bug must not lose the article's text
        errors.append(f"analysis failed: {error!r}")
        analysis = empty_analysis()
    reports = []
    for item in attached:
        if item.body is None:
            reports.append(unread_attachment(item.url, b"", item.content_type, item.error or ""))
            continue
        try:
            fields = (record.title, record.published_at, portal_province)
            reports.append(read_attachment(item.url, item.body, item.content_type, *fields))
        except Exception as error:  # a hostile file must not stop the crawl
            errors.append(f"attachment {item.url} failed: {error!r}")
            reports.append(unread_attachment(item.url, item.body, item.content_type, repr(error)))
    return Processed(record, analysis, tuple(reports), tuple(errors))

"""Everything the extractors find in one article: dates, periods, figures, meeting facts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from extract.classify import Classification, classify
from extract.dates import DateMention, find_dates, meeting_date, planned_period, reporting_period
from extract.directives import Directive, find_directives
from extract.documents import Document, find_documents
from extract.figures import Figure, find_figures
from extract.people import Person, find_people
from extract.periods import Period
from extract.places import Place, locate

# The role of a meeting's chair in the people table; the first one is articles.chair_name
CHAIR = "chair"
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


def analysed_text(lead: str | None, body: str) -> str:
    """The text the extractors read and their offsets point into: the lead, a newline, the body."""
    return f"{lead}\n{body}" if lead else body


def publication_day(published_at: str | None) -> datetime.date | None:
    """The day part of an ISO publication date or date-time, or None when there is none."""
    try:
        return datetime.date.fromisoformat(published_at[:10]) if published_at else None
    except ValueError:
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
    kind = classify(title, text)
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
        chair=next((p for p in people if p.role == CHAIR), None),
        people=tuple(people),
        documents=tuple(find_documents(text)),
        directives=tuple(find_directives(text, published)),
        dates=tuple(find_dates(text, published)),
        figures=tuple(find_figures(text, (period.start, period.end) if period else None)),
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

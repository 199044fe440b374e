"""Which articles report the same meeting: groups made from each article's meeting facts."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field, replace

# The kind of a conclusion notice: it reports on a meeting of another kind (a review
# conference, a session), so it joins that meeting whatever the meeting's own kind
REPORT_KIND = "thông báo kết luận"


@dataclass(frozen=True)
class MeetingFacts:
    """What one article says of the meeting it reports: day, place, kind and chair."""

    article: Hashable
    meeting_date: str
    province: str | None
    province_2025: str | None
    level: str | None
    district: str | None
    meeting_type: str | None
    chair_name: str | None


@dataclass
class MeetingGroup:
    """One meeting (its day, place, kind and chair: its first report's, with what later ones
    fill in) and the articles that report it, in the order they were given."""

    meeting: MeetingFacts
    articles: list[Hashable] = field(default_factory=list)

    def admits(self, facts: MeetingFacts) -> bool:
        """True when facts can be one more report of this meeting: the same day and place, a
        kind that agrees (a conclusion notice agrees with any) and no other chair."""
        kinds = {facts.meeting_type, self.meeting.meeting_type}
        chairs = {facts.chair_name, self.meeting.chair_name}
        return (
            place_of(self.meeting) == place_of(facts)
            and (len(kinds) == 1 or REPORT_KIND in kinds)
            and (None in chairs or len(chairs) == 1)
        )

    def add(self, facts: MeetingFacts) -> None:
        """Adds a report; its chair and kind fill what the earlier ones left open."""
        self.articles.append(facts.article)
        meeting = self.meeting
        kind = facts.meeting_type if meeting.meeting_type == REPORT_KIND else meeting.meeting_type
        chair = meeting.chair_name or facts.chair_name
        self.meeting = replace(meeting, meeting_type=kind, chair_name=chair)


def place_of(facts: MeetingFacts) -> tuple[str, str | None, str | None, str | None]:
    """The day and place of a reported meeting: day, province, level and district."""
    return (facts.meeting_date, facts.province, facts.level, facts.district)


def group_meetings(reports: Iterable[MeetingFacts]) -> list[MeetingGroup]:
    """The meetings that reports describe: each report joins the first earlier meeting it
    agrees with (same day, province, level and district, kinds that agree, no other chair),
    else starts one."""
    groups: list[MeetingGroup] = []
    by_place: dict[tuple[str, str | None, str | None, str | None], list[MeetingGroup]] = {}
    for facts in reports:
        same_place = by_place.setdefault(place_of(facts), [])
        group = next((g for g in same_place if g.admits(facts)), None)
        if group is None:
            group = MeetingGroup(facts)
            same_place.append(group)
            groups.append(group)
        group.add(facts)
    return groups

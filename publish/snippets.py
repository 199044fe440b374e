"""Search-result snippets: the passage around the first match of what a reader typed, with
every match marked, found without accents but shown with them."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.fold import fold

# What marks a match in a snippet: private-use characters, turned into <mark> only after the
# text is escaped (publish.plugin.highlighted)
MARK_START, MARK_END = "\ue000", "\ue001"
# A quoted phrase or one word of what a reader types: "kiem diem" or ubnd
SEARCH_TERM = re.compile(r'"([^"]*)"|(\S+)')
# Characters of context kept before and after the first match
BEFORE, AFTER = 60, 160
ELLIPSIS = "…"


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded to one character: "Đ" -> "d", "ể" -> "e"."""
    return (fold(char) or char)[:1]


def fold_aligned(text: str) -> str:
    """text folded character by character, so that offsets in it are offsets in text."""
    return text.translate({ord(c): fold_char(c) for c in set(text)})


def search_terms(query: str | None) -> list[str]:
    """The folded words and quoted phrases of a query: 'Kiểm "điểm x"' -> ["kiem", "diem x"]."""
    found = SEARCH_TERM.findall(query or "")
    terms = [" ".join(fold(phrase or word.replace('"', "")).split()) for phrase, word in found]
    return [term for term in terms if term]


def term_pattern(terms: list[str]) -> re.Pattern[str]:
    """A regex matching any of the terms as whole words, longest first."""
    alternatives = sorted((re.escape(term).replace(r"\ ", r"\s+") for term in terms), key=len)
    return re.compile(r"(?<!\w)(?:" + "|".join(reversed(alternatives)) + r")(?!\w)")


def mark(text: str, pattern: re.Pattern[str]) -> str:
    """text with every match of pattern (in its folded form) between the marks."""
    parts, last = [], 0
    for match in pattern.finditer(fold_aligned(text)):
        found = text[match.start() : match.end()]
        parts += [text[last : match.start()], MARK_START, found, MARK_END]
        last = match.end()
    return "".join([*parts, text[last:]])


def snippet(query: str | None, *texts: str | None) -> str | None:
    """The passage of the first of texts that matches query, on one line, with its matches
    marked; the start of the first text when none matches."""
    terms = search_terms(query)
    present = [text for text in texts if text]
    if not terms or not present:
        return None
    pattern = term_pattern(terms)
    for text in present:
        first = pattern.search(fold_aligned(text))
        if first:
            start = max(0, text.rfind(" ", 0, max(0, first.start() - BEFORE)) + 1)
            end = text.find(" ", first.end() + AFTER)
            end = len(text) if end < 0 else end
            marked = " ".join(mark(text[start:end], pattern).split())
            return (ELLIPSIS if start else "") + marked + (ELLIPSIS if end < len(text) else "")
    return present[0][:AFTER] + (ELLIPSIS if len(present[0]) > AFTER else "")

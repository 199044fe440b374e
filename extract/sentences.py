"""The one sentence splitter every extractor reads text with."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.text import LOWERCASE_LETTERS

# An abbreviation whose dot ends no sentence: "TP. Hồ Chí Minh", "đ/c. Lê", "ThS. Nguyễn"
ABBREVIATIONS = ("TP", "Tp", "TX", "TT", "TS", "ThS", "PGS", "GS", "BS", "đ/c", "Đ/c")
# An inline list marker, which continues its sentence: "(2)", "(ii)"
LIST_MARKER = r"\((?:\d{1,2}|[ivx]{1,4})\)"
# Where a sentence ends: after ".", "!", "?" or "…" and spaces ("tỷ đồng. Hoàn thành", "đạt
# 98%. 6 tháng"), not after an abbreviation nor before a lower-case word or a list marker
# ("…; nhất là", "giải pháp. (2)"), and at every line break; with clauses, after ";" too
_NOT_AFTER = "".join(rf"(?<!{re.escape(a)}\.)" for a in ABBREVIATIONS)
_AFTER_MARK = rf"{_NOT_AFTER}\s+(?!{LIST_MARKER})(?![{LOWERCASE_LETTERS}])"
_LINE_BREAK = r"[ \t\u00a0]*\n\s*"
SENTENCE_END_RE = re.compile(rf"(?P<mark>[.!?…]){_AFTER_MARK}|{_LINE_BREAK}")
CLAUSE_END_RE = re.compile(rf"(?P<mark>[.!?…;]){_AFTER_MARK}|{_LINE_BREAK}")


# How many recent texts keep their sentences: every extractor of an article splits its text
SPLIT_CACHE_SIZE = 32


def sentence_spans(text: str, clauses: bool = False) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of text (of its clauses when asked)."""
    return list(_spans(text, clauses))


@lru_cache(maxsize=SPLIT_CACHE_SIZE)
def _spans(text: str, clauses: bool) -> tuple[tuple[int, int], ...]:
    """The sentence (or clause) offsets of text, computed once for all its readers."""
    spans = []
    start = 0
    for end in (CLAUSE_END_RE if clauses else SENTENCE_END_RE).finditer(text):
        spans.append((start, end.start() + (end["mark"] is not None)))
        start = end.end()
    spans.append((start, len(text)))
    return tuple(spans)


def split_sentences(text: str, clauses: bool = False) -> list[str]:
    """The sentences of text (its clauses when asked), in order."""
    return [text[start:end] for start, end in sentence_spans(text, clauses)]

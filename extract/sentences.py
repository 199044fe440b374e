"""The one sentence splitter every extractor reads text with."""

from __future__ import annotations

import re

# Where a sentence may end: after ".", "!", "?" or "…" and spaces ("tỷ đồng. Hoàn thành",
# "đạt 98%. 6 tháng", not "TP. Hồ Chí Minh" nor before a lower-case word), or at a line break
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[ \t\u00a0]+|[ \t\u00a0]*\n\s*")
# The same, with clauses ended by ";" too: "A, Chủ tịch UBND tỉnh; B, Phó Chủ tịch"
CLAUSE_END_RE = re.compile(r"(?<=[.!?…;])[ \t\u00a0]+|[ \t\u00a0]*\n\s*")
# An inline list marker, which continues its sentence: "(2)", "(ii)"
LIST_MARKER_RE = re.compile(r"\((?:\d{1,2}|[ivx]{1,4})\)")
# How far back an abbreviation may start before its dot: "ThS."
ABBREVIATION_CHARS = 4
# An abbreviation whose dot ends no sentence: "TP. Hồ Chí Minh", "đ/c. Lê", "ThS. Nguyễn"
ABBREVIATION_RE = re.compile(r"(?<![^\W\d_])(?:TP|Tp|TX|TT|TS|ThS|PGS|GS|BS|đ/c|Đ/c)\.$")


def _ends_sentence(text: str, stop: int, following: int) -> bool:
    """Whether the mark before stop ends a sentence, given the text from following on: not
    before a list marker "(2)" or a lower-case word ("…; nhất là"), nor after an abbreviation."""
    if LIST_MARKER_RE.match(text, following):
        return False
    window = max(0, stop - ABBREVIATION_CHARS)
    return not (
        text[following : following + 1].islower() or ABBREVIATION_RE.search(text, window, stop)
    )


def sentence_spans(text: str, clauses: bool = False) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of text (of its clauses when asked)."""
    spans = []
    start = 0
    for end in (CLAUSE_END_RE if clauses else SENTENCE_END_RE).finditer(text):
        if "\n" not in end.group() and not _ends_sentence(text, end.start(), end.end()):
            continue
        spans.append((start, end.start()))
        start = end.end()
    spans.append((start, len(text)))
    return spans


def split_sentences(text: str, clauses: bool = False) -> list[str]:
    """The sentences of text (its clauses when asked), in order."""
    return [text[start:end] for start, end in sentence_spans(text, clauses)]

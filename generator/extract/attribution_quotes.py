"""Quotation regions in article text: where direct speech starts and ends.

Handles curly quotes, straight double quotes, and the ``''`` / ```` `` ```` pairs that
some outlets (NYT) use.  A quote left open at the end of a paragraph closes there (the
convention for quotes running over several paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right

_MARK = re.compile(r"``|''|[\"“”«»]")
_OPENERS = {"“", "``", "«"}
_CLOSERS = {"”", "»"}


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges ``(start, end)`` of quotations, marks included, in text order."""
    regions: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        regions.extend(_paragraph_regions(paragraph, offset))
        offset += len(paragraph) + 2
    return regions


def _paragraph_regions(paragraph: str, offset: int) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _MARK.finditer(paragraph):
        mark, pos = m.group(), m.start()
        if mark in _OPENERS:
            if open_at is None:
                open_at = pos
            continue
        if mark in _CLOSERS:
            if open_at is not None:
                regions.append((offset + open_at, offset + m.end()))
                open_at = None
            continue
        if mark == "''" and _is_apostrophes(paragraph, pos):
            continue
        # symmetric mark ('"' or "''"): opens when none is open, closes otherwise
        if open_at is None:
            open_at = pos
        else:
            regions.append((offset + open_at, offset + m.end()))
            open_at = None
    if open_at is not None:
        end = len(paragraph.rstrip())
        if end - open_at > 1:
            regions.append((offset + open_at, offset + end))
    return regions


def _is_apostrophes(paragraph: str, pos: int) -> bool:
    """``''`` glued between letters is two apostrophes, not a quote mark."""
    before = paragraph[pos - 1] if pos else " "
    after = paragraph[pos + 2] if pos + 2 < len(paragraph) else " "
    return before.isalnum() and after.isalnum()


class QuoteIndex:
    """Look up the quotation covering a character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.regions = quote_regions(text)
        self._starts = [s for s, _ in self.regions]

    def covering(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0:
            start, end = self.regions[i]
            if start <= pos < end:
                return self.regions[i]
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quotations that overlap ``[start, end)``."""
        i = max(bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self.regions) and self.regions[i][0] < end:
            s, e = self.regions[i]
            if e > start:
                out.append((s, e))
            i += 1
        return out

    def next_after(self, pos: int) -> tuple[int, int] | None:
        """The first quotation that starts at or after ``pos``."""
        i = bisect_right(self._starts, pos - 1)
        return self.regions[i] if i < len(self.regions) else None

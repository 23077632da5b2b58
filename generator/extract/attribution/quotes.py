"""Quotation regions in article text: where direct speech starts and ends.

Handles curly quotes, straight double quotes, and the ``''`` / ```` `` ```` pairs that
some outlets (NYT) use, and a closing mark used to open ("”Mr. Trump ...”").  Single
quotes (British style, 'We are ready,' he said) count outside double quotes, told from
apostrophes by what stands on either side.  A quote left open at the end of a line or
paragraph closes there (the convention for quotes running over several paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from generator.extract.attribution.forms import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MARK = re.compile(r"``|''|[\"“”«»]")
_OPENERS = {"“", "``", "«"}
_DASHES = ("―", "—", "–")
_CLOSING_MARKS = set("”\"'’»")
_SINGLE = re.compile(r"['‘’]")
# what may stand before an opening single quote, and after a closing one
_BEFORE_OPEN = set(" \t\u00a0([{—–-/:")
_AFTER_CLOSE = set(" \t\u00a0)]}.,;:!?—–-")
_CLOSERS = {"”", "»"}


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges ``(start, end)`` of quotations, marks included, in text order."""
    regions: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        regions.extend(_paragraph_regions(line, offset))
        offset += len(line) + 1
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
        if mark in _CLOSERS and open_at is None and _opens_here(paragraph, pos):
            open_at = pos  # '”Mr. Trump embodies ...”': a closing mark used to open
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
    singles = _single_regions(paragraph, [(s - offset, e - offset) for s, e in regions])
    if singles:
        regions = sorted(regions + [(offset + s, offset + e) for s, e in singles])
    return regions


def _single_regions(paragraph: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'We are ready,' he said: single-quoted speech outside the double-quoted regions
    ``taken``.  A mark between two letters is an apostrophe ("Armenia's", "don't"); one
    after a letter with no quotation open is one too ("the soldiers' families")."""
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(paragraph):
        pos = m.start()
        if any(s <= pos < e for s, e in taken) or paragraph[pos : pos + 2] == "''":
            continue
        if pos and paragraph[pos - 1] == "'" and m.group() == "'":
            continue  # the second mark of a "''" pair
        before = paragraph[pos - 1] if pos else " "
        after = paragraph[pos + 1] if pos + 1 < len(paragraph) else " "
        if before.isalnum() and after.isalnum():
            continue
        if open_at is None:
            opens = pos == 0 or before in _BEFORE_OPEN
            if m.group() != "’" and opens and (after.isalnum() or after in "…$£€"):
                open_at = pos
            continue
        closes = after in _AFTER_CLOSE or pos + 1 == len(paragraph)
        if m.group() != "‘" and not before.isspace() and closes:
            regions.append((open_at, pos + 1))
            open_at = None
    if open_at is not None:
        end = len(paragraph.rstrip())
        if end - open_at > 1 and len(paragraph[open_at:end].split()) >= 3:
            regions.append((open_at, end))
    return regions


def _opens_here(paragraph: str, pos: int) -> bool:
    """A mark at the start of a line or after a space, before a word, opens a quote."""
    before = paragraph[pos - 1] if pos else " "
    after = paragraph[pos + 1] if pos + 1 < len(paragraph) else " "
    return before.isspace() and after.isalnum()


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


# -- quotations in attributions ------------------------------------------------------


def extend_to_quotes(doc: Doc, draft: Draft, quotes: QuoteIndex) -> None:
    """Content touching a quotation takes the whole quotation, across sentences."""
    if not draft.content:
        return
    lo = doc[min(draft.content)].idx
    hi_tok = doc[max(draft.content)]
    hi = hi_tok.idx + len(hi_tok)
    roles = set(draft.cue) | draft.source
    for start, end in quotes.within(lo, hi):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.i in roles for t in span):
            continue
        draft.content |= {t.i for t in span}


def adjacent_quotes(doc: Doc, draft: Draft, quotes: QuoteIndex) -> None:
    """A quotation right before or after the cue and its source is their content."""
    group = set(draft.cue) | draft.source
    first, last = doc[min(group)], doc[max(group)]
    start, end = first.idx, last.idx + len(last)
    before = quotes.covering(max(start - 3, 0))
    if before is None:
        region = quotes.next_after(max(start - 4, 0))
        before = region if region and region[1] <= start else None
    if before and before[1] <= start and _leads_into(quotes.text, before, start):
        span = doc.char_span(*before, alignment_mode="expand")
        if span is not None:
            draft.content |= {t.i for t in span}
    after = quotes.next_after(end)
    if (
        last.i - first.i <= 12  # a long source ("X, who ...") ends far from the quotation
        and after
        and quotes.text[end : after[0]].strip(" ,:") == ""
        and "\n" not in quotes.text[end : after[0]]
    ):
        span = doc.char_span(*after, alignment_mode="expand")
        if span is not None:
            draft.content |= {t.i for t in span}


def _leads_into(text: str, region: tuple[int, int], start: int) -> bool:
    """``"...," he said``: the quotation ends with a comma (or ? ! —), not a full stop."""
    gap = text[region[1] : start]
    if gap.strip(" ,") != "" or "\n" in gap:
        return False
    inner = text[region[0] : region[1]].rstrip("\"”'’` ")
    return "," in gap or inner.endswith((",", "?", "!", "—", "-", "…"))


def dash_credit(doc: Doc, tok: Token, quotes: QuoteIndex) -> Draft | None:
    """A quotation credited after a dash: "“Maybe we can build a wall.” ― Steve Quinlan"."""
    # the tokenizer may glue the dash to the closing mark: "”―"
    if not tok.text or tok.text[-1] not in _DASHES or tok.i == 0:
        return None
    if any(ch not in _CLOSING_MARKS for ch in tok.text[:-1]):
        return None
    dash = tok.idx + len(tok.text) - 1
    region = quotes.covering(dash - 1) or quotes.covering(max(dash - 2, 0))
    if region is None or quotes.text[region[1] : dash].strip(" \u00a0") != "":
        return None
    name: list[Token] = []
    for t in doc[tok.i + 1 : tok.i + 9]:
        if t.is_space and not name and "\n" not in t.text:
            continue  # "― Steve Quinlan" with a no-break space after the dash
        if t.is_space or (t.is_punct and t.text != "."):
            break
        if t.text == "." and name:
            break
        name.append(t)
        if "\n" in t.whitespace_:
            break
    if not 1 <= len(name) <= 6 or not any(t.pos_ == "PROPN" for t in name):
        return None
    span = doc.char_span(region[0], region[1], alignment_mode="expand")
    if span is None:
        return None
    content = {t.i for t in span} - {tok.i}
    return Draft([tok.i], content, {t.i for t in name}, "statement", "says", set())


def continue_quotes(doc: Doc, drafts: list[Draft], quotes: QuoteIndex) -> None:
    """``"We are ready," he said. "The war is over."``: the next quotation is his too.

    Only direct quotes continue: content that opens with a quotation.  A quotation
    that carries its own cue, outside quotes, in its sentence, belongs to that cue.
    """
    cues = [(o, doc[i].idx) for o in drafts for i in o.cue]  # (read once: doc[i] is costly)
    for d in drafts:
        cue_chars = [char for o, char in cues if o is not d]
        first = runs(doc, d.content)
        if not first:
            continue
        opens = quotes.covering(doc[first[0][0]].idx) is not None
        last_before_cue = max((i for i in d.content if i < d.cue[0]), default=None)
        closes = last_before_cue is not None and quotes.covering(doc[last_before_cue].idx)
        inverted = last_before_cue is not None and min(d.content) < d.cue[0]
        if not opens and not closes and not inverted:
            continue
        roles = d.content | d.source | set(d.cue)
        end_tok = doc[max(roles)]
        end = end_tok.idx + len(end_tok)
        quote_first = doc[first[0][0]].i < d.cue[0]
        while True:
            region = quotes.next_after(end)
            if region is None:
                break
            gap = quotes.text[end : region[0]]
            if "\n" in gap or any(end <= c < region[0] for c in cue_chars):
                break
            # '"Q1," X said on Monday. "Q2."': the rest of the cue's sentence may come
            # between; otherwise only the end of a sentence
            rest_of_sentence = quote_first and _SENTENCE_INSIDE.search(gap.rstrip()) is None
            if not _only_closing(gap) and not rest_of_sentence:
                break
            span = doc.char_span(region[0], region[1], alignment_mode="expand")
            if span is None:
                break
            sentence = span[0].sent
            # a sentence never runs past the end of its line (the parser may join them)
            line_end = quotes.text.find("\n", region[1])
            stop = max(sentence.end_char, region[1])
            if line_end >= 0:
                stop = min(stop, line_end)
            begin = max(sentence.start_char, quotes.text.rfind("\n", 0, region[0]) + 1)
            if any(region[1] <= c < stop or begin <= c < region[0] for c in cue_chars):
                break
            d.content |= {t.i for t in span}
            end = region[1]


_SENTENCE_INSIDE = re.compile(r"[.!?][\"”'’)]*\s+\S")


def _only_closing(gap: str) -> bool:
    """Nothing but the end of a sentence between one quotation and the next."""
    return all(ch in " .\u00a0" for ch in gap)


def _quotes_in(doc: Doc, indices: set[int], quotes: QuoteIndex) -> list[tuple[int, int]]:
    if not indices:
        return []
    lo, hi = doc[min(indices)], doc[max(indices)]
    return quotes.within(lo.idx, hi.idx + len(hi))


def runs(doc: Doc, indices: set[int]) -> list[tuple[int, int]]:
    """Contiguous token runs ``[first, last]``, trimmed of edge punctuation."""
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    out = []
    for first, last in runs:
        while first <= last and trim(doc[first], leading=True):
            first += 1
        while last >= first and trim(doc[last], leading=False):
            last -= 1
        if first <= last:
            out.append((first, last))
    return out


def trim(tok: Token, *, leading: bool) -> bool:
    if tok.is_space:
        return True
    if not tok.is_punct:
        return False
    if (tok.text in ("“", "``", "‘") and leading) or (tok.text in ("”", "’") and not leading):
        return False
    return tok.text not in ('"', "''", "'")

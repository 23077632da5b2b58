"""Quotations with no attribution of their own: the speaker before them goes on.

News and interviews run a speaker's words over several paragraphs, or after a
question, without saying "he said" again:

    Mayor Brenn said the port would reopen.
    "We will rebuild it stone by stone. Nobody leaves."

Each stretch of quoted sentences that no attribution covers (no cue, source or content
of one touches it) is returned here as an attribution without a source, marked
``continued``; ``claims`` gives it to the speaker before it, or to the interviewee when
it answers a question.  A few quoted words inside a sentence ("a 'disaster'") are not
such a stretch: it must open its sentence and hold at least ``MIN_WORDS`` words.  Nor is
a quotation alone on its line in Title Case ("'All Bets Are Off.'"): a subheading that
quotes, or names a chapter, not words anyone goes on saying.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.attribution.model import Attribution, Span
from generator.extract.attribution.quotes import QuoteIndex

MIN_WORDS = 4
_MARKS = "\"“”‘’'«»`"
# what may stand before a quotation that opens a sentence of its own
_OPENS_AFTER = re.compile(r"(?:^|[.!?…:—–-]['\"”’]?\s*|\n\s*)$")


def unattributed_quotes(
    doc: Doc, attributions: list[Attribution], *, text: str | None = None
) -> list[Attribution]:
    """Quoted sentences that no attribution in ``attributions`` covers, one per run of
    quotations in a paragraph, in text order (``text`` is ``doc.text``, when known)."""
    text = doc.text if text is None else text
    quotes = QuoteIndex(text)
    taken = sorted(
        (min(s.start for s in spans), max(s.end for s in spans))
        for a in attributions
        for spans in [[x for x in (a.source, a.cue, a.content, a.relayed_by) if x is not None]]
    )
    out: list[Attribution] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if run:
            out.append(_attribution(text, run))
            run.clear()

    for start, end in quotes.regions:
        if any(s < end and start < e for s, e in taken):
            close()
            continue
        inner = text[start:end].strip(_MARKS + " ")
        if len(re.findall(r"\w+", inner)) < MIN_WORDS or not _OPENS_AFTER.search(
            text[max(0, start - 40) : start]
        ):
            close()
            continue
        if _subheading(text, start, end, inner):
            close()
            continue
        if run and (text[run[-1][1] : start].strip() or "\n" in text[run[-1][1] : start]):
            close()  # something other than a space between them, or a new paragraph
        run.append((start, end))
    close()
    return out


def _subheading(text: str, start: int, end: int, inner: str) -> bool:
    """A quotation that is its whole line, with every longer word capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip(_MARKS + " .!?"):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    longer = [w for w in words if len(w) > 3]
    return len(words) <= 12 and bool(longer) and all(w[0].isupper() for w in longer)


def _attribution(text: str, run: list[tuple[int, int]]) -> Attribution:
    start, end = run[0][0], run[-1][1]
    fragments = tuple(Span(s, e, text[s:e]) for s, e in run) if len(run) > 1 else ()
    quote = " … ".join(text[s:e].strip(_MARKS + " ,") for s, e in run)
    return Attribution(
        source=None,
        cue=Span(start, start, ""),
        content=Span(start, end, text[start:end]),
        fragments=fragments,
        quote=quote,
        continued=True,
    )

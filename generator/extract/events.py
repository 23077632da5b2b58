"""The news an article reports: its events, dated from the day it was published.

Background (``background.py``) is the past an article gives to explain the news; its
events are the news itself, told with the days of the week and the words of the
moment: "on Sunday", "yesterday", "last night", "on 27 September".  A sentence of the
article's text is an event when such a date in it resolves to a day no more than
``WINDOW`` days before publication (a week back, and a few days of slack for a story
filed late); a sentence about what *will* happen is not.  The event is the whole
sentence, dated to that day.  Without a publication date the day stays as written
(``unresolved``) until an editor sets one; the knowledge stage resolves it then.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator import dates
from generator.extract.actors import Cast
from generator.extract.document import ParsedArticle
from generator.factsheet.model import Evidence, ReportedEvent

WINDOW = 10  # days before publication that are still the news
MOST = 12  # events from one article, at most (in the order it tells them)
_READING = ("body", "quote", "list")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NEWS_TIME = re.compile(
    rf"^(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:early|late)\s+)?{_WEEKDAY}{_PART}$|"
    r"^(?:yesterday|today|tonight|last night|this (?:morning|afternoon|evening))$|"
    r"^(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)$",
    re.I,
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.I)
_FUTURE = frozenset({"will", "'ll", "shall"})


def _resolve(written: str, published: str | None) -> dates.ResolvedDate:
    """A news date resolved against the publication date: a weekday (with or without
    its part of the day) is the last such day on or before publication; a day and a
    month without a year take the publication's year (or the year before, if that
    falls after publication)."""
    bare = _PART_OF_DAY.sub("", written.strip()) if "last night" not in written.lower() else written
    resolved = dates.resolve(bare, published)
    if resolved.resolved or not published:
        return dates.ResolvedDate(resolved.date, resolved.precision, written)
    day = dates.parse_published(published)
    for year in (day.year, day.year - 1) if day else ():
        with_year = dates.resolve(f"{bare} {year}", None)
        if with_year.precision == "day" and day and date.fromisoformat(with_year.date) <= day:
            return dates.ResolvedDate(with_year.date, "day", written)
    return dates.ResolvedDate(written, "unresolved", written)


def _recent(resolved: dates.ResolvedDate, published: date | None) -> bool:
    if published is None:
        return resolved.precision == "unresolved"
    if resolved.precision != "day":
        return False
    when = date.fromisoformat(resolved.date)
    return published - timedelta(days=WINDOW) <= when <= published


def find_events(parsed: ParsedArticle, cast: Cast) -> tuple[ReportedEvent, ...]:
    """The events the article reports, in the order it tells them, one per sentence."""
    published = parsed.article.published
    day = dates.parse_published(published)
    found: list[ReportedEvent] = []
    seen: set[int] = set()
    for ent in (e for e in parsed.ents if e.label_ == "DATE"):
        written = ent.text.strip().strip(",.;")
        lead = parsed.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        as_written = f"{lead} {written}" if lead in ("on", "early", "late") else written
        if not _NEWS_TIME.match(written):
            continue
        paragraph = parsed.paragraph_at(ent.start_char)
        if paragraph.kind not in _READING:
            continue
        sentence = parsed.sentence_at(ent.start_char)
        if sentence.start_char in seen or any(t.lower_ in _FUTURE for t in sentence):
            continue
        resolved = _resolve(written, published)
        if not _recent(resolved, day):
            continue
        seen.add(sentence.start_char)
        text = sentence.text.strip()
        found.append(
            ReportedEvent(
                date=resolved.date if resolved.resolved else as_written,
                text=text[:1].upper() + text[1:],
                precision=resolved.precision,
                as_written=as_written,
                actors=cast.within(sentence.start_char, sentence.end_char),
                evidence=Evidence(paragraph.id, text),
            )
        )
        if len(found) >= MOST:
            break
    return tuple(found)

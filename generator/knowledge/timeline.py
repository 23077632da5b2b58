"""One timeline from every article: dated background, reported events and publications.

Dates sort as ISO text (``1991`` < ``1991-12`` < ``2020-09-27``), a decade
(``1990s``) at its first year, and anything unresolved last.  A publication date is
read as a day whatever its shape (``2020-09-28T10:19:25`` is ``2020-09-28``), so a
timestamp never sorts apart from the dates beside it.  A relative date an extractor
left as written ("on Sunday") is resolved here against the article's published date
when an editor has since set it.

The same event told by several articles is one event, with every article that tells
it (:attr:`Event.told`): two items are one event when their dates agree (one may be
more precise: ``1994`` and ``1994-05``) and the content words of the shorter are
mostly the other's too (``SAME_WORDS``).  The first telling (oldest article) gives the
event its words; the most precise date wins.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from generator import dates
from generator.factsheet.model import Background, FactSheet
from generator.knowledge.model import Event, Telling
from generator.knowledge.wording import content_words

UNRESOLVED = "~"  # sorts after every digit
SAME_WORDS = 0.5  # share of the shorter text's content words the other must have
SOME_WORDS = 0.2  # ...and share of the longer text's
RETOLD = 3  # days apart a reported event may be told again as news
MAX_POSTING = 200  # a word more events of one decade use than this links none of them
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DECADE = re.compile(r"^(\d{3})0s$")
_NUMBER = re.compile(r"^\d+$")


def sort_key(date: str, precision: str) -> str:
    """The key a date sorts by on the timeline."""
    if precision != "unresolved":
        if _ISO.match(date):
            return date
        decade = _DECADE.match(date)
        if decade:
            return f"{decade.group(1)}0"
    return f"{UNRESOLVED}{date}"


def events(
    sheets: Sequence[FactSheet],
    actor_ids: Mapping[str, Mapping[str, str]],
) -> tuple[Event, ...]:
    """Every sheet's background, reported events and publication, each event once,
    sorted.  ``actor_ids`` maps a sheet slug to its local -> canonical actor ids."""
    found: list[Event] = []
    for sheet in sorted(sheets, key=lambda s: (dates.day(s.article.published) or "~", s.slug)):
        local = actor_ids.get(sheet.slug, {})
        published = dates.day(sheet.article.published)
        for kind, items in (("background", sheet.background), ("event", sheet.events)):
            for item in items:
                date, precision, as_written = _dated(item, published)
                paragraph = item.evidence.paragraph if item.evidence else None
                found.append(
                    Event(
                        date=date,
                        precision=precision,
                        text=item.text,
                        article=sheet.slug,
                        actors=tuple(dict.fromkeys(local.get(a, a) for a in item.actors)),
                        sort_key=sort_key(date, precision),
                        kind=kind,
                        as_written=as_written,
                        told=(Telling(sheet.slug, paragraph),),
                    )
                )
        if published:
            precision = {4: "year", 7: "month"}.get(len(published), "day")
            found.append(
                Event(
                    date=published,
                    precision=precision,
                    text=sheet.article.title,
                    article=sheet.slug,
                    sort_key=sort_key(published, precision),
                    kind="published",
                    told=(Telling(sheet.slug),),
                )
            )
    merged = _once(found)
    merged.sort(key=lambda e: (e.sort_key, e.kind != "background", e.article, e.text))
    return tuple(merged)


def _dated(item: Background, published: str | None) -> tuple[str, str, str | None]:
    if item.precision != "unresolved":
        return item.date, item.precision, item.as_written
    written = item.as_written or item.date
    if published:
        resolved = dates.resolve(written, published)
        if resolved.resolved:
            return resolved.date, resolved.precision, written
    return item.date, "unresolved", item.as_written


def _once(found: list[Event]) -> list[Event]:
    """Events told more than once merged into one (publications never are).  Events
    are taken oldest article first; each joins the first group whose first event it
    matches (never a chain of likenesses), compared word by word through an index of
    the groups' first events, within one decade."""
    groups: list[list[Event]] = []
    heads: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    head_words: list[frozenset[str]] = []
    for event in found:
        if event.kind == "published" or event.sort_key.startswith(UNRESOLVED):
            groups.append([event])
            head_words.append(frozenset())
            continue
        words = _words(event)
        postings = heads[event.sort_key[:3]]
        shared: dict[int, int] = defaultdict(int)
        for word in words:
            posting = postings.get(word, ())
            if len(posting) <= MAX_POSTING:
                for g in posting:
                    shared[g] += 1
        size = len(words)
        least = SOME_WORDS * size  # (the longer text has at least this one's words)
        match = next(
            (
                g
                for g in sorted(g for g, n in shared.items() if n >= least)
                if _alike(shared[g], size, len(head_words[g])) and _agree(groups[g][0], event)
            ),
            None,
        )
        if match is not None:
            groups[match].append(event)
            continue
        groups.append([event])
        head_words.append(words)
        for word in words:
            postings[word].append(len(groups) - 1)
    return [_merged(group) for group in groups]


def _alike(shared: int, a: int, b: int) -> bool:
    """Most of the shorter text's words (``a`` or ``b`` of them) are the other's, and a
    good part of the longer's."""
    small, large = (a, b) if a <= b else (b, a)
    return small > 0 and shared >= math.ceil(SAME_WORDS * small) and shared >= SOME_WORDS * large


def _words(event: Event) -> frozenset[str]:
    """Content words that say what happened (the date's own words left out)."""
    return frozenset(
        w for w in content_words(event.text) if not _NUMBER.match(w) and w not in dates.MONTHS
    )


def _agree(a: Event, b: Event) -> bool:
    """Same date, or one a more precise date within the other (1994 and 1994-05); a
    decade only agrees with itself (the 1990s hold too much to be one event's date).
    A reported event retold a few days later ("today" in the next day's follow-up) is
    dated by its first telling: days up to ``RETOLD`` apart agree."""
    x, y = a.sort_key, b.sort_key
    if a.precision == "decade" or b.precision == "decade":
        return x == y and a.precision == b.precision
    if a.kind == b.kind == "event" and a.precision == b.precision == "day":
        return abs(date.fromisoformat(x) - date.fromisoformat(y)).days <= RETOLD
    return x.startswith(y) or y.startswith(x)


def _merged(group: list[Event]) -> Event:
    first = group[0]
    if len(group) == 1:
        return first
    precise = max(group, key=lambda e: (len(e.sort_key), e.precision == "day"))
    if first.kind == "event" and first.precision == "day":
        precise = first  # a retold event keeps the day it was first told
    told = tuple(dict.fromkeys(t for e in group for t in e.told))
    actors = tuple(dict.fromkeys(a for e in group for a in e.actors))
    kind = "event" if any(e.kind == "event" for e in group) else first.kind
    return Event(
        date=precise.date,
        precision=precise.precision,
        text=first.text,
        article=first.article,
        actors=actors,
        sort_key=precise.sort_key,
        kind=kind,
        as_written=precise.as_written,
        told=told,
    )

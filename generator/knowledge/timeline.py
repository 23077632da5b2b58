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

from generator import dates
from generator.factsheet.model import Background, FactSheet
from generator.knowledge.model import Event, Telling
from generator.knowledge.wording import content_words

UNRESOLVED = "~"  # sorts after every digit
SAME_WORDS = 0.5  # share of the shorter text's content words the other must have
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
    """Events told more than once merged into one (publications never are).  Only
    events of the same year (or decade) are compared, word by word through an index."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(found):
        if event.kind != "published" and not event.sort_key.startswith(UNRESOLVED):
            buckets[event.sort_key[:3]].append(i)
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in buckets.values():
        words = {i: _words(found[i]) for i in members}
        postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            for word in words[i]:
                postings[word].append(i)
        for i in members:
            shared: dict[int, int] = defaultdict(int)
            for word in words[i]:
                posting = postings[word]
                if len(posting) > MAX_POSTING:
                    continue
                for j in posting:
                    if j > i:
                        shared[j] += 1
            for j, n in shared.items():
                smaller = min(len(words[i]), len(words[j]))
                if n >= math.ceil(SAME_WORDS * smaller) and _agree(found[i], found[j]):
                    parent[root(j)] = root(i)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, event in enumerate(found):
        groups[root(i)].append(event)
    return [_merged(group) for group in groups.values()]


def _words(event: Event) -> frozenset[str]:
    """Content words that say what happened (the date's own words left out)."""
    return frozenset(
        w for w in content_words(event.text) if not _NUMBER.match(w) and w not in dates.MONTHS
    )


def _agree(a: Event, b: Event) -> bool:
    """Same date, or one a more precise date within the other (1994 and 1994-05); a
    decade only agrees with itself (the 1990s hold too much to be one event's date)."""
    x, y = a.sort_key, b.sort_key
    if a.precision == "decade" or b.precision == "decade":
        return x == y and a.precision == b.precision
    return x.startswith(y) or y.startswith(x)


def _merged(group: list[Event]) -> Event:
    first = group[0]
    if len(group) == 1:
        return first
    precise = max(group, key=lambda e: (len(e.sort_key), e.precision == "day"))
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

"""One timeline from every article: dated background and publications, one scale.

Dates sort as ISO text (``1991`` < ``1991-12`` < ``2020-09-27``), a decade
(``1990s``) at its first year, and anything unresolved last.  A relative date an
extractor left as written ("on Sunday") is resolved here against the article's
published date when an editor has since set it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator import dates
from generator.factsheet.model import Background, FactSheet
from generator.knowledge.model import Event

UNRESOLVED = "~"  # sorts after every digit
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DECADE = re.compile(r"^(\d{3})0s$")


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
    """Every sheet's background and publication, sorted.  ``actor_ids`` maps a sheet
    slug to its local -> canonical actor ids."""
    found: list[Event] = []
    for sheet in sheets:
        local = actor_ids.get(sheet.slug, {})
        published = sheet.article.published
        for item in sheet.background:
            date, precision, as_written = _dated(item, published)
            found.append(
                Event(
                    date=date,
                    precision=precision,
                    text=item.text,
                    article=sheet.slug,
                    actors=tuple(dict.fromkeys(local.get(a, a) for a in item.actors)),
                    sort_key=sort_key(date, precision),
                    as_written=as_written,
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
                )
            )
    found.sort(key=lambda e: (e.sort_key, e.kind != "background", e.article, e.text))
    return tuple(found)


def _dated(item: Background, published: str | None) -> tuple[str, str, str | None]:
    if item.precision != "unresolved":
        return item.date, item.precision, item.as_written
    written = item.as_written or item.date
    if published:
        resolved = dates.resolve(written, published)
        if resolved.resolved:
            return resolved.date, resolved.precision, written
    return item.date, "unresolved", item.as_written

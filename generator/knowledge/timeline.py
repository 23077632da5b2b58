"""One timeline from every article: dated background and publications, one scale.

Dates sort as ISO text (``1991`` < ``1991-12`` < ``2020-09-27``), a decade
(``1990s``) at its first year, and anything unresolved last.  A relative date an
extractor left as written ("on Sunday") is resolved here against the article's
published date when an editor has since set it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from generator.factsheet.model import Background, FactSheet
from generator.knowledge.model import Event

UNRESOLVED = "~"  # sorts after every digit
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DECADE = re.compile(r"^(\d{3})0s$")

Resolver = Callable[[str, str], tuple[str, str] | None]


def sort_key(date: str, precision: str) -> str:
    """The key a date sorts by on the timeline."""
    if precision != "unresolved":
        if _ISO.match(date):
            return date
        decade = _DECADE.match(date)
        if decade:
            return f"{decade.group(1)}0"
    return f"{UNRESOLVED}{date}"


def _default_resolver() -> Resolver | None:
    try:
        from generator.dates import resolve
    except ImportError:  # the dates module lands with the extract stage
        return None

    def run(as_written: str, published: str) -> tuple[str, str] | None:
        resolved = resolve(as_written, published)
        if resolved is None or resolved.precision == "unresolved":
            return None
        return resolved.date, resolved.precision

    return run


def events(
    sheets: Sequence[FactSheet],
    actor_ids: Mapping[str, Mapping[str, str]],
    resolver: Resolver | None = None,
) -> tuple[Event, ...]:
    """Every sheet's background and publication, sorted.  ``actor_ids`` maps a sheet
    slug to its local -> canonical actor ids."""
    resolver = resolver or _default_resolver()
    found: list[Event] = []
    for sheet in sheets:
        local = actor_ids.get(sheet.slug, {})
        published = sheet.article.published
        for item in sheet.background:
            date, precision, as_written = _dated(item, published, resolver)
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


def _dated(
    item: Background, published: str | None, resolver: Resolver | None
) -> tuple[str, str, str | None]:
    if item.precision != "unresolved":
        return item.date, item.precision, item.as_written
    written = item.as_written or item.date
    if published and resolver is not None:
        resolved = resolver(written, published)
        if resolved is not None:
            return resolved[0], resolved[1], written
    return item.date, "unresolved", item.as_written

"""Dates for people: ``2020-09-27`` -> ``27 September 2020``, ``1990s`` stays ``1990s``;
Atom's RFC 3339 form."""

from __future__ import annotations

import re

from generator.vocabulary import MONTH_NAMES

MONTHS = tuple(name.capitalize() for name in MONTH_NAMES)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_DECADE = re.compile(r"^(\d{3}0)s$")


def human_date(value: str | None, precision: str | None = None) -> str | None:
    """``1990s``, ``1991``, ``July 2020``, ``27 September 2020``; other text as written;
    None stays.  ``precision`` (``decade``, ``year``, ``month``, ``day`` or
    ``unresolved``), when known, says how much of the date to show."""
    if not value:
        return None
    if precision == "unresolved" or _DECADE.match(value):
        return value
    match = _ISO.match(value)
    if not match:
        return value
    year, month, day = match.groups()
    if precision == "decade":
        return f"{year[:3]}0s"
    if precision == "year":
        return year
    if precision == "month":
        day = None
    if month and 1 <= int(month) <= 12:
        name = MONTHS[int(month) - 1]
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"
    return year


def rfc3339(value: str | None) -> str | None:
    """``2020-09-27`` -> ``2020-09-27T00:00:00Z``; None when not a full ISO date."""
    if not value:
        return None
    match = _ISO.match(value)
    if not match or not match.group(3):
        return None
    return f"{match.group(0)}T00:00:00Z"

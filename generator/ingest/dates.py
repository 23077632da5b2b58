"""Dates as pages write them -> ISO strings (``2020-09-27`` or ``2020-09-27T19:55:27``).

Only what can be read without guessing: ISO forms, Jekyll's ``2020-09-27-19-55-27``,
compact ``20200927``, month names in English ("Oct 3rd 2020", "3 October 2020",
"October 3, 2020").  Anything else gives ``None``, never a made-up date.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from generator.vocabulary import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

ISO = re.compile(
    r"(?P<year>(?:19|20)\d{2})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
    r"(?:(?:[T\s]+|-)(?P<hour>\d{1,2})[:\-](?P<minute>\d{2})(?:[:\-](?P<second>\d{2}))?"
    r"(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
COMPACT = re.compile(r"\b(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)\b")
DAY_MONTH_YEAR = re.compile(_DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s*" + _YEAR, re.IGNORECASE)
MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s*" + _YEAR, re.IGNORECASE)
URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def normalize(value: object) -> str | None:
    """An ISO date (with time when the value has one), or ``None``."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    if not text:
        return None
    match = ISO.search(text)
    if match:
        y, m, d = int(match["year"]), int(match["month"]), int(match["day"])
        if _valid(y, m, d):
            day = f"{y:04d}-{m:02d}-{d:02d}"
            if match["hour"] is None:
                return day
            hour, minute = int(match["hour"]), int(match["minute"])
            if hour > 23 or minute > 59:
                return day
            stamp = f"{day}T{hour:02d}:{minute:02d}:{int(match['second'] or 0):02d}"
            tz = match["tz"]
            if tz:
                stamp += "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
            return stamp
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, COMPACT):
        match = pattern.search(text)
        if match:
            y, m, d = int(match["year"]), _month(match["month"]), int(match["day"])
            if _valid(y, m, d):
                return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def from_url(url: str | None) -> str | None:
    """``/2020/09/27/`` in a URL path, or ``None``."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if match and _valid(int(match["year"]), int(match["month"]), int(match["day"])):
        return f"{int(match['year']):04d}-{int(match['month']):02d}-{int(match['day']):02d}"
    return None


# "MOSCOW, Sept 27, 2020 (Reuters) -": a place in capitals, a date, an agency, a dash.
DATELINE = re.compile(
    r"^[A-Z][A-Z .,/'’-]{1,40}?,?\s+(?P<date>[A-Za-z0-9 .,]{6,30}?)\s*(?:\([^()]{1,30}\))?\s*[-–—]"
)


def from_dateline(paragraph: str) -> str | None:
    """The date in a dateline that opens a story, when it has a year."""
    match = DATELINE.match(paragraph)
    return normalize(match["date"]) if match else None

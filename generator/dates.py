"""Dates as news writes them, resolved against the article's publication date.

``resolve("two years ago", "2020-09-27")`` -> ``ResolvedDate("2018", "year")``.
Absolute dates ("1991", "the 1990s", "July 2020", "27 September 2020") resolve on their
own; relative ones ("on Sunday", "in July", "last month", "two years ago") need the
publication date and stay as written, with precision ``unresolved``, without it.
The result says how precise it is: ``day``, ``month``, ``year`` or ``decade``.

The extract stage calls this when it drafts a sheet; the knowledge stage calls it again
once an editor has set a sheet's ``published`` date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from generator.vocabulary import MONTHS, DatePrecision

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "a few": 3,
    "several": 3,
}
_LEAD = re.compile(r"^(?:in|on|at|since|by|from|during|until|early|late|mid|the)\s+", re.I)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3}0)'?s$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_AGO = re.compile(r"^(\w+(?: few)?)\s+(day|week|month|year|decade|century|centuries)s?\s+ago$")
_LAST = re.compile(r"^(last|this|next|past)\s+(week|month|year|weekend|night)$")


@dataclass(frozen=True)
class ResolvedDate:
    date: str  # "2020-09-27", "2020-07", "2018", "1990s", or as written when unresolved
    precision: DatePrecision
    as_written: str | None = None  # the words, when they were relative

    @property
    def resolved(self) -> bool:
        return self.precision != "unresolved"


def parse_published(published: str | None) -> date | None:
    """The publication day of an ISO date or date-time string; None when absent/invalid."""
    if not published:
        return None
    match = _ISO.match(published.strip())
    if not match or not match.group(2):
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3) or 1))
    except ValueError:
        return None


def day(published: str | None) -> str | None:
    """A publication date as ``YYYY-MM-DD`` (a time of day dropped: ``2020-09-28T10:19``
    -> ``2020-09-28``), or ``YYYY-MM``/``YYYY`` when that is all it says; ``None`` when
    it is absent or not a date.  Dates sort as text only in this one shape."""
    if not published:
        return None
    match = _ISO.match(published.strip())
    if not match:
        return None
    if match.group(3) or not match.group(2):
        parsed = parse_published(published)
        return parsed.isoformat() if parsed else (match.group(1) if not match.group(2) else None)
    return f"{match.group(1)}-{match.group(2)}"


def _normal(text: str) -> str:
    words = " ".join(text.lower().replace("’", "'").split()).strip(" .,;")
    words = re.sub(r"^(?:the\s+)?(?:early|mid|late)-", "", words)  # "the mid-1990s"
    previous = None
    while previous != words:
        previous, words = words, _LEAD.sub("", words)
    return words


def _absolute(words: str) -> ResolvedDate | None:
    if _YEAR.match(words):
        return ResolvedDate(words, "year")
    if m := _DECADE.match(words):
        return ResolvedDate(f"{m.group(1)}s", "decade")
    if (m := _ISO.match(words)) and m.end() == len(words) and m.group(2):
        try:
            date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:
            return None  # "2020-13": not a date
        return ResolvedDate(words, "day" if m.group(3) else "month")
    if (m := _MONTH_YEAR.match(words)) and m.group(1) in MONTHS:
        return ResolvedDate(f"{m.group(2)}-{MONTHS[m.group(1)]:02d}", "month")
    for pattern, d, mo, y in ((_DAY_MONTH_YEAR, 1, 2, 3), (_MONTH_DAY_YEAR, 2, 1, 3)):
        m = pattern.match(words)
        if m and m.group(mo) in MONTHS:
            try:
                day = date(int(m.group(y)), MONTHS[m.group(mo)], int(m.group(d)))
            except ValueError:
                return None
            return ResolvedDate(day.isoformat(), "day")
    return None


def _shift_months(day: date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


def _relative(words: str, now: date) -> ResolvedDate | None:
    if words in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ResolvedDate(now.isoformat(), "day")
    if words in ("yesterday", "last night"):
        return ResolvedDate((now - timedelta(days=1)).isoformat(), "day")
    if words in WEEKDAYS:  # the most recent such day, on or before publication
        back = (now.weekday() - WEEKDAYS.index(words)) % 7
        return ResolvedDate((now - timedelta(days=back)).isoformat(), "day")
    if words in MONTHS and len(words) > 3:  # "in July": the latest July not after now
        month = MONTHS[words]
        year = now.year if month <= now.month else now.year - 1
        return ResolvedDate(f"{year}-{month:02d}", "month")
    if m := _AGO.match(words):
        n = NUMBERS.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else None)
        if n is None:
            return None
        unit = m.group(2)
        if unit in ("day", "week"):
            return ResolvedDate(
                (now - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
            )
        if unit == "month":
            y, mo = _shift_months(now, -n)
            return ResolvedDate(f"{y}-{mo:02d}", "month")
        years = {"decade": 10, "century": 100, "centuries": 100}.get(unit, 1)
        return ResolvedDate(str(now.year - n * years), "year")
    if m := _LAST.match(words):
        which, unit = m.groups()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "year":
            return ResolvedDate(str(now.year + step), "year")
        if unit == "month":
            y, mo = _shift_months(now, step)
            return ResolvedDate(f"{y}-{mo:02d}", "month")
        if unit == "night" and which == "last":
            return ResolvedDate((now - timedelta(days=1)).isoformat(), "day")
        if unit == "week":
            y, mo = (now + timedelta(days=7 * step)).year, (now + timedelta(days=7 * step)).month
            return ResolvedDate(f"{y}-{mo:02d}", "month")
    return None


def resolve(as_written: str, published: str | None) -> ResolvedDate:
    """Resolve the date words ``as_written`` against ``published`` (an ISO date or None)."""
    words = _normal(as_written)
    absolute = _absolute(words)
    if absolute is not None:
        return absolute
    now = parse_published(published)
    if now is not None:
        found = _relative(words, now)
        if found is not None:
            return ResolvedDate(found.date, found.precision, as_written.strip())
    return ResolvedDate(as_written.strip(), "unresolved", as_written.strip())


def is_relative(as_written: str) -> bool:
    """True when the words need a publication date to mean a day, month or year."""
    return _absolute(_normal(as_written)) is None and (
        _relative(_normal(as_written), date(2000, 6, 15)) is not None
    )

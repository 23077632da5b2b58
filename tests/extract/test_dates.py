"""generator.dates: dates as written, resolved against a publication date."""

from __future__ import annotations

import pytest

from generator.dates import ResolvedDate, is_relative, parse_published, resolve

PUBLISHED = "2020-09-29T08:53:40"  # a Tuesday


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1991", ResolvedDate("1991", "year")),
        ("in 1994", ResolvedDate("1994", "year")),
        ("the 1990s", ResolvedDate("1990s", "decade")),
        ("in the 1990s", ResolvedDate("1990s", "decade")),
        ("July 2020", ResolvedDate("2020-07", "month")),
        ("27 September 2020", ResolvedDate("2020-09-27", "day")),
        ("September 27, 2020", ResolvedDate("2020-09-27", "day")),
        ("2020-09-27", ResolvedDate("2020-09-27", "day")),
    ],
)
def test_absolute_dates_need_no_publication_date(written, expected):
    assert resolve(written, None) == expected
    assert resolve(written, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("written", "date", "precision"),
    [
        ("on Sunday", "2020-09-27", "day"),
        ("Tuesday", "2020-09-29", "day"),
        ("yesterday", "2020-09-28", "day"),
        ("today", "2020-09-29", "day"),
        ("in July", "2020-07", "month"),
        ("in December", "2019-12", "month"),
        ("last month", "2020-08", "month"),
        ("two years ago", "2018", "year"),
        ("three months ago", "2020-06", "month"),
        ("last year", "2019", "year"),
        ("a decade ago", "2010", "year"),
    ],
)
def test_relative_dates_resolve_against_publication(written, date, precision):
    assert resolve(written, PUBLISHED) == ResolvedDate(date, precision, written)


@pytest.mark.parametrize("written", ["on Sunday", "in July", "two years ago", "last month"])
def test_relative_dates_stay_as_written_without_publication(written):
    found = resolve(written, None)
    assert found == ResolvedDate(written, "unresolved", written)
    assert not found.resolved
    assert is_relative(written)


def test_words_that_are_no_date_stay_unresolved():
    assert resolve("recent months", PUBLISHED).precision == "unresolved"
    assert not is_relative("1991")


@pytest.mark.parametrize(
    ("published", "day"),
    [
        ("2020-09-29", "2020-09-29"),
        ("2020-09-29T10:00:00+02:00", "2020-09-29"),
        ("2020", None),
        ("nonsense", None),
        (None, None),
        ("2020-13-45", None),
    ],
)
def test_parse_published(published, day):
    parsed = parse_published(published)
    assert (parsed.isoformat() if parsed else None) == day


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("the mid-1990s", ResolvedDate("1990s", "decade")),
        ("in the early 2000s", ResolvedDate("2000s", "decade")),
        ("a century ago", ResolvedDate("1920", "year", "a century ago")),
    ],
)
def test_parts_of_decades_and_centuries(written, expected):
    assert resolve(written, PUBLISHED) == expected


def test_impossible_dates_stay_unresolved():
    assert resolve("2020-13", None).precision == "unresolved"
    assert resolve("2020-02-30", None).precision == "unresolved"
    assert resolve("31 February 2020", None).precision == "unresolved"

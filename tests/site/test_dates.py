"""Dates as the site shows them: as precise as the sheet says, never more or less."""

from __future__ import annotations

import pytest

from generator.site.dates import human_date


@pytest.mark.parametrize(
    ("value", "precision", "shown"),
    [
        ("1990s", "decade", "1990s"),
        ("1990s", None, "1990s"),
        ("1990", "decade", "1990s"),
        ("1991", "year", "1991"),
        ("1991", None, "1991"),
        ("2020-09", "month", "September 2020"),
        ("2020-09", None, "September 2020"),
        ("2020-09-27", "month", "September 2020"),
        ("2020-09-27", "day", "27 September 2020"),
        ("2020-09-27", None, "27 September 2020"),
        ("two years ago", "unresolved", "two years ago"),
        ("1990s", "unresolved", "1990s"),
        ("2020-09-27", "unresolved", "2020-09-27"),
        (None, None, None),
    ],
)
def test_human_date_shows_the_sheet_precision(
    value: str | None, precision: str | None, shown: str | None
) -> None:
    assert human_date(value, precision) == shown

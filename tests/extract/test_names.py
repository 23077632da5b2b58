"""Name matching: spelling variants, surnames, and the bounded edit distance under them."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import names


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("kitten", "sitting", 3), ("", "abc", 3), ("pashinyan", "pashinian", 1), ("same", "same", 0)],
)
def test_distance_is_levenshtein(a: str, b: str, expected: int) -> None:
    assert names.distance(a, b) == expected
    assert names.distance(b, a) == expected
    assert names.distance(a, b, limit=expected) == expected  # within the limit: exact


def test_distance_beyond_the_limit_stops_early() -> None:
    assert names.distance("kitten", "sitting", limit=2) == math.inf
    assert names.distance("a", "abcdef", limit=3) == math.inf


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Nikol Pashinyan", "Nikol Pashinian", True),
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Ilham Aliyev", "Ilham Aliev", True),
        ("Vladimir Putin", "Vladimir Potanin", False),
        ("Aliyev", "Aliev", False),  # too short to trust an edit
    ],
)
def test_spelling_variants(a: str, b: str, expected: bool) -> None:
    assert names.variant(a, b) is expected
    assert names.variant(b, a) is expected


def test_a_surname_names_the_same_person() -> None:
    assert names.same("Armenian Prime Minister Nikol Pashinyan", "Pashinyan")
    assert names.same("Omar al-Bashir", "Bashir")
    assert not names.same("Pashinyan", "Nikol Pashinyan")


_TEXT = st.text(alphabet="ab -_é1.’\n", max_size=30)


@settings(max_examples=3000, deadline=None)
@given(text=_TEXT, form=st.text(alphabet="ab -é.", min_size=1, max_size=4))
def test_standalone_is_the_word_bounded_pattern(text: str, form: str) -> None:
    pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert list(names.standalone(text, form)) == expected


def test_standalone_examples() -> None:
    text = "Aliyev said. Aliyev's aide, Aliyeva and pro-Aliyev crowds; Aliyev_2"
    assert list(names.standalone(text, "Aliyev")) == [(0, 6), (13, 19)]
    assert list(names.standalone("aaa", "aa")) == []
    assert list(names.standalone("aa aa", "aa")) == [(0, 2), (3, 5)]

"""Whatever the bytes, loading a sheet gives a sheet or a FactSheetError: never a crash."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import factsheet
from generator.errors import FactSheetError

from .test_errors import PATH, VALID

_PIECES = st.sampled_from(
    [
        ":",
        "- ",
        "  ",
        "\n",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "!!python/name:os",
        "#",
        "|",
        ">",
        "\t",
        "?",
        ",",
        "%YAML 1.1\n",
        "---\n",
        "\x00",
        "\ufeff",
        "é",
        "null",
        "~",
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = VALID
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(_PIECES) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(1, 12)) :]
    return text


def _load_or_fail_cleanly(text: str) -> None:
    try:
        factsheet.load_text(text, PATH)
    except FactSheetError as error:
        for problem in error.problems:
            assert problem.path == PATH
            assert problem.message
            assert str(problem).startswith(PATH)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated())
def test_mutated_sheets_load_or_fail_cleanly(text: str) -> None:
    _load_or_fail_cleanly(text)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_arbitrary_text_loads_or_fails_cleanly(text: str) -> None:
    _load_or_fail_cleanly(text)

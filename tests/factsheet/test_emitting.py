"""The fast emitter (libyaml) writes the bytes ruamel.yaml writes, so that a fresh
sheet and a merged one look the same."""

from __future__ import annotations

import dataclasses
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import factsheet
from generator.factsheet import emitting, model, writing

from .sheet_fixtures import make_sheet

pytestmark = pytest.mark.skipif(not emitting.AVAILABLE, reason="PyYAML built without libyaml")


def ruamel_body(data: object) -> str:
    buffer = io.StringIO()
    writing.yaml_writer().dump(writing.styled(data), buffer)
    return buffer.getvalue()


def fast_body(data: object) -> str:
    try:
        return emitting.dump(data, width=writing.WIDTH, style=writing.scalar_style)
    except emitting.Unsupported:  # render() writes these with ruamel
        return ruamel_body(data)


# Text that YAML 1.1 and 1.2 read differently, that needs quotes for one reason or
# another, or that the sheet writer folds, keeps literal or escapes.
AWKWARD = [
    "no",
    "yes",
    "on",
    "Off",
    "y",
    "true",
    "null",
    "~",
    "",
    "1991",
    "1:20",
    "1_000",
    "0x1F",
    "0o17",
    "017",
    "3.5",
    ".5",
    "1e3",
    ".inf",
    "2020-09-27",
    "don't",
    "'quoted'",
    "\"I don't believe that's going to work,\" he said.",
    "''That wasn't a good way to treat me,''",
    "- a dash",
    "? what",
    "key: value",
    "a # not a comment",
    "#hashtag",
    "@handle",
    "`tick`",
    "%percent",
    "!bang",
    "&anchor",
    "*star",
    "[brackets]",
    "{braces}",
    "trailing space ",
    " leading space",
    "two  spaces inside",
    "line one\nline two",
    "line one\n line two indented",
    "it's\nmulti-line",
    "tab\there",
    "bell\x07",
    "nbsp\u00a0here",
    "line\u2028separator",
    "Ünïcödé, ελληνικά, русский, العربية, 中文",
    "a" * 200,
    "word " * 40 + "end",
    "Armenia's defence ministry said: 'the shelling continues' near Stepanakert, "
    "Nagorno-Karabakh's main city, on Sunday morning",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_text_is_written_as_ruamel_writes_it(text: str) -> None:
    data = {"summary": text, "aliases": [text, "plain"], "nested": [{"quote": text}]}
    assert fast_body(data) == ruamel_body(data)


def test_a_whole_sheet_is_written_as_ruamel_writes_it() -> None:
    data = writing.to_data(make_sheet())
    assert fast_body(data) == ruamel_body(data)


@pytest.mark.parametrize("confidence", [0.0, 0.05, 0.1, 0.5, 0.62, 0.99, 1.0, 1])
def test_review_state_and_confidence_are_written_as_ruamel_writes_them(
    confidence: float,
) -> None:
    base = make_sheet()
    figure = dataclasses.replace(base.claims[0].figures[0], confidence=confidence)
    claim = dataclasses.replace(base.claims[0], figures=(figure,), confidence=confidence)
    actor = dataclasses.replace(base.actors[0], review=model.REVIEWED, confidence=confidence)
    sheet = dataclasses.replace(
        base, review=model.REVIEWED, actors=(actor, *base.actors[1:]), claims=(claim,)
    )
    data = writing.to_data(sheet)
    assert fast_body(data) == ruamel_body(data)
    assert factsheet.load_text(factsheet.dump(sheet), "content/facts/r.yaml").claims[0] == claim


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)),
        max_size=120,
    )
)
def test_any_text_is_written_as_ruamel_writes_it(text: str) -> None:
    data = {"title": text, "items": [text, {"text": text}]}
    assert fast_body(data) == ruamel_body(data)


@settings(max_examples=100, deadline=None)
@given(
    number=st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
    flag=st.booleans(),
)
def test_numbers_and_flags_are_written_as_ruamel_writes_them(number: float, flag: bool) -> None:
    data = {"value": number, "hidden": flag, "role": None, "about": []}
    assert fast_body(data) == ruamel_body(data)


def test_a_sheet_dumped_fast_reads_back_equal() -> None:
    base = make_sheet()
    sheet = make_sheet(summary="no", actors=(*base.actors, model.Actor("on", "On", "place")))

    text = factsheet.dump(sheet)
    assert "\nsummary: no\n" in text and "- id: on\n" in text
    assert factsheet.load_text(text, "content/facts/river-dispute.yaml") == sheet


def test_text_libyaml_would_escape_is_refused_and_written_by_ruamel() -> None:
    with pytest.raises(emitting.Unsupported):
        emitting.dump({"quote": "emoji 🙂"}, width=writing.WIDTH)
    assert "quote: emoji 🙂\n" in writing.render({"quote": "emoji 🙂"})


@pytest.mark.parametrize("number", [1e17, 5e-324, 2.5, -1e-7])
def test_numbers_read_back_as_numbers_with_yaml_1_1(number: float) -> None:
    import yaml

    assert yaml.safe_load(writing.render({"value": number}))["value"] == number

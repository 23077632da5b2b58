"""Writing sheets: round trip, same bytes every time, readable layout, atomic saves."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import factsheet
from generator.errors import FactSheetError
from generator.factsheet import model, writing

from .sheet_fixtures import make_sheet


def test_round_trip_is_equal(sheet: model.FactSheet) -> None:
    text = factsheet.dump(sheet)
    again = factsheet.load_text(text, "content/facts/river-dispute.yaml")
    assert again == sheet


def test_dump_is_deterministic(sheet: model.FactSheet) -> None:
    first = factsheet.dump(sheet)
    assert factsheet.dump(make_sheet()) == first
    assert factsheet.dump(factsheet.load_text(first, "content/facts/river-dispute.yaml")) == first


def test_layout_is_made_for_hand_editing(sheet: model.FactSheet) -> None:
    text = factsheet.dump(sheet)
    lines = text.splitlines()
    assert lines[0] == (
        "# yaml-language-server: $schema=../../generator/factsheet/factsheet.schema.json"
    )
    assert any("hidden: true" in line for line in lines[1:11])  # the header tells what to do
    assert any("review: reviewed" in line for line in lines[1:11])
    top = [line.split(":")[0] for line in lines if line[:1].isalpha()]
    assert top == [
        "review",
        "article",
        "summary",
        "actors",
        "claims",
        "background",
        "analysis",
        "paragraphs",
        "images",
    ]
    assert "  by: anna-berg\n" in text  # one source: a plain string
    assert "role: null" not in text and "quote:" not in text  # empty fields left out
    assert "  hidden:" not in text
    assert "\n\nclaims:\n" in text  # sections are set apart by a blank line


def test_unicode_and_long_text_stay_readable() -> None:
    long_text = (
        "Die Bürgermeisterin sagte, das Wasser habe „ohne Vorwarnung“ vierzig Häuser "
        "überflutet, und verlangte eine Untersuchung durch die Landesregierung."
    )
    sheet = make_sheet(summary=long_text)
    text = factsheet.dump(sheet)
    assert "summary: >-\n  Die Bürgermeisterin" in text
    assert "\\u" not in text
    assert factsheet.load_text(text, "x/river-dispute.yaml").summary == long_text


def test_several_sources_are_a_list() -> None:
    base = make_sheet()
    claim = dataclasses.replace(base.claims[0], by=("anna-berg", "lowford"))
    text = factsheet.dump(dataclasses.replace(base, claims=(claim,)))
    assert "  by:\n  - anna-berg\n  - lowford\n" in text


def test_dumped_sheet_matches_the_published_schema(sheet: model.FactSheet) -> None:
    schema = json.loads(factsheet.SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(factsheet.dump(sheet)), schema)
    broken = yaml.safe_load(factsheet.dump(sheet))
    broken["actors"][0]["kind"] = "town"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_save_points_to_the_schema_from_where_the_sheet_lives(tmp_path: Path) -> None:
    path = tmp_path / "content" / "facts" / "river-dispute.yaml"
    factsheet.save(make_sheet(), path)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    ref = first.split("$schema=", 1)[1]
    assert (path.parent / ref).resolve() == factsheet.SCHEMA_FILE.resolve()
    assert factsheet.load(path) == dataclasses.replace(make_sheet(), path=str(path))


def test_a_failing_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "river-dispute.yaml"
    factsheet.save(make_sheet(), path)
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(FactSheetError) as caught:
        factsheet.save(make_sheet(summary="changed"), path)
    assert str(caught.value.problems[0]).startswith(
        f"{path}: could not write: No space left on device"
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["river-dispute.yaml"]  # no temp left


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=200,
)


@settings(max_examples=60, deadline=None)
@given(text=_text, name=_text, role=st.one_of(st.none(), _text))
def test_any_text_survives_a_round_trip(text: str, name: str, role: str | None) -> None:
    base = make_sheet()
    actor = dataclasses.replace(base.actors[0], name=name, role=role)
    claim = dataclasses.replace(base.claims[0], text=text, quote=text)
    sheet = dataclasses.replace(
        base, summary=text, actors=(actor, *base.actors[1:]), claims=(claim, *base.claims[1:])
    )
    assert factsheet.load_text(factsheet.dump(sheet), "content/facts/river-dispute.yaml") == sheet


def test_styled_leaves_awkward_text_to_quoting() -> None:
    assert type(writing.styled("x" * 100)).__name__ == "FoldedScalarString"
    assert type(writing.styled("a  b" * 30)) is str  # double spaces would not fold back
    assert type(writing.styled("one\ntwo")).__name__ == "LiteralScalarString"


def test_a_rewrite_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "river-dispute.yaml"
    factsheet.save(make_sheet(), path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    path.chmod(0o640)
    factsheet.save(make_sheet(summary="changed"), path)
    assert path.stat().st_mode & 0o777 == 0o640


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

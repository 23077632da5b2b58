"""The sheet store: each text parsed once, a settled file not even read again, and an
edit never missed (see generator/factsheet/store.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator.factsheet import SheetStore
from generator.factsheet import store as store_module

from .sheet_fixtures import make_sheet


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the store reads."""
    seen: list[str] = []
    read_text = store_module.read_text

    def counting(path: Path, shown: str | None = None) -> str:
        seen.append(shown or str(path))
        return read_text(path, shown)

    monkeypatch.setattr(store_module, "read_text", counting)
    return seen


def _write(path: Path, summary: str) -> None:
    from generator import factsheet

    path.write_text(factsheet.dump(make_sheet(summary=summary)), encoding="utf-8")


def test_a_settled_file_is_not_read_again(tmp_path: Path, reads: list[str]) -> None:
    sheet = tmp_path / "dam.yaml"
    _write(sheet, "The dam broke.")
    old = time.time_ns() - 60 * 1_000_000_000
    os.utime(sheet, ns=(old, old))  # saved a minute ago
    store = SheetStore(tmp_path)
    first = store.load(sheet)
    assert store.load(sheet) is first and reads == ["dam.yaml"]
    _write(sheet, "The dam broke twice.")  # a new save: a new time
    assert store.load(sheet).summary == "The dam broke twice." and len(reads) == 2


def test_a_second_save_in_the_same_instant_is_not_missed(tmp_path: Path, reads: list[str]) -> None:
    sheet = tmp_path / "dam.yaml"
    _write(sheet, "The dam broke.")
    stamp = sheet.stat().st_mtime_ns
    store = SheetStore(tmp_path)
    assert store.load(sheet).summary == "The dam broke."
    _write(sheet, "The dam burst.")  # same size
    os.utime(sheet, ns=(stamp, stamp))  # and, on a coarse clock, the same time
    assert store.load(sheet).summary == "The dam burst."
    assert len(reads) == 2


def test_sheets_parsed_in_processes_are_what_read_parses(tmp_path: Path) -> None:
    """parse_all parses in worker processes; what comes back is what read() parses in
    turn, field marks (keyed by object) included, and read() does not parse them again."""
    count = store_module.PARALLEL_FROM
    paths = [tmp_path / f"s{n:02}.yaml" for n in range(count)]
    for n, path in enumerate(paths):
        _write(path, f"The dam broke {n} times.")
    paths[3].write_text("summary: [unclosed\n", encoding="utf-8")  # not YAML: problems
    in_turn, ahead = SheetStore(tmp_path), SheetStore(tmp_path)
    assert ahead.parse_all(paths, processes=2) == count
    parsed = {name: entry[1] for name, entry in ahead._entries.items()}
    for path in paths:
        mine, theirs = in_turn.read(path), ahead.read(path)
        assert theirs is parsed[path.name]  # read() found it parsed
        assert (theirs.sheet, theirs.problems, theirs.marks.at) == (
            mine.sheet,
            mine.problems,
            mine.marks.at,
        )
        if mine.sheet is not None:
            objects = (
                (*mine.sheet.actors, *mine.sheet.claims),
                (*theirs.sheet.actors, *theirs.sheet.claims),
            )
            paths_of = [
                [c.marks.path_of(o) for o in os_]
                for c, os_ in zip((mine, theirs), objects, strict=True)
            ]
            assert paths_of[0] == paths_of[1] and all(paths_of[0])
    assert ahead.parse_all(paths, processes=2) == 0  # nothing new to parse


def test_few_sheets_are_left_to_read(tmp_path: Path) -> None:
    path = tmp_path / "dam.yaml"
    _write(path, "The dam broke.")
    store = SheetStore(tmp_path)
    assert store.parse_all([path], processes=2) == 0 and len(store) == 0


def test_settled_sheets_parsed_in_processes_are_not_read_again(
    tmp_path: Path, reads: list[str]
) -> None:
    paths = [tmp_path / f"s{n:02}.yaml" for n in range(store_module.PARALLEL_FROM)]
    old = time.time_ns() - 60 * 1_000_000_000
    for n, path in enumerate(paths):
        _write(path, f"The dam broke {n} times.")
        os.utime(path, ns=(old, old))  # saved a minute ago
    store = SheetStore(tmp_path)
    assert store.parse_all(paths, processes=2) == len(paths)
    reads.clear()
    assert [store.load(p).summary for p in paths[:2]] == [
        "The dam broke 0 times.",
        "The dam broke 1 times.",
    ]
    assert reads == []

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

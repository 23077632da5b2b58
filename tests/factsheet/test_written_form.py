"""The written form of a sheet, kept as a file and compared byte for byte.

Regenerate after an intended change of format:
``EXPLAINER_REGEN_GOLDEN=1 .venv/bin/pytest tests/factsheet/test_written_form.py``, then
read the diff.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator import factsheet
from generator.factsheet import model
from tests.conftest import REGEN_GOLDEN

from .sheet_fixtures import make_sheet

GOLDEN = Path(__file__).parent / "golden" / "river-dispute.yaml"


def _rich_sheet() -> model.FactSheet:
    sheet = make_sheet(
        summary=(
            "Two towns blame each other after the old dam broke.\n\n"
            "Lowford’s mayor says forty houses were flooded; Highmere denies it."
        )
    )
    long_claim = dataclasses.replace(
        sheet.claims[0],
        by=("anna-berg", "lowford"),
        quote="They opened the sluices at night, without a word to anyone downstream.",
        confidence=0.62,
        figures=(dataclasses.replace(sheet.claims[0].figures[0], confidence=0.4),),
    )
    denial = dataclasses.replace(sheet.claims[1], review=model.REVIEWED, confidence=0.91)
    actors = (dataclasses.replace(sheet.actors[0], confidence=0.97), *sheet.actors[1:])
    return dataclasses.replace(sheet, actors=actors, claims=(long_claim, denial))


def test_written_sheet_matches_the_golden_file() -> None:
    text = factsheet.dump(_rich_sheet())
    if REGEN_GOLDEN:
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
    assert factsheet.load_text(text, "content/facts/river-dispute.yaml") == _rich_sheet()

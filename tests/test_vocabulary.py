"""One vocabulary (generator/vocabulary.py): every stage uses the same words."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

from generator import dates, factsheet, ingest, vocabulary
from generator.extract import lexicon
from generator.knowledge import names
from generator.site import dates as site_dates

ROOT = Path(__file__).resolve().parents[1] / "generator"


def test_the_stages_share_one_definition() -> None:
    assert ingest.PARAGRAPH_KINDS is vocabulary.PARAGRAPH_KINDS
    assert factsheet.PARAGRAPH_KINDS is vocabulary.PARAGRAPH_KINDS
    assert factsheet.DATE_PRECISIONS is vocabulary.DATE_PRECISIONS
    assert lexicon.TITLES is vocabulary.TITLES and lexicon.HONORIFICS is vocabulary.HONORIFICS
    assert names.TITLE_WORDS is vocabulary.TITLE_WORDS and names.DEMONYMS is vocabulary.DEMONYMS
    assert get_args(vocabulary.ParagraphKind) == vocabulary.PARAGRAPH_KINDS
    assert get_args(vocabulary.DatePrecision) == vocabulary.DATE_PRECISIONS


def test_the_vocabulary_is_the_lowest_floor() -> None:
    tree = ast.parse((ROOT / "vocabulary.py").read_text(encoding="utf-8"))
    imported = [
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    ]
    assert not [m for m in imported if m.startswith("generator")]


def test_months_are_read_and_written_with_the_same_names() -> None:
    assert site_dates.MONTHS[8] == "September" and vocabulary.MONTHS["sept"] == 9
    assert [vocabulary.MONTHS[m.lower()] for m in site_dates.MONTHS] == list(range(1, 13))
    assert site_dates.human_date("2031-09-04", "day") == "4 September 2031"
    assert dates.resolve("in Sept. 2031", None) == dates.ResolvedDate("2031-09", "month")


def test_every_precision_a_date_resolves_to_is_one_a_sheet_may_hold() -> None:
    found = {
        dates.resolve(text, "2031-03-14").precision
        for text in ("1991", "the 1990s", "July 2020", "27 September 2020", "on Sunday", "soon")
    }
    assert found <= set(vocabulary.DATE_PRECISIONS)
    assert found >= {"year", "decade", "month", "day"}


def test_a_title_extraction_knows_is_no_part_of_a_name_when_names_compare() -> None:
    # "taoiseach" is an office title extraction reads; comparing names drops it too
    assert "taoiseach" in vocabulary.TITLES and "taoiseach" in vocabulary.TITLE_WORDS
    assert names.personal_name("Taoiseach Orla Brennick") == ("orla", "brennick")
    every_word = {word for title in vocabulary.TITLES for word in title.split()}
    assert every_word <= vocabulary.TITLE_WORDS

"""The extractor's confidence: signals read from how an item was found, and a map from
them to a chance, kept as data with its provenance."""

from __future__ import annotations

import json
import math

import pytest

from generator.extract import confidence
from generator.extract.draft import drafted

TEXT = """Two Norwegian officials said the border post at Lunde had been closed in May.

Sweden's foreign ministry said the crossing was never closed.

Norway's defence minister Kari Dahl said Swedish troops had destroyed three Norwegian
trucks near the post, and five more lorries.

It said its staff had acted lawfully."""


@pytest.fixture
def result(article, nlp):
    return drafted(article(TEXT), nlp)


def _claim_signals(result, words: str) -> confidence.Signals:
    claim = next(c for c in result.sheet.claims if words in c.text)
    return result.signals["claim", claim.id]


def test_how_the_source_phrase_names_the_actor(result):
    forms = {
        words: next(k for k in _claim_signals(result, words) if k.startswith("source="))
        for words in ("border post", "never closed", "trucks", "acted lawfully")
    }
    assert forms == {
        "border post": "source=modifier",  # "Two Norwegian officials": Norway only qualifies
        "never closed": "source=exact",  # "Sweden's foreign ministry"
        "trucks": "source=head",  # "Norway's defence minister Kari Dahl"
        "acted lawfully": "source=pronoun",  # "It said"
    }


def test_every_drafted_item_has_a_chance_and_figures_only_with_a_side(result):
    sheet = result.sheet
    assert sheet.actors and sheet.claims
    for item in (*sheet.actors, *sheet.claims):
        assert item.confidence is not None and 0 <= item.confidence <= 1
    figures = [f for c in sheet.claims for f in c.figures]
    assert any(f.side for f in figures)
    for figure in figures:
        assert (figure.confidence is not None) == (figure.side is not None)


def test_a_source_named_only_as_a_modifier_is_less_sure(result):
    sheet = result.sheet
    by_text = {c.text: c.confidence for c in sheet.claims}
    modifier = next(v for k, v in by_text.items() if "border post" in k)
    exact = next(v for k, v in by_text.items() if "never closed" in k)
    assert modifier < exact


def test_the_map_is_a_logistic_over_named_signals():
    maps = {"claim": {"bias": 0.5, "weights": {"source=exact": 1.0, "filter": 2.0}}}
    signals = {"source=exact": 1.0, "filter": -0.25, "unknown": 9.0}
    expected = 1 / (1 + math.exp(-(0.5 + 1.0 - 0.5)))
    assert confidence.confidence("claim", signals, maps) == round(expected, 2)
    assert confidence.confidence("actor", signals, maps) is None  # no map: no number


def test_the_calibration_opens_with_its_provenance():
    table = json.loads(confidence.CALIBRATION.read_text(encoding="utf-8"))
    provenance = table["provenance"]
    for key in ("what", "data", "split", "extractor", "command", "date"):
        assert provenance[key], key
    assert set(table["maps"]) == set(confidence.KINDS)


DENIAL = """Norway's defence ministry said Swedish troops shelled three villages near Lunde.

Sweden's foreign ministry denied that its troops had shelled any villages."""


def test_a_dispute_link_with_its_reason_carries_the_confidence(sheet_of):
    sheet = sheet_of(DENIAL)
    links = [(c.id, d) for c in sheet.claims for d in c.disputes]
    reasoned = [d for _, d in links if d.reason]
    assert reasoned, links
    for link in reasoned:
        assert link.confidence is not None and 0 <= link.confidence <= 1
    assert all(d.confidence is None for _, d in links if not d.reason)  # the other side's id

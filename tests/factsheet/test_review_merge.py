"""Review state survives re-extraction: only the editor's word marks an item reviewed,
and what is reviewed is not changed by the machine (its proposals are warnings)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import factsheet
from generator.factsheet import model

from .sheet_fixtures import make_sheet


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "content" / "facts" / "river-dispute.yaml", tmp_path / "cache"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the sheet should contain {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _drafted() -> model.FactSheet:
    """A machine draft with the extractor's confidence on every item."""
    sheet = make_sheet()
    figure = dataclasses.replace(sheet.claims[0].figures[0], confidence=0.4)
    claims = (
        dataclasses.replace(sheet.claims[0], figures=(figure,), confidence=0.5),
        dataclasses.replace(sheet.claims[1], confidence=0.9),
    )
    actors = tuple(dataclasses.replace(a, confidence=0.8) for a in sheet.actors)
    return dataclasses.replace(sheet, actors=actors, claims=claims)


def _redrafted() -> model.FactSheet:
    """A later extractor: other confidences, a changed verb and figure side, a new claim,
    a new actor, a new background item and a new summary."""
    first = _drafted()
    figure = dataclasses.replace(first.claims[0].figures[0], side="highmere", confidence=0.7)
    blames = dataclasses.replace(first.claims[0], verb="says", figures=(figure,), confidence=0.55)
    denial = dataclasses.replace(first.claims[1], verb="rejects", confidence=0.95)
    new = model.Claim(
        "highmere-warns", ("highmere",), "warns", "more floods will come", confidence=0.3
    )
    agency = model.Actor("river-agency", "River Agency", "organisation", confidence=0.6)
    return dataclasses.replace(
        first,
        summary="The dam broke; the towns blame each other.",
        actors=(*first.actors, agency),
        claims=(blames, denial, new),
        background=(*first.background, model.Background("1990", "The dam was repaired.")),
    )


def _refresh(paths: tuple[Path, Path]) -> factsheet.WriteOutcome:
    path, cache = paths
    return factsheet.write_draft(_redrafted(), path, cache_dir=cache, refresh=True)


def test_a_reviewed_claim_stays_reviewed_and_unchanged(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    _edit(path, "  confidence: 0.9\n", "  review: reviewed\n  confidence: 0.9\n")
    outcome = _refresh(paths)
    sheet = factsheet.load(path)
    denial = sheet.claims[1]
    assert denial.review == model.REVIEWED and sheet.reviewed(denial)
    assert denial.verb == "denies"  # checked by the editor: the machine's change waits
    assert denial.confidence == 0.95  # the machine's own number follows the machine
    assert [p.message for p in outcome.problems if p.field == "claims[1].verb"] == [
        "kept the reviewed value; the new extraction proposes 'rejects'"
    ]
    # a draft item next to it takes the machine's changes as before
    assert sheet.claims[0].verb == "says" and not sheet.reviewed(sheet.claims[0])
    assert sheet.claims[0].figures[0].side == "highmere"
    assert [c.id for c in sheet.claims] == [
        "berg-blames-highmere",
        "highmere-denies",
        "highmere-warns",
    ]


def test_an_edit_does_not_mark_an_item_reviewed(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    _edit(path, "  verb: denies\n", "  verb: rejects\n")
    _refresh(paths)
    sheet = factsheet.load(path)
    assert sheet.claims[1].verb == "rejects"
    assert sheet.claims[1].review is None and not sheet.reviewed(sheet.claims[1])
    assert sheet.review == model.DRAFT


def test_a_reviewed_sheet_takes_new_findings_only_as_drafts(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    _edit(path, "review: draft\n", "review: reviewed\n")
    outcome = _refresh(paths)
    sheet = factsheet.load(path)
    assert sheet.review == model.REVIEWED
    # what the editor vouched for stays as it was
    assert sheet.summary == _drafted().summary
    assert [c.verb for c in sheet.claims[:2]] == ["accuses", "denies"]
    assert sheet.claims[0].figures[0].side == "lowford"
    assert all(sheet.reviewed(c) for c in sheet.claims[:2])
    assert [b.date for b in sheet.background] == ["1952", "last spring"]
    # new claims and actors come in, marked as drafts
    new_claim, new_actor = sheet.claims[2], sheet.actor("river-agency")
    assert new_claim.id == "highmere-warns" and new_claim.review == model.DRAFT
    assert new_actor is not None and new_actor.review == model.DRAFT
    assert not sheet.reviewed(new_claim) and not sheet.reviewed(new_actor)
    assert "  review: draft\n  confidence: 0.3\n" in path.read_text(encoding="utf-8")
    fields = [p.field for p in outcome.problems]
    assert "summary" in fields and "background" in fields
    assert all(p.severity == "warning" for p in outcome.problems)


def test_a_reviewed_item_the_machine_no_longer_finds_is_kept(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    _edit(path, "  confidence: 0.9\n", "  review: reviewed\n  confidence: 0.9\n")
    first = _drafted()
    outcome = factsheet.write_draft(
        dataclasses.replace(first, claims=first.claims[:1]), path, cache_dir=cache, refresh=True
    )
    assert [c.id for c in factsheet.load(path).claims] == [
        "berg-blames-highmere",
        "highmere-denies",
    ]
    assert any("kept it because it is reviewed" in p.message for p in outcome.problems)


def test_a_reviewed_figure_keeps_its_side_and_state(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    _edit(path, "    confidence: 0.4\n", "    review: reviewed\n    confidence: 0.4\n")
    outcome = _refresh(paths)
    sheet = factsheet.load(path)
    claim = sheet.claims[0]
    figure = claim.figures[0]
    assert figure.side == "lowford" and figure.review == model.REVIEWED
    assert figure.confidence == 0.7
    assert sheet.reviewed(claim, figure) and not sheet.reviewed(claim)
    assert claim.verb == "says"  # the claim itself is still a draft
    assert [p.field for p in outcome.problems] == ["claims[0].figures[0].side"]


def test_a_sheet_from_before_review_states_gets_its_review_line(
    paths: tuple[Path, Path],
) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    for file in (path, cache / "river-dispute.yaml"):
        _edit(file, "review: draft\n\n", "")
    _refresh(paths)
    text = path.read_text(encoding="utf-8")
    assert "\nreview: draft\n" in text and factsheet.load(path).review == model.DRAFT


def test_refreshing_twice_changes_nothing_more(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(_drafted(), path, cache_dir=cache, refresh=False)
    _edit(path, "review: draft\n", "review: reviewed\n")
    _refresh(paths)
    before = path.read_bytes()
    assert _refresh(paths).action == "unchanged"
    assert path.read_bytes() == before


def test_a_reviewed_dispute_link_keeps_its_state_and_reason(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    first = _drafted()
    link = model.DisputeLink("berg-blames-highmere", "denies: “flooded”", confidence=0.5)
    denial = dataclasses.replace(first.claims[1], disputes=(link,))
    factsheet.write_draft(
        dataclasses.replace(first, claims=(first.claims[0], denial)),
        path,
        cache_dir=cache,
        refresh=False,
    )
    _edit(path, "    confidence: 0.5\n", "    review: reviewed\n    confidence: 0.5\n")
    again = model.DisputeLink("berg-blames-highmere", "rejects: “opened”", confidence=0.7)
    redrafted = _redrafted()
    claims = (redrafted.claims[0], dataclasses.replace(redrafted.claims[1], disputes=(again,)))
    factsheet.write_draft(
        dataclasses.replace(redrafted, claims=claims), path, cache_dir=cache, refresh=True
    )
    sheet = factsheet.load(path)
    kept = sheet.claims[1].disputes[0]
    assert kept.review == model.REVIEWED and kept.reason == "denies: “flooded”"
    assert sheet.reviewed(sheet.claims[1], kept) and not sheet.reviewed(sheet.claims[1])

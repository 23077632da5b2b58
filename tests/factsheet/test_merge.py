"""Edits are never lost: write_draft keeps, creates, and merges three-way."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator import factsheet
from generator.errors import FactSheetError
from generator.factsheet import model

from .sheet_fixtures import make_sheet


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "content" / "facts" / "river-dispute.yaml", tmp_path / "cache"


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, f"the sheet should contain {old!r}"
    return text.replace(old, new, 1)


def _hand_edit(path: Path) -> None:
    """What an editor does: a comment, a changed role, a new claim, a deleted claim."""
    text = path.read_text(encoding="utf-8")
    text = _edit(
        text,
        "  role: Mayor of Lowford\n",
        "  role: Mayor of Lowford since 2019  # checked on the town's site\n",
    )
    text = _edit(text, "- id: highmere\n", "# Highmere is the upper town\n- id: highmere\n")
    start = text.index("- id: highmere-denies\n")
    end = text.index("\nbackground:\n")
    text = (
        text[:start]
        + "- id: berg-promises-repairs\n"
        + "  by: anna-berg\n"
        + "  verb: promises\n"
        + "  text: the dam will be rebuilt before winter\n"
        + text[end:]
    )
    path.write_text(text, encoding="utf-8")


def _second_draft() -> model.FactSheet:
    """A better extractor: one new actor, one changed verb, a changed machine field."""
    first = make_sheet()
    agency = model.Actor("river-agency", "River Agency", "organisation", role="regulator")
    claims = (dataclasses.replace(first.claims[0], verb="says"), *first.claims[1:])
    article = dataclasses.replace(first.article, extractor="test-2")
    actors = (dataclasses.replace(first.actors[0], role="Mayor"), *first.actors[1:], agency)
    return dataclasses.replace(first, actors=actors, claims=claims, article=article)


def test_no_sheet_is_created_and_its_draft_kept_as_merge_base(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    outcome = factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    assert outcome == factsheet.WriteOutcome("created", True, ())
    assert factsheet.load(path).actors == make_sheet().actors
    assert (cache / "river-dispute.yaml").read_text(encoding="utf-8") == factsheet.dump(
        make_sheet()
    )


def test_an_existing_sheet_is_never_touched_without_refresh(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    _hand_edit(path)
    before = path.read_bytes()
    outcome = factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=False)
    assert outcome == factsheet.WriteOutcome("kept", False, ())
    assert path.read_bytes() == before


def test_refresh_keeps_every_hand_edit_and_adds_the_new_finding(
    paths: tuple[Path, Path],
) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    _hand_edit(path)
    outcome = factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    assert outcome.action == "merged" and outcome.written
    text = path.read_text(encoding="utf-8")
    sheet = factsheet.load(path)
    # every edit intact, the comments included
    assert "  role: Mayor of Lowford since 2019  # checked on the town's site\n" in text
    assert "# Highmere is the upper town\n- id: highmere\n" in text
    assert [c.id for c in sheet.claims] == ["berg-blames-highmere", "berg-promises-repairs"]
    # the machine's new finding is added, its change where nobody edited is taken
    assert sheet.actor("river-agency") == model.Actor(
        "river-agency", "River Agency", "organisation", role="regulator"
    )
    assert sheet.claims[0].verb == "says"
    assert sheet.article.extractor == "test-2"
    # both changed the role: the person's value stays, the proposal is reported
    assert sheet.actor("anna-berg").role == "Mayor of Lowford since 2019"  # type: ignore[union-attr]
    assert [str(p) for p in outcome.problems] == [
        f"{path}:28:9: actors[0].role: warning: kept your value; the new extraction "
        "proposes 'Mayor' (edit the field if the proposal is right)"
    ]
    # layout of the edited sheet survives: header, order, blank lines between sections
    assert text.startswith("# yaml-language-server: $schema=")
    assert "  kind: organisation\n  role: regulator\n\nclaims:\n" in text
    # the new draft is the next merge base
    assert (cache / "river-dispute.yaml").read_text(encoding="utf-8") == factsheet.dump(
        _second_draft()
    )


def test_refresh_twice_changes_nothing_the_second_time(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    _hand_edit(path)
    factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    before = path.read_bytes()
    outcome = factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    assert outcome.action == "unchanged" and not outcome.written
    assert path.read_bytes() == before


def test_refresh_of_an_untouched_sheet_takes_the_new_draft(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    outcome = factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    assert outcome.action == "merged" and outcome.problems == ()
    merged = factsheet.load(path)
    assert merged == dataclasses.replace(_second_draft(), path=str(path))


def test_what_the_machine_no_longer_finds_goes_unless_edited_or_referred_to(
    paths: tuple[Path, Path],
) -> None:
    path, cache = paths
    first = make_sheet()
    factsheet.write_draft(first, path, cache_dir=cache, refresh=False)
    # the new draft drops the 'highmere-denies' claim and the 'lowford' actor;
    # lowford is still referred to (by anna-berg's affiliation), so it must stay
    second = dataclasses.replace(
        first,
        claims=first.claims[:1],
        actors=tuple(a for a in first.actors if a.id != "lowford"),
    )
    factsheet.write_draft(second, path, cache_dir=cache, refresh=True)
    sheet = factsheet.load(path)
    assert [c.id for c in sheet.claims] == ["berg-blames-highmere"]
    assert [a.id for a in sheet.actors] == ["anna-berg", "lowford", "highmere"]


def test_a_deleted_item_stays_deleted(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: highmere-denies\n")
    path.write_text(text[:start] + text[text.index("\nbackground:\n") :], encoding="utf-8")
    factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    assert "highmere-denies" not in path.read_text(encoding="utf-8")


def test_refresh_without_a_merge_base_is_two_way_and_says_so(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    _hand_edit(path)
    (cache / "river-dispute.yaml").unlink()
    outcome = factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    sheet = factsheet.load(path)
    assert sheet.actor("anna-berg").role == "Mayor of Lowford since 2019"  # type: ignore[union-attr]
    assert sheet.actor("river-agency") is not None
    assert any("merged two-way" in p.message for p in outcome.problems)
    assert all(p.severity == "warning" for p in outcome.problems)
    assert sheet.article.extractor == "test-2"  # bookkeeping is the machine's
    assert [p.field for p in outcome.problems] == [None, "actors[0].role", "claims[0].verb"]


def test_a_broken_sheet_is_not_refreshed(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    broken = path.read_text(encoding="utf-8").replace("  name: Lowford\n", "  name: [Lowford\n")
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(FactSheetError) as caught:
        factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    assert caught.value.problems[-1].message.startswith("not refreshed")
    assert path.read_text(encoding="utf-8") == broken


def test_both_sides_add_the_same_list_value_once(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    path.write_text(_edit(text, "  - the lower town\n", "  - the lower town\n  - Low\n"))
    first = make_sheet()
    lowford = dataclasses.replace(first.actors[1], aliases=("the lower town", "Low", "Lowf"))
    second = dataclasses.replace(first, actors=(first.actors[0], lowford, first.actors[2]))
    factsheet.write_draft(second, path, cache_dir=cache, refresh=True)
    assert factsheet.load(path).actors[1].aliases == ("the lower town", "Low", "Lowf")


def test_a_replaced_source_is_not_joined_by_the_machines_proposal(
    paths: tuple[Path, Path],
) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    path.write_text(_edit(text, "  by: highmere\n", "  by: lowford\n"), encoding="utf-8")
    first = make_sheet()
    denial = dataclasses.replace(first.claims[1], by=("anna-berg",))
    second = dataclasses.replace(first, claims=(first.claims[0], denial))
    outcome = factsheet.write_draft(second, path, cache_dir=cache, refresh=True)
    assert factsheet.load(path).claims[1].by == ("lowford",)
    assert [p.field for p in outcome.problems] == ["claims[1].by"]


def test_new_claims_by_an_actor_the_person_deleted_stay_out(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: highmere\n")
    text = text[:start] + text[text.index("\nclaims:\n") :]  # 'highmere' is not an actor
    start = text.index("- id: highmere-denies\n")
    text = text[:start] + text[text.index("\nbackground:\n") :]
    text = text.replace("  about:\n  - highmere\n", "").replace("  - highmere\n", "")
    path.write_text(text, encoding="utf-8")
    first = make_sheet()
    new = model.Claim("highmere-warns", ("highmere",), "warns", "more floods will come")
    second = dataclasses.replace(first, claims=(*first.claims, new))
    outcome = factsheet.write_draft(second, path, cache_dir=cache, refresh=True)
    assert [c.id for c in factsheet.load(path).claims] == ["berg-blames-highmere"]
    assert any("an actor you deleted" in p.message for p in outcome.problems)


def test_a_failing_merge_write_leaves_the_edited_sheet(
    paths: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    _hand_edit(path)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr("os.replace", broken_replace)
    with pytest.raises(FactSheetError) as caught:
        factsheet.write_draft(_second_draft(), path, cache_dir=cache, refresh=True)
    assert "could not write: Permission denied" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["river-dispute.yaml"]


def test_sections_stay_set_apart_when_their_last_item_changes(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    first = make_sheet()
    factsheet.write_draft(first, path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    path.write_text(_edit(text, "  kind: place\n\n", "  kind: place  # upstream\n\n"))
    highmere = dataclasses.replace(first.actors[2], aliases=("the upper town",))
    second = dataclasses.replace(
        first, actors=(*first.actors[:2], highmere), claims=first.claims[:1]
    )
    factsheet.write_draft(second, path, cache_dir=cache, refresh=True)
    text = path.read_text(encoding="utf-8")
    assert "  kind: place  # upstream\n  aliases:\n  - the upper town\n\nclaims:\n" in text
    assert "    sentence: Berg said Highmere flooded forty houses.\n\nbackground:\n" in text
    assert "\n\n\n" not in text
    assert factsheet.load(path).claims == first.claims[:1]


def test_an_emptied_section_gets_the_machines_new_items(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    first = make_sheet(background=())
    factsheet.write_draft(first, path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    path.write_text(_edit(text, "\nanalysis:\n", "\nbackground:\n\nanalysis:\n"))
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=True)
    assert factsheet.load(path).background == make_sheet().background


def test_a_flow_style_list_stays_on_one_line(paths: tuple[Path, Path]) -> None:
    path, cache = paths
    factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        _edit(text, "  aliases:\n  - the lower town\n", "  aliases: [the lower town, Low]\n")
    )
    first = make_sheet()
    lowford = dataclasses.replace(first.actors[1], aliases=("the lower town", "Lowf"))
    second = dataclasses.replace(first, actors=(first.actors[0], lowford, first.actors[2]))
    factsheet.write_draft(second, path, cache_dir=cache, refresh=True)
    assert "  aliases: [the lower town, Low, Lowf]\n" in path.read_text(encoding="utf-8")


def test_two_actors_merged_by_hand_stay_merged(paths: tuple[Path, Path]) -> None:
    """The guide's recipe: move the name into aliases, point the ids to one, delete."""
    path, cache = paths
    first = make_sheet()
    berg = model.Actor("berg", "Berg", "person")
    claim = model.Claim("berg-warns", ("berg",), "warns", "the dam was weak")
    machine = dataclasses.replace(
        first, actors=(*first.actors, berg), claims=(*first.claims, claim)
    )
    factsheet.write_draft(machine, path, cache_dir=cache, refresh=False)
    text = path.read_text(encoding="utf-8")
    text = _edit(text, "  affiliation: lowford\n", "  affiliation: lowford\n  aliases:\n  - Berg\n")
    text = _edit(text, "- id: berg\n  name: Berg\n  kind: person\n", "")
    text = _edit(text, "  by: berg\n", "  by: anna-berg\n")
    path.write_text(text, encoding="utf-8")
    later = model.Claim("berg-promises", ("berg",), "promises", "repairs")
    again = dataclasses.replace(machine, claims=(*machine.claims, later))
    outcome = factsheet.write_draft(again, path, cache_dir=cache, refresh=True)
    sheet = factsheet.load(path)
    assert [a.id for a in sheet.actors] == ["anna-berg", "lowford", "highmere"]
    assert sheet.claims[-2].by == ("anna-berg",)
    # the machine's new finding about 'berg' goes to the actor it was merged into
    assert sheet.claims[-1] == dataclasses.replace(later, by=("anna-berg",))
    assert outcome.problems == ()

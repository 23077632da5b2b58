"""Properties of the three-way merge, over generated edits and re-extractions (slow)."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import factsheet
from generator.factsheet import model

from .sheet_fixtures import make_sheet

ROLES = st.sampled_from([None, "Mayor", "Mayor of Lowford", "Town clerk", "Engineer"])
POOL = [
    model.Actor("river-agency", "River Agency", "organisation"),
    model.Actor("tom-reed", "Tom Reed", "person", role="Dam keeper"),
    model.Actor("valley-council", "Valley Council", "organisation"),
]
EXTRA_CLAIMS = [
    model.Claim("agency-inspects", ("river-agency",), "says", "an inspection is under way"),
    model.Claim("reed-warned", ("tom-reed",), "says", "he warned of cracks a year ago"),
]


@st.composite
def variants(draw: st.DrawFn) -> model.FactSheet:
    """A re-extraction or a hand edit of the fixture sheet: roles, aliases, new items."""
    base = make_sheet()
    actors = [
        dataclasses.replace(
            a,
            role=draw(ROLES) if draw(st.booleans()) else a.role,
            aliases=tuple(
                draw(
                    st.lists(st.sampled_from(["Low", "the town", "Lowf"]), unique=True, max_size=2)
                )
            )
            if draw(st.booleans())
            else a.aliases,
        )
        for a in base.actors
    ]
    extra = draw(st.lists(st.sampled_from(POOL), unique_by=lambda a: a.id, max_size=2))
    extra_ids = {a.id for a in extra}
    claims = list(base.claims)
    claims += [c for c in EXTRA_CLAIMS if c.by[0] in extra_ids and draw(st.booleans())]
    summary = draw(st.sampled_from([base.summary, "The dam broke.", "Floods, then blame."]))
    return dataclasses.replace(
        base, actors=(*actors, *extra), claims=tuple(claims), summary=summary
    )


def _merge(mine: model.FactSheet, theirs: model.FactSheet) -> tuple[model.FactSheet, bytes, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts" / "river-dispute.yaml"
        cache = Path(folder) / "cache"
        factsheet.write_draft(make_sheet(), path, cache_dir=cache, refresh=False)
        factsheet.save(mine, path)  # the person's edits
        before = path.read_bytes()
        outcome = factsheet.write_draft(theirs, path, cache_dir=cache, refresh=True)
        merged = factsheet.load(path)
        again = factsheet.write_draft(theirs, path, cache_dir=cache, refresh=True)
        assert again.action == "unchanged", "a second refresh with the same draft is a no-op"
        after = path.read_bytes()
        assert outcome.written == (after != before)
        return dataclasses.replace(merged, path=None), before, outcome.action


_settings = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.slow
@_settings
@given(theirs=variants())
def test_an_untouched_sheet_becomes_the_new_draft(theirs: model.FactSheet) -> None:
    merged, _, _ = _merge(make_sheet(), theirs)
    assert merged == dataclasses.replace(theirs, path=None)


@pytest.mark.slow
@_settings
@given(mine=variants())
def test_an_unchanged_draft_changes_nothing(mine: model.FactSheet) -> None:
    merged, _, action = _merge(mine, make_sheet())
    assert action == "unchanged"
    assert merged == dataclasses.replace(mine, path=None)


@pytest.mark.slow
@_settings
@given(mine=variants(), theirs=variants())
def test_the_persons_changes_win_and_new_findings_arrive(
    mine: model.FactSheet, theirs: model.FactSheet
) -> None:
    base = make_sheet()
    merged, _, _ = _merge(mine, theirs)
    got = {a.id: a for a in merged.actors}
    before = {a.id: a for a in base.actors}
    for actor in mine.actors:  # everything the person changed or added is there
        for field in ("role", "aliases") if actor.id in before else ("name", "role"):
            if actor.id not in before or getattr(actor, field) != getattr(before[actor.id], field):
                if field == "aliases":
                    assert set(actor.aliases) <= set(got[actor.id].aliases)
                else:
                    assert getattr(got[actor.id], field) == getattr(actor, field)
    for actor in theirs.actors:  # and everything the machine newly found
        assert actor.id in got
    assert merged.summary == (mine.summary if mine.summary != base.summary else theirs.summary)


@st.composite
def reviewed_variants(draw: st.DrawFn) -> model.FactSheet:
    """A hand edit that also marks the sheet, or some actors and claims, reviewed."""
    sheet = draw(variants())
    state = st.sampled_from([None, None, model.REVIEWED, model.DRAFT])
    return dataclasses.replace(
        sheet,
        review=draw(st.sampled_from([model.DRAFT, model.REVIEWED])),
        actors=tuple(dataclasses.replace(a, review=draw(state)) for a in sheet.actors),
        claims=tuple(dataclasses.replace(c, review=draw(state)) for c in sheet.claims),
    )


def _without_confidence(item: model.Actor | model.Claim) -> model.Actor | model.Claim:
    return dataclasses.replace(item, confidence=None)


@pytest.mark.slow
@_settings
@given(mine=reviewed_variants(), theirs=variants())
def test_what_is_reviewed_stays_reviewed_and_unchanged(
    mine: model.FactSheet, theirs: model.FactSheet
) -> None:
    merged, _, _ = _merge(mine, theirs)
    assert merged.review == mine.review
    got = {("actor", a.id): a for a in merged.actors} | {("claim", c.id): c for c in merged.claims}
    for noun, items in (("actor", mine.actors), ("claim", mine.claims)):
        for item in items:
            if mine.reviewed(item):  # kept as the editor left it, and still reviewed
                assert _without_confidence(got[noun, item.id]) == _without_confidence(item)
                assert merged.reviewed(got[noun, item.id])
    mine_ids = {("actor", a.id) for a in mine.actors} | {("claim", c.id) for c in mine.claims}
    for key, item in got.items():  # what only the machine found is never reviewed
        if key not in mine_ids:
            assert not merged.reviewed(item)

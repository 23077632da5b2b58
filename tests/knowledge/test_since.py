"""``knowledge.build(since=last)`` reuses the last build's steps: the result must be what
a build from scratch makes, whatever the edit (invented articles)."""

from __future__ import annotations

import dataclasses

import pytest

from generator import knowledge
from generator.knowledge.storypins import StoryPin, StoryPins

from .handmade import Background, actor, claim, sheet


def _sheets() -> list:
    ana = actor("ana-kovel", "Ana Kovel", role="Premier of Valdoria", affiliation="valdoria")
    valdoria = actor("valdoria", "Valdoria", "country")
    kessmark = actor("kessmark", "Kessmark", "country")
    one = sheet(
        "shelling",
        actors=(ana, valdoria, kessmark),
        claims=(claim("kessmark-fired", "ana-kovel", "Kessmark fired first", about=("kessmark",)),),
        background=(Background(date="1991", text="Valdoria declared independence"),),
        published="2031-03-14",
        outlet="Harbour Courier",
        summary="Valdoria blames Kessmark.",
    )
    two = sheet(
        "talks",
        actors=(ana, kessmark, actor("lena-dorr", "Lena Dorr", role="Mediator")),
        claims=(claim("talks-soon", "lena-dorr", "Talks will start soon"),),
        published="2031-03-15",
        outlet="Valley Post",
        summary="A mediator sees talks ahead.",
    )
    return [one, two]


EDITS = {
    "summary": lambda s: dataclasses.replace(s, summary="Valdoria blames Kessmark again."),
    "role": lambda s: dataclasses.replace(
        s, actors=(dataclasses.replace(s.actors[0], role="President of Valdoria"), *s.actors[1:])
    ),
    "claim": lambda s: dataclasses.replace(
        s, claims=(dataclasses.replace(s.claims[0], text="Kessmark shelled the valley"),)
    ),
    "background": lambda s: dataclasses.replace(s, background=()),
    "date": lambda s: dataclasses.replace(
        s, article=dataclasses.replace(s.article, published="2031-03-16")
    ),
    "outlet": lambda s: dataclasses.replace(
        s, article=dataclasses.replace(s.article, outlet="Valley Post")
    ),
    "title": lambda s: dataclasses.replace(
        s, article=dataclasses.replace(s.article, title="Shelling in the valley")
    ),
}
PINNED = StoryPins((StoryPin("valley", "The valley", ("shelling", "talks")),))


@pytest.mark.parametrize("name", list(EDITS))
@pytest.mark.parametrize("stories", [None, PINNED], ids=["grouped", "pinned story"])
def test_a_build_since_the_last_equals_a_build_from_scratch(
    name: str, stories: StoryPins | None
) -> None:
    before = _sheets()
    last = knowledge.build(before, stories=stories)
    after = [EDITS[name](before[0]), before[1]]
    again = knowledge.build(after, stories=stories, since=last)
    fresh = knowledge.build(after, stories=stories)
    assert again == fresh
    assert again.actor_map == fresh.actor_map  # (not compared by ==)
    assert again != last  # the edit shows


def test_unchanged_steps_are_taken_from_the_last_build() -> None:
    before = _sheets()
    last = knowledge.build(before)
    after = [EDITS["summary"](before[0]), before[1]]
    again = knowledge.build(after, since=last)
    assert again.actors is last.actors  # merging, linking and the actor entries: reused
    assert again.claims == last.claims and again.events is last.events


def test_a_sheet_added_or_removed_retitles_stories_as_a_build_from_scratch_does() -> None:
    """Story titles weigh each actor by how rare it is across all articles: a new
    article that names Kessmark changes that for every story."""
    before = _sheets()
    third = sheet(
        "border",
        actors=(actor("kessmark", "Kessmark", "country"), actor("orla", "Orla", "place")),
        claims=(claim("orla-quiet", "kessmark", "The border at Orla is quiet"),),
        published="2031-04-02",
        outlet="Valley Post",
    )
    for last_sheets, now in ((before, [*before, third]), ([*before, third], before)):
        last = knowledge.build(last_sheets)
        again = knowledge.build(now, since=last)
        fresh = knowledge.build(now)
        assert again == fresh
        assert [s.title for s in again.stories] == [s.title for s in fresh.stories]

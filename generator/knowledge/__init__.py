"""knowledge stage: all fact sheets -> one model (:func:`build`).

The same actor across articles is one actor, claims that dispute each other are
linked, events form one timeline, articles group into stories (one chain of events
each).  Editors pin merges and splits of actors in ``content/pins.yaml``
(:func:`load_pins`), and name stories and pin articles to them in
``content/stories.yaml`` (:func:`load_story_pins`).
"""

from generator.knowledge.build import build
from generator.knowledge.model import (
    ActorEntry,
    AnalysisEntry,
    ClaimEntry,
    Event,
    FigureEntry,
    Knowledge,
    Outlet,
    Side,
    Story,
    SummarySentence,
    Telling,
)
from generator.knowledge.pins import PinGroup, Pins, load_pins
from generator.knowledge.storypins import StoryPin, StoryPins, load_story_pins

__all__ = [
    "ActorEntry",
    "AnalysisEntry",
    "ClaimEntry",
    "Event",
    "FigureEntry",
    "Knowledge",
    "Outlet",
    "PinGroup",
    "Pins",
    "Side",
    "Story",
    "StoryPin",
    "StoryPins",
    "SummarySentence",
    "Telling",
    "build",
    "load_pins",
    "load_story_pins",
]

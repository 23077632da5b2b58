"""knowledge stage: all fact sheets -> one model (:func:`build`).

The same actor across articles is one actor, claims that dispute each other are
linked, events form one timeline, articles group into topics.  Editors pin merges and
splits in ``content/pins.yaml`` (:func:`load_pins`); sites configure topics with
:class:`TopicConfig`.
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
    Topic,
)
from generator.knowledge.pins import PinGroup, Pins, load_pins
from generator.knowledge.topics import TopicConfig, TopicRule

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
    "Topic",
    "TopicConfig",
    "TopicRule",
    "build",
    "load_pins",
]

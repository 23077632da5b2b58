"""What attribution finds: a source, a cue and a content, as stretches of the text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: character offsets into ``doc.text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attribution:
    """One attributed claim: who (source) says (cue) what (content)."""

    source: Span | None
    cue: Span
    content: Span
    fragments: tuple[Span, ...] = ()
    quote: str | None = None
    kind: str = "statement"
    verb: str = "says"
    relayed_by: Span | None = None
    sentence: Span | None = None
    # True when the cue is not in the curated lexicon of claim verbs but was learned
    # from PolNeAR's broader scheme (attitudes, "touted", "focused on"): weaker claims.
    learned: bool = False
    # what the learned filter read (``filtering.features``)
    features: tuple[str, ...] = ()
    # a quotation with no attribution of its own: the speaker before it goes on
    continued: bool = False

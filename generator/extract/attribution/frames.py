"""Which verbs, in which frame, introduce a claim: a small table learned from PolNeAR.

A verb's *frame* is the first complement it has, in the order ``ccomp`` (a clause),
``xcomp`` (an open clause), ``dobj`` (an object), ``prep:<word>`` (a prepositional
object, "focused on X").  The table in ``frames.json`` counts, for each
``(lemma, frame)`` seen in the train split, how many of those verbs were annotated as
an attribution cue.  It is regenerated, deterministically, by::

    PYTHONPATH=. .venv/bin/python benchmarks/attribution.py --train-frames

The curated lexicon in ``cues`` decides kinds and display verbs; this table widens the
net to the long tail of attitude verbs ("touted", "lamented", "focused on").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.extract.attribution import tables

if TYPE_CHECKING:
    from spacy.tokens import Token

FRAMES: dict[tuple[str, str], tuple[int, int]] = {
    (lemma, frame): (cues, total)
    for lemma, frame, cues, total in tables.load(tables.FRAMES)["rows"]
}

FRAME_ORDER = ("ccomp", "xcomp", "dobj")


def frame_of(tok: Token) -> tuple[str, Token | None]:
    """The frame of a verb and the token that heads its complement."""
    children = list(tok.children)
    for dep in FRAME_ORDER:
        for child in children:
            if child.dep_ == dep:
                return dep, child
    for child in children:
        if child.dep_ == "prep" and child.i > tok.i:
            if any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                return f"prep:{child.lower_}", child
            break
    return "none", None


def cue_rate(lemma: str, frame: str) -> tuple[float, int]:
    """Smoothed share of ``(lemma, frame)`` verbs annotated as cues, and their count."""
    found = FRAMES.get((lemma, frame))
    if found is None and lemma.endswith(("ise", "yse")):
        # the table is American English: "emphasise" is counted as "emphasize"
        found = FRAMES.get((lemma[:-2] + "ze", frame))
    cues, total = found or (0, 0)
    return cues / (total + 1), total

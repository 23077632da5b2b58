"""How a claim names whose claim it answers, and how its sources are named.

- :func:`source_words`: the words that name a claim's sources (ids, names, roles and
  the title before a name: "State Auditor Lena Marsh"), for an answer that names whose
  claim it answers by a common noun ("the auditor's report", "the nurses' account");
- :func:`rebuked`: a rebuke said of a said-noun ("called the comments deplorable").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.extract.actors import Cast
from generator.extract.disputes import words as W
from generator.extract.disputes.tokens import negated_token
from generator.factsheet.model import Actor

_NAME_WORD = re.compile(r"[a-z]+")
_TITLE = 3  # words before a name that may be its title


def source_words(
    cast: Cast,
    starts: list[int],
    actors: Mapping[str, Actor],
    by: tuple[str, ...],
    sentence: SpacySpan,
) -> frozenset[str]:
    """The words that name a claim's sources: "nurses", "hospital", "attorney",
    "general" (ids, names and roles, and the title before a name in the claim's
    sentence: "State Auditor Lena Marsh"), for "the nurses' account".  ``starts``: the
    cast's mention offsets, in order."""
    found: set[str] = set()
    for actor_id in by:
        actor = actors.get(actor_id)
        texts = [actor_id] if actor is None else [actor_id, actor.name, actor.role or ""]
        found.update(w for t in texts for w in _NAME_WORD.findall(t.lower()))
    doc = sentence.doc
    for mention in cast.mentions[bisect_left(starts, sentence.start_char) :]:
        if mention.start >= sentence.end_char:
            break
        if mention.actor not in by:
            continue
        first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        at = first.start if first is not None else sentence.start
        for token in reversed(doc[max(sentence.start, at - _TITLE) : at]):
            if token.pos_ not in ("NOUN", "PROPN"):
                break
            found.add(token.lower_)
    return frozenset(found)


def rebuked(tokens: list[Token]) -> list[Token]:
    """A rebuke of what someone said, said of a said-noun before it: "called the
    rapporteur's comments deplorable", "dismissed the charges as politically motivated"
    (not "a deplorable attack": only words said of a claim answer it)."""
    said = next((t for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in W.SAID_NOUNS), None)
    if said is None:
        return []
    return [
        t
        for t in tokens
        if t.i > said.i and t.lower_ in W.REBUKES and not negated_token(t) and t.head.i != said.i
    ][:1]

"""Opposite reactions to one thing: "Green Rivers welcomed the ruling" against "Ridgeway
Energy condemned the ruling", "the governor praised the decision" against "the senator
criticised the decision".

A claim whose cue is a verb of approving (:data:`words.APPROVING`) or of condemning
(:data:`words.CONDEMNING`) takes a position on what its words name first: the head noun
of its content ("the ruling", "the court's decision").  Two claims by different sides
that take opposite positions on one thing (the same word, or words of one topic:
"ruling" and "decision") a few paragraphs apart are linked.  Claims are grouped by
that thing first; only claims in one group are compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from generator.extract.disputes import words as W
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import classes, key

WINDOW = 4  # paragraphs apart, at most: reactions to one event sit close together
GROUP = 20  # claims compared within one thing, at most


def opposite(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    groups: dict[str, list[tuple[Reading, int]]] = defaultdict(list)
    for reading in readings:
        sign = position(reading.claim.verb)
        thing = _thing(reading) if sign and not reading.mutual else None
        if thing is not None:
            groups[thing].append((reading, sign))
    for thing in sorted(groups):
        members = groups[thing][:GROUP]
        for n, (a, sa) in enumerate(members):
            for b, sb in members[n + 1 :]:
                if sa == sb or abs(a.paragraph - b.paragraph) > WINDOW or not opposed(a, b):
                    continue
                said = f"{a.claim.verb} {_head(a)}", f"{b.claim.verb} {_head(b)}"
                yield a, b, f"opposite positions: “{said[0]}” against “{said[1]}”"


def position(verb: str) -> int:
    """+1 for a cue of approving ("welcomes", "praised"), -1 for one of condemning
    ("condemns", "criticised"), 0 for any other."""
    low = verb.lower()
    for form in (low, low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else ""):
        if form in W.APPROVING:
            return 1
        if form in W.CONDEMNING:
            return -1
    return 0


def _thing(reading: Reading) -> str | None:
    """What a reaction is to: the head noun of its content, or that noun's topic."""
    span = reading.span
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ != "NOUN" or key(root) not in reading.words or root.lemma_.lower() in _PEOPLE:
        return None  # "praised the police": a position on people, not on one thing
    topics = [c for c in classes(root) if c in _THINGS]
    return topics[0] if topics else key(root)


def _head(reading: Reading) -> str:
    span = reading.span
    if span is None or not len(span):
        return ""
    root = span.root
    start = min((c.left_edge.i for c in root.children if c.dep_ in ("det", "poss")), default=root.i)
    return root.doc[min(start, root.i) : root.i + 1].text


_THINGS = frozenset({"#ruling", "#bill", "#talks"})
_PEOPLE = frozenset(
    {w for words in W.SAME_PEOPLE.values() for w in words}
    | {"people", "leader", "leadership", "president", "official", "party", "group", "team",
       "member", "country", "nation", "state", "city", "staff", "worker", "voter", "critic"}
)  # fmt: skip

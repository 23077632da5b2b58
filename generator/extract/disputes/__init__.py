"""Claims that contradict each other, linked with the reason why.

Two claims are linked only when their sources are on different sides
(:class:`generator.extract.sides.Sides`: a ministry and its state, a spokesman and his
government are one side), and never through a mutual accusation ("Azerbaijan and
Armenia accuse each other": one claim by both sides).  The rules, one module each:

- :mod:`.answers`: a denial, rejection or rebuttal and the claims it answers, found by
  pointer ("denied this"), by what it names ("the F-16 claim") or by its words;
- :mod:`.accounts`: opposite accounts of one event (contrast, who attacked first,
  civilians against military targets, shot down against a fault);
- :mod:`.counts`: different figures for one count;
- :mod:`.assessments`: assessments that contradict ("largely holding" against "total
  collapse");
- :mod:`.opposites`: opposite predicates of one thing ("would lower prices" against
  "would raise prices", "abiding by the agreement" against "violating the agreement");
- :mod:`.deeds`: a denial of a deed ("denied sending mercenaries") and every claim
  that says the one who denies did it;
- :mod:`.followups`: the one who answered says again that the other side lies ("'Armenia
  is producing lies,' Celik said" after Celik's denial): what its answer answers;
- :mod:`.defences`: one side clears itself of what another says it did ("pleaded not
  guilty", "acted lawfully"), or blames back the side that blamed it.
- :mod:`.reactions`: opposite reactions to one thing ("welcomed the ruling" against
  "condemned the ruling");
- :mod:`.none_such`: a denial that names what it denies only by "such" or "that" ("We
  never received any such letter", "That never happened") answers the claim just before.

Each link is written once with its reason on the claim that answers (or the later
claim), ``{claim: <id>, reason: ...}``, and as the plain id on the other claim, so that
either claim names the other.  Every rule reads the article's one parse: nothing is
parsed again, and pairs are only formed inside small groups (a unit, a paragraph, the
claims that share a word), never over all claims of a large sheet at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from generator.extract.actors import Cast
from generator.extract.claims import Located
from generator.extract.disputes import (
    accounts,
    answers,
    assessments,
    counts,
    deeds,
    defences,
    followups,
    none_such,
    opposites,
    reactions,
)
from generator.extract.disputes.reading import Reader
from generator.extract.disputes.records import Reading
from generator.extract.document import ParsedArticle
from generator.extract.sides import Sides
from generator.factsheet.model import Claim, DisputeLink


def link(found: tuple[Located, ...], parsed: ParsedArticle, cast: Cast) -> tuple[Claim, ...]:
    """The claims with ``disputes`` filled in, in reading order."""
    sides = Sides(cast, parsed.doc.text)
    reader = Reader(parsed, cast, sides)
    readings = [reader.read(n, located) for n, located in enumerate(found)]
    links: dict[tuple[int, int], tuple[int, str]] = {}  # pair -> (who answers, reason)

    def add(first: Reading, second: Reading, reason: str, answering: Reading) -> None:
        pair = (min(first.index, second.index), max(first.index, second.index))
        if pair[0] != pair[1] and pair not in links:
            links[pair] = (answering.index, reason)

    def opposed(a: Reading, b: Reading) -> bool:
        return (
            not a.mutual
            and not b.mutual
            and bool(a.sides)
            and bool(b.sides)
            and not (a.sides & b.sides)
        )

    replies = answers.Answers(readings, sides)
    restated: dict[int, Claim] = {}  # "This is denied by X" -> the claim it denies
    for reading in readings:
        if reading.answer is None or reading.mutual:
            continue
        targets = replies.targets(reading)
        for target, reason in targets:
            add(reading, target, reason, reading)
        for target, reason in replies.restatements(reading, [t for t, _ in targets]):
            add(reading, target, reason, reading)
        for ground, target, reason in replies.grounds_of(reading, [t for t, _ in targets]):
            add(ground, target, reason, ground)
        if len(targets) == 1 and reading.answer.form == "pointer" and _bare(reading):
            restated[reading.index] = targets[0][0].claim
    for again, target, reason in followups.followed_up(readings, replies.found):
        add(again, target, reason, again)
    for denial, other, reason in deeds.deeds_denied(readings, replies.found, opposed):
        add(denial, other, reason, denial)
    for first, second, reason in accounts.Accounts(parsed, cast, sides, readings).pairs(opposed):
        add(first, second, reason, second)
    for first, second, reason in counts.conflicting(readings, opposed):
        add(first, second, reason, second)
    for first, second, reason in counts.compared(readings, opposed):
        add(first, second, reason, first)
    for first, second, reason in counts.bare(readings, opposed):
        add(first, second, reason, second)
    for first, second, reason in assessments.opposite(readings, opposed):
        add(first, second, reason, second)
    for first, second, reason in opposites.opposite(readings, opposed):
        add(first, second, reason, second)
    for first, second, reason in defences.Defences(readings, cast, sides).pairs(opposed):
        add(first, second, reason, second)
    for first, second, reason in none_such.denied(readings, opposed):
        add(first, second, reason, second)
    for first, second, reason in reactions.opposite(readings, opposed):
        add(first, second, reason, second)
    return _claims(readings, links, restated)


_BARE = re.compile(
    r"^(?:this|that|it|these|those|which|the (?:claim|claims|report|reports|allegation|"
    r"allegations|accusation|accusations))$",
    re.I,
)


def _bare(reading: Reading) -> bool:
    """A denial whose words are only a pointer ("This is denied", "which X denies"): it
    reads as the words it denies."""
    return bool(_BARE.match(reading.claim.text.strip(" .")))


def _claims(
    readings: Sequence[Reading],
    links: dict[tuple[int, int], tuple[int, str]],
    restated: dict[int, Claim],
) -> tuple[Claim, ...]:
    disputes: dict[int, list[DisputeLink]] = {r.index: [] for r in readings}
    ids = [r.claim.id for r in readings]
    position = {claim_id: n for n, claim_id in enumerate(ids)}
    for (a, b), (answering, reason) in sorted(links.items()):
        other = b if answering == a else a
        disputes[answering].append(DisputeLink(ids[other], reason))
        disputes[other].append(DisputeLink(ids[answering]))
    out = []
    for reading in readings:
        claim = reading.claim
        target = restated.get(reading.index)
        out.append(
            replace(
                claim,
                disputes=tuple(sorted(disputes[reading.index], key=lambda d: position[d.claim])),
                text=target.text if target is not None else claim.text,
                about=_about_denied(claim, target),
            )
        )
    return tuple(out)


def _about_denied(claim: Claim, target: Claim | None) -> tuple[str, ...]:
    """A denial of "this" is about what the denied claim is about, and its source."""
    if target is None:
        return claim.about
    about = list(claim.about)
    for actor in (*target.by, *target.about):
        if actor not in about and actor not in claim.by:
            about.append(actor)
    return tuple(about)


__all__ = ["link"]

"""Claims that contradict each other, linked both ways.

Rules (each needs two claims from opposing sides: sources that belong to different
states or regions):

- contrast in one sentence: "A said X – while B said Y", "A says X, but B says Y";
- a denial names what it denies: its content is "this", "it", "the claim"..., or it
  shares the words of an earlier claim ("denied that its forces had seized...");
- mirrored accusations: A says B attacked, B says A attacked;
- conflicting tallies: the same unit and side, different numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract import gazetteer
from generator.extract.actors import Cast
from generator.extract.claims import Located, _owner
from generator.extract.document import ParsedArticle
from generator.factsheet.model import Claim

_CONTRAST = re.compile(r"\b(?:while|whereas|but|however|though|although)\b|[–—]", re.I)
_REFERENCE = re.compile(
    r"^(?:this|that|it|these|those|which|the (?:claim|claims|report|reports|allegation|"
    r"allegations|accusation|accusations))$",
    re.I,
)
_ATTACK = re.compile(
    r"\b(?:attack\w*|shell\w*|strik\w*|struck|fir(?:e|ed|ing)|launch\w*|provo\w*|"
    r"violat\w*|invad\w*|invasion|offensive|aggression|start\w*|began|begin\w*|bomb\w*)\b",
    re.I,
)
_OWNED_DOCUMENT = re.compile(
    r"([\w’'-]+)\s+(?:report|reports|claim|claims|figures|statement|account|allegations?|"
    r"numbers|toll|tally)\b"
)
_START = re.compile(
    r"\b(?:\w+ed first|first to \w+|began|begin\w*|start\w*|provok\w*|initiat\w*)\b", re.I
)
_STOP = {
    "the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "had", "has", "have",
    "was", "were", "is", "are", "its", "it", "their", "they", "by", "with", "for", "as",
    "from", "at", "be", "been", "this", "which",
}  # fmt: skip


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _sides(cast: Cast, claim: Claim) -> set[str]:
    return {_owner(cast, a) for a in claim.by}


def _opposed(cast: Cast, a: Claim, b: Claim) -> bool:
    sa, sb = _sides(cast, a), _sides(cast, b)
    return bool(sa) and bool(sb) and not (sa & sb)


def _about_sides(cast: Cast, claim: Claim) -> set[str]:
    return {_owner(cast, a) for a in claim.about}


def _contrast(parsed: ParsedArticle, a: Located, b: Located) -> bool:
    if a.sentence_start != b.sentence_start:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    # the first content may run on over the second source ("X – while B said ...")
    between = parsed.text[min(first.end, second.start) : second.start]
    if first.end > second.start:
        between = parsed.text[first.start : second.start]
    return bool(_CONTRAST.search(between))


def _content_words(cast: Cast, claim: Claim) -> set[str]:
    """The claim's words, without the names of the actors it is about."""
    names = set()
    for actor in cast.actors:
        if actor.id in claim.about or actor.id in claim.by:
            for name in (actor.name, *actor.aliases):
                names.update(_words(name))
    return _words(claim.text) - names


def _overlap(cast: Cast, denial: Located, earlier: Located) -> int:
    """How many content words a denial shares with an earlier claim (0: not enough)."""
    mine = _content_words(cast, denial.claim)
    shared = mine & _content_words(cast, earlier.claim)
    return len(shared) if len(shared) >= 3 or (mine and len(shared) * 2 >= len(mine) >= 2) else 0


def _denied(cast: Cast, denial: Located, earlier: list[Located]) -> Located | None:
    """The one claim a denial denies: what "this" points at, the latest claim of the side
    whose report it names, or the claim whose words it repeats most (the nearest on a tie)."""
    opposed = [c for c in earlier if _opposed(cast, denial.claim, c.claim)]
    if not opposed:
        return None
    if _REFERENCE.match(denial.claim.text.strip(" .")):
        return opposed[-1]
    side = _reported_side(cast, denial.claim)
    if side is not None:
        reported = [c for c in opposed if side in _sides(cast, c.claim)]
        if reported:
            return reported[-1]
    scored = [(_overlap(cast, denial, c), i) for i, c in enumerate(opposed)]
    best, index = max(scored, default=(0, -1))
    return opposed[index] if best else None


def _reported_side(cast: Cast, denial: Claim) -> str | None:
    """The side whose report a denial names: "the Azeri report", "Baku's claims"."""
    for match in _OWNED_DOCUMENT.finditer(denial.text):
        word = match.group(1).removesuffix("'s").removesuffix("’s")
        place = gazetteer.lookup(word)
        if place is not None and cast.kind(place[0].id):
            return _owner(cast, place[0].id)
        for actor in cast.actors:
            if word == actor.name or word in actor.aliases:
                return _owner(cast, actor.id)
    return None


def _accused(parsed: ParsedArticle, cast: Cast, located: Located) -> set[str]:
    """Sides the claim blames for an attack: the agent or owner of an attack word
    ("an Azerbaijani attack", "the Armenian side attacked", "shelling from Armenia's
    forces"), or whom an accusation is about."""
    if located.claim.kind == "accusation":
        return _about_sides(cast, located.claim)
    span = parsed.doc.char_span(located.start, located.end, alignment_mode="expand")
    blamed: set[str] = set()
    for token in span or ():
        if not _ATTACK.fullmatch(token.text):
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "amod", "compound", "poss", "agent", "prep"):
                sub = child.subtree
                words = list(sub)
                if not words:
                    continue
                for actor in cast.within(words[0].idx, words[-1].idx + len(words[-1])):
                    blamed.add(_owner(cast, actor))
    return blamed


def _mirrored(parsed: ParsedArticle, cast: Cast, a: Located, b: Located) -> bool:
    """Each side blames the other for an attack, in one paragraph or about who started."""
    if a.paragraph != b.paragraph and not (
        _START.search(a.claim.text) and _START.search(b.claim.text)
    ):
        return False
    sa, sb = _sides(cast, a.claim), _sides(cast, b.claim)
    return bool(sb & _accused(parsed, cast, a)) and bool(sa & _accused(parsed, cast, b))


def _tallies(cast: Cast, a: Claim, b: Claim) -> bool:
    """Different numbers for the same losses, one of them from the side that suffered them."""
    sides = _sides(cast, a) | _sides(cast, b)
    for fa in a.figures:
        for fb in b.figures:
            if (
                _singular(fa.unit) == _singular(fb.unit)
                and fa.side in sides
                and fa.side == fb.side
                and fa.value != fb.value
            ):
                return True
    return False


def _shared_topic(cast: Cast, a: Claim, b: Claim) -> bool:
    return bool(
        (_sides(cast, a) | _about_sides(cast, a)) & (_sides(cast, b) | _about_sides(cast, b))
    )


def link(found: tuple[Located, ...], parsed: ParsedArticle, cast: Cast) -> tuple[Claim, ...]:
    """The claims with ``disputes`` filled in, in reading order."""
    links: dict[str, list[str]] = {c.claim.id: [] for c in found}
    denied: dict[str, Claim] = {}  # a denial by reference ("This is denied") -> what it denies

    def connect(a: Claim, b: Claim) -> None:
        if b.id not in links[a.id]:
            links[a.id].append(b.id)
        if a.id not in links[b.id]:
            links[b.id].append(a.id)

    for i, a in enumerate(found):
        if a.claim.kind == "denial":  # a denial disputes the one claim it denies
            target = _denied(cast, a, list(found[:i]))
            if target is not None:
                connect(a.claim, target.claim)
                if _REFERENCE.match(a.claim.text.strip(" .")):
                    denied[a.claim.id] = target.claim
            continue
        for b in found[i + 1 :]:
            if b.claim.kind == "denial" or not _opposed(cast, a.claim, b.claim):
                continue
            if (
                (_contrast(parsed, a, b) and _shared_topic(cast, a.claim, b.claim))
                or _mirrored(parsed, cast, a, b)
                or _tallies(cast, a.claim, b.claim)
            ):
                connect(a.claim, b.claim)
    return tuple(
        replace(
            c.claim,
            disputes=tuple(links[c.claim.id]),
            text=denied[c.claim.id].text if c.claim.id in denied else c.claim.text,
            about=_about_denied(c.claim, denied.get(c.claim.id)),
        )
        for c in found
    )


def _about_denied(claim: Claim, target: Claim | None) -> tuple[str, ...]:
    """A denial of "this" is about what the denied claim is about, and its source."""
    if target is None:
        return claim.about
    about = list(claim.about)
    for actor in (*target.by, *target.about):
        if actor not in about and actor not in claim.by:
            about.append(actor)
    return tuple(about)


def _singular(unit: str) -> str:
    """ "helicopters" and "helicopter" count the same things."""
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit

"""Different figures for one count from different sides.

Two claims by different sides that count the same thing (one unit, the same losses)
with different numbers: "Armenia said it shot down four Azerbaijani drones" against
"Azerbaijan said it lost two".  Figures are grouped by unit first, so only claims that
count the same thing are ever compared.  A figure said against another's ("much higher
than the military had announced") disputes the nearest count by that side; a number
with no unit that a count word names ("the death toll had reached 67") disputes a
figure of the same count close by ("41 people had died").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from generator.extract.disputes import words as W
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.factsheet.model import Figure

# Units that count the same people: "killed" soldiers, troops, servicemen...
_SAME = {
    "troops": "soldiers",
    "servicemen": "soldiers",
    "service members": "soldiers",
    "military personnel": "soldiers",
    "fighters": "soldiers",
    "dead": "people",
    "deaths": "people",
    "casualties": "people",
    "victims": "people",
    "persons": "people",
    "civilians": "people",
    "protesters": "people",
    "demonstrators": "people",
    "marchers": "people",
}
# What a count of people counts: the dead, the hurt, the arrested ("14 people were
# arrested" / "60 protesters had been detained"; not "two killed" / "42 wounded").
_KINDS = {
    "dead": frozenset({"kill", "die", "dead", "death", "massacre", "murder", "slay"}),
    "hurt": frozenset({"wound", "injure", "injury", "hurt", "maim"}),
    "held": frozenset({"arrest", "detain", "detention", "custody", "jail", "imprison"}),
    "came": frozenset({"march", "attend", "join", "rally", "gather", "turn", "protest"}),
}
GROUP = 50  # figures of one unit compared, at most
NEAR = 2  # paragraphs apart: "higher than announced" answers a count this close


def unit(figure: Figure) -> str:
    """ "helicopters" and "helicopter" count the same things; so do troops and soldiers."""
    name = figure.unit.lower().strip()
    if name in ("people", "person"):
        return "people"
    plural = name if name.endswith("s") and not name.endswith("ss") else name + "s"
    return _SAME.get(plural, plural)


def conflicting(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    """Pairs of claims (earlier first) whose figures count one thing differently."""
    by_unit: dict[str, list[tuple[Reading, Figure]]] = defaultdict(list)
    for reading in readings:
        for figure in reading.claim.figures:
            by_unit[unit(figure)].append((reading, figure))
    seen: set[tuple[int, int]] = set()
    kinds = {r.index: _kinds(r) for r in readings if r.claim.figures}
    for name, members in by_unit.items():
        members = members[:GROUP]
        for n, (a, fa) in enumerate(members):
            for b, fb in members[n + 1 :]:
                if a.index == b.index or (a.index, b.index) in seen:
                    continue
                if fa.value == fb.value or fa.side != fb.side or not opposed(a, b):
                    continue
                if not _same_count(name, fa, fb, kinds[a.index], kinds[b.index]):
                    continue  # "two people killed" / "42 people wounded": two counts
                if fa.side is None:  # a crowd, a distance: counts close together
                    if abs(a.paragraph - b.paragraph) > NEAR:
                        continue
                elif fa.side not in (a.sides | b.sides):
                    continue  # one side's losses, as that side and the other count them
                seen.add((a.index, b.index))
                first, second = (a, fa), (b, fb)
                if b.index < a.index:
                    first, second = second, first
                yield first[0], second[0], _figures_reason(first[1], second[1])


def _kinds(reading: Reading) -> frozenset[str]:
    lemmas = {t.lemma_.lower() for t in reading.span or ()}
    return frozenset(kind for kind, words in _KINDS.items() if lemmas & words)


def _same_count(name: str, fa: Figure, fb: Figure, ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether two figures of people count the same people: not the dead against the
    wounded; protesters against people only for a crowd or the arrested, where both say
    so ("60 protesters detained" / "14 people arrested"), not for the dead, whom two
    places may count apart ("seven civilians" here, "26 people" there)."""
    if ka and kb and not ka & kb:
        return False
    if name != "people":
        return True
    same = len({f.unit.lower().strip().rstrip("s") for f in (fa, fb)}) == 1
    return same or bool(ka & kb & {"held", "came"})


def compared(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    """ "Israel's death toll was much higher than the military had announced": the claim
    that says so, and the nearest claim with a count by a side it opposes."""
    for reading in readings:
        phrase = next((p for p in W.COMPARED_TO_ANOTHER if p in reading.lowered), None)
        if phrase is None or reading.answer is not None:
            continue
        if not reading.claim.figures and not any(w in reading.lowered for w in W.COUNT_WORDS):
            continue  # "a leader far more than our president": no count compared
        near = [
            r
            for r in readings
            if r.claim.figures
            and abs(r.paragraph - reading.paragraph) <= NEAR
            and r.index != reading.index
            and opposed(reading, r)
        ]
        if near:
            other = min(near, key=lambda r: (abs(r.index - reading.index), r.index))
            figure = other.claim.figures[0]
            yield reading, other, f"different figures: “{phrase}” against {_figure(figure)}"


def bare(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    """ "the death toll had reached 67" (a number with no unit: the count word says what
    it counts) against "41 people had died" by another side close by: one count, two
    figures."""
    counted = [(r, f) for r in readings for f in r.claim.figures if unit(f) == "people"]
    for reading in readings:
        if reading.claim.figures or reading.answer is not None:
            continue
        found = _bare_count(reading)
        if found is None:
            continue
        value, written, kinds = found
        for other, figure in counted:
            if figure.value == value or abs(other.paragraph - reading.paragraph) > NEAR:
                continue
            if not opposed(reading, other) or not kinds & _kinds(other):
                continue
            places = (reading.named - reading.sides, other.named - other.sides)
            if all(places) and not places[0] & places[1]:
                continue  # "the toll in Bahawalpur" / "six killed in Kashmir": two counts
            first, second = (other, reading) if other.index < reading.index else (reading, other)
            yield first, second, f"different figures: {_figure(figure)} against “{written}”"
            break


_COUNTS = {"toll": "dead", "turnout": "came", "crowd": "came"}
_RISING = frozenset({"rise", "jump", "climb", "increase", "grow", "reach", "surge", "mount"})


def _bare_count(reading: Reading) -> tuple[float, str, frozenset[str]] | None:
    """The number a claim gives a count word ("the death toll had reached 67"), the
    words as written, and what it counts; None without one."""
    tokens = list(reading.span or ())
    nouns = [t for t in tokens if t.lemma_.lower() in _COUNTS and t.pos_ == "NOUN"]
    if not nouns or any(t.lemma_.lower() in _RISING for t in tokens):
        return None  # "the toll has jumped to 13": the count as it grows, no dispute
    kinds = _kinds(reading) | {_COUNTS[n.lemma_.lower()] for n in nouns}
    numbers = [
        t
        for t in tokens
        if t.like_num
        and t.pos_ == "NUM"
        and t.ent_type_ not in ("DATE", "TIME", "ORDINAL", "PERCENT", "MONEY")
        and t.dep_ != "nummod"  # "67 people" is a figure of its own
    ]
    if len(numbers) != 1:
        return None
    try:
        value = float(numbers[0].text.replace(",", ""))
    except ValueError:
        return None
    value = int(value) if value == int(value) else value
    return value, numbers[0].text, frozenset(kinds)


def _figures_reason(a: Figure, b: Figure) -> str:
    return f"different figures: {_figure(a)} against {_figure(b)}"


def _figure(figure: Figure) -> str:
    if figure.text:
        return f"“{figure.text}”"
    value = int(figure.value) if float(figure.value).is_integer() else figure.value
    return f"{value} {figure.unit}"

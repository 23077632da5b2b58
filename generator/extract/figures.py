"""Numbers a claim states: "two Azerbaijani helicopters" -> 2 helicopters, side azerbaijan.

A number is a figure when it counts a noun (spaCy ``nummod``).  Its side (whose losses
or assets) is the state named on the noun ("Azerbaijani", "Armenia's"); a noun in a
list ("four Azeri helicopters, 15 drones and 10 tanks") takes the side of the list;
people killed or wounded with no side named belong to the speaker's side.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator import dates
from generator.extract import gazetteer
from generator.factsheet.model import Figure

WORD_NUMBERS = {
    **{k: v for k, v in dates.NUMBERS.items() if k not in ("a", "an", "a few", "several")},
    "thirteen": 13,
    "fourteen": 14,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Nouns a number counts that are not a claimed figure ("the two countries").
NOT_UNITS = {
    "years", "year", "days", "day", "months", "month", "weeks", "week", "hours", "decades",
    "countries", "sides", "nations", "states", "republics", "parties", "neighbours", "times",
    "powers", "leaders", "ways", "men", "points",
}  # fmt: skip
_DESTROY_VERBS = {
    "destroy", "shoot", "down", "hit", "kill", "capture", "seize", "neutralise", "neutralize",
    "eliminate", "strike", "disable", "take",
}  # fmt: skip
_CASUALTY_VERBS = {"kill", "die", "wound", "injure", "hurt", "lose", "murder"}
# Nouns that count people as parts of a group named after "of": "five members of the
# same family" counts family members, "three relatives of the victim" relatives.
_MEMBER_NOUNS = {"member", "members"}


def _group_of(noun: Token) -> Token:
    """The group after "of" ("family" in "members of the same family"), else ``noun``."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            group = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if group is not None and group.pos_ in ("NOUN", "PROPN"):
                return group
    return noun


def unit_of(noun: Token) -> str:
    """What ``noun`` counts, as a unit: "helicopters"; "family members" for "members of
    the same family"; "members of the security forces" for a plural group."""
    if noun.lower_ not in _MEMBER_NOUNS:
        return noun.lower_
    group = _group_of(noun)
    if group is not noun:
        words = [c for c in group.children if c.dep_ in ("compound", "amod") and c.i < group.i]
        named = " ".join(
            t.text if t.pos_ == "PROPN" else t.lower_
            for t in (*words, group)
            if not _is_article_word(t)
        )
        if group.tag_ in ("NNS", "NNPS"):
            return f"members of the {named}"
        return f"{named} members"
    return "members"


def _names_a_group(noun: Token) -> bool:
    """ "one household" in "four members of one household" names the group counted."""
    prep = noun.head
    return prep.lower_ == "of" and prep.head.lower_ in _MEMBER_NOUNS


def _is_article_word(tok: Token) -> bool:
    """ "same", "whole", "entire": words that do not name the group."""
    return tok.lower_ in ("same", "whole", "entire", "one")


def number(tokens: list[Token]) -> float | int | None:
    """The value of number tokens ("15", "1,200", "two", "3.5 million"); None if not one."""
    value: float | None = None
    for token in tokens:
        low = token.lower_.replace(",", "")
        if low in SCALES and value is not None:
            value *= SCALES[low]
        elif low in WORD_NUMBERS:
            value = (value or 0) + WORD_NUMBERS[low]
        else:
            try:
                value = float(low)
            except ValueError:
                return None
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _side_of(noun: Token, resolve: Callable[[str], str | None]) -> str | None:
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            found = gazetteer.lookup(child.text)
            if found is not None:
                return resolve(found[0].id)
    for child in noun.children:  # "members of the Armenian forces"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                side = _side_of(obj, resolve) if obj.dep_ == "pobj" else None
                if side:
                    return side
    return None


def _a_year(token: Token, numbers: list[Token]) -> bool:
    """ "the 1967 war", "his 2012 campaign": a year written as a number before a noun."""
    text = token.text
    return len(numbers) == 1 and len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


def find_figures(
    content: Span,
    speaker_side: str | None,
    opponent: str | None,
    resolve: Callable[[str], str | None],
    how: list[str] | None = None,
) -> tuple[Figure, ...]:
    """Figures in ``content``; ``resolve`` maps a gazetteer id to an actor id (or None).
    With ``how``, how each figure's side was found is appended to it (one of
    :data:`SIDE_FOUND`), for the figure's confidence."""
    figures: list[tuple[int, Figure, Token]] = []
    for token in content:
        partitive = _partitive(token)
        if partitive is not None:  # "two of its helicopters"
            value = number([token])
            if value is not None and partitive.lower_ not in NOT_UNITS:
                side = _side_of(partitive, resolve) or (speaker_side if _own(partitive) else None)
                written = content.doc[token.i : partitive.i + 1].text
                figures.append(
                    (partitive.i, Figure(value, unit_of(partitive), side, written), partitive)
                )
            continue
        if token.dep_ != "nummod" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"):
            continue
        numbers = [t for t in token.head.children if t.dep_ in ("nummod", "quantmod")]
        numbers = [t for t in numbers if t.i <= token.i and t.i >= token.i - 3] or [token]
        value = number(sorted(numbers, key=lambda t: t.i))
        if value is None:
            continue
        noun = token.head
        if noun.lower_ in NOT_UNITS or _names_a_group(noun):
            continue
        if (noun.tag_ == "NNP" and noun.ent_type_ != "NORP") or _a_year(token, numbers):
            continue  # "2 Timothy", "one: Trump", "the 1967 war"; "one Syrian" counts
        side = _side_of(noun, resolve) or (speaker_side if _own(noun) else None)
        start = min(t.i for t in numbers)
        unit = unit_of(noun)
        end = _group_of(noun).i if unit != noun.lower_ else noun.i
        written = content.doc[start : min(end, content.end - 1) + 1].text
        figures.append((noun.i, Figure(value=value, unit=unit, side=side, text=written), noun))
    # a list shares its side: "four Azeri helicopters, 15 drones and 10 tanks"
    out: list[Figure] = []
    for _, figure, noun in figures:
        side = figure.side
        found = "named" if side is not None else "none"
        if side is not None and side == speaker_side and _own(noun) and not _side_of(noun, resolve):
            found = "own"
        if side is None:
            for _, other, other_noun in figures:
                if other.side and (other_noun in noun.conjuncts or noun in other_noun.conjuncts):
                    side, found = other.side, "list"
                    break
        if side is None and out and out[-1].side:
            # "shot down two Azerbaijani helicopters and destroyed three tanks"
            side, found = out[-1].side, "previous"
        if side is None and speaker_side and _victims(noun):
            side, found = speaker_side, "victims"
        if side is None and opponent and _destroyed(noun):
            side, found = opponent, "destroyed"  # "we shot down two helicopters": theirs
        out.append(Figure(figure.value, figure.unit, side, figure.text))
        if how is not None:
            how.append(found)
    return tuple(out)


# How a figure's side was found: named on the noun ("Azerbaijani helicopters"), the
# speaker's own ("its tanks"), shared with a list or the figure before, the speaker's
# for people killed, the opponent's for what the speaker destroyed; or none.
SIDE_FOUND = ("named", "own", "list", "previous", "victims", "destroyed", "none")


def _partitive(token: Token) -> Token | None:
    """The noun counted in "two of its helicopters"."""
    if token.pos_ != "NUM" or token.dep_ == "nummod" or token.ent_type_ in ("DATE", "TIME"):
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return None


def _own(noun: Token) -> bool:
    """The speaker's own: "its tanks", "our soldiers", "their aircraft"."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in noun.children)


def _destroyed(noun: Token) -> bool:
    """The noun is what the speaker's side destroyed ("shot down two helicopters")."""
    head = noun.head
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return noun.dep_ in ("dobj", "conj") and head.lemma_.lower() in _DESTROY_VERBS


def _victims(noun: Token) -> bool:
    """The noun is who was killed or wounded, no killer named ("five members ... had been
    killed", "12 soldiers died", "we lost 12 soldiers"); in "had killed 550 troops" the
    troops are the other side's (see ``_destroyed``)."""
    head = noun.head
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj":
        return lemma == "lose"
    if noun.dep_ == "nsubj":
        return lemma in ("die", "lose")
    return noun.dep_ == "nsubjpass" and lemma in _CASUALTY_VERBS

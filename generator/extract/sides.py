"""Which side an actor speaks for: the state or region it belongs to, or itself.

A defence ministry and its state, a spokesman and his government, "Turkish security
sources" and Turkey, "Labour leader Anna Crewe" and the Labour Party are one side: a
claim never disputes a claim of its own side.
:func:`owner` follows ``affiliation`` up to the top (what the extractor knows for
certain); :class:`Sides` adds the state a name or role names when nothing is
affiliated ("Armenian Defence Ministry", "the Russian ambassador").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.extract import gazetteer, lexicon
from generator.extract.actors import Cast

_STATE_KINDS = ("country", "region")
# Words that make a name an arm of the state it names ("Turkish security sources",
# "the Russian ambassador"); without one, a demonym says where people are from, not
# whom they speak for ("Syrian rebel sources", "Syrian Observatory for Human Rights").
_OFFICIAL = frozenset(
    {
        *lexicon.ORG_HEADS,
        *(w for title in lexicon.TITLES for w in title.split()),
        "ministry", "minister", "president", "ambassador", "envoy", "mission", "official",
        "officials", "security", "defence", "defense", "forces", "troops", "state",
        "spokesman", "spokeswoman", "spokesperson", "counterpart", "diplomat", "diplomats",
        "television", "media", "authority", "leader", "leadership", "regime",
    }
) - {"of", "the", "general", "chief", "deputy", "vice", "secretary"}  # fmt: skip
_WORD = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def owner(cast: Cast, actor_id: str) -> str:
    """The state or region an actor belongs to (itself for a state, or when nothing is
    affiliated): its ``affiliation``, followed to the top."""
    actors = {a.id: a for a in cast.actors}
    seen: set[str] = set()
    actor = actors.get(actor_id)
    while actor is not None and actor.affiliation and actor.id not in seen:
        seen.add(actor.id)
        up = actors.get(actor.affiliation)
        if up is None:
            break
        actor = up
    return actor.id if actor is not None else actor_id


def named_state(text: str) -> str | None:
    """The id of the state or region an official name or role names ("Armenian Defence
    Ministry", "Syrian state television", "ambassador of Ukraine"), or None."""
    if not _OFFICIAL & set(re.findall(r"[a-z]+", text.lower())):
        return None
    for match in _WORD.finditer(text):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):  # the longest form first: "South Korean"
            for start in range(len(words) - size + 1):
                found = gazetteer.lookup(" ".join(words[start : start + size]))
                if found is not None and found[0].kind in _STATE_KINDS:
                    return found[0].id
    return None


# Party words and the one party each names: "Labour leader Anna Crewe", "Republican
# Senator", "the Labour Party", "Republicans".  Two members of one party speak for one
# side (a dispute is between parties, not inside one).
_PARTIES = {
    "republican": "republican", "republicans": "republican", "gop": "republican",
    "democrat": "democratic", "democrats": "democratic", "democratic": "democratic",
    "labour": "labour", "tory": "conservative", "tories": "conservative",
    "conservative": "conservative", "conservatives": "conservative",
    "likud": "likud", "bjp": "bjp", "snp": "snp",
}  # fmt: skip
_PARTY_WORD = re.compile(r"[A-Za-z]+")


def named_party(text: str) -> str | None:
    """The party a name or role names, capitalised ("Labour leader", "Republican
    Senator", "Conservative MP"): ``party:labour``; None for "democratic reforms" and for
    a state's name ("Democratic Republic of the Congo", "Republican Guard")."""
    words = _PARTY_WORD.findall(text)
    lowered = [w.lower() for w in words]
    if "republic" in lowered or "guard" in lowered:
        return None
    for word in words:
        party = _PARTIES.get(word.lower())
        if party is not None and (word[0].isupper() or word.isupper()):
            return f"party:{party}"
    return None


# "His spokesman, Kofi Mensah", "her lawyer Ann Bell": one who speaks for the person
# the pronoun names, written just before the name.
_AIDES = (
    r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|counsel|"
    r"press secretary|chief of staff|deputy)"
)
_FOR_HIM = re.compile(rf"\b(?:his|her)\s+(?:\w+\s+){{0,2}}?{_AIDES}\s*,?\s*$", re.I)
_HIS_AFTER = re.compile(rf"^\s*,\s*(?:his|her)\s+(?:\w+\s+){{0,2}}?{_AIDES}\b", re.I)
# "spokesman for the minister": the office of the one spoken for
_FOR_OFFICE = re.compile(rf"\b{_AIDES}\s+(?:for|to)\s+(?:the\s+)?([a-z][a-z -]*)$", re.I)
_BEFORE = 60  # characters before a name in which "his spokesman" is looked for


class Sides:
    """Each actor's side in one article, computed once per actor; with the article's
    ``text``, "his spokesman, Kofi Mensah" is on the side of the person named before."""

    def __init__(self, cast: Cast, text: str = "") -> None:
        self.cast = cast
        self.text = text
        self._actors = {a.id: a for a in cast.actors}
        self._side: dict[str, str] = {}

    def of(self, actor_id: str) -> str:
        if actor_id not in self._side:
            self._side[actor_id] = actor_id  # while it is worked out: no loop through allies
            top = owner(self.cast, actor_id)
            side = top
            actor = self._actors.get(top)
            if actor is not None and actor.kind not in _STATE_KINDS:
                words = " ".join((actor.name, actor.role or ""))
                side = named_state(words) or named_party(words) or top
                principal = self._principal(top) if side == top else None
                side = self.of(principal) if principal is not None else side
            self._side[actor_id] = side
        return self._side[actor_id]

    def _principal(self, actor_id: str) -> str | None:
        """Whom a person introduced as "his spokesman" or "her lawyer" speaks for: the
        person named last before that, when nothing else gives an affiliation."""
        if not self.text or self.cast.kind(actor_id) != "person":
            return None
        mentions = self.cast.mentions
        first = next((n for n, m in enumerate(mentions) if m.actor == actor_id), None)
        if first is None:
            return None
        start, end = mentions[first].start, mentions[first].end
        office = _FOR_OFFICE.search(self._actors[actor_id].role or "")
        if office is not None:  # "a spokesman for the minister": the one minister
            holders = [
                a.id
                for a in self.cast.actors
                if a.id != actor_id
                and a.kind == "person"
                and (a.role or "").lower().endswith(office.group(1).lower())
            ]
            return holders[0] if len(holders) == 1 else None
        if not (
            _FOR_HIM.search(self.text[max(0, start - _BEFORE) : start])
            or _HIS_AFTER.match(self.text[end : end + _BEFORE])
        ):
            return None
        for mention in reversed(mentions[:first]):
            if mention.actor != actor_id and self.cast.kind(mention.actor) == "person":
                return mention.actor
        return None

    def of_all(self, actor_ids: Iterable[str]) -> frozenset[str]:
        return frozenset(self.of(a) for a in actor_ids)

    def opposed(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """Whether two sources are on different sides (neither shares a side with the
        other, and neither speaks for the other)."""
        sa, sb = self.of_all(a), self.of_all(b)
        return bool(sa) and bool(sb) and not (sa & sb)

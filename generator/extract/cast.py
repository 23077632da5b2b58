"""The actors of one article while they are read, and the cast they become.

:class:`Entry` is an actor being assembled (mutable) by ``actors`` with help from
``organisations`` and ``merging``; :class:`Cast` is what the later readers (claims,
disputes, background, analysis) get: the finished actors and every place the text
names them (:class:`Mention`).  Kept apart so that those modules share the types
without importing ``actors``, which imports them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from generator.extract.roles import Role
from generator.factsheet.model import Actor


@dataclass(frozen=True)
class Mention:
    start: int  # char offsets into the parsed doc's text
    end: int
    actor: str  # actor id
    text: str  # as written


@dataclass
class Entry:
    """An actor while it is being assembled (mutable; becomes an :class:`Actor`)."""

    key: str
    name: str
    kind: str
    first: int
    owner: str | None = None  # key of the state/region an organisation belongs to
    forms: list[str] = field(default_factory=list)
    role: Role | None = None
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    # the tagger's kind at each of its mentions, when the tagger made this entry
    readings: list[str] = field(default_factory=list)

    def add(self, start: int, end: int, text: str) -> None:
        self.spans.append((start, end, text))
        self.first = min(self.first, start)
        text = " ".join(text.split())  # a name the tagger ran over a line break
        if text[:4] in ("the ", "The ") and text[4:5].isupper():
            text = text[4:]  # "the Armenian Defence Ministry" is "Armenian Defence Ministry"
        if text and text not in self.forms:
            self.forms.append(text)

    def offer(self, role: Role | None) -> None:
        if role is not None and (self.role is None or role.strength > self.role.strength):
            self.role = role


@dataclass(frozen=True)
class Cast:
    """The actors of one article and where the text names them."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]  # sorted by start

    _starts: list[int] = field(init=False, repr=False, compare=False)
    _kinds: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.start for m in self.mentions])
        object.__setattr__(self, "_kinds", {a.id: a.kind for a in self.actors})

    def within(self, start: int, end: int) -> tuple[str, ...]:
        """Ids of actors named inside ``[start, end)``, in order of appearance, once each."""
        i = bisect_left(self._starts, start)
        seen: list[str] = []
        for mention in self.mentions[i:]:
            if mention.start >= end:
                break
            if mention.end <= end and mention.actor not in seen:
                seen.append(mention.actor)
        return tuple(seen)

    def before(self, char: int) -> tuple[Mention, ...]:
        """Mentions that end before ``char``, nearest last."""
        return tuple(m for m in self.mentions if m.end <= char)

    def kind(self, actor_id: str) -> str | None:
        return self._kinds.get(actor_id)


def other_forms(name: str, forms: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The other forms of a name, each once: "Israel’s parliament" beside "Israel's
    parliament" is the same form with another apostrophe."""
    seen = {name.replace("’", "'")}
    out = []
    for form in forms:
        key = form.replace("’", "'")
        if key not in seen and form.lower() != "it":
            seen.add(key)
            out.append(form)
    return tuple(out)

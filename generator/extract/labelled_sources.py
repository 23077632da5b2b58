"""People a source phrase names in a way the cast does not read as a name: the speaker
label of a transcript ("MARTA OLSEN: ...", then "OLSEN: ...") and an age standing for
the person just given it ("Sophie Lind, 46, ... said the 46-year-old").

Part of :class:`generator.extract.sources.Resolver`; the resolver supplies the rest.  A
label is a person named in capitals at the start of a paragraph, before a colon; a label
that is a word for a role ("HOST", "MODERATOR") names no one and is left to the other
rules.  A later label that is the last word of a name already read ("OLSEN") is that
person.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.attribution import Attribution
from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import PEOPLE
from generator.factsheet.model import Actor
from generator.slugs import slugify

_LABEL = re.compile(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}$")
_ROLE_WORDS = PEOPLE | lexicon.TITLE_HEADS | {"host", "anchor", "q", "a", "voice", "unidentified"}
_AGED = re.compile(r"^the (\d{1,3})-year-old$", re.I)


class Labelled(ResolverHooks):
    """The transcript-label and age rules of the resolver."""

    def labelled(self, text: str, start: int, att: Attribution) -> tuple[str, ...] | None:
        """Who a transcript label or an age stands for; None when ``text`` is neither."""
        aged = _AGED.match(text)
        if aged is not None:
            return self._aged(aged.group(1), start)
        if att.cue.text.strip() != ":" or not _LABEL.match(text):
            return None
        if self.parsed.text[self.parsed.starts[self.parsed.paragraph_index(start)] : start].strip():
            return None  # a label opens its paragraph
        words = text.lower().split()
        if any(w.strip(".") in _ROLE_WORDS for w in words):
            return None
        known = self._labelled_before(words[-1])
        if known is not None:
            return (known,)
        if len(words) < 2:
            return None  # "MARUN:" for Salim al-Marun: the resolver's spellings
        if self.unnamed is None:
            return ()
        name = " ".join(w[:1].upper() + w[1:] for w in words)
        actor_id = slugify(name)
        if actor_id in self.actors:
            return (actor_id,)
        if actor_id not in self.unnamed:
            self.unnamed[actor_id] = Actor(actor_id, name, "person")
            self.made[actor_id] = "person name"
        return (actor_id,)

    def _labelled_before(self, last: str) -> str | None:
        """The person a label's last word ends the name of: in the cast, or labelled."""
        people = [a for a in self.actors.values() if a.kind == "person"]
        people += [a for a in (self.unnamed or {}).values() if a.kind == "person"]
        for actor in people:
            for name in (actor.name, *actor.aliases):
                if name.split() and name.split()[-1].casefold() == last.casefold():
                    return actor.id
        return None

    def _aged(self, age: str, start: int) -> tuple[str, ...]:
        """ "said the 46-year-old": the person last named with that age ("Lind, 46,")."""
        after = re.compile(rf"^,?\s*\(?(?:aged\s+)?{age}\b")
        for mention in reversed(self.cast.before(start)):
            if self.cast.kind(mention.actor) != "person":
                continue
            if after.match(self.parsed.text[mention.end : mention.end + 12]):
                return (mention.actor,)
        return ()


__all__ = ["Labelled"]

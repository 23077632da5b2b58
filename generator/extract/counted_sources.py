"""Sources that count people without naming them: "Some said", "All agreed", "no one".

Part of :class:`generator.extract.sources.Resolver`.  A bare quantifier as a source
("Ten economists reviewed the plan. All agreed that ...", "Some said ...") stands for
people the text has just named: the plural noun for people before it, in its sentence
or the two before in its paragraph, gives the group it belongs to ("Economists"), as the
article would write it with its head noun.  With no such people just before it, it
stays unresolved: "Some" alone is no actor a reader can place.  A share standing alone,
as polls are reported ("Six in 10 say", "Nearly half said", "About three-quarters
support"), is a group named as written, as "47 percent said" is (see ``unnamed``).
A source that is no one ("no one expected", "not everyone agrees") says nothing, and is
no source.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import PEOPLE
from generator.factsheet.model import UNNAMED_SOURCE, Actor
from generator.slugs import slugify

# a quantifier standing alone for people named before ("Some said", "All agreed")
_BARE = {"some", "many", "most", "all", "others", "several", "few"}
# "no one expected", "nobody said", "not everyone agrees": no one claims it
NO_ONE = re.compile(
    r"^(?:no[\s-]?one|nobody|none|not\s+(?:everyone|everybody|all|one|many))$", re.I
)
_GROUP_KINDS = ("group",)
# quantifiers that, with no people named before them, still are some people who say it
_SOME_PEOPLE = _BARE - {"few"}
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PART = r"(?:half|thirds?|quarters?|fifths?|majority|majorities|minority|plurality)"
# a share standing alone for people, as polls are reported: "Six in 10", "Nearly half",
# "About three-quarters", "Less than a third", "a slim majority" ("43 percent" is a
# group of its own: see ``unnamed``)
SHARE = re.compile(
    r"^(?:(?:nearly|almost|about|around|roughly|some|only|just|over|under|barely|"
    r"more\s+than|less\s+than|fewer\s+than|a\s+little|slightly)\s+)*"
    rf"(?:{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}"
    rf"|(?:(?:a|an|one|two|three|four)(?:\s+|-)?)?(?:(?:slim|narrow|clear|large|bare)\s+)?{_PART})$",
    re.I,
)


class Counted(ResolverHooks):
    """The quantifier rules of the resolver; the resolver supplies the rest."""

    def counted(self, text: str, start: int) -> tuple[str, ...] | None:
        """Who a bare quantifier stands for, () when no one, None when ``text`` is none."""
        if NO_ONE.match(text):
            return ()
        if SHARE.match(text):
            return self._share(text)
        if text.lower() not in _BARE:
            return None
        token = self.parsed.token_at(start)
        found = self._people_before(token)
        if found is not None:
            return found
        if text.lower() not in _SOME_PEOPLE:
            return ()
        made = self._make(self.parsed.doc[token.i : token.i + 1], None, what="people")
        return (made,) if made else ()

    def _share(self, text: str) -> tuple[str, ...]:
        """ "Six in 10 say": a group named as written, as "47 percent" is."""
        if self.unnamed is None:
            return ()
        name = text[:1].upper() + text[1:]
        actor_id = slugify(name)
        if not actor_id or actor_id in {a.id for a in self.cast.actors}:
            return ()
        if actor_id not in self.unnamed:
            self.unnamed[actor_id] = Actor(actor_id, name, "group", role=UNNAMED_SOURCE)
            self.made[actor_id] = "people"
        return (actor_id,)

    def _people_before(self, token: Token) -> tuple[str, ...] | None:
        """The people a quantifier at ``token`` counts: the plural noun for people before
        it, in its sentence or the two before in its paragraph; () when that noun names
        an actor that is no group, None when there is no such noun."""
        paragraph = self.parsed.paragraph_at(token.idx)
        lo = token.sent.start
        for _ in range(2):  # this sentence and the two before it, in its paragraph
            before = lo - 1
            if before < 0 or self.parsed.paragraph_at(self.parsed.doc[before].idx) != paragraph:
                break
            lo = self.parsed.doc[before].sent.start
        for noun in reversed(self.parsed.doc[lo : token.i]):
            if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ == "compound":
                continue
            named = next((m.actor for m in self.cast.mentions if m.start <= noun.idx < m.end), None)
            if named is not None:
                return (named,) if self.cast.kind(named) in _GROUP_KINDS else ()
            if noun.lemma_.lower() not in PEOPLE:
                continue
            phrase = self.parsed.doc[noun.left_edge.i : noun.i + 1]
            made = self._make(phrase, None)
            return (made,) if made else ()
        return None


__all__ = ["NO_ONE", "SHARE", "Counted"]

"""Sources that count people without naming them: "Some said", "All agreed", "no one".

Part of :class:`generator.extract.sources.Resolver`.  A bare quantifier as a source
("Ten economists reviewed the plan. All agreed that ...", "Some said ...") stands for
people the text has just named: the plural noun for people before it, in its sentence
or the two before in its paragraph, gives the group it belongs to ("Economists"), as the
article would write it with its head noun.  With no such people just before it, it
stays unresolved: "Some" alone is no actor a reader can place.  A source that is no
one ("no one expected", "not everyone agrees") says nothing, and is no source.
"""

from __future__ import annotations

import re

from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import PEOPLE

# a quantifier standing alone for people named before ("Some said", "All agreed")
_BARE = {"some", "many", "most", "all", "others", "several", "few"}
# "no one expected", "nobody said", "not everyone agrees": no one claims it
NO_ONE = re.compile(
    r"^(?:no[\s-]?one|nobody|none|not\s+(?:everyone|everybody|all|one|many))$", re.I
)
_GROUP_KINDS = ("group",)
# quantifiers that, with no people named before them, still are some people who say it
_SOME_PEOPLE = _BARE - {"few"}


class Counted(ResolverHooks):
    """The quantifier rules of the resolver; the resolver supplies the rest."""

    def counted(self, text: str, start: int) -> tuple[str, ...] | None:
        """Who a bare quantifier stands for, () when no one, None when ``text`` is none."""
        if NO_ONE.match(text):
            return ()
        if text.lower() not in _BARE:
            return None
        token = self.parsed.token_at(start)
        paragraph = self.parsed.paragraph_at(start)
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
        if text.lower() not in _SOME_PEOPLE:
            return ()
        made = self._make(self.parsed.doc[token.i : token.i + 1], None, what="people")
        return (made,) if made else ()


__all__ = ["NO_ONE", "Counted"]

"""Relative pronouns as sources: "the ministry, which said", "an architect who said".

Part of :class:`generator.extract.sources.Resolver`: where the phrase a relative pronoun
stands for is (its antecedent, through an apposition), where a source phrase ends before
a clause that describes it, the actor named right before "who" when the parse hung the
clause elsewhere, and people named by the noun "who" follows when that noun is no listed
word for people ("an architect who said": "who" is only ever said of people).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from generator.extract.attribution import Attribution
from generator.extract.resolver_hooks import ResolverHooks
from generator.extract.source_words import PEOPLE
from generator.extract.unnamed import head_class

_RELATIVES = {"which", "who", "that"}
# "Republicans, many of whom say": part of the people the relative pronoun stands for
# (not "none of whom", which says no one did)
_PART_OF = re.compile(
    r"^(?:many|some|most|all|several|both|each|half|one|two|three|dozens|hundreds|thousands)"
    r"\s+of\s+(whom|which)$",
    re.I,
)


class Relatives(ResolverHooks):
    """The relative-pronoun rules of the resolver; the resolver supplies the rest."""

    def relative(
        self, text: str, start: int, att: Attribution, depth: int
    ) -> tuple[str, ...] | None:
        """Who a relative source stands for ("the ministry, which said", "voters, many of
        whom said"), or None when ``text`` is no relative pronoun: the antecedent's actors,
        else the actor named right before the pronoun when the parse hung its clause
        elsewhere ("turned to the police department which reported")."""
        low = text.lower()
        part = _PART_OF.match(text)
        if low not in _RELATIVES and part is None:
            return None
        if depth:
            return ()
        at = start + part.start(1) if part is not None else start
        antecedent = self._antecedent(at)
        if antecedent is None:
            before = self._noun_before(start)
            found = self._just_named(start)
            return found or (self.phrase(*before, att, depth + 1) if before else ())
        found = self.phrase(*antecedent, att, depth + 1)
        if not found and (low == "who" or (part is not None and part.group(1) == "whom")):
            found = self._just_named(start) or self._someone(*antecedent)
        return found

    def _antecedent(self, char: int) -> tuple[int, int] | None:
        """ "the ministry, which said", "Mr Holm, the mayor, who said": where the phrase
        the relative pronoun stands for is (the name an apposition describes); through
        "many of whom" to the clause it opens."""
        token = self.parsed.token_at(char)
        clause = token.head
        for _ in range(3):
            if clause.dep_ == "relcl" or clause.head.i == clause.i:
                break
            if clause.dep_ not in ("prep", "pobj", "nsubj", "nsubjpass"):
                break
            clause = clause.head
        if clause.dep_ != "relcl":
            return None
        noun = clause.head
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            noun = noun.head
        start = noun.left_edge.idx
        return start, noun.idx + len(noun)

    def _before_clause(self, start: int, end: int) -> int:
        """Where the source phrase ends before a clause that describes it ("Israeli
        settlers, who form part of Netanyahu's base, said"): a name inside that clause
        is not the source."""
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 4:
            return end
        clause = next(
            (
                c
                for c in span.root.rights
                if c.dep_ == "relcl"
                and c.i < span.end
                and c.left_edge.i > span.start
                and c.left_edge.tag_ in ("WP", "WDT", "WP$")
                and span.doc[c.left_edge.i - 1].text == ","
            ),
            None,
        )
        return span.doc[clause.left_edge.i - 1].idx if clause is not None else end

    def _noun_before(self, start: int) -> tuple[int, int] | None:
        """ "relatives of the victims, many of whom say": the noun phrase right before
        the relative, from the noun it hangs from ("relatives", not "the victims"), when
        the parse hung the clause elsewhere."""
        doc = self.parsed.doc
        i = self.parsed.token_at(start).i - 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
            return None
        noun = doc[i]
        while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        first = min([noun.i, *(c.left_edge.i for c in noun.lefts)])
        return doc[first].idx, doc[i].idx + len(doc[i])

    def _just_named(self, start: int) -> tuple[str, ...]:
        """ "talks between his government and the Taliban, who have refused": the actor
        named right before the relative pronoun, when the parse hung it elsewhere."""
        before = self.cast.before(start)
        if before and not self.parsed.text[before[-1].end : start].strip(" ,"):
            return (before[-1].actor,)
        return ()

    def _someone(self, start: int, end: int) -> tuple[str, ...]:
        """ "an architect who said", "listeners who called in": "who" stands for people,
        so the noun it hangs from names them, whatever that noun is (a document or a
        body is never "who"); when that noun is a thing that belongs to people named
        before it ("listeners to his radio show who said"), those people."""
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return ()
        noun = span.root
        if noun.lemma_.lower() not in PEOPLE:
            people = self._people_just_before(span)  # "listeners to his radio show who"
            if people is not None:
                made = self._make(people, None)
                return (made,) if made else ()
        if noun.pos_ != "NOUN" or head_class(span) is not None:
            return ()
        made = self._make(span, None, what="people")
        return (made,) if made else ()

    def _people_just_before(self, span: SpacySpan) -> SpacySpan | None:
        """The plural noun for people a few words before ``span`` in its clause, with
        nothing but a noun phrase or a preposition between ("calls from listeners to his
        radio show"), as a phrase."""
        doc = self.parsed.doc
        for i in range(span.start - 1, max(span.sent.start, span.start - 8) - 1, -1):
            token = doc[i]
            if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":"):
                return None
            if token.tag_ == "NNS" and token.lemma_.lower() in PEOPLE:
                first = min([token.i, *(c.left_edge.i for c in token.lefts)])
                return doc[first : token.i + 1]
        return None

"""Relative pronouns as sources: "the ministry, which said", "an architect who said".

Part of :class:`generator.extract.sources.Resolver`: where the phrase a relative pronoun
stands for is (its antecedent, through an apposition), where a source phrase ends before
a clause that describes it, the actor named right before "who" when the parse hung the
clause elsewhere, and people named by the noun "who" follows when that noun is no listed
word for people ("an architect who said": "who" is only ever said of people).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from generator.extract.actors import Cast
from generator.extract.document import ParsedArticle
from generator.extract.unnamed import head_class


class Relatives:
    """The relative-pronoun rules of the resolver; the resolver supplies the rest."""

    parsed: ParsedArticle
    cast: Cast

    def _make(
        self,
        span: SpacySpan,
        affiliation: str | None,
        whose: str | None = None,
        what: str | None = None,
    ) -> str | None:
        raise NotImplementedError  # the resolver's

    def _antecedent(self, char: int) -> tuple[int, int] | None:
        """ "the ministry, which said", "Mr Holm, the mayor, who said": where the phrase
        the relative pronoun stands for is (the name an apposition describes)."""
        token = self.parsed.token_at(char)
        clause = token.head
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
        body is never "who")."""
        span = self.parsed.doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.pos_ != "NOUN" or head_class(span) is not None:
            return ()
        made = self._make(span, None, what="people")
        return (made,) if made else ()

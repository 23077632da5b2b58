"""What the dispute rules need to know about each claim, read once from the parse.

A :class:`Reading` holds a claim's sides, the words it is about (lemmas, stemmed, without
actor names or words that say nothing), the sides it names, and, when it answers
another claim, how it names what it answers (:class:`Answer`).  Nothing here parses
again: every token comes from the article's one spaCy ``Doc``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.actors import Cast
from generator.extract.claims import Located
from generator.extract.disputes import words as W
from generator.extract.disputes.answer_forms import AnswerReader
from generator.extract.disputes.naming import source_words
from generator.extract.disputes.records import Reading
from generator.extract.disputes.tokens import (
    classes,
    hypothetical,
    is_word,
    key,
    modifier,
    negated_token,
)
from generator.extract.document import ParsedArticle
from generator.extract.sides import Sides

_LONGEST_NAME = 200  # characters: a mention starting this far before a claim may reach it


class Reader(AnswerReader):
    """Builds the :class:`Reading` of every claim of one article."""

    def __init__(self, parsed: ParsedArticle, cast: Cast, sides: Sides) -> None:
        self.parsed, self.cast, self.sides = parsed, cast, sides
        self.paragraph_index = {p.id: n for n, p in enumerate(parsed.paragraphs)}
        self.mention_at: dict[int, str] = {}  # char offset of a named token -> actor id
        for mention in cast.mentions:
            self.mention_at[mention.start] = mention.actor
        self.mention_starts = [m.start for m in cast.mentions]  # sorted, as the cast keeps them
        self.actors = {a.id: a for a in cast.actors}

    def read(self, index: int, located: Located) -> Reading:
        claim = located.claim
        span = self.parsed.doc.char_span(located.start, located.end, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        named_ids = self.cast.within(located.start, located.end)
        named_chars = self._named_chars(located.start, located.end)
        kept = [t for t in tokens if is_word(t) and t.idx not in named_chars]
        content = frozenset(key(t) for t in kept)
        heads = {key(t) for t in kept if not modifier(t, None)}
        negated = frozenset(
            k
            for t in kept
            if t.pos_ in ("VERB", "ADJ") and negated_token(t)
            for k in (key(t), *classes(t))
        )
        supposed = frozenset(k for t in kept if hypothetical(t) for k in (key(t), *classes(t)))
        lowered = " ".join(located.claim.text.lower().split())
        sentence = self.parsed.sentence_at(located.start)
        mutual = any(m in lowered for m in W.MUTUAL) or (
            claim.kind == "accusation" and any(m in sentence.text.lower() for m in W.MUTUAL[:2])
        )
        reading = Reading(
            index=index,
            located=located,
            sides=self.sides.of_all(claim.by),
            words=content,
            modifiers=content - heads,
            negated=negated,
            supposed=supposed - negated,
            classes=frozenset(c for t in kept for c in classes(t)),
            named=self.sides.of_all(named_ids) | self._demonym_sides(tokens, named_chars),
            paragraph=self.paragraph_index.get(located.paragraph, 0),
            sentence=located.sentence_start,
            lowered=lowered,
            span=span,
            mutual=mutual,
            source_words=source_words(
                self.cast, self.mention_starts, self.actors, claim.by, sentence
            ),
        )
        answer = self._answer(reading, tokens, named_chars)
        return replace(
            reading, answer=answer, blamed=self._blamed(reading), agents=self._agents(reading)
        )

    def _agents(self, reading: Reading) -> frozenset[str]:
        """Sides the claim says did something: the subjects of its verbs ("Okafor stole
        $4 million"), and whom an accusation is about ("accused Brightline of ...")."""
        found = set(reading.named) if reading.claim.kind == "accusation" else set()
        for token in reading.span or ():
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX", "ADJ"):
                if token.head.lemma_.lower() in W.REPORTING:
                    continue
                # the subject's own words, not its clauses: "a Turkish jet", "Okafor"
                start, end = token.left_edge.idx, token.idx + len(token)
                found |= {self.sides.of(a) for a in self.cast.within(start, end)}
                words = list(token.doc[token.left_edge.i : token.i + 1])
                found |= self._demonym_sides(words, set())
        return frozenset(found - reading.sides)

    def _blamed(self, reading: Reading) -> frozenset[str]:
        """Sides the claim blames for an attack: the agent or owner of an attack word
        ("an Azerbaijani attack", "the Armenian side attacked", "shelling from Armenia's
        forces"), or whom an accusation of an attack is about."""
        blamed: set[str] = set()
        span = reading.span or ()
        if reading.claim.kind == "accusation" and any(
            t.lemma_.lower() in W.ATTACK_LEMMAS for t in span
        ):
            blamed |= {s for s in reading.named if s not in reading.sides}
        for token in span:
            if token.lemma_.lower() not in W.ATTACK_LEMMAS:
                continue
            for child in token.children:
                by = child.dep_ == "prep" and child.lower_ in ("from", "by")  # "shelling from"
                if child.dep_ in ("nsubj", "amod", "compound", "poss", "agent") or by:
                    words = list(child.subtree)
                    start, end = words[0].idx, words[-1].idx + len(words[-1])
                    blamed |= {self.sides.of(a) for a in self.cast.within(start, end)}
                    blamed |= self._demonym_sides(words, set())
        return frozenset(blamed)

    def _named_chars(self, start: int, end: int) -> set[int]:
        """Offsets of the tokens inside actor names in ``[start, end)``."""
        chars: set[int] = set()
        mentions = self.cast.mentions
        for mention in mentions[bisect_left(self.mention_starts, start - _LONGEST_NAME) :]:
            if mention.start >= end:
                break
            if mention.end > start:
                span = self.parsed.doc.char_span(
                    mention.start, mention.end, alignment_mode="expand"
                )
                chars.update(t.idx for t in span or ())
        return chars

    def _demonym_sides(self, tokens: list[Token], named_chars: set[int]) -> frozenset[str]:
        """States named by a word the cast does not hold ("the Azeri report")."""
        found = set()
        for token in tokens:
            if token.idx in named_chars or not token.text[:1].isupper():
                continue
            place = gazetteer.lookup(token.text)
            if place is not None and place[0].kind in ("country", "region"):
                found.add(self.sides.of(place[0].id))
        return frozenset(found)

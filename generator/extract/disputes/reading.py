"""What the dispute rules need to know about each claim, read once from the parse.

A :class:`Reading` holds a claim's sides, the words it is about (lemmas, stemmed, without
actor names or words that say nothing), the sides it names, and, when it answers
another claim, how it names what it answers (:class:`Answer`).  Nothing here parses
again: every token comes from the article's one spaCy ``Doc``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.actors import Cast
from generator.extract.claims import Located
from generator.extract.disputes import words as W
from generator.extract.disputes.naming import rebuked, source_words
from generator.extract.disputes.tokens import (
    calls_false,
    classes,
    falsity_words,
    hypothetical,
    is_word,
    key,
    made_up,
    modifier,
    negated_token,
    own_answer,
    quoted,
    said_of_a_person,
    same_clause,
    verb_lemma,
)
from generator.extract.document import ParsedArticle
from generator.extract.sides import Sides


@dataclass(frozen=True)
class Answer:
    """How a claim names what it answers.

    ``form``: ``pointer`` ("denied this", "those claims"), ``named`` ("the F-16 claim",
    "reports that Turkey had sent arms": a said-noun with its topic) or ``content``
    ("denied that its forces had seized...": the denied words themselves).
    """

    verb: str  # the answering verb as used: "denies", "rejects", "says"
    form: str
    phrase: str  # the words that name the answered claim ("those claims"), or ""
    plural: bool = False
    owner: str | None = None  # the side whose claim it names ("the Azeri report")
    topic: frozenset[str] = frozenset()  # words of what it answers
    noun: str = ""  # the said-noun's lemma ("claim", "call"), for the ``named`` form
    accused: str | None = None  # the side the answered words make their subject
    direct: frozenset[str] = frozenset()  # topic words naming the claim: "the F-16 claim"
    how: str = ""  # the words that call it false: "“absolutely untrue”", or ""
    reply: bool = False  # a statement made in reply ("in turn argued"): answers what is near
    answering: bool = True  # said with an answering verb ("denies"), not only in reply
    possessor: str = ""  # whose claim, as a common noun: "nurse" in "the nurses' account"


@dataclass(frozen=True)
class Reading:
    index: int  # position in reading order
    located: Located
    sides: frozenset[str]
    words: frozenset[str]  # keys of content words, names left out
    modifiers: frozenset[str]  # of those, the ones only ever a modifier ("fighter jet")
    negated: frozenset[str]  # words (and topics) said not to be: "we don't target"
    classes: frozenset[str]  # topics named in any words ("#truce" for "the pause")
    supposed: frozenset[str]  # words only asked or supposed ("whether ...")
    named: frozenset[str]  # sides the content names
    paragraph: int  # paragraph index
    sentence: int  # sentence start offset
    lowered: str  # the content, lower-cased, single-spaced
    span: SpacySpan | None
    answer: Answer | None = None
    mutual: bool = False  # "accuse each other": one claim by both sides
    blamed: frozenset[str] = frozenset()  # sides it names as who attacked
    agents: frozenset[str] = frozenset()  # sides it names as who did what it says
    source_words: frozenset[str] = frozenset()  # its sources' ids, names, roles, lower-cased

    @property
    def claim(self):  # -> Claim
        return self.located.claim


_LONG_QUOTE = 20  # tokens: a falsity word deep in a longer quote calls no claim false
_LONGEST_NAME = 200  # characters: a mention starting this far before a claim may reach it


class Reader:
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

    # -- answers ------------------------------------------------------------------

    def _answer(self, reading: Reading, tokens: list[Token], named: set[int]) -> Answer | None:
        claim = reading.claim
        lemma = verb_lemma(claim.verb)
        falsity = [t for t in tokens if calls_false(t)] or rebuked(tokens)
        sentence = self.parsed.sentence_at(reading.located.start)
        marker = next((m for m in W.ANSWER_MARKERS if m in sentence.text.lower()), None)
        answering = lemma in W.ANSWER_VERBS or (
            claim.kind == "denial" and lemma not in W.NOT_ANSWERS
        )
        inner = None if answering else own_answer(tokens)
        if inner is not None:  # 'it "categorically denies" that any worker was threatened'
            answering, lemma = True, inner.lemma_.lower()
        if not (answering or falsity or marker):
            return None
        if not answering and lemma in W.CITING:
            return None  # "citing an unfounded conspiracy theory": the writer's word
        verb, how = (claim.verb if inner is None else inner.text), ""
        if falsity and not answering:
            how = quoted(falsity[0])
        elif marker and not answering:
            verb = f"{marker} {claim.verb}"
        content = [t for t in tokens if not t.is_punct]
        if content and all(
            t.lower_ in W.POINTERS or t.pos_ == "DET" or t.lemma_.lower() in W.POINTING_NOUNS
            for t in content
        ):
            plural = any(t.lower_ in W.PLURAL_POINTERS or t.tag_ in ("NNS",) for t in content)
            return Answer(verb, "pointer", claim.text, plural=plural, how=how)
        said = self._said_noun(content)
        if said is not None:
            found = self._named_answer(verb, said, named, reading)  # "Fields made up the story":
            maker = self._subject_side(falsity[0]) if falsity and made_up(falsity[0]) else None
            return replace(found, how=how, owner=found.owner or maker)  # her story
        pointer = next(
            (
                t
                for t in content
                if t.lower_ in W.POINTERS
                and t.pos_ in ("PRON", "DET")
                and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
                and (t.i - content[0].i <= 1 or any(same_clause(t, f) for f in falsity))
            ),
            None,
        )
        deep = pointer is not None and pointer.i - content[0].i > 1
        if deep and (said_of_a_person(falsity) or (not answering and len(content) > _LONG_QUOTE)):
            pointer = None  # "Trump is such a liar", "... it's ridiculous" deep in a quote
        if pointer is not None and (falsity or len(content) <= 4):
            plural = pointer.lower_ in W.PLURAL_POINTERS
            return Answer(verb, "pointer", pointer.text, plural=plural, how=how)
        owner = None
        if falsity:  # "India falsely tried to implicate Pakistan": India's claim
            owner = self._subject_side(falsity[0])
        modifiers = {key(t) for t in content if modifier(t, None)}
        calling = {key(t) for f in falsity for t in falsity_words(f)}  # "as certainly absurd"
        topic = frozenset(reading.words) - calling - modifiers
        if not answering and owner is None and not marker:
            return None  # "producing lies" with nothing to answer in the content
        accused = self._accused(content, reading)
        return Answer(
            verb,
            "content",
            claim.text,
            owner=owner,
            topic=topic,
            accused=accused,
            how=how,
            reply=(bool(marker) and not falsity) or lemma in W.REPLY_VERBS,
            answering=answering or bool(falsity),
        )

    def _said_noun(self, content: list[Token]) -> Token | None:
        """The noun naming what is answered ("the F-16 claim"); not "a claim which X
        denies", where the answer hangs on the claim itself (the words before it)."""
        for token in content:
            if (
                token.pos_ == "NOUN"
                and token.lemma_.lower() in W.SAID_NOUNS
                and (
                    token.dep_ in W.NOUN_PHRASE_DEPS
                    or (token.dep_ == "poss" and calls_false(token.head))
                )
                and not any(
                    c.dep_ == "relcl" and c.lemma_.lower() in W.ANSWER_VERBS for c in token.children
                )
            ):
                return token
        return None

    def _named_answer(self, verb: str, noun: Token, named: set[int], reading: Reading) -> Answer:
        """ "the F-16 claim", "his Russian counterpart's accusations of war crimes",
        "reports that Turkey had sent arms": whose claim, and about what."""
        subtree = list(noun.subtree)
        left = [t for t in subtree if t.i < noun.i]
        right = [t for t in subtree if t.i > noun.i]
        owner, possessor = None, None
        for token in left:
            actor = self._actor_at(token)
            if actor is not None:
                owner = self.sides.of(actor)
                break
            place = gazetteer.lookup(token.text) if token.text[:1].isupper() else None
            if place is not None and place[0].kind in ("country", "region"):
                owner = self.sides.of(place[0].id)
                break
            if token.dep_ == "poss" and token.pos_ in ("NOUN", "PROPN") and token.head.i == noun.i:
                possessor = token  # "the nurses' account": the nurses', whoever they are
        owning = {  # "the attorney general's findings": whose, not what about
            t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree
        }
        calling = {t.i for t in noun.doc[left[0].i if left else noun.i :] if calls_false(t)}
        calling = {t.i for i in calling for t in falsity_words(noun.doc[i])}
        topic = frozenset(
            key(t)
            for t in (*left, *right)
            if is_word(t)
            and t.idx not in named
            and t.i not in calling
            and t.lemma_.lower() not in W.SAID_NOUNS
            and not modifier(t, noun)
            and t is not possessor
            and t.i not in owning
        )
        direct = frozenset(
            key(c)
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nummod", "nmod") and is_word(c) and c.i < noun.i
        )  # "the F-16 claim": what the claim was about, in one word
        doc = noun.doc
        phrase = doc[subtree[0].i : min(subtree[-1].i + 1, subtree[0].i + 12)].text
        if len(subtree) > 12:
            phrase += " …"
        accused = self._accused(right, reading)
        return Answer(
            verb,
            "named",
            phrase,
            plural=noun.tag_ == "NNS",
            owner=owner,
            topic=topic,
            noun=noun.lemma_.lower(),
            accused=accused,
            direct=direct & topic,
            possessor=possessor.lemma_.lower() if possessor is not None and owner is None else "",
        )

    def _accused(self, tokens: list[Token], reading: Reading) -> str | None:
        """The side the answered words are about as their subject, when it is not the
        one who answers: "the idea that the U.S. is training ..." -> the U.S. (who
        would not have said it of itself)."""
        for token in tokens:
            if token.head.lemma_.lower() in W.REPORTING:
                continue  # "Ecuador has accused Peru of ...": the frame, not the deed
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
                edge = token.right_edge
                actors = self.cast.within(token.left_edge.idx, edge.idx + len(edge))
                if not actors:
                    return None
                side = self.sides.of(actors[0])
                return None if side in reading.sides else side
        return None

    def _actor_at(self, token: Token) -> str | None:
        for start in (token.idx,):
            if start in self.mention_at:
                return self.mention_at[start]
        found = self.cast.within(token.idx, token.idx + len(token))
        return found[0] if found else None

    def _subject_side(self, token: Token) -> str | None:
        """The side of the subject of the verb a falsity word hangs on."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                actors = self.cast.within(
                    child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
                )
                if actors:
                    return self.sides.of(actors[0])
        return None

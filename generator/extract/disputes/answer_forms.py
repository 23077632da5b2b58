"""How a claim names what it answers (:class:`Answer`), read from the parse: by pointer
("denied this"), by a said-noun with its topic ("the F-16 claim", "the Democrats'
allegation") or by the answered words themselves ("denied that its forces had seized
...").  :class:`AnswerReader` is the part of :class:`.reading.Reader` that reads it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.actors import Cast
from generator.extract.disputes import words as W
from generator.extract.disputes.naming import rebuked
from generator.extract.disputes.records import Answer, Reading
from generator.extract.disputes.tokens import (
    calls_false,
    falsity_words,
    is_word,
    key,
    made_up,
    modifier,
    own_answer,
    quoted,
    said_of_a_person,
    same_clause,
    verb_lemma,
)
from generator.extract.document import ParsedArticle
from generator.extract.sides import Sides

_LONG_QUOTE = 20  # tokens: a falsity word deep in a longer quote calls no claim false


class AnswerReader:
    """Reads the :class:`Answer` of a claim (a part of :class:`.reading.Reader`)."""

    parsed: ParsedArticle
    cast: Cast
    sides: Sides
    mention_at: dict[int, str]

    def _answer(self, reading: Reading, tokens: list[Token], named: set[int]) -> Answer | None:
        claim = reading.claim
        lemma = verb_lemma(claim.verb)
        falsity = [t for t in tokens if calls_false(t)] or rebuked(tokens)
        sentence = self.parsed.sentence_at(reading.located.start)
        written = sentence.text.lower()  # spaCy joins a span's text anew on every access
        marker = next((m for m in W.ANSWER_MARKERS if m in written), None)
        answering = lemma in W.ANSWER_VERBS or (
            claim.kind == "denial" and lemma not in W.NOT_ANSWERS
        )
        inner = None if answering else own_answer(tokens)
        if inner is not None:  # 'it "categorically denies" that any worker was threatened'
            answering, lemma = True, inner.lemma_.lower()
        if not (answering or falsity or marker):
            return None
        if lemma in W.REPLY_VERBS and not falsity and written.startswith("asked"):
            return None  # "Asked if ..., Devine responded: 'I guess so'": an answer to a question
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
        if _verdict(content, falsity):  # "Nice try, not true", "Totally false"
            return Answer(verb, "pointer", claim.text, how=how)
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
        by = [t for t in noun.doc[noun.i + 1 : noun.i + 2] if t.lower_ == "by"]  # however parsed
        objects = [o for c in by for o in c.children if o.dep_ == "pobj"]
        author = [a for o in objects for a in self.cast.within(o.left_edge.idx, o.idx + len(o))]
        if owner is None and author:  # "accusations by Exxon Mobil"
            owner = self.sides.of(author[0])
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


_VERDICT = 5  # tokens: a verdict alone ("Nice try, not true") says nothing else


def _verdict(content: list[Token], falsity: list[Token]) -> bool:
    """A claim that is only a verdict on what was said: a few words, one of them calling
    it false, none naming anyone ("Nice try, not true", "Totally false"; not "Trump is
    lying", "they lied")."""
    if not falsity or len(content) > _VERDICT or said_of_a_person(falsity):
        return False
    calling = {t.i for f in falsity for t in falsity_words(f)}
    return all(
        t.i in calling or t.pos_ in _FILLER or t.lower_ in _DISMISSIVE or t.lower_ == "not"
        for t in content
    )  # not "This debate is misleading": the debate is no claim


_FILLER = ("AUX", "PART", "ADV", "INTJ", "CCONJ")
_DISMISSIVE = frozenset(
    {"nice", "try", "all", "pure", "simply", "total", "just", "that", "this", "it"}
)

"""Assessments that contradict: one says a thing is, the other that it is not.

- stance: two sides judge one thing (a topic of :data:`words.TOPICS`: the truce, the
  talks, intent, the law) in opposite ways: "the pause was largely holding" against
  "the cessation faced complete nullification", "it will not advance negotiations"
  against "a deal was still possible";
- negation: one side says what the other says did not happen, in the same words:
  "the U.S. forces controlled bandit formations" against "the U.S. does not control
  any actors there", "targeted and deliberate" against "we don't target journalists".

Claims are grouped by topic or by word first; only claims in one group are compared.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from generator.extract.disputes import words as W
from generator.extract.disputes.opposites import themes_of
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import classes, hypothetical, key, negated_token

RARE = 3  # a word in at most this many claims is distinctive
GROUP = 40  # claims compared within one topic or word, at most
_META = frozenset(w[:7] if len(w) >= 8 else w for w in W.EPISTEMIC)  # about knowing, not doing


def opposite(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    seen: set[tuple[int, int]] = set()
    for pair in (*_stances(readings, opposed), *_negations(readings, opposed)):
        index = (pair[0].index, pair[1].index)
        if index not in seen:
            seen.add(index)
            yield pair


def _stances(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    by_topic: dict[str, list[tuple[Reading, int, str]]] = defaultdict(list)
    for reading in readings:
        if reading.answer is not None:
            continue
        found = stance(reading)
        if found is None:
            continue
        value, words = found
        for topic in reading.classes:
            if topic.lstrip("#") in W.STANCE_TOPICS:
                by_topic[topic].append((reading, value, words))
    for topic in sorted(by_topic):
        members = by_topic[topic][:GROUP]
        for n, (a, va, wa) in enumerate(members):
            for b, vb, wb in members[n + 1 :]:
                if va != vb and opposed(a, b):
                    yield a, b, f"opposite assessments: “{wa}” against “{wb}”"


def stance(reading: Reading) -> tuple[int, str] | None:
    """+1 when the claim says its topic holds, works or will happen ("largely holding",
    "a deal was still possible"), -1 when it says it fails ("complete nullification",
    "will not advance"), with the words that say so; None when it says neither or both."""
    votes: list[tuple[int, Token]] = []
    for token in reading.span or ():
        low, lemma = token.lower_, token.lemma_.lower()
        if low in W.HOLDS or lemma in W.HOLDS:
            value = 1
        elif low in W.FAILS or lemma in W.FAILS:
            value = -1
        else:
            continue
        if token.pos_ == "ADP" or hypothetical(token):
            continue  # "if the truce failed" says nothing of the truce
        votes.append((-value if negated_token(token) else value, token))
    signs = {v for v, _ in votes}
    if len(signs) != 1:
        return None
    value = signs.pop()
    return value, _phrase(votes[0][1])


def _phrase(token: Token) -> str:
    """The stance word with its modifiers and negation: "largely holding"."""
    words = [c for c in token.children if c.dep_ in ("advmod", "amod", "neg") and c.i < token.i]
    aux = [c for c in token.head.children if c.dep_ == "neg"] if token.dep_ == "acomp" else []
    start = min([token.i] + [w.i for w in (*words, *aux)])
    return " ".join(t.text for t in token.doc[start : token.i + 1])


def _negations(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    """One claim asserts a distinctive word the other negates, and they share another
    word or an actor besides their sources."""
    df: Counter[str] = Counter(w for r in readings for w in r.words)
    rare = max(RARE, len(readings) // 12)
    by_word: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        if reading.answer is None:
            for word in reading.words | reading.classes:
                by_word[word].append(reading)
    for word in sorted(by_word):
        if word in _META:
            continue  # "does conclude" / "cannot be concluded": about what was found, not done
        members = by_word[word][:GROUP]
        deniers = [r for r in members if word in r.negated and _said_outright(r, word)]
        if not deniers:
            continue
        for a in deniers:
            for b in members:
                if word in b.negated or word in b.supposed or a.index == b.index:
                    continue
                if not _predicate(b, word):
                    continue  # "not be forced" says nothing of "U.S. forces"
                if not opposed(a, b):
                    continue
                named = (a.named & b.named) - a.sides - b.sides
                shared = (a.words & b.words) - {word} - a.negated
                short = len(a.words) <= 4  # "We don't target journalists."
                about = a.named & b.sides and shared  # "Iran does not need enrichment" / Iran
                bare = short and df.get(word, 0) <= rare
                topical = word.startswith("#") or a.agents & b.agents  # a topic, one doer
                if not (topical or _same_theme(a, b, word)):
                    continue  # "working with Democrats" / "the model doesn't work"
                if named or about or len(shared) >= 2 or bare:
                    first, second = (a, b) if a.index < b.index else (b, a)
                    said, denied = _written(b, word, negated=False), _written(a, word)
                    yield first, second, f"opposite accounts: “{said}” against “{denied}”"


def _same_theme(a: Reading, b: Reading, word: str) -> bool:
    """Whether the word is said of one thing in both claims: a subject or direct object
    in common ("the border fence was (not) built"), or a name under it."""
    themes = []
    for reading in (a, b):
        found: set[str] = set()
        for token in reading.span or ():
            if key(token) == word or word in classes(token):
                whole, _ = themes_of(token, preps=False)
                found |= whole
                found |= {key(t) for t in token.subtree if t.ent_type_ or t.pos_ == "PROPN"}
        themes.append(found)
    return bool(themes[0] & themes[1])


def _written(reading: Reading, word: str, *, negated: bool = True) -> str:
    """How a claim writes ``word`` (a key or a topic), with its negation: "don't target"."""
    for token in reading.span or ():
        if key(token) == word or f"#{word.lstrip('#')}" in classes(token):
            if negated != negated_token(token):
                continue
            if not negated:
                return token.text
            nots = [c for c in (*token.children, *token.head.children) if c.dep_ == "neg"]
            helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass") and nots]
            start = min([token.i] + [c.i for c in (*nots, *helpers)])
            text = token.doc[start : token.i + 1].text
            return text if nots else f"no {token.text}" if token.pos_ == "NOUN" else f"not {text}"
    return word.lstrip("#")


def _predicate(reading: Reading, word: str) -> bool:
    """Whether the claim says ``word`` as a verb or an adjective, or a topic as what
    something was ("this was indeed a war crime", not "war crime charges")."""
    for token in reading.span or ():
        if word.startswith("#"):
            if word in (f"#{c.lstrip('#')}" for c in classes(token)) and not (
                token.dep_ in ("compound", "amod")
                and token.head.pos_ == "NOUN"
                and token.head.lemma_.lower() not in W.TOPICS[word[1:]]
            ):
                return True
        elif key(token) == word and token.pos_ in ("VERB", "ADJ"):
            return True
    return False


def _said_outright(reading: Reading, word: str) -> bool:
    """Whether the claim denies ``word`` outright ("we don't target journalists", "the
    U.S. does not control any actors"), not in a clause of reason, time or relative ("he
    should step aside because that does not speak of the values")."""
    span = reading.span
    if span is None:
        return False
    for token in span:
        if (key(token) == word or word in classes(token)) and negated_token(token):
            node, aside = token, False
            while node.head.i != node.i and span.start <= node.head.i < span.end:
                aside = aside or node.dep_ in ("advcl", "relcl")
                node = node.head
            if not aside:
                return True
    return False

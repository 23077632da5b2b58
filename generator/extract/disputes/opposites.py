"""Opposite predicates about one thing: "the merger would lower prices" against "the
merger would raise prices", "unemployment has fallen" against "unemployment has risen",
"it is abiding by the agreement" against "attacks were violating the agreement".

Each claim's polar words (:data:`words.OPPOSITES`: rise against fall, help against
hurt, abide against violate, legal against illegal...) are read with their negation
("did not rise" counts as falling) and with what they are about: their subject and
their object ("prices", "the agreement").  Two claims by different sides are linked when
they say opposite things of one thing they both name, and it is their subject, or a
thing few claims of the article name, or they share another word besides, or one claim
says only that.  Claims are grouped by polar pair first; only claims in one group are
compared.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.disputes import words as W
from generator.extract.disputes.records import Opposed, Pair, Reading
from generator.extract.disputes.tokens import classes, hypothetical, is_word, key, negated_token

RARE = 3  # a word in at most this many claims is distinctive
GROUP = 40  # claims compared within one polar pair, at most
SHORT = 3  # words: a bare counter-claim ("it is abiding by the agreement") needs no more

_POLE: dict[str, tuple[str, int]] = {
    word: (name, sign)
    for name, (plus, minus) in W.OPPOSITES.items()
    for sign, words in ((1, plus), (-1, minus))
    for word in words
}


@dataclass(frozen=True)
class Polar:
    pair: str  # the name of the polar pair: "up", "help", "law"
    sign: int  # +1 or -1, negation applied
    themes: frozenset[str]  # keys of what it is said of: "price", "agreement"
    subjects: frozenset[str]  # of those, its subject's: "settlements" in "are illegal"
    phrase: str  # as written: "would lower prices"


def opposite(readings: Sequence[Reading], opposed: Opposed) -> Iterator[Pair]:
    df: Counter[str] = Counter(w for r in readings for w in r.words | r.classes)
    rare = max(RARE, len(readings) // 12)
    groups: dict[str, list[tuple[Reading, Polar]]] = defaultdict(list)
    for reading in readings:
        if reading.mutual:
            continue
        for polar in polars(reading):
            groups[polar.pair].append((reading, polar))
    seen: set[tuple[int, int]] = set()
    for name in sorted(groups):
        members = groups[name][:GROUP]
        for n, (a, pa) in enumerate(members):
            for b, pb in members[n + 1 :]:
                if pa.sign == pb.sign or a.index == b.index or (a.index, b.index) in seen:
                    continue
                shared = pa.themes & pb.themes
                if not shared or not opposed(a, b):
                    continue
                others = (a.words & b.words) - shared - _polar_keys(a) - _polar_keys(b)
                short = min(len(a.words), len(b.words)) <= SHORT  # "it is abiding by it"
                subject = pa.subjects & pb.subjects  # "settlements are (not) illegal"
                if not (any(df[w] <= rare for w in shared) or others or short or subject):
                    continue
                seen.add((a.index, b.index))
                yield a, b, f"opposite accounts: “{pa.phrase}” against “{pb.phrase}”"


def polars(reading: Reading) -> list[Polar]:
    """The claim's polar words, each with its sign and what it is said of."""
    found: list[Polar] = []
    for token in reading.span or ():
        pole = _POLE.get(token.lemma_.lower()) or _POLE.get(token.lower_) or _voted(token)
        if pole is None or token.pos_ not in ("VERB", "ADJ", "NOUN"):
            none = _no_risk(token)
            if none is not None:
                found.append(none)
            continue
        if hypothetical(token):
            continue  # "if prices rise" says nothing of prices
        if _inside_a_thing(token, reading):
            continue  # "her plans to raise taxes", "slashing taxes hasn't worked"
        name, sign = pole
        if name == "work" and not _judged(token):
            continue  # "failed to act", "worked with the police"
        themes, subjects = themes_of(token)
        if not themes or (name in W.SCALED and W.SCALED[name] not in themes):
            continue  # "a major city" is no risk said to be great
        if name in W.SCALED and token.tag_ in _COMPARING:
            continue  # "no bigger threat than this" says it is great
        phrase = _phrase(token)
        if negated_token(token) or _not_before(token):
            sign = -sign
            phrase = phrase if _SAYS_NOT.search(phrase) else f"not {phrase}"
        found.append(Polar(name, sign, themes, subjects, phrase))
    return found


def themes_of(token: Token, *, preps: bool = True) -> tuple[frozenset[str], frozenset[str]]:
    """What a polar word is said of (its subject and objects, through one preposition
    unless ``preps`` is false: "abiding by the agreement"; the noun it qualifies), and
    of those its subject's."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if token.dep_ == "amod":
        subjects.append(token.head)
    if token.dep_ == "acomp":  # "the plan is illegal": the subject of "is"
        subjects += [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr", "dative", "pobj")]
    for child in token.children:
        if preps and child.dep_ in ("prep", "agent"):
            objects += [c for c in child.children if c.dep_ == "pobj"]
    subject_words = _words(subjects)
    return subject_words | _words(objects), subject_words


def _words(nodes: list[Token]) -> frozenset[str]:
    """The keys of the nouns of some phrases, with their compounds and what "of" adds:
    "the establishment of settlements" gives both."""
    nodes = nodes + [
        c
        for node in nodes
        for p in node.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    words = set()
    for node in nodes:
        for word in (node, *(c for c in node.children if c.dep_ == "compound")):
            if is_word(word) and word.pos_ in ("NOUN", "PROPN") and word.lower_ not in _PRONOUNS:
                words.add(key(word))
                words.update(c for c in classes(word) if c in _THEME_CLASSES)
    return frozenset(words)


# Topics that name one thing in different words when a polar word is said of it: "the
# bill" and "the measure", "the risk" and "a serious danger".
_THEME_CLASSES = frozenset({"#bill", "#risk"})
_COMPARING = frozenset({"JJR", "JJS", "RBR", "RBS"})
_VOTES = {"for": ("position", 1), "against": ("position", -1)}


def _voted(token: Token) -> tuple[str, int] | None:
    """ "will vote against the bill", "voted for it": a position on what is voted on."""
    if token.lemma_.lower() != "vote" or token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _VOTES:
            return _VOTES[child.lower_]
    return None


def _no_risk(token: Token) -> Polar | None:
    """ "there is no risk", "poses little danger": a risk said to be none."""
    if token.pos_ != "NOUN" or "#risk" not in classes(token) or hypothetical(token):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None
    if any(c.tag_ in _COMPARING for c in token.children):
        return None  # "no greater danger": the greatest
    return Polar("scale", -1, frozenset({key(token), "#risk"}), frozenset(), f"no {token.text}")


# A polar word as part of a thing, not what the claim says of it: "her plans to raise
# taxes" (acl, or a subject), "slashing taxes hasn't worked" (csubj), "a bill which would
# cut" (relcl), "any time you want to cut taxes".
_NOT_SAID = frozenset(
    {"acl", "relcl", "csubj", "csubjpass", "pcomp", "nsubj", "nsubjpass", "npadvmod"}
)


def _inside_a_thing(token: Token, reading: Reading) -> bool:
    """Whether the word sits in a phrase that names a thing rather than in what the
    claim says; a "that" clause of a noun is said ("the position that settlements are
    illegal")."""
    span = reading.span
    if span is None:
        return False
    node = token
    while span.start <= node.i < span.end:
        said = node.dep_ == "acl" and any(c.dep_ == "mark" for c in node.children)
        if (node.dep_ in _NOT_SAID and not said and node.pos_ != "NOUN") or (
            node.i != token.i and node.dep_ in ("nsubj", "nsubjpass", "csubj")
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


_PRONOUNS = frozenset({"it", "they", "this", "that", "we", "he", "she"})
_NOT = frozenset({"not", "n't", "never", "no"})
_SAYS_NOT = re.compile(r"\b(?:not|never|no)\b|n't", re.I)


def _not_before(token: Token) -> bool:
    """A "not" just before the word with no verb between: "was “not, per se,
    inconsistent” with the law" (a parse that hangs the "not" elsewhere)."""
    for before in reversed(token.doc[max(token.i - 5, token.sent.start) : token.i]):
        if before.lower_ in _NOT:
            return True
        if before.pos_ in ("VERB", "AUX") or before.lower_ in ("but", "and", "or"):
            return False
    return False


def _judged(token: Token) -> bool:
    """Whether "worked" or "failed" judges its subject ("the curfew had worked", "the
    plan failed"), not says what someone did ("failed to act", "worked with the police",
    "worked hard") and not as a noun ("the work")."""
    if token.pos_ not in ("VERB", "ADJ"):
        return False
    return not any(
        c.dep_ in ("xcomp", "dobj", "prep", "advmod", "ccomp") for c in token.children
    ) and any(c.dep_ in ("nsubj", "nsubjpass") for c in (*token.children, *token.head.children))


def _polar_keys(reading: Reading) -> set[str]:
    return {key(t) for t in reading.span or () if t.lemma_.lower() in _POLE}


def _phrase(token: Token) -> str:
    """The polar word with its negation and helpers and its first object: "would lower
    prices", "did not rise"."""
    doc = token.doc
    helpers = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
    start = min([token.i] + [c.i for c in helpers])
    end = token.i + 1
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr") and c.i > token.i]
    if objects:
        end = objects[0].i + 1
    elif token.dep_ == "amod" and token.head.i > token.i:  # "a serious danger"
        end = token.head.i + 1
    elif _voted(token):  # "will vote against"
        end = next(c.i for c in token.children if c.dep_ == "prep" and c.lower_ in _VOTES) + 1
    return doc[start:end].text
